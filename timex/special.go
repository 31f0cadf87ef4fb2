package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"crosscheck/article"
)

// phrase is a fixed multi-word expression of the lexicon ("in der Folge", "in Zukunft"):
// the words before its head word and its value.
type phrase struct {
	lead []string
	head string
	val  string
}

// fixedPhrase reads the lexicon's multi-word references at i.
func (t *tagger) fixedPhrase(i int) (hit, bool) {
	for _, p := range t.lx.phrases[t.word(i)] {
		k := i
		ok := true
		for _, w := range p.lead {
			if !t.is(k, w) {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		if t.word(k) != p.head {
			continue
		}
		if t.lx.g.phraseBlockers[t.word(k+1)] {
			continue
		}
		return hit{i: i, j: k + 1, typ: article.TimeDate, val: p.val}, true
	}
	return hit{}, false
}

// easter returns the month and day of Western Easter Sunday in year y (the anonymous
// Gregorian computus).
func easter(y int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// holidayDate resolves a holiday payload ("12-25" fixed, "E+49" days from Easter) in year y.
func holidayDate(v string, y int) (cdate, bool) {
	if rest, ok := strings.CutPrefix(v, "E"); ok {
		n, err := strconv.Atoi(rest)
		if err != nil || y < 1583 {
			return cdate{}, false // the Gregorian computus needs a Gregorian year
		}
		m, d := easter(y)
		return fromTime(time.Date(y, time.Month(m), d+n, 0, 0, 0, 0, time.UTC), pDay), true
	}
	ms, ds, ok := strings.Cut(v, "-")
	if !ok {
		return cdate{}, false
	}
	m, err1 := strconv.Atoi(ms)
	d, err2 := strconv.Atoi(ds)
	if err1 != nil || err2 != nil || !validDay(y, m, d) {
		return cdate{}, false
	}
	return cdate{y: y, m: m, d: d, prec: pDay}, true
}

// holiday reads "Weihnachten 1966", "am Neujahrstag 1863", "zu Ostern", "Christmas 2024".
func (t *tagger) holiday(i int) (hit, bool) {
	w := t.word(i)
	if w == "" || (t.lx.g.capNouns && !t.toks[i].upper) {
		return hit{}, false
	}
	v, ok := t.lx.get(w, "holiday")
	if !ok {
		v, ok = t.lx.get(strings.TrimSuffix(w, "s"), "holiday")
	}
	j := i + 1
	if !ok && t.is(i, "new") && t.is(i+1, "year") && t.toks[i+1].upper {
		// "New Year's Day", "New Year's Eve", "New Year"
		v, ok, j = "01-01", true, i+2
		if t.punct(j, "'", "’") && t.is(j+1, "s") {
			j += 2
		}
		if t.is(j, "day") {
			j++
		} else if t.is(j, "eve") {
			v, j = "12-31", j+1
		}
	}
	if !ok || v == "eve" {
		return hit{}, false
	}
	if t.lx.g.eve != "" && t.is(j, t.lx.g.eve) && !strings.HasPrefix(v, "E") {
		// "Christmas Eve": the day before
		m, d := num(v[:2]), num(v[3:])
		c := fromTime(time.Date(2001, time.Month(m), d-1, 0, 0, 0, 0, time.UTC), pDay)
		v, j = fmt.Sprintf("%02d-%02d", c.m, c.d), j+1
	} else if t.lx.g.day != "" && t.is(j, t.lx.g.day) {
		j++ // "Christmas Day"
	}
	y, k, ok := t.year(j, false)
	if !ok && t.is(j, "des", "of") && t.isUnit(j+1, "Y") {
		y, k, ok = t.year(j+2, true)
	}
	if ok {
		c, ok := holidayDate(v, y)
		if !ok {
			c = cdate{y: y, prec: pYear}
		}
		return hit{i: i, j: k, typ: article.TimeDate, val: c.String(), date: c}, true
	}
	a, ok := t.yearAnchor()
	if !ok {
		return hit{i: i, j: j, typ: article.TimeDate}, true
	}
	c, ok := holidayDate(v, a.y)
	if !ok {
		return hit{i: i, j: j, typ: article.TimeDate}, true
	}
	if c2 := t.undefYear(c.m, c.d); c2.known() && c2.y != a.y {
		if c3, ok := holidayDate(v, c2.y); ok {
			c = c3
		}
	}
	return hit{i: i, j: j, typ: article.TimeDate, val: c.String(), date: c}, true
}

// seasonWord reads a season name at i, also with a prefix ("Spätsommers" -> SU, END).
func (t *tagger) seasonWord(i int) (string, string, bool) {
	if s, ok := t.cat(i, "season"); ok {
		return s, "", true
	}
	w := t.word(i)
	for _, p := range t.lx.g.seasonPrefixes {
		if rest, ok := strings.CutPrefix(w, p.pre); ok && rest != "" {
			if s, ok := t.lx.lookup(rest, "season"); ok {
				return s, p.mod, true
			}
		}
	}
	return "", "", false
}

// clockParts reads the time of day at i: "8.15 Uhr", "4:45 Uhr", "4 Uhr 45", "20 Uhr",
// "17:43", "8 p.m.", with a following time zone ("Uhr mitteleuropäischer Zeit", "MEZ").
// It returns "hh:mm" plus the zone offset and the index after the expression.
func (t *tagger) clockParts(i int) (string, int, bool) {
	hh, ok := t.digits(i, 1, 2)
	if !ok || hh > 24 || (t.glued(i) && i > 0 && t.toks[i-1].kind != tPunct) {
		return "", i, false
	}
	mm, j := 0, i+1
	sep := false
	if t.punct(j, ".", ":") && t.glued(j) && t.glued(j+1) {
		if m, ok := t.digits(j+1, 2, 2); ok && m < 60 {
			mm, j, sep = m, j+2, true
		}
	}
	switch {
	case t.isWord(j, "clock"):
		j++
		// "4 Uhr 45": minutes after the word, unless they count the noun that follows.
		if m, ok := t.digits(j, 2, 2); ok && !sep && m < 60 && !t.partOfNumber(j) &&
			!(j+1 < len(t.toks) && t.toks[j+1].kind == tWord && (t.toks[j+1].upper || t.lx.g.unitWords[t.word(j+1)])) {
			mm, j = m, j+1
		}
	case t.is(j, "a", "p") && t.punct(j+1, ".") && t.is(j+2, "m"):
		if t.is(j, "p") && hh < 12 {
			hh += 12
		}
		j += 3
		if t.punct(j, ".") && t.glued(j) {
			j++
		}
	case t.lx.g.am != "" && t.is(j, t.lx.g.am, t.lx.g.pm):
		if t.is(j, t.lx.g.pm) && hh < 12 {
			hh += 12
		}
		j++
	case t.is(j, "o") && t.punct(j+1, "'", "’") && t.is(j+2, "clock"):
		j += 3
	case sep && t.punct(j-2, ":") && t.toks[i].digits == 2:
	default:
		return "", i, false
	}
	v := fmt.Sprintf("%02d:%02d", hh, mm)
	if tz, ok := t.get(j, "tz"); ok {
		switch {
		case t.is(j+1, "zeit", "time"):
			v, j = v+tz, j+2
		case strings.ToUpper(t.toks[j].s) == t.toks[j].s:
			v, j = v+tz, j+1 // an abbreviation: "MEZ", "UTC"
		}
	}
	return v, j, true
}

// dateTime extends a day date h with a following ", 23:01 Uhr" or "um 8 Uhr".
func (t *tagger) dateTime(h hit) hit {
	if h.typ != article.TimeDate || h.date.prec != pDay {
		return h
	}
	k := h.j
	if !t.punct(k, ",") {
		return h
	}
	v, j, ok := t.clockParts(k + 1)
	if !ok {
		return h
	}
	h.j, h.typ, h.val = j, article.TimeTime, h.date.String()+"T"+v
	return h
}

// yearPart reads "das dritte Quartal 2024", "im ersten Halbjahr 1863", "the third quarter of
// 2024", "die zweite Jahreshälfte" (year from the reference).
func (t *tagger) yearPart(i int) (hit, bool) {
	k := i
	if t.lx.g.articles[t.word(k)] {
		k++
	}
	var n int
	if d, ok := t.digits(k, 1, 1); ok && (t.punct(k+1, ".") || t.is(k+1, "st", "nd", "rd", "th")) && t.glued(k+1) {
		n, k = d, k+2
	} else if v, ok := t.cat(k, "ord"); ok {
		n, k = num(v), k+1
	} else {
		return hit{}, false
	}
	code, ok := t.cat(k, "yearpart")
	if !ok {
		return hit{}, false
	}
	if n < 1 || (code == "Q" && n > 4) || (code == "H" && n > 2) {
		return hit{}, false
	}
	j := k + 1
	if t.is(j, "of", "des") && t.isUnit(j+1, "Y") {
		j++ // "des Jahres 2024"
	}
	if t.is(j, "of", "des", "von") {
		if y, j2, ok := t.year(j+1, true); ok {
			return hit{i: i, j: j2, typ: article.TimeDate, val: fmt.Sprintf("%s-%s%d", yearString(y), code, n)}, true
		}
	}
	if y, j2, ok := t.year(j, false); ok {
		return hit{i: i, j: j2, typ: article.TimeDate, val: fmt.Sprintf("%s-%s%d", yearString(y), code, n)}, true
	}
	h := hit{i: i, j: k + 1, typ: article.TimeDate}
	if a, ok := t.yearAnchor(); ok {
		h.val = fmt.Sprintf("%s-%s%d", yearString(a.y), code, n)
	}
	return h, true
}

// weekend reads "am Wochenende", "over the weekend", "next weekend": the weekend of the
// anchor's ISO week ("2024-W46-WE"), the one before it in past-tense sentences.
func (t *tagger) weekend(i int) (hit, bool) {
	k := i
	r := 0
	rel := false
	if t.lx.g.articles[t.word(k)] {
		k++
	}
	if v, ok := t.cat(k, "rel"); ok && !anaphoric(t.word(k)) {
		r, rel, k = num(v), true, k+1
	}
	if !t.isWord(k, "weekend") {
		return hit{}, false
	}
	h := hit{i: i, j: k + 1, typ: article.TimeDate}
	a, ok := t.anchor(pDay)
	if !ok {
		return h, true
	}
	wd := int(a.gotime().Weekday()) // 0 Sunday, 6 Saturday
	inWeekend := wd == 0 || wd == 6
	dir := t.tense
	if rel {
		dir = r
	}
	shift := 0
	switch {
	case dir < 0 && !inWeekend, rel && dir < 0:
		shift = -1
	case rel && dir > 0 && inWeekend:
		shift = 1
	}
	c, _ := a.shift(shift, "W")
	h.val = c.week() + "-WE"
	return h, true
}
