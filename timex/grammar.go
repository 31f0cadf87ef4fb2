package timex

import (
	"fmt"
	"strconv"

	"crosscheck/article"
)

// hit is one recognised expression: tokens [i, j) of the sentence, its TIMEX type, value and
// modifier, and the calendar date it names (for narrative anchoring), if any.
type hit struct {
	i, j int
	typ  string
	val  string
	mod  string
	date cdate
}

// tagger holds the per-call state of one run over a text: the lexicon, the document's
// anchor (DCT), the dates mentioned so far (narrative anchoring) and the current sentence.
type tagger struct {
	lx        *lexicon
	narrative bool
	dct       cdate
	last      [4]cdate // last date mentioned with at least year, month, day precision
	toks      []tok
	tense     int // -1 past, 0 present or unknown, +1 future
	// clause is the tense of the current token's clause (between commas, brackets, dashes
	// and quotation marks), 0 when the clause shows none: "Im Weg steht ihm am Sonntag nur
	// noch Fritz, der sich … einen Schlagabtausch lieferte" speaks of next Sunday.
	clause int
	// section is the date of the last heading that named one ("1862", "Juni 1941 bis
	// Februar 1943"): a narrative's sections restart from it, whatever asides the previous
	// section's paragraphs wandered off to.
	section cdate
	cur     cdate  // the last date remembered, at its own precision
	depth   []int8 // parenthesis depth of each token of the current run
	mains   []tok  // tenses' buffer of a sentence's main clauses, reused across blocks
	// tenseBuf and clauseBuf hold what tenses returns for a block, reused across blocks.
	tenseBuf, clauseBuf []int
}

// anchor returns the date relative expressions needing precision prec resolve against:
// the document date in news mode, the last date mentioned at that precision in narrative
// mode (falling back to the document date). ok is false when none is precise enough.
func (t *tagger) anchor(prec int) (cdate, bool) {
	if t.narrative && t.last[prec].known() {
		return t.last[prec], true
	}
	if t.narrative && t.cur.known() {
		// The story has a date, only a coarser one: the writer's date would be far off.
		return cdate{}, false
	}
	if t.dct.prec >= prec {
		return t.dct, true
	}
	return cdate{}, false
}

// anchorRef is anchor for anaphoric expressions ("am selben Tag", "zwei Jahre später"):
// they point at the last date mentioned even in news, falling back to the document date.
func (t *tagger) anchorRef(prec int) (cdate, bool) {
	if t.last[prec].known() {
		return t.last[prec], true
	}
	return t.anchor(prec)
}

// yearAnchor is the anchor that lends its year to a month, day or season given without
// one: the last year mentioned (narratives) or the document's year (news). Preferring the
// last month mentioned over a later bare year was tried and scored worse on WikiWarsDE.
func (t *tagger) yearAnchor() (cdate, bool) { return t.anchor(pYear) }

// remember records a date mentioned in the text for narrative anchoring.
func (t *tagger) remember(c cdate) {
	if !c.known() {
		return
	}
	t.cur = c
	for p := pYear; p <= c.prec; p++ {
		t.last[p] = c
	}
	// A new year makes finer anchors of another year stale.
	for p := c.prec + 1; p <= pDay; p++ {
		if t.last[p].known() && t.last[p].y != c.y {
			t.last[p] = cdate{}
		}
	}
}

// aside reports whether date hit h is a side remark that must not move the narrative's
// reference: a date in parentheses, the end of a range ("bis März 1862", "1944/1945"), or
// a starting point given in passing ("ab 1941", "seit 1941").
func (t *tagger) aside(h hit) bool {
	i := h.i
	if i < len(t.depth) && t.depth[i] > 0 {
		return true
	}
	k := i - 1
	if t.is(k, "zum", "zur", "dem", "den", "the") {
		k--
	}
	if t.is(k, "bis", "ab", "seit", "until", "since", "till") {
		return true
	}
	return t.punct(i-1, "/", "-", "–", "—") && i >= 2 && t.toks[i-2].kind != tPunct
}

// enterSection restarts the narrative's reference at a heading: from the heading's first
// date when it names one (the start of "Juni 1941 bis Februar 1943"), else from the date
// of the section the heading subdivides.
func (t *tagger) enterSection(hits []hit) {
	for _, h := range hits {
		if h.typ == article.TimeDate && h.date.known() {
			t.section = h.date
			break
		}
	}
	if t.section.known() {
		t.last, t.cur = [4]cdate{}, cdate{}
		t.remember(t.section)
	}
}

