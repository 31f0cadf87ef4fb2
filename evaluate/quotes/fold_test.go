package quotes

import (
	"fmt"
	"testing"
)

// TestFoldFilter (issue 12, spkatt12): the k folds of QUOTES_FOLD=i/k part the development
// files, each file in exactly one fold; a malformed fold is an error, not every file.
func TestFoldFilter(t *testing.T) {
	var names []string
	for i := range 200 {
		names = append(names, fmt.Sprintf("article_%03d.json", i))
	}
	in := map[string]int{}
	for i := range 5 {
		keep, err := FoldFilter(fmt.Sprintf("%d/5", i))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, name := range names {
			if keep(name) {
				in[name]++
				n++
			}
		}
		if n == 0 || n == len(names) {
			t.Errorf("fold %d/5 keeps %d of %d files", i, n, len(names))
		}
	}
	for _, name := range names {
		if in[name] != 1 {
			t.Errorf("%s is in %d folds", name, in[name])
		}
	}
	for _, bad := range []string{"5/5", "-1/5", "1", "a/b", "0/0"} {
		if _, err := FoldFilter(bad); err == nil {
			t.Errorf("FoldFilter(%q) gave no error", bad)
		}
	}
	if keep, err := FoldFilter(""); err != nil || !keep("x.json") {
		t.Errorf("an empty fold keeps every file")
	}
}
