package entity

import (
	"iter"
	"strings"
	"unicode"

	"crosscheck/article"
)

// articleCorporateNames finds companies by what only a company has, anywhere in the
// article, and then every other place the article writes the same name, capitalised, mid-
// sentence or not: a language without a tagger leaves a company's name out wherever no
// cue stands ("Coinbase", "IsoPlexis", "Berkeley Lights"), while one corporate context
// says what the name is in the whole article. The contexts (pack roles, so a pack without
// them finds nothing here):
//   - a legal form after the name, a comma between or not: "Berkeley Lights, Inc.",
//     "Acme Corp." (org_suffix);
//   - a stock exchange's ticker in parentheses: "(Nasdaq: BLI)" names the exchange, the
//     name before it the company;
//   - shares or stock of the name: "160,887 Coinbase shares", "its Coinbase stock", "shares
//     of Coinbase", "Coinbase's shares" (org_security); not "X shares a post" (a verb: a
//     determiner follows);
//   - an apposition that says it is a company: "PhenomeX, the cell biology company",
//     "IsoPlexis Corporation (...), a company" (org_apposition);
//   - a one-word name before a noun that only follows an organisation's name: "Likud
//     party" (org_noun);
//   - a short name in parentheses after an organisation's: "... Agency (Muni)";
//   - a company of the lists written alone twice, or beside another company in a list
//     (below).
//
// A name so found is a person's in no case: a given name or a person the article names
// keeps it out; so does the article writing the name's only word in lower case.
func articleCorporateNames(ms []mention, sents [][]word, infoss [][]tokInfo, wd *wordData, rw *ruleWords) []mention {
	if len(rw.orgSuffixes) == 0 && len(rw.orgSecurities) == 0 && len(rw.orgAppositions) == 0 && len(rw.coordinators) == 0 && len(rw.orgNouns) == 0 {
		return ms
	}
	persons := map[string]bool{} // words of the article's persons, lower case
	for _, m := range ms {
		if m.typ != article.EntityPerson {
			continue
		}
		for si, ws := range sents {
			for wi, w := range ws {
				if w.start >= m.start && w.end <= m.end {
					persons[infoss[si][wi].lower] = true
				}
			}
		}
	}
	lowered := map[string]bool{} // words the article writes in lower case
	for si, ws := range sents {
		for wi, w := range ws {
			if !isUpperStart(w.text) {
				lowered[infoss[si][wi].lower] = true
			}
		}
	}
	names := map[string]bool{} // the found names, words lower case joined by spaces
	var found []mention
	for r := range capitalRuns(sents, infoss, wd, rw) {
		ws, ti, a, b := r.ws, r.ti, r.a, r.b
		// In a headline's capitals, the everyday words before the name are no part of it
		// either ("Forming PhenomeX, the ... company").
		for k := b - 2; r.headline && k >= a; k-- {
			if everyday(&ti[k], wd) {
				a = k + 1
				break
			}
		}
		if a >= b || b-a > 4 || !corporateCue(ws, ti, a, b, rw) || !companyName(ws, ti, a, b, wd, rw, persons, lowered) {
			continue
		}
		names[runKey(ti, a, b)] = true
		found = append(found, mention{start: ws[a].start, end: ws[b-1].end, typ: article.EntityOrganisation, strong: true, cued: true, sent: r.si})
	}
	// A short name in parentheses after an organisation's is the organisation's: "San
	// Francisco Municipal Transportation Agency (Muni)", then "a Muni bus".
	orgEnds := map[int]bool{}
	for _, m := range ms {
		if m.typ == article.EntityOrganisation && m.sub == "" && !m.block {
			orgEnds[m.end] = true
		}
	}
	for si, ws := range sents {
		ti := infoss[si]
		for i := 1; i+2 < len(ws); i++ {
			if ws[i].text == "(" && ws[i+2].text == ")" && orgEnds[ws[i-1].end] && isUpperStart(ws[i+1].text) &&
				companyName(ws, ti, i+1, i+2, wd, rw, persons, lowered) {
				names[ti[i+1].lower] = true
				found = append(found, mention{start: ws[i+1].start, end: ws[i+1].end, typ: article.EntityOrganisation, strong: true, cued: true, sent: si})
			}
		}
	}
	// A company of the lists, written alone and capitalised at least twice, once inside a
	// sentence, and never in lower case: no everyday word, given name, surname or place
	// ("Hyundai", not "Apple", "Kia", "Ford"). Once is no reading; the lists alone are none
	// for a word the language uses otherwise.
	count, inside := map[string]int{}, map[string]bool{}
	for si, ws := range sents {
		ti := infoss[si]
		for i, w := range ws {
			t := &ti[i]
			if isUpperStart(w.text) && !isAllCaps(w.text) && t.lex&lxOrg != 0 && t.lex&(lxFirst|lxSur|lxLoc) == 0 && t.gaz&^gOrg == 0 &&
				wd.dict(t.lower)&1 == 0 && !lowered[t.lower] && (i == 0 || !isUpperStart(ws[i-1].text)) && (i+1 == len(ws) || !isUpperStart(ws[i+1].text)) {
				count[t.lower]++
				inside[t.lower] = inside[t.lower] || i > 0
			}
		}
	}
	for l, n := range count {
		if n >= 2 && inside[l] && !persons[l] {
			names[l] = true
		}
	}
	// A word in capitals that is also an everyday word, written so inside sentences at
	// least three times among words that are not, and never in lower case, is an
	// organisation's acronym ("ARK sold", "ARK holds"); once or twice it is emphasis or a
	// label ("FILE:").
	caps := map[string]int{}
	for si, ws := range sents {
		ti := infoss[si]
		for i := 1; i < len(ws); i++ {
			t := &ti[i]
			if isAllCaps(ws[i].text) && utf8Len(ws[i].text) >= 3 && utf8Len(ws[i].text) <= 6 && !strings.ContainsFunc(ws[i].text, func(r rune) bool { return !unicode.IsLetter(r) }) && wd.dict(t.lower)&1 != 0 &&
				!rw.notAcronym[t.lower] && !lowered[t.lower] && !isAllCaps(ws[i-1].text) && (i+1 == len(ws) || !isAllCaps(ws[i+1].text)) {
				caps[t.lower]++
			}
		}
	}
	for l, n := range caps {
		if n >= 3 {
			names[l] = true
		}
	}
	// A company of the lists coordinated with another one or with a company found above
	// is one too, a given name among them ("Hyundai and Kia", "on Twitter, Instagram and
	// YouTube"): the list says what its members are.
	listed := func(ws []word, ti []tokInfo, i int) bool {
		t := &ti[i]
		return i >= 0 && i < len(ws) && isUpperStart(ws[i].text) && !isAllCaps(ws[i].text) && t.lex&lxOrg != 0 && t.lex&(lxSur|lxLoc) == 0 &&
			t.gaz&^(gOrg|gFirst) == 0 && wd.dict(t.lower)&1 == 0 && !lowered[t.lower] && !persons[t.lower] &&
			(i == 0 || !isUpperStart(ws[i-1].text)) && (i+1 == len(ws) || !isUpperStart(ws[i+1].text))
	}
	for si, ws := range sents {
		ti := infoss[si]
		for i := 0; i+2 < len(ws); i++ {
			if !rw.coordinators[ti[i+1].lower] && ti[i+1].lower != "," {
				continue
			}
			l, r := listed(ws, ti, i), listed(ws, ti, i+2)
			if l && (r || names[ti[i+2].lower]) || r && names[ti[i].lower] {
				if l {
					names[ti[i].lower] = true
				}
				if r {
					names[ti[i+2].lower] = true
				}
			}
		}
	}
	if len(names) == 0 {
		return ms
	}
	longest := 0
	for k := range names {
		longest = max(longest, strings.Count(k, " ")+1)
	}
	// Every other occurrence of a found name, capitalised, as a whole run of capitals
	// (leading function words aside), or, in a headline's capitals, among everyday words
	// ("Berkeley Lights Completes Acquisition of IsoPlexis").
	for r := range capitalRuns(sents, infoss, wd, rw) {
		ws, ti, a, j := r.ws, r.ti, r.a, r.b
		var here []mention
		for p := a; p < j; {
			n := 0
			for l := min(longest, j-p); l > 0; l-- {
				if names[runKey(ti, p, p+l)] {
					n = l
					break
				}
			}
			switch {
			case n > 0:
				here = append(here, mention{start: ws[p].start, end: ws[p+n-1].end, typ: article.EntityOrganisation, strong: true, cued: true, sent: r.si})
				p += n
			case r.headline && everyday(&ti[p], wd):
				p++
			default:
				here, p = nil, j
			}
		}
		switch {
		case len(here) == 1 && (here[0].start == ws[a].start && here[0].end == ws[j-1].end || r.headline) || len(here) > 1 && r.headline:
			found = append(found, here...)
		case a < j && !r.headline:
			// A longer name that starts with the found one and goes on by two words or
			// more ("ARK Innovation ETF") is another name: its first word after the
			// found one is blocked with it, so that the found one is not taken from
			// inside it. One word more may be the company's own ("Ubisoft Games").
			// Not before a title or role ("TikTok CEO Shou Chew") nor capitals or a
			// letter ("Walmart C.E.O.").
			if l := startsName(ti, a, j, names, longest); l > 0 && a+l+1 < j && rw.title(ti, a+l) == 0 && ti[a+l].role == 0 && !isAllCaps(ws[a+l].text) && utf8Len(ws[a+l].text) > 1 {
				found = append(found, mention{start: ws[a].start, end: ws[a+l].end, sent: r.si, block: true})
			}
		}
	}
	// A found name replaces what lies inside it that no list typed as a company or person
	// (a blocker, a place of its words: "Berkeley" of "Berkeley Lights"), and gives way to
	// any other mention it overlaps.
	out := ms
	for _, f := range found {
		ok := true
		keep := out[:0:0]
		for _, m := range out {
			if m.start < f.end && f.start < m.end {
				inside := m.start >= f.start && m.end <= f.end
				if inside && (m.block || m.typ == article.EntityPlace && m.sub == "" || m.typ == article.EntityOrganisation && m.start == f.start && m.end == f.end) {
					continue
				}
				ok = false
			}
			keep = append(keep, m)
		}
		if ok {
			out = append(keep, f)
		}
	}
	return dedupe(out)
}

