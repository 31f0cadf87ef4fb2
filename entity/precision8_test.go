package entity

import (
	"slices"
	"strings"
	"testing"

	"crosscheck/article"
)

// TestCreditsAndFurniture holds picture credits and page furniture around names (issue 12,
// precision8), in sentences we wrote: a picture agency is no person, a furniture word is no
// part of a name, and a name never runs across a credit into the caption's person (the
// photographer stays a name of his own, as the entity audits annotate credits).
func TestCreditsAndFurniture(t *testing.T) {
	for _, tc := range []struct {
		text    string
		persons []string // persons the text names, exactly
	}{
		// Agencies named like persons are none.
		{"Der Trainer jubelt nach dem Schlusspfiff. © IMAGO / Jan Huebner\nDanach sprach Mirko Selmann.", []string{"Mirko Selmann"}},
		{"Er bleibt wohl. © IMAGO/Sven Simon\nDer Verein plant mit Tobias Lenhart.", []string{"Tobias Lenhart"}},
		// A photographer stays a person; the caption's person the tagger ran him into is another.
		{"Die Stimmen zum Spiel\nIMAGO / Lennart Quast Mirko Selmann: \"Wir haben verdient gewonnen.\"", []string{"Lennart Quast", "Mirko Selmann"}},
		{"Er bleibt wohl. © Jan Huebner Thomas Selmann (Mittelfeld)\nDer Verein plant mit ihm.", []string{"Thomas Selmann"}},
		{"Die Stimmen zum Spiel\nIMAGO / Jan Huebner Mirko Selmann: \"Wir haben verdient gewonnen.\"", []string{"Mirko Selmann"}},
		{"Die Stimmen zum Spiel\nimago images/Eibner/Brandl Mirko Selmann: \"Hinten waren wir zu offen.\"", []string{"Brandl", "Mirko Selmann"}},
		// Furniture words after a name, and alone.
		{"Die Karriere von Lukas Wendholt in Bildern: Lukas Wendholt Fotostrecke\nEr fuhr zwölf Jahre.", []string{"Lukas Wendholt"}},
		{"Der Wahlabend in Potsdam\nIMAGO / Jan Huebner Audio: Inforadio | 12.09.2024 | Greta Hollmer", []string{"Greta Hollmer"}},
		{"Die Kronprinzessin Wibke-Marit Quelle: epa\nSie besuchte die Stadt.", []string{"Wibke-Marit"}},
		{"Jubel nach dem Tor Foto: Hella Brinkhoff/dpa\nAm Ende gewann Tabea Lorenzen.", []string{"Hella Brinkhoff", "Tabea Lorenzen"}},
		// A caption ends with its agency, no part of the name before it.
		{"Im Zweikampf mit dem Verteidiger Jonas Brandlmeier Reuters\nDas Spiel blieb offen.", []string{"Jonas Brandlmeier"}},
	} {
		var got []string
		for _, e := range entities(tc.text) {
			if e.Type == article.EntityPerson && e.Subtype == "" && !slices.Contains(got, e.Text) {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.persons, "|") {
			t.Errorf("%q: persons %q, want %q", tc.text, got, tc.persons)
		}
		checkOffsets(t, tc.text, entities(tc.text))
	}
}

// TestAgencyNotStoryPerson: an agency named like a person lends the article's person of that
// surname no mention inside the credit, and the person keeps his mentions elsewhere.
func TestAgencyNotStoryPerson(t *testing.T) {
	text := "Stürmer Tim Huebner traf früh. © IMAGO / Jan Huebner\nHuebner jubelte mit den Fans."
	r := []rune(text)
	var n int
	for _, e := range entities(text) {
		if e.Type != article.EntityPerson {
			continue
		}
		if before := string(r[:e.Start]); strings.Contains(before, "©") && !strings.Contains(before, "\n") {
			t.Errorf("person %q in the credit", e.Text)
		}
		if e.Canonical == "Tim Huebner" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want 2 mentions of Tim Huebner, got %d", n)
	}
}

// TestOrgTailNotPerson: a name ending in "News" is an organisation's.
func TestOrgTailNotPerson(t *testing.T) {
	a := seedArticle("t", "The report was first published by Valley Health News, a nonprofit newsroom.")
	a.Language = "en"
	for _, e := range englishAnalyzer.Analyze(a).Entities {
		if e.Type == article.EntityPerson && strings.Contains(e.Text, "News") {
			t.Errorf("person %q", e.Text)
		}
	}
}
