package figure

import "testing"

// TestGiversSeed42 checks the classes of seed 42's wrong givers (stop 39): a source that
// speaks for a later clause with its own subject, ", so dass" read as ", so X", a verb read as
// a modifier before a "zufolge" source, a relative clause on a noun the speech verb does not
// say. Sentences written for the test.
func TestGiversSeed42(t *testing.T) {
	tests := []giverCase{
		// A cue in a later clause with its own subject and verb speaks for that clause.
		{"Am Pegel Lindenau wurden 7,79 Meter erreicht, das Wasser sollte laut Wetterdienst weiter steigen.", "7,79 Meter",
			[][3]string{{"Wetterdienst", "organisation", "Wetterdienst"}}, ""},
		{"Die Preise stiegen um 3 Prozent, die Mieten sollen laut Wetterdienst weiter steigen.", "3 Prozent",
			[][3]string{{"Wetterdienst", "organisation", "Wetterdienst"}}, ""},
		// An apposition or a list between the figure and the cue does not end its clause.
		{"Vier Gäste, wohl Touristen, haben laut Wetterdienst am Strand gefeiert.", "Vier",
			[][3]string{{"Wetterdienst", "organisation", "Wetterdienst"}}, "Wetterdienst"},
		{"Rund 400 Fahrer in Kiel, Lübeck und der Region Nord profitieren laut Wetterdienst von Rabatten.", "Rund 400",
			[][3]string{{"Wetterdienst", "organisation", "Wetterdienst"}}, "Wetterdienst"},
		{"Die Preise stiegen um 3 Prozent, laut Wetterdienst.", "3 Prozent",
			[][3]string{{"Wetterdienst", "organisation", "Wetterdienst"}}, "Wetterdienst"},
		// ", so dass" and ", so viel" name nobody; ", so sagt X" and ", so verkündete es X" do.
		{"Er spielte stark, so dass der FC Nord am Ende 400.000 Euro zahlte.", "400.000 Euro",
			[][3]string{{"FC Nord", "organisation", "FC Nord"}}, ""},
		{"Alle vier Abende waren, so verkündete es Jonas Kranich zu Beginn, ausverkauft.", "vier",
			[][3]string{{"Jonas Kranich", "person", "Jonas Kranich"}}, "Jonas Kranich"},
		{"Der Verein zahlte 20 Euro, so Jonas Kranich.", "20 Euro",
			[][3]string{{"Jonas Kranich", "person", "Jonas Kranich"}}, "Jonas Kranich"},
		// A verb ending in -e before a "zufolge" source is no modifier of it.
		{"Gegen die Kundgebung machte Polizeiangaben zufolge ein Bündnis mit rund 500 Menschen mobil.", "rund 500",
			[][3]string{{"Kundgebung", "organisation", "Kundgebung"}}, "Polizeiangaben"},
		// A relative clause on a noun the verb does not say is the author's.
		{"Am Montag verkündet das Landgericht Kiel sein Urteil im Streit mit der Stadtverwaltung, die von der Firma 13 Millionen Euro fordert.", "13 Millionen Euro",
			[][3]string{{"Landgericht Kiel", "organisation", "Landgericht Kiel"}}, ""},
		{"Lumex spricht von einer Überarbeitung, die zu einer Leistung von 394 PS führt.", "394 PS",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, "Lumex"},
		{"Der Sprecher Jonas Kranich sagte, die beiden Geräte laden mit 27 Watt.", "27 Watt",
			[][3]string{{"Jonas Kranich", "person", "Jonas Kranich"}}, "Jonas Kranich"},
	}
	runGiverCases(t, dePack, tests)
}

// TestNotFiguresSeed42 checks numbers that name or number something: a brand with an
// ampersand, a gallery's picture number before a name, an age between commas after a name.
func TestNotFiguresSeed42(t *testing.T) {
	ents := []entityForm{{"Jana Lorenz", "person", "Jana Lorenz"}}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Kunden von 1&1 meldeten 300 Störungen.", []string{"300"}},
		{"1 Jana Lorenz erklärt dem Koch, wie sie 3 Zwiebeln schneidet.", []string{"3"}},
		{"Am Freitag verkündete Jana Lorenz, 55, den Verkauf von 12 Filialen.", []string{"12"}},
		{"Jana Lorenz hat 3 Kinder.", []string{"3"}},
	} {
		a := paragraphs("t", "de", tc.text)
		checkFigureTexts(t, tc.text, analyse(t, a, dePack, markEntities(a, ents)).Figures, tc.want)
	}
}

