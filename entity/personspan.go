package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// Where a person's span, as the tagger or a cue gave it, holds more than one name or words
// that are no name (issue 14, stop 25b; classes read on trends-de stream articles outside
// every audit). Each function works on the words ws[a:b] of one mention.

// leadNounBeforeName returns where a person's name starts when a noun no list holds as a
// name stands before a full name in the same span ("Arminias Ehrenspielführer Fabian Klos",
// "Langzeit-Champion Amanda Nunes", "Star Sarah Jessica Parker"): at the given name, when
// no word before it is a given name and the word right before it is a noun of the
// dictionary, alone or as the head of a compound. A role is no part of a name, as the
// titles cut by trimNonNames are not.
func leadNounBeforeName(ws []word, ti []tokInfo, a, b int, rw *ruleWords, wd *wordData) int {
	if wd == nil || isGiven(&ti[a]) {
		return a // "Christina Schauspielerin Raquel Welch": a name before the noun
	}
	for k := a + 1; k+1 < b; k++ {
		if isGiven(&ti[k]) {
			if isPersonWord(ws[k+1].text) && leadNoun(ws[k-1].text, &ti[k-1], rw, wd) {
				return k
			}
			return a
		}
	}
	// A role compound before a surname alone: "Judo-Legende Harrison", "McLaren-Pilot
	// Piastri". Only a hyphenated compound: a plain noun may be a name the lists lack.
	if b-a == 2 && ti[a].hyphen && !isGiven(&ti[a+1]) && isPersonWord(ws[a+1].text) && leadNoun(ws[a].text, &ti[a], rw, wd) {
		return a + 1
	}
	return a
}

// isGiven reports whether a word is a given name by any list.
func isGiven(t *tokInfo) bool { return t.first || t.lex&lxFirst != 0 }

// leadNoun reports whether a word before a name is a common noun: a capitalised noun of
// the dictionary no list holds as a name, or a compound whose last part is one
// ("Langzeit-Champion", "Boss-Chefs").
func leadNoun(text string, t *tokInfo, rw *ruleWords, wd *wordData) bool {
	if isGiven(t) || t.lex&lxSur != 0 || t.gaz != 0 || isAllCaps(t.lower) {
		return false
	}
	if t.hyphen {
		g := gazOnce()
		for _, part := range strings.Split(t.lower, "-") {
			if g.kind[part]&gFirst != 0 || g.lexLookup(part)&(lxFirst|lxSur) != 0 {
				return false // "Ann-Katrin", "Müller-Lüdenscheidt"
			}
		}
		return compoundWithNoun(text, rw, wd)
	}
	return t.role != 0 || wd.dict(t.lower) == 2 || dictCompound(t.lower, wd)
}

// particleRunOn returns where a person's name ends when it runs on through a particle
// into what is no part of it: a particle at the end ("Lars Stindl von", of "von Beginn
// an"), or one after a full name whose last word is a surname ("Florian Wirtz von Bayer",
// "Gavin Rossdale von Bush"). A particle after a given name ("Ursula von der Leyen",
// "Johann Wolfgang von Goethe") or a title ("Claus Schenk Graf von Stauffenberg") is the
// name's own, as is one after a single word ("Niklaus von Flüe", "Varnhagen von Ense").
func particleRunOn(ws []word, ti []tokInfo, a, b int, rw *ruleWords) int {
	for p := a + 1; p < b; p++ {
		if !rw.runOn[ws[p].text] {
			continue
		}
		if p == b-1 {
			return p
		}
		if p-a >= 2 && !isGiven(&ti[p-1]) && rw.title(ti, p-1) == 0 && !ti[p-1].particle && givenBefore(ti, a, p-1) {
			return p
		}
	}
	return b
}

