package entity

import (
	"crosscheck/article"
)

// capitalSpans finds names in one sentence without a tagger, for a language whose pack
// ships none: runs of capitalised words (joined by lower-case name joiners: "Bank of
// America", and initials: "Brian P. Monahan"), typed only where a cue says what they are,
// and left out otherwise, since a name of unknown type is more often a wrong one than a
// useful one. The cues: the gazetteers; a title or role before ("Sen. Lindsey Graham",
// "the defense minister, Yoav Gallant"); a given name; a verb of saying ("Chuck Dougherty
// said"); the pack's organisation and place nouns at the end ("Senate Ethics Committee",
// "Mississippi River") or a place noun at the start ("Lake Michigan"); a capitalised word
// before a comma and a known region ("Keokuk, Iowa"); an upper-case dateline ("MINNEAPOLIS
// --"). The gazetteers, titles, given names and company forms of applyRules run before and
// keep what they found, unless an organisation's name contains it ("United States
// Senate"). Mentions of this sentence start at ms[first].
func capitalSpans(ms []mention, first int, ws []word, ti []tokInfo, si int, rw *ruleWords, wd *wordData) []mention {
	for i := 0; i < len(ws); i++ {
		if !isUpperStart(ws[i].text) {
			continue
		}
		j, j0 := i+1, i+1
		for j < len(ws) {
			if isUpperStart(ws[j].text) {
				j++
				if j0 == j-1 {
					j0 = j
				}
				continue
			}
			// An initial: "Brian P. Monahan", "U.S. Capitol Police".
			if ti[j].lower == "." && isInitial(ws[j-1].text) && j+1 < len(ws) && isUpperStart(ws[j+1].text) {
				j++
				if j0 == j-1 {
					j0 = j
				}
				continue
			}
			// "of", "and", "for", "&" inside a name, when a capitalised word follows.
			if ti[j].joiner && !isUpperStart(ws[j].text) && j+1 < len(ws) && isUpperStart(ws[j+1].text) &&
				ti[j].lower != "." && ti[j].lower != "-" && ti[j].lower != "in" && ti[j].lower != "im" {
				j += 2
				continue
			}
			break
		}
		// Try the span with its joiners; a span no cue types is tried again up to its
		// first joiner ("Iowa and Minnesota" is two names).
		ok := false
		if ms, ok = typeSpan(ms, first, ws, ti, si, rw, wd, i, j, false); !ok && j0 < j {
			ms, _ = typeSpan(ms, first, ws, ti, si, rw, wd, i, j0, false)
			j = j0
		}
		i = j - 1
	}
	return ms
}

// speaks reports whether the capitalised words ws[a:b] are the subject of a verb of saying
// right after them ("Chuck Dougherty said") or stand after one at the end of a clause
// ("said Bruce Brevitz.", "according to Bruce Brevitz.").
func speaks(ws []word, ti []tokInfo, a, b int, rw *ruleWords) bool {
	return b < len(ws) && rw.saying(ti[b].lower) ||
		a > 0 && (rw.saying(ti[a-1].lower) || a > 1 && rw.sourceCues[ti[a-2].lower+" "+ti[a-1].lower]) &&
			(b == len(ws) || !isWordRune(firstRune(ws[b].text))) // "according to Walmart."
}

// roleAfter reports whether a comma, an article and a role or title within the next
// three words follow ws[b-1]: an apposition that says who the name before it is ("Yuli
// Edelstein, the former Knesset speaker", "Ann Roe, a spokeswoman").
func roleAfter(ws []word, ti []tokInfo, b int, rw *ruleWords) bool {
	if b+2 >= len(ws) || ti[b].lower != "," || !rw.nameArticles[ti[b+1].lower] {
		return false
	}
	for j := b + 2; j < len(ws) && j < b+5; j++ {
		if ti[j].role != 0 || rw.title(ti, j) > 0 {
			return true
		}
		if !isWordRune(firstRune(ws[j].text)) || rw.stop(ti[j].lower) {
			return false
		}
	}
	return false
}

