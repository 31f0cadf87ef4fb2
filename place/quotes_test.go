package place

import (
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/link"
	"crosscheck/quote"
)

func quoteArticle(t *testing.T, reg *lang.Registry, id string, paras ...string) *Profile {
	t.Helper()
	var tb article.TextBuilder
	tb.Add(article.BlockTitle, paras[0])
	for _, p := range paras[1:] {
		tb.Add(article.BlockParagraph, p)
	}
	a := &article.Article{ID: id, Language: "de", Published: "2025-03-03T10:00:00Z", Title: paras[0]}
	tb.Fill(a)
	an := analyze.New(reg, entity.New(nil, entity.Options{}), quote.New()).Analyze(a)
	pack, _ := reg.Get("de")
	p, err := BuildProfile(a, an, pack, nil, NewMemVocab())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Two reports quoting one statement share runs of its words, however each frames it; a report
// of another statement by the same speaker shares none, nor do the same words of another
// speaker.
func TestProfileQuotes(t *testing.T) {
	reg := lang.NewRegistry(de.New())
	a := quoteArticle(t, reg, "q1", "Hafen von Wendeburg bleibt gesperrt",
		"Der Hafen von Wendeburg bleibt nach dem Sturm bis Freitag gesperrt.",
		"„Die Kaimauer hat schwere Schäden erlitten, wir prüfen jeden Meter einzeln“, sagte Hafenmeisterin Greta Olbrich am Dienstag.")
	b := quoteArticle(t, reg, "q2", "Sturmschäden: Wendeburger Hafen zu",
		"Hafenmeisterin Greta Olbrich sagte: „Die Kaimauer hat schwere Schäden erlitten, wir prüfen jeden Meter einzeln.“",
		"Die Reedereien weichen nach Norderkoog aus.")
	c := quoteArticle(t, reg, "q3", "Hafenfest in Wendeburg geplant",
		"„Wir feiern im Sommer mit Musik, Fischbrötchen und einem großen Feuerwerk“, sagte Hafenmeisterin Greta Olbrich.")
	d := quoteArticle(t, reg, "q4", "Bürgermeister besichtigt Kaimauer",
		"„Die Kaimauer hat schwere Schäden erlitten, wir prüfen jeden Meter einzeln“, sagte Bürgermeister Jonas Tiedemann in Norderkoog.")
	if len(a.Quotes) == 0 || len(b.Quotes) == 0 || len(c.Quotes) == 0 || len(d.Quotes) == 0 {
		t.Fatalf("no quotation shingles: %d %d %d %d", len(a.Quotes), len(b.Quotes), len(c.Quotes), len(d.Quotes))
	}
	if n := link.SharedSorted(a.Quotes, d.Quotes); n != 0 {
		t.Errorf("two speakers' words share %d shingles", n)
	}
	if n := link.SharedSorted(a.Quotes, b.Quotes); n < 3 {
		t.Errorf("one statement quoted twice shares %d shingles, want at least 3", n)
	}
	if n := link.SharedSorted(a.Quotes, c.Quotes); n != 0 {
		t.Errorf("two statements share %d shingles", n)
	}
	pa, err := pairOf(a, b, NewMemVocab(), false)
	if err != nil {
		t.Fatal(err)
	}
	if featureNames[quotesFeature] != "quotes" || pa.X[quotesFeature] <= 0 {
		t.Errorf("feature %s of the shared quotation: %v", featureNames[quotesFeature], pa.X[quotesFeature])
	}
}

// A profile written before quotations were kept (version 1) still reads, without them.
func TestProfileVersion1Reads(t *testing.T) {
	p := sampleProfile()
	p.Quotes = nil
	b, err := p.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	// Version 1 is version 2 without the quotations' count at the end (0, one byte).
	old := append([]byte{1}, b[1:len(b)-1]...)
	var q Profile
	if err := q.UnmarshalBinary(old); err != nil {
		t.Fatal(err)
	}
	if q.Heading != p.Heading || q.Lang != p.Lang || len(q.Quotes) != 0 {
		t.Errorf("version 1 read as %+v", q)
	}
}
