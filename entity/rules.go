package entity

import (
	"sort"
	"strings"
	"unicode"

	"crosscheck/article"
)

// corpSuffixes end an organisation's name: "Siemens AG", "Musterfirma GmbH".
var corpSuffixes = map[string]bool{"gmbh": true, "ag": true, "se": true, "kg": true, "inc": true,
	"ltd": true, "corp": true, "plc": true, "llc": true, "e.v": true, "ev": true, "co": true,
	// Newspapers and broadcasters: "New York Times", "Neue Zürcher Zeitung".
	"times": true, "post": true, "journal": true, "zeitung": true, "tribune": true, "herald": true,
	"rundschau": true, "kurier": true, "guardian": true, "telegraph": true, "chronicle": true, "allgemeine": true}

// isAdjWord reports whether a capitalised word looks like an inflected adjective
// ("Europäischen", "Politische", "Internationaler").
func isAdjWord(lower string) bool {
	b := stripAdjEnding(lower)
	return b != lower && (strings.HasSuffix(b, "isch") || strings.HasSuffix(b, "lich") || strings.HasSuffix(b, "ig") ||
		strings.HasSuffix(b, "al") || strings.HasSuffix(b, "iert") || gazOnce().adj[b] != "" || b == "vereint" || b == "neu")
}

