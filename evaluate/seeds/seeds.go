// Package seeds scores the whole pipeline on a folder of articles against a hand-made gold
// file in the format of ../shared/corpus/seeds.gold.json: metadata, events and storylines,
// provenance, figures and conflicts, quotations, entities and time expressions, each item
// checked and every miss named.
package seeds

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/figure"
	"crosscheck/store"
	"crosscheck/timex"
	"crosscheck/view"
)

// Gold is the gold file.
type Gold struct {
	Documents map[string]struct {
		Language  *string   `json:"language"`
		Title     *string   `json:"title"`
		Published *string   `json:"published"`
		Section   *string   `json:"section"`
		Tags      *[]string `json:"tags"`
		Credits   *[]string `json:"credits"`
		Headings  *[]string `json:"headings"`
		Noise     []string  `json:"noise"`
	} `json:"documents"`
	Events      [][]string `json:"events"`
	Storylines  [][]string `json:"storylines"`
	DerivedFrom []struct {
		Article, Source, Kind string
	} `json:"derived_from"`
	NotDerived  [][2]string `json:"not_derived"`
	Unsupported []struct {
		Article, Contains string
	} `json:"unsupported_in_derived"`
	Figures []struct {
		Article      string  `json:"article"`
		Value        float64 `json:"value"`
		Unit         *string `json:"unit"`
		Approximate  *bool   `json:"approximate"`
		AttributedTo string  `json:"attributed_to"`
		What         string  `json:"what"`
	} `json:"figures"`
	Conflicts []struct {
		Quantity string            `json:"quantity"`
		Values   []float64         `json:"values"`
		Sides    map[string]string `json:"sides"`
	} `json:"conflicts"`
	Quotes []struct {
		Article, Text, Speaker string
	} `json:"quotes"`
	NotQuotes []struct {
		Article, Text string
	} `json:"not_quotes"`
	Entities struct {
		Person       []string `json:"person"`
		Organisation []string `json:"organisation"`
		Place        []string `json:"place"`
		Aliases      []struct {
			Canonical string   `json:"canonical"`
			Forms     []string `json:"forms"`
		} `json:"aliases"`
		NotPersons []string `json:"not_persons"`
	} `json:"entities"`
	Times []struct {
		Article string  `json:"article"`
		Text    string  `json:"text"`
		Value   *string `json:"value"`
	} `json:"time_expressions"`
}

// Check is one category of gold items.
type Check struct {
	Name     string   `json:"name"`
	Passed   int      `json:"passed"`
	Total    int      `json:"total"`
	Failures []string `json:"failures,omitempty"`
}

// Report is the result of a seeds run.
type Report struct {
	Folder string   `json:"folder"`
	Gold   string   `json:"gold"`
	Checks []*Check `json:"checks"`
}

// OK reports whether every item passed.
func (r *Report) OK() bool {
	for _, c := range r.Checks {
		if c.Passed != c.Total {
			return false
		}
	}
	return true
}

