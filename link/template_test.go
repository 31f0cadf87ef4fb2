package link

import (
	"strings"
	"testing"

	"crosscheck/article"
)

// titledDoc is a doc with a headline block and one paragraph per line, whose names (as an
// entity tagger would find them) are every occurrence of names.
func titledDoc(id string, names []string, title string, lines ...string) *Doc {
	a := &article.Article{ID: id, Language: "de", Title: title, Published: "2024-06-20"}
	var tb article.TextBuilder
	tb.Add(article.BlockTitle, title)
	for _, l := range lines {
		tb.Add(article.BlockParagraph, l)
	}
	tb.Fill(a)
	d := analyseDoc(a)
	r := []rune(a.Text)
	for _, n := range names {
		nr := []rune(n)
		for i := 0; i+len(nr) <= len(r); i++ {
			if string(r[i:i+len(nr)]) == n {
				d.Analysis.Entities = append(d.Analysis.Entities, article.Entity{Start: i, End: i + len(nr), Text: n})
			}
		}
	}
	return d
}

// whereToWatch is a site's template for a match's broadcast page, filled for home and away.
func whereToWatch(id, home, away string) *Doc {
	r := strings.NewReplacer("HOME", home, "AWAY", away)
	return titledDoc(id, []string{home, away, "Sportkanal"}, r.Replace("HOME gegen AWAY heute live im Fernsehen und im Stream"),
		r.Replace("Der FC HOME empfängt am Samstag den SV AWAY zum letzten Spiel der Gruppe."),
		r.Replace("Wer zeigt das Spiel zwischen HOME und AWAY heute live im Fernsehen?"),
		r.Replace("Die Partie zwischen HOME und AWAY läuft live beim Sender Sportkanal."),
		r.Replace("Der Anstoß der Partie zwischen HOME und AWAY ist um 15.30 Uhr im Stadion."),
		r.Replace("Kann man HOME gegen AWAY auch kostenlos im Stream sehen?"),
		"Alle Zuschauer können die Partie zudem bei der Plattform Sportkanal Plus verfolgen.")
}

func TestTemplateFilledTwiceIsNoRewrite(t *testing.T) {
	a := whereToWatch("a", "Neustadt", "Altdorf")
	b := whereToWatch("b", "Bergheim", "Talstadt")
	if c := Compare(b, a); c.Derived != nil {
		t.Errorf("one template filled for two matches: derived = %+v, want none", c.Derived)
	}
	// The same page for the same match, reworded in places, still derives.
	r := titledDoc("r", []string{"Neustadt", "Altdorf", "Sportkanal"}, "Neustadt gegen Altdorf heute live im Fernsehen und im Stream",
		"Der FC Neustadt empfängt am Samstag den SV Altdorf zum letzten Spiel der Gruppe.",
		"Wer zeigt das Spiel zwischen Neustadt und Altdorf heute live im TV?",
		"Die Partie zwischen Neustadt und Altdorf läuft live beim Sender Sportkanal.",
		"Der Anstoß der Partie zwischen Neustadt und Altdorf ist um 15.30 Uhr im Stadion.",
		"Kann man Neustadt gegen Altdorf auch kostenlos im Stream sehen?",
		"Alle Zuschauer können die Partie zudem bei der Plattform Sportkanal Plus verfolgen.",
		"Beide Mannschaften haben nach zwei Spielen je vier Punkte auf dem Konto.")
	if c := Compare(r, a); c.Derived == nil {
		t.Error("a reworded page for the same match does not derive from the first")
	}
}
