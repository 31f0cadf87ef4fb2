package de

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/internal/testenv"
)

// seedBlocks reads a seed file and splits it trivially into blocks, one a non-empty line.
func seedBlocks(t *testing.T, name string) []string {
	t.Helper()
	dir := testenv.SharedFile(t, "corpus/seeds")
	matches, err := filepath.Glob(filepath.Join(dir, name+"_*.txt"))
	if err != nil || len(matches) != 1 {
		t.Fatalf("seed %s: %v %v", name, matches, err)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func spanText(text string, s article.Span) string {
	return string([]rune(text)[s.Start:s.End])
}

func TestSeedSentencesDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("set DUMP=000 to print a seed's sentences")
	}
	p := New()
	for _, b := range seedBlocks(t, os.Getenv("DUMP")) {
		for _, s := range p.Sentences(b) {
			t.Logf("| %s", spanText(b, s))
		}
	}
}

var update = os.Getenv("UPDATE_GOLDEN") != ""

// TestSeedSentences pins the sentence boundaries of two seeds (testdata/seeds.golden holds
// offsets only, no seed text) and checks the cases the splitter must not break.
func TestSeedSentences(t *testing.T) {
	p := New()
	var got strings.Builder
	for _, seed := range []string{"001", "004"} {
		for bi, b := range seedBlocks(t, seed) {
			spans := p.Sentences(b)
			for _, s := range spans {
				fmt.Fprintf(&got, "%s %d %d %d\n", seed, bi, s.Start, s.End)
				txt := spanText(b, s)
				for _, bad := range []string{"3.", "14.", "11."} {
					if strings.HasSuffix(txt, bad) {
						t.Errorf("seed %s: sentence ends in %q: %q", seed, bad, txt)
					}
				}
				if strings.Count(txt, "„") != strings.Count(txt, "“") {
					t.Errorf("seed %s: sentence splits a quotation: %q", seed, txt)
				}
			}
			for _, keep := range []string{"3. November", "11.000", "14. November, 2024"} {
				if i := strings.Index(b, keep); i >= 0 {
					c := utf8.RuneCountInString(b[:i])
					n := utf8.RuneCountInString(keep)
					inside := false
					for _, s := range spans {
						inside = inside || s.Start <= c && c+n <= s.End
					}
					if !inside {
						t.Errorf("seed %s: %q is split across sentences", seed, keep)
					}
				}
			}
		}
	}
	golden := filepath.Join("testdata", "seeds.golden")
	if update {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("seed sentence boundaries changed (UPDATE_GOLDEN=1 to accept after review)\n got:\n%s\nwant:\n%s", got.String(), want)
	}
}
