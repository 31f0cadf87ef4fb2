package place

import (
	"math"
	"testing"
)

// member is an event member among the candidates with the given probability and names,
// headline-and-lead and body cosines, days apart.
func member(prob, names, lead, body, days float64) EventMember {
	m := EventMember{Prob: prob}
	m.X[3], m.X[1], m.X[2], m.X[5], m.X[11] = names, lead, body, names, math.Log1p(days)
	return m
}

// TestEventFeatures: an event's features pool its members among the candidates over the
// size of the whole event: three weak members of a three-article event say more than three
// of a thirty-article one.
func TestEventFeatures(t *testing.T) {
	ms := []EventMember{member(0.6, 0.4, 0.2, 0.1, 0), member(0.45, 0.4, 0.2, 0.1, 0.5), member(0.3, 0.4, 0.2, 0.1, 2)}
	small, big := EventFeatures(ms, 3), EventFeatures(ms, 30)
	want := map[string]float64{"best": 0.6, "second": 0.45, "top3": 0.45, "share": 1, "pool_names": 1.2 / math.Sqrt(3), "day_share": 2.0 / 3}
	for i, n := range eventFeatureNames {
		if w, ok := want[n]; ok && math.Abs(small[i]-w) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", n, small[i], w)
		}
	}
	for i, n := range eventFeatureNames {
		switch n {
		case "share", "pool_names", "pool_lead", "pool_body", "pool_lnames", "day_share":
			if big[i] >= small[i] {
				t.Errorf("%s: a big event's %.3f should be under a small one's %.3f", n, big[i], small[i])
			}
		}
	}
	// A size under the members counted (an event's count not yet written) is the members.
	if got := EventFeatures(ms, 0); got[4] != 1 {
		t.Errorf("share with size 0 = %.3f, want 1", got[4])
	}
}

// pooledModel is an event model we write: the more of an event's members among the
// candidates and the more they share names, the likelier.
func pooledModel(threshold float64) *Model {
	d := len(eventFeatureNames)
	m := &Model{Names: eventFeatureNames, Mean: make([]float64, d), Scale: make([]float64, d), Weights: make([]float64, d), Bias: -4, Threshold: threshold}
	for i := range m.Scale {
		m.Scale[i] = 1
	}
	m.Weights[2] = 4 // top3
	m.Weights[5] = 3 // pool_names
	return m
}

// TestByEvent: where no single candidate reaches the pair threshold, the event model joins
// the event whose members together are likely (three fair members sharing names), not one
// of a single fair member, not one a rule keeps apart, and nothing under its threshold.
func TestByEvent(t *testing.T) {
	c := func(event int64, size int, m EventMember) candidate {
		return candidate{event: event, size: size, prob: m.Prob, pair: Pair{X: m.X}, prof: &Profile{}}
	}
	three := func(event int64) []candidate {
		return []candidate{c(event, 3, member(0.6, 0.4, 0.2, 0.1, 0)), c(event, 3, member(0.55, 0.4, 0.2, 0.1, 0)), c(event, 3, member(0.5, 0.4, 0.2, 0.1, 0))}
	}
	for _, tc := range []struct {
		name      string
		cands     []candidate
		threshold float64
		want      int64
	}{
		{"three fair members", three(1), 0.5, 1},
		{"one fair member", []candidate{c(2, 1, member(0.6, 0.4, 0.2, 0.1, 0))}, 0.5, 0},
		{"the better event wins", append([]candidate{c(2, 1, member(0.65, 0.4, 0.2, 0.1, 0))}, three(1)...), 0.1, 1},
		{"under the event threshold", three(1), 0.9, 0},
		{"kept apart", []candidate{c(1, 3, member(0, 0.4, 0.2, 0.1, 0)), c(1, 3, member(0, 0.4, 0.2, 0.1, 0)), c(1, 3, member(0, 0.4, 0.2, 0.1, 0))}, 0.5, 0},
	} {
		pl := &placement{p: &Placer{opt: Options{EventModel: pooledModel(tc.threshold)}}}
		got, p := pl.byEvent(tc.cands)
		var e int64
		if got != nil {
			e = got.event
			if p < tc.threshold {
				t.Errorf("%s: joined at %.3f under the threshold %.2f", tc.name, p, tc.threshold)
			}
		}
		if e != tc.want {
			t.Errorf("%s: event %d, want %d", tc.name, e, tc.want)
		}
	}
}
