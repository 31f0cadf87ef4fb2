package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// resolve removes overlaps, spreads evidence over the article and gives every mention its
// entity's canonical name: the fullest form seen.
func resolve(ms []mention, sents [][]word, infoss [][]tokInfo, r *article.Runes, opt Options, wd *wordData, rw *ruleWords, tagged bool) []article.Entity {
	ms = dedupe(ms)
	text := func(m *mention) string { return r.Slice(m.start, m.end) }
	var credits []article.Span
	for _, m := range ms {
		if m.credit {
			credits = append(credits, article.Span{Start: m.start, End: m.end})
		}
	}
	ms, blocked := dropBlocked(ms, r)

	// Person names: surname (last word, lower case) -> fullest name seen.
	full := map[string]string{}
	single := map[string]bool{} // names seen alone with a title or role, or from the tagger
	for i := range ms {
		m := &ms[i]
		if m.typ != article.EntityPerson || m.sub != "" {
			continue
		}
		t := text(m)
		if sp := strings.LastIndexByte(t, ' '); sp > 0 {
			keys := []string{strings.ToLower(t[sp+1:])}
			if ws := strings.Fields(t); len(ws) >= 3 {
				// Family name first ("Choe Son Hui" is later "Choe").
				keys = append(keys, strings.ToLower(ws[0]))
			}
			for _, key := range keys {
				if cur, ok := full[key]; !ok || utf8.RuneCountInString(t) > utf8.RuneCountInString(cur) {
					full[key] = t
				}
			}
		} else {
			single[strings.ToLower(t)] = true
		}
	}
	// Genitive forms of full names ("Donald Trumps") belong to the base name.
	for key, name := range full {
		if base := strings.TrimSuffix(key, "s"); base != key {
			if _, ok := full[base]; ok {
				delete(full, key)
			} else if single[base] {
				full[base] = name[:len(name)-1]
				delete(full, key)
			}
		}
	}
	// A double surname the article writes in full elsewhere ("Marie-Agnes
	// Strack-Zimmermann") is the name wherever it stands alone, though its last part is
	// a common noun ("Zimmermann") and the compound rule kept only "Strack" as a part.
	for i := range ms {
		m := &ms[i]
		if m.sub != SubtypePart || m.typ != article.EntityPerson {
			continue
		}
		if e := hyphenWordEnd(r, m.end); e > m.end {
			if _, ok := full[strings.ToLower(r.Slice(m.start, e))]; ok {
				m.end, m.sub, m.canon = e, "", ""
			}
		}
	}
	personKey := func(lower string) (string, bool) {
		if _, ok := full[lower]; ok {
			return lower, true
		}
		if b := strings.TrimSuffix(lower, "s"); b != lower {
			if _, ok := full[b]; ok {
				return b, true
			}
			if single[b] {
				return b, true
			}
		}
		if single[lower] {
			return lower, true
		}
		return "", false
	}

	// A name seen as a person anywhere is a person everywhere in the article, unless a list
	// says otherwise. A tagger span that starts with such a name and goes on with ordinary
	// words ("Trumps Wahlkampfversprechen") is cut back to the name.
	for i := range ms {
		m := &ms[i]
		if m.strong && m.typ == article.EntityPlace && m.sub == "" && !m.team {
			// A town the lists hold that is the surname of a person the article names in
			// full ("Kenan Karaman", then "Karaman") is that person.
			if _, ok := full[strings.ToLower(text(m))]; ok && strings.IndexByte(text(m), ' ') < 0 {
				m.typ, m.canon = article.EntityPerson, ""
			}
		}
		if m.strong || m.sub != "" {
			continue
		}
		t := text(m)
		sp := strings.IndexByte(t, ' ')
		if sp < 0 {
			if _, ok := personKey(strings.ToLower(t)); ok {
				m.typ = article.EntityPerson
			}
			continue
		}
		head := t[:sp]
		if !strings.HasSuffix(head, "s") || gazOnce().kind[strings.ToLower(head)]&gFirst != 0 {
			continue // only a genitive name runs on into the noun it governs; "Chris", "Thomas" are no genitives
		}
		if _, ok := personKey(strings.ToLower(head)); ok {
			if rest := strings.Fields(t[sp+1:]); len(rest) > 0 && wd.dict(strings.ToLower(rest[0]))&2 != 0 {
				m.typ = article.EntityPerson
				m.end = m.start + utf8.RuneCountInString(head)
			}
		}
	}

	// Mentions the tagger missed: other occurrences of single-word names already found.
	known := map[string]mention{}
	for i := range ms {
		m := ms[i]
		t := text(&m)
		if m.sub != "" || strings.IndexByte(t, ' ') >= 0 {
			continue
		}
		l := strings.ToLower(t)
		if o, ok := known[l]; !ok || (m.strong && !o.strong) || m.typ == article.EntityPerson {
			known[l] = m
		}
	}
	for k := range full {
		if _, ok := known[k]; !ok {
			known[k] = mention{typ: article.EntityPerson}
		}
	}
	// Full names of several words by their first word: written again, the whole name is
	// the mention, not its words one by one ("Matthijs de Ligt", keyed by both ends).
	fullNames := map[string][][]string{}
	for _, f := range full {
		if fs := strings.Fields(f); len(fs) >= 2 && plainFullName(fs, wd) {
			k := strings.ToLower(fs[0])
			fullNames[k] = append(fullNames[k], fs)
		}
	}
	var added []mention
	idx, skip := 0, -1
	for si, ws := range sents {
		for wi, w := range ws {
			if !isUpperStart(w.text) || w.start < skip {
				continue
			}
			for idx < len(ms) && ms[idx].end <= w.start {
				idx++
			}
			if idx < len(ms) && ms[idx].start < w.end {
				continue // covered
			}
			if slices.ContainsFunc(credits, func(c article.Span) bool { return c.Start <= w.start && w.end <= c.End }) {
				continue // a photographer's name, not the article's person of that surname
			}
			if n := fullNameAt(ws, wi, fullNames[infoss[si][wi].lower]); n > 0 {
				if end := ws[wi+n-1].end; idx == len(ms) || ms[idx].start >= end {
					added = append(added, mention{start: w.start, end: end, typ: article.EntityPerson, sent: si, hasFirst: true})
					skip = end
					continue
				}
			}
			l := infoss[si][wi].lower
			if blocked[l] || wi+1 < len(ws) && blocked[l+" "+infoss[si][wi+1].lower] {
				continue // "Berkeley" of "Berkeley Lights"
			}
			o, ok := known[l]
			if !ok && strings.HasSuffix(l, "s") {
				if o, ok = known[l[:len(l)-1]]; ok && o.typ != article.EntityPerson && o.typ != article.EntityPlace {
					ok = false
				}
			}
			if !ok {
				continue
			}
			if wi == 0 && o.typ != article.EntityPerson && !o.strong {
				continue
			}
			if !tagged && otherName(ws, infoss[si], wi, o, full[l], wd, rw) {
				continue
			}
			start := w.start
			if o.typ == article.EntityPerson && wi > 0 && infoss[si][wi-1].particle && isUpperStart(ws[wi-1].text) &&
				(idx == 0 || ms[idx-1].end <= ws[wi-1].start) &&
				(!rw.nameArticles[infoss[si][wi-1].lower] || fullHas(full[l], infoss[si][wi-1].lower)) {
				// "De Ligt" at a sentence's start, "Van Dijk"; a particle that is also an
				// article ("Der", "Den") only where the full name has it: "Der Jong" after
				// "Jesper de Jong" is the article and the surname.
				start = ws[wi-1].start
			}
			added = append(added, mention{start: start, end: w.end, typ: o.typ, canon: o.canon, strong: o.strong, sent: si})
		}
	}
	if len(added) > 0 {
		ms = dedupe(append(ms, added...))
	}

	ms = leadParticles(ms, sents, rw)
	minuteMarks(ms, r)

	out := make([]article.Entity, 0, len(ms))
	for i := range ms {
		m := &ms[i]
		t := text(m)
		e := article.Entity{Start: m.start, End: m.end, Text: t, Type: m.typ, Subtype: m.sub}
		switch {
		case m.canon != "":
			e.Canonical = m.canon
		case m.typ == article.EntityPerson:
			e.Canonical = personCanonical(t, full, personKey)
		default:
			e.Canonical = nameCanonical(m, t, r, ms, rw, wd)
		}
		e.Key = Key(e.Type, e.Canonical)
		out = append(out, e)
	}
	return out
}

