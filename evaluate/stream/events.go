package stream

import (
	"context"
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"crosscheck/place"
)

// An event model: a second small learned model deciding article -> candidate event from what
// the event as a whole says (its members among the candidates and its size), tried at stop 33
// (docs/quality.md) and not kept in the placer. This measures it on collected pairs, left out
// by window: `go run ./place/internal/gen/weights -folds 0 -pairs FILE -event-study`.

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

// eventMember is one of an event's members among an article's candidates.
type eventMember struct {
	prob float64 // the pair model's probability (0 when a rule keeps them apart)
	x    []float64
}

// Pair features the event features pool, by name (place.FeatureNames).
var (
	fLead, fBody, fNames, fLeadNames, fGap = pairFeature("lead"), pairFeature("body"), pairFeature("names"), pairFeature("lead_names"), pairFeature("gap")
)

func pairFeature(name string) int {
	i := slices.Index(place.FeatureNames(), name)
	if i < 0 {
		panic("stream: no pair feature " + name)
	}
	return i
}

// eventFeatures returns the event-level features of an article against an event of size
// articles, members being those among its candidates, best first.
func eventFeatures(members []eventMember, size int) []float64 {
	k := len(members)
	size = max(size, k, 1)
	x := make([]float64, len(eventFeatureNames))
	if k > 0 {
		x[0] = members[0].prob
		x[10] = members[0].x[fGap]
	}
	if k > 1 {
		x[1] = members[1].prob
	}
	for i := 0; i < 3 && i < k; i++ {
		x[2] += members[i].prob / 3
	}
	x[3] = math.Log1p(float64(size))
	x[4] = float64(k) / float64(size)
	root := math.Sqrt(float64(size))
	day := 0
	for _, m := range members {
		x[5] += m.x[fNames] / root
		x[6] += m.x[fLead] / root
		x[7] += m.x[fBody] / root
		x[8] += m.x[fLeadNames] / root
		if m.x[fGap] < math.Log(2) {
			day++
		}
	}
	x[9] = float64(day) / float64(size)
	return x
}

// chooseEvent returns the index of the candidate event the event model em joins (-1: none):
// the most probable event whose best member no rule keeps apart, when that probability
// reaches em.Threshold.
func chooseEvent(evs []*eventInfo, em *place.Model) int {
	best, bp := -1, 0.0
	for i, e := range evs {
		if len(e.members) == 0 || e.members[0].prob <= 0 {
			continue
		}
		if p := em.Raw(e.features()); p >= em.Threshold && p > bp {
			best, bp = i, p
		}
	}
	return best
}

// eventInfo is what an article's candidates tell of one event: its members among them, best
// first, its size, and (with profiles) the cosines with its pooled profile.
type eventInfo struct {
	members []eventMember
	size    int
	pooled  []float64
}

// features are the event model's features of the event (eventFeatures, then pooled).
func (e *eventInfo) features() []float64 {
	return append(eventFeatures(e.members, e.size), e.pooled...)
}

// pooler returns the cosines of article a with the pooled profile of an event of articles.
type pooler func(a string, articles []string) []float64