// TestGiversSeed43 checks seed 43's wrong givers: a source phrase that ran from an unnamed
// account into the name the clause is about, a standard taken for a source, a figure after a
// preposition taken for the amount pledged. Sentences written for the test.
func TestGiversSeed43(t *testing.T) {
	tests := []giverCase{
		{"Erst vier Bewerber, dann zwei Finalisten – nun ist es laut übereinstimmenden Medienberichten Jonas Kranich geworden.", "zwei",
			[][3]string{{"Jonas Kranich", "person", "Jonas Kranich"}}, ""},
		{"Laut Sprecher Jonas Kranich kamen 300 Gäste.", "300",
			[][3]string{{"Jonas Kranich", "person", "Jonas Kranich"}}, "Jonas Kranich"},
		{"Der Motor verbraucht laut Norm 7,9 Liter auf 100 Kilometer.", "7,9 Liter", nil, ""},
		{"Jonas Kranich hat seit 2001 in 120 Firmen investiert.", "120",
			[][3]string{{"Jonas Kranich", "person", "Jonas Kranich"}}, ""},
		{"Die Stadtwerke Lindau haben 20 Millionen Euro investiert.", "20 Millionen Euro",
			[][3]string{{"Stadtwerke Lindau", "organisation", "Stadtwerke Lindau"}}, "Stadtwerke Lindau"},
	}
	runGiverCases(t, dePack, tests)
}

// TestEnglishNamesAndYears (seed 44, English): where only names are capitalised, a plain
// number right after a capitalised word inside the sentence ends a name ("House File 146",
// "Interstate 5"), unless a unit follows or the word is a possessive; a four-digit year before
// words is a year unless a unit or currency follows. Sentences written for the test.
func TestEnglishNamesAndYears(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Lawmakers said House File 146 would affect 3,000 families.", []string{"3,000"}},
		{"The crash closed Interstate 5 and hurt 12 drivers.", []string{"12"}},
		{"Of Oregon's 17 major reservoirs, 12 are full.", []string{"17", "12"}},
		{"He lost the 2020 presidential race and raised $5 million.", []string{"$5 million"}},
		{"The firm sold 2000 tonnes of grain.", []string{"2000 tonnes"}},
		{"About 40 people attended.", []string{"About 40"}},
	} {
		checkFigureTexts(t, tc.text, extract(t, enPack, tc.text, nil), tc.want)
	}
}

// TestEnglishGiversSeed44 checks seed 44's wrong English givers: a possessor before the
// speaker's noun, a name inside a prepositional phrase after the verb, the object after a
// verb where the subject comes first. Sentences written for the test.
func TestEnglishGiversSeed44(t *testing.T) {
	tests := []giverCase{
		{"Tom Myles' manager said he hopes to raise $55,000 by June.", "$55,000",
			[][3]string{{"Tom Myles", "person", "Tom Myles"}}, ""},
		{"Carla Benton said she hopes to raise $55,000 by June.", "$55,000",
			[][3]string{{"Carla Benton", "person", "Carla Benton"}}, "Carla Benton"},
		{"The firm wrote in its latest Lumex report that 300 homes were sold.", "300",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, ""},
		{"A study by Hale and Ward reported Lumex fever in 11.8% of the patients.", "11.8%",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, ""},
		{"About 300 homes were sold, said Lumex.", "About 300",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, "Lumex"},
	}
	runGiverCases(t, enPack, tests)
}

// TestEnglishBareSources checks that an English account that says nobody's ("according to an
// analysis") names no giver, and one with a name in it still names it. Sentences written for
// the test.
func TestEnglishBareSources(t *testing.T) {
	runGiverCases(t, enPack, []giverCase{
		{"Ten states now ban it, according to an analysis.", "Ten", nil, ""},
		{"Ten states now ban it, according to Lumex data.", "Ten",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, "Lumex"},
	})
}

// TestGiversSeed45 checks the known wrong givers of stop 39 and seed 45: a norm or a definition
// gives no figure even with a name in it; a teaser's "laut X" after a colon does not reach the
// figure before it, nor one past a missed sentence start; a site named by its address is the
// giver when no entity is found; a capitalised adjective before an unnamed account names
// nobody and before a name is put into the nominative; an unnamed account does not run on
// into the next noun. Sentences written for the test.
func TestGiversSeed45(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		{"Der Wagen verbraucht laut WLTP-Norm 6,1 Liter auf 100 Kilometer.", "6,1 Liter",
			[][3]string{{"WLTP", "organisation", "WLTP"}}, ""},
		{"Die Teuerung liegt laut Lumex-Definition bei 2,4 Prozent.", "2,4 Prozent",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, ""},
		{"Die Teuerung liegt laut Definition der Lumex bei 2,4 Prozent.", "2,4 Prozent",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, ""},
		{"Die Teuerung liegt laut Lumex bei 2,4 Prozent.", "2,4 Prozent",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, "Lumex"},
		{"Noch sechs Spieltage: So endet laut Orakel die Saison der Nordliga.", "sechs", nil, ""},
		{"Noch sechs Spieltage, sagt laut Lumex der Trainer.", "sechs",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, "Lumex"},
		{"So endet laut Orakel die Saison Vier Vereine kämpfen oben mit, zwei gegen den Abstieg.", "zwei", nil, ""},
		{"Sein Marktwert liegt laut kickwerte.de bei 800.000 Euro.", "800.000 Euro", nil, "kickwerte.de"},
		{"Offiziellen Angaben zufolge wurden 40 Menschen verletzt.", "40", nil, ""},
		{"Unbestätigten Berichten zufolge rückten die Truppen 12 Kilometer vor.", "12 Kilometer", nil, ""},
		{"Beide Männer sind laut Medienberichten Ende vierzig.", "vierzig", nil, ""},
		{"Laut Norddeutschem Wetterdienst fallen 30 Liter Regen.", "30 Liter", nil, "Norddeutscher Wetterdienst"},
		{"Laut Statistischem Landesamt leben 4.000 Menschen im Ort.", "4.000", nil, "Statistisches Landesamt"},
		{"Laut Hessischem Landesamt leben 4.000 Menschen im Ort.", "4.000",
			[][3]string{{"Hessischem Landesamt", "organisation", "Hessischem Landesamt"}}, "Hessisches Landesamt"},
		{"Laut Hochrechnungen der Demoskopen, die auf mehreren Tausend Interviews beruhen, kommt die Liste auf 23 Prozent.", "23 Prozent", nil, "Hochrechnungen der Demoskopen"},
	})
}

