package analyze

import (
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
