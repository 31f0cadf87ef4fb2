package main

import (
	"os"
	"path/filepath"
	"testing"

	"crosscheck/article"
	"crosscheck/evaluate/quotes"
	"crosscheck/internal/testenv"
	"crosscheck/quote"
)

// TestCommittedRankerIsGenerated fails when the committed ranker
// (lang/de/words/quote_ranker.txt) is not what gensource makes from SpkAtt-2023 today: after a
// change to the candidates or their features, run `go generate ./quote` and commit the result.
// Skips without ../shared (fails under CROSSCHECK_REQUIRE_ALL=1) and under -short.
func TestCommittedRankerIsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the ranker takes a while; skipped under -short")
	}
	dir := testenv.SharedFile(t, filepath.Join("eval", "spkatt2023-news", "train"))
	committed := filepath.Join(testenv.RepoRoot(), "lang", "de", "words", "quote_ranker.txt")
	out := filepath.Join(t.TempDir(), "quote_ranker.txt")
	if err := run(dir, out, defaultEpochs); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("the committed ranker %s is not what gensource makes today: run go generate ./quote", committed)
	}
}

// TestLabelNone: a quotation none of whose candidates holds a word of the gold source is an
// example whose right choice is "none" (when offered): the words it would give are a wrong
// source. With "none" not offered (a named speaker) it is no example.
func TestLabelNone(t *testing.T) {
	text := "Anna Roth sagte das gestern . Der Plan sei gut , hieß es im Rat ."
	span := func(s, e int) article.Span { return article.Span{Start: s, End: e} }
	gold := []quotes.GoldEvent{{Source: []article.Span{span(0, 4), span(5, 9)}, Message: []article.Span{span(30, 33), span(34, 38)}}}
	msg := quote.SourceCase{Start: 30, End: 46}
	none := quote.SourceCand{Start: -1, End: -1, Feats: []string{"bias:none"}}
	rat := quote.SourceCand{Start: 57, End: 63, Feats: []string{"side=after"}}
	for _, tc := range []struct {
		name  string
		cands []quote.SourceCand
		ok    bool
		gold  int
	}{
		{"none offered", []quote.SourceCand{none, rat}, true, 0},
		{"none not offered", []quote.SourceCand{rat}, false, -1},
	} {
		sc := msg
		sc.Cands = tc.cands
		ex, ok := label(text, sc, gold)
		if ok != tc.ok || ok && ex.gold != tc.gold {
			t.Errorf("%s: label gives ok %v, choice %d; want ok %v, choice %d", tc.name, ok, ex.gold, tc.ok, tc.gold)
		}
	}
	// A candidate holding a gold word is still the choice.
	sc := msg
	sc.Cands = []quote.SourceCand{none, rat, {Start: 0, End: 9, Feats: []string{"side=before"}}}
	if ex, ok := label(text, sc, gold); !ok || ex.gold != 2 {
		t.Errorf("with the gold words offered: ok %v, choice %d; want the candidate 2", ok, ex.gold)
	}
}