// secondFullName returns where a second person's full name starts inside a span that
// runs two together ("Keven Schlotterbeck Nathan Tella", a caption's "Milli Segieth Shawn
// Barber"), or -1: a given name after a given name and a surname, and a capitalised word
// after it; a particle is no given name there ("Sharda Caro Del Castillo"). Given names written together ("Hans Peter Vogt", "Hugh Richard Louis
// Grosvenor") and double surnames ("Jose Maria Sanchez Martinez") stay one name.
func secondFullName(ws []word, ti []tokInfo, a, b int) int {
	for k := a + 2; k+1 < b; k++ {
		if isGiven(&ti[k]) && !ti[k].particle && !isGiven(&ti[k-1]) && !ti[k-1].particle && utf8.RuneCountInString(ws[k-1].text) > 1 &&
			isPersonWord(ws[k-1].text) && isPersonWord(ws[k+1].text) && givenBefore(ti, a, k-1) {
			return k
		}
	}
	return -1
}

// splitFullNames cuts a person's mention that runs two full names together into the two
// (secondFullName). Mentions of this sentence start at ms[first].
func splitFullNames(ms []mention, first int, ws []word, ti []tokInfo, rw *ruleWords, wd *wordData) []mention {
	for k := first; k < len(ms); k++ {
		m := ms[k]
		if m.typ != article.EntityPerson || m.sub != "" {
			continue
		}
		a, b := wordStarting(ws, m.start), wordEnding(ws, m.end)
		if a < 0 || b < 0 {
			continue
		}
		if s := secondFullName(ws, ti, a, b+1); s > 0 {
			left, right := m, m
			e := s - 1
			if e-a >= 1 && roleBetween(ws[e].text, &ti[e], rw, wd) {
				e-- // "Sebastian Gollnow Landeswahlleiter Stephan Bröchler": the role is the second's
			}
			left.end, left.canon = ws[e].end, ""
			right.start, right.canon = ws[s].start, ""
			ms[k] = left
			ms = slices.Insert(ms, k+1, right)
		}
	}
	return ms
}

// splitCountryTail cuts a country the lists know from the end of a person's mention of three
// words or more: in a line-up ("… Cristiano Ronaldo Tschechien: Stanek …") the next team's
// name follows the last player without a stop, and the tagger reads one name, whose last word
// the article would then read as a surname everywhere. Given names and surnames that are
// countries too ("Jordan") stay. Mentions of this sentence start at ms[first].
func splitCountryTail(ms []mention, first int, ws []word, ti []tokInfo, si int) []mention {
	for k := first; k < len(ms); k++ {
		m := ms[k]
		if m.typ != article.EntityPerson || m.sub != "" {
			continue
		}
		a, b := wordStarting(ws, m.start), wordEnding(ws, m.end)
		if a < 0 || b-a < 2 {
			continue
		}
		t := &ti[b]
		if t.gaz&gCountry == 0 || t.gaz&gFirst != 0 || isGiven(t) || t.lex&lxSur != 0 || !isUpperStart(ws[b].text) {
			continue
		}
		left := m
		left.end, left.canon = ws[b-1].end, ""
		ms[k] = left
		ms = slices.Insert(ms, k+1, mention{start: ws[b].start, end: ws[b].end, typ: article.EntityPlace, sent: si})
		k++
	}
	return ms
}

// roleTail reports whether a word ends in a role or title of the pack's list, after a stem
// of three letters or more ("Landeswahlleiter", of "leiter"), where the gazetteer's
// roles do not reach.
func roleTail(lower string, rw *ruleWords) bool {
	for i := range lower {
		if i < 3 {
			continue
		}
		if _, ok := rw.titles[lower[i:]]; ok && utf8.RuneCountInString(lower[i:]) >= 5 {
			return true
		}
	}
	return false
}

