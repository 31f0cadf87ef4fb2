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
