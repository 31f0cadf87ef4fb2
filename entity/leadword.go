package entity

import (
	"strings"
	"unicode/utf8"

	"crosscheck/article"
)

// articleLeadWords cuts from a person's name a word before it that the article shows is
// no part of it: the name without that word is a person's name the article writes
// elsewhere ("Star Luke Newton" and "Luke Newton", "Fernsehkoch Kolja Kleeberg" and "Kolja
// Kleeberg", "Medvedev Jannik Sinner" and "Jannik Sinner"). A role the lists lack
// ("Showrunner", "Matchwinner"), a club's genitive ("Elversbergs") or another person's
// surname ends up in the name otherwise, and with it in every short form the resolver gives
// that name, so a speaker is named "Star Luke Newton" throughout. The mention is cut when:
// it has three or four capitalised words, side by side, no particle among them; the rest
// starts with a given name; the first word is no given name of the curated list, nor of the
// lexicon unless the dictionary writes it as a capitalised noun too ("Star", "Model"); the
// first word is a word some list or the dictionary knows, a compound, or a long word (a
// short unknown word is most often a foreign given name: "Timi Max Elšnik"); and the rest
// is a person's mention elsewhere in the article, at another place.
func articleLeadWords(ms []mention, sents [][]word, infoss [][]tokInfo, r *article.Runes, wd *wordData) []mention {
	// Most articles have no person's mention of three words or more: they are passed by
	// word counts alone, before any text is copied.
	long := false
	for _, m := range ms {
		if m.typ == article.EntityPerson && m.sub == "" && !m.strong && m.sent < len(sents) {
			ws := sents[m.sent]
			a, b := wordStarting(ws, m.start), wordEnding(ws, m.end)
			long = long || a >= 0 && b-a >= 2 && b-a <= 3
		}
	}
	if !long {
		return ms
	}
	persons := map[string][]int{} // lower-cased text -> starts
	for _, m := range ms {
		if m.typ == article.EntityPerson && m.sub == "" {
			t := strings.ToLower(r.Slice(m.start, m.end))
			persons[t] = append(persons[t], m.start)
		}
	}
	var added []mention
	for k := range ms {
		m := &ms[k]
		if m.typ != article.EntityPerson || m.sub != "" || m.strong || m.sent >= len(sents) {
			continue
		}
		ws, ti := sents[m.sent], infoss[m.sent]
		a, b := wordStarting(ws, m.start), wordEnding(ws, m.end)
		if a < 0 || b < 0 || ws[a].start != m.start || ws[b].end != m.end || b-a < 2 || b-a > 3 {
			continue
		}
		plain := true
		for i := a; i <= b; i++ {
			plain = plain && ti[i].upper && !ti[i].particle && (i == a || ws[i].start == ws[i-1].end+1)
		}
		if !plain || !isGiven(&ti[a+1]) || !leadWord(ws[a].text, &ti[a], wd) {
			continue
		}
		rest := ws[a+1].start
		elsewhere := false
		for _, s := range persons[strings.ToLower(r.Slice(rest, m.end))] {
			elsewhere = elsewhere || s != rest
		}
		if !elsewhere {
			continue
		}
		// A noun cut so keeps other mentions out of it: the resolver would find "Star"
		// alone as the short form of another "Star …" or make "Star Perry" of it.
		if wd.dict(ti[a].lower) != 0 || ti[a].hyphen || ti[a].role != 0 {
			added = append(added, mention{start: ws[a].start, end: ws[a].end, sent: m.sent, block: true})
		}
		m.start, m.canon, m.roleCue = rest, "", m.roleCue || ti[a].role != 0
	}
	if len(added) > 0 {
		ms = dedupe(append(ms, added...))
	}
	return ms
}

// leadWord reports whether a word before a full name may be cut from it when the article
// writes that full name without it: no given name (a capitalised dictionary noun the
// lexicon also holds as a given name, "Star", counts as a noun), and known as a word or a
// surname, or a compound, or long.
func leadWord(text string, t *tokInfo, wd *wordData) bool {
	if t.first || t.lex&lxFirst != 0 && wd.dict(t.lower)&2 == 0 {
		return false
	}
	return wd.dict(t.lower) != 0 || t.hyphen || t.role != 0 || t.gaz != 0 || t.lex != 0 ||
		utf8.RuneCountInString(text) >= 8
}

