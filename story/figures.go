package story

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"crosscheck/article"
	"crosscheck/figure"
	"crosscheck/lang"
)

// quantGroup is one quantity with where its figures stand, for the summary to find
// sentences that give the story's main figures.
type quantGroup struct {
	q     Quantity
	sents map[[2]int]bool // doc, sentence
}

// figAt is one figure of the story with its doc, sentence and the day it is for.
type figAt struct {
	doc, sent int
	f         article.Figure
	day       string
}

func (bd *build) figures() {
	var figs []figAt
	for i, d := range bd.docs {
		lists := d.listSentences()
		for _, f := range d.an.Figures {
			si := d.an.SentenceAt(f.Start)
			if si < 0 || !d.sents[si].usable || yearLike(f) || d.ordinal(f, si) || d.nameOnly(f, si) || d.weakLabel(f, si) ||
				lists[si] && f.Unit == "" || !d.labelFit(&f, si) {
				continue
			}
			f.Bound = d.figureBound(f)
			day := d.date
			if k := d.figureDate(si, f); k != "" {
				// A date of the figure's sentence says which moment it is for ("vor zwei
				// Tagen hatte sie noch von zwölf Verletzten gesprochen").
				day = k
				if bd.history(k) && f.Source == nil && !d.sents[si].attributed && !bd.spanToNow(d, si) {
					// "In 1993, … a blaze that left dozens dead", "which Trump won in 2020 by
					// more than 23 points", "Lediglich die Ukraine siegte 2022 mit 631
					// Punkten": a figure of a time well before the story is history the
					// articles recall, not one of the story's figures. One that someone
					// reports now ("saw an increase of 59 percent in 2020, the health
					// department said on Monday") is news of old data, and stays.
					continue
				}
			}
			figs = append(figs, figAt{doc: i, sent: si, f: f, day: day})
		}
	}
	reps := make([]figure.Reported, len(figs))
	where := map[string][]int{} // article|start -> figs indexes
	for k, f := range figs {
		reps[k] = figure.Reported{Article: bd.docs[f.doc].a.ID, Figure: f.f}
		key := reps[k].Article + "|" + strconv.Itoa(f.f.Start)
		where[key] = append(where[key], k)
	}
	var groups [][]int // quantities as indexes into figs
	for _, q := range figure.Group(reps) {
		if !q.Significant() {
			continue
		}
		var g []int
		seen := map[int]bool{}
		for _, r := range q.Figures {
			for _, k := range where[r.Article+"|"+strconv.Itoa(r.Figure.Start)] {
				if !seen[k] {
					seen[k] = true
					g = append(g, k)
				}
			}
		}
		groups = append(groups, g)
	}
	groups = bd.mergeParaphrases(figs, groups)
	others := map[string]map[float64]bool{} // label stem -> values of figures with it
	for _, f := range figs {
		for st := range bd.labelStems(f.f.What) {
			if others[st] == nil {
				others[st] = map[float64]bool{}
			}
			others[st][f.f.Value] = true
		}
	}
	for _, g := range groups {
		parts := bd.byName(figs, g)
		for len(parts) > 0 {
			part, rest := bd.writtenLabel(figs, parts[0], others)
			parts = parts[1:]
			if len(rest) > 0 && len(part) > 0 {
				// Figures of another measure make a quantity of their own.
				parts = append(parts, rest)
			}
			if len(part) == 0 {
				continue
			}
			qg := bd.quantity(figs, part)
			if !bd.dropSmallOnce(figs, part, &qg.q) || !confirmedOnly(&qg.q) {
				continue
			}
			qg.q.Label = shownLabel(figs, part, qg.q)
			if qg.q.Label == "" || bd.trivia(figs, part, qg.q) {
				// A figure a reader cannot tell the meaning of is left out rather than shown
				// under "unclear".
				continue
			}
			for _, q := range bd.splitFlat(qg.q) {
				if !bd.ownRow(&q) {
					continue
				}
				bd.quants = append(bd.quants, quantGroup{q: q, sents: qg.sents})
			}
		}
	}
	sort.SliceStable(bd.quants, func(i, j int) bool {
		a, b := bd.quants[i].q, bd.quants[j].q
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		return a.Label < b.Label
	})
	for _, g := range bd.quants {
		bd.st.Figures = append(bd.st.Figures, g.q)
	}
}

