package place

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/link"
)

// withoutFurniture returns the doc without the sentences of the blocks its site repeats, so
// provenance is not found in a paywall or a weather page's template that two articles of
// one site share. The doc itself is left as it is (the cache keeps what the store gives, so
// a resumed placement reads the same docs as one made inline).
func withoutFurniture(d *link.Doc, furn map[int]bool) *link.Doc {
	if len(furn) == 0 || d == nil || d.Analysis == nil {
		return d
	}
	an := *d.Analysis
	an.Sentences = nil
	for _, s := range d.Analysis.Sentences {
		if !furn[s.Block] {
			an.Sentences = append(an.Sentences, s)
		}
	}
	return &link.Doc{Article: d.Article, Analysis: &an}
}

// furniture finds the paragraphs of an article that its site repeats: a paragraph (digits
// masked, so dates and counters do not hide a banner) seen in opt.Furniture earlier articles
// of the same host is furniture, learned online as articles arrive. It records the article's
// paragraphs as seen, stores the spans found in furniture_spans, and returns their block
// indexes. paras are the article's paragraphHashes when prepared (made where Prepare ran).
func (pl *placement) furniture(a *article.Article, host string, paras []paraHash, prepared bool) (map[int]bool, error) {
	out := map[int]bool{}
	if host == "" || len(a.Blocks) == 0 {
		return out, nil
	}
	if !prepared {
		paras = paragraphHashes(a)
	}
	blockOf := map[uint64][]int{}
	var hashes []any
	for _, p := range paras {
		h := p.hash
		if _, ok := blockOf[uint64(h)]; !ok {
			hashes = append(hashes, h)
		}
		blockOf[uint64(h)] = append(blockOf[uint64(h)], p.block)
	}
	if len(hashes) == 0 {
		return out, nil
	}
	fc, err := pl.p.c.furnCacheOf(pl.ctx, pl.tx)
	if err != nil {
		return nil, err
	}
	if fc != nil {
		for _, h := range hashes {
			if fc[furnKey{host, h.(int64)}] >= int64(pl.p.opt.Furniture) {
				for _, i := range blockOf[uint64(h.(int64))] {
					out[i] = true
				}
			}
		}
	} else {
		args := append([]any{host}, hashes...)
		rows, err := pl.tx.QueryContext(pl.ctx, `SELECT hash, seen FROM furniture WHERE host = $1 AND hash IN (`+placeholders(2, len(hashes))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("read furniture of %s: %w", host, err)
		}
		for rows.Next() {
			var h, seen int64
			if err := rows.Scan(&h, &seen); err != nil {
				rows.Close()
				return nil, err
			}
			if seen >= int64(pl.p.opt.Furniture) {
				for _, i := range blockOf[uint64(h)] {
					out[i] = true
				}
			}
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	seen := make([][]any, 0, len(hashes))
	for _, h := range hashes {
		seen = append(seen, []any{host, h, 1})
	}
	if err := insertRows(pl.ctx, pl.tx, "furniture (host, hash, seen)", "ON CONFLICT (host, hash) DO UPDATE SET seen = furniture.seen + 1", seen); err != nil {
		return nil, fmt.Errorf("count furniture of %s: %w", host, err)
	}
	for _, h := range fc.keys(host, hashes) {
		fc[h]++ // as the statement counts them (hashes are distinct)
	}
	if !pl.first() {
		if _, err := pl.tx.ExecContext(pl.ctx, `DELETE FROM furniture_spans WHERE article = $1`, a.ID); err != nil {
			return nil, err
		}
	}
	for i := range a.Blocks {
		if !out[i] {
			continue
		}
		b := a.Blocks[i]
		if _, err := pl.tx.ExecContext(pl.ctx, `INSERT INTO furniture_spans (article, start, stop) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
			a.ID, b.Start, b.End); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// paraHash is a paragraph or heading of an article that furniture counts: its block index
// and the hash of its paragraphKey, as the furniture table keeps it.
type paraHash struct {
	block int
	hash  int64
}

// paragraphHashes lists the paragraphs and headings of a that furniture counts (a key of 12
// bytes or more), in block order. It reads the article alone, so the pipeline's analysis
// goroutines make it (Prepare) and the serial placement takes it.
func paragraphHashes(a *article.Article) []paraHash {
	if len(a.Blocks) == 0 {
		return nil
	}
	r := article.NewRunes(a.Text)
	var out []paraHash
	for i, b := range a.Blocks {
		if b.Kind != article.BlockParagraph && b.Kind != article.BlockHeading {
			continue
		}
		if b.Start < 0 || b.End > r.Len() || b.Start >= b.End {
			continue
		}
		h, n := paragraphKeyHash(r.Slice(b.Start, b.End))
		if n < 12 {
			continue
		}
		out = append(out, paraHash{i, int64(h >> 1)}) // fits a signed column
	}
	return out
}

// paragraphKeyHash returns hashString(paragraphKey(s)) and the key's length in bytes,
// without making the key: the same runes in the same order, hashed as they are written.
func paragraphKeyHash(s string) (h uint64, n int) {
	h = 14695981039346656037
	space := false
	var buf [utf8.UTFMax]byte
	for _, c := range s { // strings.ToLower maps rune by rune, an invalid byte to U+FFFD
		c = unicode.ToLower(c)
		switch {
		case unicode.IsSpace(c):
			space = n > 0
			continue
		case unicode.IsDigit(c):
			c = '0'
		}
		if space {
			h = (h ^ ' ') * 1099511628211
			n++
			space = false
		}
		if c < utf8.RuneSelf {
			h = (h ^ uint64(c)) * 1099511628211
			n++
			continue
		}
		for _, x := range buf[:utf8.EncodeRune(buf[:], c)] {
			h = (h ^ uint64(x)) * 1099511628211
			n++
		}
	}
	return h, n
}

// paragraphKey is a paragraph in the form that repeats across a site's pages: lower case,
// spaces folded, digits masked.
func paragraphKey(s string) string {
	var b strings.Builder
	space := false
	for _, c := range strings.ToLower(s) {
		switch {
		case unicode.IsSpace(c):
			space = b.Len() > 0
			continue
		case unicode.IsDigit(c):
			c = '0'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(c)
	}
	return b.String()
}

// furnCache mirrors the furniture table's counts (host and hash -> seen) for a cache that
// has seen every row written: the table was empty when the cache first looked, and every
// row since was counted through it (furniture), so the paragraphs of an article are looked
// up in memory, not in a statement each. Dropped with the cache (another process's
// placement moves the cursor; corrections do not touch the table).
type furnCache map[furnKey]int64

type furnKey struct {
	host string
	hash int64
}

// keys returns the mirror's keys of a host's hashes (int64s); none for a nil mirror.
func (fc furnCache) keys(host string, hashes []any) []furnKey {
	if fc == nil {
		return nil
	}
	out := make([]furnKey, len(hashes))
	for i, h := range hashes {
		out[i] = furnKey{host, h.(int64)}
	}
	return out
}

// furnCacheOf returns the cache's furniture mirror, or nil when furniture reads the table.
// The first call of a cache decides (a mirror when the table is empty) and must come
// before the cache's first write of it.
func (c *cache) furnCacheOf(ctx context.Context, q querier) (furnCache, error) {
	if !c.furnKnown {
		c.furnKnown = true
		var rows int
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM furniture LIMIT 1) AS f`).Scan(&rows); err != nil {
			return nil, fmt.Errorf("place: look at furniture: %w", err)
		}
		if rows == 0 {
			c.furn = furnCache{}
		}
	}
	if len(c.furn) > maxCachedFurniture {
		c.furn = nil // the table from now on
	}
	return c.furn, nil
}

// maxCachedFurniture bounds the furniture mirror (about 60 bytes a paragraph).
const maxCachedFurniture = 1 << 22
