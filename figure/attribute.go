package figure

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// attribute finds who gives the figure: the speaker of the quotation it stands in, the source
// a cue in its sentence names ("laut X", "nach Angaben des X", "sagte X", "X sprach von",
// "so X", "wie X berichtete"), or the sentence's subject when that is a named entity and the
// verb pledges ("Deutschland hat ... zugesichert"). Nobody otherwise: no giver is better
// than a wrong one. It returns a canonical entity name where the source is
// one, else the source phrase put into the nominative.
func (r *run) attribute(t []tok, c cand, start, end int) (string, *article.Mark) {
	name, mk := r.giver(t, c, start, end)
	return r.bodyName(t, name, mk), mk
}

// giver is attribute before the giver's name form is mended.
func (r *run) giver(t []tok, c cand, start, end int) (string, *article.Mark) {
	if _, n, ok := phraseAt(t, 0, r.lex.teaserLeads); ok && n < len(t) && t[n].text == ":" {
		// "Read more: X wrote software that generates art worth millions": another
		// article's headline; its verb tells what X did, not who gives the figure.
		return "", nil
	}
	qlo, qhi := r.quotes.Around(start, end)
	for i := qlo; i < qhi; i++ {
		q := &r.an.Quotes[i]
		// A source that overlaps the figure itself is a misreading, not a speaker.
		if q.Start <= start && end <= q.End && q.Speaker != "" && sourceApart(q, start, end) && !r.reportElsewhere(t, q, c) {
			return q.Speaker, q.Source
		}
	}
	bestD := len(t) + 1
	var name string
	var mark *article.Mark
	// The nearest cue that names a source wins. A cue's words are not read again as the
	// start of another cue.
	next := 0
	for _, x := range r.sentenceCues(t) {
		k := x.k
		if k < next || k >= c.a && k < c.b {
			continue
		}
		next = k + x.n
		d := c.a - k
		if k > c.a {
			d = k - c.b
		}
		if d >= bestD {
			if k > c.a {
				break // the cues further right are further away
			}
			continue
		}
		if x.kind == "verb" && r.speaksElsewhere(t, k, start, end) {
			// "“…”, said Timme, averaging 21.5 points": the cue's words are the quotation
			// before it; the figure is the author's, said of the speaker.
			continue
		}
		if k > c.b && r.opensConjunct(t, k, c) {
			// "… für 64,99 Euro im Angebot und laut Amazon damit zum niedrigsten Preis":
			// a cue after a coordinator speaks for its own conjunct, not the one before.
			continue
		}
		if r.teaserApart(t, k, x.n, c) && (k < c.a || !r.quoted(start, end)) {
			// "Noch fünf Spieltage: So endet laut KI die Saison", "So endet laut KI die Saison
			// Drei Clubs spielen oben mit, drei …": a run-in teaser's source speaks for its
			// own headline.
			continue
		}
		if x.kind == "before" && k > c.b && r.laterClause(t, c, k) {
			// "… wurden 7,79 Meter erreicht, das Wasser sollte laut Vorhersage weiter
			// steigen": the source speaks for the later clause only.
			continue
		}
		if strings.HasPrefix(x.kind, "verb") && !strings.HasSuffix(x.kind, "+von") && k < c.a && r.inRelative(t, k, c) {
			// "verkündet das Gericht sein Urteil im Streit mit der Behörde, die 13 Millionen
			// fordert": the figure describes a noun of the sentence, it is not announced.
			// After "sprach von" the relative clause is what was said ("von einer
			// Überarbeitung, die zu 394 PS führt").
			continue
		}
		if k < c.a && r.subordinateSpeech(t, k, c) {
			continue
		}
		if x.kind == "before" && k < c.a && r.nextClauseOwnSubject(t, k+x.n, c) {
			continue
		}
		if strings.HasPrefix(x.kind, "verb") && k < c.a && r.verbClauseDone(t, k+x.n, c) {
			continue
		}
		if nm, mk, ok := r.cue(t, k, x.n, x.kind, c); ok {
			if r.describesSource(t, mk, c) {
				continue
			}
			name, mark, bestD = nm, mk, d
		}
	}
	if name != "" {
		return name, mark
	}
	for i := qlo; i < qhi; i++ {
		q := &r.an.Quotes[i]
		if q.Start <= start && end <= q.End && q.Source != nil && sourceApart(q, start, end) && !r.reportElsewhere(t, q, c) {
			return "", q.Source
		}
	}
	// The subject of the sentence, when it is a named entity followed by its verb and the
	// sentence pledges or grants (a pack's figure_pledges): "Deutschland hat 200 Millionen
	// Euro zugesichert". With other verbs the subject is what the figure measures ("Die CDU
	// kommt auf 31,9 Prozent", "Das BSW hat 839 Mitglieder"), not who gives it.
	if !r.pledges(t, c) {
		return "", nil
	}
	if c.a > 0 && t[c.a-1].kind == tWord && isIn(r.lex.preps, t[c.a-1].norm) {
		// "hat in 120 Firmen investiert": a figure after a preposition is not the amount
		// pledged.
		return "", nil
	}
	for _, e := range r.ents {
		if e.b > c.a || e.a > 3 {
			break // entities come in token order: none after this one can be the subject
		}
		if e.b >= len(t) || !r.isWord(t[e.b]) || t[e.b].upper {
			continue
		}
		lead := true
		for k := 0; k < e.a; k++ {
			// Only determiners and role nouns may precede the subject ("Die Bundesregierung",
			// "Kanzler Scholz"); a preposition makes the entity an adverbial ("In Gaza sind").
			if !isIn(r.lex.cases, t[k].norm) && !r.isNoun(t[k]) {
				lead = false
			}
		}
		if lead && e.a <= 3 {
			return canonical(e.e), r.mark(t, r.extendLeft(t, e.a, -1), e.b)
		}
	}
	return "", nil
}

// teaserApart reports whether a cue at t[k:k+n] and the figure c stand in two headlines,
// sentences or statements run together: a colon between the figure and a cue after it, or a
// capitalised number word inside the sentence between a cue and a figure after it (a sentence
// start the segmenter missed: "So endet laut KI die Saison Drei Clubs …").
func (r *run) teaserApart(t []tok, k, n int, c cand) bool {
	if k > c.b {
		// "She appeared in three series: as X, as she put it, …": a cue after a colon speaks
		// for the words after it.
		return colonBetween(t, c.b, k)
	}
	for m := k + n; m < c.a; m++ {
		if m > 0 && t[m].upper && r.isNumberWord(t[m]) && r.isNoun(t[m-1]) {
			return true
		}
	}
	return false
}

// quoted reports whether the figure [start, end) stands in a direct quotation: a colon there is
// the speaker's ("„Ich garantiere es zu 100 Prozent: …“, betonte er").
func (r *run) quoted(start, end int) bool {
	lo, hi := r.quotes.Around(start, end)
	for i := lo; i < hi; i++ {
		if q := &r.an.Quotes[i]; q.Direct && q.Start <= start && end <= q.End {
			return true
		}
	}
	return false
}

// speaksElsewhere reports whether the cue at t[k] introduces direct quotations of the sentence
// and none of them holds the figure [start, end).
func (r *run) speaksElsewhere(t []tok, k, start, end int) bool {
	if len(t) == 0 {
		return false
	}
	lo, hi := r.quotes.Around(t[0].s, t[len(t)-1].e)
	found := false
	for i := lo; i < hi; i++ {
		q := &r.an.Quotes[i]
		if !q.Direct || q.Cue == nil || q.Cue.Start != t[k].s {
			continue // a report's words are the clause the cue governs: the figure may be in it
		}
		if q.Start <= start && end <= q.End {
			return false
		}
		found = true
	}
	return found
}