// splitFlat shows the values of a quantity that is neither updated nor in dispute as one
// row only when something ties them: one article gives both (a series, a projection after
// another), the alignment paired their sentences, or the people and organisations one of
// their sentences names are all named in one of the other's. Otherwise they are values of one label said of different things
// ("Stimmen: 42,4 %" of a candidate, "28,2 %" of another, "4,5 %" of a party; "1,66 Mio."
// voters of one state and "3,3 Mio." of another), and each gets its own row.
func (bd *build) splitFlat(q Quantity) []Quantity {
	if q.Update || q.Conflict || len(q.Values) < 2 {
		return []Quantity{q}
	}
	type at struct {
		arts  map[string]bool
		sents [][2]int
	}
	info := make([]at, len(q.Values))
	for k, v := range q.Values {
		x := at{arts: map[string]bool{}}
		for _, a := range v.Articles {
			x.arts[a] = true
		}
		for _, m := range v.Mentions {
			i, ok := bd.byID[m.Article]
			if !ok {
				continue
			}
			si := bd.docs[i].an.SentenceAt(m.Start)
			if si < 0 {
				continue
			}
			x.sents = append(x.sents, [2]int{i, si})
		}
		info[k] = x
	}
	sets := newDisjoint(len(q.Values))
	for a := range info {
		for b := a + 1; b < len(info); b++ {
			if !apart(info[a].arts, info[b].arts) && bd.sameTelling(q.Unit, info[a].sents, info[b].sents, labelSet(q.Label)) || bd.paired(info[a].sents, info[b].sents) || bd.sameActors(info[a].sents, info[b].sents) {
				sets.union(a, b)
			}
		}
	}
	var out []Quantity
	for _, set := range sets.sets() {
		part := q
		part.Values = make([]Value, 0, len(set))
		arts := map[string]bool{}
		for _, k := range set {
			part.Values = append(part.Values, q.Values[k])
			for _, a := range q.Values[k].Articles {
				arts[a] = true
			}
		}
		part.Articles = len(arts)
		out = append(out, part)
	}
	return out
}

// sameActors reports whether a sentence of a and one of b name people or organisations,
// the names of one all among the other's.
func (bd *build) sameActors(a, b [][2]int) bool {
	set := func(x [2]int) map[string]bool {
		m := map[string]bool{}
		for _, n := range bd.docs[x[0]].sents[x[1]].actors {
			m[n] = true
		}
		return m
	}
	for _, x := range a {
		sx := set(x)
		if len(sx) == 0 {
			continue
		}
		for _, y := range b {
			if sy := set(y); len(sy) > 0 && nested(sx, sy) {
				return true
			}
		}
	}
	return false
}

// mergeParaphrases joins quantities that measure one thing in other words ("1.400
// Einsätze" and "1.400-mal ausgerückt"): same unit, and two of their figures with the same
// value stand in sentences the alignment paired.
func (bd *build) mergeParaphrases(figs []figAt, groups [][]int) [][]int {
	sets := newDisjoint(len(groups))
	owner := map[[2]int][]int{} // doc, sentence -> groups with a figure there
	for gi, g := range groups {
		for _, k := range g {
			key := [2]int{figs[k].doc, figs[k].sent}
			owner[key] = append(owner[key], gi)
		}
	}
	for gi, g := range groups {
		for _, k := range g {
			f := figs[k]
			for _, p := range bd.sup.pairedWith[f.doc][f.sent] {
				for _, gj := range owner[p] {
					if gj == gi || sets.find(gi) == sets.find(gj) {
						continue
					}
					if sameMeasure(figs, g, groups[gj], f, p) {
						sets.union(gi, gj)
					}
				}
			}
		}
	}
	var out [][]int
	for _, set := range sets.sets() {
		var merged []int
		for _, gi := range set {
			merged = append(merged, groups[gi]...)
		}
		out = append(out, merged)
	}
	return out
}

// sameMeasure: figure f of group a and a figure of group b in sentence p give the same value
// in the same unit, and neither group counts a part while the other counts a whole.
func sameMeasure(figs []figAt, a, b []int, f figAt, p [2]int) bool {
	for _, k := range b {
		o := figs[k]
		if o.doc != p[0] || o.sent != p[1] {
			continue
		}
		if o.f.Unit == f.f.Unit && o.f.Part == f.f.Part && o.f.Value == f.f.Value {
			return true
		}
	}
	return false
}