// moves reports whether date hit h becomes the reference of what follows. In news every
// date does (for "am selben Tag"). A narrative moves its reference with the dates it names
// and when it turns to a later year ("im folgenden Jahr", "des neuen Jahres"); a date
// counted back from the reference ("im Vorjahr", "Ende des vorangegangenen Jahres") is
// read against it, not taken as the new one, as the WikiWarsDE annotators read them.
func (t *tagger) moves(h hit) bool {
	if !t.narrative || t.explicit(h) {
		return true
	}
	return t.cur.known() && h.date.prec == pYear && h.date.y > t.cur.y
}

// explicit reports whether hit h names its date itself (a number or a month name) rather
// than counting from the reference.
func (t *tagger) explicit(h hit) bool {
	for k := h.i; k < h.j; k++ {
		if t.toks[k].kind == tNum {
			return true
		}
		if _, ok := t.cat(k, "month"); ok {
			return true
		}
	}
	return false
}

// --- token helpers -----------------------------------------------------------------

func (t *tagger) word(i int) string {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tWord {
		return ""
	}
	return t.toks[i].n
}

func (t *tagger) punct(i int, s ...string) bool {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tPunct {
		return false
	}
	for _, x := range s {
		if t.toks[i].s == x {
			return true
		}
	}
	return false
}