// roleBetween reports whether the word that ends the first of two names run together is
// the second's role, not the first's surname: a role of the lists ("Schauspielerin",
// "Landeswahlleiter"), a noun of the dictionary or a hyphenated compound ending in one
// ("Boss-Chefs"). Unlike leadNoun, a plain word that is two words joined is a surname
// here ("Nagelsmann").
func roleBetween(text string, t *tokInfo, rw *ruleWords, wd *wordData) bool {
	if isGiven(t) || t.lex&lxSur != 0 {
		return false
	}
	if t.role != 0 || roleTail(t.lower, rw) {
		return true
	}
	return leadNoun(text, t, rw, wd) && (t.hyphen || wd.dict(t.lower) == 2)
}

// leadParticles takes the particles before a person's surname into the mention, where the
// tagger or the article-wide search found the surname alone: "EU-Kommissionspräsidentin von
// der Leyen" names "von der Leyen", as GermEval writes it, not "Leyen". The particles are
// the pack's surname_lead words, written in lower case: those that begin a surname when no
// given name stands before them. A sentence's first word is capitalised whatever it is, so
// there the particle counts in either case ("Von der Leyen sagte …"), and the tagger's
// pieces of such a name ("Von" alone, "der Leyen") become the one name.
func leadParticles(ms []mention, sents [][]word, rw *ruleWords) []mention {
	prevEnd, prev := -1, -1
	dropped := false
	for i := range ms {
		m := &ms[i]
		if m.typ == article.EntityPerson && m.sub == "" && m.sent >= 0 && m.sent < len(sents) {
			ws := sents[m.sent]
			wi := wordStarting(ws, m.start)
			if wi > 0 && !isUpperStart(ws[wi].text) && ws[wi].end < m.end && opensSentence(ws, wi-1) &&
				rw.surnameLeads[strings.ToLower(ws[wi-1].text)+" "+ws[wi].text] {
				// "Von | der Leyen": the tagger began the name at the article.
				wi--
				m.start = ws[wi].start
			}
			if wi > 0 && isUpperStart(ws[wi].text) {
				for _, n := range []int{2, 1} {
					if wi-n < 0 || (wi-n > 0 && ws[wi-n-1].end == ws[wi-n].start && !openingMark(ws[wi-n-1].text)) {
						continue
					}
					p := ws[wi-n].text
					if opensSentence(ws, wi-n) {
						p = strings.ToLower(p)
					}
					if n == 2 {
						p += " " + ws[wi-1].text
					}
					if !rw.surnameLeads[p] {
						continue
					}
					if ws[wi-n].start <= prevEnd {
						// Only the tagger's "Von" alone, a person of the particle, gives way.
						if prev < 0 || ms[prev].typ != article.EntityPerson || ms[prev].sub != "" || ms[prev].start != ws[wi-n].start || ms[prev].end > ws[wi-1].end {
							continue
						}
						ms[prev].end, dropped = -1, true // removed below
					}
					m.start = ws[wi-n].start
					break
				}
			}
		}
		prevEnd, prev = max(prevEnd, m.end), i
	}
	if !dropped {
		return ms
	}
	return slices.DeleteFunc(ms, func(m mention) bool { return m.end < 0 })
}

// openingMark reports whether a word glued to a particle before it leaves the particle a
// name's ("„von der Leyen", "(van Dijk", "Lafargue/van Uitert"): a quotation mark, a
// bracket or a slash; a word or a full stop does not ("www.example.de Audio").
func openingMark(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	switch {
	case r == '/' || r == '(' || r == '[':
		return true
	default:
		return openQuote(w)
	}
}

// opensSentence reports whether ws[i] is the first word of its sentence, quotation marks
// and dashes before it aside.
func opensSentence(ws []word, i int) bool {
	for k := 0; k < i; k++ {
		if isWordRune(firstRune(ws[k].text)) {
			return false
		}
	}
	return true
}

