package quote

import "testing"

// TestFrameAfterOpeningQuotation (stop 41, lead): a sentence that opens with a quotation and its
// frame ("„…“, sagte Weber, sei es …") goes on with the same speaker's report after the frame;
// the whole sentence, quotation and frame included, was reported by no one. A question put to
// the speaker ("auf die Frage, ob …"), a relative clause on the speaker and a sentence with no
// words after the frame give no report. "und", an adverb and an indicative verb end a report:
// the reporter's own main clause. Sentences we wrote.
func TestFrameAfterOpeningQuotation(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "Konjunktiv after the frame",
			text: "Weber blickte zurück.\n„Bis jetzt“, sagte Ole Weber auf Nachfrage, sei es der schönste Tag seiner Laufbahn gewesen.",
			want: []want{
				{"Bis jetzt", "Ole Weber", "sagte", "Ole Weber", true, false},
				{"sei es der schönste Tag seiner Laufbahn gewesen", "Ole Weber", "sagte", "Ole Weber", false, false}},
			not: []string{"„Bis jetzt“, sagte Ole Weber auf Nachfrage, sei es der schönste Tag seiner Laufbahn gewesen"}},
		{name: "a dash after a frame with the cue last",
			text: "Vor dem Spiel war es ruhig.\n„Wir tun uns schwer“, hatte Ole Weber vor der Partie gesagt – der Neue sei im Grunde „nicht zu ersetzen“.",
			want: []want{{"der Neue sei im Grunde „nicht zu ersetzen“", "Ole Weber", "gesagt", "*", false, false}}},
		{name: "the source runs on into the report",
			text: "Er sei enttäuscht.\n„Wenn wir etwas gezeigt haben“, sagte Ole Weber, dann sei es, dass „junge Leute immer eine Chance“ im Verein hätten.",
			want: []want{{"dann sei es, dass „junge Leute immer eine Chance“ im Verein hätten", "Ole Weber", "sagte", "Ole Weber", false, false}}},
		{name: "a question put to the speaker",
			text: "Die Lage ist offen.\n„Wir wissen es nicht“, antwortete Ole Weber auf die Frage, ob Jan Vogt spielen könne.",
			not:  []string{"ob Jan Vogt spielen könne", "„Wir wissen es nicht“, antwortete Ole Weber auf die Frage, ob Jan Vogt spielen könne"}},
		{name: "a relative clause on the speaker",
			text: "Die Lage ist offen.\n„Keiner hat es verdient“, sagte Ole Weber, der die Entscheidung erst morgen verkünden werde.",
			not:  []string{"der die Entscheidung erst morgen verkünden werde", "„Keiner hat es verdient“, sagte Ole Weber, der die Entscheidung erst morgen verkünden werde"}},
		{name: "nothing after the frame",
			text: "Die Lage ist offen.\n„Wir müssen reden“, habe Anna Vogt dem Sender gesagt.",
			want: []want{{"Wir müssen reden", "Anna Vogt", "gesagt", "*", true, false}},
			not:  []string{"„Wir müssen reden“, habe Anna Vogt dem Sender gesagt"}},
		{name: "the reporter's clause after und",
			text: "Der Sommer kam.\n„Definitiv“, so Ole Weber, habe das Team den besten Kader seit Jahren, und deshalb war auch die Kritik an Jan Vogt so groß.",
			want: []want{{"habe das Team den besten Kader seit Jahren", "Ole Weber", "so", "Ole Weber", false, false}}},
	})
}

// TestVerbEndingsFromThePack (stop 41, lead): a word in "-s" after the subject of a speech verb
// is an English verb ("said the mayor wants"), a German adverb ("erwartet der Wahlleiter
// weitaus mehr Briefwähler"): the endings come from the language pack, so the German noun
// phrase is no that-less clause and no quotation. Sentences we wrote.
func TestVerbEndingsFromThePack(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a German adverb in -s",
			text: "Die Wahl in Kiel läuft ruhig. Allerdings erwartet der Wahlleiter weitaus mehr Briefwähler als vor fünf Jahren.",
			not:  []string{"der Wahlleiter weitaus mehr Briefwähler als vor fünf Jahren", "weitaus mehr Briefwähler als vor fünf Jahren"}},
	})
}

// TestCountBeforeVerbForm (stop 41, lead): after a count ("11 states", "two reports") a speech
// verb's form in "-s" is a plural noun: "Since 2021, 11 states enacted limits …, she said" took
// "states" as its cue and the frame into the message. A year before a verb stays a year.
// Sentences we wrote.
func TestCountBeforeVerbForm(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "digits before a plural noun",
			text: "The rules vary widely, according to Ann Miller, a lawyer. Since 2021, 11 states enacted new limits and there have been 27 bills this year, she said.",
			want: []want{{"Since 2021, 11 states enacted new limits and there have been 27 bills this year", "*", "said", "she", false, false}},
			not:  []string{"enacted new limits and there have been 27 bills this year, she said"}},
		{name: "a number word before a plural noun",
			text: "The rules vary widely, according to Ann Miller, a lawyer. This year two reports found new limits in many places, she said.",
			want: []want{{"This year two reports found new limits in many places", "*", "said", "she", false, false}},
			not:  []string{"found new limits in many places, she said"}},
		{name: "a number word opening the sentence",
			text: "The rules vary widely, according to Ann Miller, a lawyer. Eight states enacted new limits last year, she said.",
			want: []want{{"Eight states enacted new limits last year", "*", "said", "she", false, false}},
			not:  []string{"enacted new limits last year, she said"}},
	})
}

// TestPossessiveFrameSubject (stop 41, lead; fresh-de-2300): "Berger sei „friedlich …“ gestorben,
// teilte seine Familie mit": the quoted words belong to the frame after them, whose subject is a
// possessive and a noun that names nobody; the dead man the clause is about did not say them.
// Sentences we wrote.
func TestPossessiveFrameSubject(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the family's words about the dead man",
			text: "Der Filmemacher Max Berger ist tot. Berger sei am Dienstag „friedlich im Kreis von Familie und Freunden“ gestorben, teilte seine Familie mit.",
			want: []want{{"friedlich im Kreis von Familie und Freunden", "", "teilte", "seine Familie", true, true}}},
	})
}