// applyRules adds what gazetteers, titles, roles and compounds say about one sentence, and
// corrects the tagger's type where a list is sure.
// Mentions of this sentence start at ms[first].
func applyRules(ms []mention, first int, ws []word, ti []tokInfo, si int, rw *ruleWords, wd *wordData) []mention {
	covered := func(start, end int) int {
		for k := first; k < len(ms); k++ {
			if ms[k].start < end && start < ms[k].end {
				return k
			}
		}
		return -1
	}
	add := func(m mention) {
		if k := covered(m.start, m.end); k >= 0 {
			o := &ms[k]
			if o.start == m.start && o.end == m.end {
				if m.strong && !(o.typ == article.EntityPerson && m.typ == article.EntityPerson) {
					o.typ, o.sub, o.strong = m.typ, m.sub, true
				}
				if m.canon != "" {
					o.canon = m.canon
				}
				o.roleCue = o.roleCue || m.roleCue
				o.team = o.team || m.team
				return
			}
			// A strong mention replaces a tagger mention it overlaps when it is longer.
			if m.strong && !o.strong && (m.end-m.start >= o.end-o.start || m.sub == SubtypePart) {
				*o = m
			}
			return
		}
		ms = append(ms, m)
	}
	// Whether the sentence is in a headline's capitals, worked out when a rule asks.
	hl := 0
	headline := func() bool {
		if hl == 0 {
			hl = 1
			if headlineCase(ws, ti, wd) {
				hl = 2
			}
		}
		return hl == 2
	}
	for i := 0; i < len(ws); i++ {
		t := &ti[i]
		if !isNameStart(ws[i].text) {
			// A club the lists hold that starts with a number: "1. FC Köln".
			if t.gazStart && isDigitByte(ws[i].text[0]) {
				if n, k, c := gazMatch(ti, i); n > 2 && kindType(k) != "" {
					add(mention{start: ws[i].start, end: ws[i+n-1].end, typ: kindType(k), canon: c, strong: true, sent: si, team: k&gTeam != 0})
					i += n - 1
				}
			}
			continue
		}
		// Longest gazetteer match, exact or with inflected adjectives ("Schwarze Meer").
		if n, k, c := gazMatch(ti, i); n > 0 && !(i+n < len(ws) && isUpperStart(ws[i+n].text) && corpSuffixes[ti[i+n].lower]) &&
			!(n == 1 && (t.first || t.lex&lxFirst != 0) && i+1 < len(ws) && isUpperStart(ws[i+1].text) && !isAllCaps(ws[i+1].text) && ti[i+1].gaz == 0 &&
				ti[i+1].role == 0 && wd.dict(ti[i+1].lower)&1 == 0) &&
			!(n == 1 && givenNameBefore(ws, ti, i, rw)) {
			// (A place that is also a given name, before a capitalised word that is no
			// word of the language, is a person's name: "Jordan Marshall", "Chad
			// Stahelski"; so is a place right after a given name: "Adrian Chiles".)
			typ := kindType(k)
			if (typ == article.EntityPlace || typ == article.EntityOrganisation) && i+n < len(ws) && isUpperStart(ws[i+n].text) && !isAllCaps(ws[i+n].text) &&
				rw.isOrgHead(ti[i+n].lower) && strings.IndexByte(ws[i+n].text, '-') < 0 && strings.IndexByte(ws[i+n-1].text, '-') < 0 &&
				!(i+n+2 < len(ws) && ti[i+n+1].joiner && isUpperStart(ws[i+n+2].text)) {
				// A place before an organisation noun names the organisation: "Singapore
				// Airlines", "Boston University"; so does an organisation ("ABC News");
				// where a joining word goes on ("Iowa Department of Transportation") the
				// longer name is found as a whole.
				add(mention{start: ws[i].start, end: ws[i+n].end, typ: article.EntityOrganisation, strong: true, sent: si})
				i += n
				continue
			}
			if typ == article.EntityPlace {
				if e := eventAfter(ws, ti, i+n, rw); e > 0 {
					// A place before capitalised words ending in an event noun names the
					// event: "Cannes Yachting Festival", "Monaco Yacht Show".
					add(mention{start: ws[i].start, end: ws[e-1].end, typ: article.EntityOther, strong: true, sent: si})
					i = e - 1
					continue
				}
				if n == 1 && i+1 < len(ws) && ws[i+1].start == ws[i].end+1 && isUpperStart(ws[i+1].text) && !isAllCaps(ws[i+1].text) &&
					ti[i+1].dict&3 == 1 && ti[i+1].role == 0 && ti[i+1].gaz == 0 && !rw.placeHeads[ti[i+1].lower] &&
					!rw.isPlaceNoun(ti[i+1].lower) && !rw.orgAfterPlace[ti[i+1].lower] && rw.title(ti, i+1) == 0 && !rw.stop(ti[i+1].lower) &&
					!headedRun(ws, ti, i+1, rw) && !headline() {
					// A place before a capitalised everyday word, outside a headline's
					// capitals, is the start of some other name ("Berkeley Lights", "Boston
					// Marathon"): not the place, and of no type a cue gives. The span is
					// kept as a blocker, so the article's other mentions learn it too.
					add(mention{start: ws[i].start, end: ws[i+1].end, sent: si, block: true})
					i++
					continue
				}
			}
			if typ == article.EntityPlace && n == 1 && k&(gCountry|gRegion|gSubdiv) == 0 && i > 0 && rw.nameArticles[ti[i-1].lower] && !isUpperStart(ws[i-1].text) {
				// A city's name never takes an article: "die Löwen" (the show's investors, a
				// club's nickname) are no Leuven. The article learns it (a blocker).
				add(mention{start: ws[i].start, end: ws[i].end, sent: si, block: true})
				continue
			}
			if typ != "" && !(n == 1 && i == 0 && k&gCountry == 0 && !strongAlone(t.lower)) {
				add(mention{start: ws[i].start, end: ws[i+n-1].end, typ: typ, canon: c, strong: true, sent: si, team: k&gTeam != 0})
				i += n - 1
				continue
			}
		}
		// Capitalised adjectives before an organisation noun: "Europäische Politische Gemeinschaft".
		if isAdjWord(t.lower) && isUpperStart(ws[i].text) {
			j := i + 1
			for j < len(ws) && j < i+4 && isUpperStart(ws[j].text) && isAdjWord(ti[j].lower) {
				j++
			}
			if j < len(ws) && isUpperStart(ws[j].text) && rw.isOrgHead(ti[j].lower) && strings.IndexByte(ws[j].text, '-') < 0 {
				add(mention{start: ws[i].start, end: ws[j].end, typ: article.EntityOrganisation, strong: true, sent: si})
				i = j
				continue
			}
		}
		// Hyphenated compounds whose first part is a known name or an acronym.
		if strings.IndexByte(ws[i].text, '-') > 0 {
			if placeDistrict(ws[i].text, wd) {
				add(mention{start: ws[i].start, end: ws[i].end, typ: article.EntityPlace, strong: true, sent: si})
				continue
			}
			if pm, ok := partMention(ws[i], *t, "", si); ok && pm.typ != "" {
				add(pm)
				continue
			}
			head := ws[i].text[:strings.IndexByte(ws[i].text, '-')]
			if isAllCaps(head) && len(head) >= 2 && !rw.notAcronym[strings.ToLower(head)] && t.role != 0 {
				add(mention{start: ws[i].start, end: ws[i].start + len([]rune(head)), typ: article.EntityOrganisation, sub: SubtypePart, sent: si})
				continue
			}
		}
		// "Region Kursk", "Grenzregion Kursk": a place.
		if i > 0 && rw.isPlaceNoun(ti[i-1].lower) && isUpperStart(ws[i].text) && t.role == 0 && !isAllCaps(ws[i].text) {
			add(mention{start: ws[i].start, end: ws[i].end, typ: article.EntityPlace, strong: true, sent: si})
			continue
		}
		// A role or title before capitalised words: a person ("Außenministerin Annalena
		// Baerbock", "US-Außenminister Antony Blinken", "Präsident Selenskyj").
		initials := isAllCaps(ws[i].text) && utf8Len(ws[i].text) <= 3 && i+1 < len(ws) && isUpperStart(ws[i+1].text) && !isAllCaps(ws[i+1].text)
		// A title right after the role opens the name's own span ("spokesman Officer Bob
		// Wicks"), where the title is dropped.
		if i > 0 && ti[i-1].role != 0 && t.role == 0 && rw.title(ti, i) == 0 && t.gaz&^gAdj == 0 && isUpperStart(ws[i].text) && (!isAllCaps(ws[i].text) || initials) &&
			(strings.IndexByte(ws[i].text, '-') < 0 || doubleGivenName(ws[i].text, wd)) && !(everyday(t, wd) && headline()) {
			// (In a headline's capitals a role may stand before a verb: "Judge Rejects".)
			j := nameEnd(ws, ti, i, wd, rw)
			m := mention{start: ws[i].start, end: ws[j-1].end, typ: article.EntityPerson, strong: true, sent: si, roleCue: true, hasFirst: j-i > 1}
			// Only where the tagger does not already see something else there.
			if k := covered(m.start, m.end); k < 0 || ms[k].typ == article.EntityPerson || !ms[k].strong {
				if k >= 0 && ms[k].typ == article.EntityPerson {
					o := &ms[k]
					o.roleCue = true
					if o.start >= m.start && o.end <= m.end {
						o.start, o.end, o.hasFirst = m.start, m.end, m.hasFirst
					}
				} else {
					add(m)
				}
			}
			i = j - 1
			continue
		}
		// A noun of kin before a given name the lists hold: a person ("ihr Bruder Mika",
		// "Ehefrau Senta"); unlike after a role, a word no list knows stays out ("seine
		// Mutter Chefsekretärin").
		if i > 0 && endsIn(ti[i-1].lower, rw.kin) && isUpperStart(ws[i].text) && !isAllCaps(ws[i].text) && t.role == 0 && t.gaz&^gFirst == 0 &&
			(t.first || t.lex&lxFirst != 0 && t.dict&3 == 0) && strings.IndexByte(ws[i].text, '-') < 0 {
			j := nameEnd(ws, ti, i, wd, rw)
			m := mention{start: ws[i].start, end: ws[j-1].end, typ: article.EntityPerson, sent: si, hasFirst: true}
			if k := covered(m.start, m.end); k < 0 {
				add(m)
			}
			i = j - 1
			continue
		}
		// A given name before a capitalised word that is no ordinary noun: a person.
		if t.first && i+1 < len(ws) && isUpperStart(ws[i+1].text) && ti[i+1].role == 0 && ti[i+1].gaz&^gSubdiv == 0 &&
			!isAllCaps(ws[i+1].text) && (ti[i+1].dict&2 == 0 || ti[i+1].first) {
			j := nameEnd(ws, ti, i, wd, rw)
			// Unless the capitalised words run on into an organisation's name ("Walter
			// Reed National Military Medical Center").
			run := j
			for run < len(ws) && run < j+3 && isUpperStart(ws[run].text) {
				run++
			}
			if rw.isOrgHead(ti[run-1].lower) && isUpperStart(ws[run-1].text) {
				i = run - 1
				continue
			}
			m := mention{start: ws[i].start, end: ws[j-1].end, typ: article.EntityPerson, sent: si, hasFirst: true}
			if k := covered(m.start, m.end); k < 0 {
				add(m)
			} else if o := &ms[k]; o.typ == article.EntityPerson && o.start >= m.start && o.end <= m.end {
				o.start, o.end, o.hasFirst = m.start, m.end, true
			}
			i = j - 1
			continue
		}
		// "Siemens AG": capitalised words ending in a company form.
		if corpSuffixes[strings.TrimSuffix(t.lower, ".")] && i > 0 && isUpperStart(ws[i-1].text) {
			b := i - 1
			for b > 0 && i-b < 4 && isUpperStart(ws[b-1].text) && ti[b-1].role == 0 {
				b--
			}
			if b == 0 && i-b > 1 {
				b++ // a capitalised first word of a sentence is often not part of the name
			}
			for b < i && rw.stop(ti[b].lower) {
				b++ // nor a function word ("With Post wires")
			}
			if b == i {
				continue // a company form alone names nothing
			}
			add(mention{start: ws[b].start, end: ws[i].end, typ: article.EntityOrganisation, strong: true, sent: si})
			continue
		}
		// Acronyms the tagger missed are organisations ("OSZE", "FBI").
		dateline := i == 0 && i+2 < len(ws) && ti[i+1].lower == "," && isUpperStart(ws[i+2].text) // "EUGENE, Ore. —"
		if isAllCaps(ws[i].text) && utf8Len(ws[i].text) >= 3 && utf8Len(ws[i].text) <= 6 && !rw.notAcronym[t.lower] && !dateline &&
			t.role == 0 && covered(ws[i].start, ws[i].end) < 0 && !strings.ContainsAny(ws[i].text, "-.0123456789") && !letterAndLetter(ws[i].text) &&
			wd.dict(t.lower)&1 == 0 && // "FILE:", "RELATED:" are words in capitals
			!unexplainedAbbrev(ws, ti, i) {

			add(mention{start: ws[i].start, end: ws[i].end, typ: article.EntityOrganisation, sent: si})
		}
	}
	// A name neither starts nor ends with a joining word or mark ("von Selenskyj"). The words
	// at a mention's ends are found by binary search (words come in text order): a pass over
	// the sentence's words per mention made a sentence without end quadratic.
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.sub != "" {
			continue
		}
		for i := wordStarting(ws, m.start); i >= 0 && i+1 < len(ws) && ws[i].start == m.start && ws[i].end < m.end &&
			ti[i].joiner && !ti[i].upper; i++ {
			m.start = ws[i+1].start
		}
		for i := wordEnding(ws, m.end); i > 0 && ws[i].end == m.end && ws[i].start > m.start &&
			ti[i].joiner && !ti[i].upper && ti[i].lower != "."; i-- {
			m.end = ws[i-1].end
		}
	}
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.strong || m.typ != article.EntityPerson {
			continue
		}
		// A role the tagger took into a name ("Bäderleiter Schmid") is not part of it.
		if i := wordStarting(ws, m.start); i >= 0 && ti[i].role != 0 && i+1 < len(ws) && ws[i+1].end <= m.end {
			m.start = ws[i+1].start
			m.roleCue = true
		}
	}
	// A "person" in quotation marks is a title or a term ("Friedensformel"), not a person.
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.strong || m.typ != article.EntityPerson {
			continue
		}
		if i := wordStarting(ws, m.start); i > 0 && isQuote(ws[i-1].text) {
			for j := i; j < len(ws) && ws[j].end <= m.end+1; j++ {
				if ws[j].start >= m.end && isQuote(ws[j].text) {
					m.typ = article.EntityOther
				}
			}
		}
	}
	// A tagger "person" right after "in", "aus", "nach" is a place.
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.typ != article.EntityPerson || m.strong {
			continue
		}
		// Only a single word: "in Stanley Kubricks Satire" names a person.
		if i := wordStarting(ws, m.start); i > 0 && rw.afterPlace[ti[i-1].lower] && !m.hasFirst && m.end == ws[i].end {
			m.typ = article.EntityPlace
		}
	}
	return ms
}

