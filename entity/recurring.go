package entity

import (
	"strings"
	"unicode"

	"crosscheck/article"
)

// articleSurnamePersons finds, where no tagger reads the language, a person's full name
// that no list knows by the way news writes people: two capitalised words that no list,
// dictionary or role explains ("Franck Kessie", "Shania Twain"), whose second word the
// article then writes alone, capitalised, at least twice ("Kessie scored", "Twain
// explained") and never in lower case; a second word that is also an everyday word only
// where it says something alone ("Twain explained"). Organisations and places are rarely cut to their
// last word that way, and their words are mostly everyday words or listed names ("Blue
// Origin", "Real Madrid", "Inter Miami"), which keep them out. The full name's other
// occurrences and the surname's are found as a person's by resolve.
func articleSurnamePersons(ms []mention, sents [][]word, infoss [][]tokInfo, wd *wordData, rw *ruleWords) []mention {
	lowered := map[string]bool{}
	alone := map[string]int{} // one-word capitalised runs, lower case
	says := map[string]bool{} // one-word runs before a verb of saying ("Twain explained")
	for si, ws := range sents {
		ti := infoss[si]
		for i, w := range ws {
			if !isUpperStart(w.text) {
				lowered[ti[i].lower] = true
				continue
			}
			if (i == 0 || !isUpperStart(ws[i-1].text) || i == 1 && (rw.stop(ti[0].lower) || everyday(&ti[0], wd))) && (i+1 == len(ws) || !isUpperStart(ws[i+1].text)) {
				alone[ti[i].lower]++
				if i+1 < len(ws) && rw.saying(ti[i+1].lower) {
					says[ti[i].lower] = true
				}
			}
		}
	}
	var found []mention
	for si, ws := range sents {
		ti := infoss[si]
		for i := 0; i < len(ws); i++ {
			if !isUpperStart(ws[i].text) || i > 0 && isUpperStart(ws[i-1].text) {
				continue
			}
			j := capitalRun(ws, i)
			a := i
			if a == 0 && rw.stop(ti[a].lower) {
				a++
			}
			if j-a != 2 || alone[ti[a+1].lower] < 2 || lowered[ti[a+1].lower] || lowered[ti[a].lower] {
				continue
			}
			if a > 0 && (rw.nameArticles[ti[a-1].lower] || ws[a-1].end == ws[a].start) {
				continue // "the Golden Griffins" (a team), "sub-Saharan Africa": no person's name
			}
			// The first word is no word the dictionary has in lower case ("Golden
			// Griffins"), unless a given name; a surname that is also an everyday word
			// ("Twain") must say something alone.
			if !unexplainedName(ws, ti, a, wd, rw) || wd.dict(ti[a].lower)&1 != 0 && !isGiven(&ti[a]) || !unexplainedName(ws, ti, a+1, wd, rw) && !(everyday(&ti[a+1], wd) && says[ti[a+1].lower]) {
				continue
			}
			m := mention{start: ws[a].start, end: ws[a+1].end, typ: article.EntityPerson, sent: si, hasFirst: true}
			if !covers(ms, m) {
				found = append(found, m)
			}
		}
	}
	if len(found) == 0 {
		return ms
	}
	// The full name inside a headline's capitals too ("Shania Twain Taps Producer ...").
	full := map[[2]string]bool{}
	for _, f := range found {
		ws, ti := sents[f.sent], infoss[f.sent]
		if a := wordStarting(ws, f.start); a >= 0 && a+1 < len(ws) {
			full[[2]string{ti[a].lower, ti[a+1].lower}] = true
		}
	}
	for si, ws := range sents {
		ti := infoss[si]
		if !headlineCase(ws, ti, wd) {
			continue
		}
		for i := 0; i+1 < len(ws); i++ {
			if full[[2]string{ti[i].lower, ti[i+1].lower}] && isUpperStart(ws[i].text) && isUpperStart(ws[i+1].text) {
				m := mention{start: ws[i].start, end: ws[i+1].end, typ: article.EntityPerson, sent: si, hasFirst: true}
				if !covers(ms, m) && !covers(found, m) {
					found = append(found, m)
				}
			}
		}
	}
	return dedupe(append(ms, found...))
}