// quantity builds the model of one quantity: its values in date order, an update when the
// value changed over time, a conflict only when values disagree about one day.
func (bd *build) quantity(figs []figAt, g []int) quantGroup {
	label := map[string]int{}
	qg := quantGroup{sents: map[[2]int]bool{}}
	type claim struct {
		v       Value
		days    map[string]bool
		givers  map[string]bool
		arts    map[string]bool
		minDay  string
		names   map[string]bool // names in the sentences that give it
		doc     int
		approxN int
		at      []Statement
		sents   [][2]int // doc, sentence of each figure
	}
	claims := map[string]*claim{}
	var order []string
	arts := map[string]bool{}
	unit := ""
	for _, k := range g {
		f := figs[k]
		qg.sents[[2]int{f.doc, f.sent}] = true
		if f.f.What != "" {
			label[f.f.What]++
		}
		unit = f.f.Unit
		key := figKey(f.f.Value, f.f.Unit) + "|" + f.f.Bound
		c := claims[key]
		if c == nil {
			c = &claim{v: Value{Value: f.f.Value, Bound: f.f.Bound}, days: map[string]bool{}, givers: map[string]bool{}, arts: map[string]bool{}, names: map[string]bool{}, doc: f.doc}
			claims[key] = c
			order = append(order, key)
		}
		for _, n := range bd.docs[f.doc].sents[f.sent].names {
			c.names[n] = true
		}
		if f.f.Approximate {
			c.approxN++
		}
		c.at = append(c.at, Statement{Article: bd.docs[f.doc].a.ID, Start: f.f.Start, End: f.f.End, Text: f.f.Text})
		c.sents = append(c.sents, [2]int{f.doc, f.sent})
		if f.day != "" {
			c.days[f.day] = true
			if c.minDay == "" || f.day < c.minDay {
				c.minDay = f.day
			}
		}
		if f.f.AttributedTo != "" {
			c.givers[f.f.AttributedTo] = true
		}
		id := bd.docs[f.doc].a.ID
		c.arts[id], arts[id] = true, true
	}
	q := Quantity{Label: mostCommon(label), Unit: unit, Values: []Value{}, Articles: len(arts)}
	words := map[string]bool{} // the label's words, which every figure of it shares
	for l := range label {
		for w := range labelSet(l) {
			words[w] = true
		}
	}
	cs := make([]*claim, 0, len(order))
	for _, k := range order {
		cs = append(cs, claims[k])
	}
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i].minDay, cs[j].minDay
		if a != b {
			return a != "" && (b == "" || a < b)
		}
		return len(cs[i].arts) > len(cs[j].arts)
	})
	for _, c := range cs {
		c.v.Approximate = c.approxN > 0
	}
	// Many different values are many things measured under one label, not a dispute.
	judge := len(cs) <= maxJudged
	for i, a := range cs {
		for _, b := range cs[i+1:] {
			if !judge || !disagree(a.v, b.v) || apartNames(a.names, b.names) {
				// Values given of different names are different things counted under one
				// label ("zwei Spiele" of a club's season, "710 Spiele" of a career).
				continue
			}
			if !apart(a.arts, b.arts) {
				// One article giving both values speaks of two things (or tells the
				// change itself): an update at most, never a dispute.
				if a.minDay != b.minDay && a.minDay != "" && b.minDay != "" && sameScale(a.v, b.v) && bd.sameTelling(unit, a.sents, b.sents, words) {
					q.Update = true
				}
				continue
			}
			if !shareName(a.names, b.names) || !nested(a.names, b.names) {
				// Different articles and no name in common: nothing shows they speak of the
				// same thing ("1,66 Millionen Thüringer" and "3,3 Millionen Sachsen" are two
				// electorates, not a dispute; the alignment pairs such look-alike sentences).
				continue
			}
			same := false
			for d := range a.days {
				same = same || b.days[d]
			}
			if same || len(a.days) == 0 || len(b.days) == 0 {
				// The same moment, or a moment unknown: sources disagree, when the alignment
				// paired two of their sentences (they tell the same thing). Otherwise nothing
				// shows the two values are of one thing ("Der Linke-Politiker erhielt 42,4
				// Prozent der Stimmen", "Die Linke hat nur 4,5 Prozent der Stimmen erlangt").
				if bd.paired(a.sents, b.sents) {
					a.v.Conflicts, b.v.Conflicts, q.Conflict = true, true, true
				}
			} else if sameScale(a.v, b.v) && bd.sameTelling(unit, a.sents, b.sents, words) {
				q.Update = true
			}
		}
	}
	if q.Conflict {
		q.Update = false
	}
	for _, c := range cs {
		v := c.v
		v.Text = bd.fmt.Amount(v.Value, q.Unit, v.Bound, v.Approximate)
		v.Date = c.minDay
		if v.Date != "" {
			v.DateText = bd.dateText(v.Date, "")
		}
		v.GivenBy = keys(c.givers)
		v.Articles = keys(c.arts)
		v.Mentions = c.at
		q.Values = append(q.Values, v)
	}
	qg.q = q
	return qg
}

func mostCommon(m map[string]int) string {
	best := ""
	for k, n := range m {
		if best == "" || n > m[best] || n == m[best] && k < best {
			best = k
		}
	}
	return best
}

// disagree reports whether two values cannot both be true of one quantity at one moment:
// exact values that differ, or approximate and bounded values outside each other's range.
func disagree(a, b Value) bool {
	lo1, hi1 := interval(a)
	lo2, hi2 := interval(b)
	return hi1 < lo2 || hi2 < lo1
}

// maxUpdate is how many times larger one value may be than another and still be the same
// count told later: a toll or a tally grows by steps ("sechs Tote", then "neun"); "1.800
// Gebäude" in one state and "300.000 Gebäude" nationwide a day later are two things under
// one label.
const maxUpdate = 10

// sameScale reports whether two values are close enough in size for one to update the other.
func sameScale(a, b Value) bool {
	x, y := math.Abs(a.Value), math.Abs(b.Value)
	if x > y {
		x, y = y, x
	}
	return x > 0 && y <= x*maxUpdate
}

// tolerance is how far an approximate value may lie from another and still agree with it;
// exactTolerance the same for exact values (rounding: 30,6 and 30,7 Prozent agree).
const (
	tolerance      = 0.1
	exactTolerance = 0.05
	// maxJudged: a quantity with more distinct values than this is not judged for
	// conflicts or updates.
	maxJudged = 3
)