// pledges reports whether the clause of the figure c holds one of the pack's pledge verbs.
// A pledge in another clause says nothing of the figure: in "Die Apple Watch Ultra hat Apple
// günstiger angeboten, die zweite Generation kostet 899 Euro statt 999 Euro" and "Intel
// kündigt Jobabbau an – Aktie verliert 20 Prozent" the subject only measures.
func (r *run) pledges(t []tok, c cand) bool {
	for i, x := range t {
		if x.kind != tWord || !isIn(r.lex.pledges, x.norm) {
			continue
		}
		lo, hi := i+1, c.a
		if i > c.a {
			lo, hi = c.b, i
		}
		if !r.clauseBetween(t, lo, hi) && !r.passiveBefore(t, i) {
			return true
		}
	}
	return false
}

// passiveBefore reports whether a passive auxiliary of the pack stands in the clause before
// the verb at t[i]: the subject of "Der Scheitelpunkt der Elbe wurde bei 7,65 Metern
// erwartet" is what was expected, not who expects.
func (r *run) passiveBefore(t []tok, i int) bool {
	for m := i - 1; m >= 0 && !isClauseBreak(t[m]); m-- {
		if t[m].kind == tWord && isIn(r.lex.passiveAux, t[m].norm) {
			return true
		}
	}
	return false
}

// clauseBetween reports whether tokens [lo, hi) end one clause and begin another: a clause
// break, or, where nouns are capitalised, a coordinator before a lower-case word that is
// neither a function word, a number nor an inflected adjective, a verb opening a second
// conjunct ("Die SPD verzeichnete einen Anstieg und kam auf 21,2 Prozent").
func (r *run) clauseBetween(t []tok, lo, hi int) bool {
	for m := max(lo, 0); m < hi && m < len(t); m++ {
		if isClauseBreak(t[m]) {
			return true
		}
		if r.lex.capNouns && isIn(r.lex.coordinators, t[m].norm) && m+1 < hi {
			if n := t[m+1]; r.isWord(n) && !n.upper && !r.isFunction(n) && !r.isNumberWord(n) && !r.hasAdjEnding(n.norm) {
				return true
			}
		}
	}
	return false
}

// laterClause reports whether the cue at t[k], after the figure c, stands inside a later
// clause with a subject of its own, while the figure's clause is whole without it. After the
// last clause break before the cue come a determiner, its noun and a verb, and no figure; the
// figure's clause holds a verb of its own. "… wurden 7,79 Meter erreicht, das Wasser sollte
// laut Vorhersage weiter steigen" speaks for itself; an apposition or a list ("Vier Gäste, wohl
// Touristen, haben laut Polizei …", "Rund 400 Fahrer in Kiel, Lübeck und der Region Nord
// profitieren laut Amt …") and a cue right after the break ("…, laut Polizei") reach the
// figure.
func (r *run) laterClause(t []tok, c cand, k int) bool {
	if !r.lex.capNouns {
		return false
	}
	b := -1
	for m := k - 1; m >= c.b; m-- {
		if isClauseBreak(t[m]) {
			b = m
			break
		}
	}
	if b < 0 || b+3 > k || !isIn(r.lex.cases, t[b+1].norm) || !r.isNoun(t[b+2]) {
		return false
	}
	verb := false
	for m := b + 3; m < k; m++ {
		if t[m].kind == tNum || r.isNumberWord(t[m]) {
			return false
		}
		verb = verb || r.mayBeVerb(t[m])
	}
	if !verb {
		return false
	}
	lo := c.a
	for lo > 0 && !isClauseBreak(t[lo-1]) {
		lo--
	}
	for m := lo; m < b; m++ {
		if (m < c.a || m >= c.b) && !isClauseBreak(t[m]) && r.mayBeVerb(t[m]) {
			return true
		}
	}
	return false
}

// inRelative reports whether the figure c stands in a relative clause opened between the cue
// at t[k] and the figure: a comma, a relative pronoun and a determiner, a preposition or
// another function word that does not end as an adjective (after
// ", die Polizei" or ", die beiden Geräte" the pronoun is an article and the clause may be
// the report).
func (r *run) inRelative(t []tok, k int, c cand) bool {
	for m := c.a - 1; m > k; m-- {
		if !isClauseBreak(t[m]) {
			continue
		}
		if t[m].text != "," || m+2 >= c.a || t[m+1].upper || !isIn(r.lex.relPronouns, t[m+1].norm) {
			return false
		}
		n := t[m+2].norm
		return !t[m+2].upper && (isIn(r.lex.cases, n) || isIn(r.lex.preps, n) || r.lex.stop(n) && !r.hasAdjEnding(n))
	}
	return false
}

// mayBeVerb reports whether x may be a clause's verb where nouns are capitalised: a lower-case
// word that is no determiner, coordinator, preposition, number word or approximator.
func (r *run) mayBeVerb(x tok) bool {
	return r.isWord(x) && !x.upper && !isIn(r.lex.cases, x.norm) && !isIn(r.lex.coordinators, x.norm) &&
		!isIn(r.lex.preps, x.norm) && !r.isNumberWord(x) && !r.lex.approx.has(x.norm)
}

// opensConjunct reports whether a coordinator between the figure c and the cue at t[k]
// opens a conjunct of its own, right before the cue ("… im Angebot und laut X damit …") or
// before a verb (clauseBetween: "… 20 Euro weniger und ist laut X …").
func (r *run) opensConjunct(t []tok, k int, c cand) bool {
	for m := c.b; m < k; m++ {
		if !isIn(r.lex.coordinators, t[m].norm) {
			continue
		}
		if m+1 == k || r.clauseBetween(t, m, m+2) && !isClauseBreak(t[m+1]) {
			return true
		}
	}
	return false
}

// subordinateSpeech reports whether the cue at t[k] stands in a clause opened by one of the
// pack's subordinators and the figure c lies beyond the clause the cue governs: in "Auch
// wenn X sagt, er setze sich keine Ziele, dieses Jahr hat er zwei Turniere im Kopf" the
// two are the author's.
func (r *run) subordinateSpeech(t []tok, k int, c cand) bool {
	lo := k
	for lo > 0 && !isClauseBreak(t[lo-1]) {
		lo--
	}
	sub := false
	for m := lo; m < k; m++ {
		if isIn(r.lex.subordinators, t[m].norm) {
			sub = true
		}
	}
	if !sub {
		return false
	}
	breaks := 0
	for m := k + 1; m < c.a; m++ {
		if isClauseBreak(t[m]) {
			breaks++
		}
	}
	return breaks >= 2
}

// qualifiesNoun reports whether the phrase t[s:e] only qualifies a noun after it: opened by two
// determiners and followed by an inflected adjective and its noun, as in "einer der Bergwacht
// nahestehenden Quelle", where the name is not the source and the source is not named.
func (r *run) qualifiesNoun(t []tok, s, e int) bool {
	return s >= 0 && e > s+1 && e+1 < len(t) && isIn(r.lex.cases, t[s].norm) && isIn(r.lex.cases, t[s+1].norm) &&
		r.isAdj(t[e]) && r.hasAdjEnding(t[e].norm) && r.isNoun(t[e+1])
}

// reportElsewhere reports whether the reported speech q holding the figure c does not give
// it: its source only qualifies an unnamed noun, or its cue stands in a subordinate clause
// that does not reach the figure (subordinateSpeech).
func (r *run) reportElsewhere(t []tok, q *article.Quote, c cand) bool {
	if q.Direct {
		return false
	}
	if q.Source != nil {
		if s := tokFrom(t, q.Source.Start); s < len(t) && t[s].s == q.Source.Start && r.qualifiesNoun(t, s, tokFrom(t, q.Source.End)) {
			return true
		}
	}
	if q.Cue != nil {
		k := tokFrom(t, q.Cue.Start)
		if k < len(t) && t[k].s == q.Cue.Start && k < c.a && r.subordinateSpeech(t, k, c) {
			return true
		}
		if k < len(t) && k > c.b && colonBetween(t, c.b, k) {
			// "She appeared in three series: as X, as she put it, …": a cue after a colon
			// speaks for the words after it, not for the author's count before.
			return true
		}
	}
	return false
}

// colonBetween reports whether a colon stands in tokens [lo, hi).
func colonBetween(t []tok, lo, hi int) bool {
	for m := lo; m < hi && m < len(t); m++ {
		if t[m].kind == tPunct && t[m].text == ":" {
			return true
		}
	}
	return false
}

