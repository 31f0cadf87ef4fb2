package place

import (
	"math"
	"slices"
)

// eventFeatureNames are the evidence an event as a whole gives that an article reports its
// happening: its members among the article's candidates (their pair probabilities and pair
// features) and its size.
var eventFeatureNames = []string{
	"best",        // the best member's probability
	"second",      // the second's
	"top3",        // the mean of the best three (missing ones count 0)
	"size",        // log(1 + articles in the event)
	"share",       // the share of the event's articles among the candidates
	"pool_names",  // the members' names cosines summed over √size: the names cosine with the event's pooled names, roughly
	"pool_lead",   // the same for headline and lead
	"pool_body",   // the same for the body terms
	"pool_lnames", // the same for the names of headline and lead
	"day_share",   // the share of the event's articles among the candidates within a day
	"gap",         // the best member's gap feature
}

// EventFeatureNames returns the names of EventFeatures' values, in order.
func EventFeatureNames() []string { return slices.Clone(eventFeatureNames) }

// EventMember is one of an event's members among an article's candidates.
type EventMember struct {
	Prob float64 // the pair model's probability (0 when a rule keeps them apart)
	X    [numFeatures]float64
}

// EventFeatures returns the event-level features of an article against an event of size
// articles, members being those among its candidates, best first.
func EventFeatures(members []EventMember, size int) []float64 {
	k := len(members)
	size = max(size, k, 1)
	x := make([]float64, len(eventFeatureNames))
	if k > 0 {
		x[0] = members[0].Prob
		x[10] = members[0].X[11]
	}
	if k > 1 {
		x[1] = members[1].Prob
	}
	for i := 0; i < 3 && i < k; i++ {
		x[2] += members[i].Prob / 3
	}
	x[3] = math.Log1p(float64(size))
	x[4] = float64(k) / float64(size)
	root := math.Sqrt(float64(size))
	day := 0
	for _, m := range members {
		x[5] += m.X[3] / root
		x[6] += m.X[1] / root
		x[7] += m.X[2] / root
		x[8] += m.X[5] / root
		if m.X[11] < math.Log(2) {
			day++
		}
	}
	x[9] = float64(day) / float64(size)
	return x
}

// FitLogistic fits a logistic regression of any number of features by Newton's method with
// an L2 penalty on the standardised weights. Deterministic.
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
		step := solveN(h, g)
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

// solveN solves h·x = g by Gaussian elimination with partial pivoting (h and g are changed).
func solveN(h [][]float64, g []float64) []float64 {
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

// EventCandidate is an event among an article's candidates: its members there, best first,
// and its size.
type EventCandidate struct {
	Members []EventMember
	Size    int
}

// ChooseEvent returns the index of the candidate event the event model em joins (-1: none),
// with its probability: the most probable event whose best member no rule keeps apart, when
// that probability reaches em.Threshold. The placer and the simulation that fits the model
// (evaluate/stream) both decide by it.
func ChooseEvent(evs []EventCandidate, em *Model) (int, float64) {
	best, bp := -1, 0.0
	for i, e := range evs {
		if len(e.Members) == 0 || e.Members[0].Prob <= 0 {
			continue
		}
		if p := em.Raw(EventFeatures(e.Members, e.Size)); p >= em.Threshold && p > bp {
			best, bp = i, p
		}
	}
	return best, bp
}
