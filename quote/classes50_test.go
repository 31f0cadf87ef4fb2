package quote

import "testing"

// TestTitleCompoundRole50 (stop 34g, issue 12, fresh seed 1100): "schwärmte „Tanzabend“-Juror
// Karl Bauer" gave the words to the show's title in the marks; a title joined by a hyphen to a
// role is no speaker, the name after the role is, and a role without a name names nobody.
// Guard: a medium's noun after the marks ("„Bild“-Zeitung") keeps the paper as the speaker.
// (The source marks are the mark stage's, unchanged here.) Sentences we wrote.
func TestTitleCompoundRole50(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the role's name after the title",
			text: "Die Sängerin hat gewonnen. „Das war der beste Walzer seit Jahren“, lobte „Tanzabend“-Juror Karl Bauer.",
			want: []want{{"Das war der beste Walzer seit Jahren", "Karl Bauer", "lobte", "„Tanzabend“-Juror Karl Bauer", true, false}}},
		{name: "before the verb",
			text: "„Tanzabend“-Juror Karl Bauer sagte, er sei froh.",
			want: []want{{"er sei froh", "Karl Bauer", "sagte", "Juror Karl Bauer", false, false}}},
		{name: "a role alone",
			text: "Sie hat gewonnen. „Das war der beste Walzer seit Jahren“, lobte der „Tanzabend“-Juror.",
			want: []want{{"Das war der beste Walzer seit Jahren", "", "lobte", "der „Tanzabend“", true, false}}},
		{name: "guard: a paper's name",
			text: "Die „Rundschau“-Zeitung berichtete, der Minister sei froh.",
			want: []want{{"der Minister sei froh", "Rundschau", "berichtete", "Zeitung", false, false}}},
	})
}

// TestMeansTerm50 (stop 34g, issue 12, fresh seed 1100): "In der Jugendsprache meint „Kante“,
// dass …" made the word in marks the speaker of what it means. After a verb that also means
// "to mean" (@m in quote_verbs), a word in marks naming nobody known is no speaker. Sentences
// we wrote.
func TestMeansTerm50(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a term in marks",
			text: "Der Begriff „Kante“ ist neu. In der Jugendsprache meint „Kante“, dass man sehr stark ist.",
			want: []want{{"dass man sehr stark ist", "", "meint", "„Kante“", false, false}}},
		{name: "guard: a person meint",
			text: "Karl Bauer ist Trainer in Kiel. In der Pause meint Bauer, dass man sehr stark ist.",
			want: []want{{"dass man sehr stark ist", "Karl Bauer", "meint", "Bauer", false, false}}},
	})
}

// TestAttributiveVerb50 (stop 34g, issue 12, fresh seed 1100): "Der unter dem Namen X bekannte
// Y war …" read "bekannte" as a speech verb and the sentence after it as what X said. A phrase
// opened by an article and a preposition (or "als") that ends in the verb's form is an
// attribute before its noun; without a comma after it, the words that follow report nothing.
// Guard: "Karl Bauer bekannte, er sei …" stays. Sentences we wrote.
func TestAttributiveVerb50(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "an extended attribute",
			text: "Die Firma hat geklagt. Der unter dem Namen Maxi Fuchs bekannte Karl Bauer war in den 90er Jahren ein Star geworden.",
			not:  []string{"Karl Bauer war in den 90er Jahren ein Star geworden"}},
		{name: "a list of names in the attribute",
			text: "Die Firma hat geklagt. Der unter den Namen Maxi, M. Fuchs und Fuchsi bekannte Bauer war ein Star geworden.",
			not:  []string{"Bauer war ein Star geworden"}},
		{name: "after als",
			text: "Die Firma hat geklagt. Der als Maxi Fuchs bekannte Sänger ist ein Star.",
			not:  []string{"Sänger ist ein Star"}},
		{name: "guard: the verb",
			text: "Die Firma hat geklagt. Karl Bauer bekannte, er sei ein Star gewesen.",
			want: []want{{"er sei ein Star gewesen", "Karl Bauer", "bekannte", "Karl Bauer", false, false}}},
	})
}

// TestEpithetBeforeName50 (stop 34g, issue 12, fresh seed 1100): "dass er mit seinem „Schatz“
// Eva Weber Urlaub machte" made the pet name in marks a quotation of the man reported. Nouns in
// marks after an article or a possessive, right before a person's name in the same sentence,
// are what the writer calls that person. Guards: a genitive name after the marks ("von der
// „Meisterleistung“ Bauers") and an adjective in marks ("Der „kluge“ Paul") stay quotations.
// Sentences we wrote.
func TestEpithetBeforeName50(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a pet name",
			text: "Paul Sommer war im Urlaub. Sommer verriet auch, dass er mit seinem „Schatz“ Eva Weber einen Urlaub verbrachte.",
			want: []want{{"dass er mit seinem „Schatz“ Eva Weber einen Urlaub verbrachte", "Paul Sommer", "verriet", "Sommer", false, false}},
			not:  []string{"Schatz"}},
		{name: "guard: a genitive name",
			text: "Karl Bauer ist Trainer in Kiel. Präsident Paul Sommer schwärmte nach dem Spiel von der „Meisterleistung“ Bauers.",
			want: []want{{"Meisterleistung", "Paul Sommer", "schwärmte", "Präsident Paul Sommer", true, true}}},
		{name: "guard: an adjective",
			text: "Paul Sommer lobte den Spieler. Der „kluge“ Karl Bauer habe sehr gut gearbeitet.",
			want: []want{{"kluge", "Paul Sommer", "", "Paul Sommer", true, true}}},
	})
}

// TestOwnIndicativeSubject50 (stop 34g, issue 12, fresh seed 1100): "Die Nachrichtenagentur
// Reuters hatte von Insidern erfahren, dass es sich um Nissan gehandelt habe" was taken whole
// for the continuation of the company's report two sentences before. A sentence opened by
// another name (after at most an article and nouns) with an indicative verb holds its
// Konjunktiv in the clause that verb governs; it continues no one's report. Guard: the same
// speaker's name opening a Konjunktiv main clause still continues. Sentences we wrote.
func TestOwnIndicativeSubject50(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "another name learned it",
			text: "Die Firma Lumo warnte im Februar, dass ohne Geld die Existenz gefährdet sei. Seitdem blieben Gespräche ohne Ergebnis. Die Nachrichtenagentur Rundschau hatte von Insidern erfahren, dass es sich um den Hersteller Nissan gehandelt habe.",
			want: []want{{"dass ohne Geld die Existenz gefährdet sei", "Firma Lumo", "warnte", "Die Firma Lumo", false, false}},
			not:  []string{"Die Nachrichtenagentur Rundschau hatte von Insidern erfahren, dass es sich um den Hersteller Nissan gehandelt habe"}},
		{name: "guard: a Konjunktiv main clause",
			text: "Karl Bauer warnte am Montag, dass die Existenz gefährdet sei. Die Firma habe kein Geld mehr, weil die Kunden fehlten.",
			want: []want{{"Die Firma habe kein Geld mehr, weil die Kunden fehlten", "Karl Bauer", "", "Karl Bauer", false, false}}},
	})
}
