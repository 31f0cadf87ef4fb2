package textseg

import (
	"strings"
	"testing"
	"testing/fstest"

	"crosscheck/article"
)

// A token's norm, stop flag and stem are the same whether its form came from the cache, was
// put there by this call, or missed a full cache: what is cached never changes a token.
func TestFormCacheGivesComputedTokens(t *testing.T) {
	files := fstest.MapFS{
		"words/stopwords.txt":     {Data: []byte("der\ndie\nund\n")},
		"words/abbreviations.txt": {Data: []byte("bzw.\nz.B.\n")},
	}
	stem := func(s string) string { return strings.TrimSuffix(strings.TrimSuffix(s, "en"), "e") }
	text := "Die Regierung und DER Minister sagten z.B. Straße, STRASSE, Äpfel und Ä\u0308pfel; " +
		"die Ministerin bzw. der Rechts\u00adanwalt sagten’s. Café Cafe\u0301 naïve 2024 x-Achse"
	for _, forms := range []int{0, 3, 1000} {
		p, err := NewPack(Config{Code: "xx", Words: files, Stem: stem})
		if err != nil {
			t.Fatal(err)
		}
		p.forms = newFormCache(forms)
		for pass := range 2 {
			for _, tok := range p.Tokens(text) {
				if tok.Kind != article.TokWord {
					continue
				}
				norm := Normalize(tok.Text)
				stop := p.Stopword(norm)
				st := norm
				if !stop && !strings.HasSuffix(norm, ".") {
					st = stem(norm)
				}
				if tok.Norm != norm || tok.Stem != st || tok.Stop != stop {
					t.Errorf("cache of %d, pass %d, %q: got norm %q stem %q stop %v, want %q %q %v",
						forms, pass, tok.Text, tok.Norm, tok.Stem, tok.Stop, norm, st, stop)
				}
			}
		}
	}
}
