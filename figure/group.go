package figure

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// Reported is a figure as one article reports it.
type Reported struct {
	Article string         `json:"article"`
	Figure  article.Figure `json:"figure"`
}

// Quantity is one thing measured (the North Korean soldiers in Kursk, Germany's winter aid),
// with every figure that articles give for it.
type Quantity struct {
	Label    string     `json:"label"` // the most common What of its figures
	Unit     string     `json:"unit"`
	Keys     []string   `json:"keys"` // the keys its figures share most, sorted
	Figures  []Reported `json:"figures"`
	Claims   []Claim    `json:"claims"`   // the distinct values given, most reported first
	Conflict *Conflict  `json:"conflict"` // nil when the values agree
}

// Claim is one value given for a quantity: who gave it and which articles report it.
type Claim struct {
	Value       float64  `json:"value"`
	Approximate bool     `json:"approximate"`
	Bound       string   `json:"bound,omitempty"`
	Sources     []string `json:"sources"` // AttributedTo of its figures, sorted; "" when unattributed
	Articles    []string `json:"articles"`
}

// Conflict says that sources give values for the same quantity that cannot all be true.
type Conflict struct {
	Values []Claim `json:"values"` // the claims that disagree with another claim
}

// Grouping thresholds.
const (
	// minOverlap is the Jaccard overlap of keys above which two figures measure one quantity.
	// A half keeps "nordkoreanische Soldaten in Kursk" with "... in der Region Kursk" and
	// apart from bare "Soldaten" (12,000 North Korea plans to send in total): a figure that
	// shares only its head noun with a located, qualified one is a different quantity.
	minOverlap = 0.5
	// tolerance is how far an approximate value may lie from another and still agree with it
	// when the same source gives both.
	tolerance = 0.1
)

// Group gathers figures from many articles into quantities. Figures join when their units
// agree and their keys overlap (see minOverlap); a figure without keys stays alone, and a
// part of a whole (article.Figure.Part: "zwei von ihnen schwer") joins only other parts, so a
// subset is never taken for a rival value of its whole. Figures qualified otherwise never share
// a quantity, not even through a barer figure that fits both ("Menschen" between "getötete
// Menschen" and "verletzte Menschen"): such a figure joins the one quantity it fits, or none. A
// quantity has a conflict when different sources give different values (vague or bounded
// values, such as "Tausende" or "mehr als 100", conflict only with values outside their range),
// or when one source gives values further apart than the tolerance. The result is sorted: most
// reported quantities first, then by label.
func Group(figs []Reported) []Quantity {
	idx := make([]int, len(figs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := figs[idx[a]], figs[idx[b]]
		if x.Article != y.Article {
			return x.Article < y.Article
		}
		return x.Figure.Start < y.Figure.Start
	})
	parent := make([]int, len(figs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	members := make([][]int, len(figs)) // root -> its figures (positions in idx)
	for i := range members {
		members[i] = []int{i}
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb || !compatible(figs, idx, members[ra], members[rb]) {
			return
		}
		lo, hi := min(ra, rb), max(ra, rb)
		parent[hi] = lo
		members[lo] = append(members[lo], members[hi]...)
		members[hi] = nil
	}
	// First the figures that qualify their head alike join; then a barer figure ("Menschen")
	// joins the one quantity whose keys hold all of its own, and stays alone when several
	// would take it ("getötete Menschen", "verletzte Menschen"): it cannot tell which it counts.
	type cover struct{ bare, full int }
	var covered []cover
	for a := 0; a < len(idx); a++ {
		for b := a + 1; b < len(idx); b++ {
			x, y := &figs[idx[a]].Figure, &figs[idx[b]].Figure
			if x.Unit != y.Unit || x.Part != y.Part || jaccard(x.Keys, y.Keys) < minOverlap || qualifiedApart(x, y) {
				continue
			}
			xy, yx := covers(x.Keys, y.Keys), covers(y.Keys, x.Keys)
			switch {
			case xy && !yx:
				covered = append(covered, cover{a, b})
			case yx && !xy:
				covered = append(covered, cover{b, a})
			default:
				union(a, b)
			}
		}
	}
	takers := map[int]map[int]bool{} // a bare figure's root -> roots of quantities that would take it
	for _, c := range covered {
		rb := find(c.bare)
		if takers[rb] == nil {
			takers[rb] = map[int]bool{}
		}
		takers[rb][find(c.full)] = true
	}
	var join []cover
	for _, c := range covered {
		if len(takers[find(c.bare)]) == 1 {
			join = append(join, c)
		}
	}
	for _, c := range join {
		union(c.bare, c.full)
	}
	byRoot := map[int][]Reported{}
	var roots []int
	for a := range idx {
		r := find(a)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], figs[idx[a]])
	}
	out := make([]Quantity, 0, len(roots))
	for _, r := range roots {
		out = append(out, quantity(byRoot[r]))
	}
	sort.SliceStable(out, func(i, j int) bool {
		ni, nj := articleCount(out[i]), articleCount(out[j])
		if ni != nj {
			return ni > nj
		}
		if out[i].Label != out[j].Label {
			return out[i].Label < out[j].Label
		}
		return out[i].Unit < out[j].Unit
	})
	return out
}

