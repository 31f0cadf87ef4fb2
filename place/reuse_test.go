package place_test

import (
	"testing"

	"crosscheck/place"
)

// TestReuseDaysLater: the second leg of a play-off, reported two days after the first,
// retells the first leg's background word for word. The provenance stage
// finds the reuse; it still is another match, and text reuse that late does not place the
// report with the first leg (the content alone must, and here does not).
func TestReuseDaysLater(t *testing.T) {
	e := newEnv(t, place.Options{})
	background := []string{
		"Der SV Lindenbruck war als Tabellensechzehnter in die Relegation gegangen, nachdem er am letzten Spieltag bei der TSG Moorfeld nur unentschieden gespielt hatte.",
		"Der FC Hafenstadt hatte die Saison in der zweiten Liga auf dem dritten Platz beendet und träumt seit Jahren von der Rückkehr in die erste Liga.",
		"Beide Vereine trafen in der Relegation zuletzt vor elf Jahren aufeinander, damals setzte sich Lindenbruck nach Verlängerung durch.",
	}
	first := written(t, "leg1", "https://sport.example/relegation-hinspiel", "2025-05-22", "Relegation: FC Hafenstadt gewinnt in Lindenbruck mit 3:0",
		append([]string{"Der FC Hafenstadt hat das Hinspiel der Relegation beim SV Lindenbruck mit 3:0 gewonnen. Tore von Jonas Wendler, Mirko Halm und Sven Ostrup brachten die Gäste auf Kurs."}, background...)...)
	second := written(t, "leg2", "https://ballblatt.example/lindenbruck", "2025-05-24", "Relegation: SV Lindenbruck gewinnt gegen FC Hafenstadt mit 3:0 und bleibt erstklassig",
		append([]string{"Der SV Lindenbruck hat das Rückspiel der Relegation gegen den FC Hafenstadt mit 3:0 gewonnen und im Elfmeterschießen den Klassenerhalt geschafft. Jonas Wendler, Mirko Halm und Sven Ostrup verschossen für die Gäste."}, background...)...)
	e.put(first, false)
	e.put(second, false)
	ds, err := e.r.Derivations(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	reused := false
	for _, d := range ds {
		if d.Article == "leg2" && d.Source == "leg1" {
			reused = true
		}
	}
	if !reused {
		t.Fatalf("the second leg does not derive from the first: %+v (the test needs the reuse to be found)", ds)
	}
	if e.event("leg1") == e.event("leg2") {
		as, _ := e.r.Assignment(e.ctx, "leg2")
		t.Errorf("the second leg, two days later, joined the first leg's event: %+v", as.Explanation)
	}
}
