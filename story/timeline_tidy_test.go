package story

import (
	"testing"

	"crosscheck/article"
	"crosscheck/lang/de"
)

// TestTidyRules: the small tests behind the timeline's and the summary's rules.
func TestTidyRules(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"2024-09-01", "2024-09-01T20:00", true},
		{"2024-09", "2024-09-01", true},
		{"2024-09-01", "2024-09-02", false},
		{"2024-W36", "2024-09-01", false},
	} {
		if got := datesAgree(c.a, c.b); got != c.want {
			t.Errorf("datesAgree(%q, %q) = %v", c.a, c.b, got)
		}
	}
	clock := func(text string) *tlGroup {
		return &tlGroup{e: Entry{Value: "2023-03-24T12:28", Mentions: []Statement{{Text: text}}}}
	}
	if !bareClock(clock("12:28")) || bareClock(clock("5:30 p.m.")) || bareClock(clock("11.00 Uhr")) {
		t.Error("a bare clock time is a game clock; one with its word is a time of day")
	}
	period := func(v, text string) *tlGroup {
		return &tlGroup{e: Entry{Value: v, Mentions: []Statement{{Text: text}}}}
	}
	if !loneWordPeriod(period("2023-FA", "fall")) || loneWordPeriod(period("2026-SP", "Frühjahr")) ||
		loneWordPeriod(period("2023-SP", "this spring")) || loneWordPeriod(period("2023-03-24", "today")) {
		t.Error("only a lower-case word alone naming a period is left out")
	}
	if !broken("Automobilindustrie - VW-Sparkurs: Werksschließungen und ...") || !broken("Liveticker | Neustadt - Altdorf 2:0 | 1. Spieltag | Liga") ||
		broken("Neustadt gewinnt das Derby gegen Altdorf") {
		t.Error("a teaser cut off or a ticker's shell is a broken title; a whole headline is not")
	}
	for text, want := range map[string]bool{
		"Der Preis: 799 Euro ohne Laufwerk.":             true,
		"Sinners Antwort: Nur einen Satz gab er ab.":     true,
		"DETROW: That was the congressman from Ohio.":    true,
		"Fakten: Der Demokrat erhielt 81 Millionen.":     false,
		"Der Verein hat am Montag bestätigt: Er bleibt.": false,
	} {
		if got := teaserHead(deTokens(text)); got != want {
			t.Errorf("teaserHead(%q) = %v, want %v", text, got, want)
		}
	}
}

func deTokens(text string) []article.Token {
	return de.New().Tokens(text)
}
