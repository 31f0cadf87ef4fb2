package rewritegen

import (
	"flag"
	"testing"

	"crosscheck/internal/testenv"
)

// TestRewriteBenchmark generates rewrites of 500 10kGNAD articles at moderate strength with a
// fixed seed and asserts the project's targets for derived-from detection.
func TestRewriteBenchmark(t *testing.T) {
	path := testenv.SharedFile(t, "eval/10kgnad/test.csv")
	n := 500
	if testing.Short() {
		n = 100
	}
	rep, err := evaluate(path, n, 1, []Strength{Moderate})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.Text())
	m := rep.Strength("moderate")
	if m.Precision < 0.98 || m.Recall < 0.95 {
		t.Errorf("moderate: precision %.3f recall %.3f, want >= 0.98 and >= 0.95", m.Precision, m.Recall)
	}
	if m.AddedRecall < 0.8 {
		t.Errorf("moderate: added-sentence recall %.3f, want >= 0.8", m.AddedRecall)
	}
}

var allStrengths = flag.Bool("rewrite.all", false, "score every edit strength (light, moderate, heavy) on 500 sources")

// TestRewriteAllStrengths prints the full table; run with -rewrite.all.
func TestRewriteAllStrengths(t *testing.T) {
	if !*allStrengths {
		t.Skip("run with -rewrite.all")
	}
	rep, err := EvaluateRewrites(testenv.SharedFile(t, "eval/10kgnad/test.csv"), 500, 1)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.Text())
}
