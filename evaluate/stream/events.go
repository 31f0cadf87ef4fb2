package stream

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"crosscheck/place"
)

// An event model decides article -> event from what the event as a whole says
// (place.EventFeatures); these replay the placer's decision with one on collected pairs.

// replayEvents walks one window's pairs in arrival order. For each article it groups the
// candidates by the event of each (as assigned so far; an article first seen as a candidate
// is an event of its own, or of what start says), gives decide the events' members best
// first and their sizes, and records decide's choice ("": a new event).
func replayEvents(ps []Pair, pm *place.Model, start func(id string) string,
	decide func(a string, evs []string, members map[string][]place.EventMember, size map[string]int) string) map[string]string {
	type cand struct {
		other string
		m     place.EventMember
	}
	var order []string
	cands := map[string][]cand{}
	for _, p := range ps {
		if _, ok := cands[p.Article]; !ok {
			order = append(order, p.Article)
		}
		prob := 0.0
		if !p.Features.Apart {
			prob = pm.Raw(p.Features.X[:])
		}
		cands[p.Article] = append(cands[p.Article], cand{p.Other, place.EventMember{Prob: prob, X: p.Features.X}})
	}
	ev := map[string]string{}
	size := map[string]int{}
	for _, a := range order {
		cs := cands[a]
		slices.SortStableFunc(cs, func(x, y cand) int {
			switch {
			case x.m.Prob > y.m.Prob:
				return -1
			case x.m.Prob < y.m.Prob:
				return 1
			}
			return 0
		})
		members := map[string][]place.EventMember{}
		var evs []string
		for _, c := range cs {
			e, ok := ev[c.other]
			if !ok {
				e = start(c.other)
				ev[c.other] = e
				size[e]++
			}
			if _, ok := members[e]; !ok {
				evs = append(evs, e)
			}
			members[e] = append(members[e], c.m)
		}
		e := decide(a, evs, members, size)
		if e == "" {
			e = start(a)
		}
		if old, ok := ev[a]; ok {
			size[old]-- // seen as a candidate before its own turn (Simulate does the same)
		}
		ev[a] = e
		size[e]++
	}
	return ev
}

// EventExamples are the event model's training examples from one window's pairs: the window
// replayed in arrival order with the gold as the oracle for where earlier articles went, one
// example per (article, candidate event), labelled whether the article is of that event.
func EventExamples(ps []Pair, pm *place.Model, th float64) ([][]float64, []bool) {
	gold := map[string]string{}
	for _, p := range ps {
		gold[p.Article], gold[p.Other] = p.Event, p.OtherEv
	}
	var xs [][]float64
	var ys []bool
	replayEvents(ps, pm, func(id string) string { return gold[id] },
		func(a string, evs []string, members map[string][]place.EventMember, size map[string]int) string {
			if len(evs) > 0 && members[evs[0]][0].Prob >= th {
				return gold[a] // the best member decides: nothing for the event model to learn
			}
			for _, e := range evs {
				xs = append(xs, place.EventFeatures(members[e], size[e]))
				ys = append(ys, e == gold[a])
			}
			return gold[a]
		})
	return xs, ys
}

// SimulateEvents is the placer's event decision on collected pairs: in arrival order, an
// article joins its best member's event when that member reaches threshold, else the
// candidate event the event model em joins (place.ChooseEvent), else opens an event.
func SimulateEvents(ps []Pair, pm *place.Model, threshold float64, em *place.Model) map[string]string {
	return replayEvents(ps, pm, func(id string) string { return id },
		func(a string, evs []string, members map[string][]place.EventMember, size map[string]int) string {
			if len(evs) > 0 && members[evs[0]][0].Prob >= threshold {
				return evs[0]
			}
			be, bs := "", 0.0
			for _, e := range evs {
				ms := members[e]
				second := 0.0
				if len(ms) > 1 {
					second = ms[1].Prob
				}
				if v := place.Support(ms[0].Prob, second, threshold); v >= threshold && v > bs {
					be, bs = e, v
				}
			}
			if be != "" {
				return be
			}
			cs := make([]place.EventCandidate, len(evs))
			for i, e := range evs {
				cs[i] = place.EventCandidate{Members: members[e], Size: size[e]}
			}
			if i, _ := place.ChooseEvent(cs, em); i >= 0 {
				return evs[i]
			}
			return ""
		})
}

func countsOf(ps []Pair, pred map[string]string) PairCounts {
	g := map[string]string{}
	for _, p := range ps {
		g[p.Article], g[p.Other] = p.Event, p.OtherEv
	}
	for id := range g {
		if _, ok := pred[id]; !ok {
			pred[id] = id
		}
	}
	return Pairs(pred, g, nil)
}

