package figure

import "testing"

// TestGiversThatAreNoGivers (issue 12, precision9, read on the stream's figure givers): a time
// before the participle of an account ("laut Anfang April veröffentlichten Zahlen") is no
// giver, and an account that names no one ("laut den Zahlen", "den Ermittlungen zufolge",
// "dem Bericht zufolge", "nach ersten Schätzungen") gives none; with a genitive after it the
// account's owner gives the figure, and so with "von" after it ("laut einem Bericht von
// „Sportblatt“"). Sentences written for the test.
func TestGiversThatAreNoGivers(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		{"Laut Anfang April veröffentlichten Zahlen lieferte die Firma 12.400 Räder aus.", "12.400", nil, ""},
		{"Laut Mitte Mai veröffentlichten Zahlen des Bergvereins wurden zwölf Hütten beschädigt.", "zwölf",
			[][3]string{{"Bergverein", "organisation", "Bergverein"}}, "Bergverein"},
		{"Das Bündnis könnte laut den Zahlen zwischen 172 und 215 Sitze gewinnen.", "172", nil, ""},
		{"Den Ermittlungen zufolge soll der Mann drei Autos beschädigt haben.", "drei", nil, ""},
		{"Der Spieler wird dem Bericht zufolge jährlich bis zu 15 Millionen Euro verdienen.", "bis zu 15 Millionen Euro", nil, ""},
		{"Nach ersten Schätzungen wurden rund 180 Raketen abgefeuert.", "rund 180", nil, ""},
		{"Heute sind laut Daten der Statistikbehörde fast 70 Prozent der Absolventen Frauen.", "fast 70 Prozent", nil, "Statistikbehörde"},
		{"Heute sind laut Daten der nordländischen Statistikbehörde fast 70 Prozent der Absolventen Frauen.", "fast 70 Prozent", nil, "nordländische Statistikbehörde"},
		{"Die Wunde, wie der Verband mitteilte, musste laut einem Bericht von „Sportblatt“ mit 65 Stichen genäht werden.", "65",
			[][3]string{{"Verband", "organisation", "Verband"}}, "Sportblatt"},
		{"Laut Berechnungen von Wahlfix hat die Partei mehr als ein Drittel der Sitze.", "mehr als ein Drittel",
			[][3]string{{"Wahlfix", "organisation", "Wahlfix"}}, "Wahlfix"},
		{"Laut den Daten von ligastat.de waren es 51 Fehltage.", "51", nil, "ligastat.de"},
		{"Laut einem Bericht des von der Miliz Hamas kontrollierten Ministeriums sind mindestens 34.596 Menschen getötet worden.", "mindestens 34.596",
			[][3]string{{"Hamas", "organisation", "Hamas"}}, ""},
		{"Die Taten sind laut dem Bericht von Familienmitgliedern begangen worden, etwa 55 Prozent.", "etwa 55 Prozent", nil, ""},
		{"Laut einem Bericht des Bergvereins wurden zwölf Hütten beschädigt.", "zwölf",
			[][3]string{{"Bergverein", "organisation", "Bergverein"}}, "Bergverein"},
	})
}
