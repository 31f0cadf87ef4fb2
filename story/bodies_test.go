package story

import (
	"testing"

	"crosscheck/article"
	"crosscheck/lang/de"
)

// TestGenericBodyJoinsNoName: "Polizei" as one article's speaker is whichever police that
// article means; it is not shown as the "Leipziger Polizei" another article names, while a
// surname still joins its full name. Names we made up.
func TestGenericBodyJoinsNoName(t *testing.T) {
	per := article.EntityPerson
	p := de.New()
	bd := &build{st: &Story{}, events: []Event{{ID: "e1"}}, event: []int{0, 0}}
	a := speakerDoc("a", [][2]string{{"Talheimer Polizei", ""}, {"Lena Vogt", per}},
		[][2]string{{"Talheimer Polizei", "Das Spiel ist ein Hochrisikospiel"}})
	b := speakerDoc("b", [][2]string{{"Vogt", per}},
		[][2]string{{"Polizei", "Es blieb weitgehend friedlich"}, {"Vogt", "Wir haben gewonnen"}})
	a.pack, b.pack = p, p
	bd.docs = []*doc{a, b}
	book := bd.speakers()
	if got := book.shown["Polizei"]; got != "Polizei" {
		t.Errorf("speaker Polizei shown as %q, want it as it is", got)
	}
	if got := book.shown["Vogt"]; got != "Lena Vogt" {
		t.Errorf("speaker Vogt shown as %q, want Lena Vogt", got)
	}
}
