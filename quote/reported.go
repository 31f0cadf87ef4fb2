package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// reported finds reported speech: "X sagte, dass …", "…, sagte X", "X sagte, man wolle …",
// "laut X …", "wie X berichtete", and Konjunktiv-I sentences that continue a speaker's report.
func (c *ctx) reported() {
	for si := range c.sents {
		ss, se := c.sentRange(si)
		if se-ss < 3 {
			continue
		}
		me := se // message end: without the final punctuation
		colon := false
		for k := ss; k+1 < se; k++ {
			if isPunct(&c.toks[k], ":") && isQuoteMark(&c.toks[k+1]) && c.inMarks(c.toks[k+1].End) {
				me, colon = k, true // a direct quotation after a colon is not part of a report before it
				break
			}
		}
		for me > ss && c.toks[me-1].Kind == article.TokPunct && !isQuoteMark(&c.toks[me-1]) {
			me--
		}
		if c.furniture[si] {
			continue
		}
		if c.pointBack(si, ss, se, me) || c.pointBackComma(si, ss, se, me) {
			continue
		}
		c.fragmentReport(si, ss, me) // its frame's verb is used; a second verb may frame more
		if c.phraseCue(si, ss, se, me) {
			continue
		}
		if c.wieFrame(si, ss, se, me) || c.knownFrame(si, ss, me) {
			continue
		}
		if c.soFrame(si, ss, se, me) || c.nachFrame(si, ss, se, me) || c.nachAfter(si, ss, se, me) {
			continue
		}
		done := false
		for v := ss; v < se && !done; v++ {
			if !c.isVerb(v, ss, se) || c.usedCue[v] && !(colon && c.sharedColonCue(ss, v, me)) || c.hypothetical(ss, v) || c.lx.verbs[c.toks[v].Norm].question {
				continue // "asked whether …", "fragte, ob …": a question put, not a statement
			}
			done = c.verbFrame(si, ss, se, me, v)
		}
		for v := ss; v < se && !done; v++ {
			if _, ok := c.lx.decisions[c.toks[v].Norm]; ok && isLowerWord(&c.toks[v]) && !c.usedCue[v] && !c.hypothetical(ss, v) && c.decisionCue(v) {
				done = c.decisionFrame(si, ss, me, v)
			}
		}
		if done || c.nounAct(si, ss, me) {
			continue
		}
		if strong, weak := c.konjMood(ss, me); !strong && !weak && (c.npAct(si, ss, se, me) || c.npActPerfect(si, ss, me) || c.passiveAct(si, ss, me)) {
			continue
		}
		c.freeIndirect(si, ss, me)
		if !c.reportCovered(ss, me) {
			// "Inzwischen hat er laut einer Sprecherin ein Geständnis abgelegt und drei Diebstähle
			// zugegeben, die …": phraseCue left the cue to a speech verb after it, which framed
			// nothing (its object is a noun), and nothing else reports the sentence; the cue and
			// its source report the clause after all. A speech verb right after its subject
			// before the cue ("X betonte laut NDR …") still names the speaker, and the cue only
			// who relayed it.
			c.relayAlone = true
			c.phraseCue(si, ss, se, me)
			c.relayAlone = false
		}
	}
}

// sharedColonCue reports whether the speech verb at v, which the direct quotation after the
// colon at me took as its cue, also closes a report before it: "Es sei wichtig gewesen, sagte
// Torschütze X: „…“" says both, and the report before the comma shares the cue and its
// source instead of running over them as words nobody said.
func (c *ctx) sharedColonCue(ss, v, me int) bool {
	if v-1 <= ss+1 || v+1 >= me || !isPunct(&c.toks[v-1], ",") || !c.mainClauseKonj(ss, v-1) {
		return false // "Auf die Frage, ob …, sagte X:": a question put, no report
	}
	for k := ss; k < v; k++ {
		if _, ok := c.lx.questionNouns[c.toks[k].Norm]; ok && isCap(&c.toks[k]) {
			return false // "Auf die Frage, wem er … würde, antwortete X:"
		}
	}
	for k := range c.out {
		if q := &c.out[k].q; q.Cue != nil && q.Cue.Start == c.toks[v].Start && q.End <= q.Cue.Start {
			return false // "„…“, sagte X: „…“": the words before the cue are quoted already
		}
	}
	for k := v + 1; k < me; k++ {
		if c.toks[k].Kind == article.TokPunct {
			return false
		}
	}
	return true
}

// pointBack reports the sentence before as what the sentence si says someone said, when si
// opens with a word standing for it, a speech verb and its subject, and ends after adverbials
// ("Die Schule bleibt zu. Das bestätigte der Bürgermeister am Abend.", "Dies teilte die
// Polizei mit."). The sentence before must be a plain statement of the same paragraph that no
// quotation covers yet.
func (c *ctx) pointBack(si, ss, se, me int) bool {
	if si == 0 {
		return false
	}
	v, s, e, ok := c.backClause(ss, se, me)
	if !ok {
		return false
	}
	agent := c.passive(ss, v)
	ps, pe := c.sentRange(si - 1)
	if c.blockOf(c.toks[ps].Start) != c.blockOf(c.toks[ss].Start) {
		return false
	}
	for pe > ps && c.toks[pe-1].Kind == article.TokPunct && !isQuoteMark(&c.toks[pe-1]) {
		if isPunct(&c.toks[pe-1], "?") || isPunct(&c.toks[pe-1], ":") {
			return false
		}
		pe--
	}
	if pe-ps < 4 || c.question(ps) || c.furniture[si-1] {
		return false
	}
	if c.reportCovered(ps, pe) {
		return c.pointBackBare(si, v, s, e)
	}
	if !c.clauseLike(ps, pe) && !c.verbBeforeObject(ps, pe) {
		return false
	}
	defer func(old bool) { c.mediumCue = old }(c.mediumCue)
	c.mediumCue = c.lx.verbs[c.toks[v].Norm].reports
	sp := c.resolve(s, e, c.toks[v].Start, si)
	if agent {
		sp = noSpeaker // a passive's agent names nobody, as passiveAgent's do
	}
	c.emit(ps, pe, false, false, v, s, e, sp)
	return true
}

// pointBackBare gives the cue v and source [s, e) of "Das berichtet X." to the reports before
// it that stand in the Konjunktiv with no cue, source or speaker of their own ("Huber sei am
// Dienstag operiert worden. Dort solle er bleiben. Das berichtet die Zeitung."): the run of
// such sentences right before sentence si, in its paragraph, each a whole sentence reported by
// nobody until the cue names who.
func (c *ctx) pointBackBare(si, v, s, e int) bool {
	ss, _ := c.sentRange(si)
	var run []int // indices into c.out, nearest sentence first
	for j := si - 1; j >= 0; j-- {
		ps, pe := c.sentRange(j)
		if c.blockOf(c.toks[ps].Start) != c.blockOf(c.toks[ss].Start) || c.furniture[j] {
			break
		}
		k, n := -1, 0
		for i := range c.out {
			if q := &c.out[i].q; q.Start < c.toks[pe-1].End && c.toks[ps].Start < q.End {
				k, n = i, n+1
			}
		}
		if n != 1 {
			break
		}
		if q := &c.out[k].q; q.Direct || q.Source != nil || q.Speaker != "" || q.Cue == nil && q.Start != c.toks[ps].Start {
			// (A cue with no source reports it for nobody: "2016 wurde bekannt, dass …".)
			break
		}
		run = append(run, k)
	}
	if len(run) == 0 {
		return false
	}
	spans := make([][2]int, len(run))
	for i, k := range run {
		spans[len(run)-1-i] = [2]int{c.out[k].q.Start, c.out[k].q.End}
	}
	slices.Sort(run)
	for i := len(run) - 1; i >= 0; i-- {
		c.out = slices.Delete(c.out, run[i], run[i]+1)
	}
	defer func(old bool) { c.mediumCue = old }(c.mediumCue)
	c.mediumCue = c.lx.verbs[c.toks[v].Norm].reports
	spk := c.resolve(s, e, c.toks[v].Start, si)
	for _, sp := range spans {
		c.emit(c.tokAt(sp[0]), c.tokAt(sp[1]-1)+1, false, false, v, s, e, spk)
	}
	return true
}

// pointBackComma is pointBack inside one sentence: a main clause, a comma, and a clause opening
// with the word that stands for it, a speech verb and its subject ("Die Brücke ist gesperrt, das
// teilte die Polizei mit."). The verb right after the word makes that clause a main clause, no
// relative clause ("…, das die Polizei sperrte" has its verb last).
func (c *ctx) pointBackComma(si, ss, se, me int) bool {
	for k := ss + 4; k+3 < se; k++ {
		if !isPunct(&c.toks[k], ",") || !isLowerWord(&c.toks[k+1]) {
			continue
		}
		v, s, e, ok := c.backClause(k+1, se, me)
		if !ok {
			continue
		}
		if c.question(ss) || !c.clauseLike(ss, k) && !c.verbBeforeObject(ss, k) || c.lastCommaBefore(ss, k) >= 0 || c.holdsCue(ss, k) || c.reportCovered(ss, k) {
			return false
		}
		defer func(old bool) { c.mediumCue = old }(c.mediumCue)
		c.mediumCue = c.lx.verbs[c.toks[v].Norm].reports
		sp := c.resolve(s, e, c.toks[v].Start, si)
		if c.passive(k+1, v) {
			sp = noSpeaker // a passive's agent names nobody, as passiveAgent's do
		}
		if c.phraseCueIn(ss, k) {
			// "304 waren es laut einer Bilanz der Feuerwehr, das berichtet die Zeitung": the
			// clause names a source of its own; the one after the comma only relays it.
			sp = noSpeaker
		}
		c.emit(ss, k, false, false, v, s, e, sp)
		return true
	}
	return false
}

// verbBeforeObject reports whether tokens [s, e) hold a verb clauseLike takes for an adjective
// by its ending ("Die Wähler schließen eine Koalition aus", "Die Tour spülte 500.000 Euro in
// die Kassen"): a lower-case word after a capitalised one and before an article, a number or a
// preposition, where an adjective (which stands before its noun) cannot be.
func (c *ctx) verbBeforeObject(s, e int) bool {
	for k := s + 1; k+1 < e; k++ {
		t, n := &c.toks[k], &c.toks[k+1]
		if !isLowerWord(t) || !adjLike(t.Norm) || c.lx.class(t.Norm) != "" || c.lx.p.Stopword(t.Norm) || c.lx.isDet(t.Norm) {
			continue
		}
		if p := &c.toks[k-1]; !isWord(p) || !isCap(p) {
			continue
		}
		if n.Kind == article.TokNumber || isLowerWord(n) && (c.lx.isDet(n.Norm) || c.lx.class(n.Norm) == "prep") {
			return true
		}
	}
	return false
}

// phraseCueIn reports whether tokens [s, e) hold a cue phrase that names a source of its own
// ("laut X", "nach Angaben des X", "X zufolge").
func (c *ctx) phraseCueIn(s, e int) bool {
	for k := s; k < e; k++ {
		if n, kind := c.phraseAt(k, e); n > 0 && (kind == "pre" || kind == "post") {
			return true
		}
	}
	return false
}

// attributeHead returns the end of a noun phrase [s, e) that an extended attribute runs on
// past ("einer der Hisbollah nahestehenden Quelle", "von mit der Sache vertrauten Personen"):
// the phrase opens with an article or preposition, and right after it stand an inflected
// adjective or participle in small letters and a capitalised noun, the phrase's head. Else e.
func (c *ctx) attributeHead(s, e, me int) int {
	if e+1 >= me || e-s < 2 || !isLowerWord(&c.toks[s]) || !isLowerWord(&c.toks[e]) || !adjLike(c.toks[e].Norm) {
		return e
	}
	if n := c.toks[e].Norm; len(n) < 6 || c.lx.p.Stopword(n) || c.lx.class(n) != "" || c.lx.isDet(n) || c.isVerbForm(n) || !c.lx.presentParticiple(n) {
		// "des RKI eine Temperatur", "der Tagesschau haben Bayern", "eines Sprechers
		// blockierten Bäume": no attribute; a present participle ("nahestehenden") is never a
		// finite verb, as a past one ("blockierten") may be.
		return e
	}
	if t := &c.toks[e+1]; !isWord(t) || !isCap(t) || c.mentionAt(e+1) != nil {
		return e
	}
	return e + 2
}

// reportCovered reports whether a quotation found already overlaps tokens [s, e).
func (c *ctx) reportCovered(s, e int) bool {
	if s >= e {
		return true // no words: nothing left to report ("!!!")
	}
	a, b := c.toks[s].Start, c.toks[e-1].End
	for _, sp := range c.covered {
		if sp.Start < b && a < sp.End {
			return true
		}
	}
	for k := range c.out {
		if q := &c.out[k].q; q.Start < b && a < q.End {
			return true
		}
	}
	return false
}

// backClause reads the clause from bs to its sentence's end se as the word standing for a
// statement (quote_phrases "back"), a speech verb and its subject, then adverbials only. It
// returns the verb and the subject's words.
func (c *ctx) backClause(bs, se, me int) (v, s, e int, ok bool) {
	_, rep := c.lx.backReport[c.toks[bs].Norm]
	if me-bs < 3 || c.lx.phrases[c.toks[bs].Norm] != "back" && !rep || !isWord(&c.toks[bs]) {
		return 0, 0, 0, false
	}
	ss := bs
	v = ss + 1
	if cls := c.lx.class(c.toks[v].Norm); (cls == "aux" || cls == "aux:pass") && isLowerWord(&c.toks[v]) {
		return c.backPerfect(bs, se, me)
	}
	// The verb right after the word: lower case, so a verb even after "Das" (isVerb would
	// take a form after an article for a noun).
	vi, ok := c.lx.verbs[c.toks[v].Norm]
	if !ok || !vi.tells || !isLowerWord(&c.toks[v]) || c.usedCue[v] || c.companion(vi, v, se) < 0 || rep && !vi.reports {
		return 0, 0, 0, false
	}
	// The companion closing the clause counts, not one read earlier as a preposition ("Dies gab
	// X am Montag an einer Konferenz bekannt" has "an" before "bekannt").
	if len(vi.tellsWith) > 0 && !slices.Contains(vi.tellsWith, c.toks[c.companion(vi, v, se)].Norm) &&
		!(isLowerWord(&c.toks[me-1]) && slices.Contains(vi.tellsWith, c.toks[me-1].Norm)) {
		return 0, 0, 0, false // "Das gibt X zu": an admission, not a statement of the sentence before
	}
	// "Das erklärte gestern ein Sprecher", "Dies bestätigte am Abend der Minister": adverbs
	// and a time of day between the verb and its subject.
	at := v + 1
	for n := 0; n < 3 && at+1 < se; n++ {
		cls := c.lx.class(c.toks[at].Norm)
		switch {
		case isLowerWord(&c.toks[at]) && (cls == "adv" || cls == "time"):
			at++
			continue
		case cls == "prep" && isLowerWord(&c.toks[at]) && at+2 < se && isCap(&c.toks[at+1]) && isWord(&c.toks[at+1]) &&
			strings.HasPrefix(c.lx.class(c.toks[at+2].Norm), "det"):
			at += 2 // "am Abend der Minister", "im Interview die Ministerin"
			continue
		}
		break
	}
	end := se - 1
	from := vi.from && at == v+1 && c.lx.class(c.toks[at].Norm) == "prep" && len(vi.alts) > 0
	if from {
		// "Dies geht aus einem Bericht des Amts hervor": the source follows the preposition
		// and the verb's companion closes the clause, which may hold a relative clause of
		// the source ("aus einer Meldung, die … verbreitet wurde, hervor").
		at++
		end = c.companion(vi, v, se)
	}
	s, e = c.npAfter(at, me)
	if a, b := c.detQuotedName(at, me); a == at && vi.reports && !from {
		s, e = a, b // "Das berichtet die „Abendpost“ unter Berufung auf …"
	} else if a, b := c.quotedName(at, me); a == at && vi.reports && !from {
		s, e = a, b // "Darüber berichtet „Abendpost“ unter Berufung auf …": the medium's name alone
	}
	defer func(old bool) { c.mediumCue = old }(c.mediumCue)
	c.mediumCue = vi.reports
	if s != at || from && (end < e || !c.plausibleCueSource(s, e)) {
		return 0, 0, 0, false
	}
	if q1, q2 := c.quotedName(e, me); q1 == e && !from {
		e = q2 // "Das berichtete die Zeitschrift „Bergblick“ in ihrer jüngsten Ausgabe"
	}
	// "Dies teilte der Leiter des Amts, Anna Berg, mit", "Das bestätigte der Bürgermeister,
	// Hans Berg.": a name apposed to the source is the source's (emit takes it in); its commas
	// open no clause.
	apposed := -1
	if k := c.appositionComma(e, end); k > 0 && !from && c.nameAlone(e+1, k) {
		apposed = k
	} else if e+1 < end && !from && isPunct(&c.toks[e], ",") && c.nameAlone(e+1, end) {
		apposed = e
	}
	rel := -1
	if !from && e+1 < end && isPunct(&c.toks[e], ",") && c.relativePronoun(e+1) {
		rel = e // "Dies berichtet das Institut X, das … begutachtet": the clause describes the source
	}
	for k := v + 1; k < end; k++ {
		t := &c.toks[k]
		if rel >= 0 && k >= rel {
			break
		}
		if k >= s && k < e && isQuoteMark(t) || apposed >= 0 && (k == e || k == apposed) {
			continue
		}
		if isPunct(t, ",") && from && k >= e && (k+1 == end || c.lx.p.Stopword(c.toks[k+1].Norm)) {
			continue // "aus einer Meldung, die … verbreitet wurde, hervor"
		}
		if isQuoteMark(t) || isPunct(t, ",") || isPunct(t, ":") || c.lx.class(t.Norm) == "comp" || c.lx.class(t.Norm) == "neg" {
			return 0, 0, 0, false // a clause, a quotation or a denial of its own
		}
	}
	return v, s, e, true
}

// backPerfect is backClause for a perfect or a passive: the word standing for the sentence
// before, an auxiliary, then the subject ("Das hat die Polizei mitgeteilt") or, after a form of
// "werden", the agent with "von" ("Dies wurde vom Presseamt der Stadt bestätigt"), adverbials
// only, and the participle of a verb that says the sentence before (@t) closing the clause. A
// passive without an agent ("Das wurde am Montag bestätigt") names no source and is left, as
// is a participle with a companion before it.
func (c *ctx) backPerfect(bs, se, me int) (v, s, e int, ok bool) {
	aux := bs + 1
	v = me - 1
	for v > aux && !isWord(&c.toks[v]) {
		v--
	}
	vi, known := c.lx.verbs[c.toks[v].Norm]
	if p := &c.toks[v-1]; !known && isLowerWord(p) {
		// A separable participle written apart ("bekannt gegeben" for "bekanntgegeben").
		vi, known = c.lx.verbs[p.Norm+c.toks[v].Norm]
	}
	if !known || !vi.ptcp || !vi.tells || len(vi.alts) > 0 || !isLowerWord(&c.toks[v]) || c.usedCue[v] || v-aux < 3 {
		return 0, 0, 0, false
	}
	at := aux + 1
	for at < v && isLowerWord(&c.toks[at]) {
		if cls := c.lx.class(c.toks[at].Norm); cls != "adv" && cls != "time" {
			break
		}
		at++ // "Das hat gestern die Polizei mitgeteilt"
	}
	if c.passive(aux, aux+1) {
		if w := c.toks[at].Norm; !isLowerWord(&c.toks[at]) || w != "von" && w != "vom" {
			return 0, 0, 0, false
		}
		at++
	}
	s, e = c.npAfter(at, v)
	if s != at || e > v || !c.plausibleCueSource(s, e) {
		return 0, 0, 0, false
	}
	for k := e; k < v; k++ {
		t := &c.toks[k]
		if isQuoteMark(t) || isPunct(t, ",") || isPunct(t, ":") || c.lx.class(t.Norm) == "comp" || c.lx.class(t.Norm) == "neg" {
			return 0, 0, 0, false // a clause, a quotation or a denial of its own
		}
		if _, verb := c.lx.verbs[t.Norm]; verb && isLowerWord(t) {
			return 0, 0, 0, false // "Das hat X gesagt und bestätigt": more than one act
		}
	}
	return v, s, e, true
}

// ownedSaying reports whether the words [s, e) before a frame's comma are a possessive and a
// noun of a claim or reply, a comma, and one clause that spells the claim out ("Dessen
// Formulierung, das Land könne nur gemeinsam …"): whose claim the possessive says, the
// object of the frame's verb, not its subject's own words. A second comma ("Ihre Forderung,
// die sie stellte, sei berechtigt") makes the noun the reported clause's subject.
func (c *ctx) ownedSaying(s, e int) bool {
	if s+3 >= e || c.lx.class(c.toks[s].Norm) != "poss" {
		return false
	}
	comma := -1
	for k := s + 1; k < e; k++ {
		if isPunct(&c.toks[k], ",") {
			if comma >= 0 {
				return false
			}
			comma = k
		}
	}
	if comma != s+2 || comma+2 >= e {
		return false
	}
	return c.sayingHead(c.toks[s+1].Norm) && c.hasKonj(comma+1, e)
}

// indirectQuestion reports whether tokens [s, e) are an indirect question and nothing else: an
// interrogative first ("wer", "wie", "was", quote_questions), the finite verb last, and after
// every comma another interrogative, or "und"/"oder" and one ("Wer seine Vorbilder sind und was
// ihn antreibt, verrät er im Interview"). Such a clause announces what someone will tell; the
// question is the reporter's, so it names no speaker. "Was wir brauchen, ist Mut, sagte X" has
// a main clause after its comma and is what X said; a clause in the Konjunktiv reports ("Wie
// ein Zombie habe sie sich gefühlt, sagte X").
func (c *ctx) indirectQuestion(s, e int) bool {
	for e > s && isQuoteMark(&c.toks[e-1]) {
		e--
	}
	if e-s < 3 || !c.questionWord(s) || !c.finiteAt(e-1, e) || c.inMarks(c.toks[s].Start) || c.hasKonj(s, e) {
		return false // "Wie ein Zombie habe sie sich gefühlt, sagte X": a comparison in a report
	}
	for k := s + 1; k < e-1; k++ {
		if !isPunct(&c.toks[k], ",") {
			continue
		}
		n := k + 1
		if w := c.toks[n].Norm; isLowerWord(&c.toks[n]) && (w == "und" || w == "oder") {
			n++
		}
		if !c.questionWord(n) && !c.listedNoun(n, e) {
			// (An article or possessive after the comma goes on with a list inside the
			// question: "Was der Auftritt über ihn, seine Partei und seine Nachfolgerin aussagt".)
			return false
		}
	}
	return true
}

// listedNoun reports whether an article or possessive at k opens a noun phrase ("seine Partei",
// "die neue Chefin"), not a pronoun before a verb ("der muss …").
func (c *ctx) listedNoun(k, e int) bool {
	if k+1 >= e || !isLowerWord(&c.toks[k]) || !c.lx.isDet(c.toks[k].Norm) || c.lx.class(c.toks[k].Norm) == "det:dem" {
		return false
	}
	n := k + 1
	if t := &c.toks[n]; isLowerWord(t) && adjLike(t.Norm) && !c.isVerbForm(t.Norm) && c.lx.class(t.Norm) == "" && n+1 < e {
		n++ // "die neue Chefin"
	}
	return isWord(&c.toks[n]) && isCap(&c.toks[n])
}

// questionWord reports whether token k is an interrogative word (quote_questions).
func (c *ctx) questionWord(k int) bool {
	_, ok := c.lx.questions[c.toks[k].Norm]
	return ok && isWord(&c.toks[k])
}

// relativePronoun reports whether token k is a relative pronoun: a lower-case d-word that is
// no indefinite, possessive or demonstrative ("…, das …", "…, der …").
func (c *ctx) relativePronoun(k int) bool {
	t := &c.toks[k]
	if !isLowerWord(t) || !c.lx.isDet(t.Norm) {
		return false
	}
	switch c.lx.class(t.Norm) {
	case "indef", "poss", "det:dem":
		return false
	}
	return true
}

// verbFrame reports speech framed by the speech verb at v of sentence si: "…, sagte X.",
// "…, X said.", "X, she said, Y", "X sagte, dass …", "X sagte, man wolle …", "X said (in a
// statement) (that) …". It reports whether it found one.
func (c *ctx) verbFrame(si, ss, se, me, v int) bool {
	vi := c.lx.verbs[c.toks[v].Norm]
	defer func(old bool) { c.mediumCue = old }(c.mediumCue)
	c.mediumCue = vi.reports
	passive := c.passiveBefore(ss, v) || c.passiveAfter(v, se)
	speakerOf := func(s, e int) speaker {
		if passive {
			return noSpeaker // "wird vorgeworfen", "was said": the subject does not speak
		}
		return c.resolve(s, e, c.toks[v].Start, si)
	}
	// …, sagte X. / …, hieß es in der Zeitung „The Star“. / …, berichtete „G1“.
	if v-1 > ss+1 && isPunct(&c.toks[v-1], ",") && !passive && (!vi.knows || c.hasKonj(ss, v-1)) && (c.hasKonj(ss, v-1) || !c.complementAfterSubject(v, me)) {
		s, e := c.npAfter(v+1, se)
		if a, b := c.quotedName(v+1, se); a == v+1 {
			s, e = a, b
		}
		if a, b := c.detQuotedName(v+1, se); a == v+1 && vi.reports {
			s, e = a, b // "…, berichtet die „Abendpost“": npAfter stops at the mark
		}
		if a := c.advsAfter(v+1, me); a > v+1 && (s < 0 || s == v+1) {
			// "…, versichert wiederum die Sprecherin", "…, sagt auch der Trainer": adverbs
			// between the verb and its subject are no part of the subject.
			if s, e = c.npAfter(a, se); s != a || !c.speakerWords(s, e) {
				s = -1
			}
		}
		if s >= 0 && (s == v+1 || s == v+2 || s > v+2 && c.advsAfter(v+1, me) == s) && !c.negated(v+1, c.clauseEnd(v+1, me)) && !c.formalYou(s, e) && !c.thatless(v+1, me) {
			if c.clauseLike(ss, v-1) && !c.inDirect(ss, v-1) && !c.question(ss) && !c.adverbialClause(ss, v-1) && !c.subjectRelative(ss, v-1) && !c.frontedPhrase(ss, v-1) {
				spk := c.resolve(s, e, c.toks[ss].Start, si)
				if a, b := c.impersonalWhere(s, e, me); a >= 0 {
					s, e, spk = a, b, c.resolve(a, b, c.toks[ss].Start, si)
				}
				if c.indirectQuestion(ss, v-1) {
					spk = noSpeaker // "Wer …, verrät er im Interview": the reporter's question
				}
				if c.ownedSaying(ss, v-1) {
					// "Deren Formulierung, das Land könne nur als Mannschaft …, konterte er": the
					// clause spells out another's words, the object the verb answers.
					spk = noSpeaker
				}
				ms := ss
				if k := c.colonOpening(ss, v-1); k > ss && !c.hasKonj(ss, k) && c.hasKonj(k, v-1) {
					// "Der Start machte die Wahl zum Test – mit Erfolg: Weil …, wäre das BSW
					// eingezogen, betont Decker": the writer's words before the colon are not his.
					ms = k
				}
				c.emit(ms, v-1, false, false, v, s, e, spk)
				return true
			}
			if _, _, ok := c.parenthetical(ss, v, me); !ok && c.frontedPhrase(ss, v-1) {
				// The sentence's subject follows its verb, never inside the fronted phrase
				// ("Nach der Niederlage gegen Karl Brenner, bittet er ihn um …, dass …"); the
				// verb frames a clause only right after that subject ("Am Samstag, an dem …,
				// zeigt eine Umfrage, wie …").
				if e+1 >= me || !isPunct(&c.toks[e], ",") || !strings.HasPrefix(c.lx.class(c.toks[e+1].Norm), "comp") && c.lx.class(c.toks[e+1].Norm) != "wie" && !c.questionWord(e+1) {
					return false
				}
				ss = v
			}
		}
	}
	// …, X said. / …, the spokesperson added. / …, he has said, and he had surgery.
	if end := c.andClauseAfter(v+1, me); c.closesSentence(v+1, end) && !c.thatless(v+1, me) {
		if comma := c.lastCommaBefore(ss, v); comma > ss+2 {
			s, e := comma+1, c.auxAfterSubject(comma+1, v)
			if e < v && c.nextComma(v+1, end) < end {
				// "Sie sind gefragt, sie sind gefordert, sie müssen …": a perfect frame closes
				// its sentence; a clause after it makes the participle a state, no frame.
				e = v
			}
			if k := c.firstOfPair(s, e); k > 0 && !passive && !isCap(&c.toks[comma-1]) {
				// "…, Coons and Lankford wrote": the first of two persons is named, as in
				// "Coons and Lankford wrote that …"; not the last two of a list of names
				// ("für die etwa Anna Berg, Eva Roth, Hans Weber und Lena Ott angekündigt
				// werden").
				e = k
			}
			if c.relativeOpening(s, e) {
				return false // "Es gab Fragen, die Bender souverän beantwortete": a relative clause
			}
			titled := !c.npLike(s, e) && c.titledName(s, e)
			if c.speakerWords(s, e) && (titled || c.npLike(s, e)) && (c.clauseLike(ss, comma) || c.mainAfterSub(ss, comma)) && !c.inDirect(ss, comma) && !c.question(ss) {
				spk := speakerOf(s, e)
				if c.indirectQuestion(ss, comma) {
					spk, titled = noSpeaker, false // "Wie sie …, erzählt die Chefin am Montag"
				}
				if titled {
					// The name the title ends with speaks, not a name inside the title.
					n := e - 1
					for n > s && c.mentionAt(n-1) == c.mentionAt(e-1) {
						n--
					}
					spk = speakerOf(n, e)
				}
				c.emit(ss, comma, false, false, v, s, e, spk)
				return true
			}
		}
	}
	if vi.knows {
		// "X weiß, dass …", "Wie es sich anfühlt, weiß X": what someone knows, or what the
		// writer says they know; only "…, weiß X" after a clause in the Konjunktiv reports.
		return false
	}
	// X, she said, Y / Die Lage, sagte er, sei ernst.
	if s, e, ok := c.parenthetical(ss, v, me); ok {
		c.emit(ss, me, false, false, v, s, e, speakerOf(s, e))
		return true
	}
	// X, he said, while …: the frame's own circumstance may follow it.
	if s, e, c1, ok := c.subordinateAfterFrame(ss, v, me); ok {
		c.emit(ss, c1, false, false, v, s, e, speakerOf(s, e))
		return true
	}
	// Saying that …, he acknowledged …: the participle's clause ends at the comma before
	// the main clause, whose subject speaks.
	if v == ss && strings.HasSuffix(c.toks[v].Norm, "ing") {
		if k := c.clauseEnd(v+1, me); k < me && isPunct(&c.toks[k], ",") {
			if s, e := c.npAfter(k+1, me); s == k+1 {
				if ms, _ := c.complementStart(v, k); ms >= 0 && ms < k && !c.inDirect(ms, k) {
					c.emit(ms, k, false, false, v, s, e, speakerOf(s, e))
					return true
				}
			}
		}
		return false
	}
	// X sagte[,] dass … / X sagte, man wolle … / X said (in a statement) (that) …
	ms, direct := c.complementStart(v, me)
	if ms < 0 || ms >= me || c.negated(max(ss, v-2), ms) || c.leavesMarks(v, me) {
		return false
	}
	first := c.toks[ms].Norm
	if c.isVerb(ms, ss, se) || c.question(ms) {
		return false // "…, betonte aber, dass": the next verb reports; "fragte, ob": a question
	}
	if c.questionWord(ms) && ms-2 > v && isPunct(&c.toks[ms-1], ",") && c.askedBefore(v, ms-1) {
		return false // "beantwortete er die Frage, wer sein Vorbild gewesen sei": the question, no message
	}
	if rel, ok := c.lx.sentRels[first]; ok && rel != "" && ms > v+1 && isPunct(&c.toks[ms-1], ",") && c.reflexiveVerb(v) {
		// "Nun zeigt er sich deutlich schlanker, was seine Chancen verbessern könnte": after a
		// verb that takes "sich" ("zeigt sich", "gibt sich"), "was" opens the author's comment
		// on the clause, not what was said.
		return false
	}
	if c.lx.class(first) == "purpose" {
		return false // "sprachen sich aus, um Bach … zu ermöglichen": a purpose, not a message
	}
	if ms+1 < me && c.asIfKonj(ms, ms+2) {
		// "verspricht …, als ginge es ums Flirten": the author's as-if, not a message; one
		// set off by commas ("sagte, als wäre nichts geschehen, es gehe weiter") leaves the
		// clause after it.
		k := c.nextComma(ms, me)
		if k+2 >= me || !c.hasKonj(k+1, me) {
			return false
		}
		ms, first = k+1, c.toks[k+1].Norm
	}

	ok := c.lx.class(first) == "comp"
	if !ok && c.lx.verbs[c.toks[v].Norm].impends {
		return false // "Der SPD droht ein historisch schlechtes Ergebnis, die Grünen …"
	}
	if !ok {
		ok = c.hasKonj(ms, me) || c.infinitive(ms, me) && !c.prepRelative(ss, v) && !c.infinitiveOfNoun(v, ms) || (direct && (c.thatless(ms, me) || ms == v+1 && c.thatlessLong(ms, me))) || c.complementKonj(v, ms, me)
	}
	if !ok || c.inDirect(ms, me) {
		return false
	}
	s, e := c.subjectOf(v, ss, se)
	if c.lx.class(first) == "and" && ms > v+1 && isPunct(&c.toks[ms-1], ",") && s >= 0 && s < v && s == max(ss, c.lastCommaBefore(ss, v)+1) {
		return false // "Der Präsident spricht, aber er ist kaum zu verstehen": a clause of its own
	}
	if s >= 0 && s+1 < e && c.lx.class(c.toks[s].Norm) == "wie" {
		s++ // "Wie der Richter, Otto Brandt, ausführte, …": the conjunction names nobody
	}
	if c.formalYou(s, e) {
		return false // "erklären Sie sich einverstanden, dass …": the reader is addressed
	}
	if c.toldToSpeak(ss, v, s, e) {
		return false // "Der Minister müsse offen sagen, was …": the subject is told to speak
	}
	if c.objectRelative(v, ms, me, s, e) {
		return false // "erinnert sich an ein Ereignis, das die meisten übersehen hätten"
	}
	if direct && ms == v+1 && (s >= 0 && !c.speakerWords(s, e) || s < 0 && v > ss && (c.lx.isDet(c.toks[v-1].Norm) || adjLike(c.toks[v-1].Norm))) && c.framingVerb(ss, v) < 0 {
		return false // "A reinvention plan announced last fall is …", "The alleged crimes occurred": no report
	}
	if s < 0 && c.reducedRelative(ss, v) {
		return false // "A reinvention plan announced last fall is updating …": the verb describes the noun
	}
	if rs, _ := c.relativeSubject(ss, v); c.relativeVerb(ss, v) && (rs < 0 || rs != s) {
		// "charges that had alleged she was …": reported, by the noun the clause describes
		// (a person's name before "who" is that noun: "said Tom Ford, who pointed out …").
		c.emit(ms, me, false, false, v, -1, -1, noSpeaker)
		return true
	}
	if passive && s < 0 {
		s, e = c.passiveAgent(ss, v) // "Von den Behörden wird angenommen, dass …"
	}
	spk := speakerOf(s, e)
	if s >= 0 && c.pronounBeforePerson(s) {
		// "…von Zeugen, die Boateng unterstellten, …": the relative pronoun is the subject,
		// the name whom they accused.
		spk = noSpeaker
	}
	if s < 0 && !passive && !c.unparsedSubject(ss, v) {
		if p := c.prevSpeaker(c.toks[ss].Start, si, 1); p != nil {
			s, e, spk = c.carriedStart(p), p.srcEnd, continues(p)
		}
	}
	// The inverted subject and its apposition are the source as the grammar gives them: the
	// ranker neither chooses nor learns from them.
	c.subjectSource = c.apposedSubject(v, ms, me)
	c.emit(ms, me, false, false, v, s, e, spk)
	c.subjectSource = false
	return true
}

