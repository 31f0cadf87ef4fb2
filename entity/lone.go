package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// articleLoneNouns drops a person the tagger alone found as one word after an article
// that is a noun of the dictionary and no name of any list ("ein Traumtor", "die
// Currysauce", "eines Babys"), unless the article introduces a person of that surname by a longer name
// ("Thomas Müller" before "Müller", "Tanja Topf" before "Topf"): news introduce a person
// by the full name before the surname alone, so a capitalised noun that never follows a
// given name in the article is a noun. The dictionary capitalises nouns only in a language
// that capitalises them (German); elsewhere no word qualifies and nothing is dropped.
func articleLoneNouns(ms []mention, sents [][]word, infoss [][]tokInfo, r *article.Runes, rw *ruleWords, wd *wordData) []mention {
	if wd == nil {
		return ms
	}
	cand := false
	for _, m := range ms {
		if loneNoun(m, sents, infoss, rw, wd) || genitiveAndNoun(m, sents, infoss, wd, nil, true) > 0 || roleNoun(m, sents, infoss, wd) ||
			taggerWord(m, sents, infoss, wd) || listNoun(m, ms, sents, infoss, wd) || taggerAlone(m, sents, infoss) {
			cand = true
			break
		}
	}
	if !cand {
		return ms
	}
	nouns := nounsElsewhere(ms, sents, infoss, rw, wd)
	declined := declinedNouns(ms, sents, infoss)
	mostlyNoun := nounsMostly(ms, sents, infoss, rw, wd)
	// Surnames the article gives with a name before them, in the nominative and without a
	// genitive s.
	full := map[string]bool{}
	firsts := map[string]bool{}      // the first words of those names ("Emanuela" of "Emanuela Orlandi")
	givens := map[string]bool{}      // those of them not a genitive before a noun ("Annas Traumtor")
	givenFull := map[string]string{} // the one full name of each of those ("" for two)
	for _, m := range ms {
		if m.typ != article.EntityPerson || m.sub != "" {
			continue
		}
		t := r.Slice(m.start, m.end)
		i := strings.LastIndexAny(t, " -")
		if i < 0 {
			continue
		}
		last := strings.ToLower(t[i+1:])
		full[last] = true
		full[strings.TrimSuffix(last, "s")] = true
		firsts[strings.ToLower(t[:strings.IndexAny(t, " -")])] = true
		if genitiveAndNoun(m, sents, infoss, wd, nil, true) == 0 {
			g := strings.ToLower(t[:strings.IndexAny(t, " -")])
			givens[g] = true
			if f, seen := givenFull[g]; !seen || f == t+"s" {
				givenFull[g] = t
			} else if f != t && f+"s" != t {
				givenFull[g] = "" // two people of that given name
			}
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if e := genitiveAndNoun(m, sents, infoss, wd, full, false); e > 0 {
			m.end = e // "Müllers Traumtor" where the article names Thomas Müller
		} else if e := genitiveAndNoun(m, sents, infoss, wd, givens, true); e > 0 {
			// "Heidis Final-Outfits" where the article names Heidi Klum: the genitive is hers
			// when she is the one person of that given name the article names in full.
			m.end = e
			m.canon = givenFull[strings.TrimSuffix(strings.ToLower(r.Slice(m.start, m.end)), "s")]
		}
		l := strings.ToLower(r.Slice(m.start, m.end))
		if loneNoun(m, sents, infoss, rw, wd) || roleNoun(m, sents, infoss, wd) && (nouns[l] || plainNoun(m, sents, infoss, rw, wd)) ||
			listNoun(m, ms, sents, infoss, wd) || declined[l] && taggerAlone(m, sents, infoss) ||
			mostlyNoun[l] && taggerWord(m, sents, infoss, wd) && !firsts[strings.TrimSuffix(l, "s")] && !firsts[l] {
			if !full[l] && !full[strings.TrimSuffix(l, "s")] {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// genitiveAndNoun returns, for a person's name of two words that are a surname in the
// genitive and a noun of the dictionary no list holds as a name ("Müllers Traumtor",
// "Köhlers Energieleistung"), the end of the surname, when full (the surnames the article
// gives after a given name) holds it, or with nil full whenever the words are so; else 0.
// With given, full holds the given names of the article's full names instead, and the
// genitive may be a given name of the lists ("Heidis Final-Outfits" where the article names
// Heidi Klum), though not one of those names itself ("Thomas" of "Thomas Müller"); a word
// joined by a hyphen after it is a noun too, whatever the dictionary holds: a double surname
// follows a given name, not its genitive.
func genitiveAndNoun(m mention, sents [][]word, infoss [][]tokInfo, wd *wordData, full map[string]bool, given bool) int {
	if m.typ != article.EntityPerson || m.sub != "" || m.strong || m.sent >= len(sents) {
		return 0
	}
	ws, ti := sents[m.sent], infoss[m.sent]
	a := wordStarting(ws, m.start)
	if a < 0 || a+1 >= len(ws) || ws[a+1].end != m.end {
		return 0
	}
	g, n := &ti[a], &ti[a+1]
	stem, ok := strings.CutSuffix(g.lower, "s")
	if !ok || strings.HasSuffix(stem, "s") || g.first || given && full[g.lower] || !isUpperStart(ws[a+1].text) || !unnamed(n) || !joinedDictNoun(ws[a+1].text, wd) && !(given && strings.IndexByte(n.lower, '-') > 0) {
		return 0
	}
	if full != nil && !full[stem] {
		return 0
	}
	return ws[a].end
}

// joinedDictNoun reports whether l is a noun of the dictionary, two of its words joined
// ("Traumtor"), or such nouns joined by hyphens, the first may be any word of the dictionary
// or an acronym ("Final-Outfits", "EM-Kader", the plural s aside). A double surname has a
// part no dictionary holds ("Heufer-Umlauf").
func joinedDictNoun(text string, wd *wordData) bool {
	parts := strings.Split(text, "-")
	for i, p := range parts {
		if p == "" {
			return false
		}
		acronym := utf8.RuneCountInString(p) <= 4 && isAllCaps(p)
		p = strings.ToLower(p)
		if i == 0 && len(parts) > 1 {
			if wd.dict(p) == 0 && !dictCompound(p, wd) && !acronym {
				return false
			}
			continue
		}
		if wd.dict(p)&2 == 0 && wd.dict(strings.TrimSuffix(p, "s"))&2 == 0 && !dictCompound(p, wd) {
			return false
		}
	}
	return true
}

// loneNoun reports whether m is a person of one word, found by the tagger alone, that
// the dictionary capitalises (or writes as two of its words joined: "Traumtor") and no
// list holds as a name or title.
func loneNoun(m mention, sents [][]word, infoss [][]tokInfo, rw *ruleWords, wd *wordData) bool {
	if m.typ != article.EntityPerson || m.sub != "" || m.strong || m.hasFirst || m.roleCue || m.sent >= len(sents) {
		return false
	}
	ws := sents[m.sent]
	a := wordStarting(ws, m.start)
	if a < 0 || ws[a].end != m.end {
		return false
	}
	ti := infoss[m.sent]
	return nounPlace(ws, ti, a, rw) && dictNoun(&ti[a], wd)
}

// nounPlace reports whether ws[a] stands where a noun does: after an article, a
// determiner or a possessive, with nothing but lower-case words (adjectives: "seine
// selbstgemachte") between; not after a relative pronoun (", den Müller leitet", ", mit
// dem Kretschmer").
func nounPlace(ws []word, ti []tokInfo, a int, rw *ruleWords) bool {
	d := a - 1
	for d >= 0 && d > a-4 && !rw.nameArticles[ti[d].lower] && !rw.determiners[ti[d].lower] && !rw.possessives[ti[d].lower] {
		if isUpperStart(ws[d].text) || !isWordRune(firstRune(ws[d].text)) {
			return false
		}
		d--
	}
	return !(d < 0 || d == a-4 || d >= 1 && ws[d-1].text == "," || d >= 2 && ws[d-2].text == "," && !isUpperStart(ws[d-1].text))
}

// adjectiveBefore reports whether ws[a] follows an article and one or two lower-case
// words ("dass eine absolute Immunität"): a relative pronoun is never so followed.
func adjectiveBefore(ws []word, ti []tokInfo, a int, rw *ruleWords) bool {
	for d := a - 2; d >= 0 && d >= a-3; d-- {
		if isUpperStart(ws[d+1].text) || !isWordRune(firstRune(ws[d+1].text)) {
			return false
		}
		if rw.nameArticles[ti[d].lower] || rw.determiners[ti[d].lower] || rw.possessives[ti[d].lower] {
			return true
		}
	}
	return false
}

// taggerWord reports whether m is a person of one word the tagger alone found (no list,
// title or role) that is a noun of the dictionary no list holds as a name (see dictNoun).
func taggerWord(m mention, sents [][]word, infoss [][]tokInfo, wd *wordData) bool {
	if m.typ != article.EntityPerson || m.sub != "" || m.strong || m.hasFirst || m.roleCue || m.sent >= len(sents) {
		return false
	}
	ws := sents[m.sent]
	a := wordStarting(ws, m.start)
	return a >= 0 && ws[a].end == m.end && dictNoun(&infoss[m.sent][a], wd)
}

// nounsMostly returns the words of the tagger's one-word persons (see taggerWord) that the
// article writes where a noun stands (after an article, a determiner or a possessive, with
// adjectives or nothing between) at least as often as elsewhere: "die Polarlichter", "bei
// der Europawahl" make every "Polarlichter" and "Europawahl" of the article a noun, where
// one noun place alone keeps a name written mostly as one ("der Isaak" beside fifteen
// "Isaak").
func nounsMostly(ms []mention, sents [][]word, infoss [][]tokInfo, rw *ruleWords, wd *wordData) map[string]bool {
	var count map[string][2]int // word -> occurrences, of them in a noun's place
	for _, m := range ms {
		if taggerWord(m, sents, infoss, wd) {
			if count == nil {
				count = map[string][2]int{}
			}
			count[infoss[m.sent][wordStarting(sents[m.sent], m.start)].lower] = [2]int{}
		}
	}
	if count == nil {
		return nil
	}
	for si, ws := range sents {
		for i := range ws {
			c, ok := count[infoss[si][i].lower]
			if !ok || !isUpperStart(ws[i].text) {
				continue
			}
			c[0]++
			if i > 0 && (nounPlace(ws, infoss[si], i, rw) || adjectiveBefore(ws, infoss[si], i, rw)) {
				c[1]++
			}
			count[infoss[si][i].lower] = c
		}
	}
	out := map[string]bool{}
	for w, c := range count {
		out[w] = c[1] > 0 && 2*c[1] >= c[0]
	}
	return out
}

// dictNoun reports whether a word is one the dictionary capitalises (or two of its words
// joined: "Traumtor", or one in the genitive: "Babys") and no list holds as a name or title.
func dictNoun(t *tokInfo, wd *wordData) bool {
	if !unnamed(t) || strings.IndexByte(t.lower, '-') >= 0 {
		return false
	}
	stem := strings.TrimSuffix(t.lower, "s")
	return wd.dict(t.lower)&2 != 0 || wd.dict(stem)&2 != 0 || dictCompound(t.lower, wd)
}

// roleNoun reports whether m is a person of one word that a role before it made one
// ("Präsident Immunität", where the article has "als Präsident Immunität zusteht"), the
// word being a noun of the dictionary that no list holds as a name.
func roleNoun(m mention, sents [][]word, infoss [][]tokInfo, wd *wordData) bool {
	if m.typ != article.EntityPerson || m.sub != "" || !m.roleCue || m.hasFirst || m.sent >= len(sents) {
		return false
	}
	ws := sents[m.sent]
	a := wordStarting(ws, m.start)
	if a < 1 || ws[a].end != m.end || infoss[m.sent][a-1].role == 0 {
		return false
	}
	return dictNoun(&infoss[m.sent][a], wd)
}

// nounsElsewhere returns the words of roles' persons (see roleNoun) that the article also
// writes after an article and an adjective ("eine absolute Immunität"): there the word is a
// noun, and a noun a role happens to stand before names no one. (An article alone is no
// evidence: German speech puts one before a person's name, "der Isaak".)
func nounsElsewhere(ms []mention, sents [][]word, infoss [][]tokInfo, rw *ruleWords, wd *wordData) map[string]bool {
	cands := candidateWords(ms, sents, infoss, func(m mention) bool { return roleNoun(m, sents, infoss, wd) })
	if cands == nil {
		return nil
	}
	for si, ws := range sents {
		for i := 1; i < len(ws); i++ {
			if seen, ok := cands[infoss[si][i].lower]; ok && !seen && adjectiveBefore(ws, infoss[si], i, rw) {
				cands[infoss[si][i].lower] = true
			}
		}
	}
	return cands
}

// articleCuedNames gives a name the reading a cue gave it anywhere in the article: where
// the text says "die US-Band Linkin Park" once, "Linkin Park" is the band in every
// sentence, not the place the tagger or the place-noun rule took it for where no cue
// stands: the cue is evidence of this article, the lists are not.
func articleCuedNames(ms []mention, r *article.Runes) []mention {
	var cued map[string]string
	for _, m := range ms {
		if m.cued && m.sub == "" {
			if cued == nil {
				cued = map[string]string{}
			}
			cued[strings.ToLower(r.Slice(m.start, m.end))] = m.typ
		}
	}
	for k := range ms {
		m := &ms[k]
		if cued == nil || m.cued || m.sub != "" || m.block {
			continue
		}
		if typ, ok := cued[strings.ToLower(r.Slice(m.start, m.end))]; ok {
			m.typ, m.canon, m.strong = typ, "", true
		}
	}
	return ms
}

// listNoun reports whether m is a person of one word, a dictionary noun no list holds as
// a name (see dictNoun), that stands inside a list (a comma, "und" or "oder" on both
// sides) between capitalised words, one of them a dictionary noun no list holds as a name
// and no mention covers, and no member of the list a person: "Zuckerwatte, Robodog,
// Krokodil", "Kesselfleisch, Steaks und Würstchen": a list's members are alike. A name in
// a line-up ("Kaplan, Kahveci, Okay") has persons beside it; one after a clause ("im
// Glück, Burkhardt verpasst") or before a relative clause ("Pfosten, Günok, der") is in
// no list.
func listNoun(m mention, ms []mention, sents [][]word, infoss [][]tokInfo, wd *wordData) bool {
	if m.typ != article.EntityPerson || m.sub != "" || m.strong || m.hasFirst || m.roleCue || m.sent >= len(sents) {
		return false
	}
	ws, ti := sents[m.sent], infoss[m.sent]
	a := wordStarting(ws, m.start)
	if a < 2 || a+2 >= len(ws) || ws[a].end != m.end || !dictNoun(&ti[a], wd) {
		return false
	}
	joint := func(j int) bool { return ws[j].text == "," || ti[j].lower == "und" || ti[j].lower == "oder" }
	if !joint(a-1) || !joint(a+1) {
		return false
	}
	// No other member of the whole list is a person.
	for _, step := range [2]int{-2, 2} {
		for k := a + step; k >= 0 && k < len(ws) && joint(k-step/2) && isUpperStart(ws[k].text); k += step {
			for _, o := range ms {
				if o.typ == article.EntityPerson && o.start < ws[k].end && ws[k].start < o.end {
					return false
				}
			}
		}
	}
	noun := false
	for _, k := range [2]int{a - 2, a + 2} {
		if !isUpperStart(ws[k].text) {
			return false
		}
		covered := false
		for _, o := range ms {
			if o.start < ws[k].end && ws[k].start < o.end {
				covered = true
			}
		}
		n := &ti[k]
		if !covered && unnamed(n) && strings.IndexByte(n.lower, '-') < 0 && (wd.dict(n.lower) == 2 || dictCompound(n.lower, wd)) {
			noun = true
		}
	}
	return noun
}

// plainNoun reports whether the one word of m is a dictionary noun that no surname is
// like: one with an ending of abstract nouns (the pack's noun_ending: "Stellung"), a
// plural whose singular the dictionary holds too (plural_ending: "Berichte", "Ideen",
// "Reportern"), or a word right before a month or a figure ("Mitte September", "Nummer
// 1"). Surnames that are nouns ("Winter", "Freund", "Keller", "Herzog") are none of these.
func plainNoun(m mention, sents [][]word, infoss [][]tokInfo, rw *ruleWords, wd *wordData) bool {
	ws, ti := sents[m.sent], infoss[m.sent]
	a := wordStarting(ws, m.start)
	if a < 0 || !dictNoun(&ti[a], wd) {
		return false
	}
	l := ti[a].lower
	for _, e := range rw.nounEndings {
		if strings.HasSuffix(l, e) && utf8.RuneCountInString(l) >= utf8.RuneCountInString(e)+3 {
			return true
		}
	}
	for _, e := range rw.pluralEndings {
		if stem, ok := strings.CutSuffix(l, e); ok && utf8.RuneCountInString(stem) >= 4 && wd.dict(stem)&2 != 0 &&
			gazOnce().kind[stem]&gFirst == 0 && gazOnce().lexLookup(stem) == 0 {
			return true
		}
	}
	if a+1 < len(ws) {
		n := ws[a+1].text
		if _, ok := rw.months[ti[a+1].lower]; ok || unicode.IsDigit(firstRune(n)) {
			return true
		}
	}
	return false
}

// candidateWords maps the lower-cased first word of each mention that "is" accepts to false
// (not yet seen elsewhere); nil when none is.
func candidateWords(ms []mention, sents [][]word, infoss [][]tokInfo, is func(mention) bool) map[string]bool {
	var cands map[string]bool
	for _, m := range ms {
		if is(m) {
			if cands == nil {
				cands = map[string]bool{}
			}
			cands[infoss[m.sent][wordStarting(sents[m.sent], m.start)].lower] = false
		}
	}
	return cands
}

// declinedNouns returns the words of the tagger's one-word persons (see taggerAlone) that
// the article also writes with a case ending names do not take, capitalised: "Polarlichter"
// beside "von Polarlichtern", "Zeitzeuge" beside "den Zeitzeugen". A name takes only the
// genitive s.
func declinedNouns(ms []mention, sents [][]word, infoss [][]tokInfo) map[string]bool {
	cands := candidateWords(ms, sents, infoss, func(m mention) bool { return taggerAlone(m, sents, infoss) })
	if cands == nil {
		return nil
	}
	for si, ws := range sents {
		for i, w := range ws {
			if !isUpperStart(w.text) {
				continue
			}
			l := infoss[si][i].lower
			if !unnamed(&infoss[si][i]) || inPerson(ms, w) {
				continue
			}
			for _, e := range [...]string{"n", "en"} {
				if stem, ok := strings.CutSuffix(l, e); ok {
					if _, c := cands[stem]; c {
						cands[stem] = true
					}
				}
			}
		}
	}
	return cands
}

// taggerAlone reports whether m is a person of one word of six letters or more, found by
// the tagger alone (no list, title or role), that no list holds as a name, whether or not
// the dictionary knows it ("Polarlichter").
func taggerAlone(m mention, sents [][]word, infoss [][]tokInfo) bool {
	if m.typ != article.EntityPerson || m.sub != "" || m.strong || m.hasFirst || m.roleCue || m.sent >= len(sents) {
		return false
	}
	ws := sents[m.sent]
	a := wordStarting(ws, m.start)
	return a >= 0 && ws[a].end == m.end && unnamed(&infoss[m.sent][a]) && utf8.RuneCountInString(ws[a].text) >= 6 &&
		strings.IndexByte(ws[a].text, '-') < 0
}

// inPerson reports whether a person's mention covers w.
func inPerson(ms []mention, w word) bool {
	for _, o := range ms {
		if o.typ == article.EntityPerson && o.start < w.end && w.start < o.end {
			return true
		}
	}
	return false
}