// givenAndSurname reports whether ws[a] and ws[a+1] are a given name and a surname that is
// also an everyday word ("Stephen Miller", "Karen Wicks", "Elizabeth Brown"): the given name
// is no everyday word, company or place itself (so "Will", "Rose", "Grant", "Kia" start no
// such name), the second
// word is a surname the lists hold or, outside a headline's capitals, any capitalised
// word that is no function word, month, title or name noun of the pack.
func givenAndSurname(ws []word, ti []tokInfo, a int, rw *ruleWords, wd *wordData) bool {
	g, s := &ti[a], &ti[a+1]
	if !(g.first || g.lex&lxFirst != 0) || wd.dict(g.lower)&1 != 0 || g.lex&lxOrg != 0 || g.gaz != 0 || isAllCaps(ws[a].text) || isAllCaps(ws[a+1].text) {
		return false
	}
	if rw.stop(s.lower) || rw.calendarWord(s.lower) || rw.title(ti, a+1) > 0 || s.role != 0 || s.gaz != 0 ||
		rw.isOrgHead(s.lower) || rw.placeHeads[s.lower] || rw.orgAlone[s.lower] || rw.orgAfterPlace[s.lower] {
		return false
	}
	if g.lex&lxLoc != 0 && s.lex&lxSur == 0 {
		return false // "Orlando Health": a place's name and a word name an institution
	}
	if utf8Len(ws[a+1].text) < 2 || a > 0 && (ti[a-1].lower == "&" || ws[a-1].end == ws[a].start && !isWordRune(firstRune(ws[a-1].text))) {
		return false // "Mann–Whitney U", "Bill & Ted Face the Music": parts of other names
	}
	return s.lex&lxSur != 0 || !headlineCase(ws, ti, wd)
}

// isInitial reports whether a word is one capital letter ("P" of "P.").
func isInitial(s string) bool { return len(s) == 1 && isUpperStart(s) }

