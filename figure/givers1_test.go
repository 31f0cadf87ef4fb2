package figure

import (
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
)

// TestGiversByClause checks who gives a figure when the name near it stands in another clause
// or phrase than the figure's: a name qualifying an unnamed source, a relative clause on the
// source, a cue opening its own conjunct, a speech verb in a subordinate clause, a pledge in
// another clause. Sentences written for the test; the figure is the one whose text is given.
func TestGiversByClause(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		// A name inside a phrase whose noun it only qualifies names no source.
		{"Nach Angaben einer dem Bergverein nahestehenden Quelle wurden zwölf Hütten beschädigt.", "zwölf",
			[][3]string{{"Bergverein", "organisation", "Bergverein"}}, ""},
		{"Nach Angaben einer dem Bergverein nahestehenden Quelle wurden zwölf Hütten beschädigt, andere Quellen sprachen von neun Hütten.", "neun",
			[][3]string{{"Bergverein", "organisation", "Bergverein"}}, ""},
		{"Nach Angaben des Bergvereins wurden zwölf Hütten beschädigt.", "zwölf",
			[][3]string{{"Bergvereins", "organisation", "Bergverein"}}, "Bergverein"},
		// A relative clause after the source says what the source did.
		{"2003 erklärte sich die Liga Nord, die mehr als 40 Vereine gegründet hatte, für aufgelöst.", "mehr als 40",
			[][3]string{{"Liga Nord", "organisation", "Liga Nord"}}, ""},
		{"Die Polizei teilte mit, die 40 Demonstranten seien friedlich geblieben.", "40",
			[][3]string{{"Polizei", "organisation", "Polizei"}}, "Polizei"},
		// "und laut X" speaks for its own conjunct, not for the figure before it.
		{"Die Lampe kostet jetzt 20 Euro weniger und bleibt laut Lumex damit so günstig wie nie.", "20 Euro",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, ""},
		{"Die Lampe kostet jetzt 20 Euro weniger und laut Lumex damit so wenig wie nie.", "20 Euro",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, ""},
		{"Laut Lumex kamen zwischen 20 und 30 Gäste.", "20",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, "Lumex"},
		{"Die Lampe kostet jetzt laut Lumex 20 Euro weniger.", "20 Euro",
			[][3]string{{"Lumex", "organisation", "Lumex"}}, "Lumex"},
		// A cue's clause with a figure of its own does not reach a later clause with its own
		// subject.
		{"Die Reederei Nordlicht verkaufte laut einer Meldung 40 Schiffe, Hafenwerk Kiel erwarb 25 Kräne.", "25",
			[][3]string{{"Reederei Nordlicht", "organisation", "Reederei Nordlicht"}, {"Hafenwerk Kiel", "organisation", "Hafenwerk Kiel"}}, ""},
		{"Laut Hafenamt Kiel verkaufte die Reederei 40 Schiffe, 25 davon an Werften.", "25",
			[][3]string{{"Hafenamt Kiel", "organisation", "Hafenamt Kiel"}}, "Hafenamt Kiel"},
		// A speech verb in a subordinate clause reports the clause it governs only.
		{"Auch wenn Tilda Brenner sagt, sie plane nichts mehr, hat sie schon drei Reisen gebucht.", "drei",
			[][3]string{{"Tilda Brenner", "person", "Tilda Brenner"}}, ""},
		{"Tilda Brenner sagte, sie habe drei Reisen gebucht.", "drei",
			[][3]string{{"Tilda Brenner", "person", "Tilda Brenner"}}, "Tilda Brenner"},
		// A pledge in another clause or conjunct: the subject only measures.
		{"Die Grüne Liste verzeichnete einen Zuwachs und kam auf 14,5 Prozent, nachdem sie 2020 noch 12,1 Prozent erhalten hatte.", "12,1 Prozent",
			[][3]string{{"Grüne Liste", "organisation", "Grüne Liste"}}, ""},
		{"Die Grüne Liste verzeichnete einen Zuwachs und kam auf 14,5 Prozent.", "14,5 Prozent",
			[][3]string{{"Grüne Liste", "organisation", "Grüne Liste"}}, ""},
		{"Den Rasenmäher Z3 hat Gartix zuletzt günstiger angeboten, das neue Modell kostet 400 Euro.", "400 Euro",
			[][3]string{{"Gartix", "organisation", "Gartix"}}, ""},
		// The second of two names joined after an object preposition is an object too.
		{"Mit Anna Berger und Jonas Kranich sprach die Runde von 300 Gästen.", "300",
			[][3]string{{"Anna Berger", "person", "Anna Berger"}, {"Jonas Kranich", "person", "Jonas Kranich"}}, ""},
		// The subject of a passive is what the figure measures.
		{"Der Pegel der Isar wurde am Abend bei 4,20 Metern erwartet.", "4,20 Metern",
			[][3]string{{"Isar", "place", "Isar"}}, ""},
		// Media of a country named in a compound name nobody.
		{"Kanada-Medien zufolge wurden 14 Fischer gerettet.", "14",
			[][3]string{{"Kanada", "place", "Kanada"}}, ""},
		{"Die Stadtwerke Lindau verzeichneten 2.300 Störungen.", "2.300",
			[][3]string{{"Stadtwerke Lindau", "organisation", "Stadtwerke Lindau"}}, "Stadtwerke Lindau"},
	})
}

