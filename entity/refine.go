package entity

import (
	"slices"
	"strings"
	"unicode"

	"crosscheck/article"
)

// refineNames corrects the mentions of one sentence, from the tagger and the rules alike,
// with what the pack's word lists say about names (see lang/de/words/entity_rules.txt):
//
//   - a name that ends in an event noun is an event, of type other ("US Open"); a place
//     noun before a place is no part of it ("Region Kursk");
//   - a body named with its place is one organisation ("Staatsanwaltschaft Braunschweig",
//     "Polizei Wuppertal"), not a place;
//   - an organisation noun with "für" and a capitalised word is one name ("Landesbetrieb
//     für Küstenschutz"), and a one-word public body is a name ("Landeshochwasserzentrum");
//   - a run of page furniture is no name ("Icon Maximize Icon Lightbox ..."), nor a word
//     repeated ("News News News");
//   - a person's name does not end in an everyday word ("Stefan Gelbhaar Bislang": the
//     next sentence's first word, where a period is missing).
//
// Mentions of this sentence start at ms[first].
func refineNames(ms []mention, first int, ws []word, ti []tokInfo, si int, rw *ruleWords, wd *wordData) []mention {
	at := func(start int) int {
		for i, w := range ws {
			if w.start == start {
				return i
			}
		}
		return -1
	}
	after := func(end int) int {
		for i, w := range ws {
			if w.end == end {
				return i + 1
			}
		}
		return -1
	}
	covering := func(i int) int {
		for k := first; k < len(ms); k++ {
			if ms[k].start <= ws[i].start && ws[i].end <= ms[k].end {
				return k
			}
		}
		return -1
	}
	// Bodies with their place, and organisation nouns with "für".
	for i := 0; i < len(ws); i++ {
		if !isUpperStart(ws[i].text) {
			continue
		}
		if rw.orgPlace[ti[i].lower] && i+1 < len(ws) && covering(i) < 0 {
			// (The tagger may call a district a person: "Gesundheitsamt Pankow".)
			if k := covering(i + 1); k >= 0 && (ms[k].typ == article.EntityPlace || ms[k].typ == article.EntityPerson && !ms[k].strong && ms[k].end == ws[i+1].end) &&
				ms[k].sub == "" && ms[k].start == ws[i+1].start {
				ms[k].start, ms[k].typ, ms[k].canon, ms[k].strong = ws[i].start, article.EntityOrganisation, "", true
				continue
			}
		}
		if rw.otherHeads[ti[i].lower] && i > 1 && i+2 < len(ws) && isUpperStart(ws[i-1].text) && wd.dict(ti[i-1].lower)&1 != 0 &&
			(ti[i+1].lower == "von" || ti[i+1].lower == "of") && isUpperStart(ws[i+2].text) && !isAllCaps(ws[i+2].text) {
			// "Großen Preis von Spanien", "Grand Prix of Monaco": an adjective, an event noun
			// and the place it is held in name the event.
			m := mention{start: ws[i-1].start, end: ws[i+2].end, typ: article.EntityOther, strong: true, sent: si}
			ms = append(dropInside(ms, first, m.start, m.end), m)
			i += 2
			continue
		}
		if (rw.isOrgHead(ti[i].lower) || rw.bodyWord(ti[i].lower)) && i+2 < len(ws) && ti[i+1].lower == "für" && isUpperStart(ws[i+2].text) {
			// (A body's genitive too: "des Landesbetriebs für Küstenschutz".)
			k, j := covering(i), i+3
			for j < len(ws) && isUpperStart(ws[j].text) && covering(j) < 0 {
				j++
			}
			if k >= 0 && (ms[k].typ != article.EntityOrganisation || ms[k].end != ws[i].end || covering(i+2) >= 0) {
				continue
			}
			if k < 0 {
				if !rw.bodyWord(ti[i].lower) && (i == 0 || !isAdjWord(ti[i-1].lower)) {
					continue // "Ausschuss für Wirtschaft" names no body; "Landesbetrieb für ..." does
				}
				ms = append(ms, mention{start: ws[i].start, typ: article.EntityOrganisation, sent: si})
				k = len(ms) - 1
			}
			ms[k].end, ms[k].strong = ws[j-1].end, true
			i = j - 1
			continue
		}
		if i > 0 && ws[i].start == ws[i-1].end+1 && strings.IndexByte(ws[i].text, '-') < 0 && endsIn(strings.TrimSuffix(ti[i].lower, "s"), rw.orgAfterName) && covering(i) < 0 {
			// "Heinrich Böll Stiftung", "Max Planck Institut": a person's name and, after a
			// space, an institution noun name the institution, as with a hyphen.
			if k := covering(i - 1); k >= 0 && ms[k].typ == article.EntityPerson && ms[k].sub == "" && ms[k].end == ws[i-1].end {
				ms[k].end, ms[k].typ, ms[k].canon, ms[k].strong = ws[i].end, article.EntityOrganisation, "", true
				continue
			}
			if i > 1 && ti[i-2].first && isUpperStart(ws[i-1].text) && !isAllCaps(ws[i-1].text) && wd.dict(ti[i-1].lower)&1 == 0 &&
				ws[i-1].start == ws[i-2].end+1 && covering(i-1) < 0 && covering(i-2) < 0 {
				ms = append(ms, mention{start: ws[i-2].start, end: ws[i].end, typ: article.EntityOrganisation, strong: true, sent: si})
				continue
			}
		}
		if rw.bodyWord(ti[i].lower) && covering(i) < 0 && i > 0 {
			ms = append(ms, mention{start: ws[i].start, end: ws[i].end, typ: article.EntityOrganisation, sent: si})
		}
		if strings.Count(ws[i].text, "-") >= 2 && institution(ws[i].text, 2, rw) && namedParts(ws[i].text, wd) && covering(i) < 0 {
			// "Bischof-Sproll-Bildungszentrums": names before an institution noun.
			ms = append(ms, mention{start: ws[i].start, end: ws[i].end, typ: article.EntityOrganisation, strong: true, sent: si})
		}
	}
	ms = cuedNames(ms, first, ws, ti, si, rw)
	// This sentence's mentions are read from a copy: a mention may become two (a role cut
	// off as a blocker, a town's adjective split from a body), and writing them into ms
	// would overwrite the next mention before it is read. The earlier sentences' mentions
	// stay where they are: copying them for every sentence made refining an article
	// quadratic in its mentions.
	tail := slices.Clone(ms[first:])
	out := ms[:first]
	for k := 0; k < len(tail); k++ {
		m := tail[k]
		a, b := at(m.start), after(m.end)
		if a < 0 || b <= a {
			out = append(out, m)
			continue
		}
		if m.typ == article.EntityPlace && !m.strong && m.sub == "" && b-a >= 2 && rw.isPlaceNoun(ti[a].lower) && isUpperStart(ws[a+1].text) {
			// "Region Kursk" names Kursk: the place noun is no part of the name.
			m.start, m.canon = ws[a+1].start, ""
			a++
		}
		if m.sub == "" && b-a >= 2 && rw.otherHeads[ti[b-1].lower] {
			m.typ = article.EntityOther
		}
		if !m.strong && (furniture(ti[a:b]) || b-a == 1 && gazOnce().notName[ti[a].lower]) {
			continue
		}
		if m.typ == article.EntityOrganisation && m.sub == "" && b < len(ws) && ws[b].start == ws[b-1].end+1 && modelNumber(ws[b].text) {
			// "Boeing 777", "Airbus A320": a maker and a model number name a product.
			e := b + 1
			for e < len(ws) && e < b+4 && (modelNumber(ws[e].text) || ws[e].text == "-" && e+1 < len(ws) && modelNumber(ws[e+1].text) ||
				ws[e-1].text == "-" || isAllCaps(ws[e].text) && utf8Len(ws[e].text) <= 3 && ws[e].start == ws[e-1].end+1) {
				e++
			}
			m.end, m.typ, m.canon, m.strong = ws[e-1].end, article.EntityOther, "", true
			b = e
		}
		if m.typ == article.EntityPerson && !m.strong && m.sub == "" {
			// "Aston Martin", "Lockheed Martin": a company of several words the lexicon
			// holds, not starting with a given name ("Hugo Boss" may be the man), is the
			// company, also where the tagger saw only its last words.
			l := ti[a].lower
			for i := a + 1; i < b; i++ {
				l += " " + ti[i].lower
			}
			lex := gazOnce().lex
			switch {
			case b-a >= 2 && !ti[a].first && ti[a].lex&lxFirst == 0 && lex[l]&lxOrg != 0:
				m.typ, m.canon, m.strong = article.EntityOrganisation, "", true
			case a > 0 && isUpperStart(ws[a-1].text) && !ti[a-1].first && ti[a-1].lex&lxFirst == 0 && ws[a].start == ws[a-1].end+1 &&
				(len(out) == 0 || out[len(out)-1].end <= ws[a-1].start) && lex[ti[a-1].lower+" "+l]&lxOrg != 0:
				m.start, m.typ, m.canon, m.strong = ws[a-1].start, article.EntityOrganisation, "", true
				a--
			}
		}
		if m.sub == "" && m.typ != article.EntityOrganisation && (institution(ws[b-1].text, b-a, rw) ||
			m.typ == article.EntityPerson && b-a >= 2 && strings.IndexByte(ws[b-1].text, '-') < 0 && endsIn(strings.TrimSuffix(ti[b-1].lower, "s"), rw.orgAfterName)) {
			// "Robert Koch-Institut", "Otto-Schott-Gymnasium": a name and an institution
			// noun after a hyphen name the institution, not a person.
			m.typ, m.canon, m.strong = article.EntityOrganisation, "", true
		}
		if m.typ == article.EntityPerson && !m.strong && m.sub == "" && (b-a >= 3 && (commonNoun(&ti[a], wd) || afterDeterminer(ws, ti, a, rw) && unnamed(&ti[a])) ||
			b-a == 2 && commonNoun(&ti[a], wd) && (ti[a+1].first || ti[a+1].lex&lxFirst != 0) && !isAllCaps(ws[a].text)) {
			// "der amerikanische Schamane Durek Verrett", "mit Ehemann William": a noun
			// before the name, or a word no list holds after an article and its
			// adjectives, is a role. The article learns it (a blocker), so "Schamane" is
			// a role everywhere in it.
			out = append(out, mention{start: ws[a].start, end: ws[a].end, sent: m.sent, block: true})
			m.start = ws[a+1].start
			a++
		}
		if m.typ == article.EntityPerson && !m.strong && m.sub == "" && b-a == 1 && commonNoun(&ti[a], wd) && k+1 < len(tail) &&
			tail[k+1].typ == article.EntityPerson && b < len(ws) && tail[k+1].start == ws[b].start {
			continue // "Schamane" before "Durek Verrett", tagged a person of its own
		}
		if m.typ == article.EntityOrganisation && m.sub == "" && b-a >= 2 {
			// "Wuppertaler Agentur für Arbeit": the place's adjective and a listed body.
			if p := gazOnce().adjPlace(ti[a].lower); p != "" {
				rest := ti[a+1].lower
				for i := a + 2; i < b; i++ {
					rest += " " + ti[i].lower
				}
				if k, c := gazOnce().lookup(rest); k&gOrg != 0 {
					out = append(out, mention{start: ws[a].start, end: ws[a].end, typ: article.EntityPlace, sub: SubtypeDerived,
						canon: p, strong: true, sent: m.sent})
					m.start, m.canon, m.strong = ws[a+1].start, c, true
				}
			}
		}
		if m.typ == article.EntityOrganisation && m.sub == "" && !m.cued && b-a >= 3 {
			// "Getty Images Emma Raducanu": a photo credit run into the caption's name, or
			// into the name that opens the text after it, is two names.
			if c := creditThenPerson(ws, ti, a, b, rw); c > a {
				out = append(out, mention{start: ws[a].start, end: ws[c-1].end, typ: article.EntityOrganisation, strong: true, sent: m.sent})
				m.start, m.typ, m.canon, m.strong, m.hasFirst = ws[c].start, article.EntityPerson, "", false, true
				a = c
			}
		}
		if m.typ == article.EntityPerson && a > 1 && isUpperStart(ws[a-1].text) && !isAllCaps(ws[a-1].text) && wd.dict(ti[a-1].lower)&1 == 0 &&
			(ti[a-1].first || ti[a-1].lex&lxFirst != 0) && ti[a-1].role == 0 && ti[a-1].gaz == 0 && (len(out) == 0 || out[len(out)-1].end <= ws[a-1].start) {
			m.start = ws[a-1].start // "gegen Taylor Fritz", where the tagger saw only "Fritz"
			a--
		}
		if m.typ == article.EntityPerson && m.sub == "" && b-a == 1 && k+1 < len(tail) && (ti[a].first || ti[a].lex&lxFirst != 0) && !m.strong {
			// A given name and, right after it, another person: one name ("Chris" "Martin"
			// where the surname is also a given name or a town).
			if n := tail[k+1]; n.typ == article.EntityPerson && n.sub == "" && b < len(ws) && n.start == ws[b].start && ws[b].start == ws[b-1].end+1 {
				m.end, m.hasFirst = n.end, true
				b = after(m.end)
				k++
			}
		}
		if m.typ == article.EntityPerson && !m.strong && b < len(ws) && prefixedSurname(ws[b].text) && ws[b].start == ws[b-1].end+1 {
			m.end = ws[b].end // "Jihia al-Sinwar", where the tagger saw only "Jihia"
			b++
		}
		if m.typ == article.EntityPerson && b-a >= 3 && isUpperStart(ws[b-1].text) &&
			(rw.isOrgHead(ti[b-1].lower) || b < len(ws) && (ti[b].lower == "of" || ti[b].lower == "for")) {
			// "Walter Alvarez von der University (of California)": a particle starts no
			// name part when an organisation's name follows it.
			c := b - 1
			for c > a+1 && ti[c-1].particle {
				c--
			}
			if c < b-1 {
				m.end, b = ws[c-1].end, c
			}
		}
		if m.typ == article.EntityPerson && b-a >= 3 {
			if l := &ti[b-1]; isUpperStart(ws[b-1].text) && wd.dict(l.lower) == 1 && !l.first && l.lex == 0 && l.gaz == 0 {
				m.end = ws[b-2].end
				b--
			}
		}
		if m.typ == article.EntityPerson && !m.strong && m.sub == "" && b-a >= 3 && nounAfterName(ws, ti, a, b, rw, wd) {
			// "Robert Andrich Mehlwürmer": a noun after a given name and a surname is no
			// part of the name, nor is a lower-case word it leaves at the end ("Marcel
			// Wachsmann zu Boden").
			b--
			for b-a > 2 && !isUpperStart(ws[b-1].text) {
				b--
			}
			m.end = ws[b-1].end
		}
		out = append(out, m)
	}
	return out
}