// dropBlocked removes the blockers (see mention.block) and, one name one reading per
// article, every mention of a single word that runs on, in the text, into a span the
// article blocked elsewhere: "Berkeley" in a headline's "Berkeley Lights Completes ...",
// where the body shows "Berkeley Lights" to be no place. It returns the blocked spans'
// texts, lower-cased, one space between words.
func dropBlocked(ms []mention, r *article.Runes) ([]mention, map[string]bool) {
	var blocked map[string]bool
	credit := false
	for _, m := range ms {
		credit = credit || m.credit
		if m.block && m.typ == "" && !m.credit {
			// (A credit's words are kept out where they stand only: a photographer's
			// surname may be a player's too.)
			if blocked == nil {
				blocked = map[string]bool{}
			}
			blocked[strings.ToLower(strings.Join(strings.Fields(r.Slice(m.start, m.end)), " "))] = true
		}
	}
	if blocked == nil && !credit {
		return ms, nil
	}
	out := ms[:0]
	for _, m := range ms {
		if m.typ == "" {
			continue
		}
		if t := r.Slice(m.start, m.end); strings.IndexByte(t, ' ') < 0 && m.sub == "" {
			if blocked[strings.ToLower(t)] {
				continue // "Schamane", a role where the article shows it one
			}
			if nw := wordAfter(r, m.end); nw != "" && blocked[strings.ToLower(t+" "+nw)] {
				continue
			}
		} else if sp := strings.IndexByte(t, ' '); sp > 0 && m.typ == article.EntityPerson && m.sub == "" && !m.strong && blocked[strings.ToLower(t[:sp])] {
			m.start += utf8.RuneCountInString(t[:sp]) + 1 // "Schamane Verrett"
		}
		out = append(out, m)
	}
	return out, blocked
}

