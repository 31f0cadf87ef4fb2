package link

import (
	"testing"

	"crosscheck/article"
)

// A report and a paraphrase of it: the same facts, names and figures in other words.
const (
	reuseSource = `Stadtrat Lindenau beschließt neues Hallenbad
Der Stadtrat von Lindenau hat am Dienstagabend mit 31 zu 8 Stimmen den Bau eines neuen Hallenbads beschlossen.
Das Bad soll 24 Millionen Euro kosten und im Herbst 2027 an der Parkstraße eröffnen.
Bürgermeisterin Petra Ostendorf sprach von einem guten Tag für die Schwimmvereine der Stadt.
Die Opposition kritisierte die hohen Kosten und forderte eine Beteiligung des Landkreises.
Das alte Bad am Marktplatz war im vergangenen Jahr wegen Schäden am Dach geschlossen worden.`
	reuseParaphrase = `Lindenau bekommt ein neues Hallenbad
Mit 31 Ja- und 8 Nein-Stimmen hat sich der Lindenauer Stadtrat am Dienstag für ein neues Hallenbad entschieden.
Eröffnet werden soll das 24 Millionen Euro teure Bad an der Parkstraße im Herbst 2027.
Für die Schwimmvereine sei dies ein guter Tag, sagte Bürgermeisterin Petra Ostendorf.
Die hohen Kosten stießen bei der Opposition auf Kritik, sie will den Landkreis beteiligen.
Wegen Dachschäden war das alte Bad am Marktplatz im Vorjahr geschlossen worden.`
	// A later piece that copies a paragraph of the report word for word.
	reuseCopied = `Lindenau bekommt ein neues Hallenbad
Der Stadtrat von Lindenau hat am Dienstagabend mit 31 zu 8 Stimmen den Bau eines neuen Hallenbads beschlossen.
Das Bad soll 24 Millionen Euro kosten und im Herbst 2027 an der Parkstraße eröffnen.
Für die Schwimmvereine sei dies ein guter Tag, sagte Bürgermeisterin Petra Ostendorf.
Die hohen Kosten stießen bei der Opposition auf Kritik, sie will den Landkreis beteiligen.
Wegen Dachschäden war das alte Bad am Marktplatz im Vorjahr geschlossen worden.`
)

// TestReuseAcrossDays: a paraphrase of the same day's report is a rewrite of it, one of a
// later day is not (a follow-up or background piece written anew), unless it took runs of
// the report's words.
func TestReuseAcrossDays(t *testing.T) {
	for _, tc := range []struct {
		name      string
		day, text string
		derived   bool
	}{
		{"paraphrase, same day", "2024-03-05", reuseParaphrase, true},
		{"paraphrase, undated", "", reuseParaphrase, true},
		{"paraphrase, two days later", "2024-03-07", reuseParaphrase, false},
		{"copied paragraphs, two days later", "2024-03-07", reuseCopied, true},
	} {
		text := tc.text
		if tc.day != "" {
			text = "date " + tc.day + " " + text
		}
		src := docFromLines("source", "date 2024-03-05 "+reuseSource)
		der := docFromLines("later", text)
		c := Compare(der, src)
		if got := c.Derived != nil; got != tc.derived {
			t.Errorf("%s: derived %v, want %v (shared runs %d)", tc.name, got, tc.derived, sharedRuns(der.cached(), src.cached()))
		}
		if c.Derived != nil && (c.Derived.Article != "later" || c.Derived.Source != "source") {
			t.Errorf("%s: %s derives from %s, want later from source", tc.name, c.Derived.Article, c.Derived.Source)
		}
	}
}

// TestHeadlineOnlySource: a page with nothing but its headline (a live ticker's shell, its
// body site furniture) is no source, however well the headline's words align with a
// report's sentences.
func TestHeadlineOnlySource(t *testing.T) {
	a := &article.Article{ID: "shell", Language: "de", Published: "2024-03-05",
		Title: "Liveticker | FC Lindenau - SV Bergheim 2:0 | 2. Spieltag | Regionalliga Nord"}
	var tb article.TextBuilder
	tb.Add(article.BlockTitle, a.Title)
	tb.Fill(a)
	shell := analyseDoc(a)
	report := docFromLines("report", `date 2024-03-05 Lindenau siegt - Bergheim enttäuscht
Der FC Lindenau hat am 2. Spieltag der Regionalliga Nord mit 2:0 gegen den SV Bergheim gewonnen.
Im Spiel des FC Lindenau gegen den SV Bergheim am 2. Spieltag der Regionalliga Nord fielen beide Tore nach der Pause.
Die Lindenauer setzten sich am Sonntag mit 2:0 gegen Bergheim durch.
Nach zwei Spieltagen hat Lindenau sechs Punkte.
Trainer Paul Wegner lobte seine Mannschaft für den Einsatz.`)
	for _, c := range []*Comparison{Compare(report, shell), Compare(shell, report)} {
		if c.Derived != nil {
			t.Errorf("%s derives from %s (%s): a headline alone is no source", c.Derived.Article, c.Derived.Source, c.Derived.Kind)
		}
	}
}
