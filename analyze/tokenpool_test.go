package analyze_test

import (
	"reflect"
	"slices"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang/de"
)

// Tokens gathered in the reused buffer are copied out at their count: a later article's
// segmenting leaves an earlier one's tokens as they were, and they are the tokens
// segmenting into a slice of the caller's gives.
func TestSegmentTokensOwnTheirSlice(t *testing.T) {
	p := de.New()
	texts := []string{
		"Die Regierung beschloss am Montag ein Gesetz. Es gilt ab 1. Juli, sagte Dr. Müller in Berlin.",
		"Kurz: Regen.",
		"",
		"Der Zug fuhr ab. Niemand stieg aus.",
	}
	var got []*article.Analysis
	for _, text := range texts {
		a := &article.Article{ID: "x", Language: "de", Text: text}
		an := &article.Analysis{}
		analyze.Segment(a, an, p)
		if len(an.Tokens) != cap(an.Tokens) {
			t.Errorf("%q: %d tokens in room for %d", text, len(an.Tokens), cap(an.Tokens))
		}
		got = append(got, an)
	}
	for i, text := range texts {
		a := &article.Article{ID: "x", Language: "de", Text: text}
		want := &article.Analysis{Tokens: make([]article.Token, 0, 1)} // the caller's slice
		analyze.Segment(a, want, p)
		if len(want.Tokens) == 0 {
			want.Tokens = nil
		}
		if !reflect.DeepEqual(got[i].Tokens, want.Tokens) || !slices.Equal(got[i].Sentences, want.Sentences) {
			t.Errorf("%q: tokens %v, sentences %v; want %v, %v", text, got[i].Tokens, got[i].Sentences, want.Tokens, want.Sentences)
		}
	}
	if got[2].Tokens != nil {
		t.Errorf("an empty text has tokens %v", got[2].Tokens)
	}
}