// personStart returns where a person's name starts in ws[a:b], or drop when the span is
// none: no name starts with a punctuation mark (". Ausbüttel" of "Dr. Ausbüttel", "-
// Fröling" of a line-up), the word after "St." or a place's abbreviated lead is the
// place's, the club's or the church's ("St. Georg", "St. Pauli"), and a word with a capital after five lower-case letters is two words run together by the page or a
// product's name ("SchauspielerinAnja", "HarmonyOS"), not a name.
func personStart(ws []word, ti []tokInfo, a, b int, rw *ruleWords) (int, bool) {
	for a < b-1 && !isWordRune(firstRune(ws[a].text)) {
		a++
	}
	if !isWordRune(firstRune(ws[a].text)) {
		return a, true
	}
	st := a >= 2 && ws[a-1].text == "." && ws[a-2].end == ws[a-1].start && placeLead(ti[a-2].lower, rw)
	if !st && a+2 < b && ws[a+1].text == "." && ws[a].end == ws[a+1].start && placeLead(ti[a].lower, rw) {
		st, a = true, a+2
	}
	if st {
		// "St. Georg", "St. Pauli": a place, a club, a church, not a person; a name may
		// follow ("St. Pauli-Trainer Fabian Hürzeler").
		if b-a == 1 {
			return a, true
		}
		a++
	}
	return a, runTogether(ws[a].text)
}

// runTogether reports whether a word has a capital letter after five lower-case ones
// ("InterviewKylian"); names that join words keep them short ("McDonald", "DiCaprio",
// "MacKenzie").
func runTogether(w string) bool {
	low := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			low++
		case unicode.IsUpper(r) && low >= 5:
			return true
		default:
			low = 0
		}
	}
	return false
}

// minuteMarks cuts a live ticker's minute from a person's name: "81. Min Lienhart" is
// Lienhart in the 81st minute, "Min" no given name (the sentence may start at "Min").
func minuteMarks(ms []mention, r *article.Runes) {
	for i := range ms {
		m := &ms[i]
		if m.typ != article.EntityPerson || m.end-m.start < 5 || r.Slice(m.start, m.start+4) != "Min " {
			continue
		}
		before := strings.TrimRight(r.Slice(max(0, m.start-5), m.start), " ")
		if before == "" || before[len(before)-1] != '.' {
			continue
		}
		before = before[:len(before)-1]
		if before != "" && before[len(before)-1] >= '0' && before[len(before)-1] <= '9' {
			m.start += 4
		}
	}
}

// placeLead reports whether an abbreviation (without its full stop) begins the names of
// places, clubs and churches: "St." ("St. Georg", "St. Pauli", "St. Maria"), which the
// title lists hold for saints too.
func placeLead(lower string, rw *ruleWords) bool {
	return lower == "st" || rw.placeLeads[lower+"."]
}

// genitiveBeforeName returns where a full name starts after the genitive of a place, a
// country or a club in the same span ("Rostocks Alexander Rossipal", "Hansa Rostocks Damian
// Roßbach", "Bayerns Thomas Müller"), or -1: a capitalised word in -s that no list holds as
// a name, whose stem without the -s the lists hold as a place, a country, a club or an
// organisation, right before a given name and a capitalised word, with no given name
// before it. The genitive says whose the person is and is no part of the name.
func genitiveBeforeName(ws []word, ti []tokInfo, a, b int) int {
	for k := a + 1; k+1 < b; k++ {
		if !isGiven(&ti[k]) || !isPersonWord(ws[k+1].text) {
			continue
		}
		if genitiveName(ws[k-1].text, &ti[k-1]) && !givenBefore(ti, a, k-1) {
			return k
		}
		return -1
	}
	return -1
}

// genitiveName reports whether a word is the genitive of a place, a country, a club or an
// organisation the lists hold ("Rostocks", "Deutschlands", "Hoffenheims"), and no name of
// a person by any list ("Jonas", "Klaus", "Andreas" are given names; "Brooks" a surname).
// The stem has four letters or more: a given name the lists lack may end in a short
// place's genitive ("Nils", of the Nile).
func genitiveName(text string, t *tokInfo) bool {
	l := t.lower
	if !isUpperStart(text) || isAllCaps(text) || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || utf8.RuneCountInString(l) < 5 ||
		isGiven(t) || t.lex&lxSur != 0 {
		return false
	}
	g := gazOnce()
	if g.kind[l]&gFirst != 0 || g.lex[l]&(lxFirst|lxSur) != 0 {
		return false
	}
	stem := l[:len(l)-1]
	return g.kind[stem]&(gCountry|gCity|gRegion|gSubdiv|gOrg|gTeam) != 0 || g.lex[stem]&(lxLoc|lxOrg) != 0
}