// everyday reports whether a capitalised word is one the dictionary writes in lower case
// only and no list holds as a name.
func everyday(t *tokInfo, wd *wordData) bool {
	return wd.dict(t.lower)&3 == 1 && !t.first && t.lex&(lxFirst|lxSur) == 0 && t.gaz == 0
}

// givenNameBefore reports whether the one-word place ws[i] follows a given name that is
// itself no place, with one space between them: then the two are a person's name
// ("Adrian Chiles"), not a name and a place.
func givenNameBefore(ws []word, ti []tokInfo, i int, rw *ruleWords) bool {
	if i == 0 || ws[i-1].end+1 != ws[i].start || !isUpperStart(ws[i-1].text) || isAllCaps(ws[i-1].text) || isAllCaps(ws[i].text) ||
		utf8Len(ws[i-1].text) < 3 {
		return false
	}
	p := &ti[i-1]
	return (p.first || p.lex&lxFirst != 0) && kindType(p.gaz) == "" && p.role == 0 && p.lex&lxLoc == 0 && !rw.stop(p.lower)
}

// letterAndLetter reports whether a word is two single letters joined by "&" ("R&D", "R&B",
// "M&A"): an everyday abbreviation, not an organisation's acronym.
func letterAndLetter(s string) bool {
	a, b, ok := strings.Cut(s, "&")
	return ok && utf8Len(a) == 1 && utf8Len(b) == 1
}