// hyphenWordEnd returns where the hyphenated word goes on to after offset end, when a
// hyphen and letters follow end, or end.
func hyphenWordEnd(r *article.Runes, end int) int {
	if end+1 >= r.Len() || r.Slice(end, end+1) != "-" {
		return end
	}
	e := end + 1
	for e < r.Len() && e < end+40 {
		c, _ := utf8.DecodeRuneInString(r.Slice(e, e+1))
		if !unicode.IsLetter(c) && c != '-' {
			break
		}
		e++
	}
	if e == end+1 {
		return end
	}
	return e
}

// wordAfter returns the word right after offset end when one space separates them, or "".
func wordAfter(r *article.Runes, end int) string {
	if end+1 >= r.Len() || r.Slice(end, end+1) != " " {
		return ""
	}
	e := end + 1
	for e < r.Len() && e < end+40 {
		c, _ := utf8.DecodeRuneInString(r.Slice(e, e+1))
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			break
		}
		e++
	}
	return r.Slice(end+1, e)
}

// personCanonical gives a person mention the fullest name with the same surname.
func personCanonical(t string, full map[string]string, personKey func(string) (string, bool)) string {
	last := t
	if sp := strings.LastIndexByte(t, ' '); sp > 0 {
		last = t[sp+1:]
	}
	if key, ok := personKey(strings.ToLower(last)); ok {
		if f, ok := full[key]; ok {
			// Only when the mention's words are all in the full name (no clash of two people
			// sharing a surname).
			// A sentence's capital is no part of the comparison, word for word: "Von der
			// Leyen" opening one is "Ursula von der Leyen". A caption's capitals are no
			// better form of a name written in mixed case.
			if p := strings.TrimSuffix(t, last); containsWords(f, p) || foldWords(f, p) && (hasLower(f) || !hasLower(t)) {
				return f
			}
		}
		if key != strings.ToLower(last) && strings.IndexByte(t, ' ') < 0 {
			return t[:len(key)]
		}
	}
	return t
}

// hasLower reports whether s holds a lower-case letter.
func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}

// foldWords reports whether every word of prefix is a word of full, case aside.
func foldWords(full, prefix string) bool {
	fs := strings.Fields(full)
	for _, w := range strings.Fields(prefix) {
		if !slices.ContainsFunc(fs, func(f string) bool { return strings.EqualFold(f, w) }) {
			return false
		}
	}
	return true
}

func containsWords(full, prefix string) bool {
	for _, w := range strings.Fields(prefix) {
		if !strings.Contains(full, w) {
			return false
		}
	}
	return true
}