// Significant reports whether the quantity says what it measures: a quantity without a label
// or keys is a number whose counted thing the extractor could not name, and it cannot be
// compared with anything, so a story's figure table may leave it out.
func (q Quantity) Significant() bool { return q.Label != "" && len(q.Keys) > 0 }

func articleCount(q Quantity) int {
	seen := map[string]bool{}
	for _, f := range q.Figures {
		seen[f.Article] = true
	}
	return len(seen)
}

// compatible reports whether two groups of figures may become one quantity: no figure of
// one is qualified otherwise than a figure of the other. A bare head ("Menschen") joins
// "getötete Menschen" and "verletzte Menschen" alike; through it the killed and the injured
// would become one quantity, so a group that holds one of them never takes the other.
func compatible(figs []Reported, idx, a, b []int) bool {
	for _, i := range a {
		x := &figs[idx[i]].Figure
		for _, j := range b {
			y := &figs[idx[j]].Figure
			if jaccard(x.Keys, y.Keys) < minOverlap && !covers(x.Keys, y.Keys) && !covers(y.Keys, x.Keys) {
				return false
			}
		}
	}
	return true
}

// covers reports whether every key of a is among b's (or b holds a compound of it).
func covers(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y || compoundOf(y, x) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// qualifiedApart reports whether one figure's keys are all among the other's and the other
// adds a noun or name to them ("Schäden" and "Schäden in Ostfriesland", "people" and "people
// in Hamburg"): the bare head counts the whole, the qualified one a part of it, which is a
// different quantity, never an update or a rival value. A modifier in lower case does not
// set them apart ("Sturmschäden" and "versicherte Schäden").
func qualifiedApart(x, y *article.Figure) bool {
	if len(x.Keys) > len(y.Keys) {
		x, y = y, x
	}
	if len(x.Keys) == len(y.Keys) {
		return false
	}
	for _, a := range x.Keys {
		found := false
		for _, b := range y.Keys {
			if a == b {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return capitalised(y.What) > capitalised(x.What)
}

// capitalised counts the words of s that start with an upper-case letter.
func capitalised(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for _, x := range a {
		for _, y := range b {
			if x == y || compoundOf(x, y) || compoundOf(y, x) {
				inter++
				break
			}
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// compoundOf reports whether key long is a compound ending in key head ("sturmschad" of
// "schad", "grenzregion" of "region"): a compound names a kind of its head, so "Sturmschäden"
// and "versicherte Schäden" can measure one thing. Both parts must be long enough to be words
// ("raid" is not a compound of "aid").
func compoundOf(long, head string) bool {
	return len(head) >= 4 && len(long) >= len(head)+3 && strings.HasSuffix(long, head)
}

func quantity(figs []Reported) Quantity {
	q := Quantity{Unit: figs[0].Figure.Unit, Figures: figs}
	whats := map[string]int{}
	keys := map[string]int{}
	for _, f := range figs {
		if f.Figure.What != "" {
			whats[f.Figure.What]++
		}
		for _, k := range f.Figure.Keys {
			keys[k]++
		}
	}
	q.Label = mostCommon(whats)
	for k, n := range keys {
		if 2*n >= len(figs) {
			q.Keys = append(q.Keys, k)
		}
	}
	sort.Strings(q.Keys)
	q.Claims = claims(figs)
	var bad []Claim
	for i, c := range q.Claims {
		for j, d := range q.Claims {
			if i != j && disagree(c, d) {
				bad = append(bad, c)
				break
			}
		}
	}
	if len(bad) > 0 {
		q.Conflict = &Conflict{Values: bad}
	}
	return q
}

// mostCommon returns the most frequent string, the shorter and then the smaller on ties.
func mostCommon(m map[string]int) string {
	best, bestN := "", 0
	for s, n := range m {
		if n > bestN || n == bestN && (len(s) < len(best) || len(s) == len(best) && s < best) {
			best, bestN = s, n
		}
	}
	return best
}

// claims merges the figures into distinct values.
func claims(figs []Reported) []Claim {
	type key struct {
		v float64
		b string
	}
	type acc struct {
		c        Claim
		sources  map[string]bool
		articles map[string]bool
	}
	m := map[key]*acc{}
	var order []key
	for _, f := range figs {
		k := key{f.Figure.Value, f.Figure.Bound}
		a, ok := m[k]
		if !ok {
			a = &acc{c: Claim{Value: k.v, Bound: k.b, Approximate: f.Figure.Approximate}, sources: map[string]bool{}, articles: map[string]bool{}}
			m[k] = a
			order = append(order, k)
		}
		a.sources[f.Figure.AttributedTo] = true
		a.articles[f.Article] = true
	}
	out := make([]Claim, 0, len(order))
	for _, k := range order {
		a := m[k]
		a.c.Sources = sortedKeys(a.sources)
		a.c.Articles = sortedKeys(a.articles)
		out = append(out, a.c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Articles) != len(out[j].Articles) {
			return len(out[i].Articles) > len(out[j].Articles)
		}
		if out[i].Value != out[j].Value {
			return out[i].Value > out[j].Value
		}
		return out[i].Bound < out[j].Bound
	})
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// disagree reports whether two claims for one quantity cannot both hold.
func disagree(a, b Claim) bool {
	if a.Value == b.Value && (a.Bound == b.Bound || a.Bound == BoundAbout || b.Bound == BoundAbout || a.Bound == "" || b.Bound == "") {
		return false
	}
	// A vague or bounded value names a range: it disagrees only with values outside it.
	if isRange(a.Bound) || isRange(b.Bound) {
		alo, ahi := interval(a)
		blo, bhi := interval(b)
		if !shareSource(a, b) {
			// "bis zu 900 Millionen" from one source against "rund 650 Millionen" from another
			// are rival estimates: an upper bound in a report gives the top of the estimate,
			// so it is read as an estimate near that top. A lower bound ("mehr als 1.400")
			// rounds a count down and stays open.
			alo, blo = estimateLow(a, alo), estimateLow(b, blo)
		}
		return alo > bhi || blo > ahi
	}
	if shareSource(a, b) {
		alo, ahi := interval(a)
		blo, bhi := interval(b)
		return alo > bhi || blo > ahi
	}
	return true
}

func isRange(b string) bool {
	return b == BoundMin || b == BoundOver || b == BoundMax || b == BoundUnder || b == BoundOrder
}

func shareSource(a, b Claim) bool {
	for _, x := range a.Sources {
		for _, y := range b.Sources {
			if x == y && x != "" {
				return true
			}
		}
	}
	return false
}

// estimateLow is the lower end of an upper-bound claim read as an estimate.
func estimateLow(c Claim, lo float64) float64 {
	if c.Bound == BoundMax || c.Bound == BoundUnder {
		return c.Value * (1 - tolerance)
	}
	return lo
}

// interval is the range of values a claim allows.
func interval(c Claim) (float64, float64) {
	v := c.Value
	switch c.Bound {
	case BoundAbout:
		return v * (1 - tolerance), v * (1 + tolerance)
	case BoundMin, BoundOver:
		return v, math.Inf(1)
	case BoundMax, BoundUnder:
		return 0, v
	case BoundOrder:
		// "Tausende" is any number of thousands: up to the next named magnitude but one.
		return v, v * 100
	}
	return v, v
}