// tokFrom returns the index of the first token of t that starts at or after the offset off.
func tokFrom(t []tok, off int) int {
	return sort.Search(len(t), func(i int) bool { return t[i].s >= off })
}

// nextClauseOwnSubject reports whether, between a source cue ending at t[from] and the
// figure c, the cue's clause gives a figure of its own and a later clause opens with a
// subject of its own, a name and a lower-case word that is no cue (its verb where nouns
// are capitalised): in "X verkaufte laut einer Meldung 1,4 Millionen
// Aktien, Y veräußerte 1,9 Millionen" the second figure is not the cue's.
func (r *run) nextClauseOwnSubject(t []tok, from int, c cand) bool {
	figure := false
	for m := from; m < c.a; m++ {
		if t[m].kind == tNum {
			figure = true
		}
		if !figure || !isClauseBreak(t[m]) || m+1 >= c.a {
			continue
		}
		if k := r.entFrom[m+1]; k >= 0 {
			if b := r.ents[k].b; b < c.a && r.isAdj(t[b]) && !r.lex.cues.has(t[b].norm) {
				return true
			}
		}
	}
	return false
}

// verbClauseDone reports whether the clause of a speech verb before the figure c holds the
// verb's own figure, with no clause break before it, and a clause after a break then opens
// with a subject of its own, a determiner and a noun (or a noun made of an adjective) and a
// verb: in "Die höchste Beteiligung meldete die Stadt X mit 51,3 Prozent, die niedrigste
// wurde für Y mit 40,2 Prozent festgestellt" the second figure is the writer's. A break
// before the verb's figure ("teilte mit, drei Menschen seien …") opens the report itself.
func (r *run) verbClauseDone(t []tok, from int, c cand) bool {
	if !r.lex.capNouns {
		return false
	}
	figure := false
	for m := from; m < c.a; m++ {
		if t[m].kind == tNum || r.isNumberWord(t[m]) {
			figure = true
		}
		if !isClauseBreak(t[m]) {
			continue
		}
		if !figure || m+3 >= c.a {
			return false
		}
		j := m + 1
		if isIn(r.lex.cases, t[j].norm) {
			j++
		}
		if k := r.entFrom[j]; k >= 0 {
			j = r.ents[k].b
		} else if j == m+2 && r.isWord(t[j]) && !isIn(r.lex.relPronouns, t[j].norm) && (r.isNoun(t[j]) || r.hasAdjEnding(t[j].norm)) {
			j++
		} else {
			return false
		}
		// The verb, lower-case where nouns are capitalised, may be an auxiliary ("wurde").
		return j < c.a && r.mayBeVerb(t[j]) && !r.lex.cues.has(t[j].norm)
	}
	return false
}

// describesSource reports whether the figure c stands in a relative clause right after the
// source mk: "erklärte sich die RAF, die mehr als 30 Menschen getötet hatte, für aufgelöst"
// says what the source did; it does not give the figure.
func (r *run) describesSource(t []tok, mk *article.Mark, c cand) bool {
	if mk == nil {
		return false
	}
	j := tokFrom(t, mk.End)
	if j+1 >= c.a || t[j].text != "," || !isIn(r.lex.relPronouns, t[j+1].norm) {
		return false
	}
	for m := j + 2; m < c.a; m++ {
		if isClauseBreak(t[m]) {
			return false
		}
	}
	return true
}

// cueAt finds a cue at t[k]. A cue of several words may have determiners and modifiers
// inside it: "nach einer ersten Schätzung des Verbands" is the cue "nach Schätzung".
func (r *run) cueAt(t []tok, k int) (string, int, bool) {
	set := r.lex.cues
	if v, n, ok := phraseAt(t, k, set); ok {
		return v, n, ok
	}
	if !set.multi || k >= len(t) {
		return "", 0, false
	}
	if _, ok := set.first[t[k].norm]; !ok {
		return "", 0, false
	}
	var tmp [3]tok
	for skip := 1; skip <= 2 && k+skip+1 < len(t); skip++ {
		x := t[k+skip]
		if x.kind != tWord || !(r.lex.stop(x.norm) || r.isAdj(x)) {
			return "", 0, false
		}
		m := copy(tmp[1:], t[k+skip+1:])
		tmp[0] = t[k]
		if v, n, ok := phraseAt(tmp[:m+1], 0, set); ok && n > 1 {
			return v, n + skip, true
		}
	}
	return "", 0, false
}

// sourceApart reports whether the quote's source lies outside the figure [start, end).
func sourceApart(q *article.Quote, start, end int) bool {
	return q.Source == nil || q.Source.End <= start || q.Source.Start >= end
}

func canonical(e *article.Entity) string {
	if e.Canonical != "" {
		return e.Canonical
	}
	return e.Text
}

// cue resolves the source named by the cue t[k:k+n] of the given kind for the figure c. The
// source phrase never runs into the figure: in "nach Einschätzung der Behörden Hunderte" the
// source is "der Behörden".
func (r *run) cue(t []tok, k, n int, kind string, c cand) (string, *article.Mark, bool) {
	after := k + n
	// "verb+mit": a separable verb names a source only with its particle later in the
	// sentence ("teilte … mit", not "teilt … auf"; "sprach von", not "spricht für").
	kind, particle, _ := strings.Cut(kind, "+")
	if particle != "" && !r.particleAfter(t, after, particle) {
		return "", nil, false
	}
	switch kind {
	case "before":
		s, e := r.sourcePhrase(t, after)
		return r.nameOf(t, s, r.clipAt(t, s, e, c.a))
	case "after":
		s := r.phraseBefore(t, k)
		s, e := r.sourcePhrase(t, s)
		if e > k {
			e = k
		}
		return r.nameOf(t, s, e)
	case "so":
		if k == 0 || !isClauseBreak(t[k-1]) {
			return "", nil, false
		}
		if after < len(t) && r.lex.capNouns && !t[after].upper && !isIn(r.lex.cases, t[after].norm) {
			// ", so dass der Verein …", ", so viel ist klar": the source after "so" opens
			// with a name, a noun or a determiner, or follows a speech verb and "es"
			// (", so sagen Kritiker", ", so verkündete es der Moderator").
			if v := r.lex.cues.m[t[after].norm]; !strings.HasPrefix(v, "verb") {
				return "", nil, false
			}
			after++
			if after < len(t) && !t[after].upper && r.lex.stop(t[after].norm) && !isIn(r.lex.cases, t[after].norm) {
				after++ // "es"
			}
		}
		if e := r.entityWithin(t, after, after+4); e != nil {
			return canonical(e.e), r.mark(t, r.extendLeft(t, e.a, k), e.b), true
		}
		s, e := r.sourcePhrase(t, after)
		return r.nameOf(t, s, r.clipAt(t, s, e, c.a))
	case "wie":
		// "wie der Landeswahlleiter mitteilte", "as the company said": the source opens
		// with a determiner or a name, else "as well as … claims" would be a source.
		if after >= len(t) || !r.lex.stop(t[after].norm) && r.entFrom[after] < 0 {
			return "", nil, false
		}
		for m := after; m < len(t) && m < after+8 && !isClauseBreak(t[m]); m++ {
			if v, _, ok := phraseAt(t, m, r.lex.cues); ok && (strings.HasPrefix(v, "verb") || v == "object") && m > after {
				// An adverb after the noun phrase ends the name: "wie die Gesellschaft heute in
				// New York mitteilte" is given by "Gesellschaft"; "wie der Gouverneur von X
				// mitteilte" keeps its preposition's phrase.
				if s, e := r.sourcePhrase(t, after); s == after && e > s && e+1 < m && r.mayBeVerb(t[e]) && !t[e+1].upper {
					return r.nameOf(t, s, e)
				}
				return r.nameOf(t, after, m)
			}
		}
		return "", nil, false
	case "verb", "object":
		if r.notSpeech(t, k, c) || after < len(t) && t[after].kind == tWord && isIn(r.lex.reflexives, t[after].norm) {
			// "behauptet sich Kane gut": a verb used reflexively says nothing.
			return "", nil, false
		}
		if k > 0 && t[k-1].kind == tWord && isIn(r.lex.cases, t[k-1].norm) && (k+n >= len(t) || r.entFrom[k+n] < 0) {
			// "a win over UCLA before an announced crowd of 18,544", "an estimated 30%":
			// after a determiner the verb's participle describes what follows; nobody is
			// said to give the figure. Before a name the determiner is a pronoun: "…, das
			// schreibt Kurt Klumpp".
			return "", nil, false
		}
		rightFirst := k == 0 || isClauseBreak(t[k-1])
		for pass := 0; pass < 2; pass++ {
			if (pass == 0) == rightFirst {
				if !rightFirst && !r.lex.reportVerbFirst {
					// Where the subject comes first, it follows its verb only where the verb
					// opens the clause ("…, said the agency"): in "a study by X reported
					// high rates in 12%" the words after the verb are its object.
					continue
				}
				if e := r.subjectWithin(t, after, after+6); e != nil {
					s := r.extendLeft(t, e.a, k+n-1)
					if e.e.Type == article.EntityPlace {
						// "teilte die sächsische Landeshauptstadt mit": the place only
						// qualifies the noun that gives the figure.
						ps, pe := r.sourcePhrase(t, s)
						return r.nameOf(t, ps, r.clipAt(t, ps, pe, c.a))
					}
					return canonical(e.e), r.mark(t, s, e.b), true
				}
				if after < len(t) && isIn(r.lex.speakers, t[after].norm) {
					if e := r.lastPerson(t[k].s); e != nil {
						return canonical(e), r.mark(t, after, after+1), true
					}
				}
			} else {
				lo := k - 6
				for m := k - 1; m >= 0 && m >= k-6; m-- {
					if isClauseBreak(t[m]) {
						lo = m + 1
						break
					}
				}
				for i := r.entsFrom(k) - 1; i >= 0 && r.ents[i].a >= lo; i-- {
					e := &r.ents[i]
					if e.b <= k && r.modifiesHead(t, e, k) {
						// "the Biden administration said": the name only qualifies the noun
						// that speaks, which is not named.
						return "", nil, false
					}
					if e.b < k && e.e.Type == article.EntityPlace && r.isNoun(t[e.b]) {
						// "Libanesische Medien berichteten": the place only qualifies the noun
						// that gives the figure.
						return r.nameOf(t, e.a, k)
					}
					if e.b <= k && !r.objectAt(t, e.a, e.e) && !r.possessor(t, e) && !r.genitiveObject(t, e, k) {
						return canonical(e.e), r.mark(t, r.extendLeft(t, e.a, lo-1), e.b), true
					}
				}
				if k > 0 && isIn(r.lex.speakers, t[k-1].norm) {
					if e := r.lastPerson(t[k].s); e != nil {
						return canonical(e), r.mark(t, k-1, k), true
					}
				}
			}
		}
	}
	return "", nil, false
}

