package quote

import "testing"

// TestAuskunftSourceNoun (cuemiss1, issue 12): "nach Auskunft der Feuerwehr" names who gave the
// information as "nach Angaben" does, and was no cue; so do "nach eigenen Auskünften" and
// "nach Beobachtungen aus …". Guard: "nach" with a noun that says when stays none. Sentences we
// wrote.
func TestAuskunftSourceNoun(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "nach Auskunft with a named body",
			text: lead + "Insgesamt suchen nach Auskunft der Feuerwehr mehr als 200 Helfer nach dem Jungen.",
			want: []want{{"Insgesamt suchen nach Auskunft der Feuerwehr mehr als 200 Helfer nach dem Jungen", "Feuerwehr", "nach Auskunft", "der Feuerwehr", false, false}}},
		{name: "nach Auskunft with a named person",
			text: lead + "Rund 3.000 Haushalte waren nach Auskunft von Werkssprecherin Greta Holm ohne Strom.",
			want: []want{{"Rund 3.000 Haushalte waren nach Auskunft von Werkssprecherin Greta Holm ohne Strom", "Greta Holm", "nach Auskunft", "von Werkssprecherin Greta Holm", false, false}}},
		{name: "nach eigenen Auskünften",
			text: lead + "Die Firma hat nach eigenen Auskünften im Mai 40 neue Busse gekauft.",
			want: []want{{"Die Firma hat nach eigenen Auskünften im Mai 40 neue Busse gekauft", "", "nach eigenen Auskünften", "Die Firma", false, false}}},
		{name: "guard: nach with a time",
			text: lead + "Nach der Sitzung des Rates fuhren alle Mitglieder zurück nach Hause.",
			not:  []string{"fuhren alle Mitglieder zurück nach Hause"}},
	})
}

// TestCabinetCourtPartyBodies (cuemiss1, issue 12): "Kabinett", "Gerichtshof" and "Partei" name
// a body (quote_orgnouns), so a cabinet's or a court's decision reports the clause it governs
// ("Das Kabinett hat entschieden, …", as "Der Stadtrat beschloss, …"), and "erklärte die
// Partei" points back to the party just named. Guard: a person's decision still reports
// nothing. Sentences we wrote.
func TestCabinetCourtPartyBodies(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a cabinet decides",
			text: lead + "Das Kabinett des Landes hat entschieden, einen neuen Entwurf für das Hafengesetz einzubringen.",
			want: []want{{"einen neuen Entwurf für das Hafengesetz einzubringen", "", "entschieden", "Das Kabinett des Landes", false, false}}},
		{name: "a court decides",
			text: lead + "Der oberste Gerichtshof des Landes hatte entschieden, dass die Stadt den Fischern keinen Ersatz zahlen muss.",
			want: []want{{"dass die Stadt den Fischern keinen Ersatz zahlen muss", "", "entschieden", "Der oberste Gerichtshof des Landes", false, false}}},
		{name: "the party named before",
			text: "Die Fischerpartei KFP hat nach der Wahl in Kiel Fehler eingeräumt. „Wir haben zu wenig zugehört“, erklärte die Partei am Abend.",
			want: []want{{"Wir haben zu wenig zugehört", "KFP", "erklärte", "die Partei", true, false}}},
		{name: "guard: a person decides",
			text: lead + "Der Fischer Jan Holm hat entschieden, sein altes Boot im Frühjahr zu verkaufen.",
			not:  []string{"sein altes Boot im Frühjahr zu verkaufen"}},
	})
}
