package figures

import (
	"context"
	"testing"

	"crosscheck/article"
	"crosscheck/internal/testenv"
)

func TestGiverSamplesLoad(t *testing.T) {
	gs, err := LoadGivers()
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) == 0 {
		t.Fatal("no judged samples embedded")
	}
	for _, g := range gs {
		if g.Stream == "" || len(g.Samples) == 0 {
			t.Errorf("a judged file without stream or samples: %+v", g)
		}
	}
	for _, s := range allSamples(gs) {
		right := 0
		for _, it := range s.Items {
			if it.ID == "" || it.End <= it.Start {
				t.Errorf("seed %d: item %+v has no article or span", s.Seed, it)
			}
			switch it.Verdict {
			case "right":
				right++
			case "wrong":
			default:
				t.Errorf("seed %d: %s [%d:%d]: verdict %q", s.Seed, it.ID, it.Start, it.End, it.Verdict)
			}
		}
		if right != s.Right {
			t.Errorf("seed %d: says %d right, items hold %d", s.Seed, s.Right, right)
		}
	}
}

// TestGiverSamples re-scores the judged samples with today's analyzer; it logs, since a sample
// judged on earlier code is a record, not a target.
func TestGiverSamples(t *testing.T) {
	dir := testenv.SharedFile(t, "eval")
	gs, err := LoadGivers()
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gs {
		reps, err := ScoreGivers(context.Background(), dir, g)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range reps {
			if len(r.Counts) == 0 {
				t.Errorf("%s seed %d: nothing scored", r.Stream, r.Seed)
			}
			t.Log("\n" + r.Text())
		}
	}
}

func allSamples(gs []GiverSamples) []GiverSample {
	var out []GiverSample
	for _, g := range gs {
		out = append(out, g.Samples...)
	}
	return out
}

func TestGiverOutcome(t *testing.T) {
	it := GiverItem{ID: "a", Start: 10, End: 14, Giver: "Polizei", Verdict: "right"}
	cases := []struct {
		name  string
		giver string
		start int
		want  string
		named bool
	}{
		{"same giver", "polizei", 10, "right kept", true},
		{"other giver", "Feuerwehr", 10, "right now other", true},
		{"none", "", 10, "right now none", false},
		{"span moved", "Polizei", 11, "right gone", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, named := giverOutcome(it, []article.Figure{{Start: c.start, End: 14, AttributedTo: c.giver}})
			if got != c.want || named != c.named {
				t.Errorf("got %q %v, want %q %v", got, named, c.want, c.named)
			}
		})
	}
}
