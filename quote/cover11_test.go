package quote

import "testing"

// TestArticledGroupNoPronoun (issue 12, cover11): a name the text gives only after a definite
// article ("zu den Rolling Stones", "der legendären Beatles") is a band or a team; "er" does
// not stand for it, and the one man the paragraph names speaks. A name the text also gives
// bare is not ruled out so. Sentences we wrote.
func TestArticledGroupNoPronoun(t *testing.T) {
	const lead = "Karl Brenner stand damals ganz oben in den Charts. "
	const tail = ", aber mit Buhrufen hatte niemand gerechnet. „Ich war nervös und wurde wütend“, sagte er dem Magazin."
	runQuoteCasesFull(t, []quoteCase{
		{name: "band after an article",
			text: lead + "Auch musikalisch passte er zu den Silver Foxes" + tail,
			want: []want{{"Ich war nervös und wurde wütend", "Karl Brenner", "sagte", "er", true, false}}},
		{name: "band after an article and an adjective",
			text: lead + "Auch musikalisch passte er zu den legendären Silver Foxes" + tail,
			want: []want{{"Ich war nervös und wurde wütend", "Karl Brenner", "sagte", "er", true, false}}},
		{name: "guard: the name once given bare",
			text: lead + "Zuvor hatte er mit Silver Foxes gesprochen. Auch musikalisch passte er zu den Silver Foxes" + tail,
			want: []want{{"Ich war nervös und wurde wütend", "", "sagte", "er", true, false}}},
	})
}