// creditThenPerson returns where a person's full name starts inside the organisation's
// name ws[a:b], or -1: after a picture agency of the pack's credits (one or two words) come
// a given name and one or two capitalised words, none a noun that ends an organisation's,
// a place's or an event's name.
func creditThenPerson(ws []word, ti []tokInfo, a, b int, rw *ruleWords) int {
	if len(rw.credits) == 0 {
		return -1
	}
	for c := a + 1; c <= a+2 && c <= b-2; c++ {
		if !ti[c].first || b-c > 3 {
			continue
		}
		l := ti[a].lower
		if c == a+2 {
			l += " " + ti[a+1].lower
		}
		if !rw.credits[l] {
			continue
		}
		for i := c; i < b; i++ {
			if !isUpperStart(ws[i].text) || isAllCaps(ws[i].text) || rw.isOrgHead(ti[i].lower) || rw.placeHeads[ti[i].lower] || rw.otherHeads[ti[i].lower] {
				return -1
			}
		}
		return c
	}
	return -1
}

// nounAfterName reports whether the last word of the person's name ws[a:b] is a noun of
// the dictionary that no list holds as a name, after a given name (or an initial, as
// photo credits write "C. Soeder") and a surname ("Robert Andrich Mehlwürmer", "Manuel
// Neuers Nationalmannschaftskarriere", "C.Soeder Europawahl"). (A surname in the
// genitive and a noun, "Müllers Traumtor", is cut article-wide: see articleLoneNouns.)
func nounAfterName(ws []word, ti []tokInfo, a, b int, rw *ruleWords, wd *wordData) bool {
	l := &ti[b-1]
	if !isUpperStart(ws[b-1].text) || strings.IndexByte(l.lower, '-') >= 0 {
		return false
	}
	// A proper noun the lexicon holds and no list as a person's name ("Europawahl") is as
	// much no name's part as a noun of the dictionary.
	if !propNoun(l) && (!unnamed(l) || wd.dict(l.lower)&2 == 0 && !dictCompound(l.lower, wd)) {
		return false
	}
	// (After a particle that is no word of the language the word is the surname:
	// "Marc-Andre ter Stegen"; after "von", "zu" it may be a noun: "Thomas Meier zu Gast".)
	p := &ti[b-2]
	s := a + 1 // the surname
	if isInitial(ws[a].text) && s < b && ws[s].text == "." {
		s++ // an initial for the given name: "C. Soeder"
	} else if !ti[a].first {
		return false
	}
	return b-1 > s && !ti[s].first && ti[s].lex&lxFirst == 0 &&
		!(p.particle && !rw.particleWords[p.lower])
}

