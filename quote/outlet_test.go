package quote

import (
	"strings"
	"testing"

	"crosscheck/article"
)

// outletQuotes analyses text as an article of the outlet at host.
func outletQuotes(host, text string) []article.Quote {
	a := paragraphs("t", text)
	a.Source = host
	return runFull(a, dePack).Quotes
}

// TestOwnOutletAnnouncement (issue 12, precision9): an outlet announcing what its own article
// tells ("LIGAFUNK stellt … vor und prognostiziert, wo sie landen könnten", "Wir erklären, wo
// …") is no quotation: the outlet is known by the article's host, or speaks as "wir". The same
// sentence in another outlet's article, the outlet's research as a source of a fact, and a
// person's own "wir" in quotation marks stay. Sentences we wrote.
func TestOwnOutletAnnouncement(t *testing.T) {
	const draft = "Vier Spieler könnten früh gewählt werden.\n\nLIGAFUNK stellt die besten Talente vor und prognostiziert, wo sie landen könnten.\n\nPick 1: Max Berg"
	const explain = "Die Chipfirma legt am Abend ihre Zahlen vor. NORDBLATT erklärt, womit diesmal zu rechnen ist."
	const we = "Der Klub spielt heute in Kiel. Wir erklären, wo das Spiel live im Fernsehen zu sehen ist.\n\nDie Partie beginnt um 18 Uhr."
	const research = "Die Sängerin hat Anzeige erstattet. Nach NORDBLATT-Recherchen hatte sie Verletzungen am Arm. Der Anwalt des Sängers bestreitet die Vorwürfe."
	const quotedWe = "Der Trainer Paul Lorenz war zufrieden. „Wir erklären, wie wir spielen wollen“, sagte Lorenz nach dem Training."
	for _, tc := range []struct {
		name, host, text, quote string
		want                    bool // the quotation is kept
	}{
		{"the outlet's own forecast of its article", "ligafunk.de", draft, "wo sie landen", false},
		{"the outlet's explainer, host with a subdomain", "m.nordblatt.de", explain, "womit diesmal", false},
		{"the outlet's own wir", "kieler-sport.de", we, "wo das Spiel", false},
		{"guard: another outlet's forecast is its words", "example.de", draft, "wo sie landen", true},
		{"guard: a person's wir in quotation marks", "nordblatt.de", quotedWe, "wie wir spielen", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := false
			for _, q := range outletQuotes(tc.host, tc.text) {
				if strings.Contains(q.Text, tc.quote) {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("quotation %q kept %v, want %v", tc.quote, got, tc.want)
			}
		})
	}
	for _, q := range outletQuotes("nordblatt.de", research) {
		if strings.Contains(q.Text, "Verletzungen am Arm") && q.Speaker != "NORDBLATT" {
			t.Errorf("the outlet's research: speaker %q, want NORDBLATT", q.Speaker)
		}
	}
	if !slicesContain(outletQuotes("nordblatt.de", research), "Verletzungen am Arm") {
		t.Logf("the research sentence gives no quotation (none before either)")
	}
}

func slicesContain(qs []article.Quote, s string) bool {
	for _, q := range qs {
		if strings.Contains(q.Text, s) {
			return true
		}
	}
	return false
}

func TestOutletLabel(t *testing.T) {
	// The outlet's own name in a source phrase is its site's label before the top-level domain,
	// folded (article.IsSiteName), whatever the article's source field holds.
	for in, want := range map[string]string{
		"sport1.de":                "sport1",
		"m.focus.de":               "focus",
		"n-tv.de":                  "ntv",
		"https://www.bild.de/x":    "bild",
		"k.at":                     "",
		"Tagesschau":               "tagesschau",
		"":                         "",
		"deutschlandfunkkultur.de": "deutschlandfunkkultur",
	} {
		site := (&article.Article{Source: in}).Site()
		for _, w := range []string{"SPORT1", "FOCUS", "n-tv", "BILD", "K", "Tagesschau", "DeutschlandfunkKultur"} {
			got := article.IsSiteName(w, site)
			match := want != "" && strings.EqualFold(strings.ReplaceAll(w, "-", ""), want)
			if got != match {
				t.Errorf("IsSiteName(%q, site of %q) = %v, want %v", w, in, got, match)
			}
		}
	}
}
