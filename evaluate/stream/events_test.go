package stream

import (
	"math"
	"testing"

	"crosscheck/place"
)

// member is an event member among the candidates with the given probability, names,
// headline-and-lead and body cosines, days apart.
func member(prob, names, lead, body, days float64) eventMember {
	x := make([]float64, len(place.FeatureNames()))
	x[fNames], x[fLead], x[fBody], x[fLeadNames], x[fGap] = names, lead, body, names, math.Log1p(days)
	return eventMember{prob: prob, x: x}
}

// TestEventFeatures: an event's features pool its members among the candidates over the
// size of the whole event: three weak members of a three-article event say more than three
// of a thirty-article one.
func TestEventFeatures(t *testing.T) {
	ms := []eventMember{member(0.6, 0.4, 0.2, 0.1, 0), member(0.45, 0.4, 0.2, 0.1, 0.5), member(0.3, 0.4, 0.2, 0.1, 2)}
	small, big := eventFeatures(ms, 3), eventFeatures(ms, 30)
	want := map[string]float64{"best": 0.6, "second": 0.45, "top3": 0.45, "share": 1, "pool_names": 1.2 / math.Sqrt(3), "day_share": 2.0 / 3}
	for i, n := range eventFeatureNames {
		if w, ok := want[n]; ok && math.Abs(small[i]-w) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", n, small[i], w)
		}
		switch n {
		case "share", "pool_names", "pool_lead", "pool_body", "pool_lnames", "day_share":
			if big[i] >= small[i] {
				t.Errorf("%s: a big event's %.3f should be under a small one's %.3f", n, big[i], small[i])
			}
		}
	}
	if got := eventFeatures(ms, 0); got[4] != 1 {
		t.Errorf("share with size 0 = %.3f, want 1 (the size is at least the members counted)", got[4])
	}
}

// titleModel is a pair model we write whose probability is the logistic of the title feature.
func titleModel() *place.Model {
	n := len(place.FeatureNames())
	m := &place.Model{Names: place.FeatureNames(), Mean: make([]float64, n), Scale: make([]float64, n), Weights: make([]float64, n), Threshold: 0.75}
	for i := range m.Scale {
		m.Scale[i] = 1
	}
	m.Weights[0] = 1
	return m
}

// pairAt is a collected pair that titleModel scores prob.
func pairAt(article, other, ev, otherEv string, prob, names float64) Pair {
	p := Pair{Window: "w", Article: article, Other: other, Event: ev, OtherEv: otherEv}
	p.Features.X[0] = math.Log(prob / (1 - prob))
	p.Features.X[fNames] = names
	p.Features.Same = ev == otherEv
	return p
}

// eventModel is an event model we write: the better an event's best three members and the
// more names they share, the likelier.
func eventModel(threshold float64) *place.Model {
	d := len(eventFeatureNames)
	m := &place.Model{Names: eventFeatureNames, Mean: make([]float64, d), Scale: make([]float64, d), Weights: make([]float64, d), Bias: -4, Threshold: threshold}
	for i := range m.Scale {
		m.Scale[i] = 1
	}
	m.Weights[2] = 4 // top3
	m.Weights[5] = 3 // pool_names
	return m
}

// TestSimulateEvents: an angle fairly like each of three reports of one happening and
// strongly like none (no member reaches the pair threshold, and the two best fall short
// of support) joins their event by the event model, not by the pair model alone; one fair
// member is not enough, nor a member a rule keeps apart, nor an event model's probability
// under its threshold. Replayed with the gold, the angle is one example per candidate event.
func TestSimulateEvents(t *testing.T) {
	reports := []Pair{
		pairAt("r2", "r1", "E", "E", 0.9, 0.5),
		pairAt("r3", "r1", "E", "E", 0.9, 0.5), pairAt("r3", "r2", "E", "E", 0.9, 0.5),
	}
	angle := func(probs ...float64) []Pair {
		ps := append([]Pair{}, reports...)
		for i, p := range probs {
			ps = append(ps, pairAt("angle", []string{"r1", "r2", "r3"}[i], "E", "E", p, 0.5))
		}
		return ps
	}
	apart := angle(0.45, 0.45, 0.45)
	for i := len(reports); i < len(apart); i++ {
		apart[i].Features.Apart = true
	}
	for _, tc := range []struct {
		name      string
		pairs     []Pair
		threshold float64
		want      bool
	}{
		{"three fair members", angle(0.45, 0.45, 0.45), 0.5, true},
		{"one fair member", angle(0.45), 0.5, false},
		{"kept apart", apart, 0.1, false},
		{"under the event threshold", angle(0.45, 0.45, 0.45), 0.9, false},
	} {
		pm := titleModel()
		if got := simulateEvents(tc.pairs, pm, pm.Threshold, eventModel(2), false, nil); got["angle"] == got["r1"] {
			t.Errorf("%s: joined without the event model", tc.name)
		}
		got := simulateEvents(tc.pairs, pm, pm.Threshold, eventModel(tc.threshold), false, nil)
		if joined := got["angle"] == got["r1"]; joined != tc.want {
			t.Errorf("%s: joined %v, want %v", tc.name, joined, tc.want)
		}
		if got["r3"] != got["r1"] {
			t.Errorf("%s: the reports are apart (%v)", tc.name, got)
		}
	}
	// Teacher forcing: the reports' event is the gold's, so the angle meets one event of
	// three members (one example, labelled the same), and r3 one of two.
	xs, ys := eventExamples(angle(0.45, 0.45, 0.45), titleModel(), 0, nil)
	if len(xs) != 3 || !ys[0] || !ys[1] || !ys[2] {
		t.Fatalf("examples %d, labels %v; want 3, all the same event", len(xs), ys)
	}
	if size := math.Expm1(xs[2][3]); math.Abs(size-3) > 1e-9 {
		t.Errorf("the angle's event has %.0f articles, want 3", size)
	}
	// Only where the best member does not decide: r2 and r3 (at 0.9) give none.
	if xs, _ := eventExamples(angle(0.45, 0.45, 0.45), titleModel(), 0.75, nil); len(xs) != 1 {
		t.Errorf("examples under the threshold %d, want 1", len(xs))
	}
}