// replayEvents walks one window's pairs in arrival order. For each article it groups the
// candidates by the event of each (as assigned so far; an article first seen as a candidate
// is an event of its own, or of what start says), gives decide what each event tells (with
// pool, its pooled cosines too), and records decide's choice ("": a new event).
func replayEvents(ps []Pair, pm *place.Model, start func(id string) string, pool pooler,
	decide func(a string, evs []string, info map[string]*eventInfo) string) map[string]string {
	order, cands := candidatesByArticle(ps, pm)
	ev := map[string]string{}
	arts := map[string][]string{}
	join := func(a, e string) {
		if old, ok := ev[a]; ok {
			// seen as a candidate before its own turn (Simulate does the same)
			arts[old] = slices.DeleteFunc(arts[old], func(x string) bool { return x == a })
		}
		ev[a] = e
		arts[e] = append(arts[e], a)
	}
	for _, a := range order {
		cs := cands[a]
		info := map[string]*eventInfo{}
		var evs []string
		for _, c := range cs {
			if _, ok := ev[c.other]; !ok {
				join(c.other, start(c.other))
			}
			e := ev[c.other]
			if _, ok := info[e]; !ok {
				evs = append(evs, e)
				info[e] = &eventInfo{}
			}
			info[e].members = append(info[e].members, eventMember{prob: c.prob, x: c.x})
		}
		for _, e := range evs {
			info[e].size = len(arts[e])
			if pool != nil {
				info[e].pooled = pool(a, arts[e])
			}
		}
		e := decide(a, evs, info)
		if e == "" {
			e = start(a)
		}
		join(a, e)
	}
	return ev
}

// eventExamples are the event model's training examples from one window's pairs: the window
// replayed in arrival order with the gold as the oracle for where earlier articles went
// (teacher forcing), one example per (article, candidate event), labelled whether the article
// is of that event. With below above 0, only articles whose best member is under it (those the
// best member does not decide).
func eventExamples(ps []Pair, pm *place.Model, below float64, pool pooler) ([][]float64, []bool) {
	gold := map[string]string{}
	for _, p := range ps {
		gold[p.Article], gold[p.Other] = p.Event, p.OtherEv
	}
	var xs [][]float64
	var ys []bool
	replayEvents(ps, pm, func(id string) string { return gold[id] }, pool,
		func(a string, evs []string, info map[string]*eventInfo) string {
			if below > 0 && len(evs) > 0 && info[evs[0]].members[0].prob >= below {
				return gold[a]
			}
			for _, e := range evs {
				xs = append(xs, info[e].features())
				ys = append(ys, e == gold[a])
			}
			return gold[a]
		})
	return xs, ys
}

