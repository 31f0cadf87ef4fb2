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

// Fit fits a logistic regression to the examples by Newton's method with an L2 penalty
// (l2, on standardised features), and sets the threshold that maximises F1 over the
// examples. Deterministic: same examples in the same order, same model.
func Fit(ex []Example, l2 float64) *Model {
	const d = numFeatures + 1
	m := &Model{Names: FeatureNames(), Mean: make([]float64, numFeatures), Scale: make([]float64, numFeatures), Weights: make([]float64, numFeatures)}
	if len(ex) == 0 {
		m.Bias, m.Threshold = -10, 0.5
		for i := range m.Scale {
			m.Scale[i] = 1
		}
		return m
	}
	all := ex
	ex = nil
	for _, e := range all {
		if !e.Apart {
			ex = append(ex, e)
		}
	}
	if len(ex) == 0 {
		ex = all
	}
	n := float64(len(ex))
	for i := range numFeatures {
		var s, s2 float64
		for _, e := range ex {
			s += e.X[i]
			s2 += e.X[i] * e.X[i]
		}
		m.Mean[i] = s / n
		m.Scale[i] = math.Sqrt(math.Max(s2/n-m.Mean[i]*m.Mean[i], 0))
		if m.Scale[i] < 1e-9 {
			m.Scale[i] = 1 // a constant feature: no weight can help, standardise by nothing
		}
	}
	z := make([]float64, d)
	for range 40 {
		var g [d]float64
		var h [d][d]float64
		for _, e := range ex {
			for j := range numFeatures {
				z[j] = (e.X[j] - m.Mean[j]) / m.Scale[j]
			}
			z[numFeatures] = 1
			p := m.Raw(e.X[:])
			t := 0.0
			if e.Same {
				t = 1
			}
			for a := range d {
				g[a] += (p - t) * z[a]
				for b := 0; b <= a; b++ {
					h[a][b] += p * (1 - p) * z[a] * z[b]
				}
			}
		}
		for a := range d {
			for b := a + 1; b < d; b++ {
				h[a][b] = h[b][a]
			}
		}
		for a := range numFeatures {
			g[a] += l2 * m.Weights[a]
			h[a][a] += l2
		}
		h[numFeatures][numFeatures] += 1e-6
		step := solve(h, g)
		var change float64
		for a := range numFeatures {
			m.Weights[a] -= step[a]
			change += math.Abs(step[a])
		}
		m.Bias -= step[numFeatures]
		if change+math.Abs(step[numFeatures]) < 1e-9 {
			break
		}
	}
	m.Threshold = bestThreshold(m, all)
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

// solve solves h·x = g by Gaussian elimination with partial pivoting (SolveLinear on the
// arrays' rows: the same operations in the same order).
func solve(h [numFeatures + 1][numFeatures + 1]float64, g [numFeatures + 1]float64) [numFeatures + 1]float64 {
	rows := make([][]float64, len(h))
	for i := range h {
		rows[i] = h[i][:]
	}
	var x [numFeatures + 1]float64
	copy(x[:], SolveLinear(rows, g[:]))
	return x
}

// SolveLinear solves h·x = g by Gaussian elimination with partial pivoting; h and g are
// changed. A zero pivot leaves its unknown at 0. The event study of evaluate/stream fits its
// model with it too.
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