// headedRun reports whether the capitalised words from ws[j] on (four at most) end in a
// noun that names an organisation, a place or an event ("Israel Defense Forces"): such a
// name is found whole by the rules for those nouns.
func headedRun(ws []word, ti []tokInfo, j int, rw *ruleWords) bool {
	for e := j; e < len(ws) && e < j+4 && isUpperStart(ws[e].text); e++ {
		if l := ti[e].lower; rw.isOrgHead(l) || rw.placeHeads[l] || rw.otherHeads[l] {
			return true
		}
	}
	return false
}

// eventAfter returns the end (exclusive) of up to three capitalised words from ws[j] on
// whose last is an event noun of the pack ("Yachting Festival", "Yacht Show"), or 0.
func eventAfter(ws []word, ti []tokInfo, j int, rw *ruleWords) int {
	for e := j; e < len(ws) && e < j+3 && isUpperStart(ws[e].text) && !isAllCaps(ws[e].text) && strings.IndexByte(ws[e].text, '-') < 0; e++ {
		if rw.otherHeads[ti[e].lower] {
			return e + 1
		}
	}
	return 0
}

// headlineCase reports whether a sentence is written in a headline's capitals ("Judge
// Rejects Trump's Claims Of Executive Power"): two or more words the dictionary writes
// in lower case only are capitalised, past the first word, and at most half as many
// words of three letters or more are in lower case. In such a line capitals say nothing
// about names.
func headlineCase(ws []word, ti []tokInfo, wd *wordData) bool {
	caps, low := 0, 0
	for i := 1; i < len(ws); i++ {
		if utf8Len(ws[i].text) < 3 {
			continue
		}
		if isUpperStart(ws[i].text) {
			if !isAllCaps(ws[i].text) && wd.dict(ti[i].lower)&3 == 1 && !corpSuffixes[ti[i].lower] {
				caps++
			}
		} else if r := firstRune(ws[i].text); unicode.IsLetter(r) {
			low++
		}
	}
	return caps >= 2 && 2*low <= caps
}

