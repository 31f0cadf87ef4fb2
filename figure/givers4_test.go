package figure

import "testing"

// TestGiversSeeds47And48 checks the classes the honest samples of seeds 47 and 48 showed and
// the known ones of stop 40 (figgiver4). Sentences written for the test.
func TestGiversSeeds47And48(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		// "teilt mit X eine Grenze": shares, does not announce; the particle of "mitteilen"
		// closes its clause.
		{"Norland teilt mit Suderland eine etwa 200 Kilometer lange Grenze.", "etwa 200 Kilometer",
			[][3]string{{"Norland", "place", "Norland"}, {"Suderland", "place", "Suderland"}}, ""},
		{"Die Bergwacht teilte am Abend mit, dass 14 Wanderer gerettet wurden.", "14",
			[][3]string{{"Bergwacht", "organisation", "Bergwacht"}}, "Bergwacht"},
		{"Die Bergwacht teilte mit der Feuerwehr mit, dass 14 Wanderer gerettet wurden.", "14",
			[][3]string{{"Bergwacht", "organisation", "Bergwacht"}, {"Feuerwehr", "organisation", "Feuerwehr"}}, "Bergwacht"},
		{"14 Wanderer wurden gerettet, teilte die Bergwacht mit und lobte die Helfer.", "14",
			[][3]string{{"Bergwacht", "organisation", "Bergwacht"}}, "Bergwacht"},
		// An account noun names nobody; the genitive after it names the giver, also in
		// quotation marks.
		{"Laut einer Recherche des „Talboten“ fehlen der Stadt 16 Millionen Euro.", "16 Millionen Euro",
			[][3]string{{"Talboten", "organisation", "Talbote"}}, "Talbote"},
		{"Laut einer Recherche fehlen der Stadt 16 Millionen Euro.", "16 Millionen Euro", nil, ""},
		{"Nach Angaben der Bergwacht wurden 14 Wanderer gerettet.", "14", nil, "Bergwacht"},
		{"Nach Angaben der Veranstalter kamen 4000 Gäste.", "4000", nil, "Veranstalter"},
		// A body's genitive is given in the nominative.
		{"Nach Angaben des Amtes kamen 4000 Gäste.", "4000", nil, "Amt"},
		{"Nach Angaben des Statistischen Landesamtes zogen 4000 Menschen weg.", "4000",
			[][3]string{{"Landesamtes", "organisation", "Landesamtes"}}, "Statistisches Landesamt"},
		{"Nach Angaben des Seenotamtes wurden 14 Segler gerettet.", "14",
			[][3]string{{"Seenotamtes", "organisation", "Seenotamtes"}}, "Seenotamt"},
		{"Lesen Sie auch: Karl Brenner sagt, er habe 30 Häuser gebaut", "30",
			[][3]string{{"Karl Brenner", "person", "Karl Brenner"}}, ""},
		// Declined givers in the nominative.
		{"Nach Angaben der dänischen Feuerwehren brannten 30 Häuser.", "30", nil, "dänische Feuerwehren"},
		{"Laut dem örtlichen Krankenhaus wurden 30 Menschen behandelt.", "30", nil, "örtliches Krankenhaus"},
		// A name in the genitive before a noun that another verb governs is part of what is
		// said: "die Melinas Schule erwähnt und sagt" is the voice's.
		{"Zu hören ist eine Stimme, die Melinas Schule erwähnt und sagt: „Ich habe 16 Bücher gelesen.“", "16",
			[][3]string{{"Melinas", "person", "Melina"}}, ""},
		{"Eine Zeugin, die Karl Brenners Haus kennt, sagte, 30 Häuser seien zerstört.", "30",
			[][3]string{{"Karl Brenners", "person", "Karl Brenner"}}, ""},
		// Right before the verb the noun speaks for the name.
		{"Karl Brenners Ministerium teilte mit, 30 Häuser seien zerstört.", "30",
			[][3]string{{"Karl Brenners", "person", "Karl Brenner"}}, "Karl Brenner"},
		{"Karl Brenner sagte, 30 Häuser seien zerstört.", "30",
			[][3]string{{"Karl Brenner", "person", "Karl Brenner"}}, "Karl Brenner"},
	})
	runGiverCases(t, enPack, []giverCase{
		// "as she put it" is an aside on the words right before it; after a colon it does not
		// reach the author's count before the colon.
		{"She starred in four films: as the \"restless aunt\" Moira, as she put it, and as a pilot.", "four",
			[][3]string{{"Moira", "person", "Moira"}}, ""},
		{"She starred in four films, as Lena Vock said.", "four",
			[][3]string{{"Lena Vock", "person", "Lena Vock"}}, "Lena Vock"},
		// A line pointing to another article: its verb tells what someone did.
		{"Read more: Nora Vale wrote an app that earned $4 million", "$4 million",
			[][3]string{{"Nora Vale", "person", "Nora Vale"}}, ""},
		{"Nora Vale wrote that the app earned $4 million.", "$4 million",
			[][3]string{{"Nora Vale", "person", "Nora Vale"}}, "Nora Vale"},
	})
}

// TestNotFiguresSeeds47And48 checks numbers that tell a clock time or name a standard.
func TestNotFiguresSeeds47And48(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// A clock time: minutes "nach" or "vor" an hour.
		{"„Bis zehn nach vier war alles ruhig“, sagte der Wirt, „dann kamen 30 Gäste.“", []string{"30"}},
		{"Um fünf vor zwölf rief er an, 20 Minuten später waren 40 Helfer da.", []string{"40"}},
		{"Um Viertel nach acht begann das Spiel vor 3000 Zuschauern.", []string{"3000"}},
		// A count after "nach" stays one.
		{"Zwei nach vier Spielen entlassene Trainer klagen.", []string{"Zwei", "vier"}},
		// A one-letter unit written in capitals is no unit: "5G" is a network, "75G" no weight.
		{"Das Gerät funkt mit 5G und wiegt 180g.", []string{"180g"}},
		// An article after "nach" is no hour.
		{"Er konnte Spiel zwei nach einem Foul nicht beenden.", []string{"zwei"}},
	} {
		checkFigureTexts(t, tc.text, extract(t, dePack, tc.text, nil), tc.want)
	}
}
