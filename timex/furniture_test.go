package timex

import (
	"testing"

	"crosscheck/article"
)

// A furniture block (a paywall's renewal terms, a "Stand:" line) dates nothing that happened:
// its times are not the article's; an article that is only furniture has none.
func TestFurnitureHoldsNoTimes(t *testing.T) {
	var tb article.TextBuilder
	tb.Add(article.BlockTitle, "Gemeinderat beschließt neuen Haushalt")
	tb.Add(article.BlockParagraph, "Der Gemeinderat hat am Montag den Haushalt beschlossen.")
	tb.Add(article.BlockParagraph, "48 Stunden vor Ablauf verlängert sich das Abo um einen Monat.")
	a := &article.Article{Language: "de", Published: "2024-03-06"}
	tb.Fill(a)
	texts := func(a *article.Article) []string {
		an := &article.Analysis{}
		New(Options{}).Extract(a, an, dePack)
		var out []string
		for _, x := range an.Times {
			out = append(out, x.Text)
		}
		return out
	}
	if got := texts(a); len(got) != 3 {
		t.Fatalf("before marking: times %q, want Montag, 48 Stunden, einen Monat", got)
	}
	a.Blocks[2].Kind = article.BlockFurniture
	if got := texts(a); len(got) != 1 || got[0] != "am Montag" && got[0] != "Montag" {
		t.Errorf("with the paywall block marked: times %q, want only the Monday", got)
	}
	for i := range a.Blocks {
		a.Blocks[i].Kind = article.BlockFurniture
	}
	if got := texts(a); len(got) != 0 {
		t.Errorf("only furniture: times %q, want none", got)
	}
}
