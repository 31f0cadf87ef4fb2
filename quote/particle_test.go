package quote

import "testing"

// TestCapitalParticle (stop 35, issue 12): a surname with particles opening a sentence ("Von
// der Marwitz bekräftigte …") was dropped as a name, so "sie" after it looked back to the
// paragraph before, found two men and named nobody. The capitalised particle belongs to the
// name there; and "Von", a given name in the census tables, does not make "Von der Marwitz",
// given twice, a fuller form than "Helga von der Marwitz" (it had, of a man's given name, so
// "sie" disagreed). Guard: a preposition "Von" opening a sentence names nobody. Sentences we
// wrote.
func TestCapitalParticle(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "she after the surname with particles",
			text: "Von der Marwitz nennt Reederei gierig\n" +
				"Wirtschaftsministerin Helga von der Marwitz (SPD) hat die Reederei scharf angegriffen. Sie sprach am Montag in Kiel.\n" +
				"Auch Karl Bauer und Peter Holm griffen die Reederei an.\n" +
				"Von der Marwitz bekräftigte das Ziel, die Werft zu stärken. In diesem Zusammenhang forderte sie, der Hafen müsse ausgebaut werden.",
			want: []want{{"der Hafen müsse ausgebaut werden", "Helga von der Marwitz", "forderte", "sie", false, false}}},
		{name: "guard: a preposition before a place",
			text: "Karl Bauer und Peter Holm kamen nach Kiel.\nVon der Werft in Kiel kam gute Nachricht. Sie sagte, die Stadt sei stark.",
			want: []want{{"die Stadt sei stark", "", "sagte", "Sie", false, false}}},
	})
}

// TestPrepositionalObjectBeforeVerb (stop 35, issue 12, read in the stream): "In dem Schreiben
// an Serafin erklärte von der Leyen, …" credited the letter's addressee, and "Mitarbeiter aus
// dem Bundestag werfen … vor" the Bundestag: in a main clause the phrase after a preposition
// before the verb is an object or the tail of the subject, never the subject. Guard: a relative
// clause "in dem Karl Bauer schildert" keeps its subject. Sentences we wrote.
func TestPrepositionalObjectBeforeVerb(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a letter's addressee",
			text: "Helga von der Marwitz ernennt Karl Bauer. In dem Schreiben an Bauer erklärte von der Marwitz, sie wolle einen neuen Haushalt.",
			want: []want{{"sie wolle einen neuen Haushalt", "Helga von der Marwitz", "erklärte", "von der Marwitz", false, false}}},
		{name: "the tail of the subject",
			text: "Die Partei hat Streit. Mitarbeiter aus dem Landtag werfen der Führung vor, sie jahrelang gemobbt zu haben.",
			want: []want{{"sie jahrelang gemobbt zu haben", "", "werfen", "Mitarbeiter aus dem Landtag", false, false}}},
		{name: "guard: a relative clause",
			text: "Die Klage war Thema eines Berichts, in dem Karl Bauer schildert, dass der Fall Folgen für ihn hatte.",
			want: []want{{"dass der Fall Folgen für ihn hatte", "Karl Bauer", "schildert", "Karl Bauer", false, false}}},
	})
}

// TestInvertedFrameAfterReport (stop 35, issue 12, read in the stream): "Er sei überzeugt,
// betonte Karl Bauer, „dass …“" gave the words in marks to whoever "Er" resolved to (a paper
// named across a heading): after a reported clause in Konjunktiv, the name right after the
// verb is the verb's subject. Guard: "…, betonte aber" with no name after it keeps the subject
// that opens the sentence. Sentences we wrote.
func TestInvertedFrameAfterReport(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the name after the verb",
			text: "Und die Zeitung Rundblick jubelte: „Endlich!“\nHalbfinale in Kiel\nDie Zuversicht im Verein ist groß. Er sei überzeugt, betonte Karl Bauer, „dass wir weit kommen können.“",
			want: []want{{"dass wir weit kommen können.", "Karl Bauer", "betonte", "Karl Bauer", true, true}}},
	})
}

