package place_test

import (
	"strings"
	"testing"

	"crosscheck/place"
)

// TestSharedNamesWritten: a town a club is named after is compared by the town's key, and an
// explanation that lists it shows the town as written ("München"), never the key.
func TestSharedNamesWritten(t *testing.T) {
	e := newEnv(t, place.Options{})
	body := "Der FC Bayern München hat am Sonntag gegen den SC Freiburg mit 2:0 gewonnen. Harry Kane traf per Elfmeter, Thomas Müller stand zum 710. Mal für den FC Bayern München auf dem Platz."
	e.put(written(t, "m1", "https://sport.example/bayern-freiburg", "2025-09-01", "FC Bayern München schlägt SC Freiburg 2:0", body), false)
	e.put(written(t, "m2", "https://ball.example/fcb", "2025-09-01", "FC Bayern München gewinnt gegen SC Freiburg mit 2:0", body+" Trainer Vincent Kompany lobte die Mannschaft."), false)
	as, err := e.r.Assignment(e.ctx, "m2")
	if err != nil {
		t.Fatal(err)
	}
	if len(as.Explanation.SharedNames) == 0 {
		t.Fatalf("no shared names in %+v", as.Explanation)
	}
	for _, n := range as.Explanation.SharedNames {
		if strings.Contains(n, ":") {
			t.Errorf("shared name %q is a key, not a name as written (all: %v)", n, as.Explanation.SharedNames)
		}
	}
}
