package place_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
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
// database with the whole placement stage (provenance found by the link stage). The gold's
// own rule lets a test require a subset of its items, never a weaker one; required here:
//   - the three reports of the Kyiv visit (the gold's first event) form one event;
//   - an article of another gold event never joins it unless the gold puts it there, with
//     the single known exception below;
//   - every storyline lies inside a gold storyline (storyline precision).
//
// One gold item is not met and is reported, not required (docs/quality.md, "Seeds"): 003, an
// independent report that leads with the same figure from the same speaker (11,000 North
// Korean soldiers in Kursk, said by Selenskyj), joins the Kyiv event in most orders. The
// gold's one storyline is not required whole either: in some orders 004 (Rutte's appeal a
// week later) or 003 keeps a storyline of its own.
func TestSeedsAllOrders(t *testing.T) {
	gold := readGold(t)
	seeds := loadSeeds(t)
	goldEvent, goldLine := map[string]int{}, map[string]int{}
	for i, e := range gold.Events {
		for _, id := range e {
			goldEvent[id] = i
		}
	}
	for i, l := range gold.Storylines {
		for _, id := range l {
			goldLine[id] = i
		}
	}
	orders := permutations(len(seeds))
	if testing.Short() {
		orders = orders[:12]
	}
	const knownMiss = "003_dd63bbf8b66a9ab8.txt"
	seen := map[string]int{}
	joined := 0
	for _, order := range orders {
		var arts []seed
		var names []string
		for _, i := range order {
			arts = append(arts, seeds[i])
			names = append(names, seeds[i].id[:3])
		}
		r, _ := placed(t, arts)
		ev, ls := partition(t, r)
		seen[ev+" / "+ls]++
		evs, err := r.Events(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			golds := map[int]bool{}
			for _, id := range e.Articles {
				if id != knownMiss {
					golds[goldEvent[id]] = true
				}
			}
			if len(golds) > 1 {
				t.Errorf("order %v: event %s mixes gold events: %v", names, e.ID, e.Articles)
			}
			if slices.Contains(e.Articles, knownMiss) && len(e.Articles) > 1 {
				joined++
			}
		}
		var kyiv []string
		for _, id := range gold.Events[0] {
			as, err := r.Assignment(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			kyiv = append(kyiv, as.Event)
		}
		if len(slices.Compact(kyiv)) != 1 {
			t.Errorf("order %v: the Kyiv reports are in events %v, want one", names, kyiv)
		}
		lines, err := r.Storylines(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			golds := map[int]bool{}
			for _, id := range l.Articles {
				golds[goldLine[id]] = true
			}
			if len(golds) > 1 {
				t.Errorf("order %v: storyline %s mixes gold storylines: %v", names, l.ID, l.Articles)
			}
		}
	}
	for g, n := range seen {
		t.Logf("%d orders: %s", n, g)
	}
	t.Logf("known miss: %s joined the Kyiv event in %d of %d orders", knownMiss[:3], joined, len(orders))
}

// TestSeedExplanations checks that an assignment says why: a rewrite names its source or the
// article it is most likely to report the happening of, with shared names; the report of
// another event says which storyline came closest (TestStorylineLinkExplained covers a join).
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
	// Rutte's appeal is another happening: its explanation says which storyline came
	// closest and why it was not joined.
	if as := by["004"]; as.Event == by["000"].Event {
		t.Errorf("004 joined the Kyiv event: %+v", as)
	} else if as.Storyline == by["000"].Storyline {
		t.Logf("004 joined the storyline: %s", as.Explanation.Storyline)
	} else if !strings.Contains(as.Explanation.Storyline, "closest") {
		t.Errorf("004 opened a storyline without naming the closest one: %q", as.Explanation.Storyline)
	}
}
