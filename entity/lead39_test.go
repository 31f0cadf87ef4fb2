package entity

import "testing"

// TestCanonicalKeepsNounEnding (stop 39): after a determiner a name's words lose the "-n" of
// a weak adjective ("der Deutschen Bahn" -> "Deutsche Bahn"), but a word the dictionary knows
// only as a noun keeps it: "der Flughafen BER" stays "Flughafen BER", not "Flughafe BER".
// Sentences we wrote.
func TestCanonicalKeepsNounEnding(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Der Flughafen BER rechnet mit vielen Reisenden.", "Flughafen BER", "Flughafen BER"},
		{"Das Spiel findet in der Volkswagen Arena in Wolfsburg statt.", "Volkswagen Arena", "Volkswagen Arena"},
		{"Am Freitag warnte die Sprecherin der Deutschen Bahn vor Verspätungen.", "Deutschen Bahn", "Deutsche Bahn"},
	} {
		es := entities(tc.text)
		g := find(es, tc.name)
		if g == nil {
			t.Errorf("%q: %q not found in %+v", tc.text, tc.name, es)
			continue
		}
		if g.Canonical != tc.want {
			t.Errorf("%q: canonical %q, want %q", tc.text, g.Canonical, tc.want)
		}
	}
}