// articleRolesBeforeNames drops a one-word person's mention that stands right before a
// person's full name and is a role, not a name: "sagte Straßenplaner Sven König", "sagte
// Richter Lucas Findeisen", "seinem Ehrenspielführer Dieter Burdenski". The tagger reads
// the role as a name of its own, and the quotation stage then takes it for the speaker.
// The word counts as a role when a list says so (a role, a title, a role compound), when it
// is a common noun by the dictionary (leadNoun), or when no list holds it as a name, the
// article names no one else with it, and it is a compound of a noun the dictionary writes
// capitalised or follows a verb of saying or an article. The full name must start with a
// given name of the curated list, or follow such a verb or article: a surname before a
// full name is most often another person ("Bülter Anthony Jung" in a match report).
func articleRolesBeforeNames(ms []mention, sents [][]word, infoss [][]tokInfo, r *article.Runes, rw *ruleWords, wd *wordData) []mention {
	var uses map[string]int // lower-cased words of persons' mentions -> mentions
	var drop map[int]bool
	for k, m := range ms {
		if m.typ != article.EntityPerson || m.sub != "" || m.strong || m.sent >= len(sents) {
			continue
		}
		ws, ti := sents[m.sent], infoss[m.sent]
		a := wordStarting(ws, m.start)
		if a < 0 || a+2 >= len(ws) || ws[a].end != m.end || ws[a+1].start != ws[a].end+1 {
			continue
		}
		// The next mention (mentions are in text order; blocks are skipped) is a
		// person's name of two words or more starting right after it.
		n := k + 1
		for n < len(ms) && ms[n].block {
			n++
		}
		if n >= len(ms) || ms[n].start != ws[a+1].start || ms[n].typ != article.EntityPerson || ms[n].sub != "" ||
			ms[n].sent != m.sent || wordEnding(ws, ms[n].end) <= a+1 {
			continue
		}
		x := &ti[a]
		if !x.upper || isGiven(x) || isAllCaps(ws[a].text) {
			continue
		}
		// A verb of saying or an article right before the word makes it the head of the
		// phrase whose name follows ("sagte Offensivmann Nico Williams", "seinem
		// Ehrenspielführer Dieter Burdenski"): no surname of a person of its own.
		cue := false
		if a > 0 {
			p := ti[a-1].lower
			cue = rw.saying(p) || rw.nameArticles[p] || rw.determiners[p] || rw.possessives[p]
		}
		if !ti[a+1].first && !cue {
			continue
		}
		role := x.role != 0 || rw.title(ti, a) > 0 || leadNoun(ws[a].text, x, rw, wd)
		if !role && (cue || x.hhead != 0) && x.lex == 0 && x.gaz == 0 {
			if uses == nil {
				uses = personWords(ms, r)
			}
			role = uses[x.lower] <= 1
		}
		if role {
			if drop == nil {
				drop = map[int]bool{}
			}
			drop[k] = true
		}
	}
	if len(drop) == 0 {
		return ms
	}
	out := ms[:0]
	for k, m := range ms {
		if !drop[k] {
			out = append(out, m)
		}
	}
	return out
}

// personWords counts, for each lower-cased word, the persons' mentions it is in.
func personWords(ms []mention, r *article.Runes) map[string]int {
	uses := map[string]int{}
	for _, m := range ms {
		if m.typ == article.EntityPerson && m.sub == "" {
			for _, w := range strings.Fields(strings.ToLower(r.Slice(m.start, m.end))) {
				uses[w]++
			}
		}
	}
	return uses
}

