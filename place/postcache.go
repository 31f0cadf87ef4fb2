package place

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
)

// postCache mirrors place_postings and what the candidate searches read of place_articles
// (each placed version's event and whether it is active), for a cache that has seen every
// row of both written: the tables were empty when the cache first looked, and every row
// since was written through it (write, retire). The two searches of a placement (events
// and storylines) then read their postings from memory instead of joining the two tables
// in a statement each (a tenth of the serial placement's CPU on a stream). A correction
// drops the whole cache (Placer.correct); one made by another process is seen in the
// corrections count of place_meta (postCacheOf), another process's placement in the cursor
// (startTx).
type postCache struct {
	// from is the first posting bucket the mirror holds whole (every posting of it and of
	// later buckets): a search whose window starts before it reads the tables.
	from  int64
	terms map[uint32][]posting // by term, in (t, seq) order
	arts  map[int64]postArt    // by seq
	byID  map[string][]int64   // the seqs of an article id's versions
	n     int                  // postings held
	// corrections: place_meta's corrections count when the mirror was made.
	corrections string
}

type posting struct{ t, seq int64 }

type postArt struct {
	event  int64
	active bool
}

// maxCachedPostings bounds the mirror (about 24 bytes a posting and 60 an article): past
// it, the cache's searches go back to the tables.
const maxCachedPostings = 1 << 23

