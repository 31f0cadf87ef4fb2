package figure

import "testing"

// TestGiversSeeds45And46Rest checks the classes seeds 45 and 46 left (figgiver3): a reflexive
// verb is no speech, an account read past a time to "from X", an account only seen by someone.
// Sentences written for the test.
func TestGiversSeeds45And46Rest(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		// "behauptet sich Kranich": holds his own, says nothing.
		{"Nach einem langen Pass behauptet sich Jonas Kranich und schießt aus 20 Metern vorbei.", "20 Metern",
			[][3]string{{"Jonas Kranich", "person", "Jonas Kranich"}}, ""},
		{"Der Verdacht bestätigte sich: Jonas Kranich hatte 300 Euro genommen.", "300 Euro",
			[][3]string{{"Jonas Kranich", "person", "Jonas Kranich"}}, ""},
		// Without the pronoun the verb still speaks.
		{"Im Verhör behauptet Jonas Kranich, er habe nur 300 Euro genommen.", "300 Euro",
			[][3]string{{"Jonas Kranich", "person", "Jonas Kranich"}}, "Jonas Kranich"},
	})
	runGiverCases(t, enPack, []giverCase{
		// A time between the account and "from X" does not end who gave it.
		{"The toll rose to four, according to a fleet update this week from the Harbor Safety Board.", "four",
			[][3]string{{"Harbor Safety Board", "organisation", "Harbor Safety Board"}}, "Harbor Safety Board"},
		{"The toll rose to four, according to a fleet update on Monday from the Harbor Safety Board.", "four",
			[][3]string{{"Harbor Safety Board", "organisation", "Harbor Safety Board"}}, "Harbor Safety Board"},
		{"The toll rose to four, according to a fleet update from the Harbor Safety Board.", "four",
			[][3]string{{"Harbor Safety Board", "organisation", "Harbor Safety Board"}}, "Harbor Safety Board"},
		// Also where the names stage missed the name after "from".
		{"The toll rose to four, according to a fleet update this week from the Office for Harbor Safety and Rescue.", "four",
			nil, "Office for Harbor Safety and Rescue"},
		// A named source keeps the figure; "from" after it says where it works.
		{"The toll rose to four, according to Mara Quill from the Harbor Safety Board.", "four",
			[][3]string{{"Mara Quill", "person", "Mara Quill"}, {"Harbor Safety Board", "organisation", "Harbor Safety Board"}}, "Mara Quill"},
		// Who only saw an account did not give it, and the account names nobody.
		{"Brightwater sold 4,000 shares, according to a client letter seen by Ledger Weekly.", "4,000",
			[][3]string{{"Ledger Weekly", "organisation", "Ledger Weekly"}}, ""},
		{"Brightwater sold 4,000 shares, according to documents obtained by Ledger Weekly.", "4,000",
			[][3]string{{"Ledger Weekly", "organisation", "Ledger Weekly"}}, ""},
	})
}

// TestNotFiguresSeeds45And46 checks numbers that name or date something: a volume of a title,
// an older year after a year word.
func TestNotFiguresSeeds45And46(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"In 1791, she painted her first portrait and sold 12 more.", []string{"12"}},
		{"Until 1850, the town had 400 houses.", []string{"400"}},
		{"The mill served 1200 homes.", []string{"1200"}},
	} {
		checkFigureTexts(t, tc.text, extract(t, enPack, tc.text, nil), tc.want)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Sein größter Erfolg bleibt \"Sternenfahrer Vol. 3\" mit 40 Millionen Zuschauern.", []string{"40 Millionen"}},
	} {
		checkFigureTexts(t, tc.text, extract(t, dePack, tc.text, nil), tc.want)
	}
	ents := []entityForm{{"Kanal", "organisation", "Kanal"}}
	for _, tc := range []struct {
		text string
		want []string
	}{
		// After a medium's noun a number and the word after it go on naming the medium.
		{"Der Sprecher sagte dem Sender Kanal 4 Nord, dass 30 Helfer kamen.", []string{"30"}},
		{"Der Sender Kanal zeigte 4 Filme.", []string{"4"}},
		{"Im Sender Kanal 4 Nord liefen am Abend 3 Filme.", []string{"3"}},
	} {
		a := paragraphs("t", "de", tc.text)
		checkFigureTexts(t, tc.text, analyse(t, a, dePack, markEntities(a, ents)).Figures, tc.want)
	}
}