// decisionFrame reports the clause a verb of deciding at v governs (@d: "Der Stadtrat
// beschloss, die Brücke zu sperren", "Das Gericht hat entschieden, dass …"): a "dass" clause,
// a zu infinitive or a clause in the Konjunktiv after it, with a body as its subject, or none
// in the passive ("Es wurde beschlossen, …"). A person's decision ("Söder hatte beschlossen,
// …"), a reflexive one ("entschied sich, …") and a verb with no subject of its own report
// nothing: a choice is a statement only when a body makes it public.
func (c *ctx) decisionFrame(si, ss, me, v int) bool {
	_, se := c.sentRange(si)
	passive := c.passiveBefore(ss, v) || c.passiveAfter(v, se)
	ms, _ := c.complementStart(v, me)
	if ms < 0 || ms >= me || c.negated(max(ss, v-2), ms) || c.leavesMarks(v, me) || c.question(ss) || c.question(ms) {
		return false
	}
	from := ss
	if k := c.lastCommaBefore(ss, v); k >= ss {
		from = k + 1
	}
	if from != ss || c.hasWord(from, ms, "sich") || c.inMarks(c.toks[v].Start) {
		return false // only the main clause opening the sentence: "…, die entschieden werden müssen, …" decides nothing
	}
	ok := c.lx.class(c.toks[ms].Norm) == "comp" || c.hasKonj(ms, me) || c.infinitive(ms, me) && !c.prepRelative(ss, v)
	if !ok || c.inDirect(ms, me) || c.isVerb(ms, ss, me) {
		return false
	}
	// The subject (or none, in the passive) is the source as the grammar gives it: the ranker
	// neither chooses nor learns from it (retrained on these, it moved other choices).
	c.subjectSource = true
	defer func() { c.subjectSource = false }()
	if passive {
		c.emit(ms, me, false, false, v, -1, -1, noSpeaker)
		return true
	}
	s, e := c.subjectOf(v, ss, me)
	if s < 0 || !c.bodyWords(s, e) {
		return false
	}
	c.emit(ms, me, false, false, v, s, e, c.resolve(s, e, c.toks[ms].Start, si))
	return true
}

// decisionCue reports whether the verb of deciding at v (@d) can be a cue: in the main clause
// that opens its sentence, outside quotation marks, not reflexive, and with a body as its
// subject or in the passive ("Der Rat beschloss", "Es wurde beschlossen").
func (c *ctx) decisionCue(v int) bool {
	ss, se := c.sentRange(c.sentOf[v])
	if c.reflexiveClause(v) || c.inMarks(c.toks[v].Start) || c.hasPunctBetween(ss, v) {
		return false
	}
	if c.passiveBefore(ss, v) || c.passiveAfter(v, se) {
		return true
	}
	s, e := c.subjectOf(v, ss, se)
	return s >= 0 && c.bodyWords(s, e)
}

// reflexiveClause reports whether "sich" stands in the clause of the verb at i, between the
// commas around it in its sentence.
func (c *ctx) reflexiveClause(i int) bool {
	sentStart, sentEnd := c.sentRange(c.sentOf[i])
	for k := i - 1; k >= sentStart && !isPunct(&c.toks[k], ","); k-- {
		if c.toks[k].Norm == "sich" {
			return true
		}
	}
	for k := i + 1; k < sentEnd && !isPunct(&c.toks[k], ","); k++ {
		if c.toks[k].Norm == "sich" {
			return true
		}
	}
	return false
}

// bodyWords reports whether the phrase [s, e) names a body rather than a person: an
// organisation noun or public body ("Der Stadtrat", "die Bischofskonferenz") or an
// organisation's name.
func (c *ctx) bodyWords(s, e int) bool {
	for k := s; k < e; k++ {
		t := &c.toks[k]
		if !isCap(t) || !isWord(t) {
			continue
		}
		if c.orgWord(t.Norm) {
			return true
		}
		if m := c.mentionAt(k); m != nil && m.org {
			return true
		}
	}
	return false
}

// complementAfterSubject reports whether the speech verb at v, its subject right after it,
// goes on after a comma with what was said ("…, sagte er, man müsse schauen", "…, sagte sie,
// dass …"): the words before the verb are then a fronted phrase ("Mit Blick auf die Grünen,
// deren Einzug offen ist, sagte er, …"), not the message.
func (c *ctx) complementAfterSubject(v, me int) bool {
	for k := v + 1; k < me && k <= v+5; k++ {
		t := &c.toks[k]
		if isPunct(t, ",") {
			if k == v+1 || k+2 >= me {
				return false
			}
			if c.lx.class(c.toks[k+1].Norm) == "comp" {
				return true
			}
			// Its own subject first, then the Konjunktiv ("man müsse"); a verb right after the
			// comma continues the words before ("Die Lage, sagte er, sei ernst").
			_, konj := c.lx.konj[c.toks[k+1].Norm]
			return !konj && !c.isVerbForm(c.toks[k+1].Norm) && c.hasKonj(k+2, c.clauseEnd(k+1, me))
		}
		if t.Kind == article.TokPunct {
			return false
		}
	}
	return false
}

// infinitiveOfNoun reports whether the speech verb at v is one of opinion that reports no zu
// infinitive (quote_noinfinitive) and no "es" stands between it and the infinitive opening at
// ms: "findet noch Zeit, das Leben zu genießen" finds the time, nobody speaks; "fand es
// richtig, früh zu wechseln" keeps the opinion.
func (c *ctx) infinitiveOfNoun(v, ms int) bool {
	if _, ok := c.lx.noInfinitive[c.toks[v].Norm]; !ok || !isLowerWord(&c.toks[v]) {
		return false
	}
	return !c.hasWord(v+1, ms, "es")
}

// reflexiveVerb reports whether the speech verb at v speaks only with "sich" ("zeigte sich
// zufrieden", "gab sich optimistisch").
func (c *ctx) reflexiveVerb(v int) bool {
	for _, alt := range c.lx.verbs[c.toks[v].Norm].alts {
		if len(alt) == 1 && c.lx.class(alt[0]) == "reflexive" {
			return true
		}
	}
	return false
}

// askedBefore reports whether a noun of asking (quote_questionnouns: "Frage") stands between
// the speech verb at v and the comma at k, with no other comma between: the clause after the
// comma is the question it names.
func (c *ctx) askedBefore(v, k int) bool {
	for j := k - 1; j > v; j-- {
		t := &c.toks[j]
		if isPunct(t, ",") {
			return false
		}
		if _, ok := c.lx.questionNouns[t.Norm]; ok && isCap(t) {
			return true
		}
	}
	return false
}

// apposedSubject reports whether the clause the speech verb at v reports starts at ms because
// complementStart passed an inverted subject's short form in brackets or apposition.
func (c *ctx) apposedSubject(v, ms, me int) bool {
	for k := v + 1; k < ms; k++ {
		switch t := &c.toks[k]; {
		case isPunct(t, ","):
			return k+1 != ms && c.subjectApposition(v, k, me) == ms
		case isPunct(t, "("):
			return c.postSubject(v, k)
		}
	}
	return false
}

// advsAfter returns the first token at or after k that is no lower-case adverb ("auch"), adverb
// of time or adverb a frame allows there ("wiederum", "jedoch": quote_frameadvs).
func (c *ctx) advsAfter(k, me int) int {
	for k < me && isLowerWord(&c.toks[k]) {
		if cls := c.lx.class(c.toks[k].Norm); cls != "adv" && cls != "time" && !c.lx.frameAdv(c.toks[k].Norm) {
			break
		}
		k++
	}
	return k
}

// leavesMarks reports whether the speech verb at v stands inside quotation marks that close
// before me ("“… when he says there’s a ‘deep state,’ because …,” X added"): the verb is the
// quoted speaker's own word, and a clause it reports cannot run past the closing mark.
func (c *ctx) leavesMarks(v, me int) bool {
	off := c.toks[v].Start
	i := sort.Search(len(c.marks), func(i int) bool { return c.marks[i].Close > off })
	for ; i < len(c.marks); i++ {
		m := c.marks[i]
		if m.Open >= off {
			break
		}
		if m.Close < c.toks[me-1].Start {
			return true
		}
	}
	return false
}

// unparsedSubject reports whether the clause before the verb at v holds words that may name
// its subject though no subject was found ("The Cyclists' Alliance (TCA) has told"): then the
// speaker of the quotation before is no safe guess.
func (c *ctx) unparsedSubject(ss, v int) bool {
	start := ss
	if k := c.clauseAfterComma(ss, v); k > 0 {
		start = k
	}
	for k := start; k < v; k++ {
		t := &c.toks[k]
		if isWord(t) && (c.lx.isDet(t.Norm) || (isCap(t) && k > ss && !c.lx.p.Stopword(t.Norm))) {
			return true
		}
	}
	return false
}

// complementStart returns where the clause a speech verb at v reports starts: after a comma
// within the next words ("sagte der Zeitung, …"), or, without one, a "dass"/"that" or a
// that-less clause after at most an addressee, a time or a place ("told reporters that",
// "said in a statement it was", "announced March 24 that"). direct is true when no comma
// stands between.
func (c *ctx) complementStart(v, me int) (int, bool) {
	from := v + 1
	if vi := c.lx.verbs[c.toks[v].Norm]; len(vi.alts) > 0 {
		if p := c.companion(vi, v, me); p > v+1 && p < v+20 && isLowerWord(&c.toks[p]) && p+1 < me && isPunct(&c.toks[p+1], ",") && c.hasPunctBetween(v+1, p) {
			// "Jetzt gab der Leiter der Polizei, Hans Huber, bekannt, dass …": the commas of an
			// apposition stand before the particle; the complement follows it.
			from = p
		}
	}
	for k := from; k < me && k <= v+20; k++ {
		t := &c.toks[k]
		if k == v+1 && isPunct(t, ",") {
			if j := c.asideBeforeComp(k, me); j > 0 {
				return j, true // "adding, however, that …": the aside is no part of the message
			}
		}
		if isPunct(t, ",") {
			if a := c.subjectApposition(v, k, me); a > 0 {
				return a, false
			}
			return k + 1, false
		}
		if k > v+1 && c.dashWithin(k, k+1) {
			// "- das Finale bestreitet X als Einzige - hat Y …": a dash closes the aside
			// the verb stands in; what follows is the main clause, not a complement.
			return -1, false
		}
		if k <= v+10 && (c.lx.class(t.Norm) == "comp" || (c.thatless(k, me) || k == v+1 && c.thatlessLong(k, me)) && !c.attributiveVerb(v)) && c.bridge(v, k) {
			if c.lx.class(t.Norm) != "comp" && c.dashWithin(k, min(me, k+6)) {
				return -1, false // "bestreitet X als einziger Deutscher - hat Y …": an aside
			}
			return k, true
		}
		if isPunct(t, "(") && k > v+1 && !c.bridge(v, k) && c.postSubject(v, k) {
			if j := c.skipParenthesis(k, me); j > k && j < me && isPunct(&c.toks[j], ",") {
				// "erklärte der Leiter der Wetterbehörde (IWB), Grönland verliere …": the
				// short form belongs to the subject after the verb.
				if a := c.subjectApposition(v, j, me); a > 0 {
					return a, false
				}
				return j + 1, false
			}
		}
		if isPunct(t, "(") && k > v+1 && (c.bridge(v, k) || c.bridgeToName(v, k)) {
			if j := c.skipParenthesis(k, me); j > k && j < me && isPunct(&c.toks[j], ",") {
				// "schreibt bei X (vormals Twitter), der Trainer sei …": a parenthesis after where
				// it was said, then the comma before the complement; not after an object
				// ("begrüßt die Entscheidung des Komitees (IOC), … zu fördern").
				return j + 1, false
			}
		}
		if t.Kind == article.TokPunct && !isPunct(t, "-") && !isQuoteMark(t) {
			return -1, false
		}
	}
	return -1, false
}

// asideBeforeComp returns the complementiser after an adverb or two set off by commas from the
// comma at k ("…, however, that"), or -1.
func (c *ctx) asideBeforeComp(k, me int) int {
	j := k + 1
	for j < me && j <= k+2 && isLowerWord(&c.toks[j]) && c.lx.class(c.toks[j].Norm) == "adv" {
		j++
	}
	if j == k+1 || j+1 >= me || !isPunct(&c.toks[j], ",") || c.lx.class(c.toks[j+1].Norm) != "comp" {
		return -1
	}
	return j + 1
}

// postSubject reports whether the words from after the speech verb at v up to k are its
// subject, inverted after it ("erklärte der Leiter der Wetterbehörde"): a person's name, or
// an article first and a noun phrase without verb or punctuation.
func (c *ctx) postSubject(v, k int) bool {
	if m := c.mentionAt(v + 1); m != nil && !m.org && !m.quoted && m.pos == c.toks[v+1].Start && c.mentionAt(k-1) == m {
		return true // "erklärte Karl Obermann, der Leiter der Wetterbehörde, …"
	}
	d := &c.toks[v+1]
	return k-v-1 >= 2 && k-v-1 <= 10 && isLowerWord(d) && c.lx.isDet(d.Norm) && c.npLike(v+1, k)
}

// subjectApposition returns where the clause the speech verb at v reports starts when the
// comma at k closes its inverted subject and a name or a role in apposition to it follows,
// closed by a second comma ("erklärte der Leiter der Wetterbehörde, Karl Obermann, Grönland
// verliere …"): the words after that comma; else -1. The apposition is the source's, not
// what it said.
func (c *ctx) subjectApposition(v, k, me int) int {
	if !c.postSubject(v, k) && !(isPunct(&c.toks[k-1], ")") && c.postSubjectBefore(v, k-1)) {
		return -1
	}
	if a := c.roleApposition(k, me); a > 0 && a < me && c.verbless(k+1, a-1) {
		return a
	}
	if a := c.appositionBeforeComp(k, me); a > 0 {
		return a
	}
	m := c.mentionAt(k + 1)
	if m == nil || m.org || m.quoted || m.pos != c.toks[k+1].Start {
		return -1
	}
	j := k + 1
	for j < me && c.mentionAt(j) == m {
		j++
	}
	if j+1 >= me || !isPunct(&c.toks[j], ",") {
		return -1
	}
	return j + 1
}

// appositionBeforeComp returns the complementizer after an apposition that opens with an
// article at the comma at k and is closed by a comma right before "dass" or "ob" ("erklärte der
// Eigentümer, das Felsheimer Medienhaus Weber, dass …"): a noun phrase between the inverted
// subject and the complementizer can only be the subject's apposition; else -1.
func (c *ctx) appositionBeforeComp(k, me int) int {
	if k+2 >= me || !isLowerWord(&c.toks[k+1]) || !c.lx.isDet(c.toks[k+1].Norm) {
		return -1
	}
	j := c.appositionComma(k, me)
	if j < 0 || j+2 >= me || !strings.HasPrefix(c.lx.class(c.toks[j+1].Norm), "comp") || !isLowerWord(&c.toks[j+1]) {
		return -1
	}
	for i := k + 1; i < j; i++ {
		if t := &c.toks[i]; c.auxAt(i, j) || isLowerWord(t) && c.isVerbForm(t.Norm) {
			return -1
		}
	}
	return j + 1
}

// verbless reports whether the words [s, e) hold no quotation mark, no auxiliary or modal, no
// Konjunktiv form and no speech verb: an apposition, not a clause ("ein Werbeexperte habe …").
func (c *ctx) verbless(s, e int) bool {
	for k := s; k < e; k++ {
		t := &c.toks[k]
		if isQuoteMark(t) || c.auxAt(k, e) || c.isVerbForm(t.Norm) && isLowerWord(t) {
			return false
		}
		if _, konj := c.lx.konj[t.Norm]; konj && isLowerWord(t) {
			return false
		}
	}
	return true
}

// postSubjectBefore reports whether a parenthesis closing at p follows the inverted subject
// of the speech verb at v ("der Leiter der Wetterbehörde (IWB)").
func (c *ctx) postSubjectBefore(v, p int) bool {
	for k := p - 1; k > v+1 && k >= p-8; k-- {
		if isPunct(&c.toks[k], "(") {
			return c.postSubject(v, k)
		}
	}
	return false
}

// attributiveVerb reports whether the speech verb's form at v ends a phrase opened by an
// article and a preposition ("Der unter dem Namen X bekannte Y war …", "Die als Y bekannte …"):
// the form is then an adjective before its noun, and the words after it are no clause it
// reports but the subject of the sentence with its own verb.
func (c *ctx) attributiveVerb(v int) bool {
	if v >= len(c.sentOf) {
		return false
	}
	si := c.sentOf[v]
	for k := v - 1; k >= 1 && c.sentOf[k-1] == si; k-- {
		t := &c.toks[k]
		if isPunct(t, ",") && !isCap(&c.toks[k+1]) || isPunct(t, ";") || isPunct(t, ":") || isPunct(t, "(") {
			return false // a comma only inside a list of names ("unter den Namen A, B und C")
		}
		if p := &c.toks[k-1]; isWord(p) && c.lx.isDet(p.Norm) && (c.lx.class(t.Norm) == "prep" || c.lx.class(t.Norm) == "sub") &&
			(k-1 == 0 || c.sentOf[k-2] != si || isPunct(&c.toks[k-2], ",")) {
			return true
		}
	}
	return false
}

// bridge reports whether the tokens between a speech verb at v and the clause it reports at b
// can stand there: nothing, a time or place phrase opened by a preposition or a name ("in a
// statement", "on Thursday", "March 24"), or, after a verb naming an addressee, that addressee
// ("told reporters that", "reminded the jury that"). An object ("added amendments that …") is
// none: the clause is then a relative one.
func (c *ctx) bridge(v, b int) bool {
	a := v + 1
	if a == b {
		return true
	}
	vi := c.lx.verbs[c.toks[v].Norm]
	for _, alt := range vi.alts {
		if len(alt) == 1 && c.toks[a].Norm == alt[0] {
			a++ // the verb's particle: "pointed out that"
			break
		}
	}
	if a == b {
		return true
	}
	if c.lx.class(c.toks[b].Norm) == "comp" {
		j := a
		for j < b && isLowerWord(&c.toks[j]) && c.lx.class(c.toks[j].Norm) == "adv" {
			j++
		}
		if j == b {
			return true // "said only that …": an adverb before the complementiser
		}
	}
	first := &c.toks[a]
	if !vi.addressee && c.lx.class(first.Norm) != "prep" && c.lx.class(first.Norm) != "to" && !isCap(first) {
		return false
	}
	for k := a; k < b; k++ {
		if t := &c.toks[k]; t.Kind == article.TokPunct || c.isVerbForm(t.Norm) {
			return false
		}
	}
	return true
}

// bridgeToName reports whether the words between the speech verb at v and k bridge to it (see
// bridge) up to a name in quotation marks that ends right before k ("berichtete im Fachblatt
// „Neue Botanik“ („NB“), …"): where it was said, not what.
func (c *ctx) bridgeToName(v, k int) bool {
	if k-1 <= v+1 || !isQuoteMark(&c.toks[k-1]) {
		return false
	}
	for j := k - 2; j > v+1 && j >= k-8; j-- {
		if isQuoteMark(&c.toks[j]) {
			if a, b := c.quotedName(j, k); a == j && b == k && isCap(&c.toks[j+1]) && c.lx.titleHead(c.toks[j-1].Norm) {
				return c.bridge(v, j)
			}
			return false
		}
	}
	return false
}

// npLike reports whether the words [s, e) form a noun phrase that can be a subject: one
// pronoun, or articles, names, adjectives and nouns without a conjunction or preposition.
func (c *ctx) npLike(s, e int) bool {
	if e-s == 1 {
		if _, ok := c.lx.pronoun(c.toks[s].Norm); ok {
			return true
		}
	}
	for k := s; k < e; k++ {
		t := &c.toks[k]
		if isPunct(t, "-") || isPunct(t, "’") || isPunct(t, "'") || isPunct(t, ".") {
			continue
		}
		if t.Kind != article.TokWord {
			return false
		}
		if c.lx.isDet(t.Norm) || c.mentionAt(k) != nil || c.lx.roleHead(t.Norm) != "" {
			continue
		}
		if c.lx.p.Stopword(t.Norm) || c.lx.class(t.Norm) != "" && c.lx.class(t.Norm) != "group" || c.isVerbForm(t.Norm) {
			return false
		}
	}
	return true
}

// closesSentence reports whether only a few adverbial words follow from k to me ("said on
// Thursday", "added"), so the verb closes its sentence.
func (c *ctx) closesSentence(k, me int) bool {
	if me-k > 5 {
		return false
	}
	for i := k; i < me; i++ {
		t := &c.toks[i]
		if c.lx.class(t.Norm) == "comp" || c.isVerbForm(t.Norm) || isQuoteMark(t) {
			return false
		}
	}
	return true
}

// titledName reports whether the words [s, e) are a title of capitalised words joined by "of"
// or "for" and the name of a person it ends with ("Secretary of State Antony Blinken",
// "Minister for Health Anna Berg").
func (c *ctx) titledName(s, e int) bool {
	m := c.mentionAt(e - 1)
	if m == nil || m.org || !isCap(&c.toks[s]) {
		return false
	}
	joined := false
	for k := s; k < e; k++ {
		t := &c.toks[k]
		switch {
		case c.mentionAt(k) == m:
			if k > s && c.lx.class(c.toks[k-1].Norm) == "gen" {
				return false // "Governor of Texas Greg Abbott" tagged as one name: which words are the title's?
			}
		case isWord(t) && isCap(t):
		case isWord(t) && c.lx.class(t.Norm) == "gen" && k > s && isCap(&c.toks[k+1]):
			joined = true
		default:
			return false
		}
	}
	return joined
}

// nextComma returns the first comma in [k, me), or me.
func (c *ctx) nextComma(k, me int) int {
	for ; k < me; k++ {
		if isPunct(&c.toks[k], ",") {
			return k
		}
	}
	return me
}

// lastCommaBefore returns the last comma in [ss, v), or -1.
func (c *ctx) lastCommaBefore(ss, v int) int {
	for k := v - 1; k > ss; k-- {
		if isPunct(&c.toks[k], ",") {
			return k
		}
	}
	return -1
}

// clauseEnd returns the end of the clause that starts at k: the next comma or "und"/"and".
func (c *ctx) clauseEnd(k, me int) int {
	for i := k; i < me; i++ {
		if isPunct(&c.toks[i], ",") || c.lx.class(c.toks[i].Norm) == "and" {
			return i
		}
	}
	return me
}

// parenthetical finds a speech verb and its subject between two commas inside a sentence
// ("The third vote, she said, was …", "Die Lage, sagte er, sei ernst") and returns the subject.
func (c *ctx) parenthetical(ss, v, me int) (int, int, bool) {
	c1 := c.lastCommaBefore(ss, v)
	if c1 <= ss+1 {
		return -1, -1, false
	}
	c2 := -1
	for k := v + 1; k < me && k <= v+5; k++ {
		if isPunct(&c.toks[k], ",") {
			c2 = k
			break
		}
	}
	if c2 < 0 || me-c2 < 3 {
		return -1, -1, false
	}
	var s, e int
	switch {
	case c1+1 < v && c2 == v+1 && c.speakerWords(c1+1, v) && c.npLike(c1+1, v) && !c.pronounBeforePerson(c1+1):
		// ", she said,"; not ", die Karl Bauer beantwortete,": a relative clause, its
		// pronoun the verb's object.
		s, e = c1+1, v
	case v+1 < c2 && c1 == v-1 && c.speakerWords(v+1, c2) && c.npLike(v+1, c2):
		m := v + 1
		if c.lx.isDet(c.toks[m].Norm) && isLowerWord(&c.toks[m]) {
			m++
		}
		if m < c2 && c.mediaAt(m, c2) && !c.lx.verbs[c.toks[v].Norm].reports {
			// "Anna Roth, Sprecherin der Stadt, sagte der dpa, man erwarte …": the medium is
			// spoken to; the clause after it is the complement, the subject stands first.
			return -1, -1, false
		}
		if c.lx.verbs[c.toks[v].Norm].addresses && c.infinitive(c2+1, me) {
			// "Die frühere Sprecherin, Anna Berg, rät Karl Huber, seine Kandidatur zu
			// überdenken": after a verb of advice the name is whom it is addressed to and the
			// infinitive the advice; the words before are its subject, no message.
			return -1, -1, false
		}
		if !c.mainClauseKonj(ss, c1) && c.lx.class(c.toks[c2+1].Norm) != "comp" && !c.formalYou(v+1, c2) && c.complementAfterSubject(v, me) {
			// "Mit Blick auf die Grünen, deren Einzug offen ist, sagte er, man müsse …": a
			// fronted phrase, and the verb's own complement after it.
			return -1, -1, false
		}
		if c.lx.class(c.toks[ss].Norm) == "sub" && c.lx.class(c.toks[c2+1].Norm) == "comp" {
			// "Als Karl ihn fragt, was er so macht, erzählt er, dass …": the sentence opens
			// with a subordinate clause, so the verb is its main clause's, second, and the
			// "dass" clause after its subject is what was said; the clause before it tells
			// when, nobody's words.
			return -1, -1, false
		}
		s, e = v+1, c2 // ", sagte er,"
	default:
		return -1, -1, false
	}
	if c.inDirect(ss, me) || c.question(ss) || !c.clauseLike(c2+1, me) || c.subjectRelative(ss, c1) {
		return -1, -1, false // "In dem Bericht, der …, heißt es, dass …": no parenthesis
	}
	return s, e, true
}

// subordinateAfterFrame finds a main clause, a frame of subject and speech verb between commas
// and a subordinate phrase after it ("The senator is reading the news, he said, while issuing
// statements", "The bank is sound, she said, when asked about the loans"): the phrase may say
// when or how the words were said rather than be part of them, so the clause before the first
// comma alone is the message. It returns the subject and that comma.
func (c *ctx) subordinateAfterFrame(ss, v, me int) (s, e, c1 int, ok bool) {
	c1 = c.lastCommaBefore(ss, v)
	if c1 <= ss+2 || v+2 >= me || !isPunct(&c.toks[v+1], ",") || c.lx.class(c.toks[v+2].Norm) != "sub" || !isLowerWord(&c.toks[v+2]) {
		return -1, -1, -1, false
	}
	s, e = c1+1, v
	if s >= e || !c.speakerWords(s, e) || !c.npLike(s, e) || c.pronounBeforePerson(s) {
		return -1, -1, -1, false
	}
	if !c.clauseLike(ss, c1) || c.lastCommaBefore(ss, c1) >= 0 || c.inDirect(ss, me) || c.question(ss) || c.subjectRelative(ss, c1) {
		return -1, -1, -1, false
	}
	return s, e, c1, true
}

// firstOfPair returns the end of the first name when the words [s, e) are two persons' names
// joined by "and" and nothing else ("Coons and Lankford"); else -1.
func (c *ctx) firstOfPair(s, e int) int {
	a := c.mentionAt(s)
	if a == nil || a.org || a.tok != s {
		return -1
	}
	k := s
	for k < e && c.mentionAt(k) == a {
		k++
	}
	if k+1 >= e || !c.andAt(k) {
		return -1
	}
	b := c.mentionAt(k + 1)
	if b == nil || b.org || b.tok != k+1 || b.canon == a.canon {
		return -1
	}
	j := k + 1
	for j < e && c.mentionAt(j) == b {
		j++
	}
	if j != e {
		return -1
	}
	return k
}

// fragmentReport reports the writer's clause around a quoted fragment that a frame after it
// closes ("During the pandemic, the “bottom basically dropped out of the system,” Blinken
// said", "The fact that the county approved it “is not a coincidence,” she said."): the
// direct quotation found the fragment and took the frame; the clause from the sentence's
// start to the fragment's closing mark is what the frame's subject said, in the writer's words.
// Only when the clause opens before the marks with words of its own and holds no speech verb,
// and the frame closes the sentence or a ", and" clause or another speech verb follows it.
func (c *ctx) fragmentReport(si, ss, me int) bool {
	for k := range c.out {
		f := &c.out[k]
		q := &f.q
		if !q.Direct || q.Cue == nil || f.cueTok < 0 || f.srcStart < 0 || q.End > q.Cue.Start {
			continue
		}
		v := f.cueTok
		if v <= ss || v >= me || c.sentOf[v] != si {
			continue
		}
		o, cm := c.tokAt(q.Start)-1, c.tokAt(q.End-1)+1 // the opening and the closing mark
		if o-ss < 3 || o >= me || cm >= v || !isQuoteMark(&c.toks[o]) || !isQuoteMark(&c.toks[cm]) {
			continue
		}
		s, e := cm+1, v
		if s < v && isPunct(&c.toks[s], ",") {
			s++ // "…”, Blinken said": the comma after the marks
		}
		if s != f.srcStart || e != f.srcEnd || !c.npLike(s, e) || c.firstOfPair(s, e) > 0 {
			continue
		}
		end := c.andClauseAfter(v+1, me)
		if end == me && v+2 < me && isPunct(&c.toks[v+1], ",") {
			if _, ok := c.lx.verbs[c.toks[v+2].Norm]; ok && isLowerWord(&c.toks[v+2]) {
				end = v + 1 // "…,” Lager said, adding …": a second act of the speaker
			}
		}
		if !c.closesSentence(v+1, end) || c.question(ss) || !c.clauseLike(ss, cm) || c.holdsCue(ss, o) || c.reportCovered(ss, o) {
			continue
		}
		for j := ss; j < o; j++ {
			if c.isVerb(j, ss, o) {
				return false // a speech verb the clause may be framed by
			}
		}
		defer func(old bool) { c.mediumCue = old }(c.mediumCue)
		c.mediumCue = c.lx.verbs[c.toks[v].Norm].reports
		spk := speaker{name: q.Speaker, how: q.SpeakerHow}
		c.emit(ss, cm+1, false, false, v, f.srcStart, f.srcEnd, spk)
		return true
	}
	return false
}

