package place

import (
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/de"
)

// TestWeakWordsAreNoTerms: the pack's place_weak words ("erstmals", "Jahr") name no
// happening, so they are left out of the terms a profile compares; the words around them stay.
func TestWeakWordsAreNoTerms(t *testing.T) {
	pack := de.New()
	if _, ok := pack.Words("place_weak")["erstmals"]; !ok {
		t.Fatal("the German pack has no place_weak word erstmals: the test shows nothing")
	}
	reg := lang.NewRegistry(pack)
	text := "Werft schließt erstmals Dock\nDie Werft schließt in diesem Jahr erstmals ein Dock."
	a := &article.Article{ID: "w1", Language: "de", Title: "Werft schließt erstmals Dock", Text: text,
		Blocks: []article.Block{{Kind: article.BlockTitle, Start: 0, End: 28}, {Kind: article.BlockParagraph, Start: 29, End: len([]rune(text))}}}
	an := analyze.New(reg).Analyze(a)
	v := NewMemVocab()
	p, err := BuildProfile(a, an, pack, nil, v)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[uint32]string{}
	for k, id := range v.ids {
		byID[id] = k
	}
	keys := map[string]bool{}
	for _, tc := range p.Lead {
		keys[byID[tc.ID]] = true
	}
	for k := range keys {
		if strings.HasPrefix(k, keyTerm+"erstmal") || strings.HasPrefix(k, keyTerm+"jahr") {
			t.Errorf("weak word kept as a term: %q (terms %v)", k, keys)
		}
	}
	if !keys[keyTerm+an.Tokens[0].Stem] {
		t.Errorf("the headline's first word %q is no term: %v", an.Tokens[0].Stem, keys)
	}
}
