package timex

import (
	"reflect"
	"testing"

	"crosscheck/article"
)

// TestPooledBuffersSameTimes checks that an Extractor reusing its working memory from one
// article to the next (tokens, tenses, clauses) finds what a fresh one finds: a long
// article with many clauses first, then short ones whose clause breaks fall where the
// long one's clauses were.
func TestPooledBuffersSameTimes(t *testing.T) {
	texts := []string{
		"Am Montag, dem 3. Juni, hatte der Rat, der im Mai gewählt worden war, getagt; am Dienstag wird er, wie es heißt, erneut beraten.\n\n" +
			"Im Januar, so die Sprecherin, sei alles anders gewesen: Damals hätten sie, anders als heute, noch im Februar entschieden.\n\n" +
			"Nächste Woche, am Freitag, soll es weitergehen.",
		"„Am Sonntag“, sagte er, „kommen wir wieder.“\n\nSeit 2020 – also seit vier Jahren – gilt das.",
		"Morgen beginnt das Fest.",
		"Am Montag, dem 3. Juni, hatte der Rat getagt.",
	}
	arts := make([]*article.Article, len(texts))
	ans := make([]*article.Analysis, len(texts))
	for i, text := range texts {
		a := &article.Article{Language: "de", Text: text, Published: "2024-06-05"}
		for _, b := range paragraphs(text) {
			a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockParagraph, Start: b.Start, End: b.End})
		}
		an := &article.Analysis{}
		for _, s := range dePack.Sentences(text) {
			an.Sentences = append(an.Sentences, article.Sentence{Start: s.Start, End: s.End})
		}
		arts[i], ans[i] = a, an
	}
	want := make([][]article.Time, len(texts))
	for i := range texts {
		an := *ans[i]
		New(Options{}).Extract(arts[i], &an, dePack)
		want[i] = an.Times
		if len(want[i]) == 0 {
			t.Fatalf("%d: no time expressions", i)
		}
	}
	x := New(Options{})
	for round := 0; round < 3; round++ {
		for i := range texts {
			an := *ans[i]
			x.Extract(arts[i], &an, dePack)
			if !reflect.DeepEqual(an.Times, want[i]) {
				t.Errorf("round %d, article %d: pooled extraction\n got %+v\nwant %+v", round, i, an.Times, want[i])
			}
		}
	}
}