// andClauseAfter returns the comma that ends a frame's adverbials from k when "and" or "but"
// follows it ("…, he said, and he had surgery later"): the writer's next clause, coordinated
// with the frame, not the message's; else me.
func (c *ctx) andClauseAfter(k, me int) int {
	for i := k; i+2 < me && i <= k+5; i++ {
		if isPunct(&c.toks[i], ",") {
			if isLowerWord(&c.toks[i+1]) && c.lx.class(c.toks[i+1].Norm) == "and" {
				return i
			}
			return me
		}
	}
	return me
}

// auxAfterSubject returns where the subject of a speech verb v closing a frame ends, when the
// subject opens at s: before a perfect's auxiliary standing between them (", he has said",
// ", Berry had written"), whose tense tells when, not who; else v. A bare form after the
// auxiliary ("TikTok did admit") is emphasis or a question's, no perfect.
func (c *ctx) auxAfterSubject(s, v int) int {
	if a := v - 1; a > s && isLowerWord(&c.toks[a]) && c.lx.class(c.toks[a].Norm) == "aux" && !c.lx.verbs[c.toks[v].Norm].bare {
		return a
	}
	return v
}

// pronounBeforePerson reports whether token k, a form of the article that is also a relative
// pronoun (quote_relforms), stands right before a person's name, where no article goes: it is
// the relative pronoun ("…, die Karl Bauer beantwortete, …").
func (c *ctx) pronounBeforePerson(k int) bool {
	if _, ok := c.lx.relForms[c.toks[k].Norm]; !ok || k+1 >= len(c.toks) || !isLowerWord(&c.toks[k]) {
		return false
	}
	m := c.mentionAt(k + 1)
	return m != nil && !m.org && m.pos == c.toks[k+1].Start
}

// impersonalWhere returns, for an impersonal source ("hieß es in der kenianischen Zeitung „The
// Star“", "heißt es auf der Website von X"), the name of where it was said, or -1, -1.
func (c *ctx) impersonalWhere(s, e, me int) (int, int) {
	if e != s+1 || !c.impersonal(s) || e >= me || c.lx.class(c.toks[e].Norm) != "prep" {
		return -1, -1
	}
	a := e + 1
	end := a
	for end < me && !isPunct(&c.toks[end], ",") {
		end++
	}
	if end-a < 1 || end-a > 10 {
		return -1, -1
	}
	for k := a; k < end; k++ {
		if c.mentionAt(k) != nil || isQuoteMark(&c.toks[k]) {
			return k, end // the name itself: "„The Star“", "Reuters"
		}
	}
	return -1, -1
}

// impersonalOpening reports whether the sentence [ss, me) opens with an impersonal pronoun, a
// speech verb that takes that pronoun as its companion after it ("heißt es"), and a comma:
// "Es heißt, …", the frame in the order that puts the pronoun first.
func (c *ctx) impersonalOpening(ss, me int) bool {
	if ss+3 >= me || !c.impersonal(ss) || !isCap(&c.toks[ss]) || !isLowerWord(&c.toks[ss+1]) || !isPunct(&c.toks[ss+2], ",") {
		return false
	}
	for _, alt := range c.lx.verbs[c.toks[ss+1].Norm].alts {
		if len(alt) == 1 && alt[0] == c.toks[ss].Norm {
			return true
		}
	}
	return false
}

// impersonal reports whether token i is the impersonal "es" ("heißt es").
func (c *ctx) impersonal(i int) bool {
	sex, ok := c.lx.pronoun(c.toks[i].Norm)
	return ok && sex == "x"
}

// freeIndirect takes a sentence in Konjunktiv I without a cue of its own as reported speech:
// it continues the report before it ("Er werde allerdings im Bundestag bleiben"), or, in news
// where the mood alone marks a report, stands by itself with the previous sentence's subject as
// its likely source. Konjunktiv II forms count only where a report is already under way.
func (c *ctx) freeIndirect(si, ss, me int) {
	if me-ss < 3 || c.inDirect(ss, me) || c.furniture[si] || c.question(ss) || c.noticeSentence(si) {
		return
	}
	strong, weak := c.konjMood(ss, me)
	if c.glossOpening(ss, me) {
		// "Das sollte wohl heißen: Diese Härte habe nun einmal die Vorsitzenden getroffen":
		// the author reads what the speaker before meant; the Konjunktiv after the colon is
		// that reading, no one's words.
		return
	}
	if c.impersonalOpening(ss, me) {
		// "Es heißt, man solle seine Idole nicht treffen": the frame of "heißt es" opens the
		// sentence; it reports what is said, by nobody the text names, and continues no
		// one's report before it.
		if strong || weak {
			c.emit(ss+3, me, false, false, ss+1, ss, ss+1, noSpeaker)
		}
		return
	}
	if !strong && !weak {
		if c.plainSoll(ss, me) && !c.reportiveSoll(ss, me) {
			// "Der Verband fordert neue Regeln. So sollen Vermieter künftig …": right after a
			// report, a "sollen" of the main clause carries on what was demanded, planned,
			// announced or told; a quantity's course ("Die Zahl soll weiter sinken") is as
			// often the author's forecast and carries on only a demand, plan or announcement
			// (quote_plans). After a direct quotation ("„…“, sagte Rose. Den Überblick soll
			// Schäfer haben.") the plain "soll" is the author's news as often as the speaker's,
			// so it carries on only reported speech.
			//
			// "Minister X sagte, das Portal biete einen Wegweiser. So soll die Auswahl
			// erleichtert werden": a passive "soll" after an adverb pointing back to the measure
			// tells what the measure is for, the author's explanation; it carries on only a
			// report that announced, planned or demanded that measure ("Brandt verwies darauf,
			// dass die Regierung Zuschüsse plane. Dadurch soll … gestärkt werden").
			if p := c.prevReport(c.toks[ss].Start, si, 1); p != nil && p.sent == si-1 && !p.q.Direct && (c.planCue(p) || !c.forecast(ss, me) && (!c.purposeSoll(ss, me) || c.planTold(p))) && c.blockOf(p.q.Start) == c.blockOf(c.toks[ss].Start) && !c.ownNamedVerb(ss, me) && !c.namesSpeaker(ss, me, p.q.Speaker) {
				c.emit(ss, me, false, false, -1, c.carriedStart(p), p.srcEnd, continues(p))
			}
			return
		}
		if c.reportiveSoll(ss, me) {
			// "Die Polizei teilte mit, … Der Täter soll das Haus gestürmt haben.": the
			// reportive "soll" with a perfect infinitive continues the report before, as a
			// Konjunktiv I would; without one it names nobody and stays out.
			if p := c.prevReport(c.toks[ss].Start, si, 2); p != nil && c.blockOf(p.q.Start) == c.blockOf(c.toks[ss].Start) && !c.ownNamedVerb(ss, me) && !c.namesSpeaker(ss, me, p.q.Speaker) {
				c.emit(ss, me, false, false, -1, c.carriedStart(p), p.srcEnd, continues(p))
			}
		}
		return
	}
	if strong {
		for k := ss + 2; k < me-3 && k <= ss+4; k++ {
			if !isPunct(&c.toks[k], ":") {
				continue
			}
			if a, spk := c.possessorSpeaker(ss, k); a >= 0 {
				// "Trumps Behauptung: Die Inflation sei gesunken": the genitive name before a
				// noun of saying names who said the Konjunktiv clause after the colon.
				c.emit(k+1, me, false, false, -1, a, a+1, spk)
				return
			}
			if n, a, b := c.sayingNoun(ss, k); n >= 0 && b == k {
				// "Die Warnung der Behörde: Das Wasser sei …": the genitive after the noun.
				spk := noSpeaker
				if a >= 0 {
					spk = c.resolve(a, b, c.toks[k+1].Start, si)
				}
				cs, ce := c.toks[n].Start, c.toks[n].End
				c.emitCued(k+1, me, a, b, spk, cs, ce, n)
				return
			}
			break
		}
	}
	if v, colon := c.colonFrame(si, ss, me); v >= 0 {
		// "Der Blogger X schrieb zu den Gefechten: Es gehe darum, …": the sentence frames
		// its own report; it continues no one else's.
		if strong && me-colon > 3 {
			_, se := c.sentRange(si)
			a, b := c.subjectOf(v, ss, se)
			c.emit(colon+1, me, false, false, v, a, b, c.resolve(a, b, c.toks[colon+1].Start, si))
		}
		return
	}
	if k, e := c.namedColonSubject(ss, me); k >= 0 {
		// "Karl Brenner, Chef der Gewerkschaft, geht sogar weiter: Es brauche mehr Ärzte":
		// the person the sentence opens with, the subject of the clause before the colon,
		// says the Konjunktiv after it; the report before does not run on past them.
		if c.konjOneIn(k+1, me) && me-k > 3 {
			m := c.mentionAt(ss)
			c.emit(k+1, me, false, false, -1, ss, e, speaker{name: m.canon, how: article.SpeakerSubject})
		}
		return
	}
	if f := c.directCuedIn(ss, me); f != nil {
		// "Wenn die Partei gewinne, werde es „besser werden“, sagte Moser": the sentence's own
		// cue, taken by the quoted words inside it, names who reports the whole, not the
		// report before, and is not part of the message.
		if end := c.tokAt(f.q.End) + 1; strong && end < me && end-ss >= 3 {
			c.emit(ss, end, false, false, f.cueTok, f.srcStart, f.srcEnd, speaker{name: f.q.Speaker, how: f.q.SpeakerHow})
		}
		return
	}
	if f := c.openingDirect(ss, me); f != nil {
		// "„Bis jetzt“, sagte Weber auf Nachfrage, sei es der schönste Tag gewesen": the
		// sentence opens with a quotation and its frame; the Konjunktiv after the frame goes
		// on with that speaker's words. The quotation and the frame are no report of anyone,
		// and without words after the frame ("„…“, habe sie dem Sender gesagt") the sentence
		// holds nothing the quotation does not. Words after it that are no Konjunktiv I, or
		// quoted words past a frame we cannot close, are left to the rules below.
		k, srcEnd := c.afterFrame(f, me)
		if k >= 0 && me-k >= 3 && !c.subordinateStart(k, me) {
			if strong, _ := c.konjMood(k, me); strong {
				c.emit(k, me, false, false, f.cueTok, f.srcStart, srcEnd, speaker{name: f.q.Speaker, how: f.q.SpeakerHow})
				return
			}
		}
		if k < 0 && !c.hasMarkBetween(f.cueTok, me) {
			return
		}
	}
	p := c.prevReport(c.toks[ss].Start, si, 2)
	if p != nil && c.blockOf(p.q.Start) != c.blockOf(c.toks[ss].Start) && !(strong && p.sent == si-1 && c.prevTextBlock(c.blockOf(c.toks[ss].Start)) == c.blockOf(p.q.Start) && p.q.Speaker != "" && c.mainClauseKonj(ss, me) && !c.asIfKonj(ss, me) && !c.personNamedIn(ss, me)) {
		// A report does not run on past a heading or paragraph, except right on from a
		// named one into the next paragraph's Konjunktiv I in a main clause ("Laut Gassen …
		// „…“.\n\nDas Phänomen … sei …"; not "…, dass … dürfe" after a verb of its own, nor
		// "als habe sich der Kanzler gefügt", nor a sentence naming a person, whom it may be
		// about: "Hill sei „nicht kooperativ“ gewesen").
		p = nil
	}
	if p != nil && c.authorsIndicative(ss, me) {
		// "Tatsächlich entstand … der Eindruck, die Republik sei …": the sentence opens with a
		// main clause of the author's in the indicative; the Konjunktiv after its comma is what
		// was felt, demanded or listed, and the report before does not run on into it.
		return
	}
	if p != nil && c.ownIndicativeSubject(ss, me, p.q.Speaker) {
		// "Die Agentur Rundschau hatte erfahren, dass es sich um Nissan gehandelt habe": another
		// name opens the sentence with an indicative verb; the Konjunktiv is in the clause that
		// verb governs, so the sentence tells what that subject learned, not the report before.
		return
	}
	if a, b, comma := c.ownPhraseSubject(ss, me, p); comma >= 0 {
		// "Die Anwohner waren davon ausgegangen, die Männer seien Diebe gewesen": a role, a
		// body or a group opens the sentence with a verb in the indicative, and the Konjunktiv
		// stands only in the clause after its comma; the sentence tells what that subject said
		// or believed, not the report before. Its phrase is the source; it names a speaker
		// only where an apposition gives the role's name ("Der Leiter, Paul Sommer, …").
		c.emit(comma+1, me, false, false, -1, a, b, noSpeaker)
		return
	}
	if p != nil && (c.ownNamedVerb(ss, me) || c.questionOpening(ss, me) && c.ownInvertedVerb(ss, me)) {
		// "Voglauer bezeichnete Schilling als „…“, um das sich … bemüht hätten": the sentence
		// has a speech verb and a speaker of its own; it continues no one else's report.
		return
	}
	if !strong {
		// Konjunktiv II alone is the author's own conditional ("Dafür bräuchte sie eine
		// Mehrheit", "was Kiew zwingen könnte") unless it stands in for a Konjunktiv I the
		// report right before needs: a plural form in the main clause ("20 Prozent bräuchten").
		if p == nil || p.sent != si-1 || !c.mainClauseKonj(ss, me) || !c.pluralKonj2(ss, me) {
			return
		}
	}
	if k, a, b := c.tailFrame(ss, me); k >= 0 && (p != nil || c.mainClauseKonj(ss, me)) {
		// "Viele Gäste seien die Hausbesitzer von morgen, beobachten Experten": the frame
		// after the comma names who says it. Only when it points back to the speaker before
		// ("…, bemerkt er") does that report run on; anyone else, named or not, is the source.
		spk := c.resolve(a, b, c.toks[ss].Start, si)
		if p != nil && spk.known() && spk.name == p.q.Speaker {
			c.emit(ss, me, false, false, -1, c.carriedStart(p), p.srcEnd, continues(p))
			return
		}
		c.emit(ss, k, false, false, -1, a, b, spk)
		return
	}
	if p != nil && p.sent < si-1 && c.sameOrNextBlock(c.sents[si-1].Start, c.toks[ss].Start) {
		// "„…“, sagte Weber. Nun müsse … . Ähnlich äußerte sich Kai Brenner. Es sei wichtig, …":
		// the sentence between, no report itself, gives a speech verb to someone else, whose
		// words these are; the report two sentences back does not run on past them.
		// Only a subject we can name, a source that names no one ("Erste Behördenangaben
		// meldeten …") or someone named by whose they are ("Mosleys Frau bestätigte …") stops it: "Weiter drohten Dämme zu brechen" is no one's report, and a
		// pronoun or epithet left unresolved may be the speaker before.
		ps, pe := c.sentRange(si - 1)
		if v := c.verbIn(ps, pe, ps, pe); v >= 0 && !c.inMarks(c.toks[v].Start) {
			if a, b := c.subjectOf(v, ps, pe); a >= 0 {
				spk := c.resolve(a, b, c.toks[ss].Start, si)
				if spk.known() && spk.name != p.q.Speaker || !spk.known() && (c.hasSourceNoun(a, b) || c.possessivePhrase(a, b)) {
					if spk.known() {
						spk.how = article.SpeakerCoreference
					}
					c.emit(ss, me, false, false, -1, a, b, spk)
					return
				}
			}
		}
	}
	if p != nil && p.q.Speaker != "" && (c.bareCueSource(ss, me) || c.nachSourceOpening(ss, me) || p.sent < si-1 && c.personPronounIn(ss, me) && !c.personNamed(p.q.Speaker) && c.otherPersonSince(p, si)) {
		// "Grund seien laut Geschäftsführung …": the sentence names a source of its own that
		// no frame took; "… berichtet die Zeitung. Auf die Idee kam Karl Bauer. Ein Profi zu
		// werden, habe er sich nicht getraut": a person named in the sentence between is
		// likelier whom the Konjunktiv reports. Either way the report before does not run on.
		c.emit(ss, me, false, false, -1, -1, -1, noSpeaker)
		return
	}
	if p != nil && p.q.Speaker != "" && c.ownSpeechVerb(ss, me) {
		// "Auch über X solle gesprochen werden, teilte demnach ein Regierungsvertreter mit":
		// the sentence frames its words with a speech verb and a subject of its own, named or
		// not; the report before does not run on into it.
		c.emit(ss, me, false, false, -1, -1, -1, noSpeaker)
		return
	}
	if p != nil {
		c.emit(ss, me, false, false, -1, c.carriedStart(p), p.srcEnd, continues(p))
		return
	}
	// No report just before: a Konjunktiv I of the main clause still marks one (one in a
	// subordinate clause may be governed by any verb: "feiern lässt, dass Deutschland … sei");
	// its speaker is the subject of a speech verb in the sentence before, if there is one
	// ("Müller erklärt, warum. Vielmehr sei die Entwicklung …").
	if !c.mainClauseKonj(ss, me) {
		return
	}
	if si > 0 && c.sameOrNextBlock(c.sents[si-1].Start, c.toks[ss].Start) {
		ps, pe := c.sentRange(si - 1)
		for k := range c.out {
			if f := &c.out[k]; f.q.Direct && f.cueTok >= ps && f.cueTok < pe && f.q.Speaker != "" && f.q.SpeakerHow == article.SpeakerSubject {
				// The direct quotation of the sentence before named its speaker ("„…“,
				// sagte die Vorsitzende, Nina Bauer. Dies abzuschaffen, gefährde …").
				c.emit(ss, me, false, false, -1, c.carriedStart(f), f.srcEnd, continues(f))
				return
			}
		}
		if v := c.verbIn(ps, pe, ps, pe); v >= 0 && !c.inFound(c.toks[v].Start) {
			// (Not a verb inside words reported already: "In der Mitteilung hieß es, Präsident
			// Karl Brandt habe Weber „mitgeteilt, dass …“. Man danke Weber …": Brandt is whom
			// the club's statement tells of, not who goes on.)
			a, b := c.subjectOf(v, ps, pe)
			spk := c.resolve(a, b, c.toks[ss].Start, si)
			if spk.known() {
				spk.how = article.SpeakerCoreference
				if c.blockOf(c.sents[si-1].Start) != c.blockOf(c.toks[ss].Start) && c.otherPersonFirst(ss, me, spk.name) {
					// "… Er schrieb eine Kolumne.¶Kochbuchautor Jamie Oliver zeige sich bestürzt
					// über Mosleys Tod": a new paragraph that opens with another person tells of
					// them; the subject of the paragraph before did not say it.
					spk = noSpeaker
				}
			}
			c.emit(ss, me, false, false, -1, a, b, spk)
			return
		}
		if c.blockOf(c.sents[si-1].Start) == c.blockOf(c.toks[ss].Start) {
			if a, b := c.leadSubject(ps, pe); a >= 0 {
				// "Das Institut sieht keine Gefahr. Nur Halter von Geflügel seien zu schützen":
				// the subject the sentence before opens with is the likely source; without a
				// speech verb it is no evidence of who spoke, so no one is named.
				c.emit(ss, me, false, false, -1, a, b, noSpeaker)
				return
			}
		}
	}
	c.emit(ss, me, false, false, -1, -1, -1, noSpeaker)
}

// otherPersonFirst reports whether a person other than name is named in [s, e) before its
// first Konjunktiv form: the subject, or a phrase of the clause that tells of that person.
func (c *ctx) otherPersonFirst(s, e int, name string) bool {
	for k := s; k < e; k++ {
		if _, ok := c.lx.konj[c.toks[k].Norm]; ok && isLowerWord(&c.toks[k]) {
			return false
		}
		if m := c.mentionAt(k); m != nil && !m.org && !m.quoted && m.tok == k && m.canon != name {
			return true
		}
	}
	return false
}

// inFound reports whether offset pos lies in the words of a quotation found so far, named or
// not.
func (c *ctx) inFound(pos int) bool {
	for k := range c.out {
		if q := &c.out[k].q; q.Start <= pos && pos < q.End {
			return true
		}
	}
	return false
}

// leadSubject returns the noun phrase that opens the sentence [ps, pe) as the subject of
// its finite verb ("Der Leiter der Studie, Paul Sommer, sieht …", "Die Firma empfindet …"),
// when it can name a source (a role, an organisation, a medium, a source noun; no pronoun), or
// -1, -1.
func (c *ctx) leadSubject(ps, pe int) (int, int) {
	a, b := c.npAfter(ps, pe)
	if a != ps || b <= a || b >= pe || c.inMarks(c.toks[a].Start) || c.isPronoun(a, b) {
		return -1, -1
	}
	e, v := c.closedApposition(b, pe), b
	if e > b {
		v = e + 1 // past the apposition's closing comma
	} else {
		e = c.frontedEnd(b, pe) // "Das Landesamt für Tierschutz | sieht …"
		v = e
	}
	if !c.plainSubjectClause(a, b, v, pe) {
		return -1, -1
	}
	definite := c.lx.isDet(c.toks[a].Norm) && c.lx.class(c.toks[a].Norm) != "indef"
	for k := a; k < b && !definite; k++ {
		definite = c.mentionAt(k) != nil
	}
	if !definite {
		return -1, -1 // "Sudanesische Soldaten sind einmarschiert": a group, not a source
	}
	for k := a; k < b; k++ {
		t := &c.toks[k]
		if m := c.mentionAt(k); isWord(t) && (c.lx.roleHead(t.Norm) != "" || c.lx.orgNoun(t.Norm) || c.lx.media(t.Norm) || c.lx.sourceNoun(t.Norm) || m != nil && m.org) {
			return a, e
		}
	}
	return -1, -1 // a bare name or a group is as often whom the report is about ("Hoyzer belastet …")
}

// emitOwnReport emits [ms, me) as the report of the subject [a, b) with "nach eigenen Angaben"
// at [k, e) for its cue, whole as c.whole says (reset after), and reports whether it was kept.
func (c *ctx) emitOwnReport(ms, me, a, b, k, e, si int) bool {
	n0 := len(c.out)
	c.emit(ms, me, false, false, -1, a, b, c.resolve(a, b, c.toks[ms].Start, si))
	c.whole = false
	if len(c.out) == n0 {
		return false
	}
	cs, ce := c.toks[k].Start, c.toks[e-1].End
	c.out[len(c.out)-1].q.Cue = &article.Mark{Start: cs, End: ce, Text: c.r.Slice(cs, ce)}
	return true
}

// ownSubject returns the subject that "nach eigenen Angaben" at k refers to when the
// sentence [ss, …) does not open with it, and where the clause it stands in starts: the
// phrase naming a person or body right after the finite verb ("Schon seit Monaten hatte sich
// Karla Weber nach eigener Aussage …", "2015 bekam sie …"), or the one a relative pronoun
// right before k stands for ("der Stürmer Paul Sommer, der nach eigener Aussage …"); -1 when
// there is none of these.
func (c *ctx) ownSubject(ss, k int) (s, e, clause int) {
	if r := k - 1; r-1 > ss && isPunct(&c.toks[r-1], ",") && (c.toks[r].Norm == "der" || c.toks[r].Norm == "die") {
		if a, b := c.npBefore(r-1, ss); a >= 0 && c.mentionAt(b-1) != nil {
			return a, b, r
		}
		return -1, -1, -1
	}
	for f := ss + 1; f < k && f <= ss+6; f++ {
		t := &c.toks[f]
		if t.Kind == article.TokPunct {
			break
		}
		if !isLowerWord(t) || !c.auxAt(f, k) && !c.isVerbForm(t.Norm) {
			continue
		}
		j := f + 1
		for j < k && c.lx.class(c.toks[j].Norm) == "reflexive" {
			j++
		}
		a, b := c.npAfter(j, k)
		if a != j || b > k {
			break
		}
		if m := c.mentionAt(a); m != nil && c.mentionAt(b-1) == m {
			return a, b, ss
		}
		if b == a+1 && c.isPronoun(a, b) && !c.orgNamedIn(c.blockOf(c.toks[a].Start), c.toks[a].Start) {
			// "war er nach eigener Aussage zufrieden"; where the paragraph names a body,
			// "er" may be it ("Der Verband … Als Landesverband vertritt er nach eigenen
			// Angaben …").
			return a, b, ss
		}
		break
	}
	return -1, -1, -1
}

// clauseOpensBetween reports whether k stands in a relative or subordinate clause with a
// subject of its own, opened after the last comma between b and k ("…, den sie nach eigenen
// Angaben …", "…, weil er nach eigener Aussage …"): the phrase at k is that subject's, not
// the one of the clause ending at b. A relative pronoun that is the subject itself ("…, der
// nach eigenen Worten …") still refers back.
func (c *ctx) clauseOpensBetween(b, k int) bool {
	j := k - 1
	for j > b && !isPunct(&c.toks[j], ",") {
		if c.toks[j].Kind == article.TokPunct {
			return false
		}
		j--
	}
	if j <= b-1 || !isPunct(&c.toks[j], ",") || j+2 >= k {
		return false
	}
	if cls := c.lx.class(c.toks[j+1].Norm); cls != "sub" && cls != "comp" && !c.relativePronoun(j+1) {
		return false
	}
	return c.isPronoun(j+2, j+3) || c.mentionAt(j+2) != nil
}

// afterDateline returns where the words [ss, k) start after a dateline that opens them
// ("Hamburg – Der Verband ist nach eigenen Angaben …", "Wien/Graz – …"): capitalised words,
// a slash between places, then a spaced dash before a capitalised word. The place says where
// the report comes from and says nothing; ss when the words open with no dateline (an
// article opens a phrase, never a dateline: "Die Firma – ein Zulieferer – hat …").
func (c *ctx) afterDateline(ss, k int) int {
	if ss >= k || !isWord(&c.toks[ss]) || c.lx.isDet(c.toks[ss].Norm) {
		return ss
	}
	for j := ss; j < k && j <= ss+maxDatelineTokens; j++ {
		t := &c.toks[j]
		switch {
		case j > ss && c.spacedDash(j):
			if j+1 < k && isCap(&c.toks[j+1]) {
				return j + 1
			}
			return ss
		case isWord(t) && isCap(t), isPunct(t, "/") && j > ss:
		default:
			return ss
		}
	}
	return ss
}

// maxDatelineTokens is the most tokens a dateline's places may have before their dash
// ("Wien/Schwechat/Frankfurt").
const maxDatelineTokens = 7

// ownSource reports whether [s, e) says the information is the subject's own ("eigenen").
func (c *ctx) ownSource(s, e int) bool { return c.hasClass(s, e, "own") }

// hasClass reports whether a word of grammar class cls stands in [s, e).
func (c *ctx) hasClass(s, e int, cls string) bool {
	for k := s; k < e; k++ {
		if c.lx.class(c.toks[k].Norm) == cls {
			return true
		}
	}
	return false
}

// dashWithin reports whether a free-standing dash stands in [s, e).
func (c *ctx) dashWithin(s, e int) bool {
	for k := s; k < e; k++ {
		if isPunct(&c.toks[k], "-") && k > 0 && c.toks[k-1].End < c.toks[k].Start {
			return true
		}
	}
	return false
}

// colonFrame returns a speech verb of sentence si standing before a colon in [ss, me), and
// the colon ("X schrieb zu den Gefechten: …"), or -1, -1.
func (c *ctx) colonFrame(si, ss, me int) (int, int) {
	_, se := c.sentRange(si)
	for k := ss + 2; k < me; k++ {
		if !isPunct(&c.toks[k], ":") {
			continue
		}
		for v := ss; v < k; v++ {
			if c.isVerb(v, ss, se) && !c.usedCue[v] {
				if a, _ := c.subjectOf(v, ss, se); a >= 0 && a < k {
					return v, k
				}
			}
		}
		return -1, -1
	}
	return -1, -1
}

// konjOneIn reports whether [s, e) holds a Konjunktiv I form outside quotation marks ("sei",
// "brauche"), not merely a verb-second clause read as one.
func (c *ctx) konjOneIn(s, e int) bool {
	for i := s; i < e; i++ {
		if v, ok := c.lx.konj[c.toks[i].Norm]; ok && !strings.HasPrefix(v, "2") && isLowerWord(&c.toks[i]) && !c.inMarks(c.toks[i].Start) {
			if i+1 < e && isWord(&c.toks[i+1]) && isCap(&c.toks[i+1]) {
				continue // "ins reiche Hollywood": an adjective before its noun
			}
			return true
		}
	}
	return false
}

// namedColonSubject returns the colon of a sentence [ss, me) that opens with a person's name
// (and an apposition between commas) and a finite verb, with no other punctuation before the
// colon ("Karl Brenner, Chef der Gewerkschaft, geht sogar weiter: …"), and the end of the
// name; -1 when the sentence is not so built.
func (c *ctx) namedColonSubject(ss, me int) (int, int) {
	m := c.mentionAt(ss)
	if m == nil || m.org || m.quoted || m.shared || m.pos != c.toks[ss].Start {
		return -1, -1
	}
	e := c.tokAt(max(m.pos, m.end-1)) + 1
	v := e
	if v < me && isPunct(&c.toks[v], ",") {
		for v++; v < me && v < e+10 && !isPunct(&c.toks[v], ","); v++ {
			if c.toks[v].Kind == article.TokPunct || c.isVerbForm(c.toks[v].Norm) {
				return -1, -1
			}
		}
		v++
	}
	if !c.finiteAt(v, me) {
		return -1, -1
	}
	for k := v + 1; k < me && k <= v+5; k++ {
		t := &c.toks[k]
		if isPunct(t, ":") {
			return k, e
		}
		if t.Kind == article.TokPunct || isCap(t) {
			return -1, -1
		}
	}
	return -1, -1
}

// pluralKonj2 reports whether [s, e) holds a plural Konjunktiv II form ("hätten", "müssten").
func (c *ctx) pluralKonj2(s, e int) bool {
	for i := s; i < e; i++ {
		if v, ok := c.lx.konj[c.toks[i].Norm]; ok && v == "2" && isLowerWord(&c.toks[i]) && strings.HasSuffix(c.toks[i].Norm, "en") {
			return true
		}
	}
	return false
}

// question reports whether the clause at token i is a question put to someone ("ob er …",
// "whether …"): what it asks is no one's statement.
func (c *ctx) question(i int) bool {
	return i < len(c.toks) && c.lx.class(c.toks[i].Norm) == "comp:q"
}

// konjMood reports whether tokens [s, e) hold a Konjunktiv I form (strong) or only a
// Konjunktiv II one (weak).
func (c *ctx) konjMood(s, e int) (strong, weak bool) {
	for i := s; i < e; i++ {
		v, ok := c.lx.konj[c.toks[i].Norm]
		if !ok || !isLowerWord(&c.toks[i]) || c.inMarks(c.toks[i].Start) {
			continue // the speaker's own words in quotation marks ("ich sehe") are no report
		}
		if strings.HasPrefix(v, "2") {
			weak = true
		} else {
			strong = true
		}
	}
	if !strong && c.v2Konj(s, e) {
		strong = true
	}
	return strong, weak
}

// v2Konj reports whether the clause [s, e) has a Konjunktiv I form the list does not hold, read
// from its place: the finite verb stands second, after a third-person pronoun or "das"/"dies"
// ("Das dämpfe den Absatz") or after an infinitive clause and its comma ("Dies abzuschaffen,
// gefährde die Versorgung"), and ends in -e where the indicative would end in -t. Forms in -te
// (the weak past) and words before a capitalised noun ("Das neue Gesetz") are not counted.
func (c *ctx) v2Konj(s, e int) bool {
	if e-s < 4 || c.inMarks(c.toks[s].Start) {
		return false
	}
	first := &c.toks[s]
	sex, pron := c.lx.pronoun(first.Norm)
	cls := c.lx.class(first.Norm)
	if (pron && sex != "p" || first.Norm == "das" || cls == "det:dem") && c.konjAt(s+1, e) {
		return true
	}
	for k := s + 1; k < e-1 && k <= s+8; k++ {
		if isPunct(&c.toks[k], ",") {
			return c.zuClause(s, k) && c.konjAt(k+1, e)
		}
	}
	return false
}

