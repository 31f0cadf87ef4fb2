package figure

import (
	"sort"

	"crosscheck/article"
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece is one word of a What phrase, possibly re-inflected.
type piece struct {
	text  string
	space bool
}

func (r *run) isWord(x tok) bool { return x.kind == tWord && !x.digits }

// isFunction reports whether a word only links others: stop words, prepositions, cue words,
// linking words and time units never head a counted noun phrase.
func (r *run) isFunction(x tok) bool {
	lex := r.lex
	if lex.stop(x.norm) {
		return true
	}
	for _, m := range lex.function {
		if _, ok := m[x.norm]; ok {
			return true
		}
	}
	return false
}

// isAdj: a modifier before a noun (in German, a lower case content word).
func (r *run) isAdj(x tok) bool {
	if !r.isWord(x) || r.isFunction(x) || r.isNumberWord(x) {
		return false
	}
	return !r.lex.capNouns || !x.upper
}

// isNumberWord reports whether x is a number written as a word ("zwölf"): it counts a noun
// phrase rather than describing it.
func (r *run) isNumberWord(x tok) bool {
	v, ok := r.lex.numberWord(x.norm)
	return ok && v != "+"
}

// isNoun: a noun (in German, a capitalised content word; in English any content word).
func (r *run) isNoun(x tok) bool {
	if !r.isWord(x) || r.isFunction(x) || r.lex.numberwords[x.norm] == "month" {
		return false
	}
	return !r.lex.capNouns || x.upper
}

// rightNP reads a noun phrase starting at t[j]: modifiers and a noun.
func (r *run) rightNP(t []tok, j int) (int, int, bool) {
	k := j
	if r.lex.capNouns {
		for k < len(t) && k-j < 4 && r.isAdj(t[k]) {
			k++
			// Coordinated modifiers: "neue oder verbreiterte Radwege".
			if k+1 < len(t) && isIn(r.lex.rangeWords, t[k].norm) && t[k].kind == tWord && r.isAdj(t[k+1]) {
				k++
			}
		}
		if k < len(t) && r.isNoun(t[k]) {
			return j, k + 1, true
		}
		return j, j, false
	}
	for k < len(t) && k-j < 4 && r.isNoun(t[k]) {
		k++
	}
	return j, k, k > j
}

// coordinated extends a counted noun phrase ending before t[e] over what the same number
// counts with it: a gender form written into the word ("Athlet:innen", "Mitarbeiter*innen")
// and a second noun phrase joined by a coordinator ("3.000 Künstlerinnen und Künstler",
// "300 Frauen und Kinder"). A number, a determiner or a name after the coordinator starts
// something else ("15 Tore und drei Vorlagen", "500 Fans und die Polizei"). Only a pack
// whose nouns are capitalised names coordinators: without capitals the second noun cannot
// be told from a verb ("VPNs and recommends", "pear peeled and cut").
func (r *run) coordinated(t []tok, e int) int {
	gender := func(e int) int {
		if e+1 < len(t) && !t[e].space && !t[e+1].space && strings.ContainsAny(t[e].text, ":*_/") &&
			len(t[e].text) == 1 && isIn(r.lex.genderForms, t[e+1].norm) {
			return e + 2
		}
		return e
	}
	e = gender(e)
	if e+1 < len(t) && t[e].kind == tWord && isIn(r.lex.coordinators, t[e].norm) && r.entityAt(e+1) == nil &&
		!isIn(r.lex.coordBreaks, t[e+1].norm) {
		if s2, e2, ok := r.rightNP(t, e+1); ok && s2 == e+1 && e2 > e+1 {
			for k := e + 1; k < e2; k++ {
				if r.entityAt(k) != nil || t[k].norm == t[e-1].norm {
					return e // a name, or the same noun again ("Soldaten oder Soldaten der Armee")
				}
				if k < e2-1 && !r.hasAdjEnding(t[k].norm) {
					return e // a verb, not a modifier: "2,4 GHz und erreicht Datenraten"
				}
			}
			return gender(e2)
		}
	}
	return e
}

// leftNP reads a noun phrase ending at t[k].
func (r *run) leftNP(t []tok, k int) (int, bool) {
	if k < 0 || k >= len(t) || !r.isNoun(t[k]) {
		return k, false
	}
	s := k
	if r.lex.capNouns {
		for s > 0 && k-s < 3 && r.isAdj(t[s-1]) && r.entityAt(s-1) == nil {
			s--
		}
		return s, true
	}
	for s > 0 && k-s < 3 && r.isNoun(t[s-1]) && r.entityAt(s-1) == nil && !r.verbLike(t[s-1]) {
		s--
	}
	return s, true
}

// verbLike reports whether a word ends like a verb form of a language whose nouns are not
// capitalised ("pledged").
func (r *run) verbLike(x tok) bool {
	for _, suf := range r.lex.verbSuffixes {
		if strings.HasSuffix(x.norm, suf) {
			return true
		}
	}
	return false
}

// ppAt reads a prepositional phrase starting at t[k] ("in der Region Kursk").
func (r *run) ppAt(t []tok, k int, preps map[string]string) (int, bool) {
	if k >= len(t) || t[k].kind != tWord {
		return k, false
	}
	if _, ok := preps[t[k].norm]; !ok {
		return k, false
	}
	m := k + 1
	if m < len(t) && t[m].kind == tWord && r.lex.stop(t[m].norm) {
		if _, ok := r.lex.preps[t[m].norm]; !ok {
			m++
		}
	}
	_, e, ok := r.rightNP(t, m)
	if !ok {
		return k, false
	}
	if r.lex.capNouns {
		// Names after the noun belong to it ("Region Kursk").
		for n := 0; e < len(t) && n < 3 && r.isNoun(t[e]) && t[e].space; n++ {
			e++
		}
	}
	return e, true
}

// genitiveAt reads a genitive complement at t[k] ("der Stimmen", "of the vote") and returns
// the noun phrase inside it.
func (r *run) genitiveAt(t []tok, k int) (int, int, bool) {
	if k >= len(t) || t[k].kind != tWord {
		return 0, 0, false
	}
	m := k
	if c := r.lex.cases[t[k].norm]; c == "gen" || c == "fem" {
		m++
	} else if r.lex.links.has(t[k].norm) && !r.lex.capNouns {
		m++
		if m < len(t) && r.lex.stop(t[m].norm) {
			m++
		}
	} else {
		return 0, 0, false
	}
	s, e, ok := r.rightNP(t, m)
	if ok && r.lex.capNouns && e < len(t) && t[e].space && r.hasAdjEnding(t[e-1].norm) &&
		r.entityAt(e-1) != nil && r.entityAt(e) == r.entityAt(e-1) {
		// A capitalised adjective of a name is no noun: "der Europäischen Union", "der
		// Hamburger Polizei" end with the name's noun after it.
		e++
	}
	return s, e, ok
}

// pieces appends tokens t[s:e] to ph. plural re-inflects the modifiers of a bare plural noun
// phrase into the nominative ("mit 12.000 bewaffneten Soldaten" -> "bewaffnete Soldaten").
func (r *run) pieces(ph []piece, t []tok, s, e int, plural bool) []piece {
	for k := s; k < e; k++ {
		text := t[k].text
		if plural && r.lex.plAdjFrom != "" && k < e-1 && r.isAdj(t[k]) && strings.HasSuffix(text, r.lex.plAdjFrom) {
			text = strings.TrimSuffix(text, r.lex.plAdjFrom) + r.lex.plAdjTo
		}
		sp := t[k].space
		if k == s {
			sp = len(ph) > 0
		}
		ph = append(ph, piece{text: text, space: sp})
	}
	return ph
}

// whatPieces names the thing a figure counts. np reports whether the name is the noun phrase
// the number counts directly (after it, or the antecedent of "von ihnen"), which is what a
// passive participle of the clause can describe.
func (r *run) whatPieces(t []tok, prev []tok, c cand) (ph []piece, np bool) {
	lex := r.lex
	hasPP := false
	j := c.whatFrom
	if c.times {
		return r.occurrences(t, j), false
	}
	if c.a > 0 && (c.unit == "m" || c.unit == "km") && isIn(lex.distancePreps, t[c.a-1].norm) &&
		!(j < len(t) && r.isNoun(t[j]) && r.entityAt(j) == nil) {
		// "zog aus 25 Metern ab", "nach 30 Kilometern": the distance of a shot or a point
		// of a race; no noun around it is what it measures ("Herz", "schießt Senß"). A noun
		// right after it still is ("aus 29 Metern Torentfernung").
		return nil, false
	}
	if c.vague && j < len(t) && !lex.capNouns {
		if lex.links.has(t[j].norm) { // "thousands of soldiers"
			j++
		}
	}
	counted := !c.money && c.unit != "%" && c.unit != "pp"
	if c.money && j < len(t) && lex.capNouns && r.entityAt(j) == nil && t[j].space {
		// A noun right after an amount names what the money is ("50 Millionen Euro Soforthilfe").
		if _, e, ok := r.rightNP(t, j); ok && e == j+1 {
			ph = r.pieces(ph, t, j, e, false)
		}
	}
	if counted && j < len(t) {
		if s, e, ok := r.rightNP(t, j); ok {
			e = r.coordinated(t, e)
			np = true
			ph = r.pieces(ph, t, s, e, c.value != 1)
			if e2, ok := r.ppAt(t, e, lex.preps); ok {
				ph = r.pieces(ph, t, e, e2, false)
				hasPP = true
			} else if _, e2, ok := r.genitiveAt(t, e); ok && lex.capNouns {
				ph = r.pieces(ph, t, e, e2, false) // "Soldaten der nordkoreanischen Armee"
			}
		} else if j+1 < len(t) && lex.links.has(t[j].norm) && isIn(lex.pronouns, t[j+1].norm) {
			ph = r.antecedent(ph, t, prev, c.a)
			np = len(ph) > 0
		}
	}
	share := [2]int{-1, -1} // "der Stimmen": the label only when no one is named before
	if len(ph) == 0 && !c.money {
		if s, e, ok := r.genitiveAt(t, c.b); ok && isIn(lex.shareNouns, t[e-1].norm) {
			share = [2]int{s, e}
		} else if ok {
			ph = r.pieces(ph, t, s, e, false)
		}
	}
	if share[0] >= 0 {
		return r.locationPP(r.sharer(t, c, share), t, c), false
	}
	if len(ph) == 0 && c.a > 1 && t[c.a-1].text == "(" {
		// "Unterschlagung (64 Prozent)": the figure measures the noun before the bracket.
		if s, ok := r.leftNP(t, c.a-2); ok {
			ph = r.pieces(ph, t, s, c.a-1, false)
		}
	}
	if len(ph) == 0 {
		k := c.a - 1
		linked := false
		if k >= 0 {
			if _, n, ok := phraseEnding(t, k, lex.links); ok {
				k -= n
				linked = true
			}
		}
		s, ok := r.leftNP(t, k)
		if ok && !linked && (r.inPP(t, k) || k == 0 && r.entityAt(0) == nil) {
			// "mit einem deutlichen Plus 32,8 Prozent" measures no plus (but "mit der UVP
			// von 219 Euro" is the price); a capitalised first word need not be a noun
			// ("Allein fünf Millionen kamen …").
			ok = false
		}
		if !ok && !linked {
			// The nearest noun to the left in the clause: "Die Inflation stieg auf 3 Prozent".
			// A capitalised first word of a sentence need not be a noun ("Angeblich"). A name
			// is taken only when no common noun precedes: "die Schäden an den Deichen in
			// Ostfriesland auf 18 Millionen Euro" measures the damage, not the place.
			for pass := 0; pass < 2 && !ok; pass++ {
				if k = r.nounBefore(t, c, pass == 0); k > 0 {
					s, ok = r.leftNP(t, k)
				}
			}
		}
		if ok {
			ph = r.pieces(ph, t, s, k+1, false)
			if e2, ok := r.ppAt(t, c.b, lex.preps); ok {
				ph = r.pieces(ph, t, c.b, e2, false)
				hasPP = true
			}
		}
	}
	if len(ph) > 0 && !hasPP {
		ph = r.locationPP(ph, t, c)
	}
	return ph, np
}

func isIn(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}

func isClauseBreak(x tok) bool {
	if x.kind != tPunct {
		return false
	}
	switch x.text {
	case ",", ";", ":", "(", ")", "„", "“", "”", "\"", "»", "«", "‚", "‘", "–", "—":
		return true
	}
	return false
}

// locationPP appends the place phrase of the figure's clause ("In der Region Kursk gibt es
// bereits 11.000 von ihnen"): the count is located there even when the phrase is not next to it.
func (r *run) locationPP(ph []piece, t []tok, c cand) []piece {
	loc := r.lex.locPreps
	if len(loc) == 0 {
		return ph
	}
	lo, hi := r.clause(t, c)
	best, bestE, bestD := -1, 0, len(t)+1
	pps := r.placePPs(t)
	for _, pp := range pps[sort.Search(len(pps), func(i int) bool { return pps[i].k >= lo }):] {
		k, e := pp.k, pp.e
		if k >= hi {
			break
		}
		if k >= c.a && k < c.b || e > hi || (k < c.a && e > c.a) {
			continue
		}
		d := c.a - e
		if k > c.a {
			d = k - c.b
		}
		if d < bestD {
			best, bestE, bestD = k, e, d
		}
	}
	if best < 0 {
		return ph
	}
	n := len(ph)
	ph = r.pieces(ph, t, best, bestE, false)
	ph[n].text = t[best].norm // the preposition may open the sentence: "In der Region"
	return ph
}

// hasPlace reports whether tokens [a, b) of the sentence hold a place entity.
func (r *run) hasPlace(a, b int) bool {
	for k := max(a, 0); k < b && k < len(r.placeEnd); k++ {
		if int(r.placeEnd[k]) <= b {
			return true
		}
	}
	return false
}

// antecedent resolves "von ihnen" to the counted thing named before: the noun after a count
// noun ("die Zahl der nordkoreanischen Soldaten"), else the nearest noun phrase.
func (r *run) antecedent(ph []piece, t, prev []tok, before int) []piece {
	seqs := [][]tok{t[:before], prev}
	for _, seq := range seqs {
		for k := range seq {
			if !isIn(r.lex.count, seq[k].norm) {
				continue
			}
			m := k + 1
			for n := 0; m < len(seq) && n < 2 && seq[m].kind == tWord && r.lex.stop(seq[m].norm); n++ {
				m++
			}
			if s, e, ok := r.rightNP(seq, m); ok {
				return r.pieces(ph, seq, s, e, true)
			}
		}
	}
	for _, seq := range seqs {
		for k := len(seq) - 1; k >= 0; k-- {
			if s, ok := r.leftNP(seq, k); ok {
				return r.pieces(ph, seq, s, k+1, true)
			}
		}
	}
	return ph
}

// phrase joins the pieces and derives the keys: the stems of the content words, in order.
func (r *run) phrase(ph []piece) (string, []string) {
	if len(ph) == 0 {
		return "", nil
	}
	var b strings.Builder
	var keys []string
	for i, x := range ph {
		if i > 0 && x.space {
			b.WriteByte(' ')
		}
		b.WriteString(x.text)
		for _, part := range strings.Split(r.p.Normalize(x.text), "-") {
			if utf8.RuneCountInString(part) < 2 || r.lex.stop(part) || isIn(r.lex.preps, part) || r.lex.links.has(part) {
				continue
			}
			if strings.IndexFunc(part, unicode.IsLetter) < 0 {
				continue
			}
			st := r.p.Stem(part)
			dup := false
			for _, k := range keys {
				if k == st {
					dup = true
					break
				}
			}
			if !dup {
				keys = append(keys, st)
			}
		}
	}
	return b.String(), keys
}

// sharer names whose share of an election a figure followed by share [s, e) is ("Die AfD
// gewinnt mit 33,6 Prozent der Stimmen"): the party or person named nearest before it in
// its clause, whole, and not in the genitive. A common noun there names no one in particular ("Die Partei erreichte
// 13,5 Prozent der Stimmen"), and then the votes label it.
func (r *run) sharer(t []tok, c cand, share [2]int) []piece {
	k := r.nounBefore(t, c, false)
	if k < 0 || !r.lex.capNouns && r.entityAt(k) == nil {
		// Where no noun is found, or nouns are not told by their capital letter ("The
		// Harbour Party won"), the nearest name.
		lo, _ := r.clause(t, c)
		for j := c.a - 1; j >= lo; j-- {
			if r.entityAt(j) != nil && !r.inPP(t, j) {
				k = j
				break
			}
		}
	}
	if k >= 0 {
		if x := r.entityAt(k); x != nil && (x.e.Type == article.EntityOrganisation || x.e.Type == article.EntityPerson) {
			s, e := k, k+1
			for s > 0 && r.entityAt(s-1) == x {
				s--
			}
			for e < len(t) && r.entityAt(e) == x {
				e++
			}
			gen := func(i int) bool { return i >= 0 && r.lex.cases[t[i].norm] == "gen" }
			if gen(s-1) || gen(s-2) && r.isNoun(t[s-1]) {
				// "im Auftrag des (Senders) Nordfunk": whose the noun before is.
				return r.pieces(nil, t, share[0], share[1], false)
			}
			return r.pieces(nil, t, s, e, false)
		}
	}
	return r.pieces(nil, t, share[0], share[1], false)
}
