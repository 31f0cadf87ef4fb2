package link

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosscheck/internal/testenv"
)

type memDocs map[string]*Doc

func (m memDocs) Doc(id string) (*Doc, error) {
	d, ok := m[id]
	if !ok {
		return nil, fmt.Errorf("no doc %s", id)
	}
	return d, nil
}

type seedGold struct {
	DerivedFrom []struct {
		Article, Source, Kind string
	} `json:"derived_from"`
	NotDerived  [][2]string `json:"not_derived"`
	Unsupported []struct {
		Article  string
		Contains string
	} `json:"unsupported_in_derived"`
}

func loadSeeds(t *testing.T) (map[string]*Doc, []string, seedGold) {
	t.Helper()
	dir := testenv.SharedFile(t, "corpus/seeds")
	goldPath := testenv.SharedFile(t, "corpus/seeds.gold.json")
	var g seedGold
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s: %v", dir, err)
	}
	docs := map[string]*Doc{}
	var names []string
	for _, f := range files {
		n := filepath.Base(f)
		docs[n] = readSeed(t, dir, n)
		names = append(names, n)
	}
	slices.Sort(names)
	return docs, names, g
}

func permutations(xs []string) [][]string {
	if len(xs) <= 1 {
		return [][]string{slices.Clone(xs)}
	}
	var out [][]string
	for i := range xs {
		rest := append(slices.Clone(xs[:i]), xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]string{xs[i]}, p...))
		}
	}
	return out
}

// TestSeedsEveryOrder links the seeds in every arrival order and checks the gold provenance.
func TestSeedsEveryOrder(t *testing.T) {
	docs, names, g := loadSeeds(t)
	for _, order := range permutations(names) {
		l := NewLinker(NewIndex(), memDocs(docs))
		stored := map[string]Derivation{}
		for _, n := range order {
			ds, err := l.Link(docs[n])
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range ds {
				stored[d.Article] = d
			}
		}
		label := strings.Join(order, ",")
		if len(stored) != len(g.DerivedFrom) {
			t.Errorf("order %s: %d derivations, want %d: %+v", label, len(stored), len(g.DerivedFrom), stored)
		}
		for _, want := range g.DerivedFrom {
			got, ok := stored[want.Article]
			if !ok || got.Source != want.Source || got.Kind != want.Kind {
				t.Errorf("order %s: %s derived from %q (%q), want %s (%s)", label, want.Article, got.Source, got.Kind, want.Source, want.Kind)
			}
		}
		for _, nd := range g.NotDerived {
			for _, d := range stored {
				if (d.Article == nd[0] && d.Source == nd[1]) || (d.Article == nd[1] && d.Source == nd[0]) {
					t.Errorf("order %s: %s and %s must not be linked", label, nd[0], nd[1])
				}
			}
		}
		for _, u := range g.Unsupported {
			d := stored[u.Article]
			found := false
			for _, s := range d.Unsupported {
				if strings.Contains(s.Text, u.Contains) {
					found = true
					r := []rune(docs[u.Article].Article.Text)
					if string(r[s.Start:s.End]) != s.Text {
						t.Errorf("unsupported offsets %d:%d do not give its text", s.Start, s.End)
					}
				}
			}
			if !found {
				t.Errorf("order %s: %q not reported unsupported in %s", label, u.Contains, u.Article)
			}
		}
		if t.Failed() {
			return
		}
	}
}

// TestSeedsCompare checks the pairwise decisions and the derived article's metadata.
func TestSeedsCompare(t *testing.T) {
	docs, _, g := loadSeeds(t)
	for _, want := range g.DerivedFrom {
		for _, swap := range []bool{false, true} {
			a, b := docs[want.Article], docs[want.Source]
			if swap {
				a, b = b, a
			}
			c := Compare(a, b)
			if c.Derived == nil || c.Derived.Article != want.Article || c.Derived.Source != want.Source || c.Derived.Kind != want.Kind {
				t.Errorf("Compare(%s, %s).Derived = %+v, want %s <- %s (%s)", a.id(), b.id(), c.Derived, want.Article, want.Source, want.Kind)
				continue
			}
			src := docs[want.Source].Article
			if src.Published != "" && docs[want.Article].Article.Published == "" && c.Derived.EstimatedPublished != src.Published {
				t.Errorf("%s: estimated date %q, want %q", want.Article, c.Derived.EstimatedPublished, src.Published)
			}
			if len(src.Credits) > 0 && len(c.Derived.Via) == 0 {
				t.Errorf("%s: credits of the source not carried over", want.Article)
			}
		}
	}
	for _, nd := range g.NotDerived {
		if c := Compare(docs[nd[0]], docs[nd[1]]); c.Derived != nil {
			t.Errorf("Compare(%s, %s) derived %+v", nd[0], nd[1], c.Derived)
		}
	}
}

// TestSeedsUndated: the seeds' derivations keep their direction when dates and credits are
// removed, so the text alone has to tell.
func TestSeedsUndated(t *testing.T) {
	docs, _, g := loadSeeds(t)
	for _, d := range docs {
		d.Article.Published, d.Article.Credits = "", nil
	}
	for _, want := range g.DerivedFrom {
		for _, swap := range []bool{false, true} {
			a, b := docs[want.Article], docs[want.Source]
			if swap {
				a, b = b, a
			}
			c := Compare(a, b)
			if c.Derived == nil || c.Derived.Article != want.Article || c.Derived.Source != want.Source {
				t.Errorf("Compare(%s, %s).Derived = %+v, want %s <- %s", a.id(), b.id(), c.Derived, want.Article, want.Source)
			}
		}
	}
}
