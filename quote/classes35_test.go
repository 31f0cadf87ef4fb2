package quote

import "testing"

// TestSharedSurnameBlocksEpithet (stop 28a, issue 12): an epithet or pronoun resolves to the
// nearest person that agrees, and a bare surname that several full names of the article share
// ("Weber" beside "Karl Weber" and "Erik Weber") is such a person even when the tagger calls
// it an organisation (a firm of that name is named too) or its sex is unknown: the epithet
// never passes over it to the person of the paragraph before (stop 27c: "schrieb der
// Republikaner" went past a bare "Trump" to the Biden before). It names the bare surname, as
// "sagte Weber" does, or no one. Sentences we wrote.
func TestSharedSurnameBlocksEpithet(t *testing.T) {
	const brothers = "Karl Weber und sein Bruder Erik Weber führen seit Jahren den Konzern Weber.\n"
	const other = "Kanzler Otto Lang lobte die Helfer. „Sie haben Großes geleistet“, sagte Lang am Abend.\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "an epithet after a shared surname tagged an organisation",
			text: brothers + other + "Weber selbst gibt sich gelassen. „Es war ein langer Tag“, schrieb der Unternehmer auf seiner Plattform.",
			want: []want{
				{"Sie haben Großes geleistet", "Otto Lang", "sagte", "Lang", true, false},
				{"Es war ein langer Tag", "Weber", "schrieb", "der Unternehmer", true, false}}},
		{name: "a shared surname as the object of the sentence before",
			text: brothers + other + "Nach dem Treffen dankte Weber den Helfern. „Es war ein langer Tag“, schrieb der Unternehmer auf seiner Plattform.",
			want: []want{{"Es war ein langer Tag", "", "schrieb", "der Unternehmer", true, false}}},
		{name: "a pronoun after a shared surname",
			text: brothers + other + "Nach dem Treffen dankte Weber den Helfern. „Es war ein langer Tag“, schrieb er auf seiner Plattform.",
			want: []want{{"Es war ein langer Tag", "", "schrieb", "er", true, false}}},
		{name: "guard: a shared surname the tagger calls a person",
			text: "Donald Trump und sein Sohn Eric Trump besuchten am Abend eine Kundgebung in Ohio.\nPräsident Joe Biden verurteilte den Angriff. „Gewalt hat keinen Platz in unserem Land“, so Biden im Netz.\nTrump selbst gibt sich nach dem Vorfall gelassen. „Es war ein langer Tag“, schrieb der Republikaner auf seiner Plattform.",
			want: []want{
				{"Gewalt hat keinen Platz in unserem Land", "Joe Biden", "so", "Biden", true, false},
				{"Es war ein langer Tag", "Trump", "schrieb", "der Republikaner", true, false}}},
		{name: "guard: one full name of the surname",
			text: "Donald Trump besuchte am Abend eine Kundgebung in Ohio.\nPräsident Joe Biden verurteilte den Angriff. „Gewalt hat keinen Platz in unserem Land“, so Biden im Netz.\nTrump selbst gibt sich nach dem Vorfall gelassen. „Es war ein langer Tag“, schrieb der Republikaner auf seiner Plattform.",
			want: []want{{"Es war ein langer Tag", "Donald Trump", "schrieb", "der Republikaner", true, false}}},
	})
}

