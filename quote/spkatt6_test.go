package quote

import "testing"

// TestNoThingSource (spkatt6, issue 12): "Seine Zuversicht gründet sich auf …: „…“" gave the
// quotation the source "Seine Zuversicht": the subject of a colon lead is taken for the
// speaker's words, but a feeling, a thing, a place or a time speaks no words. A source whose
// head noun is one of quote_nonspeakers is left out; the quotation stays. Guards: a body or
// person as the subject keeps its source, and so does a phrase cue ("so der Vorwurf", "laut
// den Plänen"), where what the report goes by is the source. Sentences we wrote.
func TestNoThingSource(t *testing.T) {
	const lead = "Der Trainer Karl Obermann spricht vor dem Spiel in Kiel mit Reportern. „Ich rechne mit einem Sieg.“ "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a feeling leads a colon",
			text: lead + "Seine Zuversicht gründet sich auf die Erfahrungen der letzten Jahre: „Wir haben hier immer gewonnen.“",
			want: []want{{"Wir haben hier immer gewonnen.", "", "", "", true, false}}},
		{name: "a hope leads a colon",
			text: lead + "Seine Hoffnung stützt sich auf die starke Abwehr: „Wir lassen kaum Tore zu.“",
			want: []want{{"Wir lassen kaum Tore zu.", "", "", "", true, false}}},
		{name: "a fear leads a colon",
			text: lead + "Die Befürchtung bleibt trotzdem groß: „Der Platz ist in einem schlechten Zustand.“",
			want: []want{{"Der Platz ist in einem schlechten Zustand.", "", "", "", true, false}}},
		{name: "guard: a body leads a colon",
			text: lead + "Der Verein stützt sich auf die Erfahrungen der letzten Jahre: „Wir haben hier immer gewonnen.“",
			want: []want{{"Wir haben hier immer gewonnen.", "", "", "Der Verein", true, false}}},
		{name: "guard: a pronoun after the verb",
			text: lead + "Die Frage nach dem Torwart beantwortete er knapp: „Er spielt.“",
			want: []want{{"Er spielt.", "Karl Obermann", "beantwortete", "er", true, false}}},
		{name: "guard: a phrase cue keeps a thing",
			text: "Die Staatsanwaltschaft in Kiel hat Anklage gegen eine Baufirma erhoben. Die Firma habe jahrelang zu viel Geld für ihre Arbeit verlangt, so der Vorwurf.",
			want: []want{{"Die Firma habe jahrelang zu viel Geld für ihre Arbeit verlangt", "", "so", "der Vorwurf", false, false}}},
	})
}