// simulateEvents is the placer's event decision with an event model, on collected pairs: in
// arrival order, an article joins its best member's event when that member reaches
// threshold, else (unless replace) the event whose two best members support it
// (place.Support), else the candidate event the event model em joins (chooseEvent), else
// opens an event. replace: the event model instead of support.
func simulateEvents(ps []Pair, pm *place.Model, threshold float64, em *place.Model, replace bool, pool pooler) map[string]string {
	return replayEvents(ps, pm, func(id string) string { return id }, pool,
		func(a string, evs []string, info map[string]*eventInfo) string {
			if len(evs) > 0 && info[evs[0]].members[0].prob >= threshold {
				return evs[0]
			}
			if !replace {
				be, bs := "", 0.0
				for _, e := range evs {
					ms := info[e].members
					second := 0.0
					if len(ms) > 1 {
						second = ms[1].prob
					}
					if v := place.Support(ms[0].prob, second, threshold); v >= threshold && v > bs {
						be, bs = e, v
					}
				}
				if be != "" {
					return be
				}
			}
			infos := make([]*eventInfo, len(evs))
			for i, e := range evs {
				infos[i] = info[e]
			}
			if i := chooseEvent(infos, em); i >= 0 {
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

// fitEventModel fits the event model on the pairs' windows: each window's teacher-forced
// examples with pair probabilities from a pair model fitted (with l2) on the other windows
// only, as the placer meets news its pair model has not seen (after support: only articles
// whose best member is under th; replace: all). Its threshold is the best pooled F0.5 (the
// highest within f05Tie, as the pair model's) of the windows grouped by simulateEvents, each
// with that pair model and the pair threshold th.
func fitEventModel(pairs []Pair, l2, th float64, replace bool, pools map[string]pooler) *place.Model {
	byWindow, windows := windowsOf(pairs)
	inner := make([]*place.Model, len(windows))
	below := th
	if replace {
		below = 0
	}
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
		x, y := eventExamples(byWindow[v], inner[i], below, pools[v])
		xs, ys = append(xs, x...), append(ys, y...)
	}
	em := place.FitLogistic(modelNames(pools), xs, ys, l2)
	var counts [thresholdSteps]PairCounts
	for t := 1; t < thresholdSteps; t++ {
		em.Threshold = float64(t) / thresholdSteps
		for i, v := range windows {
			counts[t].add(countsOf(byWindow[v], simulateEvents(byWindow[v], inner[i], th, em, replace, pools[v])))
		}
	}
	em.Threshold = bestF05(&counts, f05Tie)
	return em
}

// EventStudy measures the event model left out by window on collected pairs, simulated: for
// each window, the pair model and its threshold fitted and chosen on the other windows (as
// LeaveWindowOut), the event model fitted on them (fitEventModel). It prints the simulated
// pairwise scores with and without the event model and, at one pair threshold and one event
// threshold for every fold, both curves. replace: the event model instead of support (else
// after it).
func EventStudy(pairs []Pair, l2 float64, replace bool, profiles map[string]map[string]ArticleVectors, windowIDF bool) string {
	var pools map[string]pooler
	if profiles != nil {
		pools = map[string]pooler{}
		for w, ps := range profiles {
			pools[w] = poolerOf(ps, windowIDF)
		}
	}
	var b strings.Builder
	byWindow, windows := windowsOf(pairs)
	ths := []float64{0.6, 0.65, 0.7, 0.75, 0.8, 0.85}
	eths := []float64{0.5, 0.6, 0.7, 0.8, 0.9, 0.95}
	var base, with PairCounts
	baseAt := make([]PairCounts, len(ths))
	withAt := make([][]PairCounts, len(ths))
	for i := range withAt {
		withAt[i] = make([]PairCounts, len(eths))
	}
	for _, w := range windows {
		trainPairs, train := otherWindows(pairs, w)
		pm := place.Fit(train, l2)
		th := ChooseThresholdLeftOut(trainPairs, pm, l2)
		em := fitEventModel(trainPairs, l2, th, replace, pools)
		bc := simulatedCounts(byWindow[w], pm, th)
		wc := countsOf(byWindow[w], simulateEvents(byWindow[w], pm, th, em, replace, pools[w]))
		base.add(bc)
		with.add(wc)
		bs, ws := bc.Scores(), wc.Scores()
		fmt.Fprintf(&b, "  %-34s th %.2f event th %.2f   pair model %.3f %.3f %.3f   with event model %.3f %.3f %.3f\n", filepath.Base(w), th, em.Threshold,
			bs.Precision, bs.Recall, bs.F1, ws.Precision, ws.Recall, ws.F1)
		var wts []string
		for i, n := range modelNames(pools) {
			wts = append(wts, fmt.Sprintf("%s %.2f", n, em.Weights[i]))
		}
		fmt.Fprintf(&b, "    weights: %s\n", strings.Join(wts, ", "))
		for i, t := range ths {
			baseAt[i].add(simulatedCounts(byWindow[w], pm, t))
			for j, et := range eths {
				em.Threshold = et
				withAt[i][j].add(countsOf(byWindow[w], simulateEvents(byWindow[w], pm, t, em, replace, pools[w])))
			}
		}
	}
	bs, ws := base.Scores(), with.Scores()
	fmt.Fprintf(&b, "  pooled, simulated pairwise: pair model %.3f %.3f %.3f   with event model %.3f %.3f %.3f\n", bs.Precision, bs.Recall, bs.F1, ws.Precision, ws.Recall, ws.F1)
	fmt.Fprintf(&b, "  one threshold for every fold (P R): pair threshold, pair model | event threshold, with event model\n")
	for i, t := range ths {
		s := baseAt[i].Scores()
		fmt.Fprintf(&b, "    %.2f  %.3f %.3f |", t, s.Precision, s.Recall)
		for j, et := range eths {
			s := withAt[i][j].Scores()
			fmt.Fprintf(&b, "  %.2f %.3f %.3f", et, s.Precision, s.Recall)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// pooledNames are the features a pooler adds: the article's cosines with the event's pooled
// names, headline and lead, and body (each member's vector weighed by rarity and made unit
// length, summed over every article of the event, not only those among the candidates).
var pooledNames = []string{"pooled_names", "pooled_lead", "pooled_body"}

func modelNames(pools map[string]pooler) []string {
	if pools == nil {
		return eventFeatureNames
	}
	return append(slices.Clone(eventFeatureNames), pooledNames...)
}

// ArticleVectors are an article's vectors as the placer profiled it (term ids of its
// window's run) and the idf of their terms when it was placed.
type ArticleVectors struct {
	Names, Lead, Body place.Vector
	IDF               map[uint32]float64
}

// CollectProfiles runs the window through the pipeline as Collect does and returns every
// article's vectors, for the pooled features.
func CollectProfiles(ctx context.Context, w Window) (map[string]ArticleVectors, error) {
	var mu sync.Mutex
	out := map[string]ArticleVectors{}
	var failed error
	opt := place.Options{Model: never(), ObserveProfile: func(p *place.Profile, idf func(uint32) (float64, error)) {
		mu.Lock()
		defer mu.Unlock()
		v := ArticleVectors{Names: p.Names, Lead: p.Lead, Body: p.Body, IDF: map[uint32]float64{}}
		for _, vec := range []place.Vector{p.Names, p.Lead, p.Body} {
			for _, t := range vec {
				x, err := idf(t.ID)
				if err != nil {
					failed = err
				}
				v.IDF[t.ID] = x
			}
		}
		out[p.ID] = v
	}}
	if _, err := Evaluate(ctx, w.File, w.Gold, Options{Place: opt, NoBaselines: true}); err != nil {
		return nil, err
	}
	return out, failed
}

// poolerOf pools one window's articles: terms weighed by count times idf, each article's
// vector unit length, an event's pooled vector their sum. The idf is the placer's when it
// placed the article (what a placer could pool), or with windowIDF the window's own over all
// its articles (which knows the document frequencies of articles still to come).
func poolerOf(arts map[string]ArticleVectors, windowIDF bool) pooler {
	type sparse = map[uint32]float64
	kinds := func(v ArticleVectors) [3]place.Vector { return [3]place.Vector{v.Names, v.Lead, v.Body} }
	var df [3]map[uint32]int
	for k := range df {
		df[k] = map[uint32]int{}
	}
	for _, v := range arts {
		for k, vec := range kinds(v) {
			for _, t := range vec {
				df[k][t.ID]++
			}
		}
	}
	n := float64(len(arts))
	unit := map[string][3]sparse{}
	for id, v := range arts {
		var u [3]sparse
		for k, vec := range kinds(v) {
			u[k] = sparse{}
			var norm float64
			for _, t := range vec {
				idf := v.IDF[t.ID]
				if windowIDF {
					idf = math.Log(1 + n/float64(df[k][t.ID]))
				}
				w := float64(t.N) * idf
				u[k][t.ID] = w
				norm += w * w
			}
			if norm > 0 {
				for t := range u[k] {
					u[k][t] /= math.Sqrt(norm)
				}
			}
		}
		unit[id] = u
	}
	return func(a string, members []string) []float64 {
		out := make([]float64, 3)
		ua, ok := unit[a]
		if !ok {
			return out
		}
		for k := range 3 {
			pool := sparse{}
			for _, m := range members {
				if um, ok := unit[m]; ok {
					for t, w := range um[k] {
						pool[t] += w
					}
				}
			}
			var dot, norm float64
			ids := slices.Sorted(maps.Keys(pool)) // one order of the sums, one result
			for _, t := range ids {
				w := pool[t]
				norm += w * w
				dot += w * ua[k][t]
			}
			if norm > 0 {
				out[k] = dot / math.Sqrt(norm)
			}
		}
		return out
	}
}