// runKey is the capitalised words ti[a:b], lower case, joined by spaces.
func runKey(ti []tokInfo, a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(ti[k].lower)
	}
	return sb.String()
}

// companyName reports whether the capitalised words ws[a:b] may name a company: no title,
// role, given name, month or weekday among them, no word of a person the article names,
// and no single word the dictionary has as an everyday word in lower case (unless all
// capitals: a ticker, "COIN"), the article writes in lower case, or the lists hold as a
// place or a person's name.
func companyName(ws []word, ti []tokInfo, a, b int, wd *wordData, rw *ruleWords, persons, lowered map[string]bool) bool {
	for k := a; k < b; k++ {
		t := &ti[k]
		if rw.title(ti, k) > 0 || t.role != 0 || isGiven(t) || rw.calendarWord(t.lower) || persons[t.lower] || rw.stop(t.lower) {
			return false
		}
		if gazOnce().adjPlace(t.lower) != "" {
			return false // "German shares"
		}
	}
	if b-a == 1 {
		t := &ti[a]
		if isAllCaps(ws[a].text) {
			return len(ws[a].text) >= 2 && !rw.notAcronym[t.lower]
		}
		return wd.dict(t.lower)&1 == 0 && t.gaz == 0 && t.lex&(lxLoc|lxFirst|lxSur) == 0 && !lowered[t.lower]
	}
	return true
}

