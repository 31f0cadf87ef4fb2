package place

import (
	"math"
	"testing"
)

type listWords map[string]map[string]string

func (l listWords) Words(list string) map[string]string { return l[list] }

// TestPriorMakesCommonTermsCommon: in a fresh vocabulary, a term the pack's background
// counts list as common is less rare than one they do not list, though both were seen in
// the same documents; keys are looked up in lower case, and a malformed share counts as none.
func TestPriorMakesCommonTermsCommon(t *testing.T) {
	w := listWords{docfreqList: {"n:place:iso:ru": "0.12", "t:krieg": "0.03", "t:kaputt": "x", "t:zuviel": "1.5"}}
	for _, tc := range []struct {
		key  string
		want float64
	}{{"n:place:iso:RU", 0.12 * priorDocs}, {"t:krieg", 0.03 * priorDocs}, {"t:kaputt", 0}, {"t:zuviel", 0}, {"t:selten", 0}} {
		if got := Prior(w, tc.key); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("Prior(%q) = %v, want %v", tc.key, got, tc.want)
		}
	}
	if Prior(nil, "t:krieg") != 0 {
		t.Error("no pack gives a prior")
	}
	v := NewMemVocab()
	prior := func(k string) float64 { return Prior(w, k) }
	var ids []uint32
	for range 2 {
		var err error
		if ids, err = v.Observe([]string{"n:place:iso:RU", "t:selten"}, prior); err != nil {
			t.Fatal(err)
		}
	}
	common, _ := v.IDF(ids[0])
	rare, _ := v.IDF(ids[1])
	if common >= rare {
		t.Errorf("idf of the listed term %.3f, of the unlisted one %.3f: want the listed one lower", common, rare)
	}
}

// TestDiffer: two headlines' results or pairings name different matches only when nothing
// of them is shared; a pairing's sides match by entity key or by any word of the name.
func TestDiffer(t *testing.T) {
	bayern := pairingPrefix + side("organisation:~baarn", "Bayern") + "|" + side("place:~fraburg", "Freiburg")
	bayernLong := pairingPrefix + side("organisation:~baarn mancan", "Bayern München") + "|" + side("organisation:~sc fraburg", "SC Freiburg")
	spain := pairingPrefix + side("place:iso:ES", "Spanien") + "|" + side("place:iso:IT", "Italien")
	holland := pairingPrefix + side("place:iso:NL", "Holland") + "|" + side("place:iso:TR", "Türkei")
	nl := pairingPrefix + side("place:iso:NL", "Niederlande") + "|" + side("place:iso:TR", "Türkei")
	for _, tc := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"2:0"}, []string{"2:0"}, false},
		{[]string{"2:0"}, []string{"1:3"}, true},
		{[]string{"2:0"}, nil, false},
		{[]string{bayern}, []string{bayernLong}, false},
		{[]string{bayern}, []string{spain}, true},
		{[]string{holland}, []string{nl}, false},
		{[]string{"2:0", bayern}, []string{spain}, true},
		{[]string{"2:0"}, []string{spain}, false}, // a result and a pairing say nothing of each other
	} {
		if got := differ(tc.a, tc.b); got != tc.want {
			t.Errorf("differ(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