// propNoun reports whether a word is one the lexicon holds only as a proper noun of no
// person, place or organisation ("Europawahl"), and no other list as a name or role.
func propNoun(t *tokInfo) bool {
	return t.lex == lxProp && !t.first && t.gaz == 0 && t.role == 0
}

// modelNumber reports whether a word is a product's model number: three digits or more
// that are no year ("777", "777-300"), or capitals and digits ("A320", "X5").
func modelNumber(w string) bool {
	digits, letters := 0, 0
	for i, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsUpper(r):
			letters++
		case r == '-' && i > 0 && i < len(w)-1: // "777-300"
		default:
			return false
		}
	}
	if digits == 0 || letters > 2 {
		return false
	}
	if letters == 0 {
		for _, p := range strings.Split(w, "-") {
			if len(p) < 3 {
				return false // "79-76" is a score
			}
		}
		return !(digits == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")))
	}
	return unicode.IsUpper(firstRune(w))
}

// institution reports whether the last word of a name of n words ends, after a hyphen, in
// a noun of the pack's org_after_name list (a genitive s allowed), the part before the
// hyphen being no acronym: "Koch-Institut" of "Robert Koch-Institut", or, when n is 1,
// a word of three parts or more such as "Otto-Schott-Gymnasium". "EU-Kommission" stays a
// part, as GermEval writes it.
func institution(last string, n int, rw *ruleWords) bool {
	h := strings.LastIndexByte(last, '-')
	if h <= 0 || len(rw.orgAfterName) == 0 {
		return false
	}
	head, tail := last[:h], strings.ToLower(last[h+1:])
	if n == 1 && !strings.Contains(head, "-") || isAllCaps(head) || !isUpperStart(head) {
		return false
	}
	return endsIn(tail, rw.orgAfterName) || endsIn(strings.TrimSuffix(tail, "s"), rw.orgAfterName)
}