// corporateCue reports whether a corporate context stands around the capitalised words
// ws[a:b] (see articleCorporateNames).
func corporateCue(ws []word, ti []tokInfo, a, b int, rw *ruleWords) bool {
	n := len(ws)
	at := func(i int) string {
		if i < 0 || i >= n {
			return ""
		}
		return ti[i].lower
	}
	possessive := func(i int) bool { return at(i) == "'s" || at(i) == "’s" }
	// A legal form after the name: "Acme Inc.", "Berkeley Lights, Inc.".
	k := b
	if at(k) == "," {
		k++
	}
	if k < n && rw.orgSuffixes[at(k)] && isUpperStart(ws[k].text) && (k+1 == n || !isUpperStart(ws[k+1].text)) {
		return true
	}
	// A party's name before the noun: "Netanyahu's Likud party".
	if b-a == 1 && b < n && rw.orgNouns[at(b)] && !isUpperStart(ws[b].text) {
		return true
	}
	// A ticker: "(Nasdaq: BLI)" is the exchange.
	if a > 0 && at(a-1) == "(" && at(b) == ":" && b+2 < n && isAllCaps(ws[b+1].text) && at(b+2) == ")" {
		return true
	}
	// Its shares: "Coinbase shares", "Coinbase's stock", "shares of Coinbase".
	k = b
	if possessive(k) {
		k++
	}
	if k < n && rw.orgSecurities[at(k)] && !isUpperStart(ws[k].text) {
		next := at(k + 1)
		verb := rw.objectLeads[next] // "shares a post", "stock the shelves"
		before := at(a - 1)
		if !verb && (k > b || a > 0 && (isNumber(before) || !isUpperStart(ws[a-1].text) && isWordRune(firstRune(ws[a-1].text)) && !rw.saying(before))) {
			return true
		}
	}
	if a >= 2 && at(a-1) == "of" && rw.orgSecurities[at(a-2)] && (b == n || !isWordRune(firstRune(ws[b].text)) || !isUpperStart(ws[b].text)) {
		return true
	}
	// An apposition: "PhenomeX, the cell biology company", "X (Nasdaq: Y), a company".
	k = b
	if at(k) == "(" {
		for k < n && k < b+8 && at(k) != ")" {
			k++
		}
		k++
	}
	if at(k) == "," && (rw.nameArticles[at(k+1)]) {
		for j := k + 2; j < n && j < k+7; j++ {
			if rw.orgAppositions[at(j)] {
				next := at(j + 1)
				return !possessive(j+1) && next != "'" && next != "’" && !(j+1 < n && (ti[j+1].role != 0 || rw.title(ti, j+1) > 0))
			}
			if !isWordRune(firstRune(ws[j].text)) && ws[j].text != "-" || rw.objectLeads[at(j)] {
				break // the apposition's first noun phrase ends: "NS-23, a point the company stressed"
			}
		}
	}
	return false
}