// konjAt reports whether the finite verb at token at, before e, reads as a Konjunktiv I (see
// v2Konj).
func (c *ctx) konjAt(at, e int) bool {
	if at+1 >= e {
		return false
	}
	t, next := &c.toks[at], &c.toks[at+1]
	if !isLowerWord(t) || len(t.Norm) < 4 || !strings.HasSuffix(t.Norm, "e") || strings.HasSuffix(t.Norm, "te") ||
		c.lx.p.Stopword(t.Norm) || c.lx.class(t.Norm) != "" || c.lx.isDet(t.Norm) {
		return false
	}
	return isWord(next) && (isLowerWord(next) || c.lx.isDet(next.Norm))
}

// complementKonj reports whether the clause [ms, me) after the speech verb at v and its comma
// opens with a short noun phrase and a finite verb that reads as a Konjunktiv I the list does not
// hold ("Bauer erklärte, die Messung werfe ein neues Licht auf …"): right after the comma that
// closes the speech verb's clause, the verb after the first phrase is the complement's finite verb.
func (c *ctx) complementKonj(v, ms, me int) bool {
	if ms != v+2 || !isPunct(&c.toks[v+1], ",") || c.inMarks(c.toks[ms].Start) {
		return false
	}
	s, e := c.npAfter(ms, me)
	if s != ms || e-s < 2 || e-s > 4 || !isCap(&c.toks[e-1]) {
		return false
	}
	return c.konjAt(e, me)
}

// zuClause reports whether [s, e) holds a zu-infinitive ("Dies jetzt abzuschaffen").
func (c *ctx) zuClause(s, e int) bool {
	for k := s; k < e; k++ {
		if c.toks[k].Norm == "zu" && k+1 < e || c.lx.zuInfinitive(c.toks[k].Norm) {
			return true
		}
	}
	return false
}

// mainClauseKonj reports whether a Konjunktiv form of [s, e) stands in a main clause rather
// than in a subordinate or relative one ("…, dass Druck ausgeübt werden könnte").
func (c *ctx) mainClauseKonj(s, e int) bool {
	cs := s // start of the clause holding token i
	for i := s; i < e; i++ {
		t := &c.toks[i]
		if isPunct(t, ",") {
			cs = i + 1
			continue
		}
		if _, ok := c.lx.konj[t.Norm]; !ok || !isLowerWord(t) {
			continue
		}
		if cs == s || cs >= e {
			return true
		}
		switch c.lx.class(c.toks[cs].Norm) {
		case "comp", "comp:q", "sub", "wie", "det", "det:m", "det:f", "det:dem", "det:dat":
			continue // "…, dass Druck ausgeübt werden könnte", "…, die … stünden"
		}
		return true // "Um … zu erreichen, müssten die Kosten sinken"
	}
	return c.v2Konj(s, e) // a form read from its place is in the main clause
}

// blockOf returns the index of the text block holding offset off, or -1.
func (c *ctx) blockOf(off int) int {
	// Blocks come in text order: a binary search, not a pass per call (which made articles
	// of many paragraphs quadratic).
	bs := c.a.Blocks
	if i := sort.Search(len(bs), func(i int) bool { return bs[i].End > off }); i < len(bs) && bs[i].Start <= off {
		return i
	}
	return -1
}

// prevReport returns the latest quote before offset off ending at most back sentences before
// sentence si, whoever its speaker.
func (c *ctx) prevReport(off, si, back int) *found {
	var best *found
	for k := range c.out {
		f := &c.out[k]
		if f.q.End > off || f.sent < si-back {
			continue
		}
		if best == nil || f.q.End > best.q.End {
			best = f
		}
	}
	return best
}

// mainAfterSub reports whether a main clause follows the subordinate clause that opens [s, e)
// after its comma, before a frame with its subject first that closes the sentence ("If a pump
// is built, it would help, Dorsey said", "When she reads about it, she tries to think of the
// big picture, she said"): the words after the first comma are a clause of their own, not a
// second subordinate, relative or coordinated one. clauseLike reads a subordinate clause
// first as no report, which stays right for a frame with its verb first ("Weil …, sagte er").
func (c *ctx) mainAfterSub(s, e int) bool {
	if e-s < 3 || c.lx.class(c.toks[s].Norm) != "sub" {
		return false
	}
	k := c.nextComma(s, e)
	if k <= s+1 || k+3 > e {
		return false
	}
	n := &c.toks[k+1]
	switch c.lx.class(n.Norm) {
	case "sub", "and", "comp", "wie", "rel":
		return false
	}
	if !isWord(n) || c.relativePronoun(k+1) && !c.lx.listsClass("rel") || c.questionWord(k+1) {
		// An article opens a relative clause only in a language whose pack lists no relative
		// pronouns of their own ("die Partei, die …"); in English "the" opens the main clause.
		return false
	}
	return c.clauseLike(k+1, e)
}

// clauseLike reports whether [s, e) can be the reported clause before ", sagte X": not a
// fronted adverbial or subordinate clause, and holding a verb-like word.
func (c *ctx) clauseLike(s, e int) bool {
	if e-s < 3 {
		return false
	}
	if c.lx.class(c.toks[s].Norm) == "sub" {
		// "Weil …, sagte er": a subordinate clause alone; but "Obwohl es seine Absicht
		// gewesen sei, glaube er, dass …, schrieb X": a main clause in the Konjunktiv after
		// it, its verb first, is what X wrote.
		return c.konjMainAfterSub(s, e)
	}
	if c.hasKonj(s, e) {
		return true
	}
	if e-s <= 3 && isWord(&c.toks[s]) && c.lx.class(c.toks[s].Norm) == "prep" {
		return false // "During this time, he wrote …": a fronted phrase of time or place, no clause
	}
	for i := s + 1; i < e; i++ {
		t := &c.toks[i]
		if !isLowerWord(t) {
			continue
		}
		switch c.lx.class(t.Norm) {
		case "modal", "aux", "aux:pass":
			return true // "Auch die FDP will weitere Anreize"
		}
		if !c.lx.p.Stopword(t.Norm) && !c.lx.isDet(t.Norm) && c.lx.class(t.Norm) == "" && !adjLike(t.Norm) {
			return true
		}
	}
	return false
}

// konjMainAfterSub reports whether the subordinate clause opening [s, e) is followed, after a
// comma, by a main clause whose finite verb comes first and reads as a Konjunktiv I ("Obwohl
// …, glaube er", "Weil …, wolle sie").
func (c *ctx) konjMainAfterSub(s, e int) bool {
	for k := s + 2; k+2 < e; k++ {
		if !isPunct(&c.toks[k], ",") {
			continue
		}
		v := &c.toks[k+1]
		if _, ok := c.lx.konj[v.Norm]; (ok && isLowerWord(v) || c.konjAt(k+1, e)) && c.lx.class(c.toks[k+1].Norm) != "sub" {
			if _, pron := c.lx.pronoun(c.toks[k+2].Norm); pron || c.lx.isDet(c.toks[k+2].Norm) {
				return true
			}
		}
	}
	return false
}

// toldToSpeak reports whether the speech verb at v is the infinitive of a Konjunktiv modal of
// obligation in the main clause opening at ss ("Der Minister müsse offen sagen, was …"):
// someone's demand, reported, that the clause's named subject [s, e) speak. That subject says
// none of the words after v. A pronoun subject is left alone: it mostly takes up the one whose
// words are reported ("Heute müsse sie leider mitteilen, dass …").
func (c *ctx) toldToSpeak(ss, v, s, e int) bool {
	if v <= ss || s < ss || e > v || c.isPronoun(s, e) || !isLowerWord(&c.toks[v]) || !strings.HasSuffix(c.toks[v].Norm, "n") {
		return false
	}
	modal := false
	for i := ss; i < v; i++ {
		t := &c.toks[i]
		if isPunct(t, ",") {
			return false
		}
		if _, ok := c.lx.deontic[t.Norm]; ok && isLowerWord(t) {
			modal = true
		}
	}
	return modal
}

// hasKonj reports whether tokens [s, e) hold a Konjunktiv-I verb form.
func (c *ctx) hasKonj(s, e int) bool {
	for i := s; i < e; i++ {
		if _, ok := c.lx.konj[c.toks[i].Norm]; ok && isLowerWord(&c.toks[i]) {
			return true
		}
	}
	return c.v2Konj(s, e)
}

// infinitive reports whether [s, e) opens with an infinitive clause ("…, den Krieg zu
// beenden", "…, gegen die Randalierer vorzugehen", "…, den Fahrer nicht mehr einsetzen zu
// wollen"): a "zu" infinitive, of a modal too, before the next comma.
func (c *ctx) infinitive(s, e int) bool {
	if e-s < 2 {
		return false
	}
	for i := s; i < e && !isPunct(&c.toks[i], ","); i++ {
		t := &c.toks[i]
		if !isLowerWord(t) {
			continue
		}
		if n := &c.toks[min(i+1, e-1)]; t.Norm == "zu" && i+1 < e && i > s && isLowerWord(n) && strings.HasSuffix(n.Norm, "n") && (!c.lx.p.Stopword(n.Norm) && c.lx.class(n.Norm) == "" || c.lx.class(n.Norm) == "modal" && i > s+1) {
			return true
		}
		if c.lx.zuInfinitive(t.Norm) {
			return true
		}
		if t.Norm != "zu" || i == s || i+1 >= e || c.toks[i+1].Norm != "haben" && c.toks[i+1].Norm != "sein" || !isLowerWord(&c.toks[i+1]) {
			continue
		}
		if p := &c.toks[i-1]; isLowerWord(p) && (strings.HasSuffix(p.Norm, "t") || strings.HasSuffix(p.Norm, "en")) {
			return true // a past infinitive: "die Jungen gewarnt zu haben", "untreu gewesen zu sein"
		}
		if isWord(&c.toks[i-1]) && (i+2 >= e || c.toks[i+2].Kind == article.TokPunct || c.lx.class(c.toks[i+2].Norm) == "and") {
			// "sein"/"haben" with a predicate or object ("unschuldig zu sein", "vor Ort zu
			// sein", "keine Daten zu haben"), closing its clause: "die es zu sein schien" has
			// a verb of its own after it.
			return true
		}
	}
	return false
}

// thatless reports whether tokens [i, me) are a complement clause without "that"/"dass" ("said
// taxes would fall", "said he would ease rules"): a pronoun, or a short noun phrase, followed by
// an auxiliary or a verb form. "denied the allegations" (a noun phrase only) is none.
func (c *ctx) thatless(i, me int) bool {
	if i >= me {
		return false
	}
	t := &c.toks[i]
	switch c.lx.class(t.Norm) {
	case "aux", "aux:pass", "modal", "neg", "prep", "sub", "gen":
		return false // "erklärt worden waren": no subject opens it
	}
	verbLike := func(k int) bool {
		w := &c.toks[k]
		if !isLowerWord(w) {
			return false
		}
		switch c.lx.class(w.Norm) {
		case "aux", "aux:pass", "modal", "past":
			return true // "past": an irregular past form ("put", "took", "found")
		case "adv", "time":
			return false // "der Staatsanwalt jeweils eine Strafe": an adverb ending in "s"
		}
		if strings.HasSuffix(w.Norm, "n't") {
			return true // "didn't", "wasn't", "won't"
		}
		return c.verbEnding(w.Norm) && !c.lx.p.Stopword(w.Norm) && k+1 < me
	}
	for _, suf := range []string{"'s", "'re", "'ll", "'d", "'ve", "'m"} {
		if base, ok := strings.CutSuffix(t.Norm, suf); ok && isWord(t) && i+1 < me {
			if sex, ok := c.lx.pronoun(base); ok && sex != "x" || c.lx.class(base) == "subj" {
				return true // "he's working", "they're", "it'll": a subject and its verb in one word
			}
		}
	}
	if sex, ok := c.lx.pronoun(t.Norm); (ok && sex != "x" || c.lx.class(t.Norm) == "subj") && isWord(t) {
		// "they want", "he would", "there was", "she still mourns": after a subject pronoun
		// (and perhaps an adverb) comes the verb.
		k := i + 1
		if k+1 < me && isLowerWord(&c.toks[k]) && (strings.HasSuffix(c.toks[k].Norm, "ly") ||
			c.lx.p.Stopword(c.toks[k].Norm) && c.lx.class(c.toks[k].Norm) == "") && verbLike(k+1) {
			k++
		}
		if k >= me {
			return false
		}
		// A plural or first-person subject takes the bare verb ("they want", "we need").
		n := &c.toks[k]
		bare := sex == "p" || c.lx.class(t.Norm) == "subj"
		return verbLike(k) || bare && isLowerWord(n) && !c.lx.p.Stopword(n.Norm) && c.lx.class(n.Norm) == ""
	}
	// A short noun phrase: articles, names, adjectives and nouns, no preposition.
	for k := i; k < me && k < i+7; k++ {
		w := &c.toks[k]
		if k > i && verbLike(k) && !isCap(w) && !c.attributive(k, me) && !c.adjectiveBeforeNoun(k, me) {
			return true
		}
		switch {
		case w.Kind == article.TokWord && c.lx.isDet(w.Norm):
		case isPunct(w, "-") || isPunct(w, "’") || isPunct(w, "'"):
		case w.Kind == article.TokWord && !c.lx.p.Stopword(w.Norm):
		case w.Kind == article.TokWord && w.Norm == "s":
		case k == i+1 && isLowerWord(w) && c.lx.class(w.Norm) == "gen" && c.lx.class(c.toks[i].Norm) == "indef" && k+1 < me && isWord(&c.toks[k+1]):
			// "said two of the votes involved …", "most of the money": a part of a whole.
		default:
			return false
		}
	}
	return false
}

// thatlessLong reports whether a that-less clause with a longer subject opens at i, right after
// the speech verb: a noun phrase with a prepositional or genitive tail, a coordination, a
// number or a possessive ("said the repair time for a new pump currently “takes …",
// "said her sense from the staff is that …", "insisted the place and timing of the rally had
// nothing to do …"). Only a verb that cannot be a noun closes it (an auxiliary, modal,
// irregular past, a negated form), or a verb by its ending right after an adverb in -ly or an
// opening quotation mark; a verb right after "and" is the verb's second clause, not the
// subject's; a second phrase after the first ("told the station on Tuesday the
// fire was …") ends the scan, so an addressee and a time never become part of the message.
func (c *ctx) thatlessLong(i, me int) bool {
	if i >= me || !isWord(&c.toks[i]) || len(c.lx.verbEndings) == 0 {
		return false // a language whose pack reads no verb by its ending has no that-less clause
	}
	switch c.lx.class(c.toks[i].Norm) {
	case "det", "indef", "poss", "":
	default:
		return false
	}
	if c.lx.class(c.toks[i].Norm) == "" && c.lx.p.Stopword(c.toks[i].Norm) {
		return false
	}
	strong := func(k int) bool {
		w := &c.toks[k]
		if !isLowerWord(w) || k+1 >= me {
			return false
		}
		switch c.lx.class(w.Norm) {
		case "aux", "aux:pass", "modal", "past":
			return true
		}
		return strings.HasSuffix(w.Norm, "n't")
	}
	ending := func(k int) bool {
		w := &c.toks[k]
		return isLowerWord(w) && k+1 < me && c.verbEnding(w.Norm) && !c.lx.p.Stopword(w.Norm) && c.lx.class(w.Norm) == ""
	}
	joined := false // a preposition, "and" or a number took the phrase past what thatless reads
	for k := i; k < me && k < i+14; k++ {
		w := &c.toks[k]
		prev := k - 1
		switch {
		case k > i && strong(k) && !isCap(w):
			return joined && !c.linkWord(prev) // "played nine games and was": a second verb, no subject
		case k > i && isQuoteMark(w) && k+1 < me && (strong(k+1) || ending(k+1)):
			return joined // the verb opens a quoted fragment: "currently “takes about …”"
		case k > i && ending(k) && isLowerWord(&c.toks[prev]) && strings.HasSuffix(c.toks[prev].Norm, "ly") && c.lx.class(c.toks[prev].Norm) != "time":
			return joined
		case w.Kind == article.TokWord && c.lx.isDet(w.Norm):
			if k > i && !c.linkWord(prev) {
				return false // a second phrase: "told the station on Tuesday the fire …"
			}
		case c.linkWord(k):
			if k == i || k+1 >= me || !isWord(&c.toks[prev]) || c.linkWord(prev) || c.lx.isDet(c.toks[prev].Norm) ||
				!(isWord(&c.toks[k+1]) || c.toks[k+1].Kind == article.TokNumber) {
				return false
			}
			joined = true
		case w.Kind == article.TokNumber || isPunct(w, "%") || isPunct(w, "."):
			if w.Kind == article.TokNumber {
				joined = true
			} else if k == i || c.toks[prev].Kind != article.TokNumber {
				return false
			}
		case isPunct(w, "-") || isPunct(w, "’") || isPunct(w, "'"):
		case w.Kind == article.TokWord && w.Norm == "s":
		case w.Kind == article.TokWord && !c.lx.p.Stopword(w.Norm):
		default:
			return false
		}
	}
	return false
}

// linkWord reports whether the word at k joins a tail to the noun before it: a preposition, a
// genitive "of"/"by", "for", "to" or "and".
func (c *ctx) linkWord(k int) bool {
	t := &c.toks[k]
	if !isLowerWord(t) {
		return false
	}
	switch c.lx.class(t.Norm) {
	case "prep", "gen", "for", "to", "and":
		return true
	}
	return false
}

// adjectiveBeforeNoun reports whether the word at k, right after an article or possessive, is
// its adjective or noun ("ein schweres Duell", "sein erstes Punktspiel"), no verb in -s. Only
// before a complementiser may a plural noun there open what is said ("confirming the
// allegations that …"), as the English clause test has always read it.
func (c *ctx) adjectiveBeforeNoun(k, me int) bool {
	if k == 0 || !c.lx.isDet(c.toks[k-1].Norm) {
		return false
	}
	return k+1 >= me || c.lx.class(c.toks[k+1].Norm) != "comp" || strings.HasSuffix(c.toks[k].Norm, "es")
}

// attributive reports whether a participle-like word at k stands before the noun it describes
// ("PWE's amended claim"): the next word is a lower-case noun, not a preposition, article or
// verb.
func (c *ctx) attributive(k, me int) bool {
	w := &c.toks[k]
	if c.lx.class(w.Norm) != "" || k+1 >= me {
		return false
	}
	if p := &c.toks[k-1]; k >= 2 && strings.HasSuffix(w.Norm, "ed") && isLowerWord(p) && (c.lx.isDet(c.toks[k-2].Norm) || c.possessiveWord(k-2)) &&
		!c.lx.p.Stopword(p.Norm) && c.lx.class(p.Norm) == "" && !strings.HasSuffix(p.Norm, "ly") {
		return false // "the vote included money", "Benson's votes involved": the noun before is the subject
	}
	n := &c.toks[k+1]
	return isLowerWord(n) && !c.lx.p.Stopword(n.Norm) && c.lx.class(n.Norm) == ""
}

// reducedRelative reports whether the speech verb at v, a form in -ed, follows an article and
// lower-case nouns ("A reinvention plan announced last fall"): a participle describing the noun,
// not the verb of a subject that speaks.
func (c *ctx) reducedRelative(ss, v int) bool {
	if !strings.HasSuffix(c.toks[v].Norm, "ed") || !isLowerWord(&c.toks[v]) {
		return false
	}
	j := v - 1
	for j >= ss && j > v-4 && isLowerWord(&c.toks[j]) && !c.lx.p.Stopword(c.toks[j].Norm) && c.lx.class(c.toks[j].Norm) == "" && !c.isVerbForm(c.toks[j].Norm) {
		j--
	}
	if j == v-1 || j < ss || !isWord(&c.toks[j]) || !c.lx.isDet(c.toks[j].Norm) {
		return false
	}
	// The verb of "the authors noted that …", "the court stated the government had …": a
	// complementiser, an article, a pronoun or a name after it opens what was said.
	for k := v + 1; k < len(c.toks) && k <= v+8; k++ {
		t := &c.toks[k]
		if t.Kind == article.TokPunct {
			break
		}
		if c.lx.class(t.Norm) == "comp" || k == v+1 && (isCap(t) || c.lx.isDet(t.Norm) || c.isPronoun(k, k+1)) {
			return false
		}
	}
	return true
}

// possessiveWord reports whether token k ends a possessive: "Benson’s", the "s" after the
// apostrophe, or the apostrophe right after a name ending in s ("Ridley-Thomas’").
func (c *ctx) possessiveWord(k int) bool {
	t := c.toks[k].Text
	apos := func(s string) bool { return s == "’" || s == "'" }
	if apos(t) {
		return k > 0 && isCap(&c.toks[k-1]) && c.toks[k-1].End == c.toks[k].Start && strings.HasSuffix(c.toks[k-1].Norm, "s")
	}
	return t == "s" && k > 0 && apos(c.toks[k-1].Text) || possessiveForm(t)
}

// prepRelative reports whether the verb at v closes a relative clause opened by a preposition
// and a relative pronoun before its pronoun subject ("eine Geldanlage, von der er hofft, sie
// gewinnbringend verkaufen zu können"): the infinitive after it says what the noun is for, not
// what was said.
func (c *ctx) prepRelative(ss, v int) bool {
	if v-4 < ss || !isPunct(&c.toks[v-4], ",") {
		return false
	}
	prep, rel, subj := &c.toks[v-3], &c.toks[v-2], &c.toks[v-1]
	if !isLowerWord(prep) || !isLowerWord(rel) || !c.lx.isDet(rel.Norm) || !c.lx.p.Stopword(prep.Norm) {
		return false
	}
	switch c.lx.class(rel.Norm) {
	case "indef", "poss", "det:dem":
		return false
	}
	_, ok := c.lx.pronoun(subj.Norm)
	return ok && isLowerWord(subj)
}

// relativeVerb reports whether the verb at v stands in a relative clause ("charges that had
// alleged …", "a ruling which stated …"): its subject is the noun before, not a speaker.
func (c *ctx) relativeVerb(ss, v int) bool {
	for k := v - 1; k > ss && k >= v-4; k-- {
		t := &c.toks[k]
		switch c.lx.class(t.Norm) {
		case "rel":
			return true
		case "comp":
			p := &c.toks[k-1]
			return isLowerWord(p) && !c.lx.p.Stopword(p.Norm) && !c.isVerbForm(p.Norm)
		case "aux", "aux:pass", "modal", "neg":
			continue
		}
		if !isLowerWord(t) || !strings.HasSuffix(t.Norm, "ly") {
			return false
		}
	}
	return false
}

// adverbialClause reports whether [s, e) is only an adverbial clause in the indicative ("Auch
// als Winterkorn als Zeuge aussagt, zeigt er sich ahnungslos"): when, because or although
// something happens is the author's frame, not what was said.
func (c *ctx) adverbialClause(s, e int) bool {
	if c.prepositionalWithRelative(s, e) {
		return true
	}
	k := s
	if cls := c.lx.class(c.toks[k].Norm); k+1 < e && isCap(&c.toks[k]) && (cls == "" && c.lx.p.Stopword(c.toks[k].Norm) || cls == "adv") {
		k++ // "Auch als …", "Erst wenn …"
		if k+1 < e && isPunct(&c.toks[k], ",") {
			k++ // "Dann, als …"
		}
	}
	if k >= e || c.lx.class(c.toks[k].Norm) != "sub" || c.hasKonj(k, e) {
		return false
	}
	for j := k + 1; j < e; j++ {
		if isPunct(&c.toks[j], ",") {
			return false // a main clause may follow the subordinate one
		}
	}
	return true
}

// noticeSentence reports whether sentence si is a site's notice (see lexicon.notices: "Bitte
// verwende den Chrome-Browser, um unseren Videoplayer … nutzen zu können!") pasted into a
// paragraph of text: its imperative reads like a Konjunktiv, but nobody's report goes on in it.
func (c *ctx) noticeSentence(si int) bool {
	if len(c.lx.notices) == 0 {
		return false
	}
	// Looked up by the first word and compared in place: lower-casing every sentence's words,
	// or trying every notice at every word, made this a tenth of the extractor's time.
	s, e := c.sentRange(si)
	n := 0
	for k := s; k < e; k++ {
		if isWord(&c.toks[k]) {
			n++
		}
	}
	if n > c.lx.noticeMax {
		return false
	}
	for k := s; k < e; k++ {
		if !isWord(&c.toks[k]) {
			continue
		}
		for _, i := range c.lx.noticeFirst[c.toks[k].Norm] {
			if nt := &c.lx.notices[i]; n <= nt.max && c.wordsAt(k, e, nt.words) {
				return true
			}
		}
	}
	return false
}

// wordsAt reports whether the words from token k on, punctuation skipped, are ws (in their
// normal form).
func (c *ctx) wordsAt(k, e int, ws []string) bool {
	j := 0
	for ; k < e && j < len(ws); k++ {
		if t := &c.toks[k]; isWord(t) {
			if t.Norm != ws[j] {
				return false
			}
			j++
		}
	}
	return j == len(ws)
}

// frontedPhrase reports whether [s, e) is a phrase of time, means or occasion with no verb of
// its own, alone or with relative and subordinate clauses on it ("Nach der knappen Niederlage
// gegen Karl Brenner, bittet er …", "Schon mit drei Paraden, die …, bewies sie …", "Erst Wochen,
// nachdem …, sprach er darüber"): the fronted adverbial of the sentence the verb after the comma
// opens, not what anyone said. A phrase alone must open with a preposition ("Ein großer Tag,
// sagte er" is an answer); a Konjunktiv anywhere reports after all.
func (c *ctx) frontedPhrase(s, e int) bool {
	if e-s < 2 || c.hasKonj(s, e) {
		return false
	}
	k := s
	if _, ok := c.lx.focus[c.toks[k].Norm]; ok && isCap(&c.toks[k]) && k+1 < e {
		k++ // "Allein mit …", "Erst Wochen, …"
	}
	if c.lx.class(c.toks[k].Norm) == "sub" || c.relativePronoun(k) || c.questionWord(k) {
		return false
	}
	prep := c.prepAt(k)
	j := k
	for ; j < e && !isPunct(&c.toks[j], ","); j++ {
		t := &c.toks[j]
		if t.Kind == article.TokNumber || isPunct(t, "-") || isPunct(t, "(") || isPunct(t, ")") {
			continue
		}
		if !isWord(t) {
			return false // a quotation, a colon, a dash: more than a phrase
		}
		if !isLowerWord(t) {
			continue
		}
		cl := c.lx.class(t.Norm)
		if c.isVerbForm(t.Norm) || cl == "aux" || cl == "aux:pass" || cl == "modal" || cl == "neg" || cl == "comp" || cl == "sub" {
			return false
		}
		if c.lx.isDet(t.Norm) || c.prepAt(j) || cl == "and" || cl == "pairing" {
			continue
		}
		// Any other lower-case word must stand before the noun it qualifies (an adjective, a
		// number word, "relativ knappen"), never right after a noun, where a verb stands
		// ("Seit Jahren fehlen Lehrer").
		if j > k && isCap(&c.toks[j-1]) && isWord(&c.toks[j-1]) {
			return false
		}
		if n := &c.toks[min(j+1, e-1)]; j+1 >= e || !isWord(n) || !(isCap(n) || isLowerWord(n) && adjLike(n.Norm) && !c.isVerbForm(n.Norm)) {
			return false
		}
	}
	if j >= e {
		return prep
	}
	for j < e {
		n := j + 1
		if n >= e {
			return false
		}
		if c.prepAt(n) && n+1 < e {
			n++ // "…, an dem …"
		}
		if c.lx.class(c.toks[n].Norm) != "sub" && !(prep && c.relativePronoun(n)) {
			// A main clause after the phrase; a noun phrase with a relative clause on it is
			// the subject ("Die Partei, die …, verspricht"), not a phrase of time.
			return false
		}
		j = c.nextComma(n, e)
		if last := &c.toks[j-1]; !isLowerWord(last) {
			return false // "In Bonn, da gibt es sechs Jahreszeiten": no verb-final clause
		}
	}
	return true
}

// prepositionalWithRelative reports whether [s, e) is a prepositional phrase and a relative
// clause on its noun, and nothing else ("Auch mit der Wahlbeteiligung, die bei 68 Prozent lag,
// zeigte er sich zufrieden", "Für die Bauindustrie, die …, versprechen …"): a fronted
// adverbial of the clause the verb after it opens, not what anyone said. A Konjunktiv in it
// reports after all ("Für die Stadt, die er führt, werde es Schulen geben, sagte er" is no
// such phrase: its verb stands before the frame).
func (c *ctx) prepositionalWithRelative(s, e int) bool {
	k := s
	if k+1 < e && isCap(&c.toks[k]) && c.lx.class(c.toks[k].Norm) == "adv" {
		k++ // "Auch mit …"
	}
	if k >= e || !c.prepAt(k) || c.hasKonj(s, e) {
		return false
	}
	for k++; k < e && !isPunct(&c.toks[k], ","); k++ {
		t := &c.toks[k]
		switch cl := c.lx.class(t.Norm); {
		case t.Kind == article.TokNumber || isQuoteMark(t) || isPunct(t, "-"):
		case !isWord(t):
			return false
		case isCap(t) && cl != "aux" && cl != "modal" && !c.isVerbForm(t.Norm):
		case c.lx.isDet(t.Norm) || cl == "and" || c.prepAt(k):
		case adjLike(t.Norm) && cl == "" && !c.isVerbForm(t.Norm):
		default:
			return false // "Für die Stadt gibt es …": a verb of its own
		}
	}
	if k+2 >= e {
		return false
	}
	r := k + 1
	if c.prepAt(r) {
		r++ // "…, an dem …"
	}
	for j := r + 1; j < e; j++ {
		if isPunct(&c.toks[j], ",") {
			return false // "Am Dienstag, dem ersten Streiktag, ist …": an apposition, then the clause
		}
	}
	return c.relativePronoun(r)
}

// prepAt reports whether token k is a preposition ("mit", "für").
func (c *ctx) prepAt(k int) bool {
	cl := c.lx.class(c.toks[k].Norm)
	return isWord(&c.toks[k]) && (cl == "prep" || cl == "for")
}

// relativeOpening reports whether the words [s, e) after a comma open a relative clause: a
// d-word before a person's name or before another article ("…, die Bender beantwortete",
// "…, die der Minister beantwortete"), where an article never stands.
func (c *ctx) relativeOpening(s, e int) bool {
	if e-s < 2 || !c.lx.isDet(c.toks[s].Norm) || !isLowerWord(&c.toks[s]) {
		return false
	}
	switch c.lx.class(c.toks[s].Norm) {
	case "indef", "poss", "det:dem":
		return false
	}
	n := s + 1
	if c.lx.isDet(c.toks[n].Norm) && isLowerWord(&c.toks[n]) {
		return true
	}
	m := c.mentionAt(n)
	return m != nil && !m.org && m.pos == c.toks[n].Start && !c.compoundBeyondName(n) // not "der Trump-Vertraute"
}

// negated reports whether a negation stands in tokens [s, e) ("nannte … nicht", "did not say").
func (c *ctx) negated(s, e int) bool {
	for k := max(0, s); k < e && k < len(c.toks); k++ {
		if c.lx.class(c.toks[k].Norm) == "neg" {
			return true
		}
	}
	return false
}

// hypothetical reports whether a modal verb before the speech verb at v in its clause makes
// the speech hypothetical or future ("Dafür müsste Winterkorn einräumen, dass …", "would say"):
// nobody has said it.
func (c *ctx) hypothetical(ss, v int) bool {
	for k := v - 1; k >= ss && k >= v-8; k-- {
		t := &c.toks[k]
		if isPunct(t, ",") || isPunct(t, ":") {
			return false
		}
		if c.lx.class(t.Norm) == "modal" && isLowerWord(t) {
			return true
		}
	}
	return false
}

// formalYou reports whether the words [s, e) are the capitalised "Sie" of formal address
// inside a sentence ("erklären Sie sich damit einverstanden"), never a speaker.
func (c *ctx) formalYou(s, e int) bool {
	if s < 0 || e != s+1 || c.toks[s].Text != "Sie" {
		return false
	}
	st, _ := c.sentRange(c.sentOf[s])
	return s != st
}

// inDirect reports whether tokens [s, e) lie inside a direct quotation already found.
func (c *ctx) inDirect(s, e int) bool {
	if s >= e {
		return true
	}
	a, b := c.toks[s].Start, c.toks[e-1].End
	for _, sp := range c.covered {
		if a >= sp.Start-1 && b <= sp.End+1 {
			return true
		}
	}
	return false
}