// postCacheOf returns the cache's postings mirror, or nil when the searches must read the
// tables. The first call of a cache decides, and must come before the cache's first write
// of either table: a mirror of everything when place_articles and place_postings are both
// empty; on filled tables, when the cache is a Placer's first (readPosts), a mirror of the
// recent postings read from them (readPostCache); otherwise none.
func (c *cache) postCacheOf(ctx context.Context, q querier) (*postCache, error) {
	if !c.postsKnown {
		c.postsKnown = true
		var rows int
		err := q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM (SELECT 1 FROM place_articles LIMIT 1) AS a) +
			(SELECT count(*) FROM (SELECT 1 FROM place_postings LIMIT 1) AS p)`).Scan(&rows)
		if err != nil {
			return nil, fmt.Errorf("place: look at postings: %w", err)
		}
		corr, err := c.getMeta(ctx, q, "corrections")
		if err != nil {
			return nil, err
		}
		switch {
		case rows == 0:
			c.posts = newPostCache(math.MinInt64)
		case c.readPosts:
			if c.posts, err = readPostCache(ctx, q); err != nil {
				return nil, err
			}
		}
		if c.posts != nil {
			c.posts.corrections = corr
		}
	}
	if c.posts == nil {
		return nil, nil
	}
	corr, err := c.getMeta(ctx, q, "corrections")
	if err != nil {
		return nil, err
	}
	if corr != c.posts.corrections || c.posts.n > maxCachedPostings {
		c.posts = nil // another process corrected, or too large: the tables from now on
	}
	return c.posts, nil
}

func newPostCache(from int64) *postCache {
	return &postCache{from: from, terms: map[uint32][]posting{}, arts: map[int64]postArt{}, byID: map[string][]int64{}}
}

// Reading filled tables, the mirror holds the postings of the last recentBuckets buckets
// before the latest (about a month: a stream's next articles search the two weeks before
// them), and not at all when they are more than maxReadPostings.
const (
	recentBuckets   = 8
	maxReadPostings = 1 << 21
)

// readPostCache reads a mirror of the recent postings from filled tables, with the rows of
// place_articles they point to; nil when they are too many.
func readPostCache(ctx context.Context, q querier) (*postCache, error) {
	var last sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT max(bucket) FROM place_postings`).Scan(&last); err != nil {
		return nil, fmt.Errorf("place: read postings: %w", err)
	}
	pc := newPostCache(math.MinInt64)
	if last.Valid {
		pc.from = last.Int64 - recentBuckets
	}
	rows, err := q.QueryContext(ctx, `SELECT term, t, seq FROM place_postings WHERE bucket >= $1 LIMIT $2`, pc.from, maxReadPostings+1)
	if err != nil {
		return nil, fmt.Errorf("place: read postings: %w", err)
	}
	for rows.Next() {
		var term, t, seq int64
		if err := rows.Scan(&term, &t, &seq); err != nil {
			rows.Close()
			return nil, err
		}
		pc.terms[uint32(term)] = append(pc.terms[uint32(term)], posting{t, seq})
		pc.n++
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	if pc.n > maxReadPostings {
		return nil, nil
	}
	for _, list := range pc.terms {
		slices.SortFunc(list, cmpPosting)
	}
	rows, err = q.QueryContext(ctx, `SELECT seq, id, event, active FROM place_articles
		WHERE seq IN (SELECT seq FROM place_postings WHERE bucket >= $1) ORDER BY seq`, pc.from)
	if err != nil {
		return nil, fmt.Errorf("place: read placed versions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq, event, active int64
		var id string
		if err := rows.Scan(&seq, &id, &event, &active); err != nil {
			return nil, err
		}
		pc.arts[seq] = postArt{event: event, active: active == 1}
		pc.byID[id] = append(pc.byID[id], seq)
	}
	return pc, rows.Err()
}

// covers reports whether the mirror holds every posting a search from time from reads.
func (pc *postCache) covers(from int64) bool { return postingBucket(from) >= pc.from }

// placed returns the mirrored rows of place_articles of the given versions (seqs, as
// int64), and false when one of them is not mirrored (its row was not read).
func (pc *postCache) placed(seqs []any) ([]postArt, bool) {
	out := make([]postArt, len(seqs))
	for i, s := range seqs {
		a, ok := pc.arts[s.(int64)]
		if !ok {
			return nil, false
		}
		out[i] = a
	}
	return out, true
}

// add mirrors a version's row of place_articles and its postings (terms at t), as write
// inserts them (a posting already there is not added again: ON CONFLICT DO NOTHING).
func (pc *postCache) add(seq int64, id string, event, t int64, terms []uint32) {
	pc.arts[seq] = postArt{event: event, active: true}
	pc.byID[id] = append(pc.byID[id], seq)
	for _, term := range terms {
		list := pc.terms[term]
		at, found := slices.BinarySearchFunc(list, posting{t, seq}, cmpPosting)
		if found {
			continue
		}
		pc.terms[term] = slices.Insert(list, at, posting{t, seq})
		pc.n++
	}
}

func cmpPosting(a, b posting) int {
	if a.t != b.t {
		if a.t < b.t {
			return -1
		}
		return 1
	}
	if a.seq != b.seq {
		if a.seq < b.seq {
			return -1
		}
		return 1
	}
	return 0
}

// retire mirrors `UPDATE place_articles SET active = 0 WHERE id = $1`.
func (pc *postCache) retire(id string) {
	for _, seq := range pc.byID[id] {
		a := pc.arts[seq]
		a.active = false
		pc.arts[seq] = a
	}
}

// maxPostingRows is the LIMIT of the postings statement.
const maxPostingRows = 5000

// score is what placement.postings' statement gives, summed the same way: the postings of
// the query terms (term -> idf) with t within [from, to] of active versions not in event
// except, ordered by t and seq descending, then term, the first maxPostingRows of them, each
// adding its term's idf to its version's score in that order.
func (pc *postCache) score(idf map[int64]float64, from, to, except int64) map[int64]float64 {
	type row struct{ t, seq, term int64 }
	var rows []row
	for term := range idf {
		if term < 0 || term > int64(^uint32(0)) {
			continue
		}
		list := pc.terms[uint32(term)]
		i, _ := slices.BinarySearchFunc(list, posting{from, -1 << 63}, cmpPosting)
		for ; i < len(list) && list[i].t <= to; i++ {
			if a := pc.arts[list[i].seq]; a.active && a.event != except {
				rows = append(rows, row{list[i].t, list[i].seq, term})
			}
		}
	}
	slices.SortFunc(rows, func(a, b row) int {
		switch {
		case a.t != b.t:
			if a.t > b.t {
				return -1
			}
			return 1
		case a.seq != b.seq:
			if a.seq > b.seq {
				return -1
			}
			return 1
		case a.term != b.term:
			if a.term < b.term {
				return -1
			}
			return 1
		}
		return 0
	})
	score := map[int64]float64{}
	for _, r := range rows[:min(len(rows), maxPostingRows)] {
		score[r.seq] += idf[r.term]
	}
	return score
}