// TestPartyEpithetOfAnother (stop 35, issue 12, read in the stream): "… bestätigte
// Politikwissenschaftlerin Anna Roth. … gestand auch die FDP-Politikerin ein" gave the FDP
// politician's words to the scientist named last. The party before the hyphen goes with the
// person the text put beside it a little before, so the nearest name is not meant: nobody.
// Guard: with the party-mate named only far back, "Bundesinnenministerin Eva Kurz … Die
// SPD-Politikerin sprach von …" stays hers. Sentences we wrote.
func TestPartyEpithetOfAnother(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the party's politician is someone else",
			text: "Zu Gast waren Anna Roth und Helga Marwitz (FDP).\nDie Waffen würden damit zum Teil der Popkultur, bestätigte Politikwissenschaftlerin Anna Roth.\nDass sie polarisiere, sei nicht falsch, gestand auch die FDP-Politikerin ein.",
			want: []want{{"Dass sie polarisiere, sei nicht falsch", "", "gestand", "die FDP-Politikerin", false, false}}},
		{name: "guard: an epithet before the verb whose object is another",
			text: "Helga Marwitz rudert zurück. Sie habe sich hinreißen lassen, erklärte Marwitz am Montag in Berlin. Die FDP-Politikerin hatte Karl Bauer einen Rechthaber genannt.\nMit Blick auf Kinder betonte die FDP-Politikerin, sie setze sich für sie ein.",
			want: []want{{"sie setze sich für sie ein", "Helga Marwitz", "betonte", "die FDP-Politikerin", false, false}}},
		{name: "guard: the party-mate far back",
			text: "SPD-Chef Karl Bauer kam früh.\nDer Saal war voll.\nDie Musik spielte laut.\nDie Gäste tanzten lange.\nDas Essen war gut.\nBundesinnenministerin Eva Kurz meldete sich zu Wort. Die SPD-Politikerin sagte, die Lage sei ernst.",
			want: []want{{"die Lage sei ernst", "Eva Kurz", "sagte", "Die SPD-Politikerin", false, false}}},
	})
}

// TestLongMiddleField (stop 35, issue 12, fresh seed 1300): "Das Komitee hatte schon vor den
// Spielen „…“ gegen Karl Bauer beklagt" gave the words to the man after "gegen": the
// auxiliary stood more than twelve words before the participle, so the subject before it was
// not found. A German middle field runs longer; the subject before the auxiliary speaks.
// Sentences we wrote.
func TestLongMiddleField(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "fifteen words between auxiliary and participle",
			text: "Karl Bauer boxt in Paris. Das Komitee hatte schon vor den Spielen „bösartige und unethische Angriffe“ gegen Karl Bauer beklagt.",
			want: []want{{"bösartige und unethische Angriffe", "", "beklagt", "*", true, true}}},
		{name: "a person as the subject",
			text: "Anna Roth boxt in Paris. Trainerin Eva Kurz hatte schon vor den Spielen im Sommer „bösartige und unethische Angriffe“ gegen Anna Roth beklagt.",
			want: []want{{"bösartige und unethische Angriffe", "Eva Kurz", "beklagt", "*", true, true}}},
	})
}

// TestNamedInOwnClause (stop 35, issue 12, fresh seed 1300): "„…“, stellte der 27-Jährige nach
// dem Duell dem Norweger Paul Sommer fest" gave the words to Sommer, named the paragraph before
// too: a person named after the epithet in its own clause is someone else, there and further
// back. Sentences we wrote.
func TestNamedInOwnClause(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the opponent named after the epithet",
			text: "Karl Bauer hat sich ins Viertelfinale gekämpft. Gegen Paul Sommer musste der Deutsche über fünf Sätze zittern.\n„Ich bin froh, dass ich überlebt habe“, stellte der 27-Jährige nach dem Duell mit dem Norweger Paul Sommer fest.",
			want: []want{{"Ich bin froh, dass ich überlebt habe", "Karl Bauer", "stellte", "*", true, false}}},
	})
}

// TestPluralClauseVerb (stop 35, issue 12, fresh seed 1300): "…, wie sie im Internet
// mitteilten" read "sie" as a woman (or a thing the tagger named) because the plural verb ends
// the clause instead of standing beside the pronoun: a group, nobody named. Guard: "wie sie
// im Internet mitteilte" stays hers. Sentences we wrote.
func TestPluralClauseVerb(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a plural verb at the clause's end",
			text: "Anna Roth kam mit. Am Abend sollte „ein Zeichen für Toleranz“ gesetzt werden, wie sie im Internet mitteilten.",
			want: []want{{"Am Abend sollte „ein Zeichen für Toleranz“ gesetzt werden", "", "mitteilten", "*", false, false}}},
		{name: "guard: singular",
			text: "Anna Roth kam mit. Am Abend sollte „ein Zeichen für Toleranz“ gesetzt werden, wie sie im Internet mitteilte.",
			want: []want{{"Am Abend sollte „ein Zeichen für Toleranz“ gesetzt werden", "Anna Roth", "mitteilte", "*", false, false}}},
	})
}