// apart reports whether two claims come from different articles, none giving both.
func apart(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return false
		}
	}
	return true
}

// shareName: the two sets have a name in common.
func shareName(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// paired reports whether the alignment paired a sentence of a with one of b, both saying
// whom or what they speak of (standalone: "Der Linke-Politiker erhielt 42,4 Prozent" speaks
// of someone named before, not of the party "Die Linke" with its 4,5 Prozent).
func (bd *build) paired(a, b [][2]int) bool {
	for _, x := range a {
		if !bd.docs[x[0]].sents[x[1]].standalone {
			continue
		}
		for _, p := range bd.sup.pairedWith[x[0]][x[1]] {
			for _, y := range b {
				if p == y && bd.docs[y[0]].sents[y[1]].standalone {
					return true
				}
			}
		}
	}
	return false
}

// nested: the names of one set are all in the other. Two values are one quantity in dispute
// only when neither sentence names someone or something the other does not ("Urban gewann
// … mit 42,4 Prozent der Erststimmen vor dem CDU-Kandidaten" and "Wolf kam … auf 28,2
// Prozent der Stimmen … hinter Ulrike Jary von der CDU" share the CDU, not a quantity).
func nested(a, b map[string]bool) bool {
	sub := func(x, y map[string]bool) bool {
		for k := range x {
			if !y[k] {
				return false
			}
		}
		return true
	}
	return sub(a, b) || sub(b, a)
}

// apartNames: both sets name someone or something, and none the same.
func apartNames(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for k := range a {
		if b[k] {
			return false
		}
	}
	return true
}

// byName splits one quantity's figures into the things they are said of: two figures
// belong together when they give the same value or their sentences share the name of a
// person or an organisation (or one names none). "2 Spiele" of a club and "710 Spiele" of a player are two quantities.
func (bd *build) byName(figs []figAt, g []int) [][]int {
	sets := newDisjoint(len(g))
	names := make([]map[string]bool, len(g))
	for i, k := range g {
		names[i] = map[string]bool{}
		// People and organisations say whose a quantity is; a place both sentences name
		// ("in Deutschland") does not make VW's 120.000 jobs and ZF's 14.000 one quantity.
		for _, n := range bd.docs[figs[k].doc].sents[figs[k].sent].actors {
			names[i][n] = true
		}
	}
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			a, b := figs[g[i]].f, figs[g[j]].f
			if a.Value == b.Value && a.Unit == b.Unit || len(names[i]) > 0 && len(names[j]) > 0 && !apartNames(names[i], names[j]) {
				sets.union(i, j)
			}
		}
	}
	// A figure whose sentence names nothing joins the others when they are of one thing
	// (or name nothing either), and stays apart rather than bridge two things.
	named := map[int]bool{}
	for i := range g {
		if len(names[i]) > 0 {
			named[sets.find(i)] = true
		}
	}
	if len(named) <= 1 {
		for i := range g {
			sets.union(0, i)
		}
	}
	var out [][]int
	for _, set := range sets.sets() {
		part := make([]int, len(set))
		for k, i := range set {
			part[k] = g[i]
		}
		out = append(out, part)
	}
	return out
}

// disjoint is a union-find over 0..n-1; a set's root is its smallest member.
type disjoint []int

func newDisjoint(n int) disjoint {
	p := make(disjoint, n)
	for i := range p {
		p[i] = i
	}
	return p
}

func (p disjoint) find(x int) int {
	for p[x] != x {
		p[x] = p[p[x]]
		x = p[x]
	}
	return x
}

func (p disjoint) union(a, b int) {
	x, y := p.find(a), p.find(b)
	p[max(x, y)] = min(x, y)
}