// wordStarting returns the index of the word that starts at offset start, or -1.
func wordStarting(ws []word, start int) int {
	i := sort.Search(len(ws), func(i int) bool { return ws[i].start >= start })
	if i < len(ws) && ws[i].start == start {
		return i
	}
	return -1
}

// wordEnding returns the index of the word that ends at offset end, or -1.
func wordEnding(ws []word, end int) int {
	i := sort.Search(len(ws), func(i int) bool { return ws[i].end >= end })
	if i < len(ws) && ws[i].end == end {
		return i
	}
	return -1
}

// strongAlone lists gazetteer kinds trusted at the start of a sentence, where a capital
// letter says nothing.
func strongAlone(lower string) bool {
	k := gazOnce().kind[lower]
	return k&(gCity|gOrg|gRegion) != 0
}

// isNameStart reports whether a word can start a name: it begins with an upper-case letter
// or a digit ("1+1" aside, names rarely start otherwise).
func isNameStart(s string) bool { return isUpperStart(s) }

// gazMatch finds the longest gazetteer name starting at word i: its length in words, kinds
// and canonical spelling.
func gazMatch(ti []tokInfo, i int) (int, uint16, string) {
	if ti[i].gazStart {
		// The keys are built in one buffer: a map index of string(bytes) copies nothing,
		// and most words that may start a name start none here.
		g := gazOnce()
		var buf [256]byte
		for n := min(g.maxWords, len(ti)-i); n > 1; n-- {
			b := buf[:0]
			for j := 0; j < n; j++ {
				if j > 0 {
					b = append(b, ' ')
				}
				b = append(b, ti[i+j].lower...)
			}
			// A region of several words ("New Jersey") is no ordinary word: it is trusted,
			// and keeps a one-word name inside it ("Jersey") from matching alone.
			if k, ok := g.kind[string(b)]; ok && kindType(k) != "" {
				return n, k, g.canon[string(b)]
			}
			// The same with inflected adjectives: multiKey's form ("~schwarz meer").
			b = append(b[:0], '~')
			for j := 0; j < n; j++ {
				if j > 0 {
					b = append(b, ' ')
				}
				if j < n-1 {
					b = append(b, stripAdjEnding(ti[i+j].lower)...)
				} else {
					b = append(b, ti[i+j].lower...)
				}
			}
			if k := g.kind[string(b)]; kindType(k&^gSubdiv) != "" {
				return n, k, g.canon[string(b)]
			}
		}
	}
	// Subdivision names ("Mitte", "Centre") are too often ordinary words to trust alone;
	// a double name is none ("Sachsen-Anhalt").
	if k := ti[i].gaz; kindType(k&^gSubdiv) != "" || ti[i].hyphen && kindType(k) != "" {
		_, c := gazOnce().lookup(ti[i].lower)
		return 1, k, c
	}
	return 0, 0, ""
}

