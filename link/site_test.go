package link

import "testing"

// Two pages of one site that share the site's teaser paragraph and nothing of their leads
// are no rewrite of each other; the same text from two sites still is (an agency report
// with a new lead).
func TestSameSiteTemplateIsNoRewrite(t *testing.T) {
	teaser := `Vom 26. Juli bis zum 11. August kämpfen in Paris Sportlerinnen und Sportler aus aller Welt um Bronze, Silber und Gold. Es gibt 329 Medaillen in 32 Sportarten zu gewinnen, für Deutschland gehen 427 Sportler an den Start.
Hier finden Sie alle Nachrichten, Reportagen, Interviews und Analysen zu den Spielen in der französischen Hauptstadt.
Unsere Redaktion begleitet jeden Wettkampftag mit eigenen Reportern an allen Wettkampfstätten der Spiele.`
	a := docFromLines("a", "Der Ruderer aus Hessen gewann am Samstag im Einer die Goldmedaille vor dem Briten und dem Neuseeländer.\n"+teaser)
	b := docFromLines("b", "Die deutschen Hockeyspieler verloren das Finale gegen die Niederlande erst im Penaltyschießen knapp.\n"+teaser)
	for _, tc := range []struct {
		name        string
		urlA, urlB  string
		wantDerived bool
	}{
		{"one site", "https://www.zeitung.example/sport/rudern", "https://zeitung.example/sport/hockey", false},
		{"two sites", "https://zeitung.example/sport/rudern", "https://blatt.example/sport/hockey", true},
	} {
		a.Article.URL, b.Article.URL = tc.urlA, tc.urlB
		got := Compare(a, b).Derived != nil
		if got != tc.wantDerived {
			t.Errorf("%s: derived %v, want %v", tc.name, got, tc.wantDerived)
		}
	}
}
