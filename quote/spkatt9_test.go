package quote

import "testing"

// TestDecisionVerbs (issue 12, spkatt9): a verb of deciding (@d: "beschloss", "entschied",
// "erwägt") reports the clause it governs when a body decides in the main clause that opens
// the sentence, or in the passive with no one named; a person's own decision, a reflexive one
// ("entschied sich"), one in a relative clause and the adverb "entschieden" before another
// participle report nothing. Sentences we wrote.
func TestDecisionVerbs(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a body decides, zu infinitive",
			text: "Der Landesverband hatte beschlossen, eine Studie zur Geschichte des Ordens in Auftrag zu geben.",
			want: []want{{"eine Studie zur Geschichte des Ordens in Auftrag zu geben", "Landesverband", "beschlossen", "Der Landesverband", false, false}}},
		{name: "a court decides, dass clause",
			text: "Das Gericht hat am Dienstag entschieden, dass die Stadt Talheim die Kosten tragen muss.",
			want: []want{{"dass die Stadt Talheim die Kosten tragen muss", "", "entschieden", "Das Gericht", false, false}}},
		{name: "a body decides, Konjunktiv clause",
			text: "Die Behörde entschied, die Fähre bleibe einen Tag länger im Hafen.",
			want: []want{{"die Fähre bleibe einen Tag länger im Hafen", "", "entschied", "Die Behörde", false, false}}},
		{name: "a company weighs a step",
			text: "Der Konzern erwägt, das Werk in Talheim zu schließen.",
			want: []want{{"das Werk in Talheim zu schließen", "", "erwägt", "Der Konzern", false, false}}},
		{name: "the passive names nobody",
			text: "Auf der Sitzung wurde beschlossen, eine Abordnung nach Lindenau zu schicken.",
			want: []want{{"eine Abordnung nach Lindenau zu schicken", "", "beschlossen", "", false, false}}},
		{name: "guard: a person's decision",
			text: "Anna Berg hatte damals beschlossen, ihre Bäckerei in Talheim zu verkaufen.",
			not:  []string{"ihre Bäckerei in Talheim zu verkaufen"}},
		{name: "guard: reflexive",
			text: "Die Firma entschied sich hingegen, das Werk in Talheim zu behalten.",
			not:  []string{"das Werk in Talheim zu behalten"}},
		{name: "guard: a relative clause",
			text: "Es gibt Gesetze, die vom Landtag entschieden werden müssen, bevor die Regierung handeln kann.",
			not:  []string{"bevor die Regierung handeln kann"}},
		{name: "guard: the adverb before another participle",
			text: "Der Minister Karl Huber hat den Vorwurf entschieden zurückgewiesen, er habe gelogen.",
			want: []want{{"er habe gelogen", "Karl Huber", "zurückgewiesen", "Der Minister Karl Huber", false, false}}},
		{name: "guard: a reflexive choice inside a report keeps the report's speaker",
			text: "Der Ministerpräsident Karl Huber sprach am Abend in Talheim. Er sei allen Menschen dankbar, die sich nun für die Mitte entschieden hätten, sagte Huber.",
			want: []want{{"Er sei allen Menschen dankbar, die sich nun für die Mitte entschieden hätten", "Karl Huber", "sagte", "Huber", false, false}}},
	})
}

// TestSayingNounGenitives (issue 12, spkatt9): a noun of saying whose genitive names the
// speaker frames the zu infinitive after it also after an indefinite article ("trotz einer
// Warnung der Wärter, …"), with a possessive genitive ("der Ankündigung ihres Trainers, …")
// and past a name in apposition to the genitive; an indefinite noun with no genitive names
// nobody and frames nothing. Sentences we wrote.
func TestSayingNounGenitives(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "an indefinite article before the noun",
			text: "Der Ausbruch gelang trotz einer Warnung der Wärter, auf fliehende Häftlinge zu schießen.",
			want: []want{{"auf fliehende Häftlinge zu schießen", "", "Warnung", "der Wärter", false, false}}},
		{name: "a possessive genitive and a name in apposition",
			text: "Trotz der Ankündigung ihres Trainers, Karl Huber, die Zusammenarbeit mit Talheim zu beenden, siegt die Mannschaft weiter.",
			want: []want{{"die Zusammenarbeit mit Talheim zu beenden", "Karl Huber", "Ankündigung", "ihres Trainers, Karl Huber", false, false}}},
		{name: "guard: an indefinite noun with no genitive",
			text: "Eine Warnung, auf die Straße zu achten, gab es in Talheim nicht.",
			not:  []string{"auf die Straße zu achten"}},
	})
}