func utf8Len(s string) int { return len([]rune(s)) }

// nameEnd returns the index after the words of a person's name starting at word i:
// capitalised words, joined by particles ("von der"), up to five words.
func nameEnd(ws []word, ti []tokInfo, i int, wd *wordData, rw *ruleWords) int {
	j := i + 1
	for j < len(ws) && j < i+5 {
		if articleParticle(ti, j, rw) || functionWord(ws[j].text, &ti[j], rw) {
			break // "Kai Wegner den Buzzer", "Michael Kuenne Als der Bürgermeister ..."
		}
		if ti[j].particle && !isUpperStart(ws[j].text) {
			k := j
			for k < len(ws) && ti[k].particle && !isUpperStart(ws[k].text) {
				k++
			}
			if k < len(ws) && isUpperStart(ws[k].text) && ti[k].role == 0 && ti[k].gaz&^gSubdiv == 0 {
				j = k + 1
				continue
			}
			break
		}
		if isUpperStart(ws[j].text) && ti[j].role == 0 && ti[j].gaz&^gSubdiv == 0 &&
			(strings.IndexByte(ws[j].text, '-') < 0 || hyphenName(ws[j].text, wd)) && !isAllCaps(ws[j].text) && (ti[j].dict&2 == 0 || ti[j].first || utf8Len(ws[j].text) <= 2) {
			j++
			continue
		}
		break
	}
	return j
}

