package quote

import "testing"

// TestWrongSpeakers3100 (fresh seed 3100, 10kGNAD): named speakers the honest sample judged
// wrong, each a general rule. Sentences we wrote.
func TestWrongSpeakers3100(t *testing.T) {
	noSpeakerCases(t, []speakerNotCase{
		// A word that reads as the surname of a full name only given later is no mention of
		// it: coreference never looks forward; nor is a noun after a sentence's article.
		{name: "a term named only later", text: "Viele Geldhäuser sitzen auf faulen Krediten, ein Viertel davon bei der Nordkredit. Die Bank erklärte, die Kredite seien zu 60 Prozent gedeckt. Kleine Institute sollen später in Good Banks saniert werden, sagte Minister Karl Huber.", quote: "zu 60 Prozent gedeckt", speaker: "Good Banks"},
		{name: "a noun after the sentence's article", text: "Kleine Institute sollen in Good Banks saniert werden, sagte Minister Karl Huber. Viele Geldhäuser sitzen auf faulen Krediten. Die Bank erklärte, die Kredite seien zu 60 Prozent gedeckt.", quote: "zu 60 Prozent gedeckt", speaker: "Good Banks"},
	})
	speakerCases(t, []speakerCase{
		// "wie er betont" inside a subordinate clause: the clause is what was said, and "er"
		// is the subject the sentence opens with, not a genitive name of the sentence before.
		{name: "the own sentence's subject, not a genitive before",
			text:    "Der Politiker Weber gilt als fleißig. Ehrgeiz zeigte Weber auch in Kanada im Konzern Frank Stronachs. Letzterer ließ ihn ungern gehen. Doch Weber interessierte sich früh für die Politik, obwohl seine Eltern, wie er betont, ihn eher unpolitisch erzogen hätten.",
			quote:   "unpolitisch erzogen",
			speaker: "Weber"},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "a genitive name the sentence before gives", text: "Der Politiker Weber gilt als fleißig. Ehrgeiz zeigte Weber auch in Kanada im Konzern Frank Stronachs. Letzterer ließ ihn ungern gehen. Doch Weber interessierte sich früh für die Politik, obwohl seine Eltern, wie er betont, ihn eher unpolitisch erzogen hätten.", quote: "unpolitisch erzogen", speaker: "Frank Stronachs"},
		// A subject of the other sex is not whom the pronoun stands for.
		{name: "a subject of the other sex", text: "Die Ärztin Anna Berg ist neu im Amt. Doch Anna Berg ging früh in die Politik, obwohl ihr Vater, wie er betont, sie eher unpolitisch erzogen habe.", quote: "unpolitisch erzogen", speaker: "Anna Berg"},
	})
	noSpeakerCases(t, []speakerNotCase{
		// After a bare plural source ("laut Medienberichten") the capitalised words are the
		// clause's object, never the source.
		{name: "the object after laut Medienberichten", text: "Wechsel im Sturm. Mailand – Der brasilianische Verteidiger Paulo Ramos verlässt laut spanischen Medienberichten Pokal-Finalist Juventus Turin. Er soll zu seinem Jugendklub wechseln.", quote: "verlässt", speaker: "Juventus Turin"},
	})
	speakerCases(t, []speakerCase{
		// A sentence that opens with a person and a verb before a colon names the speaker of
		// the Konjunktiv after it; the report before does not run on over it.
		{name: "a named subject before a colon",
			text:    "Die Stadträtin Eva Moser schließt neue Verhandlungen aus. Sie habe genug Zugeständnisse gemacht. Karl Brenner, Chef der Gewerkschaft Medicus, geht sogar weiter: Es brauche zusätzliche Pfleger statt bloßer Umschichtungen.",
			quote:   "zusätzliche Pfleger",
			speaker: "Karl Brenner"},
	})
}

// TestObjectIdioms3100 (fresh seed 3100): "bestreiten" with a life or a match for its object
// makes a living or plays; it denies nothing. Sentences we wrote.
func TestObjectIdioms3100(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "make a living",
			text: "Im Stück leben zwei Schwestern in einer Kammer. Lotte und die kleine Gerti bestreiten ihr Leben damit, anderen die Wäsche zu flicken.",
			not:  []string{"anderen die Wäsche zu flicken"}},
		{name: "guard: deny a charge",
			text: "Der Minister Karl Huber steht in der Kritik. Huber bestreitet, dass er die Akten gekannt habe.",
			want: []want{{"dass er die Akten gekannt habe", "Karl Huber", "bestreitet", "Huber", false, false}}},
	})
}
