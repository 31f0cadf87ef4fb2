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

// TestPluralSagen (spkatt6, issue 12): "Experten sagen, …" and "„…“, sagen Kritiker" gave
// nothing: "sagen" was no speech verb, since it is also the infinitive ("könne man sagen").
// Listed with @v, it is one only right after its subject or the quoted words' comma, and
// names no one person. Guards: after a modal, "zu", "man" or "sich", in a question, in a
// heading, and "Wir sagen Euch" to the reader stay no report. Sentences we wrote.
func TestPluralSagen(t *testing.T) {
	const lead = "Die Stadt Kiel plant eine neue Brücke über den Hafen. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a plural noun before sagen",
			text: lead + "Viele Anwohner sagen, die Brücke werde den Verkehr in der Altstadt verringern.",
			want: []want{{"die Brücke werde den Verkehr in der Altstadt verringern", "", "sagen", "Viele Anwohner", false, false}}},
		{name: "sagen after the quoted words",
			text: lead + "„Die Brücke kommt viel zu spät“, sagen Kritiker aus dem Stadtrat.",
			want: []want{{"Die Brücke kommt viel zu spät", "", "sagen", "*", true, false}}},
		{name: "sie sagen",
			text: lead + "Die Planer sind zufrieden. Sie sagen, der Bau könne im Frühjahr beginnen.",
			want: []want{{"der Bau könne im Frühjahr beginnen", "", "sagen", "Sie", false, false}}},
		{name: "guard: after a modal",
			text: lead + "Der Bürgermeister Hans Berger wollte dazu am Montag nichts sagen, die Pläne seien noch nicht fertig.",
			not:  []string{"die Pläne seien noch nicht fertig"}},
		{name: "guard: man kann sagen",
			text: lead + "Man kann sagen, die Brücke sei das größte Projekt der Stadt.",
			not:  []string{"die Brücke sei das größte Projekt der Stadt"}},
		{name: "guard: a question",
			text: lead + "Was sagen Experten, wenn die Brücke teurer wird?",
			not:  []string{"wenn die Brücke teurer wird"}},
		{name: "guard: to the reader",
			text: lead + "Wir sagen Euch, wo die neue Brücke entstehen soll.",
			not:  []string{"wo die neue Brücke entstehen soll"}},
	})
}
