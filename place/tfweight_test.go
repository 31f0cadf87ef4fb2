package place

import (
	"math"
	"testing"
)

// tfWeight and logCount take the logarithm of small whole counts from a table: they must
// give what the formulas they stand for give, bit for bit, for every count.
func TestTFWeightIsTheFormula(t *testing.T) {
	counts := []float32{0, 0.25, 0.5, 1, 1.5, 2, 3, 7, 12, 63, 63.5, 64, 65, 200, 1e6, -1}
	for n := range 70 {
		counts = append(counts, float32(n))
	}
	for _, n := range counts {
		if got, want := tfWeight(n), 1+math.Log(math.Max(float64(n), 1)); math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("tfWeight(%v) = %v, want %v", n, got, want)
		}
		if got, want := logCount(n), 1+math.Log(float64(n)); math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("logCount(%v) = %v, want %v", n, got, want)
		}
	}
}