// unexplainedName reports whether the capitalised word ws[i] is no everyday word, title,
// role, month, function word, place, organisation or name noun of the pack, and no
// abbreviation: a word only a name explains.
func unexplainedName(ws []word, ti []tokInfo, i int, wd *wordData, rw *ruleWords) bool {
	t := &ti[i]
	if utf8Len(ws[i].text) < 2 || isAllCaps(ws[i].text) || everyday(t, wd) {
		return false
	}
	if rw.title(ti, i) > 0 || t.role != 0 || rw.calendarWord(t.lower) || rw.stop(t.lower) || gazOnce().adjPlace(t.lower) != "" {
		return false
	}
	if k, _ := gazOnce().lookup(t.lower); k != 0 || t.gaz&^gFirst != 0 || t.lex&(lxLoc|lxOrg) != 0 && t.lex&(lxFirst|lxSur) == 0 {
		return false
	}
	if !lettersOnly(ws[i].text) {
		return false // "SARS-CoV-2", "VOCs", "I’m"
	}
	return !rw.isOrgHead(t.lower) && !rw.placeHeads[t.lower] && !rw.placeLeads[t.lower] && !rw.orgAlone[t.lower] && !rw.compass[t.lower] &&
		!rw.orgAfterPlace[t.lower] && !rw.otherHeads[t.lower]
}

// lettersOnly reports whether a name's word is letters, with hyphens or apostrophes only
// before a capital ("Ben-Gvir", "D'Angelo"), and no capital right after its first letter:
// not "SARS-CoV-2", "VOCs", "I’m".
func lettersOnly(w string) bool {
	rs := []rune(w)
	for k, r := range rs {
		switch {
		case r == '-' || r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			if k == 0 || k+1 == len(rs) || !unicode.IsUpper(rs[k+1]) {
				return false
			}
		case !unicode.IsLetter(r):
			return false
		case k == 1 && unicode.IsUpper(r):
			return false
		}
	}
	return true
}

// articleSpeakingBodies finds, where no tagger reads the language, an organisation whose
// name is only everyday words ("Blue Origin"): two or three capitalised words, each a word
// the dictionary has in lower case, no given name, surname, title, role or listed name
// among them, that the article writes as a whole run at least twice, never as a run of
// lower-case words, and that somewhere says something ("Blue Origin said", "according to
// Blue Origin."). A person's name of everyday words has a given name or surname of the
// lists in it ("Tiger Woods"), which keeps it out.
func articleSpeakingBodies(ms []mention, sents [][]word, infoss [][]tokInfo, wd *wordData, rw *ruleWords) []mention {
	type run struct{ si, a, b int }
	runs := map[string][]run{}
	speaking := map[string]bool{}
	lowered := map[string]bool{}
	for si, ws := range sents {
		ti := infoss[si]
		for i := 0; i+1 < len(ws); i++ {
			if !isUpperStart(ws[i].text) && !isUpperStart(ws[i+1].text) {
				lowered[ti[i].lower+" "+ti[i+1].lower] = true
			}
		}
		for i := 0; i < len(ws); i++ {
			if !isUpperStart(ws[i].text) {
				continue
			}
			j := capitalRun(ws, i)
			a := i
			if a == 0 && rw.stop(ti[a].lower) || a > 0 && rw.nameArticles[ti[a].lower] && rw.stop(ti[a].lower) {
				a++
			}
			i = j - 1
			if j-a < 2 || j-a > 3 || a > 0 && ws[a-1].end == ws[a].start {
				continue
			}
			ok := true
			for k := a; k < j && ok; k++ {
				t := &ti[k]
				ok = !isAllCaps(ws[k].text) && wd.dict(t.lower)&1 != 0 && !isGiven(t) && t.lex&(lxSur|lxLoc|lxOrg) == 0 && t.gaz == 0 &&
					t.role == 0 && rw.title(ti, k) == 0 && !rw.calendarWord(t.lower) && !rw.stop(t.lower) && lettersOnly(ws[k].text) &&
					gazOnce().adjPlace(t.lower) == ""
			}
			if !ok {
				continue
			}
			key := runKey(ti, a, j)
			runs[key] = append(runs[key], run{si, a, j})
			if speaks(ws, ti, a, j, rw) {
				speaking[key] = true
			}
		}
	}
	var found []mention
	for key, rs := range runs {
		if len(rs) < 2 || !speaking[key] || strings.Count(key, " ") == 1 && lowered[key] {
			continue
		}
		for _, r := range rs {
			ws := sents[r.si]
			m := mention{start: ws[r.a].start, end: ws[r.b-1].end, typ: article.EntityOrganisation, strong: true, sent: r.si}
			if !covers(ms, m) {
				found = append(found, m)
			}
		}
	}
	if len(found) == 0 {
		return ms
	}
	return dedupe(append(ms, found...))
}

// covers reports whether a mention of ms overlaps m.
func covers(ms []mention, m mention) bool {
	for _, o := range ms {
		if o.start < m.end && m.start < o.end {
			return true
		}
	}
	return false
}

// capitalRun returns the end of the run of capitalised words that starts at ws[i].
func capitalRun(ws []word, i int) int {
	j := i
	for j < len(ws) && isUpperStart(ws[j].text) {
		j++
	}
	return j
}