// sets returns the members of each set in order, the sets in the order of their first member.
func (p disjoint) sets() [][]int {
	at := map[int]int{}
	var out [][]int
	for i := range p {
		r := p.find(i)
		k, ok := at[r]
		if !ok {
			k = len(out)
			at[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// dropSmallOnce takes out the values smallOnce finds, unless a figure giving the value counts
// a part of a whole the story gives ("zwölf Menschen, zwei von ihnen schwer"), and reports
// whether any value is left.
func (bd *build) dropSmallOnce(figs []figAt, g []int, q *Quantity) bool {
	part := map[string]bool{}
	for _, k := range g {
		if figs[k].f.Part {
			part[figKey(figs[k].f.Value, figs[k].f.Unit)] = true
		}
	}
	kept := q.Values[:0]
	arts := map[string]bool{}
	for _, v := range q.Values {
		if bd.smallOnce(*q, v) && !part[figKey(v.Value, q.Unit)] {
			continue
		}
		kept = append(kept, v)
		for _, a := range v.Articles {
			arts[a] = true
		}
	}
	q.Values, q.Articles = kept, len(arts)
	return len(kept) > 0
}

// confirmedOnly keeps, of a quantity with many values under one label, the values more
// than one article gives, and reports whether any is left. "Spiele: 2, 5, 710, 50" (a
// season's games, a career's, a matchday's) or a liveblog's every projection ("SPD: 7,3 %,
// 6,1 %, 7,4 % …") are many things measured, which a reader cannot follow as one quantity;
// the values several sources give are the ones the story stands on.
func confirmedOnly(q *Quantity) bool {
	if len(q.Values) <= maxJudged {
		return true
	}
	kept := q.Values[:0]
	arts := map[string]bool{}
	for _, v := range q.Values {
		if len(v.Articles) > 1 {
			kept = append(kept, v)
			for _, a := range v.Articles {
				arts[a] = true
			}
		}
	}
	q.Values, q.Articles = kept, len(arts)
	return len(kept) > 0
}

// shownLabel names a quantity by the labels of the figures whose values it shows: the
// values left out ("a label with more than three values shows only the values several
// articles give") must not lend it their label ("BSW" for the CDU's 31,9 percent).
func shownLabel(figs []figAt, g []int, q Quantity) string {
	shown := map[string]bool{}
	for _, v := range q.Values {
		shown[figKey(v.Value, q.Unit)+"|"+v.Bound] = true
	}
	label := map[string]int{}
	for _, k := range g {
		f := figs[k].f
		if f.What != "" && shown[figKey(f.Value, f.Unit)+"|"+f.Bound] {
			label[f.What]++
		}
	}
	return mostCommon(label)
}

// ordinal: a number with a full stop after it, followed by a word in lower case or by
// one that is no stop word, is a rank, not an amount ("in der 59. Minute", "kommt auf nun
// 710. Pflichtspiele", which the segmenter took for a sentence end); "stieg auf 15. Das
// teilte …" ends a sentence.
func (d *doc) ordinal(f article.Figure, si int) bool {
	if strings.ContainsAny(strings.TrimSpace(f.Text), " \u00a0") {
		return false // "1,5 Mio." ends with its unit's full stop
	}
	k := tokenAt(d.an.Tokens, f.End)
	if k < 0 || d.an.Tokens[k].Text != "." || k+1 >= len(d.an.Tokens) {
		return false
	}
	n := d.an.Tokens[k+1]
	return n.Kind == article.TokWord && (startsLower(n.Text) || !n.Stop)
}

// yearLike: a bare four-digit number a reader would take for a year ("Gold in Tokio 2021")
// is no figure.
func yearLike(f article.Figure) bool {
	t := strings.TrimSpace(f.Text)
	if f.Unit != "" || len(t) != 4 || f.Value < 1800 || f.Value > 2100 {
		return false
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func interval(v Value) (float64, float64) {
	x := v.Value
	switch v.Bound {
	case figure.BoundMin, figure.BoundOver:
		return x, math.Inf(1)
	case figure.BoundMax, figure.BoundUnder:
		return math.Inf(-1), x
	case figure.BoundOrder:
		return x, 10 * x
	case figure.BoundAbout:
		return x * (1 - tolerance), x * (1 + tolerance)
	}
	if v.Approximate {
		return x * (1 - tolerance), x * (1 + tolerance)
	}
	return x * (1 - exactTolerance), x * (1 + exactTolerance)
}

// historyDays is how long before a story's first article the period a figure is dated by
// must have ended for the figure to be history: half a year, so that last year's business
// figures reported in spring stay.
const historyDays = 183

// history reports whether date value v (a day, a month, a year, …) ended more than
// historyDays before the story's first article.
func (bd *build) history(v string) bool { return bd.endedBefore(v, historyDays) }

// endedBefore reports whether date value v (a day, a month, a year or a part of it) ended more
// than days before the story's first article.
func (bd *build) endedBefore(v string, days int) bool {
	limit, ok := bd.before(days)
	if !ok {
		return false
	}
	p, ok := lang.ParseTimex(v, "")
	if !ok || p.Year == 0 {
		return false
	}
	var end time.Time // the first day after the period
	switch {
	case p.Day > 0:
		end = time.Date(p.Year, time.Month(p.Month), p.Day+1, 0, 0, 0, 0, time.UTC)
	case p.Month > 0:
		end = time.Date(p.Year, time.Month(p.Month)+1, 1, 0, 0, 0, 0, time.UTC)
	default:
		end = time.Date(p.Year+1, 1, 1, 0, 0, 0, 0, time.UTC) // a year, or a part of it
	}
	return end.Before(limit)
}

// before returns the day the given number of days before the story's first article.
func (bd *build) before(days int) (time.Time, bool) {
	from, err := time.Parse("2006-01-02", bd.st.From)
	if err != nil {
		return time.Time{}, false
	}
	return from.AddDate(0, 0, -days), true
}

// spanToNow reports whether sentence si writes a span of years whose later end is the story's
// year or the one before ("war zwischen 2013 und 2023 auf 79 Spiele gekommen" in July 2024):
// a total up to lately, not history.
func (bd *build) spanToNow(d *doc, si int) bool {
	st := d.sents[si]
	from, err := time.Parse("2006-01-02", bd.st.From)
	if err != nil {
		return false
	}
	years, last := 0, 0
	for _, t := range d.an.Times {
		if t.Start < st.start || t.Start >= st.end || t.Type != article.TimeDate || len(t.Value) != 4 {
			continue
		}
		y, err := strconv.Atoi(t.Value)
		if err != nil {
			continue
		}
		years++
		last = max(last, y)
	}
	return years >= 2 && last >= from.Year()-1
}

// figureDate returns the day of the time expression of sentence si nearest to figure f
// among those that may speak of it ("Seit 1776 wurde die höchste Rate im Jahr 1778 mit 29,78
// Prozent verzeichnet": 1778), "" when none does: a date before it ("Im April 2020, als …, erreichte die Quote 14,8 Prozent"), or one
// close after it in its clause ("10 Prozent während der Rezession im Oktober 2009"), never
// one in a bracket the figure is not in: "Die CDU kommt auf 31,9 Prozent (2019: 32,1
// Prozent)" and "mit 31,9 Prozent stärkste Kraft und liegt damit unter dem Ergebnis von
// 2019" give 2019 to the other value.
func (d *doc) figureDate(si int, f article.Figure) string {
	s := d.sents[si]
	best, bestD := "", -1
	for _, t := range d.an.Times {
		if t.Start < s.start || t.Start >= s.end || (t.Type != article.TimeDate && t.Type != article.TimeTime) ||
			len(t.Value) < 4 || strings.HasSuffix(t.Value, "_REF") {
			// "this century" (20) or a decade dates no figure.
			continue
		}
		if t.End > f.Start && t.Start < f.End {
			continue
		}
		if inBrackets(d.runes.Slice(s.start, t.Start)) != inBrackets(d.runes.Slice(s.start, f.Start)) {
			continue
		}
		if f.End <= t.Start {
			between := d.runes.Slice(f.End, t.Start)
			if strings.ContainsAny(between, ",;:()[]–—") || len(strings.Fields(between)) > 6 {
				continue
			}
		} else if between := d.runes.Slice(t.End, f.Start); strings.ContainsAny(between, "()[]") && strings.TrimSpace(between) != ":" {
			continue // "(2019: 10,4 Prozent)" keeps its year; "(2019) … 5 Prozent" does not lend it
		}
		day := t.Value
		if len(day) > 10 && !clockRE.MatchString(day) {
			day = day[:10]
		}
		dist := f.Start - t.End
		if f.End <= t.Start {
			dist = t.Start - f.End
		}
		if bestD < 0 || dist < bestD {
			best, bestD = day, dist
		}
	}
	return best
}

// inBrackets reports whether the end of s lies inside an open bracket.
func inBrackets(s string) bool {
	depth, _ := brackets(s)
	return depth > 0
}

// nameOnly reports whether figure f is labelled by a name alone and measures no share: "AfD:
// 40" (seats), "Bayern: 80 Mio. €" (a fee) say whom the number concerns, not what it
// counts, and a reader cannot tell. A share under a name ("CDU: 31,9 %") reads as the
// name's share and stays.
func (d *doc) nameOnly(f article.Figure, si int) bool {
	if f.What == "" || f.Unit == "%" || f.Unit == "pp" {
		return false
	}
	s := d.sents[si]
	for _, e := range d.an.Entities {
		if e.Start >= s.start && e.End <= s.end && e.Text == f.What {
			return true
		}
	}
	return false
}

// weakLabel reports whether figure f's label says nothing of what is measured: its first
// word is a person's name or a piece of a longer name ("Antonio: 24" of a line-up, "Pla:
// 8 %" of the climb "Pla d'Adet"), or it ends in a person's name after a word that is no preposition
// ("vergrößerte Pogacar": a verb and its subject), or it is a one-word label that opens its
// sentence or the clause after a colon ("Demnach: 20.525"), where a capitalised word need
// not be a noun. A label that is a whole name stays to nameOnly (a party's share).
func (d *doc) weakLabel(f article.Figure, si int) bool {
	words := strings.Fields(f.What)
	if len(words) == 0 {
		return false
	}
	s := d.sents[si]
	preps := d.pack.Words("figure_preps")
	for _, e := range d.an.Entities {
		if e.Start < s.start || e.End > s.end || e.Text == f.What {
			continue
		}
		inName := map[string]bool{}
		for _, w := range strings.Fields(e.Text) {
			inName[strings.Trim(w, ",.:;()")] = true
		}
		if inName[words[0]] && (e.Type == article.EntityPerson || words[0] != e.Text) {
			// A person's name, or a piece of a longer name, says whom or where, not what;
			// a whole name of a party or a place does head a share ("AfD in Thüringen: 29 %").
			return true
		}
		last := words[len(words)-1]
		if e.Type == article.EntityPerson && inName[last] && len(words) > 1 {
			if _, ok := preps[strings.ToLower(words[len(words)-2])]; !ok {
				return true
			}
		}
	}
	if len(words) == 1 {
		text := s.text
		if strings.HasPrefix(text, f.What) {
			return true
		}
		if strings.Contains(text, ": "+f.What+" ") && strings.Count(text, f.What) == 1 {
			return true
		}
	}
	return false
}

// trivia reports whether a quantity is a small bare count under a one-word label that one
// outlet alone gives, in sentences that name no person or organisation ("Türmen: 3",
// "Räder: 4", "Links: 7"): neither the label nor its sentence says whose it is, and it
// does not matter to the story as a figure; several outlets giving it make it one.
func (bd *build) trivia(figs []figAt, g []int, q Quantity) bool {
	if q.Unit != "" || len(strings.Fields(q.Label)) > 1 {
		return false
	}
	outlets := map[string]bool{}
	for _, k := range g {
		if figs[k].f.Value >= smallCount {
			return false
		}
		d := bd.docs[figs[k].doc]
		s := d.sents[figs[k].sent]
		for _, e := range d.an.Entities {
			if e.Start >= s.start && e.End <= s.end && (e.Type == article.EntityPerson || e.Type == article.EntityOrganisation) {
				return false // whose it is, its sentence says ("Kroos verwandelte zwei Penaltys")
			}
		}
		outlets[source(d.a)] = true
	}
	return len(outlets) < 2
}

// smallCount: counts below it under a one-word label from one outlet are trivia.
const smallCount = 10

// listSentences returns the sentences that are lists of counts rather than prose: four or
// more figures without a unit under four or more different one-word labels ("16 Maignan –
// 5 Koundé, 4 Upamecano, 17 Saliba" of a line-up, a table row). Their numbers are shirt
// numbers, ranks or cells, not figures of the story.
func (d *doc) listSentences() map[int]bool {
	labels := map[int]map[string]bool{}
	for _, f := range d.an.Figures {
		if f.Unit != "" || len(strings.Fields(f.What)) != 1 {
			continue
		}
		si := d.an.SentenceAt(f.Start)
		if labels[si] == nil {
			labels[si] = map[string]bool{}
		}
		labels[si][f.What] = true
	}
	out := map[int]bool{}
	for si, ls := range labels {
		if len(ls) >= minList {
			out[si] = true
		}
	}
	return out
}

// minList is how many one-word labels of unit-less figures make a sentence a list.
const minList = 4

// figureBound is the bound of figure f as its own words give it. Analyses stored before the
// extractor told "more than" from "at least" ("mehr als 100", "over 100") carry "min" for
// both, and "max" for "weniger als" and "bis zu": the pack's approximator that opens the
// figure's text says which it is, so an old "mehr als 2" is not shown as "mindestens 2".
func (d *doc) figureBound(f article.Figure) string {
	if f.Bound != figure.BoundMin && f.Bound != figure.BoundMax {
		return f.Bound
	}
	words := strings.Fields(strings.ToLower(f.Text))
	approx := d.pack.Words("figure_approximators")
	for n := min(3, len(words)-1); n >= 1; n-- {
		if b, ok := approx[strings.Join(words[:n], " ")]; ok {
			if b == figure.BoundOver || b == figure.BoundUnder {
				return b
			}
			break
		}
	}
	return f.Bound
}

// labelSet gives the lower-case words of a label.
func labelSet(label string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(label) {
		out[strings.ToLower(w)] = true
	}
	return out
}

// sameTelling reports whether, for a share (unit "%"), a sentence of a and one of b tell of
// one thing: they are one sentence, or they share a content word outside their figures, their
// time expressions and the label (words). A share's label is often the population it is a
// share of, and what is measured is the rest of its clause: two shares of one population
// said in other words are two quantities, not one updated over time ("24,6 Prozent der
// Wahlberechtigten" who vote by post, "44,4 Prozent der Wahlberechtigten" who had voted at a
// polling station by two o'clock). A count's label is the thing counted ("zwölf Verletzte",
// "auf 15 gestiegen"), and other units are left as they were.
func (bd *build) sameTelling(unit string, a, b [][2]int, words map[string]bool) bool {
	if unit != "%" {
		return true
	}
	for _, x := range a {
		sx := bd.tellingStems(x, words)
		for _, y := range b {
			if x == y {
				return true
			}
			for st := range bd.tellingStems(y, words) {
				if sx[st] {
					return true
				}
			}
		}
	}
	return false
}

// tellingStems gives the content stems of sentence x (doc, sentence) outside figures, time
// expressions and the label (words).
func (bd *build) tellingStems(x [2]int, words map[string]bool) map[string]bool {
	d := bd.docs[x[0]]
	s := d.sents[x[1]]
	out := map[string]bool{}
	lo, hi := tokenAt(d.an.Tokens, s.start), tokenAt(d.an.Tokens, s.end-1)
	if lo < 0 || hi < 0 {
		return out
	}
	inside := func(t article.Token) bool {
		for _, f := range d.an.Figures {
			if t.Start >= f.Start && t.End <= f.End {
				return true
			}
		}
		for _, tm := range d.an.Times {
			if t.Start >= tm.Start && t.End <= tm.End {
				return true
			}
		}
		return false
	}
	for k := lo; k <= hi; k++ {
		t := d.an.Tokens[k]
		if t.Kind != article.TokWord || t.Stop || len([]rune(t.Norm)) <= 2 || words[t.Norm] || inside(t) {
			continue
		}
		out[t.Stem] = true
	}
	return out
}

// writtenLabel leaves out of a quantity (g) a figure whose value the quantity also has
// under its label, when the figure's own sentence writes no word of that label, its own label
// shares none, and its own label names another measure of the story (a label other figures of
// other values have). The extractor and the alignment join figures of one value across
// articles, and such a figure would lend its article to a row of another measure: "3 %" of
// "die Grünen 3 Prozent" under "FDP" beside "die FDP mit 3 Prozent", "2 Punkte" under
// "Spiele", "fünf Länderspielen" under "EM-Spiele". The figures left out (rest) are a
// quantity of their own, under their own label. A paraphrase stays ("1.400 Einsätze" and
// "1.400-mal ausgerückt", "Orkanböen" and "Böen"): its label measures nothing else.
func (bd *build) writtenLabel(figs []figAt, g []int, others map[string]map[float64]bool) (kept, rest []int) {
	count := map[string]int{}
	for _, k := range g {
		if w := figs[k].f.What; w != "" {
			count[w]++
		}
	}
	label := mostCommon(count)
	if label == "" {
		return g, nil
	}
	want := bd.labelStems(label)
	fits := make([]bool, len(g))
	stated := map[string]bool{} // value|unit stated under the label
	for i, k := range g {
		f := figs[k]
		own := bd.labelStems(f.f.What)
		fits[i] = len(want) == 0 || overlapStems(own, want)
		if !fits[i] && len(own) == 0 {
			// No label of its own: the sentence must write the quantity's.
			d := bd.docs[f.doc]
			lo, hi := tokenAt(d.an.Tokens, d.sents[f.sent].start), tokenAt(d.an.Tokens, d.sents[f.sent].end-1)
			for t := lo; lo >= 0 && t <= hi && !fits[i]; t++ {
				fits[i] = want[d.an.Tokens[t].Stem]
			}
		}
		if fits[i] {
			stated[figKey(f.f.Value, f.f.Unit)] = true
		}
	}
	var out []int
	for i, k := range g {
		f := figs[k]
		if fits[i] || !stated[figKey(f.f.Value, f.f.Unit)] || f.f.What == "" || !measuresOther(bd.labelStems(f.f.What), f.f.Value, others) {
			out = append(out, k)
		} else {
			rest = append(rest, k)
		}
	}
	return out, rest
}

// labelStems gives the stems of a label's words that are no stop words, up to a place ("in
// Hessen").
func (bd *build) labelStems(label string) map[string]bool {
	out := map[string]bool{}
	if len(bd.docs) == 0 {
		return out
	}
	pack := bd.docs[0].pack
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if w == "in" || w == "im" {
			break // where, not what: "Wert in Neustadt", "Umfragewerten in Neustadt"
		}
		w = strings.Trim(w, ".,:;()")
		if len([]rune(w)) > 2 && !pack.Stopword(w) {
			out[pack.Stem(pack.Normalize(w))] = true
		}
	}
	return out
}

// overlapStems reports whether two sets of stems share one, or one ends in the other (a
// compound and its head: "Wahlbeteiligung", "Beteiligung"; "Orkanböen", "Böen").
func overlapStems(a, b map[string]bool) bool {
	for x := range a {
		for y := range b {
			if x == y || len(y) >= 5 && strings.HasSuffix(x, y) || len(x) >= 5 && strings.HasSuffix(y, x) {
				return true
			}
		}
	}
	return false
}

// measuresOther reports whether a stem of a label is a label stem of figures of the story
// with another value than v (others: stem -> values).
func measuresOther(stems map[string]bool, v float64, others map[string]map[float64]bool) bool {
	for st := range stems {
		for x := range others[st] {
			if x != v {
				return true
			}
		}
	}
	return false
}

// ownRow keeps the values of a row (split off its quantity by splitFlat) that a figure gives
// under a label sharing a word with the row's, or under no label of its own. A value the
// extractor labelled otherwise, kept in the quantity by a look-alike label ("der Wert … bei
// lediglich 31,3 Prozent" beside "Umfragewerten von rund 20 Prozent"), would be shown under a
// label its text does not give it. It reports false when no value is left.
func (bd *build) ownRow(q *Quantity) bool {
	want := bd.labelStems(q.Label)
	if len(want) == 0 {
		return true
	}
	fits := func(v Value) bool {
		for _, m := range v.Mentions {
			i, ok := bd.byID[m.Article]
			if !ok {
				return true
			}
			for _, f := range bd.docs[i].an.Figures {
				if f.Start == m.Start && (f.What == "" || overlapStems(bd.labelStems(f.What), want)) {
					return true
				}
			}
		}
		return false
	}
	var kept []Value
	arts := map[string]bool{}
	for _, v := range q.Values {
		if fits(v) {
			kept = append(kept, v)
			for _, a := range v.Articles {
				arts[a] = true
			}
		}
	}
	if len(kept) == len(q.Values) {
		return true
	}
	q.Values, q.Articles = kept, len(arts)
	if len(kept) < 2 {
		q.Update, q.Conflict = false, false
	}
	return len(kept) > 0
}
