package story

import (
	"sort"
	"strconv"
	"strings"

	"crosscheck/article"
)

// Summary sizes: an event's summary has up to eventSummary sentences; a storyline's one per
// event (the largest events first) up to storylineSummary, plus up to mainFigures sentences
// that give its main figures when the chosen ones do not.
const (
	eventSummary     = 4
	storylineSummary = 8
	mainFigures      = 2
)

type cand struct {
	doc, sent int
	score     float64
}

// summary picks standalone sentences that the most articles state, covering the story's
// events in time order and its main figures. Each cites every article that states it.
func (bd *build) summary() {
	// Per event: how many of its docs hold each stem, for centrality.
	nEv := len(bd.events)
	docsIn := make([]int, nEv)
	stemDocs := make([]map[string]int, nEv)
	for e := range stemDocs {
		stemDocs[e] = map[string]int{}
	}
	for i, d := range bd.docs {
		e := bd.event[i]
		docsIn[e]++
		seen := map[string]bool{}
		for _, s := range d.sents {
			if !s.usable {
				continue
			}
			for k := range s.stems {
				if !seen[k] {
					seen[k] = true
					stemDocs[e][k]++
				}
			}
		}
	}
	byEvent := make([][]cand, nEv)
	for i, d := range bd.docs {
		e := bd.event[i]
		rank := 0
		for si, s := range d.sents {
			if !s.usable {
				continue
			}
			rank++
			if !s.standalone || bd.recalled(i, si) {
				continue
			}
			central := 0.0
			for k := range s.stems {
				central += float64(stemDocs[e][k]) / float64(docsIn[e])
			}
			central /= float64(len(s.stems))
			// Articles stating it count most; words the event's articles share next; an
			// early place breaks ties, as news puts the essentials first.
			score := float64(1+len(bd.sup.stated(i, si))) + central - 0.03*float64(rank)
			byEvent[e] = append(byEvent[e], cand{doc: i, sent: si, score: score})
		}
	}
	for e := range byEvent {
		c := byEvent[e]
		sort.SliceStable(c, func(a, b int) bool {
			if c[a].score != c[b].score {
				return c[a].score > c[b].score
			}
			if c[a].doc != c[b].doc {
				return c[a].doc < c[b].doc
			}
			return c[a].sent < c[b].sent
		})
	}
	budget := eventSummary
	if bd.st.Kind == "storyline" {
		budget = min(storylineSummary, max(eventSummary, nEv+2))
	}
	// Events by size, largest first, take turns.
	order := make([]int, nEv)
	for e := range order {
		order[e] = e
	}
	sort.SliceStable(order, func(a, b int) bool { return docsIn[order[a]] > docsIn[order[b]] })
	var chosen []cand
	next := make([]int, nEv)
	for len(chosen) < budget {
		added := false
		for _, e := range order {
			if len(chosen) == budget {
				break
			}
			for next[e] < len(byEvent[e]) {
				c := byEvent[e][next[e]]
				next[e]++
				if !bd.redundant(c, chosen) {
					chosen = append(chosen, c)
					added = true
					break
				}
			}
		}
		if !added {
			break
		}
	}
	chosen = bd.addMainFigures(chosen, byEvent)
	// Read in the order things happened: events by date, then articles in arrival order
	// and sentences in place.
	evRank := map[string]int{}
	for k, e := range bd.st.Events {
		evRank[e.ID] = k
	}
	sort.SliceStable(chosen, func(a, b int) bool {
		ea, eb := evRank[bd.events[bd.event[chosen[a].doc]].ID], evRank[bd.events[bd.event[chosen[b].doc]].ID]
		if ea != eb {
			return ea < eb
		}
		if chosen[a].doc != chosen[b].doc {
			return chosen[a].doc < chosen[b].doc
		}
		return chosen[a].sent < chosen[b].sent
	})
	for _, c := range chosen {
		bd.st.Summary = append(bd.st.Summary, bd.cite(c.doc, c.sent))
	}
}

// redundant: c says what a chosen sentence says (one states the other, or they share most
// content words).
func (bd *build) redundant(c cand, chosen []cand) bool {
	x := &bd.docs[c.doc].sents[c.sent]
	for _, o := range chosen {
		y := &bd.docs[o.doc].sents[o.sent]
		if j, ok := bd.sup.stated(c.doc, c.sent)[o.doc]; ok && j == o.sent {
			return true
		}
		if j, ok := bd.sup.stated(o.doc, o.sent)[c.doc]; ok && j == c.sent {
			return true
		}
		if !sameKeys(x.modals, y.modals) {
			continue // "will zurück in die Liga" is not "ist in die Liga zurückgekehrt"
		}
		if containment(x.stems, y.stems) >= 0.5 || containment(y.stems, x.stems) >= 0.5 {
			return true
		}
		if bd.event[c.doc] == bd.event[o.doc] && sameNames(x.names, y.names) {
			// Two reports of one happening naming the same two or more people, bodies or
			// places say one thing twice in other words ("Der Wechsel von Palhinha zum FC
			// Bayern ist perfekt" and "Der FC Bayern verstärkt sich mit João Palhinha").
			return true
		}
	}
	return false
}