// framedDirect reports whether tokens [s, e) are a direct quotation and its own speech frame
// ("“…,” one witness said, according to CNN"): the cue after them names who relayed the
// witness's words, whose they stay.
func (c *ctx) framedDirect(s, e int) bool {
	if s >= e {
		return false
	}
	a := c.toks[s].Start
	for _, sp := range c.covered {
		if sp.Start >= a-1 && sp.Start <= a+1 && sp.End < c.toks[e-1].Start {
			return c.speechVerbBetween(c.tokAt(sp.End), e)
		}
	}
	return false
}

// phraseCue handles "laut X", "nach Angaben von X", "X zufolge", "according to X".
func (c *ctx) phraseCue(si, ss, se, me int) bool {
	defer func(old bool) { c.phraseSource = old }(c.phraseSource)
	c.phraseSource = true
	for p := ss; p < me; p++ {
		n, kind := c.phraseAt(p, me)
		if kind == "back" {
			continue // "Das bestätigte X": see pointBack
		}
		if kind == "rel" && n > 1 && (p < ss+2 || !isPunct(&c.toks[p-1], ",")) {
			// "Laut dem Sprecher …" opens no relative clause: "laut" alone is the cue.
			n, kind = c.phraseAt(p, p+n-1)
		}
		if n == 0 {
			continue
		}
		var s, e int
		named := -1 // where the words a speaker is read from end, when not at e
		switch kind {
		case "post":
			s, e = c.npBefore(p, ss)
			if s < 0 && p-1 > ss && lowerPrefixName(&c.toks[p-1]) {
				if s2, e2 := c.npBefore(p-1, ss); s2 >= 0 && e2 == p-1 {
					s, e = s2, p // "Dem Sender al-Arabija zufolge"
				}
			}
			if s < 0 && p > ss && (isCap(&c.toks[p-1]) && isWord(&c.toks[p-1]) || webAddress(&c.toks[p-1]) || c.lowerMedium(p-1)) {
				s, e = p-1, p // "Medienberichten zufolge", "nordnews.de zufolge", "dpa zufolge"
			}
			if s2 := c.sourceWithPrep(p, ss); s2 >= 0 {
				s, e = s2, p // "Angaben von Augenzeugen zufolge", "Ersten Angaben vom Montag zufolge"
			} else if s >= 0 {
				s = c.zufolgeStart(s, e)
			} else if s, e = c.markedBefore(p, ss); s >= 0 && !c.plausibleCueSource(s, e) {
				s = -1
			}
		case "self":
			// "Demnach sind acht Menschen ums Leben gekommen": the word points back to the
			// report before and stands for its source.
			ms, mEnd := p+n, me
			if p != ss && !isPunct(&c.toks[p-1], ",") {
				// "Die Rolle der Bank soll demnach gestärkt werden": after the finite verb
				// (and "sich") the word stands for the source of the whole sentence.
				k := p - 1
				if k > ss && c.lx.class(c.toks[k].Norm) == "reflexive" {
					k--
				}
				if cls := c.lx.class(c.toks[k].Norm); k <= ss || !isLowerWord(&c.toks[k]) || cls != "aux" && cls != "aux:pass" && cls != "modal" || c.inDirect(ss, me) {
					continue
				}
				if a, b := longestOutside(ss, me, [][2]int{{p, p + n}}); b-a < 3 {
					continue // "Er ist demnach schuldig": too little around the word
				}
				ms = ss
			}
			for ms < mEnd && isPunct(&c.toks[ms], ",") {
				ms++
			}
			if mEnd-ms < 3 || c.inDirect(ms, mEnd) {
				continue
			}
			prev := c.prevReport(c.toks[ss].Start, si, 2)
			if prev != nil && prev.sent < si-1 && !c.inSentence(prev.cueTok, si-1) && c.cueWithoutReport(si-1) {
				// "… habe eine Maske getragen. Die Polizei bestätigte laut Medienberichten den
				// Vorfall. Demnach …": the word points back to the sentence right before,
				// whose source gave no report we found, not to the speaker before it.
				prev = nil
			}
			if prev != nil && p == ss && prev.sent < si-1 && c.plainFactBefore(si, prev) {
				// "… sprach von „starren Zielen“.\n\nIm Juni brachte das Kabinett die Reform auf
				// den Weg. Demnach soll …": the word points back to the reporter's own sentence
				// right before, in a new paragraph, which relays nobody; the speaker of the
				// paragraph before gave neither. ("Auch X sind demnach vor Ort" after such a
				// sentence goes on with the source of the paragraph's report, see above.)
				prev = nil
			}
			if prev != nil && (c.ownSpeechVerb(ms, mEnd) || c.bareFrame(ms, mEnd)) {
				// "Demnach habe er gesagt: …", "…, teilte demnach ein Regierungsvertreter mit":
				// the clause gives the words a speaker of its own, not the report's source.
				prev = nil
			}
			c.emit(ms, mEnd, false, false, p, p, p+n, continues(prev))
			return true
		case "rel":
			// "Medienberichte, wonach Moskau verhandeln wolle": the noun before names the source.
			if p < ss+2 || !isPunct(&c.toks[p-1], ",") {
				continue
			}
			s, e = c.npBefore(p-1, ss)
			if s < 0 && isCap(&c.toks[p-2]) {
				s, e = p-2, p-1
			}
			ms, mEnd := p+n, me
			if mEnd-ms < 3 || c.inDirect(ms, mEnd) {
				continue
			}
			c.emit(ms, mEnd, false, false, p, s, e, c.resolve(s, e, c.toks[ms].Start, si))
			return true
		default:
			if k := c.attributeCue(p, n, ss, me); k >= 0 {
				// "heizen das laut Polizei „Hochrisikospiel“ an": the cue qualifies the quoted
				// words, a partial quotation of its source; the clause is the author's.
				if end := c.closingMarkAfter(k, me); end > k+1 && !c.emittedOver(k+1, end) {
					c.emit(k+1, end, true, true, p, p+n, k, c.resolve(p+n, k, c.toks[k+1].Start, si))
					return true
				}
				continue
			}
			s, e = c.quotedName(p+n, me)
			if s < 0 && p+n < me && (webAddress(&c.toks[p+n]) || c.lowerMedium(p+n)) {
				s, e = p+n, p+n+1 // "laut nordnews.de", "laut dpa": the address or the agency alone
			}
			if s < 0 {
				s, e = c.looseNP(p+n, me)
			}
			if s != p+n {
				continue
			}
			e = c.sourceCut(s, e)
			if k := c.attributeHead(s, e, me); k > e {
				// "Nach Angaben einer der Hisbollah nahestehenden Quelle": the name is the
				// object of a participle before the head noun, whose source it is not.
				e = k
			}
			if e+1 < me && c.lx.isDet(c.toks[e].Norm) && isLowerWord(&c.toks[e]) {
				if qs, qe := c.quotedName(e+1, me); qs == e+1 {
					e = qe // "laut einem Bericht der „Nordpost“": the name belongs to the source
				}
			} else if e < me && (c.lx.titleHead(c.toks[e-1].Norm) || c.lx.media(c.toks[e-1].Norm)) {
				if qs, qe := c.quotedName(e, me); qs == e {
					e = qe // "laut einem Test des Magazins „Rad und Weg“"
				}
			}
			if kind == "pre-src" && !c.hasSourceNoun(s, e) && !c.speakingHead(s, e) {
				continue // "gemäß dem Gesetz": a rule, not a source of information
			}
			named = e
			e = c.coordinatedName(e, me)  // "laut Amnesty und der UNO": both gave it; the first is read
			e = c.closedApposition(e, me) // "laut dem Chefankläger, Luis Ortega, wurden …"
			if p == ss {
				e = c.frontedEnd(e, me) // "Laut einem Bericht der Agentur in Kiel kamen …"
			}
		}
		re := e
		if named > s {
			re = named
		}
		if s < 0 || !c.plausibleCueSource(s, re) && !c.genitiveOfSourceCue(p, n, s, re) {
			continue // "laut Gesetz", "nach Vermissten": no one who could have said it
		}
		// "Laut Nachrichtenagentur AP berichteten Bewohner, dass …": the verb right after the
		// fronted source has a subject of its own, who spoke; the source only relayed it.
		relay := p == ss && c.speechVerbAfterSource(e, ss, me)
		who := func(ms int) speaker {
			if relay {
				return noSpeaker
			}
			return c.resolve(s, re, c.toks[ms].Start, si)
		}
		plain := false
		if c.speechVerbAfterSubject(ss, p) || !c.relayAlone && !c.resolve(s, re, c.toks[s].Start, si).known() && (c.namedSpeechVerb(ss, se) || c.speechClause(ss, se)) {
			if !c.plainClause(ss, me) || c.namedSpeechVerb(ss, p) {
				// "…, sagte der SPD-Politiker laut Mitteilung", "„…“, sagte er nach Angaben der
				// Agentur X": the speech verb names the speaker; the cue only says who relayed it.
				return false
			}
			// "Die Partei hält den Weg laut Peter Lahm für begehbar": a clause with nothing for
			// the verb to report around the cue; the whole clause is the message.
			plain = true
		}
		lo, hi := min(s, p), max(e, p+n)
		from := ss
		for j := lo - 1; j > ss; j-- {
			if c.dashWithin(j, j+1) || isPunct(&c.toks[j], ";") {
				from = j + 1 // "… 14,8 Prozent - nach Angaben des Amts war dies …", "…; laut Polizei waren es …"
				break
			}
		}
		ms, mEnd := from, lo
		if hi < me && (me-hi >= lo-from || from > ss) {
			ms, mEnd = hi, me
		}
		sub := c.subordinateOpening(from, lo)
		if sub >= 0 {
			// "…, da nach Angaben der Fluggesellschaft die Genehmigung zu spät kam", "…, das
			// laut X nicht fertig wurde": the cue belongs to the subordinate clause it opens,
			// whose rest up to the next comma is the message; the main clause says nothing.
			from, ms, mEnd = sub, hi, c.nextComma(hi, me)
		}
		whole := false
		if sub < 0 && lo > from {
			if open := c.subordinateBefore(from, lo); open >= 0 {
				// "…, weil die Mission nach Angaben der UN überfordert ist": the subordinate
				// clause that holds the cue is the message, cue and source inside; the main
				// clause before it is the author's.
				from, ms, mEnd, whole = open, open, c.nextComma(hi, me), true
			}
		}
		for ms < mEnd && isPunct(&c.toks[ms], ",") {
			ms++
		}
		for mEnd > ms && isPunct(&c.toks[mEnd-1], ",") {
			mEnd--
		}
		// Words on both sides of a mid-sentence cue ("Der Umzug kostet laut der Stadt rund
		// 40.000 Euro") are one message: either side alone says half.
		// One lower-case word after the source still ends the clause: "Die Wahl begann nach
		// Angaben des Wahlleiters reibungslos".
		both := lo-from >= 2 && (me-hi >= 2 || me-hi == 1 && isLowerWord(&c.toks[hi]))
		if !whole && sub < 0 && (mEnd-ms < 3 || plain || both || c.negLeftOut(from, me, ms, mEnd)) {
			// Neither side alone is the message: the whole clause, cue and source inside.
			if ws, ok := c.clauseAround(from, lo, hi, me); ok {
				ms, mEnd, whole = ws, me, true
			}
		}
		if whole {
			if c.inDirect(ms, mEnd) || c.holdsCue(ms, lo) || c.holdsCue(hi, mEnd) {
				continue
			}
			c.whole = true
			ok := c.emitCued(ms, mEnd, s, e, who(ms), c.toks[p].Start, c.toks[p+n-1].End, p)
			c.whole = false
			if ok {
				return true
			}
			continue
		}
		if mEnd-ms < 3 || c.inDirect(ms, mEnd) || c.holdsCue(ms, mEnd) || c.framedDirect(ms, mEnd) || c.negLeftOut(from, me, ms, mEnd) {
			continue
		}
		if ms > hi && ms == c.tokAfterCommas(hi) && mEnd == me && lo > ss && !isPunct(&c.toks[lo-1], ",") && c.lx.isDet(c.toks[ms].Norm) && isLowerWord(&c.toks[ms]) && !c.clauseLike(ms, mEnd) && c.lastCommaBefore(ms, mEnd) < 0 {
			// "Die Festrede hält nach Angaben der Veranstalter Anna Roth, die Landesvorsitzende
			// der Gewerkschaft": an apposition to the last noun of the source, no clause, not
			// what the source said; nor does another frame make it one.
			return true
		}
		if c.emitCued(ms, mEnd, s, e, who(ms), c.toks[p].Start, c.toks[p+n-1].End, p) {
			return true
		}
	}
	return false
}

// coordinatedName returns where a source ending at e goes on with "und" and a second name
// ("laut Amnesty International und der UNO", "laut Polizei und Feuerwehr"): both conjuncts a
// person, an organisation or a public body the article knows, the first ending at e. Else e.
func (c *ctx) coordinatedName(e, me int) int {
	if e+2 >= me || c.lx.class(c.toks[e].Norm) != "and" || !isLowerWord(&c.toks[e]) || !c.speakingName(e-1) {
		return e
	}
	k := e + 1
	if c.lx.isDet(c.toks[k].Norm) && isLowerWord(&c.toks[k]) && c.lx.class(c.toks[k].Norm) != "poss" {
		k++
	}
	if k >= me || !c.speakingName(k) {
		return e
	}
	if m := c.mentionAt(k); m != nil {
		for k+1 < me && c.mentionAt(k+1) == m {
			k++
		}
	}
	return k + 1
}

// speakingName reports whether token k is a capitalised word of a person or organisation the
// article names, or a public body ("Polizei").
func (c *ctx) speakingName(k int) bool {
	if k < 0 {
		return false
	}
	t := &c.toks[k]
	if !isWord(t) || !isCap(t) {
		return false
	}
	if m := c.mentionAt(k); m != nil && !m.quoted {
		return true
	}
	ok, _ := c.lx.body(t.Norm)
	return ok
}

// genitiveOfSourceCue reports whether the words [s, e) after the cue phrase of n words at p
// are a genitive naming who gave the information the phrase's own source noun stands for
// ("nach Angaben der Reederei", "nach Informationen des Veranstalters"): a
// non-dative article and up to two words, the last a capitalised noun. After such a noun
// the genitive can only name its giver, listed as a speaking noun or not.
func (c *ctx) genitiveOfSourceCue(p, n, s, e int) bool {
	if n < 2 || !c.lx.sourceNoun(c.toks[p+n-1].Norm) || s != p+n || e-s < 2 || e-s > 3 {
		return false
	}
	d := &c.toks[s]
	if !isLowerWord(d) || !c.lx.isDet(d.Norm) || c.lx.class(d.Norm) == "det:dat" {
		return false
	}
	for k := s + 1; k < e-1; k++ {
		if !isLowerWord(&c.toks[k]) {
			return false
		}
	}
	t := &c.toks[e-1]
	return isWord(t) && isCap(t) && !c.lx.norm(t.Norm)
}

// sourceCut returns where the words [s, e) after a cue phrase stop naming its source: before
// a noun of a rough count ("nach Einschätzung der Behörden | Hunderte, wenn nicht Tausende
// Menschen") and before a name right after a source noun that is no genitive of it ("laut
// einer Umfrage | Donald Trump schlagen"; "nach Angaben Hagaris" stays whole). Either opens a
// phrase of the clause the cue qualifies.
func (c *ctx) sourceCut(s, e int) int {
	for k := s + 1; k < e; k++ {
		t := &c.toks[k]
		if !isWord(t) || !isCap(t) {
			continue
		}
		if _, ok := c.lx.counts[t.Norm]; ok {
			return k
		}
		if c.objectAfterBareSource(s, k) {
			return k
		}
		m := c.mentionAt(k)
		if m == nil || m.pos != t.Start || !c.lx.sourceNoun(c.toks[k-1].Norm) || !isCap(&c.toks[k-1]) {
			continue
		}
		last := k
		for last+1 < e && c.mentionAt(last+1) == m {
			last++
		}
		if !c.genitiveName(last) {
			return k
		}
	}
	return e
}

// objectAfterBareSource reports whether the capitalised word at k, right after the source noun
// of a phrase [s, k) without an article ("laut italienischen Medienberichten
// Champions-League-Finalist Juventus"), opens the clause's object: a bare source in the plural
// takes no noun after it, only a genitive ("nach Angaben Kiews") or an adjective of one
// ("laut Berichten US-amerikanischer Medien").
func (c *ctx) objectAfterBareSource(s, k int) bool {
	p := &c.toks[k-1]
	t := &c.toks[k]
	if !isCap(p) || !c.lx.sourceNoun(p.Norm) || !strings.HasSuffix(p.Norm, "en") || c.mentionAt(k) != nil || adjLike(t.Norm) || strings.HasSuffix(t.Norm, "s") {
		return false
	}
	for j := s; j < k-1; j++ {
		if !isLowerWord(&c.toks[j]) || c.lx.isDet(c.toks[j].Norm) {
			return false // "laut den Angaben": not a bare source
		}
	}
	return true
}

// attributeCue reports whether the cue phrase of n words at p stands between an article and
// the words in quotation marks it introduces ("heizen das laut Polizei „Hochrisikospiel“ an",
// "auf das nach Angaben der Polizei „gefährlichste Spiel“"): the cue and its source qualify
// the quoted words, a partial quotation of the source, and the clause around them is the
// author's, no report. An article after a comma opens a relative clause ("…, das laut X …"),
// whose words the source says.
func (c *ctx) attributeCue(p, n, ss, me int) int {
	d := p - 1
	if d < ss || !c.lx.isDet(c.toks[d].Norm) || c.lx.class(c.toks[d].Norm) == "poss" {
		return -1
	}
	if d > ss && (isPunct(&c.toks[d-1], ",") || c.lx.class(c.toks[d-1].Norm) == "prep" && d-1 > ss && isPunct(&c.toks[d-2], ",")) {
		return -1
	}
	for k := p + n; k < me && k <= p+n+6; k++ {
		t := &c.toks[k]
		if isQuoteMark(t) {
			if k > p+n {
				return k
			}
			return -1
		}
		if !isWord(t) || isLowerWord(t) && !c.lx.isDet(t.Norm) && c.lx.class(t.Norm) != "gen" {
			return -1
		}
	}
	return -1
}

// emittedOver reports whether a quotation already found covers tokens [s, e).
func (c *ctx) emittedOver(s, e int) bool {
	a, b := c.toks[s].Start, c.toks[e-1].End
	for k := range c.out {
		if q := &c.out[k].q; q.Start <= a && b <= q.End {
			return true
		}
	}
	return false
}

// closingMarkAfter returns the first quotation mark after the opening one at k, before e, or
// -1.
func (c *ctx) closingMarkAfter(k, e int) int {
	for j := k + 1; j < e; j++ {
		if isQuoteMark(&c.toks[j]) {
			return j
		}
	}
	return -1
}

// tokAfterCommas returns the first token at or after k that is no comma.
func (c *ctx) tokAfterCommas(k int) int {
	for k < len(c.toks) && isPunct(&c.toks[k], ",") {
		k++
	}
	return k
}

// midfield reports whether token s stands after the finite verb of the main clause opening at
// ss: a verb, auxiliary, modal or reflexive right before it, or one phrase and the verb with
// only lower-case adverbs between ("Die Firma hat ihrer Meinung nach …", "Dort treffen sich dem
// Vernehmen nach …").
func (c *ctx) midfield(ss, s int) bool {
	if s <= ss+1 {
		return false
	}
	for k := ss; k < s; k++ {
		if t := &c.toks[k]; t.Kind == article.TokPunct && !isPunct(t, "-") {
			return false
		}
	}
	p := &c.toks[s-1]
	if !isLowerWord(p) {
		return false
	}
	switch c.lx.class(p.Norm) {
	case "aux", "aux:pass", "modal", "reflexive":
		return true
	}
	_, verb := c.lx.verbs[p.Norm]
	return verb || strings.HasSuffix(p.Norm, "en") || strings.HasSuffix(p.Norm, "t")
}

// plainClause reports whether [ss, me) is one clause without a complement a speech verb could
// report: no punctuation but its final mark, no quotation mark, no complementiser ("Die Partei
// hält den Weg laut Peter Lahm für begehbar": the verb frames nothing, "laut" is the cue).
func (c *ctx) plainClause(ss, me int) bool {
	for k := ss; k < me; k++ {
		t := &c.toks[k]
		if t.Kind == article.TokPunct && !isPunct(t, "-") && !(k == me-1 && (t.Text == "." || t.Text == "!")) {
			return false
		}
		if cls := c.lx.class(t.Norm); cls == "comp" || cls == "comp:q" {
			return false
		}
	}
	return true
}

// sourceWithPrep returns where source words before "zufolge" at p begin when they are a noun
// phrase with a source noun followed by a prepositional phrase of at most four words
// ("Angaben von Augenzeugen", "Ersten Angaben vom Montag", "Informationen aus
// Regierungskreisen"), or -1.
func (c *ctx) sourceWithPrep(p, ss int) int {
	for k := p - 2; k > ss && k >= p-5; k-- {
		t := &c.toks[k]
		if !isWord(t) {
			return -1
		}
		cls := c.lx.class(t.Norm)
		if !isLowerWord(t) || cls != "gen" && cls != "prep" {
			continue
		}
		s, e := c.npBefore(k, ss)
		if s < 0 && k-1 >= ss && isCap(&c.toks[k-1]) && c.hasSourceNoun(k-1, k) {
			s, e = k-1, k // "Angaben von Augenzeugen" opening the sentence
		}
		if s < 0 || e != k || !c.hasSourceNoun(s, e) && !(s == ss && c.plausibleCueSource(s, e)) {
			// Opening the sentence, any phrase that could speak ("Den Behörden in Kiel
			// zufolge"); inside it only a source noun, as the phrase may be the clause's own.
			return -1
		}
		return s
	}
	return -1
}

// lowerPrefixName reports whether t is a name with a short lower-case prefix joined by a
// hyphen ("al-Arabija", "el-Baradei"): up to three lower-case letters, a hyphen, a capital.
func lowerPrefixName(t *article.Token) bool {
	if !isWord(t) {
		return false
	}
	i := strings.IndexByte(t.Text, '-')
	if i < 1 || i > 3 || i+1 >= len(t.Text) {
		return false
	}
	for _, r := range t.Text[:i] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(t.Text[i+1:])
	return unicode.IsUpper(r)
}

// markedBefore returns the source words ending right before "zufolge" at p in a quoted name
// ("dem „Nordkurier“", the determiner before the name with it) or in a short form in brackets
// ("Einer Mitteilung des Landesverbands (LVK)"), or -1. Whether the words name a source is
// asked of the quoted name itself, or of the words before the brackets.
func (c *ctx) markedBefore(p, ss int) (int, int) {
	j := p - 1
	if j <= ss {
		return -1, -1
	}
	if isQuoteMark(&c.toks[j]) {
		for o := j - 2; o >= ss && o >= j-6; o-- {
			if !isQuoteMark(&c.toks[o]) {
				continue
			}
			if s, e := c.quotedName(o, p); s != o || e != p {
				return -1, -1
			}
			if o > ss && c.lx.isDet(c.toks[o-1].Norm) && isLowerWord(&c.toks[o-1]) {
				return o - 1, p
			}
			return o, p
		}
		return -1, -1
	}
	if !isPunct(&c.toks[j], ")") {
		return -1, -1
	}
	for o := j - 1; o > ss && o >= j-4; o-- {
		if isPunct(&c.toks[o], "(") {
			s, e := c.npBefore(o, ss)
			if s < 0 || e != o || !c.plausibleCueSource(s, e) {
				return -1, -1
			}
			return c.zufolgeStart(s, e), p
		}
	}
	return -1, -1
}

// zufolgeStart returns where the source words [s, e) before "zufolge" begin once a finite verb
// or a time adverbial in front of them is cut off: "Am Samstag starben behördlichen Angaben
// zufolge" has the source "behördlichen Angaben". Inside the phrase a lower-case word right
// after a capitalised one is a determiner or a genitive adjective ("Berichten verschiedener
// Zeitungen"); one in -en or -t there is the verb of the sentence, and a weekday or month ends a
// time adverbial.
func (c *ctx) zufolgeStart(s, e int) int {
	if s > 0 && e-s > 1 && isLowerWord(&c.toks[s]) && c.sentOf[s-1] == c.sentOf[s] && c.isPronoun(s-1, s) {
		s++ // "Sie stammen Berichten zufolge …": after a pronoun, a lower-case word is its verb
	}
	for k := e - 2; k >= s; k-- {
		t := &c.toks[k]
		if isCap(t) && c.lx.timeWord(t.Norm) {
			return k + 1
		}
		if k > s && isLowerWord(t) && isCap(&c.toks[k-1]) && isWord(&c.toks[k-1]) && !c.lx.isDet(c.toks[k-1].Norm) && !c.lx.isDet(t.Norm) &&
			!strings.HasSuffix(t.Norm, "er") && !strings.HasSuffix(t.Norm, "es") {
			return k + 1
		}
	}
	return s
}

// subordinateOpening returns the position of a subordinating conjunction or relative pronoun
// right before the cue phrase at lo that opens a clause after a comma ("…, da nach Angaben X
// …", "…, das laut X …", "…, weil laut X …"), or -1.
func (c *ctx) subordinateOpening(from, lo int) int {
	j := lo - 1
	if j-1 < from || !isPunct(&c.toks[j-1], ",") || !isLowerWord(&c.toks[j]) {
		return -1
	}
	switch cls := c.lx.class(c.toks[j].Norm); {
	case cls == "sub" || cls == "comp":
		return j
	case c.lx.isDet(c.toks[j].Norm) && cls != "indef" && cls != "poss" && cls != "det:dem":
		return j // a relative pronoun: "…, das laut X …"
	}
	return -1
}

// subordinateBefore returns where a subordinate clause opens before lo when the words between
// its comma and lo hold no other mark ("…, weil die Mission | nach Angaben …"): the
// subordinator after the comma, or -1.
func (c *ctx) subordinateBefore(from, lo int) int {
	for j := lo - 1; j > from; j-- {
		t := &c.toks[j]
		if t.Kind != article.TokPunct {
			continue
		}
		if !isPunct(t, ",") || j+2 >= lo || !isLowerWord(&c.toks[j+1]) {
			return -1
		}
		if cls := c.lx.class(c.toks[j+1].Norm); cls == "sub" || cls == "comp" {
			return j + 1
		}
		return -1
	}
	return -1
}

// speakingHead reports whether the first capitalised word of [s, e) is a medium, a role or a
// person noun ("gemäß der Netzzeitung", "gemäß einem Sprecher des Unternehmens"): someone who
// speaks, not a rule ("gemäß dem Dekret").
func (c *ctx) speakingHead(s, e int) bool {
	for k := s; k < e; k++ {
		if t := &c.toks[k]; isWord(t) && isCap(t) {
			return c.lx.media(t.Norm) || c.lx.roleHead(t.Norm) != "" || c.lx.personNoun(t.Norm)
		}
	}
	return false
}

// negLeftOut reports whether a negation stands in the sentence part [from, me) outside the
// message [ms, mEnd) a cue phrase in its middle left ("eine Gefahr bestand laut X jedoch
// nicht"): the message would say the opposite of the report.
func (c *ctx) negLeftOut(from, me, ms, mEnd int) bool {
	for k := from; k < me; k++ {
		if (k < ms || k >= mEnd) && c.lx.class(c.toks[k].Norm) == "neg" {
			return true
		}
	}
	return false
}

// markedPerson reports whether the words in quotation marks in [s, e) open with a person the
// tagger knows, stand before a capitalised word, the name they qualify, or are joined to the
// word after them: a nickname in marks ("so der „Kaiser“", "so der „Kaiser“ Karl Bauer") is no
// medium.
func (c *ctx) markedPerson(s, e int) bool {
	if e < len(c.toks) && (isCap(&c.toks[e]) && isWord(&c.toks[e]) || c.toks[e].Start == c.toks[e-1].End && (isWord(&c.toks[e]) || isPunct(&c.toks[e], "-"))) {
		return true // … or "„Kurier“-Reporter Karl Bauer": the marks qualify a role
	}
	for k := s; k+1 < e; k++ {
		if isQuoteMark(&c.toks[k]) {
			m := c.mentionAt(k + 1)
			return m != nil && !m.org
		}
	}
	return false
}

// resolveMarked is resolve for a source that may be a name in quotation marks: marked, the
// marks name the medium that reported it ("Wie die „Abendpost“ berichtet", "so „Kurierblatt“").
func (c *ctx) resolveMarked(marked bool, s, e, off, si int) speaker {
	defer func(old bool) { c.mediumCue = old }(c.mediumCue)
	c.mediumCue = c.mediumCue || marked
	return c.resolve(s, e, off, si)
}

// quotedName returns the tokens of a short name in quotation marks starting at i, marks
// included ("laut „Reuters“"), or -1, -1.
func (c *ctx) quotedName(i, limit int) (int, int) {
	if i >= limit || !isQuoteMark(&c.toks[i]) {
		return -1, -1
	}
	for j := i + 1; j < limit && j <= i+6; j++ {
		if isQuoteMark(&c.toks[j]) {
			if j == i+1 {
				return -1, -1
			}
			return i, j + 1
		}
	}
	return -1, -1
}

// detQuotedName returns the tokens of an article and a short name in quotation marks after it
// starting at i ("die „Abendpost“"), or -1, -1.
func (c *ctx) detQuotedName(i, limit int) (int, int) {
	if i+1 >= limit || !isWord(&c.toks[i]) || !c.lx.isDet(c.toks[i].Norm) {
		return -1, -1
	}
	if cls := c.lx.class(c.toks[i].Norm); cls == "indef" || cls == "poss" {
		return -1, -1
	}
	if a, b := c.quotedName(i+1, limit); a == i+1 {
		return i, b
	}
	return -1, -1
}

// phraseAt returns the length in tokens and the kind of the longest cue phrase at p.
func (c *ctx) phraseAt(p, limit int) (int, string) {
	if len(c.lx.phrases) == 0 || c.toks[p].Kind != article.TokWord {
		return 0, ""
	}
	b := c.phraseBuf[:0]
	bestN, bestKind := 0, ""
	for n := 1; n <= c.lx.maxPhrase && p+n <= limit; n++ {
		if n > 1 {
			b = append(b, ' ')
		}
		b = append(b, c.toks[p+n-1].Norm...)
		if _, ok := c.lx.phrasePrefixes[string(b)]; !ok {
			break // no phrase starts with these words
		}
		if k, ok := c.lx.phrases[string(b)]; ok {
			bestN, bestKind = n, k
		}
	}
	c.phraseBuf = b
	return bestN, bestKind
}

// soComparison reports whether the clause before the comma and "wie" at w holds "so" and a
// word in small letters that is no verb ("nicht so viele Menschen verletzt, wie die Polizei
// angenommen hat", "so schnell, wie es die Stadt versprochen hatte"): the clause compares with
// what someone said or assumed; it is not what they said. A "so" the clause compares with a
// "wie" of its own is no part of it.
func (c *ctx) soComparison(ss, w int) bool {
	for k := w - 2; k > ss && !isPunct(&c.toks[k], ","); k-- {
		if c.lx.class(c.toks[k].Norm) == "wie" {
			return false // "doppelt so hoch wie im Vorjahr, wie das Amt mitteilte": compared already
		}
		if c.lx.class(c.toks[k].Norm) != "so" || !isLowerWord(&c.toks[k]) {
			continue
		}
		if n := &c.toks[k+1]; k+1 < w-1 && isLowerWord(n) && !c.isVerbForm(n.Norm) && c.lx.class(n.Norm) != "aux" && c.lx.class(n.Norm) != "modal" {
			return true
		}
	}
	return false
}

