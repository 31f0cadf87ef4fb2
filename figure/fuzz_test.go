package figure

import (
	"strconv"
	"strings"
	"testing"

	"crosscheck/article"
)

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"11.000", "1,5", "5,000", "3.2", "14.11.2024", "030", "1.234.567,89", "11\u00a0000", "", ",", "9,"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, comma bool) {
		v, ok := ParseNumber(s, comma)
		if !ok {
			return
		}
		if v < 0 || v != v {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		// Without separators the value is the plain reading of the digits.
		if !strings.ContainsAny(s, ".,\u00a0\u202f\u2009 ") {
			w, err := strconv.ParseFloat(s, 64)
			if err != nil || w != v {
				t.Fatalf("ParseNumber(%q) = %v, strconv %v %v", s, v, w, err)
			}
		}
	})
}

// FuzzExtract runs the whole extractor on arbitrary text: it must not panic, and every
// figure's offsets must give its text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"Es kamen rund 8.000 Soldaten.", "„Elf tausend“, so er.", "$5bn", "Tausende", "3. Mai 2024, 8.15 Uhr", "zwei Drittel von ihnen", "laut des"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := &article.Article{Text: s, Language: "de"}
		an := analyse(t, a, dePack, nil)
		r := article.NewRunes(s)
		for _, x := range an.Figures {
			if x.Start < 0 || x.End > r.Len() || x.Start >= x.End || r.Slice(x.Start, x.End) != x.Text {
				t.Fatalf("bad figure %+v in %q", x, s)
			}
		}
	})
}