// personStem reports whether the stem of a genitive in -s is a person's name by any list
// ("Trumps": Trump names a company too, but first a man).
func personStem(lower string) bool {
	g := gazOnce()
	stem := lower[:len(lower)-1]
	return g.kind[stem]&gFirst != 0 || g.lex[stem]&(lxFirst|lxSur) != 0
}

// nounHead reports whether a lower-case word is a compound dictCompound, which wants a
// capitalised noun at the end, does not find: a capitalised noun of the dictionary of five
// letters or more after three letters or more ("tabellen|nachbar"), or one of five letters
// or more before a word of the dictionary of four or more ("kopfball|versuch", whose
// "versuch" the dictionary holds as a verb's form).
func nounHead(l string, wd *wordData) bool {
	n := 0
	for i := range l {
		rest := utf8.RuneCountInString(l[i:])
		if n >= 3 && rest >= 5 && wd.dict(l[i:])&2 != 0 || n >= 5 && rest >= 4 && wd.dict(l[:i])&2 != 0 && wd.dict(l[i:]) != 0 {
			return true
		}
		n++
	}
	return false
}

// genitivePlaceType is the type of a place's, a country's or a club's genitive cut from a
// person's span: a place where the lists hold the stem as one, else an organisation.
func genitivePlaceType(lower string) string {
	g := gazOnce()
	stem := lower[:len(lower)-1]
	if g.kind[stem]&(gCountry|gCity|gRegion|gSubdiv) != 0 || g.lex[stem]&lxLoc != 0 {
		return article.EntityPlace
	}
	return article.EntityOrganisation
}

// splitGenitiveNames cuts a full name from the genitive of a place or a club before it in
// one mention (genitiveBeforeName): the name is a person's; what stands before it keeps
// the mention's type when the mention was a place's or an organisation's ("Hansa Rostocks"
// of "Hansa Rostocks Damian Roßbach"), and a person's span gives a one-word genitive the
// type of its stem ("Rostocks" of "Rostocks Alexander Rossipal", a place). Mentions of
// this sentence start at ms[first].
func splitGenitiveNames(ms []mention, first int, ws []word, ti []tokInfo, wd *wordData) []mention {
	for k := first; k < len(ms); k++ {
		m := ms[k]
		if m.sub != "" || m.block || m.typ == "" {
			continue
		}
		a, b := wordStarting(ws, m.start), wordEnding(ws, m.end)
		if a < 0 || b < 0 {
			continue
		}
		if m.typ == article.EntityPerson && b == a && genitiveName(ws[a].text, &ti[a]) && !personStem(ti[a].lower) &&
			a+1 < len(ws) && isWordRune(firstRune(ws[a+1].text)) && !isGiven(&ti[a+1]) {
			// "Heidenheims" alone, before a role and a name ("Heidenheims
			// Vorstandsvorsitzender Holger Sanwald:"): no one is called by a place's or
			// a club's genitive; as a person it would take the words that follow. A word
			// in a list ("Kim, Davies - Pavlovic") may be a surname the lists lack, and a
			// genitive before a full name is read with the name (splitGenitiveNames).
			m.canon, m.hasFirst, m.roleCue, m.typ = "", false, false, genitivePlaceType(ti[a].lower)
			ms[k] = m
			continue
		}
		s := genitiveBeforeName(ws, ti, a, b+1)
		if s < 0 && m.typ == article.EntityPerson && b == a+1 && genitiveName(ws[a].text, &ti[a]) && isPersonWord(ws[b].text) && !isGiven(&ti[b]) {
			// "Bochums Broschinski": the genitive and a surname. A word of the dictionary,
			// alone or as a compound's head, unless the lexicon holds it as a surname, or a
			// proper noun of another kind is a noun ("Napolis Meistertrainer", "Wolfsburgs
			// Kroate", "Huaweis HarmonyOS", "Heidenheims Dorsch" too: precision first): the
			// genitive alone stays, and the article's full name, where it has one, finds
			// the surname again.
			sur := ti[b].lex&lxSur != 0 || wd != nil && wd.dict(ti[b].lower) == 0 && !dictCompound(ti[b].lower, wd) && !nounHead(ti[b].lower, wd)
			if !sur || ti[b].lex&^lxSur != 0 || ti[b].hyphen || runTogether(ws[b].text) {
				m.end, m.canon, m.hasFirst, m.roleCue = ws[a].end, "", false, false
				m.typ = genitivePlaceType(ti[a].lower)
				ms[k] = m
				continue
			}
			s = b
		}
		if s < 0 {
			continue
		}
		person := m
		person.start, person.typ, person.canon, person.sub = ws[s].start, article.EntityPerson, "", ""
		person.hasFirst = s < b
		head := m
		head.end, head.canon = ws[s-1].end, ""
		if m.typ == article.EntityPerson {
			head.hasFirst, head.roleCue = false, false
			if s-1 != a {
				ms[k] = person // a longer head of a person's span: no name of its own
				continue
			}
			head.typ = genitivePlaceType(ti[a].lower)
		}
		ms[k] = head
		ms = slices.Insert(ms, k+1, person)
		k++
	}
	return ms
}