// articleParticle reports whether ws[j] is a particle that is also an article of the
// language ("der", "den"), with no other particle before it: inside a name it only follows
// one ("von der Leyen", "van den Berg"); alone after a name it is the article of the noun
// that follows ("Kai Wegner den Buzzer", "Zverev den Center Court").
func articleParticle(ti []tokInfo, j int, rw *ruleWords) bool {
	return j > 0 && ti[j].particle && rw.nameArticles[ti[j].lower] && !ti[j].upper && !ti[j-1].particle
}

// functionWord reports whether a capitalised word inside a run of capitalised words is an
// article or a word the pack lists as never inside a person's name (name_stop: "Als",
// "Laut", "Wann", "Ihr"), and no list holds it as a name: a caption's credit
// runs on into the next sentence there ("Michael Kuenne Als der Bürgermeister", "Wolfgang
// Holz Das Blockbuch"). Function words that are surnames too ("Stephan Weil", "Joan Mir")
// and possessives that are ("Klaus Meine") are not listed; a particle stays ("Ursula Von
// Der Leyen").
func functionWord(text string, t *tokInfo, rw *ruleWords) bool {
	l := t.lower
	return isUpperStart(text) && !isAllCaps(text) && (rw.nameArticles[l] || rw.nameStops[l]) &&
		!t.particle && !t.first && t.lex == 0 && t.gaz == 0 && t.role == 0
}

func isQuote(s string) bool {
	switch s {
	case "\"", "„", "“", "”", "»", "«", "‚", "‘", "’", "'", "›", "‹":
		return true
	}
	return false
}

// hyphenName reports whether a hyphenated word is a double name ("Ben-Gvir",
// "Leutheusser-Schnarrenberger") rather than a compound with a word of the language
// ("Merkel-Regierung"): its last part is capitalised and no dictionary word.
func hyphenName(text string, wd *wordData) bool {
	last := text[strings.LastIndexByte(text, '-')+1:]
	return isUpperStart(last) && !isAllCaps(last) && wd.dict(strings.ToLower(last)) == 0
}

// doubleGivenName reports whether a hyphenated word is a double given name ("Mette-Marit",
// "Anne-Sophie"): two capitalised parts, neither a word of the language, or the first a given
// name of the lists, and neither a surname the lists hold; not a compound
// ("Merkel-Regierung"), a place's ("Rhein-Main") nor a double surname ("Navarro-Valls").
func doubleGivenName(text string, wd *wordData) bool {
	parts := strings.Split(text, "-")
	if len(parts) != 2 || !hyphenName(text, wd) {
		return false
	}
	f := parts[0]
	if !isUpperStart(f) || isAllCaps(f) || utf8Len(f) < 2 {
		return false
	}
	g := gazOnce()
	for _, p := range parts {
		if lx := g.lex[strings.ToLower(p)]; lx&lxSur != 0 && lx&lxFirst == 0 {
			return false // a double surname ("Navarro-Valls") is no given name
		}
	}
	l := strings.ToLower(f)
	return g.kind[l]&gFirst != 0 || wd.dict(l) == 0
}

// unexplainedAbbrev reports whether the word at i stands in parentheses after words whose
// initials do not spell it: "fund (ARKF)", "Bitcoin (BTC)" abbreviate a fund and a coin,
// where "Measurement Definition Team (MDT)" and "Federal Bureau of Investigation (FBI)"
// spell an organisation's initials. An abbreviation in parentheses is explained by what
// stands before it; when that disagrees, the capitals alone say nothing about its type.
func unexplainedAbbrev(ws []word, ti []tokInfo, i int) bool {
	if i < 2 || i+1 >= len(ws) || ti[i-1].lower != "(" || ti[i+1].lower != ")" {
		return false
	}
	acr := []rune(ti[i].lower)
	var initials []rune
	for k := i - 2; k >= 0 && len(initials) < len(acr); k-- {
		if ti[k].joiner && !isUpperStart(ws[k].text) {
			continue
		}
		if !isUpperStart(ws[k].text) {
			break
		}
		parts := strings.Split(ti[k].lower, "-")
		for p := len(parts) - 1; p >= 0; p-- {
			if r := []rune(parts[p]); len(r) > 0 {
				initials = append([]rune{r[0]}, initials...)
			}
		}
	}
	return !strings.HasSuffix(string(initials), string(acr))
}