func (t *tagger) is(i int, words ...string) bool {
	w := t.word(i)
	if w == "" {
		return false
	}
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

func (t *tagger) glued(i int) bool { return i >= 0 && i < len(t.toks) && t.toks[i].glue }

// cat is lexicon.lookup for token i, from the readings annotate stored on it.
func (t *tagger) cat(i int, cat string) (string, bool) {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tWord {
		return "", false
	}
	tk := &t.toks[i]
	for _, f := range tk.exact {
		if f.cat == cat {
			return f.val, true
		}
	}
	for _, f := range tk.infl {
		if f.cat == cat {
			return f.val, true
		}
	}
	return "", false
}

// digits returns the value of a number token of lo..hi digits at i.
func (t *tagger) digits(i, lo, hi int) (int, bool) {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tNum {
		return 0, false
	}
	d := t.toks[i].digits
	return t.toks[i].val, d >= lo && d <= hi
}

// partOfNumber reports whether the number at i is glued to digits by '.' or ',' on either
// side ("12.000", "1,5"), which makes it no year or day.
func (t *tagger) partOfNumber(i int) bool {
	if t.punct(i+1, ".", ",") && t.glued(i+1) && i+2 < len(t.toks) && t.toks[i+2].kind == tNum && t.glued(i+2) {
		return true
	}
	if t.punct(i-1, ".", ",") && t.glued(i) && i-2 >= 0 && t.toks[i-2].kind == tNum && t.glued(i-1) {
		return true
	}
	return false
}

// count reads a cardinal at i: digits (up to three) or a number word.
func (t *tagger) count(i int) (int, int, bool) {
	if n, ok := t.digits(i, 1, 3); ok && !t.partOfNumber(i) {
		return n, i + 1, true
	}
	if v, ok := t.cat(i, "num"); ok {
		return num(v), i + 1, true
	}
	return 0, i, false
}

// bc reads "v. Chr." / "vor Christus" / "BC" at i.
func (t *tagger) bc(i int) (int, bool) {
	if t.is(i, "v") && t.punct(i+1, ".") && t.is(i+2, "chr") {
		if t.punct(i+3, ".") {
			return i + 4, true
		}
		return i + 3, true
	}
	if t.is(i, "vor") && t.is(i+1, "christus") {
		return i + 2, true
	}
	if t.is(i, "bc", "bce") {
		return i + 1, true
	}
	if t.is(i, "b") && t.punct(i+1, ".") && t.is(i+2, "c") {
		return i + 4 - boolInt(!t.punct(i+3, ".")), true
	}
	return i, false
}

// ad reads "n. Chr." / "AD" at i.
func (t *tagger) ad(i int) (int, bool) {
	if t.is(i, "n") && t.punct(i+1, ".") && t.is(i+2, "chr") {
		return i + 4 - boolInt(!t.punct(i+3, ".")), true
	}
	if t.is(i, "ad") && t.toks[i].s == "AD" {
		return i + 1, true
	}
	return i, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// year reads a year at i: four digits 1000..2099 (or any 1..4 digits when weak is set or a
// BC marker follows). It returns the year (negative BC) and the index after it.
func (t *tagger) year(i int, weak bool) (int, int, bool) {
	n, ok := t.digits(i, 1, 4)
	if !ok || t.partOfNumber(i) {
		return 0, i, false
	}
	j := i + 1
	if k, ok := t.bc(j); ok {
		return -n, k, n > 0
	}
	if k, ok := t.ad(j); ok {
		return n, k, n > 0
	}
	if t.toks[i].digits == 4 && n >= 1000 && n <= 2099 {
		return n, j, true
	}
	if weak && n > 0 {
		if a, ok := t.anchor(pYear); ok && a.y < 0 {
			return -n, j, true
		}
		return n, j, true
	}
	return 0, i, false
}

// month reads a month name at i (with an abbreviation's dot); weak names are accepted only
// when strong context (a day or a year) is promised by the caller.
func (t *tagger) month(i int, context bool) (int, int, bool) {
	w := t.word(i)
	if w == "" {
		return 0, i, false
	}
	v, ok := t.cat(i, "month")
	if !ok {
		return 0, i, false
	}
	if t.lx.weak[w] && !context {
		return 0, i, false
	}
	j := i + 1
	if t.lx.weak[w] && t.punct(j, ".") && t.glued(j) {
		j++
	}
	return num(v), j, true
}

// --- the grammar -------------------------------------------------------------------

// pattern tries to read one expression starting at token i.
type pattern func(t *tagger, i int) (hit, bool)

var patterns = []pattern{
	(*tagger).iso, (*tagger).numeric, (*tagger).dayMonth, (*tagger).monthYear,
	(*tagger).yearExpr, (*tagger).decade, (*tagger).century, (*tagger).modified,
	(*tagger).season, (*tagger).relative, (*tagger).dayWord, (*tagger).weekday,
	(*tagger).partOfDay, (*tagger).clock, (*tagger).offset, (*tagger).duration,
	(*tagger).set, (*tagger).refWord, (*tagger).dayRange, (*tagger).holiday,
	(*tagger).fixedPhrase, (*tagger).yearPart, (*tagger).weekend,
}

// best returns the longest expression starting at i, with a kept preposition ("am", "im",
// "um", "seit") in front when one precedes it.
func (t *tagger) best(i int) (hit, bool) {
	var best hit
	found := false
	try := func(k int) {
		for _, p := range patterns {
			h, ok := p(t, k)
			if ok && h.j > k && (!found || h.j > best.j || (h.j == best.j && h.i < best.i)) {
				best, found = h, true
			}
		}
	}
	prep, isPrep := t.cat(i, "prep")
	if isPrep && i+1 < len(t.toks) {
		try(i + 1)
		if found {
			keep := prep != "since" || best.typ == article.TimeDuration
			if keep && best.i == i+1 {
				best.i = i
			}
			return best, true
		}
	}
	try(i)
	return best, found
}

// iso reads 2024-11-14, 2024-11 and 2011-02-16T17:00:00.
func (t *tagger) iso(i int) (hit, bool) {
	y, ok := t.digits(i, 4, 4)
	if !ok || !t.punct(i+1, "-") || !t.glued(i+1) || !t.glued(i+2) || t.partOfNumber(i) {
		return hit{}, false
	}
	m, ok := t.digits(i+2, 2, 2)
	if !ok || m < 1 || m > 12 {
		return hit{}, false
	}
	if !(t.punct(i+3, "-") && t.glued(i+3) && t.glued(i+4)) {
		if t.toks[i+2].digits != 2 || (i+3 < len(t.toks) && t.glued(i+3) && !t.punct(i+3, ".", ",", ")", ";", ":")) {
			return hit{}, false
		}
		c := cdate{y: y, m: m, prec: pMonth}
		return hit{i: i, j: i + 3, typ: article.TimeDate, val: c.String(), date: c}, true
	}
	d, ok := t.digits(i+4, 2, 2)
	if !ok || !validDay(y, m, d) {
		return hit{}, false
	}
	c := cdate{y: y, m: m, d: d, prec: pDay}
	h := hit{i: i, j: i + 5, typ: article.TimeDate, val: c.String(), date: c}
	// A glued time: T17:00 or T17:00:00.
	k := i + 5
	if (t.is(k, "t") && t.glued(k) && t.glued(k+1)) || (t.punct(k, "T") && t.glued(k)) {
		if hh, ok := t.digits(k+1, 2, 2); ok && hh < 25 && t.punct(k+2, ":") && t.glued(k+2) {
			if mm, ok := t.digits(k+3, 2, 2); ok && mm < 60 && t.glued(k+3) {
				h.val += fmt.Sprintf("T%02d:%02d", hh, mm)
				h.j = k + 4
				if t.punct(k+4, ":") && t.glued(k+4) && t.glued(k+5) {
					if ss, ok := t.digits(k+5, 2, 2); ok && ss < 61 {
						h.val += fmt.Sprintf(":%02d", ss)
						h.j = k + 6
					}
				}
				h.typ = article.TimeTime
			}
		}
	}
	return h, true
}

// numeric reads 14.11.2024, 14.11.24 and 14.11. (year left to the anchor).
func (t *tagger) numeric(i int) (hit, bool) {
	d, ok := t.digits(i, 1, 2)
	if !ok || d < 1 || d > 31 || !t.punct(i+1, ".") || !t.glued(i+1) || !t.glued(i+2) {
		return hit{}, false
	}
	m, ok := t.digits(i+2, 1, 2)
	if !ok || m < 1 || m > 12 || !t.punct(i+3, ".") || !t.glued(i+3) {
		return hit{}, false
	}
	if t.glued(i + 4) {
		y, ok := t.digits(i+4, 2, 4)
		if !ok || t.toks[i+4].digits == 3 {
			return hit{}, false
		}
		if t.punct(i+5, ".") && t.glued(i+5) && t.glued(i+6) {
			return hit{}, false // 1.2.3.4 is no date
		}
		if t.toks[i+4].digits == 2 {
			y = t.fullYear(y)
		}
		if !validDay(y, m, d) {
			return hit{}, false
		}
		c := cdate{y: y, m: m, d: d, prec: pDay}
		return hit{i: i, j: i + 5, typ: article.TimeDate, val: c.String(), date: c}, true
	}
	// "am 14.11." with no year: the day and month are certain, the year comes from the anchor.
	if i+4 < len(t.toks) && t.toks[i+4].kind == tNum {
		return hit{}, false
	}
	c := t.undefYear(m, d)
	return hit{i: i, j: i + 4, typ: article.TimeDate, val: c.String(), date: c}, true
}

// fullYear completes a two-digit year: the one closest to the anchor's year, or 19xx/20xx
// split at 50 without an anchor.
func (t *tagger) fullYear(yy int) int {
	a, ok := t.anchorRef(pYear)
	if !ok {
		if yy < 50 {
			return 2000 + yy
		}
		return 1900 + yy
	}
	base := a.y - a.y%100 + yy
	best := base
	for _, c := range []int{base - 100, base + 100} {
		if abs(c-a.y) < abs(best-a.y) {
			best = c
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// undefYear picks the year of a month (and day, when d > 0) given without one: in a
// narrative the year of the last date mentioned; in news the latest such month up to the
// anchor in past-tense sentences, the next one from the anchor in future-tense sentences,
// else the anchor's year.
func (t *tagger) undefYear(m, d int) cdate {
	prec := pMonth
	if d > 0 {
		prec = pDay
	}
	a, ok := t.yearAnchor()
	if !ok {
		return cdate{}
	}
	c := cdate{y: a.y, m: m, d: d, prec: prec}
	if !t.narrative && a.prec >= pMonth {
		ad := a.d
		if a.prec < pDay {
			ad = 31 // the anchor's day is unknown: the whole anchor month counts as "up to"
		}
		switch {
		case t.tense < 0 && (m > a.m || (m == a.m && d > ad)):
			c.y--
		case t.tense > 0 && (m < a.m || (m == a.m && d > 0 && a.prec >= pDay && d < a.d)):
			c.y++
		}
	}
	if d > 0 && !validDay(c.y, m, d) {
		return cdate{}
	}
	return c
}

// weekdayOf returns the weekday of a day, 1 = Monday.
func weekdayOf(c cdate) int {
	w := int(c.gotime().Weekday())
	if w == 0 {
		w = 7
	}
	return w
}

// weekdayYear makes a day given with its weekday but without a year fall in a year where it
// is that weekday ("am Samstag, 29. Juni" in a past-tense sentence of 23 June 2024 is 29
// June 2024, a Saturday, not 29 June 2023, a Thursday): the year the tense chose, else the
// one after or before it. A written year is left as it is.
func (t *tagger) weekdayYear(h hit, wd int) hit {
	if h.date.prec != pDay {
		return h
	}
	for k := h.i; k < h.j; k++ {
		if t.toks[k].kind == tNum && t.toks[k].digits == 4 {
			return h
		}
	}
	for _, dy := range []int{0, 1, -1} {
		c := h.date
		c.y += dy
		if !validDay(c.y, c.m, c.d) {
			continue
		}
		if weekdayOf(c) == wd {
			if dy != 0 {
				h.date, h.val = c, c.String()
			}
			return h
		}
	}
	return h
}

// dayMonth reads "3. November", "3. November 2024", "14. November, 2024", "Donnerstag, 7.
// November", English "November 3, 2024" and "3 November 2024".
func (t *tagger) dayMonth(i int) (hit, bool) {
	start := i
	if wv, ok := t.cat(i, "weekday"); ok {
		k := i + 1
		if t.punct(k, "(") {
			// "am Donnerstag (25.07.2024)", "Samstag (6. Juli)": the date in brackets says
			// which Thursday; the weekday read alone against the article's day may be wrong.
			h, ok := t.dayMonth(k + 1)
			if !ok {
				h, ok = t.numeric(k + 1)
			}
			if !ok || h.date.prec != pDay || !t.punct(h.j, ")") || weekdayOf(h.date) != num(wv) {
				// A bracket whose day is not that weekday holds a slip of the writer's; the
				// weekday and the day are read apart, as before.
				return hit{}, false
			}
			h.i, h.j = start, h.j+1
			return h, true
		}
		if t.punct(k, ",") {
			k++
		}
		if t.is(k, "den", "der", "the") { // "Sonntag, der 30. Juni"
			k++
		}
		if h, ok := t.dayMonth(k); ok && (k > i+1 || t.lx.g.monthDay) {
			h.i = start
			return t.weekdayYear(h, num(wv)), true
		}
		return hit{}, false
	}
	var d, m, j int
	ok := false
	if n, ok1 := t.digits(i, 1, 2); ok1 && n >= 1 && n <= 31 && !t.partOfNumber(i) {
		k := i + 1
		if t.punct(k, ".") && t.glued(k) {
			k++
		} else if s := t.word(k); t.glued(k) && (s == "st" || s == "nd" || s == "rd" || s == "th") {
			k++
			if t.is(k, "of") {
				k++
			}
		} else if !t.lx.g.monthDay {
			return hit{}, false
		}
		if mm, k2, ok2 := t.month(k, true); ok2 {
			d, m, j, ok = n, mm, k2, true
		}
	} else if mm, k, ok1 := t.month(i, true); ok1 && t.lx.g.monthDay {
		if n, ok2 := t.digits(k, 1, 2); ok2 && n >= 1 && n <= 31 && !t.partOfNumber(k) {
			d, m, j, ok = n, mm, k+1, true
			if s := t.word(j); t.glued(j) && (s == "st" || s == "nd" || s == "rd" || s == "th") {
				j++
			}
		}
	}
	if !ok {
		return hit{}, false
	}
	k := j
	if t.punct(k, ",") {
		k++
	}
	if y, k2, ok := t.year(k, false); ok && validDay(y, m, d) {
		c := cdate{y: y, m: m, d: d, prec: pDay}
		return hit{i: i, j: k2, typ: article.TimeDate, val: c.String(), date: c}, true
	}
	// "1.–3. Mai 1945" style ranges are read by dayRange; here the year may come after a
	// second month ("3. Mai bis 4. Juni 1945").
	c := t.undefYear(m, d)
	if y, ok := t.rangeYear(j); ok && validDay(y, m, d) {
		c = cdate{y: y, m: m, d: d, prec: pDay}
	}
	return hit{i: i, j: j, typ: article.TimeDate, val: c.String(), date: c}, true
}

// connector reports whether token i joins the two ends of a range or list.
func (t *tagger) connector(i int) bool {
	return t.is(i, "bis", "und", "oder", "to", "and", "or", "until") || t.punct(i, "-", "–", "—", "/")
}

// rangeYear looks past a connector for a later month or date that carries a year
// ("Mai/Juni 1940", "3. Mai bis 4. Juni 1945") and returns that year.
func (t *tagger) rangeYear(j int) (int, bool) {
	k := j + 1
	switch {
	case t.is(j, "auf", "zum") || t.connector(j) && t.is(j, "bis"):
		// "vom 8. Februar auf den 9. Februar 1904", "bis zum 4. Juni 1945"
		if t.is(k, "den", "dem", "zum") {
			k++
		}
	case !t.connector(j):
		return 0, false
	}
	if _, ok := t.digits(k, 1, 2); ok && t.punct(k+1, ".") {
		k += 2
	}
	_, k2, ok := t.month(k, true)
	if !ok {
		return 0, false
	}
	y, _, ok := t.year(k2, false)
	return y, ok
}

// dayRange reads the first day of "24. und 25. August 1944" or "1.–3. Mai".
func (t *tagger) dayRange(i int) (hit, bool) {
	d, ok := t.digits(i, 1, 2)
	if !ok || d < 1 || d > 31 || !t.punct(i+1, ".") || !t.glued(i+1) || t.partOfNumber(i) {
		return hit{}, false
	}
	if !t.connector(i + 2) {
		return hit{}, false
	}
	if _, ok := t.digits(i+3, 1, 2); !ok {
		return hit{}, false
	}
	h, ok := t.dayMonth(i + 3)
	if !ok || !h.date.known() {
		return hit{}, false
	}
	c := h.date
	if !validDay(c.y, c.m, d) {
		return hit{}, false
	}
	c.d = d
	return hit{i: i, j: i + 2, typ: article.TimeDate, val: c.String(), date: c}, true
}

// monthYear reads "Juni", "Juni 2024", "Juni des Jahres 1941".
func (t *tagger) monthYear(i int) (hit, bool) {
	if t.word(i) == "" || (!t.toks[i].upper && t.lx.g.capNouns) {
		return hit{}, false
	}
	_, j0, ok := t.month(i, true)
	if !ok {
		return hit{}, false
	}
	m, _, _ := t.month(i, true)
	k := j0
	if t.punct(k, ",") && t.lx.g.yearComma {
		k++
	}
	if y, k2, ok := t.year(k, false); ok {
		c := cdate{y: y, m: m, prec: pMonth}
		return hit{i: i, j: k2, typ: article.TimeDate, val: c.String(), date: c}, true
	}
	if t.is(j0, "des") && t.isUnit(j0+1, "Y") {
		if y, k2, ok := t.year(j0+2, true); ok {
			c := cdate{y: y, m: m, prec: pMonth}
			return hit{i: i, j: k2, typ: article.TimeDate, val: c.String(), date: c}, true
		}
		c := t.undefYear(m, 0)
		return hit{i: i, j: j0 + 2, typ: article.TimeDate, val: c.String(), date: c}, true
	}
	// A bare month: weak names never stand alone; ambiguous ones ("May", "March", "August"
	// before a name) need a temporal word in front.
	w := t.word(i)
	if t.lx.weak[w] {
		return hit{}, false
	}
	if t.lx.g.ambiguousMonths[w] && !t.temporalBefore(i) {
		return hit{}, false
	}
	c := t.undefYear(m, 0)
	if y, ok := t.rangeYear(j0); ok {
		c = cdate{y: y, m: m, prec: pMonth}
	}
	return hit{i: i, j: j0, typ: article.TimeDate, val: c.String(), date: c}, true
}

// temporalBefore reports whether the word before i makes a time reading likely.
func (t *tagger) temporalBefore(i int) bool {
	if _, ok := t.cat(i-1, "prep"); ok {
		return true
	}
	if _, ok := t.cat(i-1, "mod"); ok {
		return true
	}
	return t.is(i-1, "in", "since", "until", "by", "of", "seit", "bis", "ab", "vom", "zum", "im", "early", "late", "mid", "next", "last")
}

// temporalWord reports whether token i is a word of the time lexicon.
func (t *tagger) temporalWord(i int) bool {
	return t.word(i) != "" && len(t.toks[i].exact) > 0
}

// isUnit reports whether token i is a time unit word (of unit u when u is not "").
func (t *tagger) isUnit(i int, u string) bool {
	v, ok := t.cat(i, "unit")
	return ok && (u == "" || v == u)
}

// yearExpr reads "2022", "im Jahr 2022", "Jahre 1960", "494 v. Chr.".
func (t *tagger) yearExpr(i int) (hit, bool) {
	k := i
	weak := false
	if t.isUnit(i, "Y") {
		k++
		weak = true
	} else if t.is(i, "jahreswechsel") {
		return hit{}, false
	}
	y, j, ok := t.year(k, weak)
	if !ok {
		return hit{}, false
	}
	if !weak {
		if t.lx.g.quantityWords[t.word(i-1)] || t.lx.g.unitWords[t.word(j)] || t.punct(j, "%") {
			return hit{}, false
		}
		// "1370 Landungsboote": a number before a noun counts things, unless a temporal
		// word in front makes it a year ("bis 1881 Banken").
		// At the start of a line or list item ("* 1922 Erster ...") it is a year.
		if j < len(t.toks) && t.toks[j].kind == tWord && t.toks[j].upper && t.lx.g.capNouns &&
			i > 0 && t.toks[i-1].kind == tWord && !t.temporalBefore(i) && !t.temporalWord(j) {
			return hit{}, false
		}
		if t.is(j, "er", "ern", "s") && t.glued(j) {
			return hit{}, false // a decade
		}
	}
	c := cdate{y: y, prec: pYear}
	return hit{i: i, j: j, typ: article.TimeDate, val: c.String(), date: c}, true
}

// decade reads "1930er Jahre", "den 1930er-Jahren", "der 90er Jahre", "the 1990s".
func (t *tagger) decade(i int) (hit, bool) {
	k := i
	if t.lx.g.articles[t.word(k)] {
		k++
	}
	n, ok := t.digits(k, 2, 4)
	if !ok || n%10 != 0 || t.toks[k].digits == 3 || !t.is(k+1, "er", "ern", "s") || !t.glued(k+1) {
		return hit{}, false
	}
	j := k + 2
	if t.punct(j, "-") && t.glued(j) && t.isUnit(j+1, "Y") {
		j += 2
	} else if t.isUnit(j, "Y") {
		j++
	} else if t.toks[k].digits == 2 && t.lx.g.decadeNeedsUnit {
		return hit{}, false
	}
	var v string
	if t.toks[k].digits == 4 {
		v = strconv.Itoa(n / 10)
	} else {
		v = "19" + strconv.Itoa(n/10)
	}
	if k > i && j == k+2 && t.lx.g.decadeNeedsUnit {
		return hit{}, false
	}
	return hit{i: i, j: j, typ: article.TimeDate, val: v}, true
}

// century reads "20. Jahrhundert", "im 5. Jahrhundert v. Chr.", "the 20th century".
// TIMEX writes a century as its first two digits: the 20th century is "19".
func (t *tagger) century(i int) (hit, bool) {
	k := i
	if t.lx.g.articles[t.word(k)] {
		k++
	}
	var n int
	if d, ok := t.digits(k, 1, 2); ok && (t.punct(k+1, ".") || t.is(k+1, "th", "st", "nd", "rd")) && t.glued(k+1) {
		n, k = d, k+2
	} else if v, ok := t.cat(k, "ord"); ok {
		n, k = num(v), k+1
	} else {
		return hit{}, false
	}
	if !t.isUnit(k, "CE") || n < 1 {
		return hit{}, false
	}
	j := k + 1
	v := fmt.Sprintf("%02d", n-1)
	if k2, ok := t.bc(j); ok {
		v, j = "BC"+v, k2
	}
	return hit{i: i, j: j, typ: article.TimeDate, val: v}, true
}

// modified reads "Anfang 2025", "Mitte Juni", "Ende des Monats", "Ende des Jahres 1939",
// "gegen Ende 1967", "Anfang der 90er Jahre", "Jahresende", "early 2025".
func (t *tagger) modified(i int) (hit, bool) {
	k := i
	if t.is(k, "gegen", "towards", "toward", "by") {
		k++
	}
	mod, ok := t.cat(k, "mod")
	if !ok {
		return hit{}, false
	}
	if ru, ok := t.cat(k, "relunit"); ok { // Jahresende [1939]
		if y, j, ok := t.year(k+1, true); ok {
			c := cdate{y: y, prec: pYear}
			return hit{i: i, j: j, typ: article.TimeDate, val: c.String(), mod: mod, date: c}, true
		}
		h := t.relUnit(i, k+1, ru)
		h.mod = mod
		return h, true
	}
	k++
	if t.is(k, "of") {
		k++
	}
	if t.punct(k, "-") && t.glued(k) {
		k++
	}
	if h, ok := t.relative(k); ok && (t.lx.g.articles[t.word(k)] || !t.lx.g.relNeedsArticle) && h.date.known() {
		h.i, h.mod = i, mod // "Ende des vorangegangenen Jahres"
		return h, true
	}
	art := t.lx.g.articles[t.word(k)]
	if art {
		k++
	}
	if t.isUnit(k, "") { // Ende des Jahres [1939], Ende des Monats, Ende der Woche
		u, _ := t.cat(k, "unit")
		if u == "Y" {
			if y, j, ok := t.year(k+1, true); ok {
				c := cdate{y: y, prec: pYear}
				return hit{i: i, j: j, typ: article.TimeDate, val: c.String(), mod: mod, date: c}, true
			}
		}
		if !art {
			return hit{}, false
		}
		h := t.relUnit(i, k+1, "0"+u)
		h.mod = mod
		return h, true
	}
	for _, p := range []pattern{(*tagger).monthYear, (*tagger).yearExpr, (*tagger).decade, (*tagger).century, (*tagger).season} {
		if h, ok := p(t, k); ok {
			h.i, h.mod = i, mod
			return h, true
		}
	}
	return hit{}, false
}

// relUnit resolves a unit shifted against the anchor: rel is "<n><unit>" ("-1Y", "0M").
func (t *tagger) relUnit(i, j int, rel string) hit {
	return t.relUnitRef(i, j, rel, false)
}

// relUnitRef is relUnit, anchored on the last date mentioned when ana is set.
func (t *tagger) relUnitRef(i, j int, rel string, ana bool) hit {
	k := 0
	for k < len(rel) && (rel[k] == '-' || rel[k] == '+' || (rel[k] >= '0' && rel[k] <= '9')) {
		k++
	}
	n, u := num(rel[:k]), rel[k:]
	h := hit{i: i, j: j, typ: article.TimeDate}
	h.val, h.date = t.shiftedRef(n, u, ana)
	return h
}

// shifted is the anchor moved by n units, as a TIMEX value at the unit's granularity.
func (t *tagger) shifted(n int, u string) (string, cdate) { return t.shiftedRef(n, u, false) }

// shiftedRef is shifted, anchored on the last date mentioned when ana is set.
func (t *tagger) shiftedRef(n int, u string, ana bool) (string, cdate) {
	need := map[string]int{"Y": pYear, "M": pMonth, "W": pDay, "D": pDay, "DE": pYear, "CE": pYear, "Q": pMonth}[u]
	if need == 0 {
		return "", cdate{}
	}
	a, ok := t.anchor(need)
	if ana {
		a, ok = t.anchorRef(need)
	}
	if !ok && t.narrative && t.cur.known() {
		// "nach 77 Tagen" when the story is only known to the year: TIMEX annotators give
		// the story's date at the precision it has.
		return t.cur.String(), cdate{}
	}
	if !ok {
		return "", cdate{}
	}
	switch u {
	case "DE":
		return strconv.Itoa((a.y + 10*n) / 10), cdate{}
	case "CE":
		return fmt.Sprintf("%02d", (a.y+100*n)/100), cdate{}
	case "Q":
		c, _ := a.shift(3*n, "M")
		return fmt.Sprintf("%s-Q%d", yearString(c.y), (c.m-1)/3+1), cdate{}
	case "W":
		if !ana {
			c, _ := a.shift(n, "W")
			return c.week(), cdate{}
		}
	}
	if ana && u == "W" {
		n, u = 7*n, "D"
	}
	c, ok := a.shift(n, u)
	if !ok {
		return "", cdate{}
	}
	// "drei Monate später" after a day is a month: the WikiWarsDE annotators resolve an
	// offset at its unit's precision, and keeping the day scored lower.
	return c.String(), c
}

// seasonMonth is the month each season starts in, for past/future reasoning.
var seasonMonth = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// season reads "im Sommer", "Sommer 1941", "Frühjahr des Jahres 1943".
func (t *tagger) season(i int) (hit, bool) {
	s, mod, ok := t.seasonWord(i)
	if !ok || (t.lx.g.capNouns && !t.toks[i].upper) {
		return hit{}, false
	}
	j := i + 1
	if y, k, ok := t.year(j, false); ok {
		return hit{i: i, j: k, typ: article.TimeDate, val: yearString(y) + "-" + s, mod: mod, date: cdate{y: y, prec: pYear}}, true
	}
	if t.is(j, "des", "of") && t.isUnit(j+1, "Y") {
		if y, k, ok := t.year(j+2, true); ok {
			return hit{i: i, j: k, typ: article.TimeDate, val: yearString(y) + "-" + s, mod: mod, date: cdate{y: y, prec: pYear}}, true
		}
	}
	if t.is(j, "of") { // "the spring of 2025"
		if y, k, ok := t.year(j+1, false); ok {
			return hit{i: i, j: k, typ: article.TimeDate, val: yearString(y) + "-" + s, mod: mod, date: cdate{y: y, prec: pYear}}, true
		}
	}
	if rv, ok := t.cat(j, "rel"); ok && t.isUnit(j+1, "Y") {
		// "bis Herbst kommenden Jahres": the year the genitive names, not the season's next.
		if a, ok := t.anchor(pYear); ok {
			y := a.y + num(rv)
			return hit{i: i, j: j + 2, typ: article.TimeDate, val: yearString(y) + "-" + s, mod: mod, date: cdate{y: y, prec: pYear}}, true
		}
	}
	return hit{i: i, j: j, typ: article.TimeDate, val: t.seasonYear(s, t.tense), mod: mod}, true
}

// seasonYear resolves a season without a year; dir is the tense or the relative word.
func (t *tagger) seasonYear(s string, dir int) string {
	a, ok := t.anchor(pYear)
	if !ok {
		return ""
	}
	y := a.y
	if !t.narrative && a.prec >= pMonth {
		sm := seasonMonth[s]
		switch {
		case dir < 0 && sm > a.m:
			y--
		case dir > 0 && sm+2 < a.m:
			y++
		}
	}
	return yearString(y) + "-" + s
}
