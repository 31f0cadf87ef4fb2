package cluster

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"crosscheck/article"
	"crosscheck/internal/testenv"
)

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

// TestSeedsAllOrders places the five seeds in each of the 120 orders and requires the gold
// events and storylines. Provenance (the gold derived_from pairs) is given the way the link
// stage would: as DerivedFrom when the source is already there, else by a late Relink once it
// arrives (variant "relink") or as a pending DerivedFrom naming a source not yet seen
// (variant "pending"). Derived articles get their source's date as an estimate once it is known.
func TestSeedsAllOrders(t *testing.T) {
	gold := readGold(t)
	seeds := loadSeeds(t)
	wantEvents, wantStories := groups(gold.Events), groups(gold.Storylines)
	source := map[string]string{}
	for _, d := range gold.DerivedFrom {
		source[d.Article] = d.Source
	}
	dates := map[string]string{}
	for id, d := range gold.Documents {
		if d.Published != nil {
			dates[id] = *d.Published
		}
	}
	for _, variant := range []string{"relink", "pending"} {
		failures := 0
		for _, order := range permutations(len(seeds)) {
			c := New(Options{})
			seen := map[string]bool{}
			var names []string
			for _, i := range order {
				s := seeds[i]
				names = append(names, s.id[:3])
				in := Input{ID: s.id, Article: s.a, Analysis: s.an}
				date := dates[s.id]
				if src, ok := source[s.id]; ok && (seen[src] || variant == "pending") {
					in.DerivedFrom = src
					if seen[src] {
						date = dates[src]
					}
				}
				if date != "" {
					in.Time, in.Precision = mustTime(t, date)
				}
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
					for _, id := range []string{"e1", "e2", "e3", "e4"} {
						if ex, ok := c.Explain(id); ok {
							for _, a := range ex.Articles {
								t.Logf("  %s %s: %+v", id, a.Article[:3], a.Explanation)
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
// shares terms and names with its event, the derived one names its source.
func TestSeedExplanations(t *testing.T) {
	seeds := loadSeeds(t)
	by := map[string]seed{}
	for _, s := range seeds {
		by[s.id[:3]] = s
	}
	c := New(Options{})
	tm, p := mustTime(t, "2024-11")
	s1 := by["001"]
	a1 := c.Add(Input{ID: s1.id, Article: s1.a, Analysis: s1.an, Time: tm, Precision: p})
	if a1.Event != "e1" || a1.Storyline != "s1" || a1.Explanation.Reason != ReasonOpened {
		t.Errorf("first article: %+v", a1)
	}
	s0 := by["000"]
	a0 := c.Add(Input{ID: s0.id, Article: s0.a, Analysis: s0.an})
	if a0.Event != "e1" || a0.Explanation.Reason != ReasonContent {
		t.Errorf("rewrite by content: %+v", a0)
	}
	if len(a0.Explanation.SharedNames) == 0 || len(a0.Explanation.SharedTerms) == 0 || a0.Explanation.Similarity < a0.Explanation.Threshold {
		t.Errorf("rewrite explanation lacks evidence: %+v", a0.Explanation)
	}
	s2 := by["002"]
	a2 := c.Add(Input{ID: s2.id, Article: s2.a, Analysis: s2.an, DerivedFrom: s1.id, Time: tm, Precision: p})
	if a2.Event != "e1" || a2.Explanation.Reason != ReasonDerived || a2.Explanation.Source != s1.id {
		t.Errorf("derived: %+v", a2)
	}
	s3 := by["003"]
	a3 := c.Add(Input{ID: s3.id, Article: s3.a, Analysis: s3.an})
	if a3.Event == "e1" || a3.Explanation.Reason != ReasonOpened || a3.Explanation.Candidate != "e1" || a3.Storyline != "s1" {
		t.Errorf("summit report: %+v", a3)
	}
	ex, ok := c.Explain("e1")
	if !ok || len(ex.Articles) != 3 || ex.Event.Title == "" || len(ex.TopNames) == 0 {
		t.Errorf("Explain(e1) = %+v, %v", ex, ok)
	}
	_ = fmt.Sprint(time.Now(), article.PrecisionDay)
}
