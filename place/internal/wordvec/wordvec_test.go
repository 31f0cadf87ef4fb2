package wordvec

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

func TestJacobi(t *testing.T) {
	const l = 7
	rng := rand.New(rand.NewPCG(3, 4))
	a := make([]float64, l*l)
	for i := range l {
		for j := i; j < l; j++ {
			x := rng.NormFloat64()
			a[i*l+j], a[j*l+i] = x, x
		}
	}
	orig := append([]float64(nil), a...)
	lam, v := jacobi(a, l)
	for e := range l {
		for i := range l {
			var s float64
			for j := range l {
				s += orig[i*l+j] * v[j*l+e]
			}
			if math.Abs(s-lam[e]*v[i*l+e]) > 1e-9 {
				t.Fatalf("eigenpair %d: row %d gives %g, want %g", e, i, s, lam[e]*v[i*l+e])
			}
		}
	}
}

// Words that share their neighbours get near vectors; words of another topic do not.
func TestTrainNeighbours(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	topics := [][]string{
		{"wahl", "stimme", "partei", "hochrechnung", "kandidat", "wahlabend", "prozent", "landtag"},
		{"spiel", "tor", "trainer", "stürmer", "halbzeit", "elfmeter", "abwehr", "stadion"},
		{"regen", "sturm", "gewitter", "wetter", "hitze", "temperatur", "wolke", "unwetter"},
	}
	var docs [][]string
	for d := range 300 {
		tp := topics[d%len(topics)]
		var doc []string
		for range 60 {
			doc = append(doc, tp[rng.IntN(len(tp))])
			if rng.IntN(4) == 0 {
				doc = append(doc, fmt.Sprintf("rauschen%d", rng.IntN(40)))
			}
		}
		docs = append(docs, doc)
	}
	v := Train(docs, Options{Dim: 5, Seed: 1})
	cos := func(a, b string) float64 {
		x, y := v.Vec(a), v.Vec(b)
		if x == nil || y == nil {
			t.Fatalf("no vector for %q or %q", a, b)
		}
		var s float64
		for i := range x {
			s += float64(x[i]) * float64(y[i])
		}
		return s
	}
	if c1, c2 := cos("hochrechnung", "wahlabend"), cos("hochrechnung", "elfmeter"); c1 < 0.8 || c2 > 0.5 {
		t.Errorf("cos(hochrechnung, wahlabend) = %.2f, cos(hochrechnung, elfmeter) = %.2f", c1, c2)
	}
	if c1, c2 := cos("gewitter", "unwetter"), cos("gewitter", "partei"); c1 < 0.8 || c2 > 0.5 {
		t.Errorf("cos(gewitter, unwetter) = %.2f, cos(gewitter, partei) = %.2f", c1, c2)
	}
	w := Train(docs, Options{Dim: 5, Seed: 1})
	for i := range v.Data {
		if v.Data[i] != w.Data[i] {
			t.Fatal("two trainings on the same documents differ")
		}
	}
}
