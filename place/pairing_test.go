package place

import "testing"

// TestPairingsDifferByKey: the phonetic keys of clubs share their spelled-out parts ("fk" for
// every "FC"), and clubs of one town its name; two pairings of four different clubs must
// still differ, and one pairing written two ways must not.
func TestPairingsDifferByKey(t *testing.T) {
	pairing := func(a, ak, b, bk string) string {
		x, y := side(ak, a), side(bk, b)
		if y < x {
			x, y = y, x
		}
		return pairingPrefix + x + "|" + y
	}
	bayern := pairing("Eintracht Frankfurt", "organisation:~antrakht frankfart", "Bayern München", "organisation:~fk barn mankhan")
	heidenheim := pairing("1. FC Heidenheim", "organisation:~fk hadanham", "RB Leipzig", "organisation:~rb lapsag")
	again := pairing("Heidenheim", "place:geo:2907851", "Leipzig", "organisation:~rb lapsag")
	bochum := pairing("VfL Bochum", "organisation:~fl bakham", "Bayern München", "organisation:~barn mankhan")
	cottbus := pairing("Energie Cottbus", "organisation:~anargi katbas", "TSV 1860 München", "organisation:~ts 1860 mankhan")
	fcb := pairing("Bochum", "place:geo:2947416", "FC Bayern München", "organisation:~fk barn mankhan")
	stuttgart := pairing("VfB Stuttgart", "organisation:~fb stotgart", "Borussia Dortmund", "organisation:~barasa dartmund")
	bvb := pairing("BVB", "organisation:~bb", "Stuttgart", "place:geo:2825297")
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{bayern, heidenheim, true},
		{heidenheim, again, false},
		{bochum, cottbus, true}, // a town's name alone is not a team
		{bochum, fcb, false},    // one name within the other
		{stuttgart, bvb, false}, // "Stuttgart" within "VfB Stuttgart"
		{cottbus, heidenheim, true},
	} {
		if got := differ([]string{tc.a}, []string{tc.b}, true); got != tc.want {
			t.Errorf("differ(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
