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
// there is nothing to leave out, and the two choices are one. Ties are not broken upward
// here (tie 0): the toy's scores are plateaus, whose tops both choices would reach.
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
	in, out := chooseThreshold(ps, m, 0), chooseThresholdLeftOut(ps, m, 1, 0)
	if out <= in {
		t.Errorf("left-out threshold %.2f, in-sample %.2f: want the left-out one higher", out, in)
	}
	one := ps[:35]
	m1 := fitPairs(one)
	if a, b := chooseThreshold(one, m1, 0), chooseThresholdLeftOut(one, m1, 1, 0); a != b {
		t.Errorf("one window: left-out %.2f, in-sample %.2f, want the same", b, a)
	}
}

// Pooled F0.5 within f05Tie of the best is a tie, and a tie goes to the higher threshold.
func TestBestF05PrefersHigherOnTies(t *testing.T) {
	var c [thresholdSteps]PairCounts
	for i := range c {
		c[i] = PairCounts{Predicted: 100, Gold: 100, Both: 10} // F0.5 0.1
	}
	c[13] = PairCounts{Predicted: 100, Gold: 100, Both: 60} // 0.60
	c[14] = PairCounts{Predicted: 95, Gold: 100, Both: 57}  // P 0.60, R 0.57: within the tie
	c[15] = PairCounts{Predicted: 50, Gold: 100, Both: 30}  // P 0.60, R 0.30: well below
	if got := bestF05(&c, f05Tie); got != 0.70 {
		t.Errorf("bestF05 = %.2f, want 0.70 (the higher of a tie)", got)
	}
	c[14] = PairCounts{Predicted: 90, Gold: 100, Both: 40}
	if got := bestF05(&c, f05Tie); got != 0.65 {
		t.Errorf("bestF05 = %.2f, want 0.65 (a clear lead)", got)
	}
}
