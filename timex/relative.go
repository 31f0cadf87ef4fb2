package timex

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"crosscheck/article"
)

// relative reads "im vergangenen Jahr", "letzte Woche", "am selben Tag", "im Vorjahr",
// "am vergangenen Donnerstag", "im kommenden Sommer", "in den kommenden Wochen",
// "last year", "the following day".
func (t *tagger) relative(i int) (hit, bool) {
	k := i
	if t.lx.g.articles[t.word(k)] {
		k++
	}
	if ru, ok := t.cat(k, "relunit"); ok {
		if _, isMod := t.cat(k, "mod"); !isMod {
			return t.relUnit(i, k+1, ru), true
		}
	}
	rv, ok := t.cat(k, "rel")
	if !ok {
		return hit{}, false
	}
	r := num(rv)
	k++
	if t.isWord(k, "fuzzy") && t.plural(k+1) { // "the past few weeks", "die nächsten Tage"
		return hit{i: i, j: k + 2, typ: article.TimeDate, val: [3]string{"PAST_REF", "PRESENT_REF", "FUTURE_REF"}[sign(r)+1]}, true
	}
	j := k + 1
	if u, ok := t.cat(k, "unit"); ok {
		if t.plural(k) {
			return hit{i: i, j: j, typ: article.TimeDate, val: [3]string{"PAST_REF", "PRESENT_REF", "FUTURE_REF"}[sign(r)+1]}, true
		}
		return t.relUnitRef(i, j, strconv.Itoa(r)+u, anaphoric(t.word(k-1))), true
	}
	if s, ok := t.cat(k, "season"); ok {
		return hit{i: i, j: j, typ: article.TimeDate, val: t.seasonYear(s, r)}, true
	}
	if wd, ok := t.cat(k, "weekday"); ok && !t.lx.weak[t.word(k)] {
		v, c := t.weekdayValue(num(wd), r, true)
		return hit{i: i, j: j, typ: article.TimeDate, val: v, date: c}, true
	}
	if m, k2, ok := t.month(k, false); ok {
		save := t.tense
		t.tense = r
		c := t.undefYear(m, 0)
		t.tense = save
		return hit{i: i, j: k2, typ: article.TimeDate, val: c.String(), date: c}, true
	}
	if p, ok := t.cat(k, "part"); ok && (t.toks[k].upper || !t.lx.g.capNouns) {
		v, _ := t.shifted(r, "D")
		if v != "" {
			v += "T" + p
		}
		return hit{i: i, j: j, typ: article.TimeTime, val: v}, true
	}
	return hit{}, false
}

