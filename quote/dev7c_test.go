package quote

import "testing"

// TestPluralPronounInQuestion (issue 12, de dev 7): "sie" beside a plural auxiliary or modal
// ("Hatten sie …?", "Sie hatten gehofft, …") stands for several people, and "Sie" so placed may
// be the polite form that addresses the reader or the one interviewed; either way it is no one
// woman the text named before. An interview question "Hatten sie den Abschied geplant?" after
// naming a presenter and his colleague made the colleague the speaker of his answer. Guards: a
// singular question ("Hatte sie …?", "Würde er …?") still hands the answer to the one asked
// about, and "sagte sie" still names her. Sentences we wrote.
func TestPluralPronounInQuestion(t *testing.T) {
	const lead = "Am Freitag moderiert Jonas Vierling zum letzten Mal die Abendschau. Er hört zusammen mit seiner Kollegin Marta Eichhorn auf. "
	const answer = "Geplant war das nie, aber Marta sah es genauso wie ich."
	runQuoteCasesFull(t, []quoteCase{
		{name: "a plural auxiliary opens the question",
			text: lead + "Hatten sie den gemeinsamen Abschied geplant? „" + answer + "“",
			want: []want{{answer, "", "", "", true, false}}},
		{name: "a plural modal opens the question",
			text: lead + "Wollten sie schon lange gemeinsam gehen? „" + answer + "“",
			want: []want{{answer, "", "", "", true, false}}},
		{name: "a plural auxiliary after the pronoun in a report",
			text: "Die Händlerin Greta Kolb verkauft seit Jahren Fahnen am Markt. Dort stehen heute viele Fans aus Polen. Sie hatten gehofft, dass ihre Mannschaft gewinnt.",
			want: []want{{"dass ihre Mannschaft gewinnt", "", "*", "*", false, false}}},
		{name: "guard: a singular auxiliary opens the question",
			text: "Am Freitag moderiert Marta Eichhorn zum letzten Mal die Abendschau. Hatte sie den Abschied lange geplant? „Geplant war das nie, aber es fühlt sich richtig an.“",
			want: []want{{"Geplant war das nie, aber es fühlt sich richtig an.", "Marta Eichhorn", "", "sie", true, false}}},
		{name: "guard: a singular pronoun after a speech verb",
			text: "Am Freitag moderiert Marta Eichhorn zum letzten Mal die Abendschau. „Geplant war das nie“, sagte sie.",
			want: []want{{"Geplant war das nie", "Marta Eichhorn", "sagte", "sie", true, false}}},
	})
}
