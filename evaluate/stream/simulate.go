package stream

import (
	"slices"

	"crosscheck/place"
)

// Simulate replays the placer's event decisions on collected pairs: in arrival order, each
// article joins the event of its most probable candidate when the model's probability
// reaches threshold, else the event its members support enough together (place.Support),
// else opens an event. The candidates are those the product retrieved,
// so this is the placer's grouping without the database (storylines and provenance
// shortcuts aside), fast enough to choose a threshold.
func Simulate(pairs []Pair, m *place.Model, threshold float64) map[string]string {
	order, cands := candidatesByArticle(pairs, m)
	ev := map[string]string{}
	for _, a := range order {
		cs := cands[a]
		ev[a] = a
		// The most probable member decides when it reaches the threshold; else the event
		// whose two best members support the article enough (place.Support), as the placer.
		evOf := func(o string) string {
			if e, ok := ev[o]; ok {
				return e
			}
			return o // an article that had no candidates is an event of its own
		}
		if len(cs) > 0 && cs[0].prob >= threshold {
			ev[a] = evOf(cs[0].other)
			continue
		}
		type top struct{ first, second float64 }
		tops := map[string]*top{}
		var evs []string
		for _, c := range cs {
			e := evOf(c.other)
			t, ok := tops[e]
			if !ok {
				tops[e] = &top{first: c.prob}
				evs = append(evs, e)
				continue
			}
			t.second = max(t.second, c.prob)
		}
		bs := 0.0
		for _, e := range evs {
			if v := place.Support(tops[e].first, tops[e].second, threshold); v >= threshold && v > bs {
				ev[a], bs = e, v
			}
		}
	}
	return ev
}

// scoredCand is a candidate of an article: the other article, the model's raw probability
// (0 when a rule keeps the two apart) and the pair's features.
type scoredCand struct {
	other string
	prob  float64
	x     []float64
}

// candidatesByArticle groups a window's pairs by their later article, the articles in arrival
// order and each one's candidates most probable first (stable, so equal ones stay in the order
// the placer scored them): what Simulate and the event study replay.
func candidatesByArticle(ps []Pair, m *place.Model) ([]string, map[string][]scoredCand) {
	var order []string
	cands := map[string][]scoredCand{}
	for _, p := range ps {
		if _, ok := cands[p.Article]; !ok {
			order = append(order, p.Article)
		}
		prob := 0.0
		if !p.Features.Apart {
			prob = m.Raw(p.Features.X[:])
		}
		cands[p.Article] = append(cands[p.Article], scoredCand{p.Other, prob, p.Features.X[:]})
	}
	for _, cs := range cands {
		slices.SortStableFunc(cs, func(x, y scoredCand) int {
			switch {
			case x.prob > y.prob:
				return -1
			case x.prob < y.prob:
				return 1
			}
			return 0
		})
	}
	return order, cands
}

// thresholdSteps divides (0, 1) into the thresholds a choice considers: 0.05 .. 0.95.
const thresholdSteps = 20

// windowsOf groups pairs by their window, in the order the windows first appear.
func windowsOf(pairs []Pair) (map[string][]Pair, []string) {
	byWindow := map[string][]Pair{}
	var windows []string
	for _, p := range pairs {
		if _, ok := byWindow[p.Window]; !ok {
			windows = append(windows, p.Window)
		}
		byWindow[p.Window] = append(byWindow[p.Window], p)
	}
	return byWindow, windows
}

// simulatedCounts groups one window's pairs with m at threshold t and counts its pairs
// against their labels (an article without candidates is an event of its own).
func simulatedCounts(ps []Pair, m *place.Model, t float64) PairCounts {
	pred := Simulate(ps, m, t)
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

func (c *PairCounts) add(k PairCounts) {
	c.Predicted += k.Predicted
	c.Gold += k.Gold
	c.Both += k.Both
}

// f05Tie is how close two thresholds' pooled F0.5 may be and still count as a tie: a refit of
// the pair model after a change to the analysis moves the pooled scores by about this much
// (stop 27: ±0.007), so a smaller lead is noise.
const f05Tie = 0.01

// bestF05 returns the highest threshold whose pooled counts have a pairwise F0.5 within tie
// (f05Tie in the product) of the best; with tie 0, the lowest of those with the best. Where
// the labels cannot tell two thresholds apart, the higher one is the precision-first choice:
// it joins fewer articles, and an article left alone harms a reader less than one put with
// the wrong event (at stop 28 a lead of 0.007 for 0.65 over 0.70 cost the English news,
// which nothing is fitted on, pairwise precision 0.60 → 0.52).
func bestF05(counts *[thresholdSteps]PairCounts, tie float64) float64 {
	var f [thresholdSteps]float64
	best, bf := 0.5, -1.0
	for i := 1; i < thresholdSteps; i++ {
		f[i] = counts[i].Scores().FBeta(0.5)
		if f[i] > bf+1e-9 {
			best, bf = float64(i)/thresholdSteps, f[i] // the lowest of exact equals
		}
	}
	if tie <= 0 {
		return best
	}
	for i := thresholdSteps - 1; i >= 1; i-- {
		if f[i] >= bf-tie {
			return float64(i) / thresholdSteps
		}
	}
	return best
}

// ChooseThreshold returns the threshold (0.05 .. 0.95, step 0.05) whose simulated grouping of
// the pairs' windows has the best pairwise F0.5 against their labels: precision weighs twice as much as recall,
// because an article left alone is a smaller harm to a reader than one put with the wrong event. Pairs of held-out events
// must not be among them: the threshold is part of the model.
func ChooseThreshold(pairs []Pair, m *place.Model) float64 {
	return chooseThreshold(pairs, m, f05Tie)
}

func chooseThreshold(pairs []Pair, m *place.Model, tie float64) float64 {
	byWindow, windows := windowsOf(pairs)
	var counts [thresholdSteps]PairCounts
	for i := 1; i < thresholdSteps; i++ {
		for _, w := range windows {
			counts[i].add(simulatedCounts(byWindow[w], m, float64(i)/thresholdSteps))
		}
	}
	return bestF05(&counts, tie)
}

// ChooseThresholdLeftOut is ChooseThreshold judged out of sample: each window's pairs are
// grouped by a model fitted (with l2) on the other windows' pairs only, the counts pooled
// over the windows for each threshold, and the threshold with the best pooled F0.5 wins. A
// model fitted on the very pairs it groups is surer of them than of news it has not seen,
// so the in-sample choice runs low (it picked 0.65 where the left-out placement of the same
// windows and the English news nothing is fitted on both do better at 0.70–0.75). With
// fewer than two windows it is ChooseThreshold.
func ChooseThresholdLeftOut(pairs []Pair, m *place.Model, l2 float64) float64 {
	return chooseThresholdLeftOut(pairs, m, l2, f05Tie)
}

func chooseThresholdLeftOut(pairs []Pair, m *place.Model, l2, tie float64) float64 {
	byWindow, windows := windowsOf(pairs)
	if len(windows) < 2 {
		return chooseThreshold(pairs, m, tie)
	}
	var counts [thresholdSteps]PairCounts
	for _, w := range windows {
		_, train := otherWindows(pairs, w)
		mw := place.Fit(train, l2)
		for i := 1; i < thresholdSteps; i++ {
			counts[i].add(simulatedCounts(byWindow[w], mw, float64(i)/thresholdSteps))
		}
	}
	return bestF05(&counts, tie)
}