// addMainFigures adds, for each of the story's main quantities (reported by several
// articles, or changing, or disputed) that no chosen sentence gives, its best sentence.
func (bd *build) addMainFigures(chosen []cand, byEvent [][]cand) []cand {
	added := 0
	for _, g := range bd.quants {
		if added == mainFigures {
			break
		}
		if g.q.Articles < 2 && !g.q.Update && !g.q.Conflict {
			continue
		}
		has := false
		for _, c := range chosen {
			has = has || g.sents[[2]int{c.doc, c.sent}]
		}
		if has {
			continue
		}
		var best *cand
		for e := range byEvent {
			for k := range byEvent[e] {
				c := byEvent[e][k]
				if g.sents[[2]int{c.doc, c.sent}] && (best == nil || c.score > best.score) && !bd.redundant(c, chosen) {
					best = &byEvent[e][k]
				}
			}
		}
		if best != nil {
			chosen = append(chosen, *best)
			added++
		}
	}
	return chosen
}

// cite makes the summary entry for sentence si of doc i: the doc itself, then every doc
// whose aligned sentence states it, in story order.
func (bd *build) cite(i, si int) Cited {
	d := bd.docs[i]
	s := d.sents[si]
	c := Cited{Text: s.text, Article: d.a.ID, Start: s.start, End: s.end, Event: bd.events[bd.event[i]].ID,
		Sources: []string{d.a.ID}, Support: []Statement{}}
	st := bd.sup.stated(i, si)
	others := make([]int, 0, len(st))
	for j := range st {
		others = append(others, j)
	}
	sort.Ints(others)
	for _, j := range others {
		y := bd.docs[j].sents[st[j]]
		c.Sources = append(c.Sources, bd.docs[j].a.ID)
		c.Support = append(c.Support, Statement{Article: bd.docs[j].a.ID, Start: y.start, End: y.end, Text: y.text})
	}
	return c
}

// sameNames: both sentences name the same two or more entities (a surname matching its full
// name), and nothing else.
func sameNames(a, b []string) bool {
	set := func(ns []string) map[string]bool {
		m := map[string]bool{}
		for _, n := range ns {
			m[lastOf(n)] = true
		}
		return m
	}
	x, y := set(a), set(b)
	if len(x) < 2 || len(x) != len(y) {
		return false
	}
	for k := range x {
		if !y[k] {
			return false
		}
	}
	return true
}

// lastOf is a name's last word: "Palhinha" of "João Palhinha" and of "Joao Palhinha".
func lastOf(n string) string {
	if i := strings.LastIndexByte(n, ' '); i >= 0 {
		return n[i+1:]
	}
	return n
}

// recalled reports whether sentence si of doc i is set in a time well before the story and
// no one reports it now: it opens with a date (one of its first maxFrameTokens tokens starts
// one), every date it gives (a day, a year, a decade, a century) ended more than recalledDays
// before the story's first article, and it holds no verb of saying ("Im Jahr 2003 waren
// US-Truppen in den Irak einmarschiert", "Vor fünf Jahren lag die Partei bei 32 Prozent").
// Such history the articles recall is background, which a story's summary leaves out. An
// old date later in the sentence says when something it names happened ("Bragg has been
// investigating Trump's role in a payment … in 2016"); "In 2020, about 1 in 36 children had
// been diagnosed, the CDC says" is news of old data, and a span of years up to lately
// ("zwischen 2013 und 2023") a total: all stay. So does the history of a person or body the
// article's headline names ("Richard Lugner wurde 1932 in Wien geboren" under "Richard Lugner
// ist tot", "Die WHO hatte im Juli 2022 bereits eine Notlage ausgerufen" under "WHO ruft …
// Notlage aus"): a portrait's or a recurrence's past is its story.
func (bd *build) recalled(i, si int) bool {
	d := bd.docs[i]
	st := &d.sents[si]
	if st.attributed || bd.spanToNow(d, si) {
		return false
	}
	for _, n := range st.actors {
		if d.titleWords[lastOf(n)] {
			return false
		}
	}
	toks := d.tokensFrom(si, st.start)
	frame := st.end
	if len(toks) > maxFrameTokens {
		frame = toks[maxFrameTokens].Start
	}
	opens := false
	for _, t := range d.an.Times {
		if t.Start < st.start || t.Start >= st.end || t.Type != article.TimeDate && t.Type != article.TimeTime ||
			t.Value == "" || strings.HasSuffix(t.Value, "_REF") {
			continue
		}
		if !bd.past(t.Value) {
			return false
		}
		opens = opens || t.Start < frame
	}
	return opens
}

// maxFrameTokens is how many tokens may come before the date that sets a sentence in its
// time ("Bei der ersten gesamtdeutschen EU-Wahl 1994 lag …").
const maxFrameTokens = 6

// recalledDays is how long before a story's first article the time a summary sentence is set
// in must have ended for it to be history: a year, so that what led to the story in the
// months before ("Die neue Variante wurde Ende 2023 entdeckt" in August 2024, "Nach einem
// Unfall am 27. Oktober 2023 musste sich ein 24-Jähriger vor Gericht verantworten") stays.
const recalledDays = 365

// past reports whether date value v ended more than recalledDays before the story's first
// article: a day, a month, a year, a decade ("201") or a century ("10", the 11th).
func (bd *build) past(v string) bool {
	if n, err := strconv.Atoi(v); err == nil && len(v) <= 3 {
		limit, ok := bd.before(recalledDays)
		if !ok {
			return false
		}
		if len(v) == 3 {
			return (n+1)*10 <= limit.Year() // a decade ends when the next begins
		}
		return (n+1)*100 <= limit.Year()
	}
	return bd.endedBefore(v, recalledDays)
}
