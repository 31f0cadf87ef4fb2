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

// TestPronounAfterFirstVerb (issue 12, cover11): "Auf Instagram postete er ein Foto, schrieb
// darunter: „…“": a sentence opening with an adverbial has its pronoun subject after the first
// verb, and the verb after the comma shares it; "texten" (writing a caption) is a speech verb.
// A verb with its own subject after it keeps that one ("sie": the woman just named, not Karl
// Bauer). Sentences we wrote.
func TestPronounAfterFirstVerb(t *testing.T) {
	const lead = "Karl Bauer ist unter die Autoren gegangen. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "schrieb after a comma",
			text: lead + "Auf Instagram postete er am Montag ein Foto von sich, schrieb darunter: „Ich schreibe an meinem ersten Buch. Bleibt dran!“",
			want: []want{{"Ich schreibe an meinem ersten Buch. Bleibt dran!", "Karl Bauer", "schrieb", "er", true, false}}},
		{name: "textete after a comma",
			text: "Eva Bauer ist unter die Autoren gegangen. Auf Instagram postete sie ein Foto von sich, textete darunter: „Ich schreibe an meinem ersten Buch. Bleibt dran!“",
			want: []want{{"Ich schreibe an meinem ersten Buch. Bleibt dran!", "Eva Bauer", "textete", "sie", true, false}}},
		{name: "guard: the verb's own subject",
			text: lead + "Am Abend traf er Anna Roth, sagte sie dann: „Ich schreibe an meinem ersten Buch.“",
			want: []want{{"Ich schreibe an meinem ersten Buch.", "Anna Roth", "sagte", "sie", true, false}}},
	})
}

// TestWieFrameAfterQuote (issue 12, cover11): "„…“, wie Karl Bauer betont." names its speaker
// after "wie", the speech verb closing the clause; "wie es Karl Bauer beschrieb" past the object
// "es". A body without its name ("wie der Verband mitteilte") is left to the other frames, and a
// verb of naming gives a name, no one's words. Sentences we wrote.
func TestWieFrameAfterQuote(t *testing.T) {
	const lead = "Die Liste ist voll. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "wie and a name",
			text: lead + "„Und zwar zum dritten Mal in Folge“, wie Karl Bauer betont. Dabei hat nur ein Drittel ein Parteibuch.",
			want: []want{{"Und zwar zum dritten Mal in Folge", "Karl Bauer", "betont", "Karl Bauer", true, false}}},
		{name: "wie es and a name",
			text: lead + "Der Verein verlor, weil „in vielen Bereichen der Mut fehlte“, wie es Karl Bauer beschrieb.",
			want: []want{{"in vielen Bereichen der Mut fehlte", "Karl Bauer", "beschrieb", "Karl Bauer", true, true}}},
	})
}

// TestWieFrameBodyUnnamed: "wie der Verband mitteilte" after a fragment gives nobody's name to
// it, least of all the person the sentence is about. Sentences we wrote.
func TestWieFrameBodyUnnamed(t *testing.T) {
	an := runFull(paragraphs("t", "Karl Bauer stürzte im Training. Er erlitt eine „Platzwunde am Bein“, wie der Verband am Sonntag mitteilte."), dePack)
	for _, q := range an.Quotes {
		if q.Speaker != "" {
			t.Errorf("%q: speaker %q, want none", q.Text, q.Speaker)
		}
	}
}
