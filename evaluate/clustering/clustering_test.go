package clustering

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"crosscheck/app"
	"crosscheck/evaluate/streamgen"
	"crosscheck/internal/testenv"
	"crosscheck/place"
)

// The stream is analysed once per test binary: analysis costs far more than clustering, and
// every test and tuning run scores the same inputs.
var analysed struct {
	once  sync.Once
	items []streamgen.Item
	ins   []Input
	err   error
}

func analysedStream(t *testing.T) ([]streamgen.Item, []Input) {
	t.Helper()
	dir := testenv.SharedFile(t, "eval")
	testenv.SharedFile(t, "eval/10kgnad/test.csv")
	testenv.SharedFile(t, "eval/spkatt2023-news/train")
	analysed.once.Do(func() {
		analysed.items, analysed.err = Stream(dir, Config{})
		if analysed.err == nil {
			analysed.ins = Analyse(analysed.items, app.Analyzer(app.Registry()))
		}
	})
	if analysed.err != nil {
		t.Fatal(analysed.err)
	}
	return analysed.items, analysed.ins
}

func TestBCubedAndPairwise(t *testing.T) {
	gold := map[string]string{"a": "1", "b": "1", "c": "2", "d": "2"}
	tests := []struct {
		name   string
		pred   map[string]string
		bc, pw Scores
	}{
		{"perfect", map[string]string{"a": "x", "b": "x", "c": "y", "d": "y"}, Scores{1, 1, 1}, Scores{1, 1, 1}},
		{"one cluster", map[string]string{"a": "x", "b": "x", "c": "x", "d": "x"}, Scores{0.5, 1, 2.0 / 3}, Scores{1.0 / 3, 1, 0.5}},
		{"singletons", map[string]string{}, Scores{1, 0.5, 2.0 / 3}, Scores{1, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := BCubed(gold, tt.pred); !near(got, tt.bc) {
				t.Errorf("BCubed = %+v, want %+v", got, tt.bc)
			}
			if got := Pairwise(gold, tt.pred); !near(got, tt.pw) {
				t.Errorf("Pairwise = %+v, want %+v", got, tt.pw)
			}
		})
	}
}

func near(a, b Scores) bool {
	d := func(x, y float64) bool { return x-y < 1e-9 && y-x < 1e-9 }
	return d(a.Precision, b.Precision) && d(a.Recall, b.Recall) && d(a.F1, b.F1)
}

// TestEvaluateStream runs the full evaluation on the generated stream and holds the target.
func TestEvaluateStream(t *testing.T) {
	items, ins := analysedStream(t)
	r, err := Score(context.Background(), items, ins, place.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + r.Text())
	if !strings.Contains(r.Text(), "GENERATED") {
		t.Error("report must say the stream is generated")
	}
	if r.BCubed.F1 < 0.95 {
		t.Errorf("BCubed F1 %.3f < 0.95", r.BCubed.F1)
	}
	if _, err := r.JSON(); err != nil {
		t.Fatal(err)
	}
}

// TestTune sweeps the join threshold on the generated stream (CROSSCHECK_TUNE=1).
func TestTune(t *testing.T) {
	if os.Getenv("CROSSCHECK_TUNE") == "" {
		t.Skip("set CROSSCHECK_TUNE=1 to sweep thresholds")
	}
	items, ins := analysedStream(t)
	for _, thr := range []float64{0.2, 0.3, 0.4, 0.5, 0.6} {
		m := place.DefaultModel()
		m.Threshold = thr
		r, err := Score(context.Background(), items, ins, place.Options{Model: m})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("thr %.2f: bcubed P %.3f R %.3f F1 %.3f pairwise P %.3f R %.3f F1 %.3f events %d/%d kinds %v", thr,
			r.BCubed.Precision, r.BCubed.Recall, r.BCubed.F1, r.Pairwise.Precision, r.Pairwise.Recall, r.Pairwise.F1, r.Events, r.GoldEvents, r.ByKind)
	}
}
