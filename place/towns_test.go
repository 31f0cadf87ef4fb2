package place

import (
	"slices"
	"testing"
)

// TestTownsIn: a club or body named after its town carries the town's key, so that "Bayer
// 04 Leverkusen" in a live ticker meets "Leverkusen" in a report of the match.
func TestTownsIn(t *testing.T) {
	lev := townsIn("Bayer 04 Leverkusen")
	if len(lev) != 1 {
		t.Fatalf("Bayer 04 Leverkusen: %v", lev)
	}
	if got := townsIn("TSV Leverkusen"); !slices.Equal(got, lev) {
		t.Errorf("TSV Leverkusen: %v, want %v", got, lev)
	}
	for _, name := range []string{"Leverkusen", "Deutsche Bahn", "Technisches Hilfswerk", ""} {
		if got := townsIn(name); len(got) != 0 {
			t.Errorf("%q: %v, want none", name, got)
		}
	}
}