// typeSpan adds a mention for the capitalised words ws[a:b] when a cue types them, and
// reports whether it did. titled says a title or role stands right before.
func typeSpan(ms []mention, first int, ws []word, ti []tokInfo, si int, rw *ruleWords, wd *wordData, a, b int, titled bool) ([]mention, bool) {
	covered := func(a, b int) bool {
		for k := first; k < len(ms); k++ {
			if ms[k].start < ws[b-1].end && ws[a].start < ms[k].end {
				return true
			}
		}
		return false
	}
	titled = titled || a > 0 && (rw.title(ti, a-1) > 0 || a > 1 && rw.title(ti, a-2) == 2 || ti[a-1].role != 0) || rw.addressedBy(ti, a)
	// "The defense minister, Yoav Gallant, ...": a role before a comma.
	titled = titled || a > 1 && ti[a-1].lower == "," && (rw.title(ti, a-2) > 0 || ti[a-2].role != 0)
	// Leading function words at the start of a sentence ("But Gonzaga"), articles
	// ("The Associated Press" is the Associated Press) and titles are no part of a name;
	// an adjective of a place is a derived mention of its own ("German Chancellor").
	for a < b {
		if n := rw.title(ti, a); n > 0 {
			a += n
			titled = true
			continue
		}
		if (a == 0 || rw.nameArticles[ti[a].lower]) && rw.stop(ti[a].lower) || !isUpperStart(ws[a].text) {
			// "CEO of Newsmax" is Newsmax, and the title is not its own.
			titled = titled && isUpperStart(ws[a].text)
			a++
			continue
		}
		if p := gazOnce().adjPlace(ti[a].lower); p != "" && !ti[a].first && ti[a].lex&lxSur == 0 && !covered(a, a+1) {
			ms = append(ms, mention{start: ws[a].start, end: ws[a].end, typ: article.EntityPlace, sub: SubtypeDerived,
				canon: p, strong: true, sent: si})
			a++
			continue
		}
		break
	}
	for b > a && (ti[b-1].joiner || ti[b-1].lower == ".") {
		b--
	}
	if a >= b {
		return ms, false
	}
	// In a headline's capitals a role may stand before a verb ("Judge Rejects Trump's ...").
	titled = titled && !(everyday(&ti[a], wd) && headlineCase(ws, ti, wd))
	// A title inside the span splits it: "South Carolina Sen. Lindsey Graham", "Senate
	// Majority Leader Chuck Schumer".
	for k := b - 1; k > a; k-- {
		if n := rw.title(ti, k); n > 0 && ti[k-1].lower != "," {
			ms, _ = typeSpan(ms, first, ws, ti, si, rw, wd, a, k, titled)
			if k+n < b {
				return typeSpan(ms, first, ws, ti, si, rw, wd, k+n, b, true)
			}
			return ms, true
		}
	}
	typ, canon := "", ""
	last := ti[b-1].lower
	name := ti[a].lower
	for k := a + 1; k < b; k++ {
		if ti[k].lower == "." || ti[k-1].lower == "." {
			name += ti[k].lower
		} else {
			name += " " + ti[k].lower
		}
	}
	hasJoiner := false
	for k := a + 1; k < b-1; k++ {
		hasJoiner = hasJoiner || !isUpperStart(ws[k].text) && !ti[k].particle && ti[k].lower != "."
	}
	// An organisation noun ends the name ("Senate Ethics Committee") or starts it before a
	// joining word ("Department of Justice", "Verein für Socialpolitik").
	orgEnd := b-a >= 2 && rw.isOrgHead(last) && isUpperStart(ws[b-1].text)
	for k := a + 1; k < b-1 && !orgEnd; k++ {
		// ... or stands before the first joining word: "U.S. Department of Labor".
		if !isUpperStart(ws[k].text) && ti[k].joiner && ti[k].lower != "." {
			orgEnd = rw.isOrgHead(ti[k-1].lower) && isUpperStart(ws[k-1].text)
			break
		}
	}
	if covered(a, b) {
		// A place the lists found inside an organisation's name gives way to it.
		// So does one inside a place's longer name ("Saitama Super Arena").
		placeEnd := b-a >= 2 && rw.placeHeads[last] && isUpperStart(ws[b-1].text) && !hasJoiner
		// A point of the compass before a known place is part of it: "West Texas".
		compass := b-a == 2 && rw.compass[ti[a].lower] && ti[b-1].gaz&(gCountry|gCity|gRegion|gSubdiv) != 0
		if !orgEnd && !placeEnd && !compass || !onlyPlacesInside(ms, first, ws[a].start, ws[b-1].end, orgEnd && b-a == 2) {
			return ms, false
		}
		ms = dropInside(ms, first, ws[a].start, ws[b-1].end)
		if compass {
			ms = append(ms, mention{start: ws[a].start, end: ws[b-1].end, typ: article.EntityPlace, strong: true, sent: si})
			return ms, true
		}
	}
	gk, gc := gazOnce().lookupCase(ws[a].text, name)
	switch {
	case b-a == 2 && rw.orgAfterPlace[last] && ti[a].gaz&(gSubdiv|gRegion) != 0:
		typ = article.EntityOrganisation // "Ohio State", "Penn State": the university
	case gk&(gCountry|gCity|gRegion|gSubdiv) != 0 && (a > 0 || wd.dict(name)&1 == 0) && len(name) >= 4:
		// A known place, a region included ("Iowa"): without a tagger nothing else
		// claims it; not a word the language writes in lower case ("Centre").
		typ, canon = article.EntityPlace, gc
	case gk&gOrg != 0:
		typ, canon = article.EntityOrganisation, gc
	case b-a == 1 && a > 0 && rw.orgAlone[last]:
		typ = article.EntityOrganisation // "the Senate", "the House"
	case hasJoiner:
		// Names joined by "and" are two names; "of" and "for" join organisations and
		// places only.
		switch {
		case orgEnd:
			typ = article.EntityOrganisation
		case rw.placeHeads[last] || rw.placeLeads[ti[a].lower]:
			typ = article.EntityPlace
		}
	case b-a >= 2 && b-a <= 4 && (titled || (ti[a].first || ti[a].lex&lxFirst != 0) && wd.dict(ti[afterParticles(ti, a+1, b)].lower)&1 == 0) &&
		!rw.isOrgHead(last) && !rw.placeHeads[last]:
		typ = article.EntityPerson // "Sen. Lindsey Graham", "Joe Calvello", "minister, Yoav Gallant"
	case b-a == 3 && isGiven(&ti[a]) && isGiven(&ti[a+1]) && wd.dict(ti[a].lower)&1 == 0 && (ti[b-1].lex&lxSur != 0 || wd.dict(last)&1 == 0) &&
		!isAllCaps(ws[a].text) && !isAllCaps(ws[b-1].text) && !rw.isOrgHead(last) && !rw.placeHeads[last]:
		typ = article.EntityPerson // "Abby Rose Morris": a second given name that is also a word
	case b-a == 2 && givenAndSurname(ws, ti, a, rw, wd):
		typ = article.EntityPerson // "Stephen Miller", "Karen Wicks": a surname that is also a word
	case b-a >= 2 && b-a <= 3 && !rw.isOrgHead(last) && !rw.placeHeads[last] && wd.dict(last)&1 == 0 && wd.dict(ti[a].lower)&1 == 0 &&
		!isAllCaps(ws[a].text) && roleAfter(ws, ti, b, rw):
		typ = article.EntityPerson // "Yuli Edelstein, the former Knesset speaker"
	case b-a == 1 && titled && (wd.dict(name)&1 == 0 || rw.addressedBy(ti, a) && !headlineCase(ws, ti, wd)):
		typ = article.EntityPerson // "Sen. Graham", "Dr. Wicks"
	case b-a >= 2 && b-a <= 3 && !rw.isOrgHead(last) && !rw.placeHeads[last] && wd.dict(last)&1 == 0 && speaks(ws, ti, a, b, rw) &&
		(wd.dict(ti[a].lower)&1 == 0 || givenBefore(ti, a, b-1)):
		// A full name that says something: "Chuck Dougherty said", "said Bruce Brevitz.";
		// not one that starts with an everyday word and has no given name before its last
		// word ("Health America said": a group).
		typ = article.EntityPerson
	case b-a == 1 && ti[a].lex&lxOrg != 0 && ti[a].lex&(lxFirst|lxSur) == 0 && wd.dict(name)&1 == 0 && speaks(ws, ti, a, b, rw):
		// A company the lexicon holds that says something: "Walmart said". Alone the
		// lexicon is no rule (many of its firms are words or surnames too); a verb of
		// saying inside a sentence is.
		typ = article.EntityOrganisation
	case orgEnd:
		typ = article.EntityOrganisation
	case b-a >= 2 && (rw.placeHeads[last] || rw.placeLeads[ti[a].lower]):
		typ = article.EntityPlace
	case b+1 < len(ws) && ti[b].lower == "," && isUpperStart(ws[b+1].text) && ti[b+1].gaz&(gSubdiv|gCountry) != 0 &&
		b-a <= 3 && !allCalendar(ti[a:b], rw):
		typ = article.EntityPlace // "Keokuk, Iowa", "Stillwater, Minnesota"
	case a == 0 && isAllCaps(ws[a].text) && b < len(ws) && (ti[b].lower == "-" || ti[b].lower == "," || ti[b].lower == "—") &&
		wd.dict(ti[a].lower)&1 == 0:
		typ = article.EntityPlace // a dateline: "MINNEAPOLIS --"
	}
	if typ == "" {
		return ms, false
	}
	m := mention{start: ws[a].start, end: ws[b-1].end, typ: typ, canon: canon, strong: typ != article.EntityPerson, sent: si}
	m.hasFirst, m.roleCue = typ == article.EntityPerson && b-a > 1, titled
	ms = append(ms, m)
	return ms, true
}