// TestFitLogistic: the fit weighs the feature that tells the labels apart and not the one
// that does not, and its probabilities order the examples by it.
func TestFitLogistic(t *testing.T) {
	var xs [][]float64
	var ys []bool
	for i := range 200 {
		v := float64(i%20) / 20
		xs = append(xs, []float64{v, float64(i % 3)})
		ys = append(ys, v+0.1*float64(i%7)/7 > 0.55)
	}
	m := place.FitLogistic([]string{"signal", "noise"}, xs, ys, 1)
	if m.Weights[0] <= 1 || math.Abs(m.Weights[1]) > 0.5 {
		t.Errorf("weights %v: want the signal weighed, the noise near 0", m.Weights)
	}
	if lo, hi := m.Raw([]float64{0.1, 1}), m.Raw([]float64{0.9, 1}); lo >= 0.2 || hi <= 0.8 {
		t.Errorf("probabilities %.3f and %.3f at the ends", lo, hi)
	}
}

// TestPooler: an angle naming the two people of an event, each report naming one, is closer
// to the event's pooled names than to either report; a report of other people is not; the
// pooled cosines reach the event model's features, and an article without vectors pools to 0.
func TestPooler(t *testing.T) {
	v := func(ids ...uint32) place.Vector {
		var out place.Vector
		for _, id := range ids {
			out = append(out, place.TermCount{ID: id, N: 1})
		}
		return out
	}
	idf := map[uint32]float64{1: 2, 2: 2, 3: 1, 4: 1, 5: 1, 6: 1}
	arts := map[string]ArticleVectors{
		"angle": {Names: v(1, 2), IDF: idf}, "r1": {Names: v(1, 3), IDF: idf}, "r2": {Names: v(2, 4), IDF: idf},
		"other": {Names: v(5, 6), IDF: idf}, "filler": {Names: v(3, 4, 5, 6), IDF: idf},
	}
	pool := poolerOf(arts, false)
	both, one, none := pool("angle", []string{"r1", "r2"})[0], pool("angle", []string{"r1"})[0], pool("angle", []string{"other"})[0]
	if both <= one || one <= 0 || none != 0 {
		t.Errorf("pooled names cosines: both reports %.3f, one %.3f, others %.3f", both, one, none)
	}
	if got := pool("unknown", []string{"r1"}); got[0] != 0 || len(got) != len(pooledNames) {
		t.Errorf("an article without vectors: %v", got)
	}
	// The idf of the moment weighs: with the shared names made common, the angle is further
	// from the reports.
	common := map[uint32]float64{1: 0.1, 2: 0.1, 3: 1, 4: 1, 5: 1, 6: 1}
	for id, a := range arts {
		a.IDF = common
		arts[id] = a
	}
	if got := poolerOf(arts, false)("angle", []string{"r1", "r2"})[0]; got >= both {
		t.Errorf("pooled names cosine with common names %.3f, want under %.3f", got, both)
	}
	if got := poolerOf(arts, true)("angle", []string{"r1", "r2"})[0]; got <= 0 {
		t.Errorf("with the window's idf: %.3f", got)
	}
	info := &eventInfo{members: []eventMember{member(0.5, 0, 0, 0, 0)}, size: 2, pooled: pool("angle", []string{"r1", "r2"})}
	if f := info.features(); len(f) != len(eventFeatureNames)+len(pooledNames) || f[len(eventFeatureNames)] != both {
		t.Errorf("features %v: want the pooled cosines after the event features", f)
	}
}