// nameCanonical gives a place, organisation or other name its base form: a gazetteer
// spelling, the form without genitive -s when that form is seen or known, and the
// nominative of inflected adjectives ("der Europäischen Union" -> "Europäische Union") and of
// a genitive noun at the end ("des Europäischen Parlaments" -> "Europäische Parlament").
func nameCanonical(m *mention, t string, r *article.Runes, ms []mention, rw *ruleWords, wd *wordData) string {
	l := strings.ToLower(t)
	if k, ok := gazOnce().kind[l]; ok && k&^(gRole|gTitle|gAdj) != 0 {
		return gazOnce().canon[l]
	}
	if _, c := gazOnce().lookup(l); c != "" {
		return c
	}
	if m.typ == article.EntityOrganisation && m.sub == "" {
		if c := bodyCanonical(m, t, r, ms, rw); c != "" {
			return c
		}
	}
	if strings.IndexByte(t, ' ') < 0 {
		if b := strings.TrimSuffix(t, "s"); b != t && len(b) > 2 {
			for i := range ms {
				if ms[i].typ == m.typ && r.Slice(ms[i].start, ms[i].end) == b {
					return b
				}
			}
		}
		return t
	}
	if mk := multiKey(l); gazOnce().canon[mk] != "" {
		return gazOnce().canon[mk]
	}
	prev := ""
	if m.start > 0 {
		before := strings.TrimRightFunc(r.Slice(max(0, m.start-8), m.start), unicode.IsSpace)
		if sp := strings.LastIndexFunc(before, unicode.IsSpace); sp >= 0 {
			before = before[sp+1:]
		}
		prev = strings.ToLower(before)
	}
	if !rw.determiners[prev] {
		return t
	}
	ws := strings.Fields(t)
	for i := 0; i < len(ws)-1; i++ {
		if strings.HasSuffix(ws[i], "en") && isUpperStart(ws[i]) && utf8.RuneCountInString(ws[i]) > 4 && wd.dict(strings.ToLower(ws[i])) != 2 {
			// "der Deutschen Bahn" -> "Deutsche Bahn"; a word the dictionary knows only as a
			// noun keeps its "-en" ("der Flughafen BER").
			ws[i] = strings.TrimSuffix(ws[i], "n")
		}
	}
	if rw.genitives[prev] {
		ws[len(ws)-1] = genitiveStem(ws[len(ws)-1], wd)
	}
	return strings.Join(ws, " ")
}

// genitiveStem returns a capitalised noun without its genitive ending, "es" or "s", when the
// dictionary knows the shorter word as a noun ("Wetterdienstes" -> "Wetterdienst",
// "Parlaments" -> "Parlament", "Rates" -> "Rat"), else the word as it is.
func genitiveStem(w string, wd *wordData) string {
	if !isUpperStart(w) {
		return w
	}
	for _, suf := range []string{"es", "s"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		if l := strings.ToLower(stem); wd.dict(l)&2 != 0 || dictCompound(l, wd) {
			return stem
		}
	}
	return w
}

