package figure

import "testing"

// TestGiverOfACompleteClause (issue 12, givers10, read on the stream's figure givers): a speech
// verb whose clause already holds its own figure does not reach a later clause with a subject
// and a verb of its own; a break before the verb's figure opens the report, which stays the
// verb's. Sentences written for the test.
func TestGiverOfACompleteClause(t *testing.T) {
	stadt := [][3]string{{"Nordhafen", "place", "Nordhafen"}}
	runGiverCases(t, dePack, []giverCase{
		{"Die höchste Beteiligung meldete die Stadt Nordhafen mit 51,3 Prozent, die niedrigste wurde für den Kreis Südmark mit 40,2 Prozent festgestellt.",
			"40,2 Prozent", stadt, ""},
		{"Die höchste Beteiligung meldete die Stadt Nordhafen mit 51,3 Prozent, die niedrigste wurde für den Kreis Südmark mit 40,2 Prozent festgestellt.",
			"51,3 Prozent", stadt, "Stadt Nordhafen"},
		{"Den Rekord meldete der Verband Nordsport mit 512 Mitgliedern, der Verein Kleinfeld liegt mit 87 Mitgliedern dahinter.",
			"87", [][3]string{{"Verband Nordsport", "organisation", "Verband Nordsport"}, {"Verein Kleinfeld", "organisation", "Verein Kleinfeld"}}, ""},
		{"Die Polizei meldete am Abend, drei Menschen seien verletzt worden, die Zahl könne noch auf 20 steigen.",
			"20", [][3]string{{"Polizei", "organisation", "Polizei"}}, "Polizei"},
		{"Die Feuerwehr meldete zwölf Verletzte, darunter drei Kinder.",
			"drei", [][3]string{{"Feuerwehr", "organisation", "Feuerwehr"}}, "Feuerwehr"},
	})
}

// TestGiverCutInQuotationMarks (givers10): a source phrase that ends inside a quoted name
// names no one; a whole quoted name still gives the figure. Sentences written for the test.
func TestGiverCutInQuotationMarks(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		{"Laut einer Umfrage des „NS-ORC Center for Public Research“ glaubten nur drei von zehn Befragten an einen Sieg.", "zehn",
			[][3]string{{"NS", "organisation", "NS"}}, ""},
		{"Laut einer Recherche des „Talboten“ wurden zwölf Hütten beschädigt.", "zwölf", nil, "Talboten"},
	})
}

// TestGiverThatIsAnEpithet (givers10): a source phrase whose only noun is a person epithet
// (a nationality, a player) names no one; a body or a name still gives the figure. Sentences
// written for the test.
func TestGiverThatIsAnEpithet(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		{"Ein Zwei-Stopp-Rennen ist laut den Italienern rechnerisch der schnellste Weg über 70 Runden.", "über 70", nil, ""},
		{"Laut dem Nationalspieler fehlen der Mannschaft noch drei Punkte.", "drei", nil, ""},
		{"Laut der Feuerwehr wurden drei Menschen verletzt.", "drei", nil, "Feuerwehr"},
		{"Laut dem Spieler Tom Berger fehlen noch drei Punkte.", "drei",
			[][3]string{{"Tom Berger", "person", "Tom Berger"}}, "Tom Berger"},
	})
}

// TestGiverBeforeAnAdverb (givers10): in a "wie … mitteilte" frame an adverb after the noun
// phrase ends the giver's name. Sentences written for the test.
func TestGiverBeforeAnAdverb(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		{"Der Gewinn stieg auf 1,26 Milliarden Dollar, wie die Gesellschaft heute in Nordhafen mitteilte.", "1,26 Milliarden Dollar",
			[][3]string{{"Nordhafen", "place", "Nordhafen"}}, "Gesellschaft"},
		{"Betroffen sind 23 Siedlungen, wie der Gouverneur von Nordmark im Fernsehen mitteilte.", "23",
			[][3]string{{"Nordmark", "place", "Nordmark"}}, "Gouverneur von Nordmark"},
	})
}

// TestGiverOfOneMediaReport (givers10): "einem Medienbericht" says whose no more than
// "Medienberichten" does; the name after it is the clause's object. Sentences written for the
// test.
func TestGiverOfOneMediaReport(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		{"Die Minister von 13 Staaten warnen laut einem Medienbericht Nordland vor einer Offensive.", "13",
			[][3]string{{"Nordland", "place", "Nordland"}}, ""},
		{"Einem Medienbericht zufolge wurden zwölf Hütten beschädigt.", "zwölf", nil, ""},
	})
}

// TestGiverBeforeACompoundPair (givers10): the first half of a pair of compounds ("Haut- oder
// Atemwegsreizungen") after the source is no part of its name. Sentences written for the test.
func TestGiverBeforeACompoundPair(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		{"Die drei Verletzten erlitten laut dem Sprecher Haut- oder auch Atemwegsreizungen.", "drei", nil, "Sprecher"},
	})
}