// wieFrame handles "…, wie X berichtete" and "Wie X sagte, …".
func (c *ctx) wieFrame(si, ss, se, me int) bool {
	for w := ss; w < me; w++ {
		if c.lx.class(c.toks[w].Norm) != "wie" {
			continue
		}
		// "Nächster Ärger um X: Wie die Zeitung berichtet, …": after a colon a capitalised
		// "Wie" opens the sentence's clause as it does at the sentence's start.
		front := w == ss || isPunct(&c.toks[w-1], ":") && isCap(&c.toks[w])
		if !front && !isPunct(&c.toks[w-1], ",") {
			continue
		}
		if !front && (w >= ss+2 && c.lx.class(c.toks[w-2].Norm) == "so" || c.soComparison(ss, w)) {
			continue // "Kimmich meint es so, wie er es sagt": a comparison, not a report
		}
		at := w + 1
		for at < me && isLowerWord(&c.toks[at]) && (c.lx.class(c.toks[at].Norm) == "adv" || c.lx.class(c.toks[at].Norm) == "time") {
			at++ // "Wie schon die WHO sagte"
		}
		if c.passiveReportFrame(si, w, at, ss, me, front) {
			return true
		}
		if c.toks[at].Norm == "aus" && front {
			if c.wieAusFrame(si, at, se, me) {
				return true
			}
			continue
		}
		s, e := c.npAfter(at, me)
		if s != at && webAddress(&c.toks[at]) {
			s, e = at, at+1 // "Wie nordnews.de berichtet"
		}
		marked := false
		if s != at {
			// "Wie die „Abendpost“ berichtet, …", "Wie „Kurierblatt“ meldet, …": npAfter stops at
			// the mark; a name in marks is a medium only before a verb a medium reports with.
			if a, b := c.detQuotedName(at, me); a == at {
				s, e, marked = a, b, true
			} else if a, b := c.quotedName(at, me); a == at && isCap(&c.toks[at+1]) {
				s, e, marked = a, b, true
			}
		}
		if s != at || marked && c.markedPerson(s, e) {
			continue
		}
		// The verb closes the frame, possibly after adverbials ("am Donnerstag") and after an
		// apposition of the speaker between commas ("Wie Karl Bauer, Sprecher der Stadt, in Kiel
		// mitteilte").
		from := e
		if a := c.roleApposition(e, me); a > e {
			from = a
		}
		v, pre := -1, -1
		for k := from; k < me && k < from+6; k++ {
			if isPunct(&c.toks[k], ",") {
				break
			}
			if c.isVerb(k, ss, se) && !c.usedCue[k] && !c.adjectiveInPhrase(k, me) {
				if vi := c.lx.verbs[c.toks[k].Norm]; vi.knows || vi.names {
					break // "wie X oft genannt wird", "wie X weiß": a name given, what X knows
				}
				v = k
				break
			}
			if c.particleFirst(k, me) {
				v, pre = k+1, k // "Wie die Bank bekannt gab, …"
				break
			}
		}
		if v < 0 || marked && (pre >= 0 || !c.lx.verbs[c.toks[v].Norm].reports) {
			continue
		}
		if !front && c.auxAt(v+1, me) && v+2 < me && isLowerWord(&c.toks[v+2]) {
			// "…, as he had predicted would happen, …": the verb's object is the clause
			// after it, what was predicted; the main clause before is the reporter's.
			continue
		}
		j := e
		for j < v && (c.toks[j].Text == "’" || c.toks[j].Text == "'" || c.toks[j].Text == "s") {
			j++
		}
		if m := c.mentionAt(j); j < v && m != nil && !m.org && m.pos == c.toks[j].Start && c.tokAt(max(m.pos, m.end-1))+1 == v && (j > e || c.possessiveWord(e-1)) {
			e = v // "As Vox’s Benji Jones reported": the outlet's possessive before its reporter
		}
		e = c.firstOfTwo(s, e)
		var ms, mEnd int
		if front {
			ms, mEnd = v+1, me
			for ms < mEnd && ms <= v+2 && isLowerWord(&c.toks[ms]) && (c.lx.class(c.toks[ms].Norm) == "aux" || c.lx.class(c.toks[ms].Norm) == "modal" || lassForm(c.toks[ms].Norm)) {
				ms++ // "Wie die Stadt mitgeteilt hat, …", "… mitteilen ließ, …": the auxiliary closes the frame
			}
			if ms < mEnd && ms == v+1 && isLowerWord(&c.toks[ms]) {
				if _, pron := c.lx.pronoun(c.toks[ms].Norm); pron {
					// "Wie Obama spricht sie sich noch nicht für Harris aus": no comma closes
					// a frame; the comparison fills the first place and the pronoun after the
					// verb is its subject.
					continue
				}
			}
			for ms < mEnd && isPunct(&c.toks[ms], ",") {
				ms++
			}
		} else {
			ms, mEnd = ss, w-1
			if a, b := c.framedSubClause(ss, w, v, me); a >= 0 && !c.andBetween(e, v) {
				// "Er ging zur Partei, obwohl seine Eltern, wie er betont, ihn unpolitisch
				// erzogen hätten": the frame stands inside a subordinate clause that goes on
				// after it; what was said is that clause, never the main clause before it,
				// whose subject may be the very one the pronoun of the frame stands for.
				ms, mEnd = a, b
			}
		}
		if mEnd-ms < 3 || c.inDirect(ms, mEnd) {
			continue
		}
		if !front && c.holdsCue(ms, mEnd) {
			// "„…“, erklärte er im Podcast, wie der „Kurier“ berichtete": the words before hold
			// a report framed already; the medium only relays it.
			continue
		}
		if pre >= 0 {
			if c.emitCued(ms, mEnd, s, e, c.resolve(s, e, c.toks[ms].Start, si), c.toks[pre].Start, c.toks[v].End, v) {
				c.usedCue[pre], c.usedCue[v] = true, true
				return true
			}
			continue
		}
		c.emit(ms, mEnd, false, false, v, s, e, c.resolveMarked(marked, s, e, c.toks[ms].Start, si))
		return true
	}
	return false
}

// framedSubClause returns the subordinate clause that holds a "wie" frame (its "wie" at w, its
// verb at v) and goes on after it ("…, obwohl seine Eltern, wie er betont, ihn … erzogen
// hätten"): from the subordinator after the last comma before w to the next comma or the end
// me after the frame's closing comma; -1 when the frame stands in no such clause.
func (c *ctx) framedSubClause(ss, w, v, me int) (int, int) {
	k := w - 2
	for k > ss && !isPunct(&c.toks[k], ",") {
		k--
	}
	if k <= ss || k+1 >= w-1 || !isLowerWord(&c.toks[k+1]) || c.lx.class(c.toks[k+1].Norm) != "sub" {
		return -1, -1
	}
	e := v + 1
	for e < me && isLowerWord(&c.toks[e]) && (c.lx.class(c.toks[e].Norm) == "aux" || c.lx.class(c.toks[e].Norm) == "modal") {
		e++ // "wie er betont hat"
	}
	if e+1 >= me || !isPunct(&c.toks[e], ",") {
		return -1, -1
	}
	end := e + 1
	for end < me && !isPunct(&c.toks[end], ",") {
		end++
	}
	if end-(e+1) < 2 {
		return -1, -1
	}
	return k + 1, end
}

// andBetween reports whether a word joining two clauses stands in [a, b) ("wie der Moderator
// ihm schmeichelt und ihn fragt"): two acts, no parenthesis around a clause.
func (c *ctx) andBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if isLowerWord(&c.toks[k]) && c.lx.class(c.toks[k].Norm) == "and" {
			return true
		}
	}
	return false
}

// passiveReportFrame handles "…, as first reported by the Gazette" and "As reported by X, …":
// after "as" (at w) and at most one adverb of the pack's list, a verb a medium reports with and
// "by" before the one who reported; the main clause is the message.
func (c *ctx) passiveReportFrame(si, w, at, ss, me int, front bool) bool {
	if len(c.lx.reportAdverbs) == 0 {
		return false
	}
	v := at
	if _, adv := c.lx.reportAdverbs[c.toks[v].Norm]; adv && v < me && isLowerWord(&c.toks[v]) {
		v++
	}
	if v+2 >= me || !isLowerWord(&c.toks[v]) || c.usedCue[v] || !c.lx.verbs[c.toks[v].Norm].reports || c.lx.class(c.toks[v+1].Norm) != "gen" {
		return false
	}
	s, e := c.npAfter(v+2, me)
	if s != v+2 {
		return false
	}
	var ms, mEnd int
	if front {
		ms, mEnd = e, me
		if ms >= mEnd || !isPunct(&c.toks[ms], ",") {
			return false
		}
		ms++
	} else {
		ms, mEnd = ss, w-1
		if e < me && !isPunct(&c.toks[e], ".") && !isPunct(&c.toks[e], ",") {
			return false // the source runs on into a clause of its own
		}
	}
	if mEnd-ms < 3 || c.inDirect(ms, mEnd) || !front && c.holdsCue(ms, mEnd) {
		return false
	}
	c.emit(ms, mEnd, false, false, v, s, e, c.resolve(s, e, c.toks[ms].Start, si))
	return true
}

// particleFirst reports whether token k is the particle of a separable speech verb written
// apart before its finite form at the end of a clause ("…, wie die Bank bekannt gab, …", "Wie
// die Stadt bekannt gab, …"): the verb's entry names the particle as its only companion.
func (c *ctx) particleFirst(k, me int) bool {
	if k+1 >= me || !isLowerWord(&c.toks[k]) || !isLowerWord(&c.toks[k+1]) || c.usedCue[k+1] {
		return false
	}
	if k+2 < me && !isPunct(&c.toks[k+2], ",") {
		return false // verb-final only
	}
	vi, ok := c.lx.verbs[c.toks[k+1].Norm]
	if !ok {
		return false
	}
	for _, alt := range vi.alts {
		if len(alt) == 1 && alt[0] == c.toks[k].Norm {
			return true
		}
	}
	return false
}

// roleApposition returns the token after the closing comma of an apposition that names a role
// ("…, Sprecher der Stadt, …", "…, Chef der Firma X, …") when one opens with the comma at e, or -1.
func (c *ctx) roleApposition(e, me int) int {
	if e >= me || !isPunct(&c.toks[e], ",") {
		return -1
	}
	head := -1
	for j := e + 1; j < me && j <= e+9; j++ {
		t := &c.toks[j]
		if isPunct(t, ",") {
			if head < 0 || j == e+1 {
				return -1
			}
			return j + 1
		}
		if !isWord(t) && !isQuoteMark(t) && !isPunct(t, "-") {
			return -1
		}
		if head < 0 && isWord(t) && isCap(t) {
			if c.lx.roleHead(t.Norm) == "" {
				return -1 // "Wie Paris, Rom …": no role, no apposition
			}
			head = j
		}
	}
	return -1
}

// knownFrame handles "it became known" without a source: "Am Montag wurde bekannt, dass …"
// (the dass clause), "Wie gestern bekannt wurde, …" (the rest of the sentence). In a sentence
// that opens with a subordinate clause ("Nachdem bekannt geworden war, dass …, stieg …") the
// dass clause ends at the next comma.
func (c *ctx) knownFrame(si, ss, me int) bool {
	if len(c.lx.known) == 0 {
		return false
	}
	for k := ss; k < me-2; k++ {
		if c.lx.known[c.toks[k].Norm] != "word" || !isLowerWord(&c.toks[k]) || c.usedCue[k] {
			continue
		}
		end := -1 // the verb group's end
		switch {
		case c.lx.known[c.toks[k+1].Norm] == "verb" && isLowerWord(&c.toks[k+1]):
			end = k + 2
			if end < me && c.lx.class(c.toks[end].Norm) == "aux" {
				end++ // "bekannt geworden war"
			}
		case k > ss && c.lx.known[c.toks[k-1].Norm] == "verb" && isLowerWord(&c.toks[k-1]):
			end = k + 1
		default:
			continue
		}
		if end >= me || !isPunct(&c.toks[end], ",") {
			continue
		}
		var ms, mEnd int
		switch {
		case c.lx.class(c.toks[ss].Norm) == "wie" && k <= ss+3:
			ms, mEnd = end+1, me // "Wie gestern bekannt wurde, …"
		case end+1 < me && c.lx.class(c.toks[end+1].Norm) == "comp":
			ms, mEnd = end+1, me
			if c.lx.class(c.toks[ss].Norm) == "sub" {
				for j := end + 2; j < me; j++ {
					if isPunct(&c.toks[j], ",") {
						mEnd = j
						break
					}
				}
			}
		default:
			continue
		}
		if mEnd-ms < 4 || c.inDirect(ms, mEnd) || c.question(ms) {
			continue
		}
		if c.emitCued(ms, mEnd, -1, -1, noSpeaker, c.toks[k].Start, c.toks[k].End, k) {
			return true
		}
	}
	return false
}

// adjectiveInPhrase reports whether the verb-like word at k is an adjective inside a phrase:
// after a preposition or article and before a capitalised noun ("aus informierten Kreisen").
func (c *ctx) adjectiveInPhrase(k, me int) bool {
	if k == 0 || k+1 >= me || !isCap(&c.toks[k+1]) || !isWord(&c.toks[k+1]) {
		return false
	}
	p := c.lx.class(c.toks[k-1].Norm)
	return p == "prep" || c.lx.isDet(c.toks[k-1].Norm)
}

// soFrame handles a report closed by "so" and its source: "…, so die Studie."
func (c *ctx) soFrame(si, ss, se, me int) bool {
	defer func(old bool) { c.phraseSource = old }(c.phraseSource)
	c.phraseSource = true
	for k := ss + 3; k < me; k++ {
		if c.lx.class(c.toks[k].Norm) != "so" || !isPunct(&c.toks[k-1], ",") || c.usedCue[k] {
			continue
		}
		cue, from := k, k+1
		if from < me && c.isVerb(from, ss, se) {
			// "…, so schätzen die Forscher.", "…, so betont auch die Polizei": adverbs
			// between the verb and its subject are no part of the subject.
			cue, from = from, c.advsAfter(from+1, me)
		}
		s, e := c.npAfter(from, me)
		marked := false
		if a, b := c.detQuotedName(from, me); a == from && cue == k {
			s, e, marked = a, b, true // "…, so die „Abendpost“": npAfter stops at the mark
		} else if a, b := c.quotedName(from, me); s != from && a == from && cue == k && isCap(&c.toks[from+1]) {
			s, e, marked = a, b, true // "…, so „Kurierblatt“."
		}
		if s != from || marked && c.markedPerson(s, e) {
			continue
		}
		if h := c.headNoun(s, e); h >= 0 && c.lx.naming(c.toks[h].Norm) {
			continue // "„Achi“, so sein Spitzname": the phrase names a word, nobody's report
		}
		if e+1 < me && c.lx.class(c.toks[e].Norm) == "gen" && c.mentionAt(e-1) != nil {
			// "so Karl Harb von den Salzburger Nachrichten": where the named person works.
			if a, b := c.npAfter(e+1, me); a == e+1 {
				e = b
			}
		}
		end := e
		if end < me && isPunct(&c.toks[end], "(") {
			end = c.skipParenthesis(end, me) // "so Bürgermeister Karl Brenner (Grüne) zur dpa"
		}
		for base := end; end < me && end < base+2 && isLowerWord(&c.toks[end]) && c.lx.class(c.toks[end].Norm) == "adv"; {
			end++ // "so Anna Berger weiter"
		}
		if !(end == me || isPunct(&c.toks[end], ",")) {
			// "…, so das Ergebnis einer gestern vorgestellten Studie der Stiftung Warentest":
			// a phrase with a source noun and its attributes runs to the sentence's end.
			// "…, so die Polizei am Montag": after a speaker, the rest is an adverbial.
			switch {
			case !c.nounTail(end, me) || c.objectClauseTail(end, me):
				continue
			case c.hasSourceNoun(s, me):
				e = me
			case !c.plausibleCueSource(s, e):
				continue
			}
			end = me
		}
		if end < me && (!c.clauseLike(ss, k-1) || c.frameSplitsClause(ss, k-1, end, me)) {
			// "Sein Rivale, so X weiter, würde …": the frame stands inside the clause, whose
			// words before it are no clause of their own; the message is the whole sentence,
			// the frame inside (as for a cue phrase in mid-sentence, see clauseAround).
			if f := &c.toks[from]; k-1 > ss && me-end >= 3 && (isCap(f) || c.lx.isDet(f.Norm) && c.lx.class(f.Norm) != "indef") && !c.inDirect(ss, me) && !c.holdsCue(ss, k-1) && !c.holdsCue(end, me) {
				// (Not "…, so viele Nuancen, dass …": "so" before a quantifier is no frame.)
				c.whole = true
				n0 := len(c.out)
				c.emit(ss, me, false, false, cue, s, e, c.resolve(s, e, c.toks[ss].Start, si))
				c.whole = false
				if len(c.out) > n0 {
					return true
				}
			}
			continue
		}
		if c.inDirect(ss, k-1) {
			continue
		}
		c.emit(ss, k-1, false, false, cue, s, e, c.resolveMarked(marked, s, e, c.toks[ss].Start, si))
		return true
	}
	return false
}

// frameSplitsClause reports whether a "so X" frame between the commas at comma and end stands
// inside one clause although the words before it look like a clause of their own: they hold
// a Konjunktiv of "sein", an auxiliary or a modal with nothing after it that could complete it
// (only pronouns, articles, prepositions and nouns: "Der Präsident sei, so X, schuld daran, …",
// "Alles in allem sei es für alle Parteien, so der Bericht, möglich gewesen, …", "Sie solle
// sich, so X, auf schwere Fälle beschränken"), and the words after it open no clause of their
// own (no article, relative pronoun or conjunction first) and end in a lower-case word, as a
// predicate or infinitive does; an apposition to the source ("…, so X, Chef der Feuerwehr")
// ends in a noun.
func (c *ctx) frameSplitsClause(ss, comma, end, me int) bool {
	v := -1
	for i := ss; i < comma; i++ {
		t := &c.toks[i]
		if !isLowerWord(t) {
			continue
		}
		// An indicative does as well as a Konjunktiv ("Die Lage ist, so X, ernst"): read as a
		// clause of its own, the words before the frame were the message and the rest of the
		// sentence the source's apposition.
		_, konj := c.lx.konj[t.Norm]
		if cls := c.lx.class(t.Norm); konj && strings.HasPrefix(t.Norm, "sei") || cls == "modal" || cls == "aux" || cls == "aux:pass" {
			v = i
		}
	}
	if v < 0 {
		return false
	}
	for i := v + 1; i < comma; i++ {
		t := &c.toks[i]
		if !isLowerWord(t) {
			continue
		}
		if _, pron := c.lx.pronoun(t.Norm); !pron && !c.lx.p.Stopword(t.Norm) && !c.lx.isDet(t.Norm) && c.lx.class(t.Norm) == "" {
			return false // "sei ernst", "solle handeln": the clause is whole
		}
	}
	r := end + 1
	for r < me && isQuoteMark(&c.toks[r]) {
		r++
	}
	if me-r < 2 {
		return false
	}
	first := &c.toks[r]
	switch c.lx.class(first.Norm) {
	case "and", "sub", "comp", "comp:q":
		return false
	}
	if c.lx.isDet(first.Norm) || c.relativePronoun(r) {
		return false
	}
	last := me - 1
	for last > r && (isQuoteMark(&c.toks[last]) || c.toks[last].Kind == article.TokPunct) {
		last--
	}
	return isLowerWord(&c.toks[last])
}

// nounTail reports whether tokens [s, e) can continue a noun phrase: words that are no verb
// of speech, conjunction or negation, and no comma or quotation mark.
func (c *ctx) nounTail(s, e int) bool {
	for k := s; k < e; k++ {
		t := &c.toks[k]
		if !isWord(t) {
			return false
		}
		switch c.lx.class(t.Norm) {
		case "comp", "comp:q", "sub", "neg", "aux", "aux:pass", "modal", "wie", "so":
			return false
		}
		if c.isVerbForm(t.Norm) {
			return false
		}
	}
	return true
}

// objectClauseTail reports whether the words [s, e) after a "so X" frame's phrase are the rest
// of a clause of X's own: an object after an article or possessive, outside a prepositional
// phrase, and a lower-case word to close it, as a verb closes a subordinate clause ("…, so
// Bauer sein erstes Tor erzielte"). An adverbial ("so die Polizei am Montag", "so der Trainer
// nach dem Spiel erleichtert") has its article after a preposition.
func (c *ctx) objectClauseTail(s, e int) bool {
	if e-s < 3 || !isLowerWord(&c.toks[e-1]) || c.lx.class(c.toks[e-1].Norm) == "adv" || adjLike(c.toks[e-1].Norm) && !strings.HasSuffix(c.toks[e-1].Norm, "te") && !strings.HasSuffix(c.toks[e-1].Norm, "ten") {
		return false
	}
	for k := s; k < e-2; k++ {
		cl := c.lx.class(c.toks[k].Norm)
		if cl != "poss" && cl != "det" && cl != "det:m" && cl != "det:f" || !isLowerWord(&c.toks[k]) {
			continue
		}
		if k > s && c.lx.class(c.toks[k-1].Norm) == "prep" {
			continue
		}
		return true
	}
	return false
}

// nachFrame handles "nach" with a source noun: "Nach einer Studie …", "Dem Vernehmen nach …".
func (c *ctx) nachFrame(si, ss, se, me int) bool {
	if len(c.lx.sources) == 0 {
		return false
	}
	defer func(old bool) { c.phraseSource = old }(c.phraseSource)
	c.phraseSource = true
	for k := ss; k < me-2; k++ {
		if c.toks[k].Norm != "nach" {
			continue
		}
		s, e := c.npAfter(k+1, me)
		if s != k+1 {
			continue
		}
		gen := -1 // where a name's genitive before the source noun ends
		if e < me && isCap(&c.toks[e]) && isWord(&c.toks[e]) && c.lx.sourceNoun(c.toks[e].Norm) && c.possessive(e-1, me) {
			// "Nach Bauers Meinung": a name's genitive before the source noun; the phrase
			// stopped at the name, who gave it.
			e++
			gen = e - 1
		}
		head := c.sourceHead(s, e)
		if head < 0 {
			continue
		}
		if c.actInTime(s, head, e) {
			continue // "Nach der Veröffentlichung des Berichts trat er zurück": after it
		}
		own := c.ownSource(s, head)
		if head == e-1 && e < me && c.lx.class(c.toks[e].Norm) == "indef" && !own {
			// "nach Angaben eines neutralen Vermittlers": a genitive with an indefinite
			// article names the source too.
			if s2, e2 := c.npAfter(e, me); s2 == e && e2 > e+1 {
				// Up to the first noun: "eines Bahnsprechers | blockierten Bäume …".
				for j := e + 1; j < e2; j++ {
					if isCap(&c.toks[j]) {
						e = j + 1
						break
					}
				}
			}
		}
		// "Nach den Worten der Sprecherin der Partei, Anna Berg, fehle …": the apposition
		// belongs to the source words, not to the message.
		named := e // the words a speaker is read from: never an apposition's
		e = c.closedApposition(e, me)
		if k == ss {
			e = c.frontedEnd(e, me) // "Nach Angaben des Amts für Statistik in Kiel kamen …"
		}
		// The message is the rest of the sentence around "nach …": before it, after it, or,
		// mid-sentence ("Die Inflation wird nach der Prognose der Bank bei 51 Prozent
		// liegen"), the longer side.
		ms, mEnd := e, me
		from := ss
		for j := k - 1; j > ss; j-- {
			if c.dashWithin(j, j+1) || isPunct(&c.toks[j], ";") {
				from = j + 1 // "… 14,8 Prozent - nach Angaben des Amts war dies …", "…; nach Polizeiangaben waren es …": the dash or semicolon ends the author's part
				break
			}
		}
		if k > from {
			ms, mEnd = longestOutside(from, me, [][2]int{{k, e}})
		}
		sub := c.subordinateOpening(from, k)
		if sub >= 0 {
			// "…, da nach Angaben der Fluggesellschaft die Genehmigung zu spät kam": the
			// subordinate clause's rest up to the next comma is the message.
			from, ms, mEnd = sub, e, c.nextComma(e, me)
		}
		for ms < mEnd && isPunct(&c.toks[ms], ",") {
			ms++
		}
		for mEnd > ms && isPunct(&c.toks[mEnd-1], ",") {
			mEnd--
		}
		whole := false
		both := !own && k-from >= 2 && me-e >= 2 // as in phraseCue; "nach eigenen Angaben" below
		if sub < 0 && k > from && !own && (mEnd-ms < 3 || both || c.negLeftOut(from, me, ms, mEnd)) {
			// Neither side alone is the message: the whole clause, cue and source inside.
			if ws, ok := c.clauseAround(from, k, e, me); ok {
				ms, mEnd, whole = ws, me, true
			}
		}
		if whole {
			if c.inDirect(ms, mEnd) || c.speechVerbAfterSubject(from, k) {
				continue
			}
		} else if mEnd-ms < 3 || c.inDirect(ms, mEnd) || !c.clauseLike(ms, mEnd) && k > ss && ms == ss || c.negLeftOut(from, me, ms, mEnd) {
			continue
		}
		if c.speechVerbAfterSubject(from, k) {
			return false // "„…“, sagte er nach Angaben der Agentur X": X only relayed it
		}
		// The cue is "nach" and the source noun ("nach Angaben"); who gave the information
		// follows in a genitive, when the text names it.
		src, srcEnd := s, e
		if head+1 < e {
			src = head + 1
		}
		if own {
			// "Die Feuerwehr ist nach eigenen Angaben vor Ort": the subject gave it, not the
			// place of a dateline before it ("Hamburg – Die Feuerwehr ist …").
			open := c.afterDateline(ss, k)
			if a, b := c.npAfter(open, k); a == open && b <= k {
				if c.clauseOpensBetween(b, k) {
					// "Ihr Vater, den sie nach eigenen Angaben nie „Papa“ nennt, habe …": the
					// phrase stands in a clause of its own and is its subject's, not the
					// sentence's.
					continue
				}
				if ms < b {
					ms, mEnd = longestOutside(b, me, [][2]int{{k, e}})
				}
				if k-b >= 1 && me-e >= 2 && sub < 0 {
					// "Die Firma hat nach eigenen Angaben 300 Stellen gestrichen": the whole
					// clause, its subject (the source) and the cue inside.
					ms, mEnd = a, me
					c.whole = true
				}
				if c.emitOwnReport(ms, mEnd, a, b, k, e, si) {
					return true
				}
				continue
			}
			if a, b, cs := c.ownSubject(open, k); a >= 0 && (sub < 0 || sub == cs) && me-e >= 2 {
				// "Schon seit Monaten hatte sich Karla Weber nach eigener Aussage müde
				// gefühlt", "der Stürmer, der nach eigener Aussage …": the subject after the
				// finite verb, or the one a relative pronoun stands for, gave it; the whole
				// clause is the message.
				end := me
				if sub >= 0 {
					end = mEnd // the relative clause ends at its comma
				}
				c.whole = true
				if c.emitOwnReport(cs, end, a, b, k, e, si) {
					return true
				}
				continue
			}
		}
		ce := c.toks[head].End
		if src == s {
			ce = c.toks[k].End // "nach einem Bericht": the noun is the source itself
		}
		c.whole = whole
		spk := c.resolve(src, min(srcEnd, max(named, src+1)), c.toks[ms].Start, si)
		if m := c.mentionAt(gen - 1); gen > src && m != nil && !m.quoted {
			spk = speaker{name: m.canon, how: article.SpeakerSubject} // "Nach Bauers Meinung"
		}
		ok := c.emitCued(ms, mEnd, src, srcEnd, spk, c.toks[k].Start, ce, k)
		c.whole = false
		if ok {
			return true
		}
	}
	return false
}

// actInTime reports whether the source noun at head of the phrase [s, e) after "nach" names
// an act (value act in quote_sources) that an article before it and no speaker after it put
// in time: "nach der Auszählung", "nach der Veröffentlichung der Liste" say when, not who
// said it; "nach der Veröffentlichung des Instituts" keeps its source.
func (c *ctx) actInTime(s, head, e int) bool {
	if c.lx.sources[c.toks[head].Norm] != "act" || head == s {
		return false
	}
	switch c.lx.class(c.toks[s].Norm) {
	case "det", "det:m", "det:f", "det:dat":
	default:
		return false
	}
	return head+1 >= e || !c.plausibleCueSource(head+1, e)
}

// nachAfter handles "nach" after a source noun with its article or possessive, opening the
// sentence or a subordinate clause: "Seiner Ansicht nach sind wir …", "Dem Vernehmen nach
// soll …", "…, die ihrer Meinung nach zu Unrecht regiert". The source words are the phrase
// before "nach", the cue "nach", the message the rest of the clause.
func (c *ctx) nachAfter(si, ss, se, me int) bool {
	if len(c.lx.sources) == 0 {
		return false
	}
	for k := ss + 2; k < me-2; k++ {
		if c.toks[k].Norm != "nach" || !isLowerWord(&c.toks[k]) {
			continue
		}
		s, head := k-2, k-1
		cls := c.lx.class(c.toks[s].Norm)
		if !isCap(&c.toks[head]) || !isWord(&c.toks[head]) || !c.lx.sourceNoun(c.toks[head].Norm) ||
			!(cls == "poss" || cls == "own" || strings.HasPrefix(cls, "det") && cls != "det:dem") {
			continue
		}
		from := ss
		if s != ss {
			if from = c.subordinateOpening(ss, s); from < 0 {
				if c.midfield(ss, s) && !c.inDirect(ss, me) && !c.holdsCue(ss, me) && !c.namedSpeechVerb(ss, me) && !c.speechClause(ss, me) && c.plainClause(ss, c.relativeAfter(k, me)) {
					// "Dort treffen sich dem Vernehmen nach immer mehr Jugendliche": after the
					// finite verb of a main clause the phrase qualifies the whole clause, which
					// is the message, cue and source inside.
					c.whole = true
					ok := c.emitCued(ss, me, s, k, c.resolve(s, k, c.toks[ss].Start, si), c.toks[k].Start, c.toks[k].End, k)
					c.whole = false
					if ok {
						return true
					}
				}
				continue
			}
		}
		ms, mEnd := k+1, me
		for j := ms; j < me; j++ {
			if isPunct(&c.toks[j], ",") && from > ss {
				mEnd = j
				break
			}
		}
		if mEnd-ms < 3 || c.inDirect(ms, mEnd) || c.holdsCue(ms, mEnd) || c.speechVerbAfterSubject(ss, s) ||
			c.namedSpeechVerb(ms, mEnd) {
			continue
		}
		if c.emitCued(ms, mEnd, s, k, c.resolve(s, k, c.toks[ms].Start, si), c.toks[k].Start, c.toks[k].End, k) {
			return true
		}
	}
	return false
}

// relativeAfter returns the comma after k that opens a relative clause ("…, die Reisende
// belästigen"), or e: such a clause describes a noun of the clause before, which stays plain.
func (c *ctx) relativeAfter(k, e int) int {
	for j := k + 1; j+1 < e; j++ {
		if isPunct(&c.toks[j], ",") {
			if c.relativePronoun(j + 1) {
				return j
			}
			return e
		}
	}
	return e
}

// passive reports whether a form of "werden" (class aux:pass) stands in [ss, v), making the
// participle at v passive.
func (c *ctx) passive(ss, v int) bool { return c.hasClass(ss, v, "aux:pass") }

// holdsCue reports whether tokens [s, e) hold the cue of a quotation already found ("„…“,
// sagte X laut Mitteilung": the words before "laut" are that quotation and its frame).
func (c *ctx) holdsCue(s, e int) bool {
	for k := s; k < e; k++ {
		if c.usedCue[k] {
			return true
		}
	}
	return false
}

// namedSpeechVerb reports whether the sentence [ss, se) has a speech verb whose subject names
// a speaker.
func (c *ctx) namedSpeechVerb(ss, se int) bool {
	for v := ss; v < se; v++ {
		if c.isVerb(v, ss, se) && !c.usedCue[v] {
			if a, b := c.subjectOf(v, ss, se); a >= 0 && c.resolve(a, b, c.toks[a].Start, c.sentOf[v]).known() {
				return true
			}
		}
	}
	return false
}

// speechVerbAfterSubject reports whether a speech verb with a subject stands in [ss, p) (the
// words before a cue phrase): "„…“, sagte er nach Angaben der Agentur X".
func (c *ctx) speechVerbAfterSubject(ss, p int) bool {
	_, se := c.sentRange(c.sentOf[ss])
	for v := ss; v < p; v++ {
		if c.lx.verbs[c.toks[v].Norm].ptcp && v+1 < p && c.lx.class(c.toks[v+1].Norm) == "aux:pass" {
			continue // "Die Pferde, die erwartet wurden, …": a passive names nobody who speaks
		}
		if c.isVerb(v, ss, se) {
			if a, _ := c.subjectOf(v, ss, se); a >= 0 {
				return true
			}
		}
	}
	return false
}

// speechVerbAfterSource reports whether token e, right after the source of a cue phrase
// opening the sentence [ss, me), is a speech verb with its subject after it and a clause it
// governs after that ("Laut X berichteten Bewohner, dass …", "Laut X bestätigte ein Sprecher
// der Feuerwehr, dass …"): the verb frames the words, the cue only relays them.
func (c *ctx) speechVerbAfterSource(e, ss, me int) bool {
	if e >= me {
		return false
	}
	_, b := c.subjectAfterVerb(e, me)
	return b > 0 && b+1 < me && isPunct(&c.toks[b], ",") && c.lx.class(c.toks[b+1].Norm) == "comp"
}

