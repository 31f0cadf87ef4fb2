package place

import (
	"math"
	"slices"
)

// Example is a pair with its label, for fitting a model.
type Example struct {
	X     [numFeatures]float64
	Same  bool
	Apart bool // a rule keeps the pair apart: not fitted, and predicted different
}

// FeatureNames returns the names of the pair features, in the order of Pair.X.
func FeatureNames() []string { return slices.Clone(featureNames) }

// Fit fits a logistic regression to the examples (FitLogistic) and sets the threshold that
// maximises F1 over them. Pairs a rule keeps apart are not fitted (unless all are).
func Fit(ex []Example, l2 float64) *Model {
	all := ex
	var xs [][]float64
	var ys []bool
	for i := range all {
		if !all[i].Apart {
			xs, ys = append(xs, all[i].X[:]), append(ys, all[i].Same)
		}
	}
	if len(xs) == 0 {
		for i := range all {
			xs, ys = append(xs, all[i].X[:]), append(ys, all[i].Same)
		}
	}
	m := FitLogistic(FeatureNames(), xs, ys, l2)
	if len(all) > 0 {
		m.Threshold = bestThreshold(m, all)
	}
	return m
}

// FitLogistic fits a logistic regression of any number of features by Newton's method with
// an L2 penalty on the standardised weights, threshold 0.5. Deterministic: same examples in
// the same order, same model. Fit is it for the pair features; the event study of
// evaluate/stream fits its event model with it.
func FitLogistic(names []string, xs [][]float64, ys []bool, l2 float64) *Model {
	d := len(names)
	m := &Model{Names: slices.Clone(names), Mean: make([]float64, d), Scale: make([]float64, d), Weights: make([]float64, d), Threshold: 0.5}
	n := float64(len(xs))
	for i := range d {
		var s, s2 float64
		for _, x := range xs {
			s += x[i]
			s2 += x[i] * x[i]
		}
		if n > 0 {
			m.Mean[i] = s / n
			m.Scale[i] = math.Sqrt(math.Max(s2/n-m.Mean[i]*m.Mean[i], 0))
		}
		if m.Scale[i] < 1e-9 {
			m.Scale[i] = 1
		}
	}
	if len(xs) == 0 {
		m.Bias = -10
		return m
	}
	z := make([]float64, d+1)
	for range 40 {
		g := make([]float64, d+1)
		h := make([][]float64, d+1)
		for a := range h {
			h[a] = make([]float64, d+1)
		}
		for j, x := range xs {
			for i := range d {
				z[i] = (x[i] - m.Mean[i]) / m.Scale[i]
			}
			z[d] = 1
			p := m.Raw(x)
			t := 0.0
			if ys[j] {
				t = 1
			}
			for a := range d + 1 {
				g[a] += (p - t) * z[a]
				for b := 0; b <= a; b++ {
					h[a][b] += p * (1 - p) * z[a] * z[b]
				}
			}
		}
		for a := range d + 1 {
			for b := a + 1; b <= d; b++ {
				h[a][b] = h[b][a]
			}
		}
		for a := range d {
			g[a] += l2 * m.Weights[a]
			h[a][a] += l2
		}
		h[d][d] += 1e-6
		step := SolveLinear(h, g)
		var change float64
		for a := range d {
			m.Weights[a] -= step[a]
			change += math.Abs(step[a])
		}
		m.Bias -= step[d]
		if change+math.Abs(step[d]) < 1e-9 {
			break
		}
	}
	return m
}

// bestThreshold is the probability threshold with the best F1 over the examples (pairs a
// rule keeps apart count as predicted different), rounded to 0.01.
func bestThreshold(m *Model, ex []Example) float64 {
	best, bf := 0.5, -1.0
	for t := 0.05; t < 0.96; t += 0.01 {
		var tp, fp, fn float64
		for _, e := range ex {
			yes := !e.Apart && m.Raw(e.X[:]) >= t
			switch {
			case yes && e.Same:
				tp++
			case yes:
				fp++
			case e.Same:
				fn++
			}
		}
		if f := 2 * tp / (2*tp + fp + fn); f > bf+1e-12 {
			best, bf = math.Round(t*100)/100, f
		}
	}
	return best
}

// SolveLinear solves h·x = g by Gaussian elimination with partial pivoting; h and g are
// changed. A zero pivot leaves its unknown at 0.
func SolveLinear(h [][]float64, g []float64) []float64 {
	d := len(g)
	for c := range d {
		p := c
		for r := c + 1; r < d; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		if h[c][c] == 0 {
			continue
		}
		for r := range d {
			if r == c {
				continue
			}
			f := h[r][c] / h[c][c]
			for k := c; k < d; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	x := make([]float64, d)
	for c := range d {
		if h[c][c] != 0 {
			x[c] = g[c] / h[c][c]
		}
	}
	return x
}