// initialsPersons types as persons the places that are initials and one capitalised word
// ("L. Reis" of a line-up, "M.Schuster", "J. D. Brettschneider"), which the tagger read as
// places on the stream: initials with their full stops, not after another letter and full
// stop ("z. B. Zelte"), and a word the lists hold as no place and no organisation ("B.
// Dortmund" of a table stays). Organisations are left alone: "J.P. Morgan", "E. Merck" are
// companies. Mentions of this sentence start at ms[first].
func initialsPersons(ms []mention, first int, ws []word, ti []tokInfo) {
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.typ != article.EntityPlace || m.sub != "" || m.strong {
			continue
		}
		a, b := wordStarting(ws, m.start), wordEnding(ws, m.end)
		if a < 0 || b < 0 || !initialBefore(ws, a) {
			continue
		}
		if a >= 2 && ws[a-1].text == "." && utf8.RuneCountInString(ws[a-2].text) == 1 {
			continue // "z. B. Zelte", "U.S. Army": an abbreviation's letter
		}
		if s, ok := initialSurname(ws, ti, a); !ok || s != b || !isPersonWord(ws[b].text) {
			continue
		}
		m.typ, m.canon, m.hasFirst = article.EntityPerson, "", true
	}
}

// initialBefore reports whether ws[a:a+2] is an initial, a capital letter with its full
// stop right after it ("L.").
func initialBefore(ws []word, a int) bool {
	return a+1 < len(ws) && isInitial(ws[a].text) && ws[a+1].text == "." && ws[a+1].start == ws[a].end
}

// initialSurname reports whether the words from ws[i] on are one or more initials with their
// full stops ("J. D. ", "D. ") followed by a surname, and returns the index of the surname: a
// capitalised word of two letters or more, not in capitals, that the lists hold as no place,
// organisation, nationality or adjective and the gazetteer does not know ("J. D. Vance",
// never "U. S. Army" or "B. Dortmund").
func initialSurname(ws []word, ti []tokInfo, i int) (int, bool) {
	k := i
	var letters string
	for initialBefore(ws, k) {
		letters += ws[k].text
		k += 2
	}
	if k == i || k >= len(ws) || ws[k].start > ws[k-1].end+1 {
		return 0, false
	}
	if len(letters) > 1 {
		if kd, _ := gazOnce().lookupCase(letters, strings.ToLower(letters)); kd != 0 {
			return 0, false // "U. S. Army": the letters spell a place or body ("US")
		}
	}
	w := ws[k].text
	if !isUpperStart(w) || isAllCaps(w) || utf8.RuneCountInString(w) < 2 || ti[k].lex&(lxLoc|lxOrg|lxNat|lxAdj) != 0 {
		return 0, false
	}
	if kd, _ := gazOnce().lookupCase(w, ti[k].lower); kd != 0 {
		return 0, false
	}
	return k, true
}