// dedupe sorts mentions and drops those overlapping an earlier, stronger or longer one.
func dedupe(ms []mention) []mention {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].end > ms[j].end
	})
	out := ms[:0]
	for _, m := range ms {
		if m.end <= m.start {
			continue
		}
		if n := len(out); n > 0 && out[n-1].end > m.start {
			o := &out[n-1]
			if m.strong && !o.strong {
				*o = m
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// otherName reports whether the capitalised word ws[wi], a name the article has found
// elsewhere (o), is here part of another name, so no mention of that name: a surname right
// after a given name the full name it was found in lacks ("Warren Brown" where the article
// names "Elizabeth Brown"; not after a stop word or a month: "September Kretschmer"), or an
// organisation right before a capitalised word of letters alone that no dictionary, list
// or role knows, mid-sentence ("Ubisoft LaForge"; not "Audi A4"). Only where no tagger
// reads the language: a tagger's names have spans of their own, and in German lists of
// surnames ("Norris Piastri Verstappen") and programme tables ("ProSieben Galileo") met
// these words.
func otherName(ws []word, ti []tokInfo, wi int, o mention, fullName string, wd *wordData, rw *ruleWords) bool {
	if o.typ == article.EntityPerson {
		if wi == 0 || fullName == "" || ws[wi-1].end+1 != ws[wi].start || !isUpperStart(ws[wi-1].text) {
			return false
		}
		p := &ti[wi-1]
		return (p.first || p.lex&lxFirst != 0) && !rw.stop(p.lower) && !rw.calendarWord(p.lower) &&
			!strings.Contains(" "+strings.ToLower(fullName)+" ", " "+p.lower+" ")
	}
	if o.typ != article.EntityOrganisation || o.sub != "" || wi == 0 || wi+1 >= len(ws) || ws[wi].end+1 != ws[wi+1].start || !isUpperStart(ws[wi+1].text) {
		return false
	}
	for _, c := range ws[wi+1].text {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	n := &ti[wi+1]
	return wd.dict(n.lower) == 0 && n.lex == 0 && n.gaz == 0 && n.role == 0 && !n.first && !rw.stop(n.lower) &&
		rw.title(ti, wi+1) == 0 && !rw.calendarWord(n.lower) && !isAllCaps(ws[wi+1].text)
}

// fullNameAt returns the number of words of the longest of the full names fs (each split
// into words) that the words from ws[wi] spell, one space apart, or 0.
func fullNameAt(ws []word, wi int, fs [][]string) int {
	best := 0
names:
	for _, f := range fs {
		if len(f) <= best || wi+len(f) > len(ws) {
			continue
		}
		for j, x := range f {
			if ws[wi+j].text != x || j > 0 && ws[wi+j].start != ws[wi+j-1].end+1 {
				continue names
			}
		}
		best = len(f)
	}
	return best
}

// plainFullName reports whether the words fs look like a person's full name enough to be
// looked for again as a whole: words of letters (no digits: "Airpods 4"; no acronym:
// "Shimano GRX"), the last of two or more ("Nuroad C"), and a given name first or no word of the dictionary at either end
// ("Grand Slam", "Deep Purple" the tagger took for persons stay as they were).
func plainFullName(fs []string, wd *wordData) bool {
	for _, f := range fs {
		if !unicode.IsLetter(firstRune(f)) || strings.ContainsAny(f, "0123456789") || utf8.RuneCountInString(f) > 1 && isAllCaps(f) {
			return false
		}
	}
	if utf8.RuneCountInString(fs[len(fs)-1]) < 2 {
		return false
	}
	g := gazOnce()
	first, last := strings.ToLower(fs[0]), strings.ToLower(fs[len(fs)-1])
	return g.kind[first]&gFirst != 0 || g.lex[first]&lxFirst != 0 || wd.dict(first) == 0 && wd.dict(last) == 0
}

// fullHas reports whether the full name name has the word w (lower case) among its words.
func fullHas(name, w string) bool {
	for _, f := range strings.Fields(name) {
		if strings.ToLower(f) == w {
			return true
		}
	}
	return false
}

// bodyNominative returns a public body's noun without its genitive ending
// ("Landesbetriebs" -> "Landesbetrieb", "Landesamtes" -> "Landesamt"), or "" when the word
// is no body's noun (an organisation noun after a prefix, rw.bodyWord, or one alone).
func bodyNominative(w string, rw *ruleWords) string {
	l := strings.ToLower(w)
	if !rw.bodyWord(l) && !rw.isOrgHead(l) {
		return ""
	}
	for _, end := range []string{"es", "s"} {
		if b, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(b) > 3 && (rw.bodyWord(strings.ToLower(b)) || rw.isOrgHead(strings.ToLower(b))) {
			return b
		}
	}
	return w
}

// bodyCanonical gives a public body's name in the nominative ("des Landesbetriebs für
// Küstenschutz" -> "Landesbetrieb für Küstenschutz"), and its noun alone, a body's noun
// after a prefix (rw.bodyWord), the one full name beginning with it that the article wrote
// before ("der Landesbetrieb", "des Landesbetriebs" -> "Landesbetrieb für Küstenschutz"),
// so that one body is one entity on the story page; "" when neither applies (two bodies of
// that noun before it: the noun stays as it is).
func bodyCanonical(m *mention, t string, r *article.Runes, ms []mention, rw *ruleWords) string {
	ws := strings.Fields(t)
	nom := bodyNominative(ws[0], rw)
	if nom == "" {
		return ""
	}
	if len(ws) >= 3 && ws[1] == "für" {
		return nom + " " + strings.Join(ws[1:], " ")
	}
	if len(ws) != 1 || !rw.bodyWord(strings.ToLower(ws[0])) {
		return "" // (an organisation noun alone, "Bund", is no body's short name)
	}
	full := ""
	for i := range ms {
		if ms[i].typ != article.EntityOrganisation || ms[i].sub != "" || ms[i].start >= m.start {
			continue // (the full name first, then the noun that refers to it)
		}
		o := strings.Fields(r.Slice(ms[i].start, ms[i].end))
		if len(o) < 3 || o[1] != "für" || bodyNominative(o[0], rw) != nom {
			continue
		}
		c := nom + " " + strings.Join(o[1:], " ")
		if full != "" && full != c {
			return ""
		}
		full = c
	}
	return full
}
