package article

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// normalizeSpaceRunes is NormalizeSpace as it was: one rune at a time.
func normalizeSpaceRunes(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// TestNormalizeSpaceIsRuneLoop checks NormalizeSpace's copying of ASCII runs against the
// rune loop, on texts we made up, invalid bytes and random mixes of spaces and letters.
func TestNormalizeSpaceIsRuneLoop(t *testing.T) {
	cases := []string{"", " ", "  a  b\t\tc\n\n", "Größe\u00a0der\u0085Stadt\u2003x", "\xffab \xc3(x\xe2\x82", "\v\fa\rb ", "ä", "a\u00a0", "\ud7ff\uffff"}
	parts := []string{" ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "a", "Bc", "ö", "ß", "\xff", "\xc3", ".", "€"}
	rng := rand.New(rand.NewSource(1))
	for range 2000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := NormalizeSpace(s), normalizeSpaceRunes(s); got != want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