// subjectAfterVerb returns the noun phrase right after token v, a speech verb outside
// quotation marks and no cue taken already, at most two adverbs between ("teilte demnach ein
// Regierungsvertreter mit", "berichteten Bewohner"): an inverted verb and its subject; -1, -1
// when there is none, or only the "es" of "gab es".
func (c *ctx) subjectAfterVerb(v, me int) (int, int) {
	if !isLowerWord(&c.toks[v]) || !c.isSpeechVerb(v) || c.usedCue[v] || c.inMarks(c.toks[v].Start) {
		return -1, -1
	}
	j := v + 1
	for j < me && j <= v+2 && isLowerWord(&c.toks[j]) && !c.lx.isDet(c.toks[j].Norm) && c.lx.class(c.toks[j].Norm) != "prep" && !c.isSpeechVerb(j) {
		if _, ok := c.lx.pronoun(c.toks[j].Norm); ok {
			break
		}
		j++
	}
	if j >= me || c.toks[j].Norm == "es" {
		return -1, -1
	}
	if a, b := c.npAfter(j, me); a == j && b > a {
		return a, b
	}
	return -1, -1
}

// ownSpeechVerb reports whether the sentence [ss, me) frames its words with a speech verb of
// its own after a comma and, after the verb, an unnamed subject of its own ("…, teilte demnach
// ein Regierungsvertreter mit"): someone else than the report before.
func (c *ctx) ownSpeechVerb(ss, me int) bool {
	for v := ss + 2; v < me; v++ {
		if !isPunct(&c.toks[v-1], ",") {
			continue
		}
		if a, _ := c.subjectAfterVerb(v, me); a >= 0 && c.lx.class(c.toks[a].Norm) == "indef" {
			return true
		}
	}
	return false
}

// bareFrame reports whether the words [ms, me) are only a frame: a speech verb's participle
// closing at most four words ("Demnach habe er gesagt: „…“"), which says who spoke, not what.
func (c *ctx) bareFrame(ms, me int) bool {
	return me-ms <= 4 && c.lx.verbs[c.toks[me-1].Norm].ptcp
}

// speechClause reports whether the sentence [ss, se) has a speech verb followed by a
// complement clause ("geht hervor, dass …"): that frame, not a cue phrase elsewhere, reports.
func (c *ctx) speechClause(ss, se int) bool {
	for v := ss; v < se; v++ {
		if !c.isVerb(v, ss, se) || c.usedCue[v] {
			continue
		}
		for k := v + 1; k < se && k <= v+4; k++ {
			if c.lx.class(c.toks[k].Norm) == "comp" {
				return true
			}
		}
	}
	return false
}

// looseNP returns the words naming a source after a cue phrase: a noun phrase as npAfter
// finds it, or lower-case words leading to a name ("according to nonprofit PEN America",
// "according to an update by the U.S. Drought Monitor"), or -1, -1.
func (c *ctx) looseNP(i, limit int) (int, int) {
	if s, e := c.npAfter(i, limit); s == i {
		return s, e
	}
	for j := i; j < limit && j <= i+6; j++ {
		t := &c.toks[j]
		if !isWord(t) {
			if isQuoteMark(t) {
				if s, e := c.quotedName(j, limit); s == j {
					return i, e
				}
			}
			break
		}
		if m := c.mentionAt(j); m != nil && isCap(t) {
			end := j
			for end < limit && c.mentionAt(end) == m {
				end++
			}
			for end < limit && end < j+8 && isCap(&c.toks[end]) && isWord(&c.toks[end]) && c.mentionAt(end) == nil {
				end++ // "the Human Rights Campaign" when only "Human Rights" is a name
			}
			return i, end
		}
		if c.isVerbForm(t.Norm) || c.lx.class(t.Norm) == "comp" {
			break
		}
		if !isCap(t) && (c.lx.class(t.Norm) == "group" || c.lx.orgNoun(t.Norm) || c.lx.roleHead(t.Norm) != "") {
			return i, j + 1 // "according to police", "according to officials"
		}
	}
	return -1, -1
}

// hasSourceNoun reports whether [s, e) holds a noun naming a source of information.
func (c *ctx) hasSourceNoun(s, e int) bool {
	for k := s; k < e; k++ {
		if isWord(&c.toks[k]) && c.lx.sourceNoun(c.toks[k].Norm) {
			return true
		}
	}
	return false
}

// speakingCompound reports whether norm is a compound whose last part (five letters or more,
// after a first part of three or more) is a public body, an organisation noun or a person noun
// ("armeeleitung" has no listed part; "ohrenzeugen", "landespolizei", "dachverband" do).
func (c *ctx) speakingCompound(norm string) bool {
	if ok, _ := c.lx.body(norm); ok {
		return true
	}
	for i := range norm {
		if i < 3 || len(norm)-i < 5 {
			continue
		}
		w := norm[i:]
		if c.lx.orgNoun(w) || c.lx.personNoun(w) {
			return true
		}
		for _, x := range pluralCuts(w) {
			if x != w && len(x) >= 5 && c.lx.orgNoun(x) {
				return true // "polizeibehörden": the plural of a listed part
			}
		}
	}
	return false
}

// plausibleCueSource reports whether the words [s, e) after "laut", "zufolge" or "according
// to" can name who gave the information: a name, a role, a medium, a source noun ("Angaben",
// "Bericht"), an organisation noun or a group ("police", "officials").
func (c *ctx) plausibleCueSource(s, e int) bool {
	for k := s; k < e; k++ {
		if c.lx.norm(c.toks[k].Norm) {
			return false // "laut WLTP", "gemäß StVO": a rule or a standard, not a speaker
		}
	}
	for k := s; k < e; k++ {
		t := &c.toks[k]
		if !isWord(t) {
			continue
		}
		if c.mentionAt(k) != nil || c.lx.roleHead(t.Norm) != "" || c.lx.media(t.Norm) || c.lx.sourceNoun(t.Norm) ||
			c.lx.orgNoun(t.Norm) || c.lx.class(t.Norm) == "group" {
			return true
		}
		if isCap(t) && len(t.Norm) >= 6 {
			// The plural of a listed noun ("Behörden", "Studien", "Zeitungen"): with entities in
			// the article no fallback accepts it (stop 24e).
			for _, w := range pluralCuts(t.Norm) {
				if w != t.Norm && (c.lx.orgNoun(w) || c.lx.sourceNoun(w) || c.lx.media(w)) {
					return true
				}
			}
		}
		if _, ok := c.lx.pronoun(t.Norm); ok {
			return true
		}
		if isCap(t) && c.lx.personNoun(t.Norm) {
			return true // "laut diesem Zeugen", "Anwohnern zufolge"
		}
		if isCap(t) && c.speakingCompound(t.Norm) {
			return true // "Die Armeeleitung", "Ohrenzeugen", "Landespolizei"
		}
		if webAddress(t) {
			return true // "laut nordnews.de": a news site
		}
		if k > s && isQuoteMark(&c.toks[k-1]) && isCap(t) {
			if qs, _ := c.quotedName(k-1, e); qs == k-1 {
				return true // "laut einem Artikel der „Nordpost“": a quoted name in the phrase
			}
		}
		if ok, _ := c.lx.body(t.Norm); ok && isCap(t) {
			return true // "laut Polizei", "laut Gericht": a public body, named or not
		}
	}
	return c.inMarks(c.toks[s].Start) || c.isQuotedAt(s) || (len(c.an.Entities) == 0 && c.fallbackName(s, e) != "")
}

// lowerMedium reports whether token k is a paper, an agency or a broadcaster written in lower
// case as the media list has it ("dpa", "taz", "ntv"): a name, though no noun phrase opens
// with it, so after "laut" or before "zufolge" it alone is the source.
func (c *ctx) lowerMedium(k int) bool {
	t := &c.toks[k]
	if !isLowerWord(t) || utf8.RuneCountInString(t.Norm) > 4 {
		return false // "laut zeitung": a misspelt noun, not a short name
	}
	_, ok := c.lx.mediaWords[t.Norm]
	return ok
}

// webTLDs are the endings of web addresses that name a news site ("nordnews.de").
var webTLDs = map[string]bool{"de": true, "com": true, "org": true, "net": true, "at": true, "ch": true, "eu": true, "info": true, "uk": true, "fr": true}

