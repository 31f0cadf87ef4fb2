package quote

import "testing"

// TestEpithetBetweenNameAndPronoun7 (issue 12, de dev 7): a pronoun source stayed empty when a
// noun for a person stood between it and the one named: "Der Sportler suchte Streit … So
// nannte er" (an epithet opening its sentence, one the lists also hold as a role) and "ist als
// gelernte Tischlerin bekannt" (what someone is, after "als") were read as
// someone unnamed. Guards: a role the text leaves unnamed ("Der Sprecher …") still blocks, and
// so does an epithet that does not open its sentence. Sentences we wrote.
func TestEpithetBetweenNameAndPronoun7(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "an epithet that is also a role opens the sentence",
			text: "Der Torwart Karl Brenner sorgte mit einer Rede für Ärger. Der Sportler suchte schon früher Streit. So sagte er, dass Regeln nur für andere gelten sollten.",
			want: []want{{"dass Regeln nur für andere gelten sollten", "Karl Brenner", "sagte", "er", false, false}}},
		{name: "what someone is, after als",
			text: "Die Quizspielerin Anna Roth weiß fast alles. Sie kennt sich als promovierte Politikwissenschaftlerin mit Wahlen aus. „Wissen muss Spaß machen“, erklärt sie.",
			want: []want{{"Wissen muss Spaß machen", "Anna Roth", "erklärt", "sie", true, false}}},
		{name: "guard: an unnamed role",
			text: "Der Torwart Karl Brenner sorgte mit einer Rede für Ärger. Der Sprecher des Vereins äußerte sich am Abend. So sagte er, dass man die Rede bedaure.",
			want: []want{{"dass man die Rede bedaure", "", "sagte", "er", false, false}}},
		{name: "guard: an epithet inside its sentence",
			text: "Der Torwart Karl Brenner sorgte mit einer Rede für Ärger. Gestern suchte der Sportler wieder Streit. So sagte er, dass Regeln nur für andere gelten sollten.",
			want: []want{{"dass Regeln nur für andere gelten sollten", "", "sagte", "er", false, false}}},
	})
}

// TestTitledEpithet7 (issue 12, de dev 7): "„…“, so der „Sturm“-Star" read the source as "der
// „Sturm“" and cut it at the closing mark, so nobody spoke. An article, a title in marks and a
// noun joined to it by a hyphen are one epithet, which points back to the person named before;
// with a name after it, that name speaks. Sentences we wrote.
func TestTitledEpithet7(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "so and a titled epithet",
			text: "Der Schauspieler Karl Brenner ist seit dem Film „Sturm“ bekannt.\n„Ich war damals furchtbar aufgeregt“, so der „Sturm“-Star.",
			want: []want{{"Ich war damals furchtbar aufgeregt", "Karl Brenner", "so", "der „Sturm“-Star", true, false}}},
		{name: "a titled role with a name",
			text: "Die Serie läuft seit zehn Jahren.\n„Ich lese jedes Drehbuch zweimal“, sagt die „Nebel“-Kommissarin Anna Roth.",
			want: []want{{"Ich lese jedes Drehbuch zweimal", "Anna Roth", "sagt", "*", true, false}}},
	})
}

// TestQuestionPronoun7 (issue 12, de dev 7): an interview's answer after "Wollten sie das
// Haus verkaufen?" went to the woman named last, though "sie" with a plural verb asks about
// several, and "Sind Sie sensibel?" addresses the one answering. Neither names the speaker;
// "Weiß er schon, …?" still gives the answer to the man asked about. Sentences we wrote.
func TestQuestionPronoun7(t *testing.T) {
	const lead = "Der Bäcker Karl Brenner gibt seinen Laden auf. Er verkauft ihn zusammen mit seiner Schwester Anna Roth.\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "a plural verb",
			text: lead + "Wollten sie das Haus gemeinsam verkaufen? „Darüber reden wir noch in aller Ruhe.“",
			want: []want{{"Darüber reden wir noch in aller Ruhe.", "", "", "", true, false}}},
		{name: "polite address",
			text: lead + "Sind Sie traurig? „Ich bin wohl der weichherzigste Bäcker der ganzen Stadt.“",
			want: []want{{"Ich bin wohl der weichherzigste Bäcker der ganzen Stadt.", "", "", "", true, false}}},
		{name: "guard: a singular question",
			text: lead + "Weiß er schon, was er danach macht? „Das weiß ich noch nicht genau.“",
			want: []want{{"Das weiß ich noch nicht genau.", "Karl Brenner", "", "er", true, false}}},
	})
}

// TestLastQuotedCarriesOn7 (issue 12, de dev 7): "Anna Roth tanzt mit Eva Brandt. „…“, sagte
// sie. „…“" then a paragraph "Sie habe erzählt: „…“" named nobody: the
// woman named last (Brandt) and the one quoted last (Roth) could both be meant. Roth was quoted
// after Brandt was named, with nobody named since: she carries on. Sentences we wrote.
func TestLastQuotedCarriesOn7(t *testing.T) {
	const lead = "Die Tänzerin Anna Roth tanzt mit Eva Brandt. „Ich habe als Kind davon geträumt“, sagte sie. „Jetzt stehe ich wirklich auf dieser Bühne.“\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "quoted after the other was named",
			text: lead + "Sie habe erzählt: „Jeder Abend ist ein Geschenk, und ich freue mich auf die Tournee.“",
			want: []want{{"Jeder Abend ist ein Geschenk, und ich freue mich auf die Tournee.", "Anna Roth", "erzählt", "Sie", true, false}}},
	})
}
