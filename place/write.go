package place

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// eventProfileTerms bounds an event's profile, so comparing an event costs the same
// whatever its size and a big event does not come to resemble everything.
const eventProfileTerms = 48

// write stores the article's placement: its event (new or joined), its storyline, its
// profile and postings, and its assignment with the explanation.
func (pl *placement) write(prof *Profile, when int64, d decision, cands []candidate) error {
	ctx, tx, seq := pl.ctx, pl.tx, pl.rec.Seq
	pack, _ := pl.p.reg.Get(pl.rec.Article.Language)
	head := cleanTitle(prof.Heading, prof.Host)
	centrality := 0.5
	if d.best != nil && d.event != 0 {
		centrality = d.best.prob
	}
	score := titleScore(head, pack, centrality)
	if head == "" {
		// No headline worth the name: shown only until a member brings one (the story page
		// words it from the lead).
		head = prof.Heading
	}
	if head == "" {
		head = prof.ID
	}
	event := d.event
	if event == 0 {
		line, why, err := pl.storylineFor(0, prof, when, cands)
		if err != nil {
			return err
		}
		d.ex.Storyline = why
		ep, err := mergeEventProfile(nil, prof, pl.v)
		if err != nil {
			return err
		}
		blob, _ := ep.MarshalBinary()
		if line == 0 {
			err = tx.QueryRowContext(ctx, `INSERT INTO storylines (id, title, t_first, t_last, events, articles, changed)
				VALUES ((SELECT coalesce(max(id), 0) + 1 FROM storylines), $1, $2, $2, 1, 1, $3) RETURNING id`, head, when, seq).Scan(&line)
			if err != nil {
				return fmt.Errorf("open storyline: %w", err)
			}
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO events (id, storyline, title, title_article, title_score, t_first, t_last, articles, profile, changed)
			VALUES ((SELECT coalesce(max(id), 0) + 1 FROM events), $1, $2, $3, $4, $5, $5, 1, $6, $7) RETURNING id`, line, head, prof.ID, score, when, blob, seq).Scan(&event)
		if err != nil {
			return fmt.Errorf("open event: %w", err)
		}
		delete(pl.p.c.events, event)
		if why != "" && !strings.HasPrefix(why, storyOpened) {
			if err := pl.linkStory(event, line, when, why); err != nil {
				return err
			}
		}
	} else {
		var blob []byte
		var line, n int64
		var title string
		var curScore float64
		err := tx.QueryRowContext(ctx, `SELECT storyline, profile, title, title_score, articles FROM events WHERE id = $1`, event).
			Scan(&line, &blob, &title, &curScore, &n)
		if err != nil {
			return fmt.Errorf("read event e%d: %w", event, err)
		}
		ep := &Profile{}
		if err := ep.UnmarshalBinary(blob); err != nil {
			return fmt.Errorf("profile of event e%d: %w", event, err)
		}
		if ep, err = mergeEventProfile(ep, prof, pl.v); err != nil {
			return err
		}
		blob, _ = ep.MarshalBinary()
		// A better headline replaces the title; a slightly better one does not, so titles
		// stay stable as articles arrive.
		titleArticle := ""
		if score > curScore+0.1 {
			title, curScore, titleArticle = head, score, prof.ID
		}
		_, err = tx.ExecContext(ctx, `UPDATE events SET profile = $1, articles = articles + 1,
			t_first = CASE WHEN $2 < t_first THEN $2 ELSE t_first END, t_last = CASE WHEN $2 > t_last THEN $2 ELSE t_last END,
			title = $3, title_score = $4, title_article = CASE WHEN $5 = '' THEN title_article ELSE $5 END, changed = $6 WHERE id = $7`,
			blob, when, title, curScore, titleArticle, seq, event)
		if err != nil {
			return fmt.Errorf("update event e%d: %w", event, err)
		}
		delete(pl.p.c.events, event)
		_, err = tx.ExecContext(ctx, `UPDATE storylines SET articles = articles + 1,
			t_first = CASE WHEN $1 < t_first THEN $1 ELSE t_first END, t_last = CASE WHEN $1 > t_last THEN $1 ELSE t_last END, changed = $2 WHERE id = $3`,
			when, seq, line)
		if err != nil {
			return fmt.Errorf("update storyline s%d: %w", line, err)
		}
		// An event alone in its storyline looks again for one to join as it grows, since
		// its first article may not have said enough.
		if slices.Contains([]int64{2, 3, 5, 8}, n+1) {
			var events int64
			if err := tx.QueryRowContext(ctx, `SELECT events FROM storylines WHERE id = $1`, line).Scan(&events); err != nil {
				return err
			}
			if events == 1 {
				to, why, err := pl.storylineFor(event, ep, when, cands)
				if err != nil {
					return err
				}
				if to != 0 && to != line {
					if err := pl.moveEventToStoryline(event, line, to); err != nil {
						return err
					}
					if err := pl.linkStory(event, to, when, why); err != nil {
						return err
					}
					d.ex.Storyline = why
					line = to
				}
			}
		}
		if err := pl.retitleStoryline(line); err != nil {
			return err
		}
	}
	blob, err := prof.MarshalBinary()
	if err != nil {
		return err
	}
	pc, err := pl.p.c.postCacheOf(ctx, tx)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO place_articles (seq, id, event, t, active, profile) VALUES ($1, $2, $3, $4, 1, $5)`,
		seq, prof.ID, event, when, blob); err != nil {
		return fmt.Errorf("store profile: %w", err)
	}
	pl.p.c.profiles[seq] = prof
	rows := make([][]any, 0, len(prof.Lead))
	bucket := postingBucket(when)
	for _, tc := range prof.Lead {
		rows = append(rows, []any{bucket, int64(tc.ID), when, seq})
	}
	if err := pl.p.c.insert(ctx, tx, "place_postings (bucket, term, t, seq)", []string{"bigint", "bigint", "bigint", "bigint"}, "ON CONFLICT DO NOTHING", rows); err != nil {
		return fmt.Errorf("store postings: %w", err)
	}
	if pc != nil {
		ids := make([]uint32, len(prof.Lead))
		for i, tc := range prof.Lead {
			ids[i] = tc.ID
		}
		pc.add(seq, prof.ID, event, when, ids)
	}
	ex, err := json.Marshal(d.ex)
	if err != nil {
		return err
	}
	pinned := 0
	if d.ex.Reason == ReasonPinned {
		pinned = 1
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO assignments (article, seq, event, pinned, explanation) VALUES ($1, $2, $3, $4, $5)`,
		prof.ID, seq, event, pinned, string(ex)); err != nil {
		return fmt.Errorf("store assignment: %w", err)
	}
	return nil
}

// mergeEventProfile adds an article's names, lead and body terms to an event's profile (nil:
// a new event), keeping the heaviest eventProfileTerms of each.
func mergeEventProfile(ep, prof *Profile, v Vocab) (*Profile, error) {
	if ep == nil {
		ep = &Profile{Time: prof.Time, Lang: prof.Lang}
	}
	var err error
	if ep.Names, err = addTruncate(ep.Names, prof.Names, v); err != nil {
		return nil, err
	}
	if ep.Lead, err = addTruncate(ep.Lead, prof.Lead, v); err != nil {
		return nil, err
	}
	if ep.LeadNames, err = addTruncate(ep.LeadNames, prof.LeadNames, v); err != nil {
		return nil, err
	}
	if ep.Body, err = addTruncate(ep.Body, prof.Body, v); err != nil {
		return nil, err
	}
	ep.Flags |= prof.Flags & FlagPreview
	return ep, nil
}

type weighedTerm struct {
	tc TermCount
	w  float64
}

func addTruncate(a, b Vector, v Vocab) (Vector, error) {
	var ws []weighedTerm
	add := func(id uint32, n float32) error {
		idf, err := v.IDF(id)
		if err != nil {
			return err
		}
		ws = append(ws, weighedTerm{TermCount{id, n}, logCount(n) * idf})
		return nil
	}
	if sortedIDs(a) && sortedIDs(b) {
		// Both in ascending id order (as profiles keep them): one merge instead of a map.
		// The sums are the map's: each count added to a zero, in the same order.
		ws = make([]weighedTerm, 0, len(a)+len(b))
		i, j := 0, 0
		for i < len(a) || j < len(b) {
			var id uint32
			var n float32
			switch {
			case j == len(b) || (i < len(a) && a[i].ID < b[j].ID):
				id, n = a[i].ID, 0+a[i].N
				i++
			case i == len(a) || b[j].ID < a[i].ID:
				id, n = b[j].ID, 0+b[j].N
				j++
			default:
				id, n = a[i].ID, 0+a[i].N+b[j].N
				i++
				j++
			}
			if err := add(id, n); err != nil {
				return nil, err
			}
		}
	} else {
		sum := map[uint32]float32{}
		for _, t := range a {
			sum[t.ID] += t.N
		}
		for _, t := range b {
			sum[t.ID] += t.N
		}
		ws = make([]weighedTerm, 0, len(sum))
		for id, n := range sum {
			if err := add(id, n); err != nil {
				return nil, err
			}
		}
	}
	type kw = weighedTerm
	slices.SortFunc(ws, func(x, y kw) int {
		if x.w != y.w {
			if x.w > y.w {
				return -1
			}
			return 1
		}
		return int(x.tc.ID) - int(y.tc.ID)
	})
	if len(ws) > eventProfileTerms {
		ws = ws[:eventProfileTerms]
	}
	out := make(Vector, len(ws))
	for i, x := range ws {
		out[i] = x.tc
	}
	slices.SortFunc(out, func(x, y TermCount) int { return int(x.ID) - int(y.ID) })
	return out, nil
}

// sortedIDs reports whether a vector's ids ascend strictly.
func sortedIDs(v Vector) bool {
	for i := 1; i < len(v); i++ {
		if v[i-1].ID >= v[i].ID {
			return false
		}
	}
	return true
}

// retitleStoryline titles a storyline after its largest event; of equals, the one with the
// better title (a report's headline over a where-to-watch page's), then the earliest.
func (pl *placement) retitleStoryline(line int64) error {
	_, err := pl.tx.ExecContext(pl.ctx, `UPDATE storylines SET title = (SELECT title FROM events WHERE storyline = $1 AND merged_into IS NULL
		ORDER BY articles DESC, title_score DESC, id LIMIT 1) WHERE id = $1`, line)
	return err
}
