package quote

import "testing"

// TestGenitiveJustBeforeIsNotTheSubject (issue 12): a person named in the sentence before only
// as the owner of something ("Bergers Aufschlag", "Lauterbachs Gesetz") is not whom that
// sentence is about; a pronoun after it goes on with its subject, or with nobody when the
// subject is not read. Sentences we wrote.
func TestGenitiveJustBeforeIsNotTheSubject(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the possessor after the subject, the subject carries on",
			text: "Karl Berger gewann das Halbfinale. Auch Tom Fischer hatte Probleme, Bergers Aufschlag zu lesen. „Das war schwer“, sagte er.",
			want: []want{{"Das war schwer", "Tom Fischer", "sagte", "er", true, false}}},
		{name: "the possessor of what an apposed speaker judges, nobody rather than the owner",
			text: "Der Minister Karl Lauber hat ein neues Register vorgestellt. Der Vorsitzende des Verbandes, Jonas Mertens, sieht dennoch Laubers Register positiv. Der Zeitung sagte er, der Start sei ein richtiger Schritt.",
			want: []want{{"der Start sei ein richtiger Schritt", "", "sagte", "er", false, false}}},
		{name: "control: a subject named last carries on",
			text: "Karl Berger gewann das Halbfinale. Danach lobte Tom Fischer den Gegner. „Das war schwer“, sagte er.",
			want: []want{{"Das war schwer", "Tom Fischer", "sagte", "er", true, false}}},
	})
}

// TestPronounNotNamedInWhatItSays (issue 12): "Er sagte, …, dass Biden …" — the person named in
// what the pronoun says is spoken of, not the speaker, even when named last before it. Sentences
// we wrote.
func TestPronounNotNamedInWhatItSays(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the person the message names is not the pronoun: the subject before is",
			text: "Der Vorsitzende der Fraktion, Karl Weber, zollte Jonas Brandt Respekt. Er sagte, der heutige Tag zeige, dass Brandt ein guter Mann sei.",
			want: []want{{"der heutige Tag zeige, dass Brandt ein guter Mann sei", "Karl Weber", "sagte", "Er", false, false}}},
		{name: "the daughter named in the mother's words",
			text: "Die Mutter von Lena Vogt lebt bis heute im Dorf. Noch heute bekräftigt sie, sie sei dagegen gewesen, dass Lena zur Schule ging.",
			want: []want{{"sie sei dagegen gewesen, dass Lena zur Schule ging", "", "bekräftigt", "sie", false, false}}},
		{name: "control: the message names someone else, the pronoun goes on with the one before",
			text: "Karl Weber sprach am Abend im Landtag. Er sagte, der heutige Tag zeige, dass Brandt ein guter Mann sei.",
			want: []want{{"der heutige Tag zeige, dass Brandt ein guter Mann sei", "Karl Weber", "sagte", "Er", false, false}}},
	})
}

// TestKonjunktivMainAfterSubordinate (issue 12): "Obwohl …, glaube er, dass …, schrieb X": a
// sentence opening with a subordinate clause whose main clause, verb first, is in the
// Konjunktiv is what X wrote; a subordinate clause alone before the verb is not ("Weil es
// regnete, sagte er ab"). Sentences we wrote.
func TestKonjunktivMainAfterSubordinate(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "Obwohl, then the Konjunktiv main clause",
			text: "Karl Brenner will nicht mehr antreten. Obwohl es seine Absicht gewesen sei, glaube er, dass es besser sei, schrieb Brenner in einer Erklärung.",
			want: []want{{"Obwohl es seine Absicht gewesen sei, glaube er, dass es besser sei", "Karl Brenner", "schrieb", "Brenner in einer Erklärung", false, false}}},
		{name: "Weil, then a modal in the Konjunktiv",
			text: "Anna Roth verlässt den Verein. Weil der Vertrag ende, wolle sie neu beginnen, sagte Roth am Montag.",
			want: []want{{"Weil der Vertrag ende, wolle sie neu beginnen", "Anna Roth", "sagte", "Roth", false, false}}},
		{name: "guard: a subordinate clause alone frames an act",
			text: "Karl Brenner kam nicht. Weil es regnete, sagte er das Fest ab.",
			not:  []string{"Weil es regnete"}},
	})
}

// TestCoordinatedClauseAfterIntransitiveCue (issue 12): "Der Präsident spricht, aber er ist kaum
// zu verstehen": a clause joined by "aber"/"und" after a speech verb whose subject opens the
// clause is the writer's, not what was said. Sentences we wrote.
func TestCoordinatedClauseAfterIntransitiveCue(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "aber after spricht",
			text: "Der Präsident Karl Brenner kam spät. Der Präsident spricht, aber er ist kaum zu verstehen.",
			not:  []string{"aber er ist kaum zu verstehen"}},
		{name: "und after redet",
			text: "Karl Brenner steht am Pult. Brenner redet, und die Halle wird still.",
			not:  []string{"und die Halle wird still"}},
	})
}

