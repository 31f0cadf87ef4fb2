package figure

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"crosscheck/article"
	"crosscheck/internal/testenv"
)

type seedGold struct {
	Figures []struct {
		Article      string  `json:"article"`
		Value        float64 `json:"value"`
		Unit         string  `json:"unit"`
		Approximate  bool    `json:"approximate"`
		What         string  `json:"what"`
		AttributedTo string  `json:"attributed_to"`
	} `json:"figures"`
	Conflicts []struct {
		Quantity string            `json:"quantity"`
		Values   []float64         `json:"values"`
		Sides    map[string]string `json:"sides"`
	} `json:"conflicts"`
	Entities map[string]json.RawMessage `json:"entities"`
}

func loadGold(t testing.TB) seedGold {
	t.Helper()
	b, err := os.ReadFile(testenv.SharedFile(t, "corpus/seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g seedGold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// goldForms turns the gold entity list into surface forms, standing in for the entity
// extractor so that this test measures figures alone.
func goldForms(t testing.TB) []entityForm {
	g := loadGold(t)
	var out []entityForm
	for _, typ := range []string{article.EntityPerson, article.EntityOrganisation, article.EntityPlace} {
		var names []string
		if err := json.Unmarshal(g.Entities[typ], &names); err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			out = append(out, entityForm{n, typ, n})
		}
	}
	var aliases []struct {
		Canonical string   `json:"canonical"`
		Forms     []string `json:"forms"`
	}
	if err := json.Unmarshal(g.Entities["aliases"], &aliases); err != nil {
		t.Fatal(err)
	}
	for _, al := range aliases {
		typ := article.EntityPerson
		for _, f := range out {
			if f.canonical == al.Canonical {
				typ = f.typ
			}
		}
		for _, f := range al.Forms {
			out = append(out, entityForm{f, typ, al.Canonical})
		}
	}
	return out
}

// seedAnalyses analyses every seed article with the gold entities.
func seedAnalyses(t testing.TB) map[string]*article.Analysis {
	dir := testenv.SharedFile(t, "corpus/seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s: %v", dir, err)
	}
	forms := goldForms(t)
	out := map[string]*article.Analysis{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := paragraphs(filepath.Base(f), "de", string(b))
		out[a.ID] = analyse(t, a, dePack, markEntities(a, forms))
	}
	return out
}

// TestSeedFigures checks every gold figure: value, unit, approximate flag, attribution, and
// that What shares the gold paraphrase's key words (most of them, the head noun always).
func TestSeedFigures(t *testing.T) {
	g := loadGold(t)
	ans := seedAnalyses(t)
	for _, gf := range g.Figures {
		an := ans[gf.Article]
		if an == nil {
			t.Errorf("no analysis for %s", gf.Article)
			continue
		}
		goldKeys := map[string]bool{}
		_, keys := (&run{p: dePack, lex: newLexicon(dePack)}).phrase(splitPieces(gf.What))
		for _, k := range keys {
			goldKeys[k] = true
		}
		found := false
		for _, f := range an.Figures {
			if f.Value != gf.Value || f.Unit != gf.Unit || f.Approximate != gf.Approximate || f.AttributedTo != gf.AttributedTo {
				continue
			}
			shared := 0
			for _, k := range f.Keys {
				if goldKeys[k] {
					shared++
				}
			}
			if shared >= 2 || shared == len(f.Keys) && shared > 0 {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s: gold figure %v %q %q by %q not found; got %s", gf.Article, gf.Value, gf.Unit, gf.What, gf.AttributedTo, describe(an.Figures))
		}
	}
	// Nothing that the gold marks as a date, duration, ordinal or name may come out as a figure.
	for id, an := range ans {
		for _, f := range an.Figures {
			switch f.Text {
			case "2022", "2024", "3", "14", "20", "1", "drei Monaten", "24 Stunden", "achte":
				t.Errorf("%s: %q is not a figure", id, f.Text)
			}
		}
	}
}

func describe(fs []article.Figure) string {
	b, _ := json.Marshal(fs)
	return string(b)
}

func splitPieces(s string) []piece {
	var out []piece
	for i, w := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		out = append(out, piece{text: w, space: i > 0})
	}
	return out
}

// TestSeedConflicts groups the seeds' figures: 11,000 (Selenskyj) against about 8,000 (Blinken)
// for the North Korean soldiers in Kursk is a conflict; the 12,000 North Korea means to send
// in total stays a quantity of its own; the 200 million euros conflict with nothing.
func TestSeedConflicts(t *testing.T) {
	g := loadGold(t)
	var rep []Reported
	ans := seedAnalyses(t)
	ids := make([]string, 0, len(ans))
	for id := range ans {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		for _, f := range ans[id].Figures {
			rep = append(rep, Reported{Article: id, Figure: f})
		}
	}
	qs := Group(rep)
	for _, gc := range g.Conflicts {
		ok := false
		for _, q := range qs {
			if q.Conflict == nil {
				continue
			}
			sides := map[float64]string{}
			for _, c := range q.Conflict.Values {
				for _, s := range c.Sources {
					sides[c.Value] = s
				}
			}
			all := true
			for v, who := range gc.Sides {
				fv, _ := strconv.ParseFloat(v, 64)
				all = all && sides[fv] == who
			}
			if all {
				ok = true
				for _, c := range q.Figures {
					if c.Figure.Value == 12000 || c.Figure.Unit == "EUR" {
						t.Errorf("conflict %q wrongly holds %v %s", q.Label, c.Figure.Value, c.Figure.Unit)
					}
				}
			}
		}
		if !ok {
			t.Errorf("conflict %q %v not found in %+v", gc.Quantity, gc.Sides, qs)
		}
	}
	for _, q := range qs {
		for _, f := range q.Figures {
			if (f.Figure.Value == 12000 || f.Figure.Unit == "EUR") && q.Conflict != nil {
				t.Errorf("quantity %q (%v %s) has a conflict: %+v", q.Label, f.Figure.Value, f.Figure.Unit, q.Conflict)
			}
		}
	}
	// Deterministic: the same input in another order gives the same output.
	rev := append([]Reported(nil), rep...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	a, _ := json.Marshal(qs)
	b, _ := json.Marshal(Group(rev))
	if string(a) != string(b) {
		t.Errorf("Group depends on input order:\n%s\n%s", a, b)
	}
}
