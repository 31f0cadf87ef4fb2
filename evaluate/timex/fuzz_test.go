package timex

import (
	"testing"

	"crosscheck/article"
)

// FuzzParseKey: every mention read from a key lies inside the text it annotates.
func FuzzParseKey(f *testing.F) {
	f.Add(`<timex2 ID="1" VAL="1914"><charseq START="3" END="6">1914</charseq></timex2>`, "Im 1914 war Krieg.")
	f.Add(`<timex2 VAL="1914" VAL="PXY"><charseq START="0" END="99999"></charseq></timex2>`, "kurz")
	f.Add(`<timex2><charseq START="5" END="2"></charseq></timex2>`, "")
	f.Fuzz(func(t *testing.T, key, text string) {
		r := article.NewRunes(text)
		ms, err := ParseKey(key, r)
		if err != nil {
			return
		}
		for _, m := range ms {
			if m.Start < 0 || m.Start > m.End || m.End > r.Len() {
				t.Fatalf("mention %+v outside a text of %d characters", m, r.Len())
			}
		}
	})
}
