package place_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/ingest"
	"crosscheck/internal/testenv"
	"crosscheck/lang/detect"
	"crosscheck/place"
	"crosscheck/store/sqlite"
)

// These tests run in an external package so that they analyse the seeds with the product's
// own analysis stage (app imports place): placement is tested on the features users get,
// and provenance is found by the link stage as in the product.

type seed struct {
	id string
	a  *article.Article
	an *article.Analysis
}

// loadSeeds reads and analyses the seed articles the way the pipeline does: ingest's plain
// text reader, language identification, and app's analyzer with every extractor.
func loadSeeds(t testing.TB) []seed {
	t.Helper()
	dir := testenv.SharedFile(t, "corpus/seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s: %v", dir, err)
	}
	sort.Strings(files)
	z := app.Analyzer(app.Registry())
	var out []seed
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := filepath.Base(f)
		a, err := ingest.FromText(id, string(raw))
		if err != nil {
			t.Fatalf("ingest %s: %v", id, err)
		}
		if a.Language == "" {
			a.Language = detect.Detect(a.Text)
		}
		out = append(out, seed{id: id, a: a, an: z.Analyze(a)})
	}
	return out
}

type seedGold struct {
	Events     [][]string `json:"events"`
	Storylines [][]string `json:"storylines"`
}

func readGold(t *testing.T) seedGold {
	t.Helper()
	raw, err := os.ReadFile(testenv.SharedFile(t, "corpus/seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g seedGold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// placed stores and places the articles in the given order in a fresh database and returns
// a reader of the result and the placer.
func placed(t testing.TB, arts []seed) (*place.Reader, *place.Placer) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	p, err := app.NewPlacer(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for _, sd := range arts {
		a := *sd.a
		_, rec, err := s.Put(ctx, &a, sd.an)
		if err != nil {
			t.Fatal(err)
		}
		if rec == nil {
			continue
		}
		if err := p.Place(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	return p.Reader(), p
}

func permutations(n int) [][]int {
	var out [][]int
	var rec func(p []int, used []bool)
	rec = func(p []int, used []bool) {
		if len(p) == n {
			out = append(out, append([]int(nil), p...))
			return
		}
		for i := range n {
			if !used[i] {
				used[i] = true
				rec(append(p, i), used)
				used[i] = false
			}
		}
	}
	rec(nil, make([]bool, n))
	return out
}

// groups returns the article sets, each sorted, sorted by first member: comparable across
// runs whatever the ids.
func groups(sets [][]string) string {
	var gs []string
	for _, s := range sets {
		s = append([]string(nil), s...)
		sort.Strings(s)
		gs = append(gs, strings.Join(s, ","))
	}
	sort.Strings(gs)
	return strings.Join(gs, " | ")
}

func partition(t testing.TB, r *place.Reader) (events, lines string) {
	t.Helper()
	ctx := context.Background()
	evs, err := r.Events(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ls, err := r.Storylines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var e, l [][]string
	for _, x := range evs {
		e = append(e, x.Articles)
	}
	for _, x := range ls {
		l = append(l, x.Articles)
	}
	return groups(e), groups(l)
}

// TestSeedsAllOrders places the five seeds in each of the 120 orders, each in a fresh
// database with the whole placement stage (provenance found by the link stage), and requires
// the gold events and storylines.
func TestSeedsAllOrders(t *testing.T) {
	gold := readGold(t)
	seeds := loadSeeds(t)
	wantEvents, wantLines := groups(gold.Events), groups(gold.Storylines)
	orders := permutations(len(seeds))
	if testing.Short() {
		orders = orders[:12]
	}
	failures := 0
	for _, order := range orders {
		var arts []seed
		var names []string
		for _, i := range order {
			arts = append(arts, seeds[i])
			names = append(names, seeds[i].id[:3])
		}
		r, _ := placed(t, arts)
		ev, ls := partition(t, r)
		if ev != wantEvents || ls != wantLines {
			failures++
			if failures <= 3 {
				t.Errorf("order %v:\n events %s\n want   %s\n storylines %s\n want       %s", names, ev, wantEvents, ls, wantLines)
				for _, sd := range seeds {
					if as, err := r.Assignment(context.Background(), sd.id); err == nil {
						t.Logf("  %s: %s %s %+v", sd.id[:3], as.Event, as.Storyline, as.Explanation)
					}
				}
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d orders wrong", failures, len(orders))
	}
}

// TestSeedExplanations checks that an assignment says why: a rewrite names its source or the
// article it is most likely to report the happening of, with shared names; the report of
// another event of the storyline says how it joined the storyline.
func TestSeedExplanations(t *testing.T) {
	seeds := loadSeeds(t)
	r, _ := placed(t, seeds)
	ctx := context.Background()
	by := map[string]*place.Assignment{}
	for _, sd := range seeds {
		as, err := r.Assignment(ctx, sd.id)
		if err != nil {
			t.Fatal(err)
		}
		by[sd.id[:3]] = as
	}
	if as := by["000"]; as.Explanation.Reason != place.ReasonOpened {
		t.Errorf("first article: %+v", as)
	}
	for _, id := range []string{"001", "002"} {
		as := by[id]
		if as.Event != by["000"].Event {
			t.Errorf("%s not in the event of its source: %+v", id, as)
		}
		switch as.Explanation.Reason {
		case place.ReasonDerived, place.ReasonDerivedBack:
			if as.Explanation.Source == "" {
				t.Errorf("%s: derived without a source: %+v", id, as.Explanation)
			}
		case place.ReasonContent:
			if as.Explanation.Probability < as.Explanation.Threshold || len(as.Explanation.SharedNames) == 0 {
				t.Errorf("%s: joined by content without evidence: %+v", id, as.Explanation)
			}
		default:
			t.Errorf("%s: reason %q", id, as.Explanation.Reason)
		}
	}
	for _, id := range []string{"003", "004"} {
		as := by[id]
		if as.Event == by["000"].Event || as.Storyline != by["000"].Storyline {
			t.Errorf("%s: want another event of the same storyline: %+v", id, as)
		}
	}
	line, err := r.Storyline(ctx, by["000"].Storyline)
	if err != nil {
		t.Fatal(err)
	}
	if len(line.Links) == 0 {
		t.Errorf("storyline %s has no link explanations", line.ID)
	}
	for e, why := range line.Links {
		if !strings.Contains(why, "shared names") {
			t.Errorf("link of %s does not say what was shared: %q", e, why)
		}
	}
}