// TestEnglishBareSourcesSeed46 checks English accounts that say nobody's (seed 46): a press
// release, a paper, a study, a survey; with a name in the phrase the name still gives the
// figure. Sentences written for the test.
func TestEnglishBareSourcesSeed46(t *testing.T) {
	runGiverCases(t, enPack, []giverCase{
		{"The clouds reach 900 degrees, according to the press release.", "900 degrees", nil, ""},
		{"Cases rose by 40 percent, according to a paper published Friday.", "40 percent", nil, ""},
		{"Cases rose by 40 percent, according to a Lumex study.", "40 percent",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, "Lumex"},
		{"Cases rose by 40 percent, according to a survey.", "40 percent", nil, ""},
		{"Sales rose to 300 units, according to kickwerte.com.", "300", nil, "kickwerte.com"},
	})
}

// TestNominativeName checks that only a derived adjective in "-em" opening a giver's name is put
// into the nominative; a name ending so stays.
func TestNominativeName(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		{"Laut Kerem Akar kostet das Bild 17.000 Euro.", "17.000 Euro",
			[][3]string{{"Kerem Akar", "person", "Kerem Akar"}}, "Kerem Akar"},
		{"Laut Jerusalem Post kamen 300 Gäste.", "300",
			[][3]string{{"Jerusalem Post", "organisation", "Jerusalem Post"}}, "Jerusalem Post"},
		{"Laut Kerem Akar kostet das Bild 17.000 Euro.", "17.000 Euro", nil, "Kerem Akar"},
		{"Laut Bayerischem Rundfunk kamen 300 Gäste.", "300",
			[][3]string{{"Bayerischem Rundfunk", "organisation", "Bayerischem Rundfunk"}}, "Bayerischer Rundfunk"},
	})
}

// TestClockTimeWithDots checks that a clock time written with dots ("5 p.m.") is no figure
// (seed 46: "NEXT Weather: 5 p.m. report … Chris Shaffer says" gave 5 to the forecaster).
func TestClockTimeWithDots(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Weather: 5 p.m. report. Rain will bring 20 inches, Dana Holt says.", []string{"20 inches"}},
		{"The 6 a.m. bus carried 40 people.", []string{"40"}},
	} {
		checkFigureTexts(t, tc.text, extract(t, enPack, tc.text, nil), tc.want)
	}
}

// TestEnglishNameBeforeHead checks that a name right before the noun that speaks gives no
// figure ("the Lumex administration said"), while a name before an adverb and the verb does.
// Sentences written for the test.
func TestEnglishNameBeforeHead(t *testing.T) {
	runGiverCases(t, enPack, []giverCase{
		{"Over 40 million people are covered, the Dana Holt administration said Thursday.", "Over 40 million",
			[][3]string{{"Dana Holt", "person", "Dana Holt"}}, ""},
		{"Over 40 million people are covered, Dana Holt said Thursday.", "Over 40 million",
			[][3]string{{"Dana Holt", "person", "Dana Holt"}}, "Dana Holt"},
		{"Lumex officially announced that 300 cars were sold.", "300",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, "Lumex"},
	})
}

// TestGiverPlaceAdjectiveAndTime (lead, stop 40): "Libanesische Medien berichteten" — the
// place's adjective only qualifies the noun that gives the figure; "Wie die Armee am Morgen
// mitteilte" — a time after the giver's noun is no part of its name. Sentences we wrote.
func TestGiverPlaceAdjectiveAndTime(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		{"Libanesische Medien berichteten von rund zehn Angriffen.", "rund zehn",
			[][3]string{{"Libanesische", "place", "Libanon"}}, "Libanesische Medien"},
		{"Wie die Armee am Morgen mitteilte, attackierte die Luftwaffe Dutzende Ziele.", "Dutzende",
			nil, "Armee"},
	})
}