// particleAfter reports whether the verb's particle stands in t[from:]. A particle of the pack's
// closing_particles must close its clause, as a separable verb's does ("teilte am Abend mit,
// dass …", "teilte die Bergwacht mit und …"); followed by its object it is a preposition:
// "Norland teilt mit Suderland eine Grenze" shares, it does not announce.
func (r *run) particleAfter(t []tok, from int, particle string) bool {
	closing := isIn(r.lex.closingParticles, particle)
	for m := from; m < len(t); m++ {
		if t[m].norm != particle {
			continue
		}
		if !closing || m+1 == len(t) || t[m+1].kind == tPunct || isIn(r.lex.coordinators, t[m+1].norm) {
			return true
		}
	}
	return false
}

// phraseBefore returns where the noun phrase ending just before t[k] starts: nouns and
// modifiers back to the determiner that opens it ("Dem vorläufigen Ergebnis zufolge"),
// over a genitive attribute ("der Geschäftsordnung des Landtags zufolge"), at most six
// words. The subject and verb before it are not part of it: in "Die CDU erhält den Angaben
// zufolge 41 Sitze" the source is "den Angaben", not the CDU.
func (r *run) phraseBefore(t []tok, k int) int {
	s := k
	for s > 0 && k-s < 6 {
		x := t[s-1]
		if x.kind != tWord || x.digits {
			break
		}
		if c, ok := r.lex.cases[x.norm]; ok && len(r.lex.cases) > 0 {
			s--
			// A genitive determiner attaches its phrase to the noun before it.
			if c == "gen" && s > 0 && r.isNoun(t[s-1]) {
				continue
			}
			break
		}
		if !r.isNoun(x) && !r.isAdj(x) {
			break
		}
		if r.lex.capNouns && !x.upper && !r.hasAdjEnding(x.norm) {
			break // a verb ("erhält"), not a modifier
		}
		if r.lex.capNouns && !x.upper && s > 1 && r.isNoun(t[s-2]) {
			// No modifier follows a noun inside a phrase: in "Gegen die Kundgebung
			// machte Polizeiangaben zufolge …" the "-e" word is a verb, its subject no source.
			break
		}
		s--
	}
	return s
}

