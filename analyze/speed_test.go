package analyze

import (
	"strings"
	"testing"

	"crosscheck/article"
)

// TestRuneViewIsNewRunesOfTheBlock checks that a block's view of the article's code point
// index answers as an index of the block's own text would, clamping included.
func TestRuneViewIsNewRunesOfTheBlock(t *testing.T) {
	texts := []string{
		"Ein Satz ohne Umlaut.\n\nÜber die Grenze: „Straße“ und 3 €.\n\nEnde.",
		"plain ascii text\n\nsecond block",
		"ä\n\nöü\n\n日本語 text",
		"bad \xff byte\n\nand \xe2\x82 cut",
	}
	for _, text := range texts {
		r := article.NewRunes(text)
		n := r.Len()
		for start := 0; start <= n; start++ {
			for end := start; end <= n; end++ {
				own := article.NewRunes(r.Slice(start, end))
				v := runeView{r: r, start: start, n: end - start, b0: r.Byte(start)}
				if v.Len() != own.Len() {
					t.Fatalf("%q [%d:%d]: Len %d, want %d", text, start, end, v.Len(), own.Len())
				}
				for c := -1; c <= own.Len()+1; c++ {
					if v.Byte(c) != own.Byte(c) {
						t.Fatalf("%q [%d:%d]: Byte(%d) = %d, want %d", text, start, end, c, v.Byte(c), own.Byte(c))
					}
					for d := c; d <= own.Len()+1; d++ {
						if v.Slice(c, d) != own.Slice(c, d) {
							t.Fatalf("%q [%d:%d]: Slice(%d, %d) = %q, want %q", text, start, end, c, d, v.Slice(c, d), own.Slice(c, d))
						}
					}
				}
			}
		}
	}
}

// TestShapeParagraphIsComposition checks the one-pass shaping of a paragraph against the
// three steps it replaces, on texts we wrote: runs of white space of several kinds, upper
// case of other lengths, digits of other scripts, invalid bytes.
func TestShapeParagraphIsComposition(t *testing.T) {
	texts := []string{
		"", "   ", " Dauer 1:34 min ", "Stand:\t08.09.2024\u00a016:48 Uhr\n",
		"İSTANBUL und ẞ-STRASSE", "Ziffern ٣ und ３ hier", "bad \xff byte \xe2\x82 cut",
		"Mehrere   Leerzeichen\n\nund\r\nZeilen", "ΣΊΣΥΦΟΣ",
	}
	var buf []byte
	for _, s := range texts {
		buf = shapeParagraph(buf, s)
		want := digitShape(strings.ToLower(article.NormalizeSpace(s)))
		if string(buf) != want {
			t.Errorf("shapeParagraph(%q) = %q, want %q", s, buf, want)
		}
		words := 0
		if len(buf) > 0 {
			words = strings.Count(string(buf), " ") + 1
		}
		if n := len(strings.Fields(want)); words != n {
			t.Errorf("%q: %d words by spaces, %d by fields", s, words, n)
		}
	}
}
