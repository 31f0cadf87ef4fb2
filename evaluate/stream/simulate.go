package stream

import (
	"slices"

	"crosscheck/place"
)

// Simulate replays the placer's event decisions on collected pairs: in arrival order, each
// article joins the event of its most probable candidate when the model's probability
// reaches threshold, else opens an event. The candidates are those the product retrieved,
// so this is the placer's grouping without the database (storylines and provenance
// shortcuts aside), fast enough to choose a threshold.
func Simulate(pairs []Pair, m *place.Model, threshold float64) map[string]string {
	return SimulateWith(pairs, m, threshold, nil)
}

// SimulateWith is Simulate with another way of scoring an event from its members'
// probabilities (sorted, highest first); nil is the highest.
func SimulateWith(pairs []Pair, m *place.Model, threshold float64, agg func(ps []float64, size int) float64) map[string]string {
	type cand struct {
		other string
		p     float64
	}
	var order []string
	cands := map[string][]cand{}
	for _, p := range pairs {
		if _, ok := cands[p.Article]; !ok {
			order = append(order, p.Article)
		}
		prob := 0.0
		if !p.Features.Apart {
			prob = m.Raw(p.Features.X[:])
		}
		cands[p.Article] = append(cands[p.Article], cand{p.Other, prob})
	}
	ev := map[string]string{}
	size := map[string]int{}
	for _, a := range order {
		cs := cands[a]
		if agg != nil {
			byEv := map[string][]float64{}
			var evs []string
			for _, c := range cs {
				e, ok := ev[c.other]
				if !ok {
					e = c.other
				}
				if _, ok := byEv[e]; !ok {
					evs = append(evs, e)
				}
				byEv[e] = append(byEv[e], c.p)
			}
			best, bs := "", threshold
			for _, e := range evs {
				ps := byEv[e]
				slices.SortFunc(ps, func(x, y float64) int {
					switch {
					case x > y:
						return -1
					case x < y:
						return 1
					}
					return 0
				})
				n := size[e]
				if n == 0 {
					n = 1
				}
				if v := agg(ps, n); v >= bs {
					best, bs = e, v
				}
			}
			if best == "" {
				best = a
			}
			ev[a] = best
			size[best]++
			continue
		}
		slices.SortStableFunc(cs, func(x, y cand) int {
			switch {
			case x.p > y.p:
				return -1
			case x.p < y.p:
				return 1
			}
			return 0
		})
		ev[a] = a
		for _, c := range cs {
			if c.p < threshold {
				break
			}
			e, ok := ev[c.other]
			if !ok {
				e = c.other // an article that had no candidates is an event of its own
			}
			ev[a] = e
			break
		}
	}
	return ev
}
