package place

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPairSidesAreCos: the cosines of pairOf, made from weights kept by pairSide (and one
// side reused for many pairs, as candidates does), are the weigher's cos of the vectors, to
// the bit.
func TestPairSidesAreCos(t *testing.T) {
	v := NewMemVocab()
	var keys []string
	for i := range 200 {
		keys = append(keys, fmt.Sprintf("t:%03d", i))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 30 {
		var doc []string
		for _, k := range keys {
			if rng.IntN(4) == 0 {
				doc = append(doc, k)
			}
		}
		if _, err := v.Observe(doc, nil); err != nil {
			t.Fatal(err)
		}
	}
	vec := func() Vector {
		var out Vector
		for _, i := range rng.Perm(len(keys))[:rng.IntN(40)] {
			out = append(out, TermCount{ID: uint32(i + 1), N: float32(rng.IntN(5)+1) * 0.5})
		}
		slices.SortFunc(out, func(a, b TermCount) int { return int(a.ID) - int(b.ID) })
		return out
	}
	prof := func() *Profile {
		p := &Profile{Title: vec(), Lead: vec(), Body: vec(), Names: vec(), TitleNames: vec(), Grams: vec()}
		p.LeadNames = without(p.Lead, vec()) // names of the lead are some of its terms
		return p
	}
	self := prof()
	side := newPairSide(self)
	for i := range 100 {
		other := prof()
		w := weigher{v: v}
		got, err := pairOfSides(side, newPairSide(other), &w, false)
		if err != nil {
			t.Fatal(err)
		}
		r := weigher{v: v}
		a, b := self, other
		want := map[int]float64{
			0: r.cos(a.Title, b.Title), 1: r.cos(a.Lead, b.Lead), 2: r.cos(a.Body, b.Body), 3: r.cos(a.Names, b.Names),
			4: r.cos(a.TitleNames, b.TitleNames), 5: r.cos(a.LeadNames, b.LeadNames),
			6:  math.Max(r.cos(a.Title, b.Lead), r.cos(a.Lead, b.Title)),
			15: r.cos(a.Grams, b.Grams), 17: r.cos(without(a.Lead, a.LeadNames), without(b.Lead, b.LeadNames)),
		}
		want[16] = want[3] * want[2]
		for k, x := range want {
			if math.Float64bits(got.X[k]) != math.Float64bits(x) {
				t.Fatalf("pair %d feature %s: %v, cos gives %v", i, featureNames[k], got.X[k], x)
			}
		}
		fresh, err := pairOf(self, other, v, false)
		if err != nil {
			t.Fatal(err)
		}
		if fresh != got {
			t.Fatalf("pair %d: a reused side gives %v, fresh sides %v", i, got, fresh)
		}
	}
}