// Check returns the named category, or nil.
func (r *Report) Check(name string) *Check {
	for _, c := range r.Checks {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Text prints the report for people.
func (r *Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "seeds: %s against %s\n", r.Folder, r.Gold)
	pass, total := 0, 0
	for _, c := range r.Checks {
		fmt.Fprintf(&b, "  %-22s %3d/%-3d\n", c.Name, c.Passed, c.Total)
		for _, f := range c.Failures {
			fmt.Fprintf(&b, "      miss: %s\n", f)
		}
		pass += c.Passed
		total += c.Total
	}
	fmt.Fprintf(&b, "  %-22s %3d/%-3d\n", "all items", pass, total)
	return b.String()
}

func (c *Check) add(ok bool, what string, args ...any) {
	c.Total++
	if ok {
		c.Passed++
	} else {
		c.Failures = append(c.Failures, fmt.Sprintf(what, args...))
	}
}

// GoldPath finds the gold file of a seed folder: DIR.gold.json beside it.
func GoldPath(dir string) string {
	return filepath.Clean(dir) + ".gold.json"
}

// Evaluate ingests the files of dir, in name order, into a fresh database in a temporary
// folder and checks every item of the gold file.
func Evaluate(ctx context.Context, dir, goldPath string) (*Report, error) {
	return EvaluateOrder(ctx, dir, goldPath, nil)
}

// EvaluateOrder is Evaluate with the files ingested in the given order (base names); nil
// means name order.
func EvaluateOrder(ctx context.Context, dir, goldPath string, order []string) (*Report, error) {
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, fmt.Errorf("seeds: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("seeds: %s: %w", goldPath, err)
	}
	tmp, err := os.MkdirTemp("", "crosscheck-seeds-")
	if err != nil {
		return nil, fmt.Errorf("seeds: %w", err)
	}
	defer os.RemoveAll(tmp)
	s, err := app.OpenStore(ctx, filepath.Join(tmp, "seeds.db"))
	if err != nil {
		return nil, err
	}
	defer s.Close()
	e, err := app.Engine(ctx, s)
	if err != nil {
		return nil, err
	}
	var sources []string
	if order == nil {
		sources = []string{dir}
	} else {
		for _, n := range order {
			sources = append(sources, filepath.Join(dir, n))
		}
	}
	if _, fails, err := e.Run(ctx, sources, nil); err != nil {
		return nil, err
	} else if len(fails) > 0 {
		return nil, fmt.Errorf("seeds: %v", fails[0])
	}
	recs := map[string]*store.Record{}
	if err := s.Each(ctx, func(r *store.Record) error { recs[r.Article.ID] = r; return nil }); err != nil {
		return nil, err
	}
	st, err := app.Stories(ctx, s)
	if err != nil {
		return nil, err
	}
	rep := &Report{Folder: dir, Gold: goldPath}
	rep.Checks = append(rep.Checks, checkDocuments(&g, recs), checkGroups("events", g.Events, eventsOf(st)),
		checkGroups("storylines", g.Storylines, storylinesOf(st)))
	rep.Checks = append(rep.Checks, checkProvenance(&g, st)...)
	rep.Checks = append(rep.Checks, checkFigures(&g, recs)...)
	rep.Checks = append(rep.Checks, checkQuotes(&g, recs)...)
	rep.Checks = append(rep.Checks, checkEntities(&g, recs)...)
	rep.Checks = append(rep.Checks, checkTimes(&g, recs))
	return rep, nil
}

func strp(s string) string {
	if s == "" {
		return "null"
	}
	return s
}

func checkDocuments(g *Gold, recs map[string]*store.Record) *Check {
	c := &Check{Name: "documents"}
	ids := sortedKeys(g.Documents)
	for _, id := range ids {
		d := g.Documents[id]
		r := recs[id]
		if r == nil {
			c.add(false, "%s not ingested", id)
			continue
		}
		a := r.Article
		eq := func(field string, want *string, got string) {
			if want != nil {
				c.add(*want == got, "%s %s = %q, want %q", id, field, strp(got), *want)
			} else if field == "title" || field == "published" {
				c.add(got == "", "%s %s = %q, want null", id, field, got)
			}
		}
		eq("language", d.Language, a.Language)
		eq("title", d.Title, a.Title)
		eq("published", d.Published, a.Published)
		eq("section", d.Section, a.Section)
		list := func(field string, want *[]string, got []string) {
			if want != nil {
				c.add(slices.Equal(*want, got), "%s %s = %q, want %q", id, field, got, *want)
			}
		}
		list("tags", d.Tags, a.Tags)
		list("credits", d.Credits, a.Credits)
		list("headings", d.Headings, a.Headings)
		for _, n := range d.Noise {
			c.add(!strings.Contains(a.Text, n), "%s body text still holds noise %q", id, n)
		}
		if a.Title != "" {
			c.add(strings.Count(a.Text, a.Title) <= 1, "%s title appears %d times in the body", id, strings.Count(a.Text, a.Title))
		}
	}
	return c
}

func eventsOf(st *view.Stories) [][]string {
	var out [][]string
	for _, e := range st.Events {
		out = append(out, e.Articles)
	}
	return out
}

func storylinesOf(st *view.Stories) [][]string {
	var out [][]string
	for _, l := range st.Storylines {
		out = append(out, l.Articles)
	}
	return out
}

func canonGroups(gs [][]string) []string {
	var out []string
	for _, g := range gs {
		s := append([]string(nil), g...)
		sort.Strings(s)
		out = append(out, strings.Join(s, " "))
	}
	sort.Strings(out)
	return out
}

func checkGroups(name string, want, got [][]string) *Check {
	c := &Check{Name: name}
	gw, gg := canonGroups(want), canonGroups(got)
	for _, w := range gw {
		c.add(slices.Contains(gg, w), "group [%s] not found; got %q", w, gg)
	}
	c.add(len(gw) == len(gg), "%d groups, want %d: %q", len(gg), len(gw), gg)
	return c
}

func checkProvenance(g *Gold, st *view.Stories) []*Check {
	der := &Check{Name: "derived_from"}
	got := map[string]view.Derived{}
	for _, d := range st.DerivedFrom {
		got[d.Article] = d
	}
	want := map[string]bool{}
	for _, w := range g.DerivedFrom {
		want[w.Article] = true
		d, ok := got[w.Article]
		der.add(ok && d.Source == w.Source && d.Kind == w.Kind, "%s derived from %s as %q; got %+v", w.Article, w.Source, w.Kind, d)
	}
	for _, d := range st.DerivedFrom {
		if !want[d.Article] {
			der.add(false, "unexpected: %s derived from %s (%s)", d.Article, d.Source, d.Kind)
		}
	}
	not := &Check{Name: "not_derived"}
	for _, p := range g.NotDerived {
		bad := (got[p[0]].Source == p[1]) || (got[p[1]].Source == p[0])
		not.add(!bad, "%s and %s linked", p[0], p[1])
	}
	uns := &Check{Name: "unsupported"}
	for _, u := range g.Unsupported {
		found := false
		for _, x := range st.Unsupported {
			found = found || (x.Article == u.Article && strings.Contains(x.Text, u.Contains))
		}
		uns.add(found, "%s: %q not reported as unsupported", u.Article, u.Contains)
	}
	return []*Check{der, not, uns}
}

// sameName compares names loosely: case, inflection of the last word ("südkoreanischer"
// vs "südkoreanischen") and white space do not matter.
func sameName(a, b string) bool {
	na, nb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(na) != len(nb) {
		return false
	}
	for i := range na {
		x, y := na[i], nb[i]
		n := min(len(x), len(y))
		k := 0
		for k < n && x[k] == y[k] {
			k++
		}
		if k < n-2 || len(x)-k > 2 || len(y)-k > 2 {
			return false
		}
	}
	return true
}

func checkFigures(g *Gold, recs map[string]*store.Record) []*Check {
	c := &Check{Name: "figures"}
	var all []figure.Reported
	for _, id := range sortedKeys(recs) {
		for _, f := range recs[id].Analysis.Figures {
			all = append(all, figure.Reported{Article: id, Figure: f})
		}
	}
	for _, w := range g.Figures {
		unit := ""
		if w.Unit != nil {
			unit = *w.Unit
		}
		var got []string
		ok := false
		if r := recs[w.Article]; r != nil {
			for _, f := range r.Analysis.Figures {
				if math.Abs(f.Value-w.Value) > 1e-6 {
					continue
				}
				got = append(got, fmt.Sprintf("%g %s approx=%v by %q", f.Value, f.Unit, f.Approximate, f.AttributedTo))
				if f.Unit == unit && (w.Approximate == nil || *w.Approximate == f.Approximate) && sameName(f.AttributedTo, w.AttributedTo) {
					ok = true
				}
			}
		}
		c.add(ok, "%s: %g %s by %s; got %q", w.Article, w.Value, unit, w.AttributedTo, got)
	}
	k := &Check{Name: "conflicts"}
	groups := figure.Group(all)
	for _, w := range g.Conflicts {
		found := false
		for _, q := range groups {
			if q.Conflict == nil {
				continue
			}
			sides := map[float64]string{}
			for _, cl := range q.Conflict.Values {
				sides[cl.Value] = strings.Join(cl.Sources, ", ")
			}
			all := true
			for _, v := range w.Values {
				who, ok := sides[v]
				all = all && ok && sameName(who, w.Sides[fmt.Sprint(v)])
			}
			found = found || all
		}
		k.add(found, "conflict %q %v not found", w.Quantity, w.Values)
	}
	return []*Check{c, k}
}

func normQuote(s string) string {
	return strings.TrimRight(strings.Join(strings.Fields(s), " "), ".,;:!? ")
}

func checkQuotes(g *Gold, recs map[string]*store.Record) []*Check {
	c := &Check{Name: "quotes"}
	for _, w := range g.Quotes {
		ok := false
		var near []string
		if r := recs[w.Article]; r != nil {
			for _, q := range r.Analysis.Quotes {
				if normQuote(q.Text) == normQuote(w.Text) {
					near = append(near, q.Speaker)
					ok = ok || q.Speaker == w.Speaker
				}
			}
		}
		c.add(ok, "%s: %q by %s; speakers found for that text: %q", w.Article, w.Text, w.Speaker, near)
	}
	n := &Check{Name: "not_quotes"}
	for _, w := range g.NotQuotes {
		bad := false
		if r := recs[w.Article]; r != nil {
			for _, q := range r.Analysis.Quotes {
				bad = bad || normQuote(q.Text) == normQuote(w.Text)
			}
		}
		n.add(!bad, "%s: %q reported as a quote", w.Article, w.Text)
	}
	return []*Check{c, n}
}

func checkEntities(g *Gold, recs map[string]*store.Record) []*Check {
	c := &Check{Name: "entities"}
	type key struct{ typ, canon string }
	have := map[key]bool{}
	var ents []article.Entity
	for _, id := range sortedKeys(recs) {
		for _, e := range recs[id].Analysis.Entities {
			have[key{e.Type, e.Canonical}] = true
			ents = append(ents, e)
		}
	}
	for typ, names := range map[string][]string{article.EntityPerson: g.Entities.Person,
		article.EntityOrganisation: g.Entities.Organisation, article.EntityPlace: g.Entities.Place} {
		for _, n := range names {
			c.add(have[key{typ, n}], "%s %q not found", typ, n)
		}
	}
	sort.Strings(c.Failures)
	a := &Check{Name: "aliases"}
	for _, al := range g.Entities.Aliases {
		for _, f := range al.Forms {
			ok, seen := false, false
			for _, e := range ents {
				// A name inside a hyphenated compound ("Kursk-Region") is marked as the name.
				part := strings.HasPrefix(f, e.Text+"-") || strings.HasSuffix(f, "-"+e.Text)
				if e.Text == f || part || strings.HasSuffix(e.Text, " "+f) || strings.HasPrefix(f, e.Text+" ") && strings.HasSuffix(f, e.Canonical) {
					seen = true
					ok = ok || e.Canonical == al.Canonical
				}
				// A title before the name is not part of the entity: "Präsident Wolodymyr
				// Selenskyj" is found as the name with its title outside the span.
				if strings.HasSuffix(f, " "+e.Text) && e.Canonical == al.Canonical {
					seen, ok = true, true
				}
			}
			a.add(ok, "form %q: seen=%v, not resolved to %q", f, seen, al.Canonical)
		}
	}
	np := &Check{Name: "not_persons"}
	for _, n := range g.Entities.NotPersons {
		bad := have[key{article.EntityPerson, n}]
		for _, e := range ents {
			bad = bad || e.Type == article.EntityPerson && e.Text == n
		}
		np.add(!bad, "%q typed as a person", n)
	}
	return []*Check{c, a, np}
}

func checkTimes(g *Gold, recs map[string]*store.Record) *Check {
	c := &Check{Name: "time_expressions"}
	for _, w := range g.Times {
		want := ""
		if w.Value != nil {
			want = *w.Value
		}
		var got []string
		ok := false
		if r := recs[w.Article]; r != nil {
			for _, t := range r.Analysis.Times {
				if strings.EqualFold(t.Text, w.Text) {
					got = append(got, strp(t.Value))
					ok = ok || t.Value == want
				}
			}
			// A date line the scraper left is metadata now: the publication date.
			if pt, has := timex.Published(r.Article); has && !strings.Contains(r.Article.Text, w.Text) {
				got = append(got, "published "+pt.Value)
				ok = ok || pt.Value == want
			}
		}
		c.add(ok, "%s: %q = %s; got %q", w.Article, w.Text, strp(want), got)
	}
	return c
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
