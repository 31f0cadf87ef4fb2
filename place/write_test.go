package place

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAddTruncateMergeIsMapSum: merging two vectors in id order gives what summing them
// through a map gives (the path taken when a vector is not in order), to the bit.
func TestAddTruncateMergeIsMapSum(t *testing.T) {
	v := NewMemVocab()
	var keys []string
	for i := range 300 {
		keys = append(keys, fmt.Sprintf("t:%03d", i))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 40 {
		var doc []string
		for _, k := range keys {
			if rng.IntN(5) == 0 {
				doc = append(doc, k)
			}
		}
		if _, err := v.Observe(doc, nil); err != nil {
			t.Fatal(err)
		}
	}
	vec := func(n int) Vector {
		var out Vector
		for _, i := range rng.Perm(len(keys))[:n] {
			out = append(out, TermCount{ID: uint32(i + 1), N: float32(rng.IntN(7)+1) * 0.37})
		}
		slices.SortFunc(out, func(a, b TermCount) int { return int(a.ID) - int(b.ID) })
		return out
	}
	for i := range 200 {
		a, b := vec(rng.IntN(80)), vec(rng.IntN(80))
		merged, err := addTruncate(a, b, v)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) < 2 {
			continue
		}
		shuffled := slices.Clone(b)
		shuffled[0], shuffled[len(b)-1] = shuffled[len(b)-1], shuffled[0]
		if sortedIDs(shuffled) {
			t.Fatal("shuffled vector still sorted")
		}
		summed, err := addTruncate(a, shuffled, v)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(merged, summed) {
			t.Fatalf("case %d: merge %v, map %v", i, merged, summed)
		}
	}
}