// namedParts reports whether the parts of a hyphenated word before its last hyphen are all
// capitalised and one at least is a name, no word of the dictionary: "Bischof-Sproll".
func namedParts(text string, wd *wordData) bool {
	parts := strings.Split(text, "-")
	named := false
	for _, p := range parts[:len(parts)-1] {
		if !isUpperStart(p) || isAllCaps(p) {
			return false
		}
		l := strings.ToLower(p)
		named = named || wd.dict(l) == 0 || gazOnce().lexLookup(l)&(lxFirst|lxSur) != 0
	}
	return named
}

// afterDeterminer reports whether the word ws[a] follows an article, with nothing but
// lower-case words (adjectives: "der selbst ernannte") between: the place of a noun.
func afterDeterminer(ws []word, ti []tokInfo, a int, rw *ruleWords) bool {
	for i := a - 1; i >= 0 && i >= a-4; i-- {
		if rw.determiners[ti[i].lower] || rw.nameArticles[ti[i].lower] {
			return true
		}
		if isUpperStart(ws[i].text) || !isWordRune(firstRune(ws[i].text)) {
			return false
		}
	}
	return false
}

// unnamed reports whether no list holds a word as a name or a title.
func unnamed(t *tokInfo) bool {
	return !t.first && t.lex == 0 && t.gaz == 0 && t.role == 0 && !isAllCaps(t.lower)
}