// onlyPlacesInside reports whether every mention of the sentence overlapping [start, end)
// lies inside it and is a place, or, with orgs, an organisation ("ABC" of "ABC News").
func onlyPlacesInside(ms []mention, first, start, end int, orgs bool) bool {
	for k := first; k < len(ms); k++ {
		if ms[k].start < end && start < ms[k].end && (ms[k].start < start || ms[k].end > end ||
			ms[k].typ != article.EntityPlace && !(orgs && ms[k].typ == article.EntityOrganisation && ms[k].sub == "")) {
			return false
		}
	}
	return true
}

// dropInside removes the sentence's mentions inside [start, end).
func dropInside(ms []mention, first, start, end int) []mention {
	out := ms[:first]
	for _, m := range ms[first:] {
		if m.start >= start && m.end <= end {
			continue
		}
		out = append(out, m)
	}
	return out
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func allCalendar(ti []tokInfo, rw *ruleWords) bool {
	for _, t := range ti {
		if !rw.calendarWord(t.lower) {
			return false
		}
	}
	return true
}

// trimNonNames applies to every mention of one sentence what no name is: it cuts titles
// and roles from its start ("Sen. Lindsey Graham" is Lindsey Graham, a person), and a
// function word or other everyday word that starts the sentence ("But Gonzaga",
// "Organizer Nicole Reffitt"); it drops mentions that are only a month or weekday
// ("March", "Friday") or only a function word. A mention from a list (strong) keeps its
// words. Mentions of this sentence start at ms[first].
func trimNonNames(ms []mention, first int, ws []word, ti []tokInfo, rw *ruleWords, wd *wordData) []mention {
	out := ms[:first]
	for k := first; k < len(ms); k++ {
		m := ms[k]
		if m.sub != "" {
			out = append(out, m)
			continue
		}
		a, b := -1, -1
		for i, w := range ws {
			if w.start == m.start {
				a = i
			}
			if w.end == m.end {
				b = i + 1
			}
		}
		if a < 0 || b <= a {
			out = append(out, m)
			continue
		}
		if m.typ == article.EntityPerson {
			var drop bool
			if a, drop = personStart(ws, ti, a, b, rw); drop {
				continue
			}
		}
		if !m.strong {
			for a < b-1 {
				if n := rw.title(ti, a); n > 0 && a+n < b && (ti[a+n].upper || ti[a+n].particle) && (m.typ == article.EntityPerson || !placeLead(ti[a].lower, rw)) {
					// (A place, club or church the tagger read whole keeps its "St.": "St.
					// Georg", "St. Pauli" are no saints. A role before a lower-case word
					// names no one: "Matchwinner für Deutschland".)
					a += n
					m.typ = article.EntityPerson
					m.roleCue = true
					continue
				}
				if a == 0 && rw.stop(ti[a].lower) && !rw.nameArticles[ti[a].lower] {
					a++
					continue
				}
				if a == 0 && m.typ == article.EntityPerson && b-a > 2 && wd.dict(ti[a].lower)&1 != 0 && !ti[a].first && ti[a].lex == 0 {
					a++ // a sentence-initial everyday word: "Organizer Nicole Reffitt"
					continue
				}
				break
			}
			if allCalendar(ti[a:b], rw) {
				continue
			}
			if b-a == 1 && rw.stop(ti[a].lower) {
				continue
			}
		}
		if m.typ == article.EntityPerson {
			a0, b0 := a, b
			a = leadNounBeforeName(ws, ti, a, b, rw, wd)
			if b = particleRunOn(ws, ti, a, b, rw); b < b0 && b-a == 1 && unnamed(&ti[a]) && wd.dict(ti[a].lower) != 0 {
				continue // "Opfer von": a noun, no name
			}
			if a != a0 || b != b0 {
				m.canon = ""
			}
			m.end = ws[b-1].end
		}
		m.start = ws[a].start
		out = append(out, m)
	}
	return out
}

// afterParticles returns the first word from i on (before b) that is no name particle:
// the surname of "Matthijs de Ligt".
func afterParticles(ti []tokInfo, i, b int) int {
	for i < b-1 && ti[i].particle {
		i++
	}
	return i
}

// givenBefore reports whether one of ti[a:b] is a given name.
func givenBefore(ti []tokInfo, a, b int) bool {
	for k := a; k < b; k++ {
		if ti[k].first || ti[k].lex&lxFirst != 0 {
			return true
		}
	}
	return false
}