// isNumber reports whether a word is written in digits ("160,887").
func isNumber(s string) bool {
	return s != "" && isDigitByte(s[0])
}

// startsName returns the number of words of the longest name of names (of at most
// longest words) the capitalised words ti[a:b] start with and go on beyond, or 0.
func startsName(ti []tokInfo, a, b int, names map[string]bool, longest int) int {
	for l := min(b-a-1, longest); l > 0; l-- {
		if names[runKey(ti, a, a+l)] {
			return l
		}
	}
	return 0
}

// capRun is a run of capitalised words in sentence si, ws[a:b], less the sentence's leading
// function word ("The", "But") or a name article before a stop word, which are no part of
// a name; headline says whether the sentence is written in headline capitals.
type capRun struct {
	si       int
	ws       []word
	ti       []tokInfo
	headline bool
	a, b     int
}

// capitalRuns yields the runs of capitalised words of every sentence, in order.
func capitalRuns(sents [][]word, infoss [][]tokInfo, wd *wordData, rw *ruleWords) iter.Seq[capRun] {
	return func(yield func(capRun) bool) {
		for si, ws := range sents {
			ti := infoss[si]
			headline := headlineCase(ws, ti, wd)
			for i := 0; i < len(ws); i++ {
				if !isUpperStart(ws[i].text) {
					continue
				}
				j := capitalRun(ws, i)
				a := i
				for a < j && (a == 0 || rw.nameArticles[ti[a].lower]) && rw.stop(ti[a].lower) {
					a++
				}
				i = j - 1
				if !yield(capRun{si: si, ws: ws, ti: ti, headline: headline, a: a, b: j}) {
					return
				}
			}
		}
	}
}
