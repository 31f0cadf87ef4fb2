package quote

import (
	"testing"
	"unicode/utf8"
)

func FuzzScan(f *testing.F) {
	for _, s := range []string{"„Wir sind bereit“, sagte er.", "»a« «b» ‚c‘ \"d\"", "„unclosed", "\"a\" b \"c", "„a\n\nb“", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := utf8.RuneCountInString(s)
		prev := -1
		for _, m := range Scan(s) {
			if !(m.Open < m.Start && m.Start < m.End && m.End <= m.Close && m.Close < n) {
				t.Fatalf("bad marked %+v in %q", m, s)
			}
			if m.Open <= prev {
				t.Fatalf("overlapping quotations in %q", s)
			}
			prev = m.Close
		}
	})
}

// FuzzExtract runs the whole extractor on arbitrary text: it must not panic and every quote's
// offsets must match its text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"„Wir sind bereit“, sagte Anna Berger.", "Laut Tom Fischer gebe es, so er, nichts.", "„“, so", "\"x\", said he"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		a := paragraphs("f", s)
		an := run(a, dePack)
		assertOffsets(t, a, an)
	})
}
