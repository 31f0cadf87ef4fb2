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

// TestGenitiveRunOn (issue 12 via names): a person's mention that runs on into the genitive of
// another person's surname, before a common noun, ends before it; a person's own genitive
// stays. Sentences we wrote.
func TestGenitiveRunOn(t *testing.T) {
	es := entities("Karl Huber fehlte verletzt. »Er ist jetzt 28 Jahre alt«, lobte Jan van der Berg Hubers Talent.")
	if find(es, "Jan van der Berg") == nil {
		t.Errorf("no mention of Jan van der Berg alone in %+v", es)
	}
	if g := find(es, "Jan van der Berg Hubers"); g != nil {
		t.Errorf("the run-on mention stayed: %+v", g)
	}
	es = entities("Tom Ellis Martin liest viel. Die Serie beruht auf Tom Ellis Martins Roman.")
	if find(es, "Tom Ellis") != nil {
		t.Errorf("a person's own genitive was cut: %+v", es)
	}
}
