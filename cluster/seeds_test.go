package cluster_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/cluster"
	"crosscheck/ingest"
	"crosscheck/internal/testenv"
	"crosscheck/lang/detect"
)

// These tests run in an external package so that they can analyse the seeds with the
// product's own analysis stage (app imports cluster): the clusterer is tested on the
// features users get, entities, figures and dates included.

type seed struct {
	id string
	a  *article.Article
	an *article.Analysis
}

type seedGold struct {
	Events      [][]string `json:"events"`
	Storylines  [][]string `json:"storylines"`
	DerivedFrom []struct {
		Article string `json:"article"`
		Source  string `json:"source"`
	} `json:"derived_from"`
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

func permutations(n int) [][]int {
	var out [][]int
	var rec func(p []int, used []bool)
	rec = func(p []int, used []bool) {
		if len(p) == n {
			out = append(out, append([]int(nil), p...))
			return
		}
		for i := 0; i < n; i++ {
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

// timeOf reads a published date the way app's placer does.
func timeOf(in *cluster.Input, published string) {
	if t, p := article.ParsePublished(published); p != article.PrecisionNone {
		in.Time, in.Precision = t, p
		if p == article.PrecisionTime {
			in.Precision = article.PrecisionNone
		}
	}
}

// TestSeedsAllOrders places the five seeds in each of the 120 orders and requires the gold
// events and storylines. Provenance (the gold derived_from pairs) is given the way the link
// stage would: as DerivedFrom when the source is already there, else by a late Relink once it
// arrives (variant "relink") or as a pending DerivedFrom naming a source not yet seen
// (variant "pending"). An undated derived article gets its source's date as an estimate once
// the source is known, as the placer does.
func TestSeedsAllOrders(t *testing.T) {
	gold := readGold(t)
	seeds := loadSeeds(t)
	wantEvents, wantStories := groups(gold.Events), groups(gold.Storylines)
	source := map[string]string{}
	for _, d := range gold.DerivedFrom {
		source[d.Article] = d.Source
	}
	published := map[string]string{}
	for _, s := range seeds {
		published[s.id] = s.a.Published
	}
	for _, variant := range []string{"relink", "pending"} {
		failures := 0
		for _, order := range permutations(len(seeds)) {
			c := cluster.New(cluster.Defaults())
			seen := map[string]bool{}
			var names []string
			for _, i := range order {
				s := seeds[i]
				names = append(names, s.id[:3])
				in := cluster.Input{ID: s.id, Article: s.a, Analysis: s.an}
				date := published[s.id]
				if src, ok := source[s.id]; ok && (seen[src] || variant == "pending") {
					in.DerivedFrom = src
					if seen[src] && date == "" {
						date = published[src]
					}
				}
				timeOf(&in, date)
				c.Add(in)
				seen[s.id] = true
				if variant == "relink" {
					for d, src := range source {
						if src == s.id && seen[d] {
							if _, err := c.Relink(d, src); err != nil {
								t.Fatal(err)
							}
						}
					}
				}
			}
			var evs, sls [][]string
			for _, e := range c.Events() {
				evs = append(evs, e.Articles)
			}
			for _, s := range c.Storylines() {
				sls = append(sls, s.Articles)
			}
			if ge, gs := groups(evs), groups(sls); ge != wantEvents || gs != wantStories {
				failures++
				if failures <= 5 {
					t.Errorf("%s order %v:\n events %s\n want   %s\n storylines %s\n want       %s", variant, names, ge, wantEvents, gs, wantStories)
					for _, e := range c.Events() {
						if ex, ok := c.Explain(e.ID); ok {
							for _, a := range ex.Articles {
								t.Logf("  %s %s: %+v", e.ID, a.Article[:3], a.Explanation)
							}
						}
					}
				}
			}
		}
		if failures > 0 {
			t.Errorf("%s: %d of 120 orders wrong", variant, failures)
		}
	}
}

// TestSeedExplanations checks that an assignment says why: a rewrite joining by content
// shares terms and names with its event, the derived one names its source, and the report
// of another event of the storyline names the event it came closest to.
func TestSeedExplanations(t *testing.T) {
	seeds := loadSeeds(t)
	by := map[string]seed{}
	for _, s := range seeds {
		by[s.id[:3]] = s
	}
	c := cluster.New(cluster.Defaults())
	s1 := by["001"]
	in1 := cluster.Input{ID: s1.id, Article: s1.a, Analysis: s1.an}
	timeOf(&in1, s1.a.Published)
	a1 := c.Add(in1)
	if a1.Event != "e1" || a1.Storyline != "s1" || a1.Explanation.Reason != cluster.ReasonOpened {
		t.Errorf("first article: %+v", a1)
	}
	s0 := by["000"]
	a0 := c.Add(cluster.Input{ID: s0.id, Article: s0.a, Analysis: s0.an})
	if a0.Event != "e1" || a0.Explanation.Reason != cluster.ReasonContent {
		t.Errorf("rewrite by content: %+v", a0)
	}
	if len(a0.Explanation.SharedNames) == 0 || len(a0.Explanation.SharedTerms) == 0 || a0.Explanation.Similarity < a0.Explanation.Threshold {
		t.Errorf("rewrite explanation lacks evidence: %+v", a0.Explanation)
	}
	s2 := by["002"]
	in2 := cluster.Input{ID: s2.id, Article: s2.a, Analysis: s2.an, DerivedFrom: s1.id}
	timeOf(&in2, s1.a.Published)
	a2 := c.Add(in2)
	if a2.Event != "e1" || a2.Explanation.Reason != cluster.ReasonDerived || a2.Explanation.Source != s1.id {
		t.Errorf("derived: %+v", a2)
	}
	s3 := by["003"]
	a3 := c.Add(cluster.Input{ID: s3.id, Article: s3.a, Analysis: s3.an})
	if a3.Event == "e1" || a3.Explanation.Reason != cluster.ReasonOpened || a3.Explanation.Candidate != "e1" || a3.Storyline != "s1" {
		t.Errorf("summit report: %+v", a3)
	}
	ex, ok := c.Explain("e1")
	if !ok || len(ex.Articles) != 3 || ex.Event.Title == "" || len(ex.TopNames) == 0 {
		t.Errorf("Explain(e1) = %+v, %v", ex, ok)
	}
}