// FitEventModel fits the event model on the pairs' windows: each window's teacher-forced
// examples (EventExamples) with pair probabilities from a pair model fitted (with l2) on the
// other windows only, as the placer meets news its pair model has not seen. Its threshold is
// the best pooled F0.5 (highest within f05Tie) of the windows grouped by SimulateEvents, each
// with that pair model and the pair threshold th. With one window the pair model is fitted
// on it.
func FitEventModel(pairs []Pair, l2, th float64) *place.Model {
	byWindow, windows := windowsOf(pairs)
	inner := make([]*place.Model, len(windows))
	var xs [][]float64
	var ys []bool
	for i, v := range windows {
		var tr []place.Example
		for _, p := range pairs {
			if p.Window != v || len(windows) == 1 {
				tr = append(tr, p.Features)
			}
		}
		inner[i] = place.Fit(tr, l2)
		x, y := EventExamples(byWindow[v], inner[i], th)
		xs, ys = append(xs, x...), append(ys, y...)
	}
	em := place.FitLogistic(place.EventFeatureNames(), xs, ys, l2)
	var counts [thresholdSteps]PairCounts
	for t := 1; t < thresholdSteps; t++ {
		em.Threshold = float64(t) / thresholdSteps
		for i, v := range windows {
			counts[t].add(countsOf(byWindow[v], SimulateEvents(byWindow[v], inner[i], th, em)))
		}
	}
	em.Threshold = bestF05(&counts, f05Tie)
	return em
}

// EventStudy measures the event model left out by window on collected pairs, simulated: for
// each window, the pair model and its threshold fitted and chosen on the other windows (as
// LeaveWindowOut), the event model by FitEventModel on them. It prints the simulated pairwise
// scores with the event model and with the two best members' support it replaced, and, at one
// pair threshold and one event threshold for every fold, both curves.
func EventStudy(pairs []Pair, l2 float64) string {
	var b strings.Builder
	byWindow, windows := windowsOf(pairs)
	names := place.EventFeatureNames()
	ths := []float64{0.6, 0.65, 0.7, 0.75, 0.8, 0.85}
	eths := []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8}
	var base, with PairCounts
	baseAt := make([]PairCounts, len(ths))
	withAt := make([][]PairCounts, len(ths))
	for i := range withAt {
		withAt[i] = make([]PairCounts, len(eths))
	}
	for _, w := range windows {
		var train []place.Example
		var trainPairs []Pair
		for _, p := range pairs {
			if p.Window != w {
				train = append(train, p.Features)
				trainPairs = append(trainPairs, p)
			}
		}
		pm := place.Fit(train, l2)
		th := ChooseThresholdLeftOut(trainPairs, pm, l2)
		em := FitEventModel(trainPairs, l2, th)
		bc := simulatedCounts(byWindow[w], pm, th)
		wc := countsOf(byWindow[w], SimulateEvents(byWindow[w], pm, th, em))
		base.add(bc)
		with.add(wc)
		bs, ws := bc.Scores(), wc.Scores()
		fmt.Fprintf(&b, "  %-34s th %.2f event th %.2f   support %.3f %.3f %.3f   event model %.3f %.3f %.3f\n", filepath.Base(w), th, em.Threshold,
			bs.Precision, bs.Recall, bs.F1, ws.Precision, ws.Recall, ws.F1)
		var wts []string
		for i, n := range names {
			wts = append(wts, fmt.Sprintf("%s %.2f", n, em.Weights[i]))
		}
		fmt.Fprintf(&b, "    weights: %s\n", strings.Join(wts, ", "))
		for i, t := range ths {
			baseAt[i].add(simulatedCounts(byWindow[w], pm, t))
			for j, et := range eths {
				em.Threshold = et
				withAt[i][j].add(countsOf(byWindow[w], SimulateEvents(byWindow[w], pm, t, em)))
			}
		}
	}
	bs, ws := base.Scores(), with.Scores()
	fmt.Fprintf(&b, "  pooled, simulated pairwise: support %.3f %.3f %.3f   event model %.3f %.3f %.3f\n", bs.Precision, bs.Recall, bs.F1, ws.Precision, ws.Recall, ws.F1)
	fmt.Fprintf(&b, "  one threshold for every fold (P R): pair threshold, support | event threshold, event model\n")
	for i, t := range ths {
		s := baseAt[i].Scores()
		fmt.Fprintf(&b, "    %.2f  %.3f %.3f |", t, s.Precision, s.Recall)
		for j, et := range eths {
			s := withAt[i][j].Scores()
			fmt.Fprintf(&b, "  %.1f %.3f %.3f", et, s.Precision, s.Recall)
		}
		b.WriteString("\n")
	}
	return b.String()
}