// TestSubjectAfterColon (issue 12): "Zustimmung kam aus Deutschland: Der Sprecher der SPD im
// Bundestag, Schmid, erklärte, …": the clause after a colon is the verb's own, so the role and
// its apposed name are the subject, never the body inside the role's phrase; a colon in a score
// or in brackets opens no clause. Sentences we wrote.
func TestSubjectAfterColon(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "role and apposed name after a colon",
			text: "Zustimmung kam auch aus Deutschland: Der Sprecher der SPD im Bundestag, Schmid, erklärte, die Lage sei ernst.",
			want: []want{{"die Lage sei ernst", "Schmid", "erklärte", "Der Sprecher der SPD im Bundestag, Schmid", false, false}}},
		{name: "a name after a colon with an auxiliary",
			text: "Die Warnung kam früh: Karl Brenner hatte in Talheim betont, neue Hilfen würden rückwirkend gelten.",
			want: []want{{"neue Hilfen würden rückwirkend gelten", "Karl Brenner", "betont", "Karl Brenner", false, false}}},
		{name: "a colon in brackets opens no clause",
			text: "Kapitän Tom Weller (Gehalt im Jahr: 9 Millionen Euro) kommentierte den Wechsel mit den Worten: „Viel Geld!“",
			want: []want{{"Viel Geld!", "Tom Weller", "kommentierte", "Kapitän Tom Weller", true, false}}},
	})
}

// TestPartyMemberIsAPerson (issue 12): "so die Grüne", "so der Linke": a member of the party,
// the person named before, never the party; "so die Linke" is the party. Sentences we wrote.
func TestPartyMemberIsAPerson(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "die Grüne after a Green politician",
			text: "Die Thüringerin Katrin Berger zeigt sich schockiert. \"Die Wahl ist eine Zäsur\", schrieb die Grünen-Politikerin auf X. \"Das muss ein Weckruf sein\", so die Grüne.",
			want: []want{
				{"Die Wahl ist eine Zäsur", "Katrin Berger", "schrieb", "die Grünen-Politikerin", true, false},
				{"Das muss ein Weckruf sein", "Katrin Berger", "so", "die Grüne", true, false}}},
		{name: "der Linke after a man",
			text: "Der Abgeordnete Karl Brenner war enttäuscht. \"Das ist bitter\", so der Linke.",
			want: []want{{"Das ist bitter", "Karl Brenner", "so", "der Linke", true, false}}},
	})
}

// TestReportAfterWritersColon (issue 12): "Kühnert zieht einen Schlussstrich: Er müsse sich um
// seine Gesundheit kümmern, sagte er": the writer's words before a colon are no part of the
// reported message the verb after it frames. Sentences we wrote.
func TestReportAfterWritersColon(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the writer's clause before the colon",
			text: "Karl Brenner zieht einen Schlussstrich: Er müsse sich um seine Gesundheit kümmern, sagte Brenner am Montag.",
			want: []want{{"Er müsse sich um seine Gesundheit kümmern", "Karl Brenner", "sagte", "Brenner", false, false}}},
		{name: "a Konjunktiv before the colon keeps the whole",
			text: "Es gebe nur einen Weg: Man müsse jetzt handeln, sagte Karl Brenner.",
			want: []want{{"Es gebe nur einen Weg: Man müsse jetzt handeln", "Karl Brenner", "sagte", "Karl Brenner", false, false}}},
	})
}

// TestSourceWithExtendedAttribute (issue 12): "Nach Angaben einer der Hisbollah nahestehenden
// Quelle": a name inside a participle's phrase before the source's head noun is not the source;
// the source is the unnamed one the noun gives, and the message starts after it. Sentences we
// wrote.
func TestSourceWithExtendedAttribute(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a source close to a group",
			text: "Nach Angaben einer der Miliz nahestehenden Quelle wurden sechs Häuser in Talheim zerstört.",
			want: []want{{"wurden sechs Häuser in Talheim zerstört", "", "Nach Angaben", "einer der Miliz nahestehenden Quelle", false, false}}},
		{name: "guard: a verb after the source's genitive opens the message",
			text: "Laut einem Bericht der Nordpost haben Bayern und Berlin das Vorhaben abgelehnt.",
			want: []want{{"haben Bayern und Berlin das Vorhaben abgelehnt", "", "Laut", "einem Bericht der Nordpost", false, false}}},
	})
}

// TestTitleGluedIsNoSecondPerson (issue 12): "said Pine County Sheriff Tom Weller" — a place and
// a title the tagger read as a person's name before the person is no subject of its own; the
// person after the title speaks. Sentences we wrote.
func TestTitleGluedIsNoSecondPerson(t *testing.T) {
	runEn6Cases(t, map[string]string{"Pine County Sheriff": per, "Tom Weller": per}, []quoteCase{
		{name: "county sheriff before the name",
			text: "The report was read again this week. “A lot of the things we find now, they found back then,” said Pine County Sheriff Tom Weller.",
			want: []want{{"A lot of the things we find now, they found back then,", "Tom Weller", "said", "Pine County Sheriff Tom Weller", true, false}}},
	})
}

// TestOpponentAfterGegenIsOblique (issue 12): "verwandelte seinen Matchball gegen Lorenzo
// Musetti. „…“, sagte er": the opponent after "gegen" in the sentence before is not whom it is
// about. Sentences we wrote.
func TestOpponentAfterGegenIsOblique(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the opponent is not the pronoun",
			text: "Tom Weller gewann das Halbfinale. Er verwandelte seinen Matchball gegen Karl Brenner und sank zu Boden. „Es ist schwer, das zu beschreiben“, sagte er.",
			want: []want{{"Es ist schwer, das zu beschreiben", "", "sagte", "er", true, false}}},
	})
}