// TestNounPhraseSpeechActs (stop 28a): a speech act whose object is a noun phrase, not a
// clause (quote_npacts: "sprach von", "berichtete von", "fordert"), is reported speech of its
// subject, the phrase after the verb the message: SpkAtt's "Reported" events, 217 of the
// development events never found. A subject that names no one who speaks ("Das Unglück
// forderte drei Todesopfer"), a negated act, an appeal ("forderte … auf") and a phrase opened
// by another preposition are none. Sentences we wrote.
func TestNounPhraseSpeechActs(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel.\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "sprach von with an adverb",
			text: lead + "Die Polizei sprach dennoch von einer weitgehend ruhigen Kundgebung.",
			want: []want{{"einer weitgehend ruhigen Kundgebung", "Polizei", "sprach", "Die Polizei", false, false}}},
		{name: "inverted subject",
			text: lead + "In einem Interview sprach Anna Berg von einem großen Erfolg.",
			want: []want{{"einem großen Erfolg", "Anna Berg", "sprach", "Anna Berg", false, false}}},
		{name: "fordert a noun phrase",
			text: lead + "Der Verband fordert die Rücknahme des Gesetzes.",
			want: []want{{"die Rücknahme des Gesetzes", "", "fordert", "Der Verband", false, false}}},
		{name: "a named organisation demands",
			text: lead + "Greenpeace fordert die Vernichtung der Vorräte.",
			want: []want{{"die Vernichtung der Vorräte", "Greenpeace", "fordert", "Greenpeace", false, false}}},
		{name: "media report",
			text: lead + "Andere Medien berichten von zwölf Verletzten.",
			want: []want{{"zwölf Verletzten", "", "berichten", "Andere Medien", false, false}}},
		{name: "an adjective opens the object",
			text: lead + "Der Bürgermeister fordert strengere Regeln für Vermieter.",
			want: []want{{"strengere Regeln für Vermieter", "", "fordert", "Der Bürgermeister", false, false}}},
		{name: "a time before the object",
			text: lead + "Die Gewerkschaft forderte am Mittwoch den Rücktritt des Vorstands.",
			want: []want{{"den Rücktritt des Vorstands", "", "forderte", "Die Gewerkschaft", false, false}}},
		{name: "whom it is asked of before the object",
			text: lead + "Der Verband fordert von der Regierung eine Untersuchung des Vorfalls.",
			want: []want{{"eine Untersuchung des Vorfalls", "", "fordert", "Der Verband", false, false}}},
		{name: "called it something",
			text: lead + "Anna Berg bezeichnete den Plan als großen Fehler.",
			want: []want{{"den Plan als großen Fehler", "Anna Berg", "bezeichnete", "Anna Berg", false, false}}},
		{name: "announced with its particle",
			text: lead + "Die Firma kündigte neue Modelle für den Herbst an.",
			want: []want{{"neue Modelle für den Herbst", "", "kündigte", "Die Firma", false, false}}},
		{name: "assumes, with its particle",
			text: lead + "Die Polizei geht von einem Unfall aus.",
			want: []want{{"einem Unfall", "Polizei", "geht", "Die Polizei", false, false}}},
		{name: "made known",
			text: lead + "Der Bürgermeister gab am Abend die vorläufige Beteiligung bekannt.",
			want: []want{{"die vorläufige Beteiligung", "", "gab", "Der Bürgermeister", false, false}}},
		{name: "pointed out",
			text: lead + "Die Ärztin wies auf die Gefahr für Kinder hin.",
			want: []want{{"die Gefahr für Kinder", "", "wies", "Die Ärztin", false, false}}},
		{name: "expects",
			text: lead + "Die Polizei rechnet mit fünftausend Gästen.",
			want: []want{{"fünftausend Gästen", "Polizei", "rechnet", "Die Polizei", false, false}}},
		{name: "a train leaves from somewhere",
			text: lead + "Der Zug geht von einem anderen Gleis aus.",
			not:  []string{"einem anderen Gleis"}},
		{name: "gave as the reason, a fronted phrase and the subject after the verb",
			text: lead + "Als Grund gab die Behörde die mangelnde Sicherheit der Anlage an.",
			want: []want{{"die mangelnde Sicherheit der Anlage", "", "gab", "die Behörde", false, false}}},
		{name: "pleaded for",
			text: lead + "Die Ministerin plädierte für eine schnelle Reform der Pflege.",
			want: []want{{"eine schnelle Reform der Pflege", "", "plädierte", "Die Ministerin", false, false}}},
		{name: "threatened with",
			text: lead + "Die Gewerkschaft drohte mit weiteren Streiks im Nahverkehr.",
			want: []want{{"weiteren Streiks im Nahverkehr", "", "drohte", "Die Gewerkschaft", false, false}}},
		{name: "put a figure on",
			text: lead + "Die Polizei bezifferte den Schaden auf drei Millionen Euro.",
			want: []want{{"den Schaden auf drei Millionen Euro", "Polizei", "bezifferte", "Die Polizei", false, false}}},
		{name: "a designation without als",
			text: lead + "Anna Berg bezeichnete den Plan gestern.",
			not:  []string{"den Plan gestern"}},
		{name: "a fronted phrase for whom, the subject after the verb",
			text: lead + "Für den Drahtzieher und Ex-Direktor Moll wie auch für den früheren Vorsitzenden Tom Kessler fordert der Staatsanwalt jeweils eine Geldstrafe von 20.000 Euro.",
			want: []want{{"eine Geldstrafe von 20.000 Euro", "", "fordert", "der Staatsanwalt", false, false}}},
		{name: "an accident claims lives",
			text: lead + "Das Unglück forderte drei Todesopfer.",
			not:  []string{"drei Todesopfer"}},
		{name: "negated",
			text: lead + "Er sprach nicht von einem Rücktritt.",
			not:  []string{"einem Rücktritt"}},
		{name: "an appeal",
			text: lead + "Die Opposition forderte die Regierung zum Rücktritt auf.",
			not:  []string{"die Regierung zum Rücktritt auf"}},
		{name: "spoke with someone",
			text: lead + "Die Ministerin sprach am Montag mit den Eltern von drei Schülern.",
			not:  []string{"drei Schülern"}},
	})
}