// giverCase is a sentence we wrote, the entities the tagger would mark in it, the figure whose
// giver is checked (by its text) and the giver wanted ("" for none).
type giverCase struct {
	text, figure string
	ents         [][3]string // surface form, type, canonical
	by           string
}

// runGiverCases extracts the figures of each case with its entities marked and checks the giver.
func runGiverCases(t *testing.T, p lang.Pack, tests []giverCase) {
	t.Helper()
	for _, tc := range tests {
		var forms []entityForm
		for _, e := range tc.ents {
			forms = append(forms, entityForm{e[0], e[1], e[2]})
		}
		a := paragraphs("t", p.Code(), tc.text)
		checkGiver(t, tc.text, analyse(t, a, p, markEntities(a, forms)).Figures, tc.figure, tc.by)
	}
}

// TestReportedSpeechGivers checks that reported speech gives the figures inside it only when
// its source names the speaker and its cue reaches the figure: the quotation stage may read a
// report wider than its speaker's words.
func TestReportedSpeechGivers(t *testing.T) {
	mark := func(a *article.Article, sub string) *article.Mark {
		r := article.NewRunes(a.Text)
		b := strings.Index(a.Text, sub)
		if b < 0 {
			t.Fatalf("%q not in %q", sub, a.Text)
		}
		return &article.Mark{Start: r.Rune(b), End: r.Rune(b + len(sub)), Text: sub}
	}
	tests := []struct {
		text, cue, source, words, speaker, figure, by string
	}{
		{"Nach Angaben einer dem Bergverein nahestehenden Quelle wurden zwölf Hütten beschädigt.",
			"Nach Angaben", "einer dem Bergverein", "nahestehenden Quelle wurden zwölf Hütten beschädigt", "Bergverein", "zwölf", ""},
		{"Nach Angaben des Bergvereins wurden zwölf Hütten beschädigt.",
			"Nach Angaben", "des Bergvereins", "wurden zwölf Hütten beschädigt", "Bergverein", "zwölf", "Bergverein"},
		{"Auch wenn Tilda Brenner sagt, sie plane nichts mehr, hat sie schon drei Reisen gebucht.",
			"sagt", "Tilda Brenner", "sie plane nichts mehr, hat sie schon drei Reisen gebucht", "Tilda Brenner", "drei", ""},
		{"Tilda Brenner sagt, sie plane nichts mehr, habe aber schon drei Reisen gebucht.",
			"sagt", "Tilda Brenner", "sie plane nichts mehr, habe aber schon drei Reisen gebucht", "Tilda Brenner", "drei", "Tilda Brenner"},
	}
	for _, tc := range tests {
		a := paragraphs("t", "de", tc.text)
		an := &article.Analysis{}
		analyze.Segment(a, an, dePack)
		an.Entities = markEntities(a, []entityForm{{"Bergverein", "organisation", "Bergverein"}, {"Tilda Brenner", "person", "Tilda Brenner"}})
		w := mark(a, tc.words)
		an.Quotes = []article.Quote{{Start: w.Start, End: w.End, Text: w.Text, Speaker: tc.speaker, Cue: mark(a, tc.cue), Source: mark(a, tc.source)}}
		New().Extract(a, an, dePack)
		checkGiver(t, tc.text, an.Figures, tc.figure, tc.by)
	}
}

// checkFigureTexts checks that the figures found in text are want, by their text, in order.
func checkFigureTexts(t *testing.T, text string, figs []article.Figure, want []string) {
	t.Helper()
	var got []string
	for _, f := range figs {
		got = append(got, f.Text)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%q: figures %q, want %q", text, got, want)
	}
}

// TestYearPairs checks that the second of two years after a year noun is no figure.
func TestYearPairs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Der Verband meldete in den Jahren 2021 und 2022 Zuwächse von 12 Prozent.", []string{"12 Prozent"}},
		{"Im Jahr 2021 kamen 2000 Besucher und 300 Gäste.", []string{"2000", "300"}},
	} {
		checkFigureTexts(t, tc.text, extract(t, dePack, tc.text, nil), tc.want)
	}
}