// commonNoun reports whether a word is a capitalised noun of the dictionary and no name
// any list holds: "Schamane", not "Koch" (a surname) or "Guido".
func commonNoun(t *tokInfo, wd *wordData) bool {
	return t.dict == 2 && !t.first && t.lex == 0 && t.gaz == 0 && t.role == 0 && wd != nil
}

// furniture reports whether a mention's words look like page furniture rather than a name:
// a word three times or more, or more than six capitalised words with no word to join them.
func furniture(ti []tokInfo) bool {
	seen := map[string]int{}
	for _, t := range ti {
		seen[t.lower]++
		if seen[t.lower] >= 3 {
			return true
		}
	}
	if len(ti) <= 6 {
		return false
	}
	for _, t := range ti {
		if t.joiner {
			return false
		}
	}
	return true
}

// cuedNames types names by the noun before them, as a reader does: after an organisation
// cue ("die Band Coldplay", "der US-Sender CBS", "Kurznachrichtendienst X") a name is an
// organisation, whatever the tagger said; a quoted title after a noun of works ("das neue
// Album „Moon Music“", "Arbeitstitel „Das dunkle Vermächtnis“") is a work, of type other,
// lower-case words and all. Mentions of this sentence start at ms[first]; ms is returned
// in text order from first on.
func cuedNames(ms []mention, first int, ws []word, ti []tokInfo, si int, rw *ruleWords) []mention {
	if len(rw.orgCues) == 0 && len(rw.workCues) == 0 && len(rw.orgLeads) == 0 && len(rw.thingCues) == 0 {
		return ms
	}
	starting := func(start int) int {
		for k := first; k < len(ms); k++ {
			if ms[k].start == start {
				return k
			}
		}
		return -1
	}
	// A capitalised cue may be a compound ending in the noun (German "Rockband"); a
	// lower-case one must be the noun itself ("the band", not "husband").
	// A capitalised cue may be in the genitive ("des Fernsehsenders Avrotros").
	genitive := false // whether the last cue is(…) found was in the genitive
	is := func(i int, ns []string) bool {
		genitive = false
		l := ti[i].lower
		if rw.cueTails[l[max(0, len(l)-3):]] {
			if isUpperStart(ws[i].text) {
				return endsIn(l, ns)
			}
			return slices.Contains(ns, l)
		}
		if g, ok := strings.CutSuffix(l, "s"); ok && isUpperStart(ws[i].text) {
			if g2, ok := strings.CutSuffix(g, "e"); ok && rw.cueTails[g2[max(0, len(g2)-3):]] && endsIn(g2, ns) {
				genitive = true // "des Verlages"
				return true
			}
			genitive = rw.cueTails[g[max(0, len(g)-3):]] && endsIn(g, ns)
			return genitive
		}
		return false
	}
	for i := 1; i < len(ws); i++ {
		if !isUpperStart(ws[i].text) && !openQuote(ws[i].text) {
			continue
		}
		if openQuote(ws[i].text) && is(i-1, rw.workCues) && i+1 < len(ws) && isUpperStart(ws[i+1].text) {
			j := i + 1
			for j < len(ws) && j < i+10 && !closeQuote(ws[j].text) && !openQuote(ws[j].text) {
				j++
			}
			if j == len(ws) || j == i+10 || !closeQuote(ws[j].text) {
				continue
			}
			e := j - 1
			for e > i+1 && (ws[e].text == "." || ws[e].text == ",") {
				e-- // “Falling.”: the sentence's period inside the quotation marks
			}
			m := mention{start: ws[i+1].start, end: ws[e].end, typ: article.EntityOther, strong: true, sent: si}
			ms = dropInside(ms, first, m.start, m.end)
			covered := false
			for k := first; k < len(ms); k++ {
				covered = covered || ms[k].start < m.end && m.start < ms[k].end
			}
			if !covered {
				ms = append(ms, m)
			}
			i = j
			continue
		}
		if !isUpperStart(ws[i].text) || ti[i].role != 0 || strings.IndexByte(ws[i].text, '-') >= 0 {
			continue
		}
		// A lead noun is part of the name it starts ("Bündnis Sahra Wagenknecht", "Verlag
		// Paul Haupt"); a cue is not ("die Band Coldplay").
		lead := isUpperStart(ws[i-1].text) && rw.orgLeads[ti[i-1].lower]
		if !lead && !is(i-1, rw.orgCues) {
			if is(i-1, rw.thingCues) {
				ms = thingAfterCue(ms, first, ws, ti, i, rw)
			}
			continue
		}
		k := starting(ws[i].start)
		if k < 0 {
			// The tagger may have taken the noun into a person's name ("Sender Heinz Meier").
			if k = starting(ws[i-1].start); k >= 0 && (ms[k].end < ws[i].end || ms[k].typ == article.EntityOrganisation && !lead) {
				k = -1
			}
		}
		if (ti[i].first || k >= 0 && ms[k].typ == article.EntityPerson) && personAfterCue(ws, ti, i, k, ms, rw) {
			continue // "die Partei Sahra Wagenknechts", "sagte der Zeitung Anna Schmidt"
		}
		if genitive && (ti[i].first || k >= 0 && (ms[k].typ == article.EntityPerson && ms[k].hasFirst || ms[k].typ == article.EntityPlace)) {
			// After a cue in the genitive a person's full name is someone of it ("der CEO
			// des Konzerns Roland Weening"), and a place is where it is ("des Turnvereins
			// Kirrlach").
			continue
		}
		switch {
		case k >= 0 && ms[k].sub == "" && ms[k].typ != article.EntityOrganisation && (!ms[k].strong || ms[k].typ == article.EntityPerson):
			ms[k].typ, ms[k].canon, ms[k].strong, ms[k].cued = article.EntityOrganisation, "", true, true
			if lead {
				ms[k].start = ws[i-1].start
			} else if ms[k].start < ws[i].start {
				ms[k].start = ws[i].start // "Sender Heinz Meier" taken whole: the cue is no part
			}
		case k >= 0 && lead && ms[k].sub == "" && ms[k].typ == article.EntityOrganisation && ms[k].start == ws[i].start:
			ms[k].start, ms[k].canon, ms[k].cued = ws[i-1].start, "", true
		case k >= 0 && ms[k].sub == "" && ms[k].typ == article.EntityOrganisation && ms[k].start == ws[i].start:
			ms[k].cued = true // the tagger agrees: the article's reading all the same
		case k < 0:
			j := i + 1
			for j < len(ws) && j < i+3 && isUpperStart(ws[j].text) && strings.IndexByte(ws[j].text, '-') < 0 {
				j++
			}
			if j+1 < len(ws) && ws[j].text == "." && ws[j].start == ws[j-1].end && ws[j+1].start == ws[j].end {
				continue // "Sat.1": the words are part of a name they do not end
			}
			covered := false
			for k := first; k < len(ms); k++ {
				covered = covered || ms[k].start < ws[j-1].end && ws[i].start < ms[k].end
			}
			if !covered {
				m := mention{start: ws[i].start, end: ws[j-1].end, typ: article.EntityOrganisation, strong: true, cued: true, sent: si}
				if lead {
					m.start = ws[i-1].start
				}
				ms = append(ms, m)
			}
		}
	}
	slices.SortStableFunc(ms[first:], func(a, b mention) int { return a.start - b.start })
	return ms
}

