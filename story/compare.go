package story

import (
	"context"
	"fmt"

	"crosscheck/link"
)

// SideBySide is a rewrite beside its source (or any two articles): one row per aligned,
// added, dropped or reworded sentence, in the JSON shape of CONTRACT.md "compare" plus the
// sentences' text.
type SideBySide struct {
	A          ArticleRef       `json:"a"`
	B          ArticleRef       `json:"b"`
	Similarity float64          `json:"similarity"`
	Derived    *link.Derivation `json:"derived"`
	Rows       []SideRow        `json:"rows"`
}

// SideRow is one row: the sentence of A, of B, or both.
type SideRow struct {
	Status string   `json:"status"` // same, reworded, added (only in A), dropped (only in B)
	Score  *float64 `json:"score"`
	AText  *string  `json:"a_text"`
	BText  *string  `json:"b_text"`
	AStart int      `json:"a_start"`
	BStart int      `json:"b_start"`
}

// Compare aligns the stored articles a and b sentence by sentence.
func (b *Builder) Compare(ctx context.Context, a, bID string) (*SideBySide, error) {
	ra, err := b.Articles.Get(ctx, a)
	if err != nil {
		return nil, fmt.Errorf("story: compare %s: %w", a, err)
	}
	rb, err := b.Articles.Get(ctx, bID)
	if err != nil {
		return nil, fmt.Errorf("story: compare %s: %w", bID, err)
	}
	da, db := newDoc(ra, b.Packs), newDoc(rb, b.Packs)
	c := link.Compare(da.ld, db.ld)
	ref := func(d *doc) ArticleRef {
		return ArticleRef{ID: d.a.ID, Title: Title(d.a), URL: d.a.URL, Language: d.a.Language, Published: d.a.Published,
			Source: d.a.Source, Credits: nonNil(d.a.Credits)}
	}
	out := &SideBySide{A: ref(da), B: ref(db), Similarity: c.Similarity, Derived: c.Derived, Rows: []SideRow{}}
	for _, p := range c.Pairs {
		row := SideRow{Status: p.Status, AStart: -1, BStart: -1}
		if p.A >= 0 {
			t := da.runes.Slice(p.AStart, p.AEnd)
			row.AText, row.AStart = &t, p.AStart
		}
		if p.B >= 0 {
			t := db.runes.Slice(p.BStart, p.BEnd)
			row.BText, row.BStart = &t, p.BStart
		}
		if p.A >= 0 && p.B >= 0 {
			s := p.Score
			row.Score = &s
		}
		out.Rows = append(out.Rows, row)
	}
	return out, nil
}