// webAddress reports whether token t is a web address such as "nordnews.de" or "t-online.de":
// a word with a dot before a known ending, letters, digits and hyphens around it.
func webAddress(t *article.Token) bool {
	if !isWord(t) {
		return false
	}
	i := strings.LastIndexByte(t.Text, '.')
	if i <= 0 || !webTLDs[t.Text[i+1:]] {
		return false
	}
	for _, r := range t.Text[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// isQuotedAt reports whether token s opens a quoted name ("laut „Reuters“").
func (c *ctx) isQuotedAt(s int) bool { return isQuoteMark(&c.toks[s]) }

// passiveBefore reports whether a passive auxiliary stands right before the verb at v ("was
// said to", "wurde berichtet"): the subject is not the one who speaks.
func (c *ctx) passiveBefore(ss, v int) bool {
	for k := v - 1; k >= ss && k >= v-2; k-- {
		if c.lx.class(c.toks[k].Norm) == "aux:pass" {
			return true
		}
		if !isLowerWord(&c.toks[k]) {
			return false
		}
	}
	return false
}

// objectRelative reports whether the clause at ms, after a comma, is a relative clause in the
// indicative of a noun or a demonstrative "das" the verb at v governs ("sagt auch nur das,
// was man schon oft über ihn hörte"): it describes the object in the reporter's words and
// says nothing. The head is no part of the subject [s, e) nor a person's name, and the
// relative pronoun is followed by neither a noun nor a verb ("sagte Bauer, der Trainer …").
// In the Konjunktiv the clause is often the speaker's ("sprach von 19 Tornados, die der
// Sturm ausgelöst habe"), and is left alone.
func (c *ctx) objectRelative(v, ms, me, s, e int) bool {
	h := ms - 2
	if h <= v || ms+1 >= me || !isPunct(&c.toks[ms-1], ",") || s >= 0 && h >= s && h < e || c.hasKonj(ms, me) {
		return false
	}
	if t := &c.toks[ms]; t.Norm != "was" && !c.relativePronoun(ms) || !isLowerWord(t) {
		return false
	}
	if n := &c.toks[ms+1]; !isLowerWord(n) && !c.indicativeLast(ms+1, me) || c.hasKonj(ms+1, ms+2) {
		return false
	}
	head := &c.toks[h]
	if isLowerWord(head) {
		return head.Norm == "das" && !c.lx.isDet(c.toks[h-1].Norm)
	}
	return isWord(head) && isCap(head) && c.mentionAt(h) == nil
}

// indicativeLast reports whether the clause [s, e) ends with an auxiliary in the indicative,
// the verb-last order of a relative clause: in "freute sich über den Titel, die Elf aus Kiel
// nicht mehr zu nehmen ist" the name after the pronoun opens no report.
func (c *ctx) indicativeLast(s, e int) bool {
	for e > s && c.toks[e-1].Kind == article.TokPunct {
		e--
	}
	if e <= s {
		return false
	}
	_, ok := c.lx.indicAux[c.toks[e-1].Norm]
	return ok && isLowerWord(&c.toks[e-1])
}

// passiveAfter reports whether the participle at v is passive by the form of "werden" right
// after it, as a verb-final clause puts it ("bevor er von einem Ordner darauf hingewiesen
// wurde, …"): its subject is the one spoken to.
func (c *ctx) passiveAfter(v, se int) bool {
	return c.lx.verbs[c.toks[v].Norm].ptcp && v+1 < se && isLowerWord(&c.toks[v+1]) && c.lx.class(c.toks[v+1].Norm) == "aux:pass"
}

// firstOfTwo ends the phrase [s, e) of a verb-final clause after the person it opens with
// when another person is named later in it ("wie Jaenicke Moderatorin Susan Link berichtete"):
// the first is the subject, the second whom it was said to.
func (c *ctx) firstOfTwo(s, e int) int {
	m, end := c.personOpening(s)
	if m == nil {
		return e
	}
	for k := end; k < e; k++ {
		if n := c.mentionAt(k); n != nil && n != m && !n.org {
			return end
		}
	}
	return e
}

// ownNamedVerb reports whether the sentence [ss, me) holds, outside quotation marks, a speech
// verb right after a name that opens the sentence ("Voglauer bezeichnete …").
func (c *ctx) ownNamedVerb(ss, me int) bool {
	m, end := c.personOpening(ss)
	return m != nil && end < me && c.isVerb(end, ss, me) && !c.inMarks(c.toks[end].Start)
}

// questionOpening reports whether [ss, me) opens with a preposition and a noun whose clause
// after a comma is a question ("Auf die Frage, ob …", "Auf die Frage, wann …"): what was asked,
// not what anyone said.
func (c *ctx) questionOpening(ss, me int) bool {
	if !isWord(&c.toks[ss]) || c.lx.class(c.toks[ss].Norm) != "prep" {
		return false
	}
	for k := ss + 2; k+1 < me && k <= ss+5; k++ {
		if isPunct(&c.toks[k], ",") {
			n := c.toks[k+1].Norm
			_, q := c.lx.questions[n]
			return c.lx.class(n) == "comp:q" || q
		}
	}
	return false
}

// ownInvertedVerb reports whether a speech verb after a comma in [ss, me) has its subject
// right after it ("Auf die Frage, ob sie … angesprochen worden sei, sagte Anna Roth: …",
// "…, antwortete er: …", "…, sagte der 52-Jährige: …"): the Konjunktiv before it is in the
// question put to them, and the sentence frames its own words, whoever its subject is.
func (c *ctx) ownInvertedVerb(ss, me int) bool {
	for k := ss + 2; k+1 < me; k++ {
		if !isPunct(&c.toks[k-1], ",") || !isLowerWord(&c.toks[k]) || !c.isSpeechVerb(k) || c.inMarks(c.toks[k].Start) {
			continue
		}
		if a, b := c.npAfter(k+1, me); a == k+1 && b > a {
			return true
		}
	}
	return false
}

// authorsIndicative reports whether the sentence [ss, me) opens with a main clause in the
// indicative that ends at its first comma or colon, with the Konjunktiv only after it: "Inzwischen
// kommen … immer mehr Forderungen, Biden möge …", "„Pling“ ist eine App, die … verbunden seien".
// Its finite verb is an auxiliary in the indicative (quote_indicative) early in the clause, or
// the word after an adverb that puts the verb second (quote_openadvs), when it reads as no
// Konjunktiv the list lacks (no "-e", no "-ten"). Not so: a clause opened by a conjunction or
// holding a zu-infinitive ("Weil …, sei", "Dies abzuschaffen, gefährde …"), one ending in a
// verb ("hatte … kommuniziert, dass …"), a sentence with a speech verb, a first- or
// second-person pronoun (an interview's answer) or a personal one (who may be the speaker),
// or a Konjunktiv in a main clause after the comma ("Es war ein Duell, es sei die Aufgabe …")
// unless a noun of demand ends the clause (quote_plans: "Forderungen, Biden möge …").
func (c *ctx) authorsIndicative(ss, me int) bool {
	k := ss
	for k < me && !((isPunct(&c.toks[k], ",") || isPunct(&c.toks[k], ":")) && !c.inMarks(c.toks[k].Start)) {
		k++
	}
	if k-ss < 3 || k+2 >= me || c.hasKonj(ss, k) || c.zuClause(ss, k) {
		return false
	}
	first := &c.toks[ss]
	switch c.lx.class(first.Norm) {
	case "comp", "comp:q", "sub", "wie":
		return false
	}
	if isLowerWord(&c.toks[k-1]) {
		return false // "hatte … kommuniziert, dass …", "war gefragt worden, ob …": the verb is last
	}
	for j := ss; j < me; j++ {
		t := &c.toks[j]
		if !isLowerWord(t) || c.inMarks(t.Start) {
			continue
		}
		if p := c.lx.person[t.Norm]; p == "1" || p == "2" {
			return false // "Dann war ich …, als …": an interview's answer, someone's words
		}
		if sex, ok := c.lx.pronoun(t.Norm); ok && sex != "x" {
			return false // "…, indem er … verstanden wissen wollte, dass …": his view, maybe the speaker's
		}
		if c.isVerb(j, ss, me) {
			return false // "… bemerkt er dann, dass …": a speech verb of its own
		}
	}
	if _, plan := c.lx.plans[c.toks[k-1].Norm]; c.mainClauseKonj(ss, me) && !(plan && isCap(&c.toks[k-1])) {
		return false // "Es war ein Duell, es sei die Aufgabe, …": a main clause of the report
	}
	for j := ss + 1; j < k && j <= ss+4; j++ {
		t := &c.toks[j]
		if !isLowerWord(t) || c.inMarks(t.Start) {
			continue
		}
		if _, ok := c.lx.indicAux[t.Norm]; ok {
			return true
		}
		if _, adv := c.lx.openAdvs[first.Norm]; j != ss+1 || !adv {
			continue
		}
		switch c.lx.class(t.Norm) {
		case "modal", "aux", "aux:pass":
			return false // "Zudem sollen keine Schuldigen gesucht werden, doch müsse …": the report's own modal
		}
		if strings.HasSuffix(t.Norm, "e") || strings.HasSuffix(t.Norm, "ten") {
			return false // a Konjunktiv I the list lacks, or a past that reads as Konjunktiv II ("gehörten")
		}
		return c.finiteAt(j, k)
	}
	return false
}

// ownIndicativeSubject reports whether [ss, me) opens with a name other than prev, after at
// most an article and nouns ("Die Agentur Rundschau"), followed by a verb, and holds its
// Konjunktiv only in a subordinate clause after a comma (mainClauseKonj false).
func (c *ctx) ownIndicativeSubject(ss, me int, prev string) bool {
	for k := ss; k < me && k <= ss+3; k++ {
		if m := c.mentionAt(k); m != nil {
			end := c.tokAt(max(m.pos, m.end-1)) + 1
			if m.canon == prev || end >= me || c.compoundBeyondName(k) || !isLowerWord(&c.toks[end]) || c.lx.class(c.toks[end].Norm) == "comp" {
				return false
			}
			return !c.mainClauseKonj(ss, me) && c.hasPunctBetween(end, me)
		}
		t := &c.toks[k]
		if !isWord(t) || k == ss && !c.lx.isDet(t.Norm) || k > ss && !isCap(t) {
			return false // "Nach einem Quiz …": a phrase of its own opens the sentence
		}
	}
	return false
}

// ownPhraseSubject returns the subject [a, b) and the first comma of a sentence [ss, me) that
// a report before it (p) would otherwise run on into, when the sentence opens with a main
// clause of its own: a noun phrase that can speak (a role, a body, a group of people, a name
// other than p's speaker; no pronoun, who may be p's speaker), with any closed apposition,
// right followed by a finite verb that reads only as an indicative (quote_indicative, or a
// singular form in "-t" or "-te" that no Konjunktiv list holds), no Konjunktiv before the
// comma and one after it. comma is -1 when the sentence is no such one.
func (c *ctx) ownPhraseSubject(ss, me int, p *found) (a, b, comma int) {
	if p == nil || p.q.Speaker == "" {
		return -1, -1, -1
	}
	a, b = c.npAfter(ss, me)
	if a != ss || b <= a || b >= me || c.isPronoun(a, b) || c.lx.class(c.toks[a].Norm) == "poss" || c.inMarks(c.toks[a].Start) {
		return -1, -1, -1 // "Seine Mutter …": someone of the speaker's, told of
	}
	v, end := b, b
	if e := c.closedApposition(b, me); e > b {
		v, end = e+1, e
	}
	// Who the phrase names: a name other than p's speaker, or speakers that cannot be that
	// one person (a body, a group without an article: "Vertreter aller Parteien", or plural:
	// "Die Anwohner"). A role in
	// the singular the article does not tie to a name ("Die EU-Präsidentin") may be the
	// speaker before.
	spk := c.resolve(a, end, c.toks[a].Start, c.sentOf[a])
	if spk.known() && spk.name == p.q.Speaker {
		return -1, -1, -1
	}
	can := spk.known()
	bare := !c.lx.isDet(c.toks[a].Norm)
	for k := a; k < b && !can; k++ {
		n := c.toks[k].Norm
		if m := c.mentionAt(k); m != nil && m.canon == p.q.Speaker {
			return -1, -1, -1
		}
		if ok, kind := c.lx.body(n); ok && !kind || c.lx.orgNoun(n) && !c.lx.orgKind(n) || c.lx.class(n) == "group" {
			can = true
		}
		if bare && k == a && (c.lx.roleHead(n) != "" || c.lx.personNoun(n)) {
			can = true
		}
		if k > a && c.toks[a].Norm == "die" && isCap(&c.toks[k]) && c.lx.personSex(n) == 'm' {
			can = true // "Die Anwohner": "die" before a masculine noun is a plural
		}
	}
	if !can {
		return -1, -1, -1
	}
	indicative := func(v int) bool {
		if v >= me || !isLowerWord(&c.toks[v]) {
			return false
		}
		n := c.toks[v].Norm
		_, aux := c.lx.indicAux[n]
		_, konj := c.lx.konj[n]
		return aux || !konj && (strings.HasSuffix(n, "t") || strings.HasSuffix(n, "te")) && c.finiteAt(v, me)
	}
	if !indicative(v) {
		// "Vertreter aller Parteien waren …": a short genitive or prepositional tail of the
		// subject before its verb.
		w := v + 1
		for w < me && w <= v+4 && !indicative(w) {
			w++
		}
		if w >= me || w > v+4 || !isLowerWord(&c.toks[v]) || c.hasVerbBetween(v, w) || c.hasPunctBetween(v, w) {
			return -1, -1, -1
		}
		b, v = w, w
	}
	comma = v + 1
	for comma < me && !(isPunct(&c.toks[comma], ",") && !c.inMarks(c.toks[comma].Start)) {
		comma++
	}
	if comma+2 >= me || c.hasKonj(ss, comma) || !c.hasKonj(comma+1, me) || c.inDirect(comma+1, me) {
		return -1, -1, -1
	}
	if !isLowerWord(&c.toks[comma-1]) || c.lx.class(c.toks[comma+1].Norm) == "and" {
		// "… wandte sich gegen die Behauptung, die Kartoffel werde …": the clause after a noun
		// is that noun's, anyone's claim; "Seine Frau ist krank, und er wolle …": after "und"
		// the report before goes on.
		return -1, -1, -1
	}
	return a, b, comma
}

// personOpening returns the person mention that starts at token s and the token after it, or
// nil when no person's name starts there.
func (c *ctx) personOpening(s int) (*mention, int) {
	m := c.mentionAt(s)
	if m == nil || m.org {
		return nil, s
	}
	return m, c.tokAt(max(m.pos, m.end-1)) + 1
}

// emitCued emits the reported quotation [ms, mEnd) with source tokens [srcS, srcE) and
// speaker spk, as emit does, and when emit keeps it marks code points [cs, ce) as its cue,
// whose first token is tok. It reports whether a quotation was kept.
func (c *ctx) emitCued(ms, mEnd, srcS, srcE int, spk speaker, cs, ce, tok int) bool {
	n0 := len(c.out)
	c.emit(ms, mEnd, false, false, -1, srcS, srcE, spk)
	if len(c.out) == n0 {
		return false
	}
	last := &c.out[len(c.out)-1]
	last.q.Cue = &article.Mark{Start: cs, End: ce, Text: c.r.Slice(cs, ce)}
	last.cueTok = tok
	return true
}

// directCuedIn returns a direct quotation with a named speaker whose cue stands in tokens [ss,
// me) after it ("… „…“, sagte Moser"), with words of the report before it (a sentence that opens with the quotation
// is that quotation's, and its report may go on after the cue: "„…“, sagte er, auch habe es
// …"), or nil.
func (c *ctx) directCuedIn(ss, me int) *found {
	for k := range c.out {
		if f := &c.out[k]; f.q.Direct && f.q.Speaker != "" && f.cueTok >= ss && f.cueTok < me && c.tokAt(f.q.Start)-1-ss >= 2 && c.toks[f.cueTok].Start >= f.q.End {
			return f
		}
	}
	return nil
}

// clauseAround returns where the clause that holds a cue phrase and its source [lo, hi) in
// mid-sentence starts, when words of that clause stand on both sides of it ("Die Männer
// stammen Berichten zufolge aus X", "Das Gesetz entspricht nach Meinung der Opposition den
// Vorgaben nicht"): after the last comma before lo, or from. ok is false when one side holds
// no words of the clause, when both hold fewer than three, or when the left side is only
// articles, prepositions and nouns (the source's own words: "Der Seite X zufolge"). Such a message keeps its cue and
// source inside, since either side alone would lose what was said (a negation, a verb and
// its object).
func (c *ctx) clauseAround(from, lo, hi, me int) (int, bool) {
	if lo <= from || c.lx.isDet(c.toks[lo-1].Norm) {
		return -1, false
	}
	start := from
	for k := lo - 1; k >= from; k-- {
		if t := &c.toks[k]; t.Kind == article.TokPunct && !isPunct(t, "-") && !isQuoteMark(t) {
			start = k + 1
			break
		}
	}
	left, right, plain := 0, 0, false
	for k := start; k < lo; k++ {
		if t := &c.toks[k]; isWord(t) {
			left++
			cls := c.lx.class(t.Norm)
			plain = plain || isLowerWord(t) && !c.lx.isDet(t.Norm) && cls != "prep" && cls != "gen"
		}
	}
	if !plain {
		return -1, false // "Der Seite X zufolge": the left side is the source's own article and noun
	}
	for k := hi; k < me && !isPunct(&c.toks[k], ","); k++ {
		if isWord(&c.toks[k]) {
			right++
		}
	}
	if left == 0 || right == 0 || left+right < 3 {
		return -1, false
	}
	return start, true
}

// reportiveSoll reports whether the main clause of [ss, me) relays a claim with "soll"/"sollen"
// ("Der Täter soll das Haus gestürmt haben", "Er soll dabei gewesen sein"): the present
// indicative of "sollen" before the clause's first comma, with a perfect infinitive closing the
// clause (a participle and "haben"/"sein"). A plain infinitive is left out: "Die Marge soll
// niedriger ausfallen" is a forecast or a plan as often as a claim relayed.
func (c *ctx) reportiveSoll(ss, me int) bool {
	for k := ss; k < me; k++ {
		t := &c.toks[k]
		if isPunct(t, ",") || isPunct(t, ":") {
			return false
		}
		if !isLowerWord(t) || t.Norm != "soll" && t.Norm != "sollen" {
			continue
		}
		end := k + 1
		for end < me && !isPunct(&c.toks[end], ",") {
			end++
		}
		if end-k < 3 {
			return false
		}
		last, prev := &c.toks[end-1], &c.toks[end-2]
		if isLowerWord(last) && c.claimVerb(last.Norm, k+1, end-1) {
			return true // "Unter den Toten soll sich ein Kind befinden", "Dabei soll es sich um X handeln"
		}
		return (last.Norm == "haben" || last.Norm == "sein") && isLowerWord(prev) &&
			(strings.HasSuffix(prev.Norm, "t") || strings.HasSuffix(prev.Norm, "en"))
	}
	return false
}

// claimVerb reports whether the infinitive norm closing a "soll" clause, with the words [s, e)
// between, states a claim about what is, never a plan or forecast: "sich … befinden", "es sich
// um … handeln", "es um … gehen".
func (c *ctx) claimVerb(norm string, s, e int) bool {
	switch norm {
	case "befinden":
		return c.hasWord(s, e, "sich")
	case "handeln":
		return c.hasWord(s, e, "sich") && c.hasWord(s, e, "um")
	case "gehen":
		return c.hasWord(s, e, "es") && c.hasWord(s, e, "um")
	}
	return false
}

// purposeSoll reports whether the main clause of [ss, me) opens with an adverb pointing back
// to a measure (quote_purposeadvs: "So", "Dadurch") right before a present "soll"/"sollen",
// and closes before its first comma with a passive infinitive ("… erleichtert werden").
func (c *ctx) purposeSoll(ss, me int) bool {
	if ss+4 > me {
		return false
	}
	if _, ok := c.lx.purposeAdvs[c.toks[ss].Norm]; !ok {
		return false
	}
	if t := &c.toks[ss+1]; !isLowerWord(t) || t.Norm != "soll" && t.Norm != "sollen" {
		return false
	}
	end := ss + 2
	for end < me && !isPunct(&c.toks[end], ",") && !isPunct(&c.toks[end], ":") && !isPunct(&c.toks[end], ".") {
		end++
	}
	if end-ss < 4 {
		return false
	}
	last, prev := &c.toks[end-1], &c.toks[end-2]
	return last.Norm == "werden" && isLowerWord(last) && isLowerWord(prev) &&
		(strings.HasSuffix(prev.Norm, "t") || strings.HasSuffix(prev.Norm, "en"))
}

// planTold reports whether the quotation f tells of a demand, plan or announcement, by its cue
// or by a verb of its own words (quote_plans: "…, dass die Regierung Zuschüsse plane").
func (c *ctx) planTold(f *found) bool {
	if c.planCue(f) {
		return true
	}
	for k := c.tokAt(f.q.Start); k >= 0 && k < len(c.toks) && c.toks[k].Start < f.q.End; k++ {
		if _, ok := c.lx.plans[c.toks[k].Norm]; ok && isLowerWord(&c.toks[k]) {
			return true
		}
	}
	return false
}

// glossOpening reports whether the sentence [ss, me) opens with a gloss before a colon
// (quote_glosses: "Das sollte wohl heißen:", "Soll heißen:"), told in the indicative: no
// Konjunktiv I before the colon ("Das solle heißen: …" is the speaker's own gloss).
func (c *ctx) glossOpening(ss, me int) bool {
	for k := ss + 1; k < me-1 && k <= ss+5; k++ {
		if !isPunct(&c.toks[k], ":") {
			continue
		}
		if _, ok := c.lx.glosses[c.toks[k-1].Norm]; !ok || !isLowerWord(&c.toks[k-1]) {
			return false
		}
		strong, _ := c.konjMood(ss, k)
		return !strong
	}
	return false
}

// plainSoll reports whether the main clause of [ss, me) has a present "sollen" ("soll",
// "sollen") before its first comma ("sollte" may be advice or a past plan).
func (c *ctx) plainSoll(ss, me int) bool {
	for k := ss; k < me; k++ {
		t := &c.toks[k]
		if isPunct(t, ",") || isPunct(t, ":") {
			return false
		}
		switch t.Norm {
		case "soll", "sollen":
			if isLowerWord(t) {
				return true
			}
		}
	}
	return false
}

// forecast reports whether [s, e) says how a quantity will move ("soll weiter sinken",
// "soll steigen"): the author's forecast as often as the report's.
func (c *ctx) forecast(s, e int) bool {
	for k := s; k < e; k++ {
		switch c.toks[k].Norm {
		case "sinken", "steigen", "wachsen", "fallen", "zunehmen", "abnehmen", "schrumpfen", "anziehen", "weiter", "kommenden", "nächsten":
			return true
		}
	}
	return false
}

// planCue reports whether the quotation f was found by a cue of a demand, plan, proposal or
// announcement (quote_plans: "fordert", "kündigte … an", "Forderung").
func (c *ctx) planCue(f *found) bool {
	if f.q.Cue == nil {
		return false
	}
	k := c.tokAt(f.q.Cue.Start)
	if k < 0 || k >= len(c.toks) {
		return false
	}
	_, ok := c.lx.plans[c.toks[k].Norm]
	return ok
}

// namesSpeaker reports whether tokens [s, e) hold the last word of the speaker's name ("Laut
// Trumps Sohn hat X gewonnen. Trump Jr. soll … gewesen sein."): a claim about the speaker
// is the author's, not the speaker's report.
func (c *ctx) namesSpeaker(s, e int, name string) bool {
	if name == "" {
		return false
	}
	f := strings.Fields(name)
	last := strings.ToLower(f[len(f)-1])
	for k := s; k < e; k++ {
		if n := c.toks[k].Norm; n == last || trimGenitive(n) == last {
			return true
		}
	}
	return false
}

// sayingNoun reads a noun of saying at the start of [s, e) ("Die Forderung des Bürgermeisters",
// "Dem Appell der Polizei", "Die Warnung"): it returns the noun, and the genitive phrase after it
// that names whose saying it is and where that phrase ends (-1, n+1 when there is none), or -1
// when s opens no such noun.
func (c *ctx) sayingNoun(s, e int) (n, a, b int) {
	n = s
	indef := false
	if n < e && c.lx.isDet(c.toks[n].Norm) {
		indef = c.lx.class(c.toks[n].Norm) == "indef"
		n++
	}
	if n >= e || !isCap(&c.toks[n]) || !isWord(&c.toks[n]) || c.lx.class(c.toks[n].Norm) != "saying" {
		return -1, -1, -1
	}
	k := n + 1
	// The genitive: "des Bürgermeisters", "der Polizei", or a possessive's ("ihres Trainers").
	if k < e && isLowerWord(&c.toks[k]) && (c.toks[k].Norm == "des" || c.toks[k].Norm == "der" || c.lx.class(c.toks[k].Norm) == "poss") {
		if x, y := c.npAfter(k, e); x == k && y-k <= 6 {
			return n, k, y
		}
		return -1, -1, -1
	}
	if indef {
		return -1, -1, -1 // "Eine Warnung, …" names no one: only "einer Warnung der Wärter" does
	}
	return n, -1, k
}

// nounAct finds speech framed by a noun of saying at the start of a sentence or clause, with
// the phrase that names whose it is, and a comma before the message: a "dass" clause or a zu
// infinitive up to the next comma ("Die Forderung des Bürgermeisters, die Brücke zu sperren,
// stieß auf Kritik", "Dem Appell der Polizei, sich zu stellen, folgte er nicht"). Only where no
// speech verb framed the sentence; the genitive names the speaker, never the clause's subject.
func (c *ctx) nounAct(si, ss, me int) bool {
	for start := ss; start < me-3; start++ {
		if start > ss && !isPunct(&c.toks[start-1], ",") && !c.lx.isDet(c.toks[start].Norm) {
			continue
		}
		n, a, b := c.sayingNoun(start, me)
		if n < 0 || b >= me || !isPunct(&c.toks[b], ",") {
			continue
		}
		if a >= 0 {
			// "der Ankündigung ihres Trainers, Greg Poss, …": the name in apposition is part
			// of whose it is.
			if k := c.nextComma(b+1, me); k < me && k > b+1 && k-b-1 <= 4 && c.nameSpan(b+1, k) {
				b = k
			}
		}
		ms := b + 1
		mEnd := c.nextComma(ms, me)
		if mEnd-ms < 3 || !(c.lx.class(c.toks[ms].Norm) == "comp" && !c.question(ms) || c.infinitive(ms, mEnd)) {
			continue
		}
		if c.inDirect(ms, mEnd) || c.holdsCue(ms, mEnd) {
			continue
		}
		spk := noSpeaker
		if a >= 0 {
			spk = c.resolve(a, b, c.toks[ms].Start, si)
		}
		if c.emitCued(ms, mEnd, a, b, spk, c.toks[n].Start, c.toks[n].End, n) {
			return true
		}
	}
	return false
}

// nameSpan reports whether the tokens [s, e) are all one name the article mentions.
func (c *ctx) nameSpan(s, e int) bool {
	m := c.mentionAt(s)
	return m != nil && m.pos == c.toks[s].Start && m.end >= c.toks[e-1].End
}

// lassForm reports whether norm is a finite form of "lassen" ("mitteilen ließ").
func lassForm(norm string) bool {
	switch norm {
	case "ließ", "ließen", "lässt", "lassen", "ließe":
		return true
	}
	return false
}

// wieAusFrame handles "Wie aus X hervorgeht, …" opening the sentence, "aus" at at: the words
// after "aus" up to the verb are the source, the rest of the sentence after the comma the
// message ("Wie aus einem Bericht der Stadt hervorgeht, bleibt das Bad geschlossen").
func (c *ctx) wieAusFrame(si, at, se, me int) bool {
	v := -1
	for k := at + 2; k < me && k <= at+12; k++ {
		if isPunct(&c.toks[k], ",") {
			break
		}
		if n := c.toks[k].Norm; isLowerWord(&c.toks[k]) && (n == "hervorgeht" || n == "hervorging" || n == "hervorgingen") {
			v = k
			break
		}
	}
	if v < 0 || v+1 >= me || !isPunct(&c.toks[v+1], ",") {
		return false
	}
	s, e := c.npAfter(at+1, v)
	if s != at+1 || !c.plausibleCueSource(s, e) {
		return false
	}
	e = v // the source's genitive and attributes run up to the verb
	ms := v + 2
	if me-ms < 3 || c.inDirect(ms, me) || c.holdsCue(ms, me) {
		return false
	}
	return c.emitCued(ms, me, s, e, c.resolve(s, e, c.toks[ms].Start, si), c.toks[v].Start, c.toks[v].End, v)
}

// carriedStart returns where the source words a continuation carries from the report f begin:
// f's, widened over the source noun its cue phrase ends in ("Nach Angaben des Amts …. Die
// Straße sei gesperrt.": the continuation's source words are "Angaben des Amts", as no cue of
// its own holds the noun).
func (c *ctx) carriedStart(f *found) int {
	s := f.srcStart
	if s <= 0 || f.q.Cue == nil || f.q.Cue.End <= f.q.Cue.Start {
		return s
	}
	k := c.tokAt(f.q.Cue.End - 1)
	if k == s-1 && k > c.tokAt(f.q.Cue.Start) && isCap(&c.toks[k]) && c.lx.sourceNoun(c.toks[k].Norm) {
		return k
	}
	return s
}

// subjectRelative reports whether the tokens [ss, comma) are a noun phrase (or a prepositional
// phrase) with a relative clause closed by the comma: "Bauer, der sich zu diesem Schritt
// entschlossen hatte, | sagte …", "In dem Bericht, der im Netz steht, | heißt es …". Before a
// speech verb that is its subject (or where it was said), not the message of "…, sagte X".
func (c *ctx) subjectRelative(ss, comma int) bool {
	k := -1
	for j := ss; j < comma; j++ {
		if t := &c.toks[j]; t.Kind == article.TokPunct && !isPunct(t, "-") && !isPunct(t, "(") && !isPunct(t, ")") {
			if !isPunct(t, ",") || k >= 0 {
				return false
			}
			k = j
		}
	}
	if k < 0 || k+2 >= comma || !c.relativePronoun(k+1) || !isLowerWord(&c.toks[comma-1]) {
		return false
	}
	from := ss
	if c.lx.class(c.toks[ss].Norm) == "prep" {
		from = ss + 1
	}
	if s, e := c.npAfter(from, k); s == from && e == k {
		return true
	}
	return from == ss && k == ss+1 && isCap(&c.toks[ss]) && isWord(&c.toks[ss]) // "Bauer, der …"
}

// passiveAgent returns the source words of a passive speech verb at v without a subject: the
// agent after "von"/"vom" ("Von den Behörden wird angenommen, …"), or a source noun after
// "in" with its preposition ("In einer Presseerklärung wurde verkündet, …"); -1, -1 when the
// verb's clause (after the last comma before it) is no passive or has neither. They name
// nobody: the speaker stays unnamed.
func (c *ctx) passiveAgent(ss, v int) (int, int) {
	from := ss
	if k := c.lastCommaBefore(ss, v); k >= ss {
		from = k + 1 // the verb's own clause: not "In der Resolution, die vom Rat angenommen wurde, heißt es"
	}
	if !c.passive(from, v) {
		return -1, -1
	}
	for k := from; k < v-1; k++ {
		t := &c.toks[k]
		if !isWord(t) || t.Norm != "von" && t.Norm != "vom" {
			continue
		}
		if p := &c.toks[k-1]; k > from+1 && isCap(p) && isWord(p) && !c.lx.timeWord(p.Norm) {
			continue // the noun's own "von" ("Der Regierung unter der Führung von X wird vorgeworfen")
		}
		if a, b := c.npAfter(k+1, v); a == k+1 && b <= v && c.plausibleCueSource(a, b) {
			return a, b
		}
	}
	// "in" with a source noun in the verb's clause, or opening the sentence before a relative
	// clause ("In einer Erklärung, die … veröffentlicht wurde, wurde verkündet").
	for _, k := range append([]int{ss}, seq(from, v-1)...) {
		t := &c.toks[k]
		if !isWord(t) || t.Norm != "in" && t.Norm != "im" {
			continue
		}
		if a, b := c.npAfter(k+1, v); a == k+1 && b <= v && c.hasSourceNoun(a, b) {
			return k, b
		}
	}
	return -1, -1
}

// seq returns the integers [a, b).
func seq(a, b int) []int {
	var out []int
	for k := a; k < b; k++ {
		out = append(out, k)
	}
	return out
}

// npAct reports a speech act whose object is a noun phrase, not a clause (quote_npacts): "Die
// Polizei sprach von einer friedlichen Kundgebung", "In einem Interview sprach Anna Berg von
// einem Erfolg", "Der Verband fordert am Montag strengere Regeln", "Der Minister bezeichnete
// den Plan als Fehler", "Die Firma kündigte neue Modelle an". The verb is the main clause's,
// its subject names a speaker; what follows the verb and its subject (after "von" where the
// verb takes one, without a closing particle) up to the end of the clause is the message,
// reported speech with the verb as its cue.
func (c *ctx) npAct(si, ss, se, me int) bool {
	for v := ss + 1; v < me-1 && v <= ss+20; v++ {
		t := &c.toks[v]
		frame, ok := c.lx.npActs[t.Norm]
		if !ok || !isLowerWord(t) || c.usedCue[v] || c.inMarks(t.Start) {
			continue
		}
		if c.hasPunctBetween(ss, v) || c.hypothetical(ss, v) || c.question(ss) || c.inDirect(ss, me) {
			return false // the main clause's verb, in a plain statement
		}
		frame, fresh := strings.CutSuffix(frame, "!")
		s, e := c.subjectOf(v, ss, se)
		pronounFirst := false
		if s > v && v-1 > ss && c.nominativePronoun(v-1) && !c.prepBefore(v-2, v-1) {
			// "Auch sie forderten den Rücktritt": the pronoun before the verb is its subject,
			// the phrase after it the object.
			s, e, pronounFirst = v-1, v, true
		}
		if s >= 0 && s < v && (c.prepBefore(ss, s) || c.objectCase(s)) {
			// "Für den Ex-Chef X fordert der Richter eine Strafe": the phrase before the verb is
			// an object or adverbial; the subject follows the verb, or there is none to name.
			s, e = c.npAfter(v+1, se)
			if s != v+1 {
				return false
			}
		}
		if s < 0 || !c.plausibleCueSource(s, e) || e == s+1 && c.impersonal(s) {
			return false // "Der Unfall forderte drei Tote": no one who speaks
		}
		if fresh && s > v {
			if ps, pe := c.npAfter(ss, v); ps == ss && pe == v && c.nounPhrase(ps, pe) && !c.prepBefore(ss, v) && !c.objectCase(ss) {
				// "Geheimdienste warnten ihre Partner vor …": the phrase before the verb is
				// its subject, the one after it whom it warned.
				return false
			}
		}
		from := v + 1
		if s > v {
			from = e // inverted: "sprach Anna Berg von …"
		}
		end := c.clauseEnd(from, me)
		if k := c.colonIn(from, end); k >= 0 {
			end = k // "fordert Real Madrid heraus: Die Italiener wollen …"
		}
		prep, particles, _ := strings.Cut(frame, ":")
		prep, needs, _ := strings.Cut(prep, "+")
		if k := c.farParticle(end, me); k >= 0 && !slices.Contains(strings.Split(particles, "|"), c.toks[k].Norm) {
			// "forderte die Spieler und Fans zur Ruhe auf", "fordert den Meister heraus": the
			// particle closing the clause past a coordinated object makes another verb (an
			// appeal, a challenge), not the act of saying.
			return false
		}
		if last := &c.toks[end-1]; end > from && isLowerWord(last) && c.isParticle(last.Norm) {
			if !slices.Contains(strings.Split(particles, "|"), last.Norm) {
				return false // "forderte die Regierung auf": an appeal to someone, not what was said
			}
			if fresh && end < me && isPunct(&c.toks[end], ",") {
				// "warf dem Minister vor, das Problem zu verharmlosen": what was said is the
				// clause after the comma, the phrase before the particle whom it was said of.
				return false
			}
			end-- // "kündigte neue Modelle an"
		} else if particles != "" {
			return false
		}
		for k := from + 1; k < end; k++ {
			if c.spacedDash(k) && !c.inMarks(c.toks[k].Start) {
				// "forderte eine Volksabstimmung – wissend, dass …": the author's aside. A
				// message of one word before the dash keeps what follows ("warnt vor Hochwasser
				// – Kritische Lage möglich"), as a title's dash in marks does.
				if ms := c.npActStart(from, k, prep); ms >= 0 && k-ms >= 2 {
					end = k
				}
				break
			}
		}
		ms := c.npActStart(from, end, prep)
		if ms < 0 || end-ms < 2 && !c.oneNounMessage(ms, end, prep) || c.negated(v, end) {
			return false
		}
		if _, ok := c.lx.prices[t.Norm]; ok && prep == "-" && c.priceBetween(ms, min(end, ms+5)) {
			return false // "verlangt einmalig 450 Euro dafür": a price asked, nobody's words
		}
		if prep != "als" && c.hasWord(v+1, ms, "sich") {
			// "empfahl sich für die Profis": a reflexive verb of its own, no speech ("bezeichnete
			// sich als …" still says what he called himself).
			return false
		}
		if prep == "als" && !c.hasWord(ms+1, end, "als") {
			return false // "bezeichnete den Plan als Fehler": the object and what it was called
		}
		if needs != "" && !c.hasWord(ms+1, end, needs) || prep == "vor" && c.occasionAt(ms, end) {
			// "schätzt den Schaden auf …" (not "schätzt die Art sehr"); "warnt vor dem Spiel
			// gegen X" is a time, and "warnt vor dem VfL Kiel" names an opponent: no message.
			return false
		}
		// The acts and forms of stop 30a keep the subject as their source words: the ranker
		// was trained without them, and learning from them moved its choices elsewhere.
		c.subjectSource = fresh || pronounFirst || end-ms < 2 || c.quantifiedTime(from, ms)
		c.emit(ms, end, false, false, v, s, e, c.resolve(s, e, c.toks[ms].Start, si))
		c.subjectSource = false
		return true
	}
	return false
}

// npActPerfect reports a noun-phrase speech act in the perfect (quote_npperfect): "Das Militär
// hat eine Untersuchung angekündigt", "Die Gruppe hatte im Juli von Übergriffen berichtet", "Am
// Montag hat die Regierung strengere Regeln gefordert". The main clause opens with its subject
// and a form of "haben", or with a time or adverbial and the auxiliary followed by the subject;
// the participle closes the clause. The subject must name someone who can speak; what stands
// between it and the participle (after "von" where the participle takes it) is the message,
// reported speech with the participle as its cue. A passive ("wurde angekündigt") has no form
// of "haben" and stays out, as does a clause with a comma before the participle.
func (c *ctx) npActPerfect(si, ss, me int) bool {
	a := -1
	for k := ss + 1; k < me && k <= ss+10; k++ {
		t := &c.toks[k]
		if t.Kind == article.TokPunct && !isPunct(t, "(") && !isPunct(t, ")") && !isPunct(t, "-") {
			return false
		}
		if isLowerWord(t) && c.perfectAux(t.Norm) {
			a = k
			break
		}
	}
	if a < 0 || c.question(ss) || c.inDirect(ss, me) || c.hypothetical(ss, a) {
		return false
	}
	end := c.clauseEnd(a+1, me)
	p := end - 1
	if p <= a+1 || !isLowerWord(&c.toks[p]) || c.usedCue[p] || c.inMarks(c.toks[p].Start) {
		return false
	}
	prep, ok := c.lx.npPerfect[c.toks[p].Norm]
	if !ok || c.hasPunctBetween(a, p) {
		return false
	}
	if end < me && isPunct(&c.toks[end], ",") && end+1 < me && (c.lx.class(c.toks[end+1].Norm) == "conj" || c.toks[end+1].Norm == "dass") {
		return false // "hatte angekündigt, dass …": a complement, the verb frames' case
	}
	from := a + 1
	s, e := c.npAfter(ss, a)
	if s != ss || e != a || c.prepBefore(ss, e) || c.objectCase(ss) {
		// "Am Montag hat die Regierung …": the subject follows the auxiliary.
		s, e = c.npAfter(a+1, p)
		if s != a+1 {
			return false
		}
		from = e
	}
	if !c.plausibleCueSource(s, e) || e == s+1 && c.impersonal(s) {
		return false // "Der Sturm hat drei Opfer gefordert": no one who speaks
	}
	ms := c.npActStart(from, p, prep)
	if ms < 0 || p-ms < 2 && !c.oneNounMessage(ms, p, prep) || c.negated(a, p) {
		return false
	}
	if prep == "als" && !c.hasWord(ms+1, p, "als") {
		return false
	}
	c.subjectSource = true
	c.emit(ms, p, false, false, p, s, e, c.resolve(s, e, c.toks[ms].Start, si))
	c.subjectSource = false
	return true
}

// passiveAct reports a speech act in the passive whose agent is named with "von" (quote_passacts):
// "Der Plan wurde von der Ministerin als Fehler bezeichnet", "Von der Opposition wurde der
// Besuch kritisiert", "Die Zahl wurde vom Amt am Montag bekannt gegeben". The participle closes
// the main clause, a form of "werden" stands before it, and the agent must name someone who can
// speak ("von 30 Prozent" does not). The whole clause is the message, reported speech with the
// agent as its source; a demonstrative subject ("Das wurde von X bestätigt") points back to the
// sentence before and stays out, as do negated clauses and questions.
func (c *ctx) passiveAct(si, ss, me int) bool {
	a := -1
	for k := ss + 1; k < me && k <= ss+12; k++ {
		t := &c.toks[k]
		if t.Kind == article.TokPunct && !isPunct(t, "(") && !isPunct(t, ")") && !isPunct(t, "-") && !isQuoteMark(t) {
			return false
		}
		if isLowerWord(t) && c.lx.class(t.Norm) == "aux:pass" && t.Norm != "worden" {
			a = k
			break
		}
	}
	if a < 0 || c.lx.phrases[c.toks[ss].Norm] == "back" || c.question(ss) || c.inDirect(ss, me) || c.hypothetical(ss, a) {
		return false
	}
	end := a + 1
	for end < me && !isPunct(&c.toks[end], ",") && !isPunct(&c.toks[end], ";") && !isPunct(&c.toks[end], ":") {
		end++
	}
	p := end - 1
	if p <= a+1 || !isLowerWord(&c.toks[p]) || c.usedCue[p] || c.inMarks(c.toks[p].Start) {
		return false
	}
	need, ok := c.lx.passActs[c.toks[p].Norm]
	if !ok || need != "-" && !c.hasWord(a+1, p, need) || c.negated(ss, end) {
		return false // "bekannt gegeben" needs "bekannt"
	}
	s, e := -1, -1
	for k := ss; k < p; k++ {
		t := &c.toks[k]
		if t.Norm != "von" && t.Norm != "vom" || !isWord(t) || k > ss && !isLowerWord(t) {
			continue
		}
		from := k + 1
		if t.Norm == "vom" && from < p && isLowerWord(&c.toks[from]) && !adjLike(c.toks[from].Norm) {
			continue
		}
		if as, ae := c.npAfter(from, p); as == from && ae > as && c.plausibleCueSource(as, ae) {
			s, e = as, ae
		}
		break
	}
	if s < 0 {
		return false
	}
	c.whole = true // the clause with its agent inside: the source stands mid-clause
	c.emit(ss, end, false, false, p, s, e, c.resolve(s, e, c.toks[ss].Start, si))
	c.whole = false
	return true
}

// perfectAux reports whether norm is a finite indicative form of "haben".
func (c *ctx) perfectAux(norm string) bool {
	switch norm {
	case "hat", "haben", "hatte", "hatten":
		return true
	}
	return false
}

// nominativePronoun reports whether the token at k is "er", "sie" or "wir" in lower case.
func (c *ctx) nominativePronoun(k int) bool {
	t := &c.toks[k]
	return isLowerWord(t) && (t.Norm == "er" || t.Norm == "sie" || t.Norm == "wir")
}

// nounPhrase reports whether [s, e) is a phrase with a noun rather than a lone capitalised
// adverb opening the sentence ("Gleichzeitig"): two words or more, a hyphenated compound
// ("US-Geheimdienste") or a name.
func (c *ctx) nounPhrase(s, e int) bool {
	return e-s >= 2 || strings.Contains(c.toks[s].Text, "-") || c.mentionAt(s) != nil
}

// quantifiedTime reports whether a time with a word before its noun ("seit einigen Jahren")
// stands in [s, e).
func (c *ctx) quantifiedTime(s, e int) bool {
	for k := s; k+2 < e; k++ {
		if c.lx.class(c.toks[k].Norm) == "prep" && isLowerWord(&c.toks[k]) && isLowerWord(&c.toks[k+1]) && c.timeNoun(c.toks[k+2].Norm) {
			return true
		}
	}
	return false
}

// oneNounMessage reports whether the message [ms, end) of a speech act with a preposition is a
// single capitalised noun ("geht von Suizid aus", "sprach von Mord").
func (c *ctx) oneNounMessage(ms, end int, prep string) bool {
	return end == ms+1 && prep == "von" && isCap(&c.toks[ms]) && isWord(&c.toks[ms])
}

// occasionAt reports whether the phrase [ms, end) after "vor" opens with an occasion or an
// opponent (quote_occasions: "vor dem Spiel", "vor der Wahl", "vor dem Gegner") or a name ("vor
// dem VfL Kiel"): a time or whom it warned of, not what was said.
func (c *ctx) occasionAt(ms, end int) bool {
	for k := ms; k < end && k <= ms+3; k++ {
		t := &c.toks[k]
		if !isCap(t) || !isWord(t) {
			continue
		}
		for w := range c.lx.occasions {
			if strings.HasSuffix(t.Norm, w) {
				return true
			}
		}
		m := c.mentionAt(k)
		// A name that is all the phrase holds: whom it warned of, not what ("vor Trump als
		// Gefahr" says what).
		return m != nil && m.pos == t.Start && m.end >= c.toks[end-1].End
	}
	return false
}

// colonIn returns the first colon in [s, e), or -1.
func (c *ctx) colonIn(s, e int) int {
	for k := s; k < e; k++ {
		if isPunct(&c.toks[k], ":") {
			return k
		}
	}
	return -1
}

// farParticle returns the separable particle that closes the clause running on from end (a
// coordination "und" ends clauseEnd's clause, not the verb's) up to the next comma, colon or
// semicolon, or -1 when that stretch ends otherwise or holds a finite verb of its own.
func (c *ctx) farParticle(end, me int) int {
	if end >= me || isPunct(&c.toks[end], ",") {
		return -1
	}
	k := end
	for k < me && !isPunct(&c.toks[k], ",") && !isPunct(&c.toks[k], ":") && !isPunct(&c.toks[k], ";") {
		k++
	}
	last := k - 1
	if last <= end || !isLowerWord(&c.toks[last]) || !c.isParticle(c.toks[last].Norm) {
		return -1
	}
	for j := end + 1; j < last; j++ {
		if c.finiteAt(j, last) {
			return -1 // "kündigte Modelle an und stellte sie vor": a clause of its own
		}
	}
	return last
}

// npActStart returns where the message of a noun-phrase speech act starts in [from, end): after
// prep ("von"), or for a direct object ("-", "als") at its article, adjective, number or noun.
// Adverbs ("dennoch", "nun"), a time ("am Montag", "seit Jahren") and, before a direct object,
// whom it is asked of ("fordert von der Regierung eine Untersuchung") may stand before it.
func (c *ctx) npActStart(from, end int, prep string) int {
	for k := from; k < end && k <= from+6; k++ {
		t := &c.toks[k]
		n := t.Norm
		switch {
		case prep != "-" && prep != "als" && n == prep && isLowerWord(t):
			return k + 1
		case prep != "-" && prep != "als":
		case c.lx.isDet(n) || isCap(t) || t.Kind == article.TokNumber:
			return k
		case isLowerWord(t) && adjLike(n) && k+1 < end && isCap(&c.toks[k+1]) && !c.lx.timeWord(c.toks[k+1].Norm):
			return k // "fordert zusätzliche Pflichten"
		}
		switch {
		case c.lx.class(n) == "prep" && isLowerWord(t) && k+1 < end && c.timeNoun(c.toks[k+1].Norm):
			k++ // "am Montag", "seit Jahren", "am Abend"
		case c.lx.class(n) == "prep" && isLowerWord(t) && k+2 < end && isLowerWord(&c.toks[k+1]) &&
			isCap(&c.toks[k+2]) && c.timeNoun(c.toks[k+2].Norm):
			k += 2 // "seit einigen Jahren", "in diesen Tagen"
		case (n == "von" || n == "vom") && prep != "von" && k+2 < end:
			// "von der Regierung eine Untersuchung": the phrase of whom, up to the next article
			j := k + 1
			for j < end && j <= k+6 && !(j > k+2 && c.lx.isDet(c.toks[j].Norm)) {
				j++
			}
			if j >= end || j > k+6 {
				return -1
			}
			k = j - 1
		case !isLowerWord(t) || c.lx.isDet(n) || c.lx.class(n) == "prep" || c.isVerbForm(n):
			return -1 // only adverbs before what was said
		}
	}
	return -1
}

// prepBefore reports whether a preposition stands in [s, e) ("für", "mit", "gegen", "von").
func (c *ctx) prepBefore(s, e int) bool {
	for k := s; k < e; k++ {
		switch c.lx.class(c.toks[k].Norm) {
		case "prep", "for", "gen", "pairing":
			return true
		}
	}
	return false
}

// objectCase reports whether the phrase at k opens with an article that no subject takes
// ("den", "dem", "des").
func (c *ctx) objectCase(k int) bool {
	switch c.toks[k].Norm {
	case "den", "dem", "des":
		return true
	}
	return false
}

// timeNoun reports whether norm names a time after a preposition ("am Montag", "im Mai", "am
// Abend", "seit Jahren").
func (c *ctx) timeNoun(norm string) bool {
	switch norm {
	case "jahren", "wochen", "monaten", "tagen", "abend", "morgen", "mittag", "vormittag", "nachmittag", "wochenende":
		return true
	}
	return c.lx.timeWord(norm)
}

// isParticle reports whether norm is a separable verb particle (quote_particles).
func (c *ctx) isParticle(norm string) bool {
	_, ok := c.lx.particles[norm]
	return ok
}

// hasWord reports whether a lower-case token norm stands in [s, e).
func (c *ctx) hasWord(s, e int, norm string) bool {
	for k := max(0, s); k < e && k < len(c.toks); k++ {
		if c.toks[k].Norm == norm && isLowerWord(&c.toks[k]) {
			return true
		}
	}
	return false
}

// asIfKonj reports whether a Konjunktiv of [s, e) stands right after a comparing "als" ("als
// habe sich der Kanzler gefügt"): the author's "as if", no one's report.
func (c *ctx) asIfKonj(s, e int) bool {
	for i := s + 1; i < e; i++ {
		if _, ok := c.lx.konj[c.toks[i].Norm]; ok && isLowerWord(&c.toks[i]) && c.lx.class(c.toks[i-1].Norm) == "sub" && isLowerWord(&c.toks[i-1]) {
			return true
		}
	}
	return false
}

// bareCueSource reports whether [s, e) holds a cue phrase with a capitalised noun or name and
// no article on the source's side ("laut Geschäftsführung", "Insidern zufolge").
func (c *ctx) bareCueSource(s, e int) bool {
	for k := s; k < e; k++ {
		n, kind := c.phraseAt(k, e)
		switch {
		case n == 0:
		case kind == "pre" && k+n < e && c.bareNoun(k+n):
			return true
		case kind == "post" && k-1 >= s && c.bareNoun(k-1) && (k-2 < s || !c.lx.isDet(c.toks[k-2].Norm)):
			return true
		}
	}
	return false
}

// nachSourceOpening reports whether the sentence [s, e) opens with "nach" and a noun phrase
// headed by a noun of information ("Nach der Hochrechnung von Forsa hätten …"): the sentence
// names what it rests on, even where "nach" with a noun of an act makes no cue of its own, and
// does not carry on the report of the speaker before.
func (c *ctx) nachSourceOpening(s, e int) bool {
	if s+2 >= e || c.toks[s].Norm != "nach" || !isCap(&c.toks[s]) {
		return false
	}
	a, b := c.npAfter(s+1, e)
	if a != s+1 {
		return false
	}
	j := c.sourceHead(a, b)
	// A noun that also names an act ("nach der Auszählung der Stimmen") says when unless "von"
	// gives whose it is.
	return j >= 0 && (c.lx.sources[c.toks[j].Norm] != "act" || j+1 < e && c.toks[j+1].Norm == "von")
}

// sourceHead returns the first capitalised noun naming a source of information in [s, e)
// ("einer Studie", "der Hochrechnung von Forsa"), or -1.
func (c *ctx) sourceHead(s, e int) int {
	for j := s; j < e; j++ {
		if isCap(&c.toks[j]) && c.lx.sourceNoun(c.toks[j].Norm) {
			return j
		}
	}
	return -1
}

// personPronounIn reports whether [s, e) holds "er" or "sie" as a word of one person.
func (c *ctx) personPronounIn(s, e int) bool {
	for k := s; k < e; k++ {
		if sex, ok := c.lx.pronoun(c.toks[k].Norm); ok && isLowerWord(&c.toks[k]) && (sex == "m" || sex == "f") && !c.pluralVerbBeside(k) {
			return true
		}
	}
	return false
}

// personNamed reports whether name is a person the text names (not an organisation or medium).
func (c *ctx) personNamed(name string) bool {
	for i := range c.names.mentions {
		if m := &c.names.mentions[i]; m.canon == name && !m.org {
			return true
		}
	}
	return false
}

// bareNoun reports whether token k is a capitalised word with no grammatical class ("Ihm",
// "Der" are none).
func (c *ctx) bareNoun(k int) bool {
	t := &c.toks[k]
	return isCap(t) && isWord(t) && c.lx.class(t.Norm) == "" && !c.lx.p.Stopword(t.Norm)
}

// otherPersonSince reports whether a sentence after report p's and before sentence si names a
// person other than p's speaker.
func (c *ctx) otherPersonSince(p *found, si int) bool {
	from, _ := c.sentRange(p.sent + 1)
	_, to := c.sentRange(si - 1)
	for k := from; k < to; k++ {
		if m := c.mentionAt(k); m != nil && !m.org && !m.quoted && m.tok == k && m.canon != p.q.Speaker {
			return true
		}
	}
	return false
}

// personNamedIn reports whether a person is named outside quotation marks in the tokens [s, e).
func (c *ctx) personNamedIn(s, e int) bool {
	for k := s; k < e; k++ {
		if m := c.mentionAt(k); m != nil && !m.org && !m.quoted && m.tok == k {
			return true
		}
	}
	return false
}

// plainFactBefore reports whether the sentence right before sentence si stands in the same
// paragraph as si, after the paragraph of the report prev, and states a fact in the reporter's
// own words: no Konjunktiv and no "soll" of a claim relayed.
func (c *ctx) plainFactBefore(si int, prev *found) bool {
	if si < 1 {
		return false
	}
	ps, pe := c.sentRange(si - 1)
	b := c.blockOf(c.toks[ps].Start)
	if b < 0 || b != c.blockOf(c.toks[c.sents[si].TokStart].Start) || c.blockOf(prev.q.End-1) >= b {
		return false
	}
	for pe > ps && c.toks[pe-1].Kind == article.TokPunct {
		pe-- // the full stop: reportiveSoll reads the clause's last word
	}
	return !c.hasKonj(ps, pe) && !c.reportiveSoll(ps, pe)
}

// cueWithoutReport reports whether sentence si holds, outside quotation marks, a cue word
// with a source of its own ("laut Medienberichten", "der Polizei zufolge"), not a pronoun
// that takes up the one before ("ihm zufolge").
func (c *ctx) cueWithoutReport(si int) bool {
	if si < 0 {
		return false
	}
	ss, se := c.sentRange(si)
	for k := ss; k < se; k++ {
		t := &c.toks[k]
		if !isLowerWord(t) || c.inMarks(t.Start) {
			continue
		}
		src := k + 1
		switch c.lx.phrases[t.Norm] {
		case "pre", "pre-src":
		case "post":
			src = k - 1
		default:
			continue
		}
		if src >= ss && src < se && isWord(&c.toks[src]) && c.lx.person[c.toks[src].Norm] == "" {
			return true
		}
	}
	return false
}

// inSentence reports whether token k (-1 for none) lies in sentence si.
func (c *ctx) inSentence(k, si int) bool {
	return k >= 0 && k < len(c.toks) && c.sentOf[k] == si
}