// TestSollAfterReport (stop 28a): right after a report in the sentence before (same
// paragraph), a main clause with a present "sollen" and a plain infinitive carries the report
// on, with its source and speaker (SpkAtt's "FreeIndirect" events: "So sollen …", "Die Busse
// sollen …"); a quantity's course ("soll weiter sinken") only after a demand, plan or
// announcement (quote_plans). Without a report just before it is the author's ("Das Stadion
// soll 2026 fertig sein"). Sentences we wrote.
func TestSollAfterReport(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel.\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "after a demand",
			text: lead + "Greenpeace fordert strengere Regeln für Vermieter. So sollen Mieten künftig nur noch langsam steigen.",
			want: []want{{"So sollen Mieten künftig nur noch langsam steigen", "Greenpeace", "", "Greenpeace", false, false}}},
		{name: "after an announcement with dass",
			text: lead + "Die Stadt kündigte am Montag an, dass das Bad im Sommer schließt. Die Arbeiten sollen bis zum Herbst dauern.",
			want: []want{{"Die Arbeiten sollen bis zum Herbst dauern", "", "", "Die Stadt", false, false}}},
		{name: "after a plain report",
			text: lead + "Die Stadt teilte am Montag mit, dass das Bad im Sommer schließt. Es soll im Herbst mit neuer Technik wieder öffnen.",
			want: []want{{"Es soll im Herbst mit neuer Technik wieder öffnen", "", "", "Die Stadt", false, false}}},
		{name: "after a plain report a forecast is the author's",
			text: lead + "Die Stadt teilte am Montag mit, dass das Bad im Sommer schließt. Die Zahl der Gäste soll im nächsten Jahr weiter sinken.",
			not:  []string{"Die Zahl der Gäste soll im nächsten Jahr weiter sinken"}},
		{name: "no report before",
			text: lead + "Das neue Stadion soll im Jahr 2026 fertig sein.",
			not:  []string{"Das neue Stadion soll im Jahr 2026 fertig sein"}},
		{name: "the report two sentences back",
			text: lead + "Greenpeace fordert strengere Regeln für Vermieter. Die Mieten stiegen zuletzt stark. Die Stadt soll nun handeln.",
			not:  []string{"Die Stadt soll nun handeln"}},
	})
}

// TestCueAfterSubordinateSubject (stop 28a): "nach Angaben X" inside a subordinate clause after
// its subject ("…, weil die Mission nach Angaben der UN überfordert ist") reports that clause,
// cue and source inside; the main clause before the comma was taken for the message ("Die
// Truppe musste helfen, weil die Mission"). Sentences we wrote.
func TestCueAfterSubordinateSubject(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel.\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "weil with its subject before the cue",
			text: lead + "Die Truppe musste helfen, weil die Mission nach Angaben der UN überfordert ist.",
			want: []want{{"weil die Mission nach Angaben der UN überfordert ist", "UN", "nach Angaben", "der UN", false, false}},
			not:  []string{"Die Truppe musste helfen, weil die Mission"}},
	})
}