// thingAfterCue retypes the person the tagger found right after a noun of substances or
// products ("das Steroid Clostebol", "das Schmerzmittel Ibuprofen"): a drug's or a
// product's name is unknown to the lists and shaped like a surname, and as a person it
// takes the words of the sentence's elided subject. The person may hold the cue itself
// ("Steroid Clostebol"), which then is no part of the name. A given name after the cue, or a
// possessor in the genitive, is still someone ("das Medikament Anna Schmidts").
func thingAfterCue(ms []mention, first int, ws []word, ti []tokInfo, i int, rw *ruleWords) []mention {
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.typ != article.EntityPerson || m.sub != "" || m.end < ws[i].end || i+1 < len(ws) && m.end > ws[i+1].end || (m.start != ws[i].start && m.start != ws[i-1].start) {
			continue
		}
		if ti[i].first || personAfterCue(ws, ti, i, k, ms, rw) {
			return ms
		}
		m.typ, m.canon, m.strong, m.cued, m.start = article.EntityOther, "", true, true, ws[i].start
		return ms
	}
	return ms
}

// personAfterCue reports whether a person's name after an organisation cue (ws[i] its
// first word, ms[k] its mention when there is one) is still a person: a possessor in the
// genitive ("die Partei Sahra Wagenknechts": her party), or the subject after a dative
// object of a verb of saying ("Das sagte der Zeitung Anna Schmidt").
func personAfterCue(ws []word, ti []tokInfo, i, k int, ms []mention, rw *ruleWords) bool {
	last := i
	if k >= 0 {
		for last+1 < len(ws) && ws[last+1].end <= ms[k].end {
			last++
		}
	} else {
		for last+1 < len(ws) && last < i+2 && isUpperStart(ws[last+1].text) {
			last++
		}
	}
	if last > i && strings.HasSuffix(ti[last].lower, "s") && !strings.HasSuffix(ti[last].lower, "ss") {
		return true
	}
	for j := i - 2; j >= 0 && j >= i-3; j-- {
		if rw.saying(ti[j].lower) {
			return true
		}
	}
	return false
}

func openQuote(s string) bool {
	return s == "„" || s == "\"" || s == "“" || s == "«" || s == "»" || s == "‚"
}

func closeQuote(s string) bool {
	return s == "“" || s == "\"" || s == "”" || s == "«" || s == "»" || s == "‘"
}