// particleEnds mends a person's name that ends in a particle ("Alexander Van der", "Jaap
// van", "Kevin Parker von der"): a name never ends so. Particles right after one word (a
// given name) begin the surname, so the capitalised word after them joins the name when it
// is no role, title, organisation's noun and not in capitals ("Alexander Van der Bellen",
// "Thom van Bergen", "Laurens De Plus"). Particles after a name of two words or more run on
// into something else ("Kevin Parker von der Band"), and go when written in lower case. A
// capitalised particle ending a name is otherwise left: "Le" and "Di" end names
// ("Alexandra Le", "Qin Shi Huang Di").
func particleEnds(ms []mention, first int, ws []word, ti []tokInfo, rw *ruleWords) {
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.typ != article.EntityPerson || m.sub != "" || m.block {
			continue
		}
		a, b := wordStarting(ws, m.start), wordEnding(ws, m.end)
		if a < 0 || b <= a || ws[a].start != m.start || ws[b].end != m.end || !ti[b].particle {
			continue
		}
		c := b // the first particle of the run at the end
		for c > a+1 && ti[c-1].particle {
			c--
		}
		if ti[c-1].particle {
			continue // particles alone
		}
		n := b + 1
		if c == a+1 && n < len(ws) && ws[n].start == ws[b].end+1 && ti[n].upper && !ti[n].particle && !isAllCaps(ws[n].text) &&
			ti[n].role == 0 && rw.title(ti, n) == 0 && !bodyNoun(ti[n].lower, rw) && !endsIn(ti[n].lower, rw.orgCues) &&
			(k+1 >= len(ms) || ms[k+1].start >= ws[n].end) {
			m.end, m.canon = ws[n].end, ""
		} else if !ti[b].upper {
			m.end, m.canon = ws[c-1].end, ""
		}
	}
}

// roleInsideNames cuts a mention that holds, after one to three words that are no given
// name, a role and then a name ("Leipzigs Schlussmann Peter Gulacsi", "Hertha Keeper Tjark
// Ernst", "Fenerbahce Legende Alex de Souza", "Macron Premierminister Attal"): the tagger
// read a club's or another person's name, the role and the person as one name, often of an
// organisation or a place. The words after the role are the person, by the tests
// rolePrefixPersons makes of them; the words before it are dropped. The role is a role of
// person_titles, a role compound (rolePart), or a role of the name lists that is no
// surname too ("Richter", "König" are: "Lutz Richter"); a given name before it keeps the
// mention whole ("Sacha Baron Cohen"), and so does a common noun right before it.
func roleInsideNames(ms []mention, first int, ws []word, ti []tokInfo, rw *ruleWords, wd *wordData) {
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.block || m.typ == "" || m.sub != "" {
			continue
		}
		a, b := wordStarting(ws, m.start), wordEnding(ws, m.end)
		if a < 0 || b < a+2 || ws[a].start != m.start || ws[b].end != m.end {
			continue
		}
		r := -1
		for i := a; i < b && i <= a+3; i++ {
			t := &ti[i]
			if i > a && ws[i].start != ws[i-1].end+1 || !t.upper || isGiven(t) || t.particle {
				break
			}
			if i > a && (rw.titles[t.lower] == "role" || rolePart(t.lower, rw) || t.role&gRole != 0 && t.lex&lxSur == 0 && !t.hyphen) {
				r = i
				break
			}
		}
		if r < 0 || b-r > 3 {
			continue
		}
		// A common noun before the role makes it part of a longer name ("Sky Sport Premier
		// League"); a club's, a place's or a person's name does not.
		if p := &ti[r-1]; wd.dict(p.lower) != 0 && p.gaz == 0 && p.lex == 0 {
			continue
		}
		ok := true
		for i := r + 1; i <= b && ok; i++ {
			t := &ti[i]
			person := isGiven(t) || t.lex&lxSur != 0
			ok = (t.upper || t.particle && i < b) && ws[i].start == ws[i-1].end+1 && !isAllCaps(ws[i].text) && utf8.RuneCountInString(ws[i].text) > 1 &&
				t.role == 0 && rw.title(ti, i) == 0 && !rw.isOrgHead(t.lower) && !rw.bodyWord(t.lower) && !rw.nameStops[t.lower] &&
				(person || t.gaz&(gCountry|gSubdiv|gCity|gRegion|gOrg|gTeam) == 0 && t.lex&(lxLoc|lxOrg|lxNat|lxAdj) == 0)
		}
		if !ok {
			continue
		}
		m.start, m.typ, m.canon = ws[r+1].start, article.EntityPerson, ""
		m.strong, m.roleCue, m.hasFirst, m.team, m.cued, m.prob = true, true, b-r >= 2, false, false, 0
	}
}
