package main

import (
	"os"
	"path/filepath"
	"testing"

	"crosscheck/internal/testenv"
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
	if err := run(dir, out, trainer{epochs: defaultEpochs, bags: defaultBags}); err != nil {
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