// anaphoric reports whether a relative word points back into the text ("selben",
// "folgenden") rather than at the speaker's now ("vergangenen", "nächsten").
func anaphoric(w string) bool {
	for _, p := range []string{"selb", "gleich", "folgend", "darauffolgend", "anschließend", "vorangegangen", "same", "following", "previous"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// plural reports whether unit word i is a plural form ("Wochen", "weeks").
func (t *tagger) plural(i int) bool {
	w := t.word(i)
	if t.lx.g.pluralS {
		return strings.HasSuffix(w, "s")
	}
	if _, ok := t.lx.get(w, "unit"); ok {
		return false
	}
	for _, e := range t.lx.g.pluralEnds {
		if _, ok := t.lx.get(strings.TrimSuffix(w, e), "unit"); ok && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// weekdayValue resolves weekday wd (1 = Monday) against the anchor: on or before it in
// past-tense sentences, on or after it in future-tense ones, the nearest otherwise. With
// strict set (an explicit "letzten"/"nächsten") the anchor's own day does not count.
func (t *tagger) weekdayValue(wd, dir int, strict bool) (string, cdate) {
	a, ok := t.anchor(pDay)
	if !ok {
		return "", cdate{}
	}
	diff := wd - weekdayOf(a)
	switch {
	case strict && dir < 0:
		if diff >= 0 {
			diff -= 7
		}
	case strict && dir > 0:
		if diff <= 0 {
			diff += 7
		}
	case dir < 0:
		if diff > 0 {
			diff -= 7
		}
	case dir > 0:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 3 {
			diff -= 7
		} else if diff < -3 {
			diff += 7
		}
	}
	c, _ := a.shift(diff, "D")
	return c.String(), c
}

// bareWeekday resolves a weekday without "letzten" or "nächsten" ("am Montag") by the
// tense of its own clause, else of the sentence's clauses other than relative ones ("Im
// Weg steht ihm am Sonntag nur noch Fritz, der sich … einen Schlagabtausch lieferte" speaks
// of next Sunday). A day six days from the anchor (the day
// after the article's own weekday, which an article dated a day off or a clause written
// from another moment names far more often than a day almost a week away) is left
// unresolved: no date is better than a wrong one.
func (t *tagger) bareWeekday(wd int) (string, cdate) {
	if t.narrative {
		return t.weekdayValue(wd, t.tense, false)
	}
	dir := t.clause
	if dir == 0 {
		// No tense shown (the past forms the packs list and the perfect are): news speaks
		// of past days in the past tense, so a present-tense weekday is mostly one to come
		// ("Am Samstag beginnt die K.-o.-Phase", "die Ungarn sind am Mittwoch der Gegner").
		dir = 1
	}
	v, c := t.weekdayValue(wd, dir, false)
	if a, ok := t.anchor(pDay); ok && c.known() {
		if d := c.gotime().Sub(a.gotime()).Hours() / 24; d <= -6 || d >= 6 {
			return "", cdate{}
		}
	}
	return v, c
}

// dayWord reads "gestern", "heute", "morgen", "heute Abend", "yesterday", "tonight".
func (t *tagger) dayWord(i int) (hit, bool) {
	v, ok := t.cat(i, "day")
	if !ok {
		return hit{}, false
	}
	if _, isPart := t.cat(i, "part"); isPart && t.toks[i].upper && i > 0 && t.lx.g.capNouns {
		return hit{}, false // "am Morgen" is a part of the day, not tomorrow
	}
	n := num(v)
	j := i + 1
	part := ""
	if p, ok := t.cat(i, "part"); ok && !t.lx.g.capNouns {
		part = p
	} else if p, ok := t.cat(j, "part"); ok {
		part, j = p, j+1
	}
	h := hit{i: i, j: j, typ: article.TimeDate}
	if n == 0 && t.dct.prec >= pDay && part == "" {
		// "heute" speaks from the writer's day, in narratives too.
		h.val = t.dct.String()
		if !t.narrative {
			h.date = t.dct // the story's own dates stay the narrative's anchor
		}
		return h, true
	}
	if n == 0 && part == "" {
		h.val = "PRESENT_REF"
		return h, true
	}
	if t.narrative {
		// Yesterday and tomorrow of a narrative speak from inside the story: the last date
		// mentioned is the best anchor there is.
		if a, ok := t.anchor(pDay); ok {
			c, _ := a.shift(n, "D")
			h.val, h.date = c.String(), c
		}
	} else if t.dct.prec >= pDay {
		c, _ := t.dct.shift(n, "D")
		h.val, h.date = c.String(), c
	}
	if part != "" {
		h.typ = article.TimeTime
		if h.val != "" {
			h.val += "T" + part
		}
		h.date = cdate{}
	}
	return h, true
}

// weekday reads "Donnerstag", "am Donnerstag", "Donnerstagabend", "Thursday".
func (t *tagger) weekday(i int) (hit, bool) {
	w := t.word(i)
	if w == "" || (t.lx.g.capNouns && !t.toks[i].upper) {
		return hit{}, false
	}
	wd, ok := t.lx.get(w, "weekday")
	if t.lx.weak[w] {
		return hit{}, false
	}
	part := ""
	if !ok {
		for _, p := range t.lx.g.dayParts {
			if strings.HasSuffix(w, p) {
				if v, ok2 := t.lx.get(strings.TrimSuffix(w, p), "weekday"); ok2 {
					wd, ok = v, true
					part, _ = t.lx.get(p, "part")
				}
			}
		}
	}
	if !ok {
		return hit{}, false
	}
	j := i + 1
	if p, ok := t.cat(j, "part"); ok && part == "" && (t.toks[j].upper || !t.lx.g.capNouns) {
		part, j = p, j+1
	}
	var v string
	var c cdate
	if _, ok := t.cat(i-1, "ahead"); ok && part == "" {
		// "hatten den Unterricht für Montag abgesagt": what is planned or called off for a
		// weekday is done before it, whatever the tense of the act.
		v, c = t.weekdayValue(num(wd), 1, false)
	} else {
		v, c = t.bareWeekday(num(wd))
	}
	h := hit{i: i, j: j, typ: article.TimeDate, val: v, date: c}
	if part != "" {
		h.typ, h.date = article.TimeTime, cdate{}
		if v != "" {
			h.val += "T" + part
		}
	}
	return h, true
}

// partOfDay reads "am Abend", "abends", "in der Nacht", "am Abend des 5. Mai", "in the
// morning".
func (t *tagger) partOfDay(i int) (hit, bool) {
	p, ok := t.cat(i, "part")
	if !ok {
		return hit{}, false
	}
	w := t.word(i)
	adverb := t.lx.g.capNouns && !t.toks[i].upper && strings.HasSuffix(w, "s")
	if t.lx.g.capNouns && !t.toks[i].upper && !adverb {
		return hit{}, false
	}
	cued := t.is(i-1, "am", "gegen", "um", "nach", "the", "at") || (t.is(i-1, "der") && t.is(i-2, "in"))
	j := i + 1
	h := hit{i: i, j: j, typ: article.TimeTime}
	if t.is(j, "vom") {
		// "Nacht vom 16. auf den 17. April 1945": the first day, with the second's month.
		if d, ok := t.digits(j+1, 1, 2); ok && t.punct(j+2, ".") && t.glued(j+2) && t.is(j+3, "auf", "zum", "bis") {
			k := j + 4
			if t.is(k, "den", "dem") {
				k++
			}
			if d2, ok := t.dayMonth(k); ok && d2.date.prec == pDay && validDay(d2.date.y, d2.date.m, d) {
				c := cdate{y: d2.date.y, m: d2.date.m, d: d, prec: pDay}
				h.j, h.val = j+3, c.String()+"T"+p
				return h, true
			}
		}
	}
	if t.is(j, "des", "vom", "zum", "of") {
		for _, q := range []pattern{(*tagger).dayMonth, (*tagger).weekday, (*tagger).numeric} {
			if d, ok := q(t, j+1); ok {
				h.j = d.j
				if d.val != "" && d.date.prec == pDay {
					h.val = d.val + "T" + p
				}
				t.remember(d.date)
				return h, true
			}
		}
	}
	if !cued && !adverb {
		return hit{}, false
	}
	if a, ok := t.anchor(pDay); ok && (t.narrative || t.dct.prec >= pDay) {
		h.val = a.String() + "T" + p
	}
	return h, true
}

// clock reads "um 8.15 Uhr", "4:45 Uhr", "4 Uhr 45", "20 Uhr", "17:43", "8 p.m.".
func (t *tagger) clock(i int) (hit, bool) {
	v, j, ok := t.clockParts(i)
	if !ok {
		return hit{}, false
	}
	h := hit{i: i, j: j, typ: article.TimeTime}
	if a, ok := t.anchor(pDay); ok {
		h.val = a.String() + "T" + v
	}
	return h, true
}

// isWord reports whether token i has a reading in category cat.
func (t *tagger) isWord(i int, cat string) bool {
	_, ok := t.cat(i, cat)
	return ok
}

// quantity reads the amount of a duration or offset: a count, a vague word ("wenige" ->
// "X"), or a half ("ein halbes", "anderthalb"). It returns the amount in units of half.
type quantity struct {
	n     int  // in halves: 2 is one unit
	vague bool // "X"
}

func (t *tagger) quantity(i int) (quantity, int, bool) {
	if t.is(i, "ein", "eine", "einem", "einen", "eines", "einer") && t.is(i+1, "halbes", "halben", "halbe", "halber") {
		return quantity{n: 1}, i + 2, true
	}
	if t.is(i, "anderthalb", "eineinhalb") {
		return quantity{n: 3}, i + 1, true
	}
	if t.is(i, "half") {
		return quantity{n: 1}, i + 1, true
	}
	if t.isWord(i, "fuzzy") {
		return quantity{vague: true}, i + 1, true
	}
	if t.is(i, "eines") {
		return quantity{}, i, false // "eines Tages" is a vague date, not a day long
	}
	n, j, ok := t.count(i)
	if !ok || n == 0 {
		return quantity{}, i, false
	}
	if t.is(j, "einhalb") {
		return quantity{n: 2*n + 1}, j + 1, true
	}
	return quantity{n: 2 * n}, j, true
}

// durValue formats q units u as a TIMEX duration.
func durValue(q quantity, u string) string {
	timeUnit := map[string]string{"H": "H", "MIN": "M", "S": "S"}
	pre := "P"
	if tu, ok := timeUnit[u]; ok {
		pre, u = "PT", tu
	}
	if q.vague {
		return pre + "X" + u
	}
	if q.n%2 == 0 {
		return pre + strconv.Itoa(q.n/2) + u
	}
	// Halves go one unit down: 1.5 years is P18M, half a day PT12H.
	switch u {
	case "Y":
		return "P" + strconv.Itoa(q.n*6) + "M"
	case "M":
		return "P" + strconv.Itoa(q.n*15) + "D"
	case "W":
		return "P" + strconv.Itoa(q.n*7/2) + "D"
	case "D":
		return "PT" + strconv.Itoa(q.n*12) + "H"
	case "H":
		return "PT" + strconv.Itoa(q.n*30) + "M"
	case "DE":
		return "P" + strconv.Itoa(q.n*5) + "Y"
	}
	return pre + strconv.Itoa(q.n/2) + u
}

// approx skips a quantifier ("mehr als", "fast", "etwa") at i and returns its mod.
func (t *tagger) approx(i int) (string, int) {
	m, ok := t.cat(i, "approx")
	if !ok {
		return "", i
	}
	if t.is(i+1, "als", "than") {
		return m, i + 2
	}
	if t.is(i, "mehr", "more") {
		return "", i
	}
	return m, i + 1
}

// offset reads "vor drei Wochen", "in zwei Tagen", "nach etwa zehn Tagen", "zwei Jahre
// später", "kurz darauf", "three weeks ago".
func (t *tagger) offset(i int) (hit, bool) {
	dir := 0
	k := i
	switch {
	case t.isWord(i, "dir"):
		v, _ := t.cat(i, "dir")
		dir, k = 1, i+1
		if v == "-" {
			dir = -1
		}
	case t.is(i, "nach", "after"):
		dir, k = 2, i+1
	}
	mod, k := t.approx(k)
	if dir == 0 && t.is(k, "kurz", "wenig", "bald", "shortly", "soon") {
		if s, ok := t.cat(k+1, "shift"); ok {
			return hit{i: i, j: k + 2, typ: article.TimeDate, val: map[string]string{"+": "FUTURE_REF", "-": "PAST_REF"}[s]}, true
		}
	}
	q, j, ok := t.quantity(k)
	if !ok {
		return hit{}, false
	}
	u, ok := t.cat(j, "unit")
	if !ok {
		return hit{}, false
	}
	j++
	n := q.n / 2
	ana := dir == 0 || dir == 2 // "zwei Jahre später", "nach zwei Tagen" point back into the text
	if dir == 0 {
		s, ok := t.cat(j, "shift")
		if ok && t.lx.g.causeShifts[t.word(j)] && j+1 < len(t.toks) && t.toks[j+1].kind != tPunct {
			// "a decade after the war": counted from an event we do not resolve.
			return hit{i: i, j: j, typ: article.TimeDuration, val: durValue(q, u), mod: mod}, true
		}
		if !ok {
			if !t.is(j, "ago") {
				return hit{}, false
			}
			s, ana = "-", false
		}
		j++
		dir = 1
		if s == "-" {
			dir = -1
		}
	} else if dir == 1 && (t.tense < 0 || u == "H" || u == "MIN" || u == "S") || dir == 2 && !t.narrative {
		return hit{i: i, j: j, typ: article.TimeDuration, val: durValue(q, u), mod: mod}, true
	}
	h := hit{i: i, j: j, typ: article.TimeDate, mod: mod}
	if dir == 2 {
		dir = 1
	}
	if q.vague || q.n%2 == 1 {
		h.val = map[int]string{1: "FUTURE_REF", -1: "PAST_REF"}[dir]
		return h, true
	}
	h.val, h.date = t.shiftedRef(dir*n, u, ana || t.narrative)
	return h, true
}

// duration reads "drei Jahre", "24 Stunden", "seit drei Monaten" (the "seit" comes from
// best), "zwei Wochen lang", "mehr als drei Tagen", "wenige Tage", "jahrelang",
// "dreijährige", "154-tägiger", "three years".
func (t *tagger) duration(i int) (hit, bool) {
	mod, k := t.approx(i)
	if v, ok := t.cat(k, "dur"); ok && strings.HasPrefix(v, "P") {
		return hit{i: i, j: k + 1, typ: article.TimeDuration, val: v, mod: mod}, true
	}
	if w := t.word(k); w != "" {
		if v, ok := t.compound(k, w); ok {
			return hit{i: i, j: k + 1, typ: article.TimeDuration, val: v, mod: mod}, true
		}
	}
	if n, ok := t.digits(k, 1, 3); ok && t.punct(k+1, "-") && t.glued(k+1) && t.glued(k+2) {
		if v, ok := t.compoundSuffix(t.word(k+2), quantity{n: 2 * n}); ok {
			return hit{i: i, j: k + 3, typ: article.TimeDuration, val: v, mod: mod}, true
		}
		if u, ok := t.cat(k+2, "unit"); ok { // "Sieben-Tage", "two-week"
			return hit{i: i, j: k + 3, typ: article.TimeDuration, val: durValue(quantity{n: 2 * n}, u), mod: mod}, true
		}
	}
	q, j, ok := t.quantity(k)
	if !ok {
		return hit{}, false
	}
	if t.punct(j, "-") && t.glued(j) {
		j++
	}
	u, ok := t.cat(j, "unit")
	if !ok {
		return hit{}, false
	}
	j++
	if v, ok := t.cat(j, "dur"); ok && v == "lang" {
		j++
	}
	return hit{i: i, j: j, typ: article.TimeDuration, val: durValue(q, u), mod: mod}, true
}

// compound reads one-word duration adjectives: "dreijährige" -> P3Y.
func (t *tagger) compound(k int, w string) (string, bool) {
	for _, cu := range t.lx.g.compoundUnits {
		suf := cu.suf
		x := strings.Index(w, suf)
		if x <= 0 {
			continue
		}
		pre := w[:x]
		if v, ok := t.lx.get(pre, "num"); ok {
			return t.compoundSuffix(w[x:], quantity{n: 2 * num(v)})
		}
		if pre == "ganz" {
			return "", false
		}
	}
	return "", false
}

// compoundSuffix reads "tägiger" after a number: the unit stem with an adjective ending.
func (t *tagger) compoundSuffix(w string, q quantity) (string, bool) {
	for _, cu := range t.lx.g.compoundUnits {
		suf, u := cu.suf, cu.unit
		if !strings.HasPrefix(w, suf) {
			continue
		}
		rest := w[len(suf):]
		if utf8.RuneCountInString(rest) > 2 || strings.Trim(rest, "enrsm") != "" {
			return "", false
		}
		return durValue(q, u), true
	}
	return "", false
}

// set reads "jeden Montag", "jeden Tag", "alle zwei Jahre", "täglich", "montags",
// "every Monday".
func (t *tagger) set(i int) (hit, bool) {
	if v, ok := t.cat(i, "set"); ok {
		return hit{i: i, j: i + 1, typ: article.TimeSet, val: v}, true
	}
	w := t.word(i)
	if strings.HasSuffix(w, "s") && (!t.lx.g.capNouns || !t.toks[i].upper) {
		if wd, ok := t.lx.get(strings.TrimSuffix(w, "s"), "weekday"); ok && !t.lx.weak[strings.TrimSuffix(w, "s")] {
			return hit{i: i, j: i + 1, typ: article.TimeSet, val: "XXXX-WXX-" + wd}, true
		}
	}
	if !t.isWord(i, "each") {
		return hit{}, false
	}
	k := i + 1
	q := quantity{n: 2}
	if o, ok := t.cat(k, "ord"); ok {
		q.n, k = 2*num(o), k+1
	} else if q2, k2, ok := t.quantity(k); ok && !q2.vague {
		q, k = q2, k2
	}
	if wd, ok := t.cat(k, "weekday"); ok && q.n == 2 && !t.lx.weak[t.word(k)] {
		return hit{i: i, j: k + 1, typ: article.TimeSet, val: "XXXX-WXX-" + wd}, true
	}
	if p, ok := t.cat(k, "part"); ok && q.n == 2 {
		return hit{i: i, j: k + 1, typ: article.TimeSet, val: "XXXX-XX-XXT" + p}, true
	}
	if u, ok := t.cat(k, "unit"); ok {
		return hit{i: i, j: k + 1, typ: article.TimeSet, val: durValue(q, u)}, true
	}
	return hit{}, false
}

// refWord reads "jetzt", "derzeit", "damals", "bald", "Folgezeit", "now", "recently".
func (t *tagger) refWord(i int) (hit, bool) {
	v, ok := t.get(i, "ref")
	if !ok {
		return hit{}, false
	}
	return hit{i: i, j: i + 1, typ: article.TimeDate, val: v}, true
}

// get is cat without inflection stripping.
func (t *tagger) get(i int, cat string) (string, bool) {
	if t.word(i) == "" {
		return "", false
	}
	for _, f := range t.toks[i].exact {
		if f.cat == cat {
			return f.val, true
		}
	}
	return "", false
}

// detectTense guesses the sentence's tense from auxiliaries, past-tense verb endings and
// perfect participles, as HeidelTime uses tense to choose between last and next.
func (t *tagger) detectTense() int {
	past, fut := 0, 0
	perfectAux := false
	participle := false
	for i, tk := range t.toks {
		if tk.kind != tWord {
			continue
		}
		if v, ok := t.get(i, "tense"); ok {
			if v == "past" {
				past++
			} else {
				fut++
			}
			continue
		}
		if tk.upper && i > 0 {
			continue
		}
		n := tk.n
		g := &t.lx.g
		if g.perfectAux[n] {
			perfectAux = true
		}
		if t.attributive(i) {
			continue // "des als Favorit gehandelten Teams": an attribute, no verb
		}
		if len(n) >= 5 && g.partPrefix != "" && strings.HasPrefix(n, g.partPrefix) && hasAnySuffix(n, g.partEnds) {
			participle = true
		}
		if len(n) >= 5 && hasAnySuffix(n, g.pastEnds) && !hasAnySuffix(n, g.presentEnds) && !g.determiners[t.word(i-1)] && !t.isWord(i, "ord") && !t.isWord(i, "rel") {
			past++
		}
	}
	if perfectAux && participle {
		past++
	}
	switch {
	case past > fut:
		return -1
	case fut > past:
		return 1
	}
	return 0
}

// attributive reports whether word i is a participle inflected before a noun ("gehandelten
// Teams", "geschriebene Rede"): with capitalised nouns, the next word is capitalised.
func (t *tagger) attributive(i int) bool {
	g := &t.lx.g
	n := t.toks[i].n
	if !g.capNouns || g.partPrefix == "" || len(n) < 6 || !strings.HasPrefix(n, g.partPrefix) || !hasAnySuffix(n, g.attrEnds) {
		return false
	}
	return i+1 < len(t.toks) && t.toks[i+1].kind == tWord && t.toks[i+1].upper
}

func hasAnySuffix(w string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