// middleInitials completes persons whose names a full stop cut: a person ending on an
// initial ("John D" of "John D. Vance", "Michael J" of "Michael J. Fox") runs on to its
// surname, and two or more initials before a surname with no mention on them are a person
// ("J. D. Vance", where the speaker's words were read as "J"). One initial alone before a
// word stays as initialsPersons leaves it ("L. Reis" of a line-up is typed there). Mentions
// of this sentence start at ms[first].
func middleInitials(ms []mention, first int, ws []word, ti []tokInfo, si int) []mention {
	covered := func(a, b int) bool {
		for k := first; k < len(ms); k++ {
			if ms[k].start < ws[b].end && ms[k].end > ws[a].start {
				return true
			}
		}
		return false
	}
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.typ != article.EntityPerson {
			continue
		}
		b := wordEnding(ws, m.end)
		if b < 1 || !isInitial(ws[b].text) {
			continue
		}
		if s, ok := initialSurname(ws, ti, b); ok && !covered(b+1, s) {
			m.end, m.canon, m.hasFirst = ws[s].end, "", true
		}
	}
	added := false
	for i := 0; i+4 < len(ws); i++ {
		if !initialBefore(ws, i) || !initialBefore(ws, i+2) || i >= 2 && ws[i-1].text == "." {
			continue
		}
		s, ok := initialSurname(ws, ti, i)
		if !ok || covered(i, s) {
			continue
		}
		ms = append(ms, mention{start: ws[i].start, end: ws[s].end, typ: article.EntityPerson, sent: si, hasFirst: true})
		added = true
		i = s
	}
	if added {
		slices.SortStableFunc(ms[first:], func(a, b mention) int { return a.start - b.start })
	}
	return ms
}

// rolePrefixPersons types as a person the capitalised words right after a hyphenated
// compound that names a person's role ("NRW-Rapper Eko Fresh", "McLaren-Pilot Lando
// Norris", "Vereins-Legende Xavi"), which the tagger may read, compound included, as an
// organisation or a person: the compound is cut off, the rest is a person. Only when the
// compound's last part is a role (role_part of entity_rules, or a role of person_titles),
// one to three words follow it in the same mention, none a title or a role, none in
// capitals, none an organisation's or a place's word by any list unless it is a name of
// persons too ("Paris"), and none a body's or organisation's noun.
func rolePrefixPersons(ms []mention, first int, ws []word, ti []tokInfo, rw *ruleWords) {
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.block || m.typ == "" {
			continue
		}
		a, b := wordStarting(ws, m.start), wordEnding(ws, m.end)
		if a < 0 || b <= a || b-a > 3 || ws[a].start != m.start || ws[b].end != m.end || !rolePart(ti[a].lower, rw) {
			continue
		}
		ok := true
		for i := a + 1; i <= b && ok; i++ {
			t := &ti[i]
			person := isGiven(t) || t.lex&lxSur != 0
			ok = t.upper && ws[i].start == ws[i-1].end+1 && !isAllCaps(ws[i].text) && utf8.RuneCountInString(ws[i].text) > 1 &&
				t.role == 0 && rw.title(ti, i) == 0 && !rw.isOrgHead(t.lower) && !rw.bodyWord(t.lower) && !rw.nameStops[t.lower] &&
				(person || t.gaz&(gCountry|gSubdiv|gCity|gRegion|gOrg|gTeam) == 0 && t.lex&(lxLoc|lxOrg|lxNat|lxAdj) == 0)
		}
		if !ok {
			continue
		}
		m.start, m.typ, m.sub, m.canon = ws[a+1].start, article.EntityPerson, "", ""
		m.strong, m.roleCue, m.hasFirst, m.team, m.cued, m.prob = true, true, b-a >= 2, false, false, 0
	}
}

