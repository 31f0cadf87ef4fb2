package place

import "testing"

// TestPairingsDifferByKey: the phonetic keys of clubs share their spelled-out parts ("fk" for
// every "FC"); two pairings of four different clubs must still differ, and the same pairing
// written twice must not.
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
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{bayern, heidenheim, true},
		{heidenheim, again, false},
	} {
		if got := differ([]string{tc.a}, []string{tc.b}, true); got != tc.want {
			t.Errorf("differ(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
