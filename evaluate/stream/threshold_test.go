package stream

import (
	"fmt"
	"testing"

	"crosscheck/place"
)

// pairsOf makes n labelled pairs of window w with the first two features set.
func pairsOf(w string, n int, same bool, x0, x1 float64) []Pair {
	var out []Pair
	for i := range n {
		tag := fmt.Sprintf("%s-%v-%v-%v-%d", w, same, x0, x1, i)
		p := Pair{Window: w, Article: "b" + tag, Other: "a" + tag, Event: "b" + tag, OtherEv: "a" + tag}
		if same {
			p.OtherEv = p.Event
		}
		p.Features.X[0], p.Features.X[1] = x0, x1
		p.Features.Same = same
		out = append(out, p)
	}
	return out
}

func fitPairs(ps []Pair) *place.Model {
	var ex []place.Example
	for _, p := range ps {
		ex = append(ex, p.Features)
	}
	return place.Fit(ex, 1)
}

// A window whose same-event pairs only a feature of its own separates (the other windows
// never show it) makes a model fitted on every window surer than it will be of news it has
// not seen: the threshold chosen out of sample is the more cautious one. With one window
// there is nothing to leave out, and the two choices are one.
func TestChooseThresholdLeftOut(t *testing.T) {
	var ps []Pair
	for _, w := range []string{"w1", "w2"} {
		ps = append(ps, pairsOf(w, 10, true, 1, 0)...)
		ps = append(ps, pairsOf(w, 20, false, 0, 0)...)
		ps = append(ps, pairsOf(w, 5, false, 1, 0)...)
	}
	ps = append(ps, pairsOf("w3", 10, true, 0.6, 1)...)
	ps = append(ps, pairsOf("w3", 10, false, 0.6, 0)...)
	m := fitPairs(ps)
	in, out := ChooseThreshold(ps, m), ChooseThresholdLeftOut(ps, m, 1)
	if out <= in {
		t.Errorf("left-out threshold %.2f, in-sample %.2f: want the left-out one higher", out, in)
	}
	one := ps[:35]
	m1 := fitPairs(one)
	if a, b := ChooseThreshold(one, m1), ChooseThresholdLeftOut(one, m1, 1); a != b {
		t.Errorf("one window: left-out %.2f, in-sample %.2f, want the same", b, a)
	}
}