// rolePart reports whether a word is a hyphenated compound whose last part names a
// person's role ("NRW-Rapper", "Ex-Nationalspieler"), its first part no name of a person
// ("Ann-Katrin").
func rolePart(lower string, rw *ruleWords) bool {
	i := strings.LastIndexByte(lower, '-')
	if i <= 0 || i == len(lower)-1 {
		return false
	}
	last := lower[i+1:]
	if !rw.roleParts[last] && rw.titles[last] != "role" {
		return false
	}
	g := gazOnce()
	for _, part := range strings.Split(lower[:i], "-") {
		if g.kind[part]&gFirst != 0 || g.lexLookup(part)&(lxFirst|lxSur) != 0 {
			return false
		}
	}
	return true
}

// personBeforeBody splits a mention the tagger read as one organisation or other name out
// of a person's full name and the body the person is from ("Volker Bothmer von der
// Universität Göttingen", "Anna Kowalczyk vom Institut für …"): the name before "von der",
// "von dem" or "vom" is a person when it starts with a given name and has two or three
// capitalised words (particles between them allowed), and the first capitalised word after
// the particle (lower-case adjectives skipped) is an organisation's noun by the pack's
// lists. The words after the particle are dropped (an empty name is better than half of
// one: the tagger's span often ends inside the body's name).
func personBeforeBody(ms []mention, first int, ws []word, ti []tokInfo, rw *ruleWords) {
	for k := first; k < len(ms); k++ {
		m := &ms[k]
		if m.block || m.typ == "" || m.typ == article.EntityPerson || m.sub != "" {
			continue
		}
		a, b := wordStarting(ws, m.start), wordEnding(ws, m.end)
		if a < 0 || b < a+3 || ws[a].start != m.start || ws[b].end != m.end || !isGiven(&ti[a]) || !ti[a].upper {
			continue
		}
		p := -1
		for i := a + 1; i < b; i++ {
			if rw.bodyFrom[ti[i].lower] || rw.bodyFrom[ti[i].lower+" "+ti[i+1].lower] {
				p = i
				break
			}
			if !ti[i].upper && !ti[i].particle || isAllCaps(ws[i].text) || ti[i].role != 0 || rw.isOrgHead(ti[i].lower) {
				break
			}
		}
		if p < 0 || !ti[p-1].upper {
			continue
		}
		names := 0
		for i := a; i < p; i++ {
			if ti[i].upper {
				names++
			}
		}
		if names < 2 || names > 3 {
			continue
		}
		h := p + 1
		if !rw.bodyFrom[ti[p].lower] {
			h++ // two words: "von der"
		}
		for h < len(ws) && !ti[h].upper && isAdjWord(ti[h].lower) {
			h++
		}
		if h >= len(ws) || !ti[h].upper || !bodyNoun(ti[h].lower, rw) {
			continue
		}
		m.end, m.typ, m.canon, m.strong, m.hasFirst, m.roleCue = ws[p-1].end, article.EntityPerson, "", true, true, false
		m.team, m.cued, m.prob = false, false, 0
	}
}

// bodyNoun reports whether a lower-cased word is, or ends in, the noun of an organisation
// or an institution ("Universität", "Goethe-Universität", "Stiftung", "Landesamt").
func bodyNoun(lower string, rw *ruleWords) bool {
	if i := strings.LastIndexByte(lower, '-'); i >= 0 {
		lower = lower[i+1:]
	}
	return rw.isOrgHead(lower) || endsIn(lower, rw.orgAfterName) || rw.bodyWord(lower) || rw.orgPlace[lower]
}
