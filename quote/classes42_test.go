package quote

import "testing"

// TestIndirectQuestions42 (stop 31c, issue 12): the fresh sample of seed 400
// (evaluate/quotes/testdata/fresh-de-400.json) named a speaker twice for an indirect question
// that announces what someone will tell ("Wer …, verrät er im Interview", "Wie sie …, erzählt X
// am 13. Juni"): the question is the reporter's, not the person's words, so the clause keeps its
// cue and source words but names nobody. Guards keep the statements that open with an
// interrogative and go on in a main clause. Sentences we wrote.
func TestIndirectQuestions42(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "two questions joined by und, then the cue and a pronoun",
			text: "Für die Musik hat Karl Bauer seine Familie lange zurückgestellt. Wer seine Lehrer waren und was ihn heute antreibt, verrät er im Gespräch.",
			want: []want{{"Wer seine Lehrer waren und was ihn heute antreibt", "", "verrät", "er", false, false}}},
		{name: "wie with a name after the cue",
			text: "Der Hof liegt seit Jahren am Rand der Stadt. Wie sie mit hohen Preisen umgeht und ihre Kühe gesund hält, erzählt Anna Roth am Montag im Rathaus.",
			want: []want{{"Wie sie mit hohen Preisen umgeht und ihre Kühe gesund hält", "", "erzählt", "Anna Roth", false, false}}},
		{name: "questions separated by commas",
			text: "Paul Sommer hat im Sommer das Team verlassen. Warum er ging, wohin er wechselt und wann er zurückkommt, erklärt Sommer in einem Video.",
			want: []want{{"Warum er ging, wohin er wechselt und wann er zurückkommt", "", "erklärt", "Sommer", false, false}}},
		{name: "guard: an interrogative opening a subject clause, then a main clause",
			text: "Paul Sommer leitet den Verein seit Jahren. Was wir jetzt brauchen, ist eine neue Halle, sagte Sommer am Abend.",
			want: []want{{"Was wir jetzt brauchen, ist eine neue Halle", "Paul Sommer", "sagte", "Sommer", false, false}}},
		{name: "guard: wie of a comparison in a clause in the Konjunktiv",
			text: "Anna Roth verlor im Winter ihren Mann. Wie ein Gespenst habe sie sich danach gefühlt, sagte Roth später.",
			want: []want{{"Wie ein Gespenst habe sie sich danach gefühlt", "Anna Roth", "sagte", "Roth", false, false}}},
		{name: "guard: a statement with no interrogative",
			text: "Anna Roth führt den Hof seit Jahren. Die Preise steigen und die Kühe bleiben gesund, erzählt Anna Roth am Montag.",
			want: []want{{"Die Preise steigen und die Kühe bleiben gesund", "Anna Roth", "erzählt", "Anna Roth", false, false}}},
	})
}

// TestScareQuotes42 (stop 31c, issue 12): the fresh samples of seeds 400 and 500 named a
// speaker for one function word in quotation marks inside a headline ("erklärt „sein“ Real
// Madrid"): the writer's distance from a word, not anyone's words. A guard keeps a word of
// substance. Sentences we wrote.
func TestScareQuotes42(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a possessive in quotation marks",
			text: "Am Montag um 16 Uhr: Karl Bauer erklärt „sein“ Hamburg",
			not:  []string{"sein"}},
		{name: "an article in quotation marks",
			text: "Anna Roth beschreibt im Gespräch „die“ Stadt ihrer Kindheit.",
			not:  []string{"die"}},
		{name: "guard: one word of substance is what someone said",
			text: "Paul Sommer nannte den Plan am Montag „unverantwortlich“.",
			want: []want{{"unverantwortlich", "Paul Sommer", "nannte", "Paul Sommer", true, true}}},
	})
}

// TestInterviewMedium42 (stop 31c, issue 12): the fresh sample of seed 500 named a speaker for
// a paper's name in quotation marks after "In einem Interview mit" (no article), and the
// stream has more after "im Gespräch mit" and "gegenüber der": the medium spoken to, not
// words anyone said. A guard keeps a word given as a reason after "mit". Sentences we wrote.
func TestInterviewMedium42(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a paper after Interview mit, a cue after it",
			text: "Anna Roth lebt seit Jahren in Köln. In einem Interview mit „Abendpost“ sagte Anna Roth einmal: „Ich bin hier zu Hause.“",
			not:  []string{"Abendpost"},
			want: []want{{"Ich bin hier zu Hause.", "Anna Roth", "sagte", "Anna Roth", true, false}}},
		{name: "a magazine after im Gespräch mit",
			text: "Das verriet Karl Bauer im Gespräch mit „Wochenblick“ über seine Pläne.",
			not:  []string{"Wochenblick"}},
		{name: "a magazine after gegenüber der",
			text: "Das bestätigte Paul Sommer gegenüber der „Abendzeit“ am Freitag.",
			not:  []string{"Abendzeit"}},
		{name: "guard: a word given as a reason after mit",
			text: "Paul Sommer begründete seine Entscheidung mit „Unwägbarkeiten“ im Kader.",
			want: []want{{"Unwägbarkeiten", "Paul Sommer", "*", "*", true, true}}},
	})
}