// hasAdjEnding reports whether a lower-case word ends as an inflected adjective does (the
// pack's adjective_endings; without them any word may be a modifier).
func (r *run) hasAdjEnding(w string) bool {
	if len(r.lex.adjEndings) == 0 {
		return true
	}
	for _, suf := range r.lex.adjEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// entityWithin returns the first entity starting in tokens [a, b) with no clause break before it.
func (r *run) entityWithin(t []tok, a, b int) *entRef {
	for m := a; m < b && m < len(t); m++ {
		if isClauseBreak(t[m]) {
			return nil
		}
		if k := r.entFrom[m]; k >= 0 {
			return &r.ents[k]
		}
	}
	return nil
}

// subjectWithin returns the first entity starting in tokens [a, b), before any clause break,
// that is not the object of a preposition: in "spricht für Anna Berger" and "sagte in Berlin
// Minister X" the name after the preposition is not who speaks.
func (r *run) subjectWithin(t []tok, a, b int) *entRef {
	for m := a; m < b && m < len(t); m++ {
		if isClauseBreak(t[m]) {
			return nil
		}
		if k := r.entFrom[m]; k >= 0 && !r.objectAt(t, m, r.ents[k].e) && !r.addressee(t, a, r.ents[k].b) {
			return &r.ents[k]
		}
	}
	return nil
}

// objectAt reports whether the name e starting at token a follows one of the pack's object
// prepositions, determiners aside ("für die Ministerin", "Über Huber"). A name whose full
// form holds that word before it ("Von der Leyen schätzt …") is no object of it.
func (r *run) objectAt(t []tok, a int, e *article.Entity) bool {
	if a > 1 && isIn(r.lex.coordinators, t[a-1].norm) {
		// "mit Roland Kaiser und Roy Black": the second of two joined names is an object
		// as the first is.
		for i := r.entsFrom(0); i < len(r.ents) && r.ents[i].a < a-1; i++ {
			if x := &r.ents[i]; x.b == a-1 && r.objectAt(t, x.a, x.e) {
				return true
			}
		}
	}
	m := a - 1
	for m >= 0 && t[m].kind == tWord && isIn(r.lex.cases, t[m].norm) {
		m--
	}
	for n := 0; n < 3 && m > 0 && t[m].kind == tWord && !t[m].upper && !t[m].digits && !isIn(r.lex.objectPreps, t[m].norm); n++ {
		m-- // determiners and modifiers between the preposition and the name ("in its latest X report")
	}
	if m < 0 || t[m].kind != tWord || !isIn(r.lex.objectPreps, t[m].norm) {
		return false
	}
	return !strings.Contains(strings.ToLower(canonical(e)), t[m].norm+" "+strings.ToLower(e.Text))
}

// modifiesHead reports whether, where only names are capitalised, the name x stands right
// before a lower-case noun that stands right before the speech verb at t[k]: in "the Biden
// administration said" the administration speaks. An adverb ("Tesla officially announced")
// or a function word between is no head.
func (r *run) modifiesHead(t []tok, x *entRef, k int) bool {
	if r.lex.capNouns || x.b+1 != k {
		return false
	}
	h := t[x.b]
	return r.isWord(h) && !h.upper && !r.isFunction(h) && !r.hasSuffix(h.norm, r.lex.advSuffixes) && !r.lex.cues.has(h.norm)
}

// possessor reports whether the name x is followed by a possessive mark and so only qualifies
// the noun after it: in "Reeves' manager said" the manager speaks.
func (r *run) possessor(t []tok, x *entRef) bool {
	if x.b+1 >= len(t) || t[x.b].kind != tPunct || t[x.b].text != "'" && t[x.b].text != "’" {
		return false
	}
	return t[x.b+1].kind == tWord
}

// genitiveObject reports whether, where nouns are capitalised, the name x in the genitive
// qualifies the noun after it and another word stands between that noun and the speech verb
// at t[k]: in "eine Stimme, die Melinas Schule nennt und sagt" the name is part of what the
// voice names. Right before the verb the noun speaks for the name ("Posecks Ministerium
// teilte mit").
func (r *run) genitiveObject(t []tok, x *entRef, k int) bool {
	return r.lex.capNouns && x.b+1 < k && t[x.b].kind == tWord && t[x.b].upper && r.entFrom[x.b] < 0 && genitiveName(x.e)
}

// genitiveName reports whether the names stage read the mention e as its name with a
// genitive "-s" ("Melinas" of "Melina", "Karl Brenners" of "Karl Brenner").
func genitiveName(e *article.Entity) bool {
	cn := canonical(e)
	last := cn[strings.LastIndexByte(cn, ' ')+1:]
	return e.Text != cn && !strings.HasSuffix(cn, "s") && strings.HasSuffix(e.Text, " "+last+"s") || e.Text == last+"s"
}

// addressee reports whether the name ending at token b, read from token a, is who a speech
// verb's words went to: a news medium (the pack's quote_media, as the word or the end of a
// compound) after a dative determiner ("sagten dem Portal X", "sagte der Abwehrchef dem
// NDR", "sagten der Nachrichtenagentur Reuters"). A medium in the nominative gives the figure
// itself ("meldete die Nachrichtenagentur Tass").
func (r *run) addressee(t []tok, a, b int) bool {
	det := -1
	for m := b - 1; m >= a; m-- {
		if t[m].kind == tWord && isIn(r.lex.cases, t[m].norm) {
			det = m
			break
		}
	}
	if det < 0 {
		return false
	}
	for m := det + 1; m < b && m < len(t); m++ {
		if t[m].kind != tWord {
			continue
		}
		gender, ok := r.mediaWord(t[m].norm)
		if !ok {
			continue
		}
		switch r.lex.cases[t[det].norm] {
		case "dat":
			return true
		case "fem":
			return gender == "f"
		}
		return false
	}
	return false
}

// mediaCompound reports whether the name x is the first part of a compound ending in a media
// word ("US-Medien", "Kreml-Medien"): its own token runs past the name.
func (r *run) mediaCompound(t []tok, x *entRef) bool {
	last := t[x.b-1]
	if last.e <= x.e.End {
		return false
	}
	_, ok := r.mediaWord(last.norm)
	return ok
}

// mediaWord looks a word up among the pack's media words, as itself or as the end of a
// compound ("Nachrichtenagentur", "ARD-Hauptstadtstudio"), and returns its gender mark.
func (r *run) mediaWord(w string) (string, bool) {
	if v, ok := r.lex.media[w]; ok {
		return v, true
	}
	for m, v := range r.lex.media {
		if len(m) >= 5 && strings.HasSuffix(w, m) {
			return v, true
		}
	}
	return "", false
}

// notSpeech reports whether the speech verb at t[k] says nothing of who gives the figure c:
// the participle of a passive in its clause ("wurden Dutzende Orte zum Katastrophengebiet
// erklärt"), or a verb in a later clause after a fronted phrase of its own, which speaks of
// something else ("…, in Polen spricht Regierungschef X von einer Herausforderung").
func (r *run) notSpeech(t []tok, k int, c cand) bool {
	lo := k
	for lo > 0 && !isClauseBreak(t[lo-1]) {
		lo--
	}
	for m := lo; m < k; m++ {
		if t[m].kind == tWord && isIn(r.lex.passiveAux, t[m].norm) {
			return true
		}
	}
	if k <= c.b || lo <= c.b || lo == k {
		return false
	}
	// A clause opened by a source cue ("…, wie die Institute X, Y und Z mitteilten", a list's
	// commas between) or by one word that takes up what came before ("…, das schreibt X") is
	// about the figure.
	for m := c.b + 1; m < k; m++ {
		if isClauseBreak(t[m-1]) && r.lex.cues.has(t[m].norm) {
			return false
		}
	}
	if r.lex.reportVerbFirst {
		// "…, sagte X": a speaker after a report opens the clause with the verb; after one
		// word that takes up what came before too ("…, das schreibt X").
		return !(k-lo == 1 && (isIn(r.lex.cases, t[lo].norm) || isIn(r.lex.pronouns, t[lo].norm)))
	}
	// "…,” he said": the speaker's clause opens with its subject; only a fronted phrase of
	// its own ("…, in Poland the premier spoke of …") speaks of something else.
	for m := lo; m < k; m++ {
		if t[m].kind == tWord && isIn(r.lex.objectPreps, t[m].norm) {
			return true
		}
	}
	return false
}

// clipAt ends the phrase t[s:e] before token stop when the phrase would run into it, without
// stop words left at its end.
func (r *run) clipAt(t []tok, s, e, stop int) int {
	if s < stop && stop < e {
		return r.trimStops(t, s, stop)
	}
	return e
}

// entsFrom returns the index of the first entity of the sentence that starts at token a or
// later (they come in token order).
func (r *run) entsFrom(a int) int {
	return sort.Search(len(r.ents), func(i int) bool { return r.ents[i].a >= a })
}

// lastPerson returns the last person entity of the article before code point off.
func (r *run) lastPerson(off int) *article.Entity {
	if r.persons == nil {
		// Indexed on first use: a pass over the article's entities per call made long
		// texts quadratic.
		r.persons, r.personsSorted = []int{}, true
		for i, e := range r.an.Entities {
			if e.Type == article.EntityPerson {
				if n := len(r.persons); n > 0 && e.End < r.an.Entities[r.persons[n-1]].End {
					r.personsSorted = false
				}
				r.persons = append(r.persons, i)
			}
		}
	}
	ps := r.persons
	if r.personsSorted {
		// Ends ascend: the last person ending by off is just before the first ending after.
		ps = ps[:sort.Search(len(ps), func(i int) bool { return r.an.Entities[ps[i]].End > off })]
	}
	for i := len(ps) - 1; i >= 0; i-- {
		if e := &r.an.Entities[ps[i]]; e.End <= off {
			return e
		}
	}
	return nil
}

// extendLeft widens a name to the role words before it ("der ukrainische Präsident
// Wolodymyr Selenskyj"), stopping after token limit.
func (r *run) extendLeft(t []tok, a, limit int) int {
	for a-1 > limit && a > 0 {
		x := t[a-1]
		if x.kind != tWord || x.digits || r.lex.cues.has(x.norm) || isIn(r.lex.preps, x.norm) {
			break
		}
		if !r.isNoun(x) && !r.isAdj(x) && !isIn(r.lex.cases, x.norm) {
			break
		}
		a--
	}
	return a
}

func (r *run) mark(t []tok, a, b int) *article.Mark {
	if a < 0 || b > len(t) || a >= b {
		return nil
	}
	return &article.Mark{Start: t[a].s, End: t[b-1].e, Text: r.text[t[a].bs:t[b-1].be]}
}

// sourcePhrase reads the noun phrase naming a source from t[m]: determiners, modifiers,
// nouns and names, and genitive attributes ("des südkoreanischen Geheimdienstes",
// "einem Bericht der New York Times"). A phrase that stops inside a name in quotation marks
// ("einer Umfrage des „Nord-Süd Center for Public Research“" read up to "for") names no one:
// the part before the cut ("Nord") is not the source.
func (r *run) sourcePhrase(t []tok, m int) (int, int) {
	s, e := r.sourcePhraseRaw(t, m)
	open := false
	for k := s; k < e; k++ {
		if t[k].kind == tPunct && isQuoteMark(t[k].text) {
			open = !open
		}
	}
	if open {
		return s, s
	}
	return s, e
}

// sourcePhraseRaw is sourcePhrase without the check of its quotation marks.
func (r *run) sourcePhraseRaw(t []tok, m int) (int, int) {
	if m+2 < len(t) && t[m].kind == tWord && t[m+1].text == "." && !t[m+1].space && !t[m+2].space &&
		isSiteAddress(r.text[t[m].bs:t[m+2].be]) {
		return m, m + 3 // "laut transfermarkt.de"
	}
	e := m
	seenNoun, quoted := false, false
	for e < len(t) && e-m < 10 {
		x := t[e]
		if x.kind == tPunct && isQuoteMark(x.text) && r.lex.capNouns {
			if quoted {
				return m, e + 1 // the closing mark ends the name
			}
			if seenNoun && e > m && e+1 < len(t) && t[e+1].kind == tWord {
				if c := r.lex.cases[t[e-1].norm]; c == "gen" || c == "fem" {
					// "einer Recherche des „Talboten“": a genitive name in quotation marks.
					quoted = true
					e++
					continue
				}
			}
		}
		if x.kind != tWord || x.digits || r.isNumberWord(x) && !r.lex.stop(x.norm) || e > m && r.lex.vague.has(x.norm) {
			break // a figure ("der Behörden Hunderte, wenn nicht Tausende") is no source
		}
		if e > m && e+2 < len(t) && t[e+1].text == "-" && t[e+1].s == x.e && isIn(r.lex.coordinators, t[e+2].norm) {
			// "laut dem Sprecher Haut- oder Atemwegsreizungen": the first half of a pair of
			// compounds is the clause's object, no part of the source.
			break
		}
		if r.lex.capNouns {
			switch {
			case seenNoun && e > m && (r.entFrom[e] >= 0 || x.upper) && isIn(r.lex.bare, t[e-1].norm):
				// "laut übereinstimmenden Medienberichten Tim Walz", "laut Medienberichten
				// Ende dreißig": no name or noun stands in apposition to an unnamed account;
				// it begins the rest of the clause.
				return m, e
			case seenNoun && !x.upper && !r.lex.stop(x.norm) && !r.isNumberWord(x) && r.timeOnly(t, m, e):
				// "laut Anfang April veröffentlichten Zahlen": the time says when the account
				// was published; the phrase naming it begins after the time.
				m, seenNoun = e, false
			case seenNoun && isIn(r.lex.accountFrom, x.norm) && t[e-1].upper && r.allBare(t, m, e):
				// "laut einem Bericht von „Sport“", "laut Berechnungen von Infratest": the
				// unnamed account is the named one's.
				if b := r.afterFrom(t, e+1); b > 0 && !r.attributeAfter(t, b) {
					return m, b
				}
				return m, r.trimStops(t, m, e)
			case seenNoun && !x.upper && !r.lex.stop(x.norm) && e-1 > m && (r.lex.cases[t[e-1].norm] == "gen" || r.lex.cases[t[e-1].norm] == "fem") &&
				r.hasAdjEnding(x.norm) && e+1 < len(t) && t[e+1].kind == tWord && t[e+1].upper:
				// "laut Daten der kosovarischen Statistikbehörde": an adjective in the genitive
				// attribute
			case x.upper && !r.lex.stop(x.norm) && !r.lex.cues.has(x.norm):
				seenNoun = true
			case r.lex.stop(x.norm) && (e == m && (len(r.lex.cases) == 0 || isIn(r.lex.cases, x.norm)) || seenNoun && (r.lex.cases[x.norm] == "gen" || r.lex.cases[x.norm] == "fem")):
				// a determiner opening the phrase or a genitive attribute; another stop word
				// ("nach bisherigen Informationen wurden zwölf Menschen") ends it
			case !x.upper && !r.lex.stop(x.norm) && !r.isNumberWord(x) && !seenNoun && e+1 < len(t) && t[e+1].kind == tWord:
				// a modifier before the noun
			case seenNoun && r.qualifiesNoun(t, m, e):
				return m, m
			default:
				return m, r.trimStops(t, m, e)
			}
		} else {
			if seenNoun && e > m && r.entityWithin(t, m, e) == nil {
				if j := r.fromAfterAccount(t, e); j > 0 {
					return j, r.nameRun(t, j)
				}
			}
			switch {
			case seenNoun && isIn(r.lex.seenParts, x.norm):
				// "an investor notification seen by Cointelegraph": who saw the account did not
				// give it, and the account names nobody.
				return m, m
			case seenNoun && r.pastParticiple(x.norm):
				// "according to a paper released Monday": the participle opens what is said of
				// the account; it names nobody.
				return m, r.trimStops(t, m, e)
			case !r.lex.stop(x.norm) && !r.lex.cues.has(x.norm):
				seenNoun = true
			case r.lex.stop(x.norm) && (e == m || r.lex.links.has(x.norm)):
			default:
				return m, r.trimStops(t, m, e)
			}
		}
		e++
	}
	return m, r.trimStops(t, m, e)
}

// allBare reports whether every noun of t[m:e] is one of the pack's bare account nouns
// ("einem Bericht", "Berechnungen").
func (r *run) allBare(t []tok, m, e int) bool {
	n := 0
	for k := m; k < e; k++ {
		if t[k].kind == tWord && t[k].upper && !r.lex.stop(t[k].norm) {
			if !isIn(r.lex.bare, t[k].norm) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// afterFrom returns where the name after an account's "von" at t[j-1] ends: an entity, a name in
// quotation marks or a site address, with an article before it; 0 when no name follows.
func (r *run) afterFrom(t []tok, j int) int {
	if j < len(t) && r.lex.stop(t[j].norm) && isIn(r.lex.cases, t[j].norm) {
		j++
	}
	if j >= len(t) {
		return 0
	}
	if i := r.entFrom[j]; i >= 0 {
		return r.ents[i].b
	}
	if t[j].kind == tPunct && isQuoteMark(t[j].text) {
		for k := j + 1; k < len(t) && k < j+6; k++ {
			if t[k].kind == tPunct && isQuoteMark(t[k].text) {
				if k > j+1 {
					return k + 1
				}
				return 0
			}
			if t[k].kind != tWord {
				return 0
			}
		}
		return 0
	}
	if j+2 < len(t) && t[j].kind == tWord && t[j+1].text == "." && !t[j+1].space && !t[j+2].space &&
		isSiteAddress(r.text[t[j].bs:t[j+2].be]) {
		return j + 3
	}
	// A bare capitalised noun may be the agent of a passive ("laut dem Bericht von
	// Familienmitgliedern begangen"): only a name counts.
	return 0
}

// attributeAfter reports whether t[b] opens with an inflected participle or adjective the
// noun after it: the name before it is inside that noun's attribute ("des von der Miliz
// kontrollierten Ministeriums"), not who gave the account.
func (r *run) attributeAfter(t []tok, b int) bool {
	return b+1 < len(t) && t[b].kind == tWord && !t[b].upper && !r.lex.stop(t[b].norm) && r.hasAdjEnding(t[b].norm) &&
		t[b+1].kind == tWord && t[b+1].upper
}

// timeOnly reports whether t[m:e] is only words of a time: a month, a weekday, a time unit or
// a word of the pack's year words that is no function word ("Anfang April", "Mitte Mai").
func (r *run) timeOnly(t []tok, m, e int) bool {
	if m >= e {
		return false
	}
	for k := m; k < e; k++ {
		x := t[k]
		if x.kind != tWord || r.lex.stop(x.norm) {
			return false
		}
		if !isIn(r.lex.months, x.norm) && !isIn(r.lex.weekdays, x.norm) && !isIn(r.lex.timeunits, x.norm) && !isIn(r.lex.yearwords, x.norm) {
			return false
		}
	}
	return true
}

// fromAfterAccount returns the token after the pack's account_from word ("from") standing at
// t[e] or past a time ("this week", "on Monday") after an account, when a name follows it
// (with its determiner): "an outbreak update this week from the CDC" is the CDC's. Else 0.
func (r *run) fromAfterAccount(t []tok, e int) int {
	for j := e; j < len(t) && j < e+4; j++ {
		x := t[j]
		if x.kind != tWord || x.digits {
			return 0
		}
		if isIn(r.lex.accountFrom, x.norm) {
			n := j + 1
			if n < len(t) && r.lex.stop(t[n].norm) && isIn(r.lex.cases, t[n].norm) {
				n++
			}
			if n < len(t) && (r.entFrom[n] >= 0 || !r.lex.capNouns && t[n].upper && !r.lex.stop(t[n].norm)) {
				return j + 1
			}
			return 0
		}
		if isIn(r.lex.timeunits, x.norm) || isIn(r.lex.weekdays, x.norm) || r.lex.numberwords[x.norm] == "month" {
			continue
		}
		if j+1 < len(t) && r.lex.stop(x.norm) && !isIn(r.lex.accountFrom, x.norm) {
			continue // "this", "last", "on" before the time
		}
		return 0
	}
	return 0
}

// nameRun returns where the name after t[j] ends where only names are capitalised: its
// determiner, capitalised words and the lower-case function words between them ("the Centers
// for Disease Control and Prevention"), also where the names stage did not mark it.
func (r *run) nameRun(t []tok, j int) int {
	e := j
	if e < len(t) && isIn(r.lex.cases, t[e].norm) {
		e++
	}
	for e < len(t) && t[e].kind == tWord {
		if !t[e].upper {
			if !r.lex.stop(t[e].norm) || e+1 >= len(t) || !t[e+1].upper || t[e+1].kind != tWord {
				break
			}
		}
		e++
	}
	return r.trimStops(t, j, e)
}

// pastParticiple reports whether w ends in one of the pack's participle suffixes, with a stem of at
// least three letters before it.
func (r *run) pastParticiple(w string) bool {
	for _, suf := range r.lex.partSuffixes {
		if strings.HasSuffix(w, suf) && len(w) >= len(suf)+3 {
			return true
		}
	}
	return false
}

func (r *run) trimStops(t []tok, m, e int) int {
	for e > m && r.lex.stop(t[e-1].norm) {
		e--
	}
	return e
}

// nameOf names the source phrase t[s:e]: the canonical name of the person or organisation in
// it, of the place when the phrase is only that place, else the phrase in the nominative.
func (r *run) nameOf(t []tok, s, e int) (string, *article.Mark, bool) {
	if s >= e {
		return "", nil, false
	}
	mk := r.mark(t, s, e)
	if r.ruleNoun(t, s, e) {
		return "", nil, false
	}
	if mk != nil && isSiteAddress(mk.Text) {
		// "laut transfermarkt.de": a site named by its address, whether or not the names
		// stage knows it.
		return mk.Text, mk, true
	}
	var best *entRef
	rank := func(x *entRef) int {
		switch x.e.Type {
		case article.EntityPerson:
			return 4
		case article.EntityOrganisation:
			return 3
		case article.EntityOther:
			return 2
		}
		return 1
	}
	for i := r.entsFrom(s); i < len(r.ents) && r.ents[i].a < e; i++ {
		x := &r.ents[i]
		if x.b <= e && (best == nil || rank(x) > rank(best)) {
			best = x
		}
	}
	if best != nil {
		whole := true
		for k := s; k < e; k++ {
			if (k < best.a || k >= best.b) && !r.lex.stop(t[k].norm) {
				whole = false
			}
		}
		if best.e.Type == article.EntityPlace && r.mediaCompound(t, best) {
			// "US-Medien zufolge": media of that country, none of them named.
			return "", nil, false
		}
		if best.e.Type != article.EntityPlace || whole {
			if nm, ok := r.genitiveBody(t, best); ok {
				return nm, mk, true
			}
			return canonical(best.e), mk, true
		}
	}
	if s2 := r.pastAccount(t, s, e); s2 > s {
		s = s2
		if m2 := r.mark(t, s, e); m2 != nil && isSiteAddress(m2.Text) {
			return m2.Text, mk, true // "laut den Daten von transfermarkt.de"
		}
	}
	hasNoun, named := false, false
	for k := s; k < e; k++ {
		if r.isNoun(t[k]) && !r.capAdj(t, k, e) {
			hasNoun = true
			if _, ok := r.lex.bare[t[k].norm]; !ok {
				named = true
			}
		}
	}
	// "den Angaben zufolge", "according to reports": by someone's account, but whose the
	// phrase does not say; a reader shown "given by: Angaben" learns nothing.
	if !hasNoun || !named || r.epithetsOnly(t, s, e) {
		return "", nil, false
	}
	for k := s + 1; k < e; k++ {
		if _, ok := r.lex.preps[t[k].norm]; ok && t[k-1].norm != "" && r.isNoun(t[k-1]) && (r.lex.capNouns || !t[k-1].upper || k+1 >= e || !t[k+1].upper) {
			// "Wie die Armee am Morgen mitteilte": a time or place after the noun is no part of
			// who gave the figure. Where only names are capitalised, a preposition between two
			// capitalised words is inside the name ("Centers for Disease Control").
			e = k
			break
		}
	}
	return r.nominative(t, s, e), mk, true
}

// epithetsOnly reports whether every noun of t[s:e] is one of the pack's person epithets
// (quote_epithets: "der Italiener", "die Spielerin", "laut den Italienern"), a word that
// points back to someone named before or says only what a group is: shown as "given by:
// Italiener" it names no one, and which person or body it stands for is the quotation
// layer's to resolve, not the figure's.
func (r *run) epithetsOnly(t []tok, s, e int) bool {
	n := 0
	for k := s; k < e; k++ {
		if !r.isNoun(t[k]) || r.capAdj(t, k, e) {
			continue
		}
		n++
		if !r.epithet(t[k].norm) {
			return false
		}
	}
	return n > 0
}

// epithet reports whether w is a person epithet, as itself, a compound's end or in a plural or
// dative form ("Italienern", "Spielerinnen").
func (r *run) epithet(w string) bool {
	for _, end := range []string{"", "n", "en", "nen"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || stem == "" {
			continue
		}
		if _, ok := r.lex.epithets[stem]; ok {
			return true
		}
		for x := range r.lex.epithets {
			if len(x) >= 5 && strings.HasSuffix(stem, x) {
				return true
			}
		}
	}
	return false
}

// bodyName is the giver's name, with a body the names stage kept in the genitive put into the
// nominative as genitiveBody does, wherever the source phrase mk of the sentence names it
// ("nach Angaben des Statistischen Bundesamtes", "aus Daten des Statistischen Bundesamtes").
func (r *run) bodyName(t []tok, name string, mk *article.Mark) string {
	if name == "" || mk == nil || !r.lex.capNouns {
		return name
	}
	s := tokFrom(t, mk.Start)
	for i := r.entsFrom(s); i < len(r.ents) && r.ents[i].a < len(t) && t[r.ents[i].a].s < mk.End; i++ {
		if x := &r.ents[i]; canonical(x.e) == name {
			if nm, ok := r.genitiveBody(t, x); ok {
				return nm
			}
		}
	}
	return name
}

// genitiveBody names a body the names stage kept in the genitive as written: one word after a
// genitive determiner and capitalised adjectives ("des Statistischen Landesamtes", "des
// Seenotamtes"), whose canonical name is that genitive. The phrase from the determiner is put
// into the nominative: "Statistisches Landesamt", "Seenotamt". People keep their names.
func (r *run) genitiveBody(t []tok, x *entRef) (string, bool) {
	if !r.lex.capNouns || x.e.Type == article.EntityPerson || x.b != x.a+1 || canonical(x.e) != x.e.Text || t[x.a].text != x.e.Text {
		return "", false
	}
	if stripGenitive(x.e.Text) == x.e.Text {
		return "", false
	}
	d := x.a - 1
	for d >= 0 && t[d].kind == tWord && t[d].upper && r.hasAdjEnding(t[d].norm) && r.derivedAdj(t[d].text) {
		d--
	}
	if d < 0 || t[d].kind != tWord || r.lex.cases[t[d].norm] != "gen" {
		return "", false
	}
	return r.nominativeOf(t, d, x.b, true), true
}

// pastAccount skips an account noun of the pack's bare sources that opens the phrase t[s:e]
// before a genitive: "Angaben der Polizei" and "einer Recherche des „Talboten“" are given by
// the police and the paper, and the account noun says nothing of who.
func (r *run) pastAccount(t []tok, s, e int) int {
	if len(r.lex.cases) == 0 {
		return s
	}
	for k := s; k+1 < e; k++ {
		x := t[k]
		if x.kind != tWord {
			return s
		}
		if !r.isNoun(x) || r.capAdj(t, k, e) {
			if r.lex.stop(x.norm) || r.isAdj(x) || r.capAdj(t, k, e) {
				continue // a determiner or a modifier before the noun
			}
			return s
		}
		if _, ok := r.lex.bare[x.norm]; !ok {
			return s
		}
		if c := r.lex.cases[t[k+1].norm]; (c == "gen" || c == "fem") && k+2 < e {
			return k + 1
		}
		if isIn(r.lex.accountFrom, t[k+1].norm) && k+2 < e {
			return k + 2 // "Bericht von „Sport“"
		}
		return s
	}
	return s
}

// nominativeName puts a giver's name that opens with a capitalised adjective in the dative
// ("Deutschem Wetterdienst", "Statistischem Landesamt", as the names stage may keep them after
// "laut") into the nominative: "Deutscher Wetterdienst", "Statistisches Landesamt". Only the
// "-em" ending is read, as no nominative has it, and only after a stem of the pack's
// adjective_stems, as a name may end so ("Kerem Akar", "Jerusalem Post").
func (r *run) nominativeName(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || !r.lex.capNouns || !strings.HasSuffix(first, "em") || !r.derivedAdj(first) {
		return name
	}
	if c, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(c) {
		return name
	}
	last := rest
	if i := strings.LastIndexByte(rest, ' '); i >= 0 {
		last = rest[i+1:]
	}
	if lc, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(lc) {
		return name
	}
	return adjNominative(first, "", r.isNeuter(r.p.Normalize(last))) + " " + rest
}

// derivedAdj reports whether the inflected word w has the stem of a derived adjective (the
// pack's adjective_stems: "Deutschem", "Statistischen"), not of a name ("Kerem").
func (r *run) derivedAdj(w string) bool {
	w = strings.ToLower(w)
	for _, end := range r.lex.adjEndings {
		if stem, ok := strings.CutSuffix(w, end); ok {
			for _, s := range r.lex.adjStems {
				if strings.HasSuffix(stem, s) {
					return true
				}
			}
		}
	}
	return false
}

// ruleNoun reports whether a noun of the phrase t[s:e] is one of the pack's figure_not_sources
// or a compound ending in one ("WLTP-Norm", "Abgasnorm").
func (r *run) ruleNoun(t []tok, s, e int) bool {
	for k := s; k < e; k++ {
		if !r.isWord(t[k]) {
			continue
		}
		w := t[k].norm
		for n := range r.lex.notSources {
			if w == n || strings.HasSuffix(w, n) && len(n) >= 4 {
				return true
			}
		}
	}
	return false
}

// capAdj reports whether the capitalised word t[k] is an adjective opening a phrase before its
// noun, where nouns are capitalised: it ends as an inflected adjective and a noun follows
// within the phrase ("Offiziellen Angaben", "Deutschem Wetterdienst"). Inside a name the
// names stage knows it is left alone.
func (r *run) capAdj(t []tok, k, e int) bool {
	if !r.lex.capNouns || !t[k].upper || k+1 >= e || !r.isNoun(t[k+1]) || len(r.lex.adjEndings) == 0 || r.entityAt(k) != nil {
		return false
	}
	return r.hasAdjEnding(t[k].norm) && t[k].kind == tWord
}

// isQuoteMark reports whether w is a quotation mark.
func isQuoteMark(w string) bool {
	switch w {
	case "\"", "„", "“", "”", "«", "»", "›", "‹":
		return true
	}
	return false
}

// isSiteAddress reports whether w is written as a web address: letters, digits and hyphens,
// a dot, and a top-level domain of two to four letters ("transfermarkt.de", "example.com").
func isSiteAddress(w string) bool {
	name, tld, ok := strings.Cut(w, ".")
	if !ok || name == "" || strings.Contains(tld, ".") || len(tld) < 2 || len(tld) > 4 {
		return false
	}
	for _, c := range tld {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// nominative puts a German source phrase named in the genitive or dative back into the
// nominative, without its determiner: "des südkoreanischen Geheimdienstes" and "südkoreanischem
// Geheimdienst" both become "südkoreanischer Geheimdienst". Languages without case lists get
// the phrase as written, without a leading determiner.
func (r *run) nominative(t []tok, s, e int) string {
	return r.nominativeOf(t, s, e, false)
}

// nominativeOf is nominative; with body set, a head noun the names stage marked loses its
// genitive ending too. Quotation marks around a name are left out.
func (r *run) nominativeOf(t []tok, s, e int, body bool) string {
	mode := ""
	if s < e && r.lex.stop(t[s].norm) {
		mode = r.lex.cases[t[s].norm]
		s++
	}
	var b strings.Builder
	head := -1
	for k := s; k < e; k++ {
		if r.isNoun(t[k]) && !r.capAdj(t, k, e) {
			head = k
			break
		}
	}
	if head < 0 || len(r.lex.cases) == 0 {
		for k := s; k < e; k++ {
			if k > s && t[k].space {
				b.WriteByte(' ')
			}
			b.WriteString(t[k].text)
		}
		return b.String()
	}
	headText := t[head].text
	if body || r.entityAt(head) == nil {
		switch mode {
		case "gen":
			headText = stripGenitive(headText)
		case "dat":
			headText = stripWeak(headText)
		}
	}
	neuter := r.isNeuter(r.p.Normalize(headText))
	for k := s; k < e; k++ {
		if t[k].kind == tPunct && isQuoteMark(t[k].text) {
			continue
		}
		if b.Len() > 0 && t[k].space {
			b.WriteByte(' ')
		}
		w := t[k].text
		if k == head {
			w = headText
		} else if k < head && (r.isAdj(t[k]) || r.capAdj(t, k, e) && r.derivedAdj(w)) {
			w = adjNominative(w, mode, neuter)
		}
		b.WriteString(w)
	}
	return b.String()
}

func adjNominative(w, mode string, neuter bool) string {
	strong := "er"
	if neuter {
		strong = "es"
	}
	switch mode {
	case "gen", "dat":
		if strings.HasSuffix(w, "en") {
			return strings.TrimSuffix(w, "en") + strong
		}
	case "fem":
		if strings.HasSuffix(w, "en") {
			return strings.TrimSuffix(w, "en") + "e"
		}
	case "":
		if strings.HasSuffix(w, "em") {
			return strings.TrimSuffix(w, "em") + strong
		}
	}
	return w
}

func (r *run) isNeuter(norm string) bool {
	for suf := range r.lex.neuter {
		if strings.HasSuffix(norm, suf) {
			return true
		}
	}
	return false
}

// stripGenitive removes the genitive ending of a masculine or neuter noun.
func stripGenitive(w string) string {
	n := utf8.RuneCountInString(w)
	switch {
	case strings.HasSuffix(w, "ses") && n > 6 && !strings.HasSuffix(w, "sses"):
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "es") && n >= 5:
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && n > 3:
		return strings.TrimSuffix(w, "s")
	}
	return stripWeak(w)
}

// stripWeak removes the -en of a weak masculine noun ("Präsidenten" -> "Präsident").
func stripWeak(w string) string {
	for _, suf := range []string{"enten", "anten", "isten", "aten", "ographen", "ologen"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, "en")
		}
	}
	return w
}
