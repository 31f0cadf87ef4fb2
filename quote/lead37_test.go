package quote

import "testing"

// TestSecondVerbSharesSubject (stop 37, issue 12, read in the stream): a speech verb joined by
// "und" to a clause that names its subject after the finite verb ("Am Freitag nahm er
// Stellung und erklärte: „…“", "berichtete Anna X nach dem Spiel und kündigte an: „…“") left
// the speaker empty: only a name right before "und" was read. The subject of the first
// conjunct is the second verb's. 74 quotations of the stream named, 70 read right. Guards:
// the phrase must end in the name (a genitive before a noun names whose, not who), a new
// subject after a comma ("…, Weber aber stellte klar") and a subordinate clause ("nachdem X
// den Fehler entdeckt und gemeldet hatte") are not the main clause's, and a pronoun the
// first verb left unresolved stays so. Sentences we wrote.
func TestSecondVerbSharesSubject(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "pronoun after the finite verb",
			text: "Rolf Brenner hatte den Rückzug angedeutet. Am Freitag nahm er bei einem Sender Stellung und erklärte: „Es gibt keine Brüche.“",
			want: []want{{"Es gibt keine Brüche.", "Rolf Brenner", "erklärte", "er", true, false}}},
		{name: "name after the finite verb",
			text: "Der Streit ging weiter. Am Dienstag ergriff Tobias Wendler das Wort und sagte: „Das gehört nicht zu uns.“",
			want: []want{{"Das gehört nicht zu uns.", "Tobias Wendler", "sagte", "*", true, false}}},
		{name: "quotation first, then two verbs",
			text: "Die Nacht war lang. „Die Nacht war kurz“, berichtete Svenja Hallmann einige Stunden nach dem Titel und kündigte an: „Heute feiern wir noch einmal.“",
			want: []want{
				{"Die Nacht war kurz", "Svenja Hallmann", "berichtete", "*", true, false},
				{"Heute feiern wir noch einmal.", "Svenja Hallmann", "kündigte", "*", true, false}}},
		{name: "an adverb before the subject",
			text: "Die Sitzung wurde unterbrochen. Auch die Abgeordnete Carla Klose äußerte sich zu der Lage und sagte: „Das ist unwürdig.“",
			want: []want{{"Das ist unwürdig.", "Carla Klose", "sagte", "*", true, false}}},
		{name: "the frame of a clause before, with the medium spoken to",
			text: "Dass sein Wort als Verbot gelesen wurde, habe ihn überrascht, erklärte Jochen Brammer der „Abendpost“ und versicherte: „Jeder darf es weiter sagen.“",
			want: []want{{"Jeder darf es weiter sagen.", "Jochen Brammer", "versicherte", "*", true, false}}},
		{name: "guard: the object of a speech verb after its subject",
			text: "Die Sängerin Eva Brandl dementierte eine Liebschaft mit Florian Silberhorn in einem Interview und erklärte den Song: „Wir haben aus den Gerüchten ein Lied gemacht.“",
			want: []want{{"Wir haben aus den Gerüchten ein Lied gemacht.", "Eva Brandl", "erklärte", "*", true, false}}},
		{name: "guard: a pronoun the first verb left unnamed",
			text: "Das Turnier ging zu Ende. Im Halbfinale traf Tom Weller auf Max Berger. „Es ist schwer“, sagte er und führte aus: „Zum ersten Mal stehe ich im Finale.“",
			want: []want{
				{"Es ist schwer", "", "sagte", "er", true, false},
				{"Zum ersten Mal stehe ich im Finale.", "", "führte", "*", true, false}}},
	})
}

// TestObliqueAfterMorePrepositions (stop 37, issue 12, read in the stream): "Im Team muss er
// sich hinter Kai X anstellen. Gegen Schottland traf er und freut sich „riesig“" gave the
// words to the man the player queues behind: "hinter" was not read as a preposition, so the
// name after it counted as whom the paragraph is about. Now either could be meant, so nobody.
// Sentences we wrote.
func TestObliqueAfterMorePrepositions(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "behind someone",
			text: "Niclas Brenner: Dreimal saß der Stürmer auf der Bank. Im Team muss er sich hinter Trainer Karl Havel anstellen. „Ich freue mich riesig“, sagte er.",
			want: []want{{"Ich freue mich riesig", "", "sagte", "er", true, false}}},
	})
}

// TestPronounAfterJoinedNames (stop 37, issue 12, read in the stream): "Tom X und Max Y
// spielten. „…“, sagte er" gave the words to the nearer of two men named side by side; either
// could be meant. Guard: a woman beside him ("Ina und Lutz Richter … sagt er") does not stand
// in the way. 3 wrong speakers of the stream left empty, 1 right one lost. Sentences we wrote.
func TestPronounAfterJoinedNames(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "two men",
			text: "Tom Weller und Max Berger spielten lange. „Es ist schwer“, sagte er.",
			want: []want{{"Es ist schwer", "", "sagte", "er", true, false}}},
		{name: "guard: a woman and a man",
			text: "Am Ende erwägen Ina und Lutz Richter, ein Drama zu inszenieren. „Wir reißen ein Foto durch“, sagt er.",
			want: []want{{"Wir reißen ein Foto durch", "Lutz Richter", "sagt", "er", true, false}}},
	})
}

// TestSubjectAfterTheFiniteVerbBefore (stop 37, issue 12, read in the stream): "Sorge hat
// Niederlande-Trainer Ronald X deswegen nicht. „…“, sagte er" left the speaker empty when
// someone else had spoken last: the sentence before was read for its subject only when it
// opened with it. An object or adverbial may come first; the person right after the finite
// verb is then the subject, unless another person is named after it in its clause ("Unterstützung
// erhielt X von Y"). 13 quotations of the stream named, all read right. Sentences we
// wrote.
func TestSubjectAfterTheFiniteVerbBefore(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "object first",
			text: "„Wir spielen zu Hause“, sagte Präsident Karl Brenner.\n" +
				"Die Türkei rechnet mit einem Heimspiel. Sorge hat Trainer Ronald Kessler deswegen aber nicht. „Ich denke, es wird schön“, sagte er.",
			want: []want{
				{"Wir spielen zu Hause", "Karl Brenner", "sagte", "*", true, false},
				{"Ich denke, es wird schön", "Ronald Kessler", "sagte", "er", true, false}}},
		{name: "guard: someone else named after the subject",
			text: "„Wir spielen zu Hause“, sagte Präsident Karl Brenner.\n" +
				"Die Wahl ist gefallen. Unterstützung erhielt Brenner auch von Ministerpräsident Daniel Gerber. „Ich werde Karl Brenner unterstützen“, sagte er.",
			want: []want{
				{"Wir spielen zu Hause", "Karl Brenner", "sagte", "*", true, false},
				{"Ich werde Karl Brenner unterstützen", "", "sagte", "er", true, false}}},
	})
}
