package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// indexFoldEvery is indexFold without skipping starts: every start is read n runes on.
func indexFoldEvery(s, sub string) (int, int) {
	n := utf8.RuneCountInString(sub)
	for i := range s {
		j := i
		for k := 0; k < n && j < len(s); k++ {
			_, w := utf8.DecodeRuneInString(s[j:])
			j += w
		}
		if strings.EqualFold(s[i:j], sub) {
			return i, j
		}
	}
	return -1, -1
}

// TestIndexFoldSkipsOnlyNonMatches checks indexFold against a search that tries every
// start, on texts we wrote: case, folding letters of other lengths, invalid bytes.
func TestIndexFoldSkipsOnlyNonMatches(t *testing.T) {
	texts := []string{
		"Kicker - Die Bundesregierung beschließt das Gesetz zur Wärmepumpe",
		"STRASSE und Straße und straße",
		"Die ẞ-Frage und die ß-Antwort",
		"İstanbul und istanbul",
		"bad \xff byte \xe2\x82 here",
		"",
		"Kelvin \u212a und k",
	}
	subs := []string{"die bundesregierung beschliesst", "die bundesregierung beschließt", "straße", "STRASSE", "ß-antwort",
		"ẞ-FRAGE", "istanbul", "İSTANBUL", "\xff byte", "k", "K", "", "x", "Gesetz zur Wärmepumpe und mehr"}
	for _, s := range texts {
		for _, sub := range subs {
			a, b := indexFold(s, sub)
			wa, wb := indexFoldEvery(s, sub)
			if a != wa || b != wb {
				t.Errorf("indexFold(%q, %q) = %d, %d; want %d, %d", s, sub, a, b, wa, wb)
			}
		}
	}
	if a, _ := indexFold(texts[0], subs[1]); a != 9 {
		t.Errorf("indexFold found the headline at %d, want 9", a)
	}
}
