package story

import (
	"testing"

	"crosscheck/article"
)

// TestQuotedFragmentKeepsItsSentence: a quoted fragment ("„beizulegen“") is shown with the
// reporter's sentence it stands in, and every statement says where it stands.
func TestQuotedFragmentKeepsItsSentence(t *testing.T) {
	text := []rune("Die Ministerin verlangte, den Streit „beizulegen“. „Wir reden weiter“, sagte Jana Roth.")
	s1 := len([]rune("Die Ministerin verlangte, den Streit „beizulegen“."))
	frag := len([]rune("Die Ministerin verlangte, den Streit „"))
	whole := len([]rune("Die Ministerin verlangte, den Streit „beizulegen“. „"))
	an := &article.Analysis{
		Sentences: []article.Sentence{{Start: 0, End: s1}, {Start: s1 + 1, End: len(text)}},
		Entities:  []article.Entity{{Start: len(text) - 10, End: len(text) - 1, Text: "Jana Roth", Canonical: "Jana Roth", Type: article.EntityPerson}},
		Quotes: []article.Quote{
			{Start: frag, End: frag + 10, Text: "beizulegen", Speaker: "Jana Roth", Direct: true, Partial: true},
			{Start: whole, End: whole + 16, Text: "Wir reden weiter", Speaker: "Jana Roth", Direct: true},
		},
	}
	d := &doc{a: &article.Article{ID: "a1"}, an: an, sents: []sentence{
		{start: 0, end: s1, text: string(text[:s1]), usable: true},
		{start: s1 + 1, end: len(text), text: string(text[s1+1:]), usable: true},
	}}
	bd := &build{st: &Story{}, events: []Event{{ID: "e1"}}, event: []int{0}, docs: []*doc{d}}
	bd.quotes()
	if len(bd.st.Quotes) != 2 {
		t.Fatalf("statements %+v, want 2", bd.st.Quotes)
	}
	for _, q := range bd.st.Quotes {
		if len(q.Spans) != 1 || q.Spans[0].Article != "a1" || string(text[q.Spans[0].Start:q.Spans[0].End]) != q.Text {
			t.Errorf("%q: spans %+v do not locate it", q.Text, q.Spans)
		}
		switch q.Text {
		case "beizulegen":
			if q.Context == nil || q.Context.Text != string(text[:s1]) || q.Context.Article != "a1" || q.Context.Start != 0 {
				t.Errorf("the fragment's sentence: %+v", q.Context)
			}
		default:
			if q.Context != nil {
				t.Errorf("%q stands on its own, yet has a context %+v", q.Text, q.Context)
			}
		}
	}
}
