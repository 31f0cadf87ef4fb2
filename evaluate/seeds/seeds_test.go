package seeds

import (
	"context"
	"testing"

	"crosscheck/internal/testenv"
)

// knownMisses are the gold's checks the product does not meet yet; their misses are
// reported, not required (docs/quality.md, "Seeds"). The placement stage's own seed test
// requires the part of them it meets: the three reports of the Kyiv visit in one event, no
// event mixing two gold events but for 003, every storyline inside the gold's.
var knownMisses = map[string]bool{"events": true, "storylines": true}

// TestSeedsGold is the first acceptance test: the whole pipeline on the five seed articles
// against every item of the hand-made gold file.
func TestSeedsGold(t *testing.T) {
	dir := testenv.SharedFile(t, "corpus/seeds")
	rep, err := Evaluate(context.Background(), dir, GoldPath(dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range rep.Checks {
		if c.Passed == c.Total {
			continue
		}
		if knownMisses[c.Name] {
			t.Logf("known miss: %s %d/%d: %v", c.Name, c.Passed, c.Total, c.Failures)
			continue
		}
		t.Errorf("gold items missed: %s %d/%d\n%s", c.Name, c.Passed, c.Total, rep.Text())
	}
}

// TestSeedsOrders ingests the seeds in several arrival orders (the clustering package tests
// all 120 on its own): events, storylines and provenance must not depend on the order.
func TestSeedsOrders(t *testing.T) {
	dir := testenv.SharedFile(t, "corpus/seeds")
	names := []string{"000_eacabbcb2531af97.txt", "001_b2e12d3271f73d87.txt", "002_5bca890406dc8bf0.txt", "003_dd63bbf8b66a9ab8.txt", "004_fddab8aa105ee974.txt"}
	for _, m := range [][]int{{4, 3, 2, 1, 0}, {0, 2, 4, 1, 3}, {3, 0, 4, 2, 1}, {2, 0, 1, 3, 4}} {
		var order []string
		for _, i := range m {
			order = append(order, names[i])
		}
		rep, err := EvaluateOrder(context.Background(), dir, GoldPath(dir), order)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"events", "storylines", "derived_from", "not_derived", "unsupported"} {
			if c := rep.Check(name); c.Passed != c.Total && !knownMisses[name] {
				t.Errorf("order %v: %s %d/%d: %v", m, name, c.Passed, c.Total, c.Failures)
			}
		}
	}
}
