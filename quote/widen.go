package quote

import (
	"strings"
	"unicode"

	"crosscheck/article"
)

// sourceMark returns the tokens of a quotation's Source mark: its source words widened
// (widenMark). A quotation without a cue that carries the source words of one before it (a
// continuation) carries that one's mark, which its own cue may have widened further ("Wie
// Anna Berg, Sprecherin der Stadt, mitteilte, … . Die Leitung sei repariert.").
func (c *ctx) sourceMark(s, e, ms, me, cue int) (int, int) {
	if cue < 0 && s >= 0 {
		for i := len(c.out) - 1; i >= 0; i-- {
			f := &c.out[i]
			if f.srcEnd != e || f.q.Source == nil || f.srcStart < s {
				continue
			}
			// Its own widening would not stop at the message of that report ("Zugleich
			// sprechen die Politiker | von einem „Denkzettel …“, sagte X. Auch … müsse …").
			return min(s, c.tokAt(f.q.Source.Start)), c.tokAt(f.q.Source.End-1) + 1
		}
	}
	return c.widenMark(s, e, ms, me, cue)
}

// widenMark returns the tokens the Source mark of a quotation spans, given the source words
// [s, e) the rules and the ranker chose for it (the quotation is [ms, me), its cue token cue).
// Those words end at the head the speaker is found from; a reader (and SpkAtt) takes the
// source as the whole phrase that names it: a name the words stop inside ("der Chef der
// Bundesagentur | für Arbeit"), the body a preposition ties to it ("Anna Berg | von der
// Feuerwehr") and a bracketed short form after it ("| ( DGAC )"). Only the mark is widened:
// the words the speaker, continuations and coreference are resolved from stay as chosen, so no
// speaker's name changes with it.
func (c *ctx) widenMark(s, e, ms, me, cue int) (int, int) {
	if s < 0 || e <= s || e > len(c.toks) {
		return s, e
	}
	_, limit := c.sentRange(c.sentOf[e-1])
	limit = min(limit, len(c.toks))
	if ms >= e && ms < limit {
		limit = ms
	}
	if cue >= e && cue < limit {
		limit = cue
	}
	e = c.ownerHead(e, limit)
	e = c.bareGenitive(e, limit)
	e = c.nameRunOn(e, limit)
	e = c.attributeBody(e, limit)
	e = c.bracketedShort(e, limit)
	if limit == cue {
		e = c.vorfeldAttribute(s, e, cue)
		e = c.appositionBeforeCue(e, cue)
	} else {
		e = c.appositionNameAfterRole(s, e, limit)
		e = c.roleAfterName(e, limit)
		e = c.appositionBeforeMessage(e, limit)
	}
	s = c.nameBeforeRole(s, e, cue)
	return c.countBefore(c.roleBeforeName(s, e, cue), ms, me, cue), e
}

// holdsRole reports whether tokens [s, e) hold a role noun ("Direktor", "Sprecherin") and no
// person's name: words that say what someone is, not who.
func (c *ctx) holdsRole(s, e int) bool {
	role := false
	for k := s; k < e; k++ {
		t := &c.toks[k]
		if m := c.mentionAt(k); m != nil && !m.org {
			return false
		}
		if isCap(t) && isWord(t) && c.lx.roleHead(t.Norm) != "" {
			role = true
		}
	}
	return role
}

// closesAt reports whether token j ends a phrase that runs up to limit: j is the limit, or a
// comma or colon right before it.
func (c *ctx) closesAt(j, limit int) bool {
	return j == limit || j+1 == limit && (isPunct(&c.toks[j], ",") || isPunct(&c.toks[j], ":"))
}

// appositionNameAfterRole returns where a person's name ends that a comma sets after source words naming
// a role, when the name runs up to the message ("erklärte der Direktor der Behörde, Eva Ott,
// dass …", "äußerte sich die Chefin der Kasse, Eva Ott: „…“"): the name is the apposition of
// the role, one phrase with it. e otherwise.
func (c *ctx) appositionNameAfterRole(s, e, limit int) int {
	if e+1 >= limit || !isPunct(&c.toks[e], ",") || !c.lx.isDet(c.toks[s].Norm) || !c.holdsRole(s, e) {
		return e
	}
	m := c.mentionAt(e + 1)
	if m == nil || m.org || m.quoted || m.tok != e+1 {
		return e
	}
	j := e + 1
	for j < limit && c.mentionAt(j) == m {
		j++
	}
	if !c.closesAt(j, limit) && !c.closedName(j, limit) {
		return e
	}
	return j
}

// closedName reports whether the comma at j closes a name set between commas, with no list
// going on after it ("…, Eva Ott, in Felsheim." but not "…, Eva Ott, und Tom Berg").
func (c *ctx) closedName(j, limit int) bool {
	if j+1 >= limit || !isPunct(&c.toks[j], ",") {
		return false
	}
	n := &c.toks[j+1]
	if isCap(n) || !isLowerWord(n) {
		return false
	}
	_, konj := c.lx.konj[n.Norm]
	return !konj && c.lx.class(n.Norm) != "and" && n.Norm != "sowie"
}

// roleAfterName returns where an apposition with a role noun ends that a comma sets after a
// person's name, when it runs up to the message ("sagte Eva Ott, die Leiterin des Amts, dass
// …", "Nach Angaben von Eva Ott, der Sprecherin der Stadt, ist …"); e otherwise.
func (c *ctx) roleAfterName(e, limit int) int {
	if m := c.mentionAt(e - 1); m == nil || m.org || m.quoted {
		return e
	}
	k := c.appositionComma(e, limit)
	if k < 0 || k+1 != limit || !c.holdsRole(e+1, k) {
		return e
	}
	return k
}

// appositionBeforeMessage returns where an apposition that opens with an article ends when a
// comma sets it after the source words and its closing comma stands right before the message
// ("erklärte der Eigentümer, das Felsheimer Medienhaus Weber, dass …", "sagte Anna Roth, eine
// Abgeordnete aus Felsheim, die Brücke …"): words between the source and what it said, with no
// verb, name whom it is. e otherwise.
func (c *ctx) appositionBeforeMessage(e, limit int) int {
	if e+1 >= limit || !isLowerWord(&c.toks[e+1]) || !c.lx.isDet(c.toks[e+1].Norm) {
		return e
	}
	k := c.appositionComma(e, limit)
	if k < 0 || k+1 != limit {
		return e
	}
	for i := e + 1; i < k; i++ {
		if t := &c.toks[i]; c.auxAt(i, k) || isLowerWord(t) && c.isVerbForm(t.Norm) {
			return e
		}
	}
	return k
}

// nameBeforeRole returns where a person's name begins that a comma sets before source words
// opening with an article and naming a role, right after the speech verb or at the start of
// the sentence ("sagte Eva Ott, die Leiterin des Amts, …"): the role is the name's apposition.
// s otherwise.
func (c *ctx) nameBeforeRole(s, e, cue int) int {
	if s < 2 || !isPunct(&c.toks[s-1], ",") || !isLowerWord(&c.toks[s]) || !c.lx.isDet(c.toks[s].Norm) || !c.holdsRole(s, e) {
		return s
	}
	m := c.mentionAt(s - 2)
	if m == nil || m.org || m.quoted {
		return s
	}
	for k := m.tok; k < s-1; k++ {
		if c.mentionAt(k) != m {
			return s
		}
	}
	if ss, _ := c.sentRange(c.sentOf[s]); m.tok != ss && m.tok-1 != cue {
		return s
	}
	return m.tok
}

// ownerHead returns e past the noun a name in the genitive before it owns ("Bergs | Sohn",
// "Müllers | Anwalt"): source words that end in the owner name someone else, whose noun is
// the head of the phrase. The name ends in -s and no name follows the noun.
func (c *ctx) ownerHead(e, limit int) int {
	if e >= limit || e+1 > len(c.toks) {
		return e
	}
	o, h := &c.toks[e-1], &c.toks[e]
	if !isCap(o) || !isWord(o) || len(o.Norm) < 3 || o.Norm[len(o.Norm)-1] != 's' || c.mentionAt(e-1) == nil {
		return e
	}
	if !isCap(h) || !isWord(h) || c.isName(e) || c.lx.p.Stopword(h.Norm) {
		return e
	}
	if e+1 < limit && isCap(&c.toks[e+1]) && isWord(&c.toks[e+1]) {
		return e // "Bergs Sprecher Tom Fischer": the name after the noun is the speaker's
	}
	return e + 1
}

// bareGenitive returns where adjectives or a quantifier in -er and the capitalised noun they
// open end, right after the source words' last noun: they are a genitive without an article
// that belongs to it ("der Verband kommunaler Unternehmen", "nach Meinung vieler Experten"),
// or the head noun itself after a genitive set before it ("des Vereins neuer Trainer",
// "der Deutschen liebster Dichter"). Either way the phrase goes on to that noun. e otherwise.
func (c *ctx) bareGenitive(e, limit int) int {
	if e >= limit || !isCap(&c.toks[e-1]) || !isWord(&c.toks[e-1]) || c.lx.roleHead(c.toks[e-1].Norm) == "" && c.mentionAt(e-1) != nil {
		return e
	}
	j := e
	for j < limit && j < e+3 {
		t := &c.toks[j]
		if !isLowerWord(t) || len(t.Norm) < 5 || !strings.HasSuffix(t.Norm, "er") || c.lx.p.Stopword(t.Norm) || c.isVerbForm(t.Norm) || c.verbClass(t.Norm) {
			break
		}
		if cls := c.lx.class(t.Norm); cls != "" && cls != "indef" {
			break
		}
		j++
	}
	if j == e || j >= limit || !isCap(&c.toks[j]) || !isWord(&c.toks[j]) || c.lx.timeWord(c.toks[j].Norm) {
		return e
	}
	return j + 1
}

// countBefore returns s-1 when a count stands right before the source words ("80 | Prozent
// der Befragten"): how many said it is part of who said it. A count has at most three
// characters (a year is no count) and no name follows it; it lies in the source's clause, not
// in the quotation or before the speech verb that precedes the words.
func (c *ctx) countBefore(s, ms, me, cue int) int {
	if s < 1 || c.toks[s-1].Kind != article.TokNumber || !isWord(&c.toks[s]) || c.isName(s) || len(c.toks[s-1].Text) > 3 {
		return s // not a year ("2021 ein Foto") or a shirt number before a name
	}
	floor, _ := c.sentRange(c.sentOf[s])
	if cue >= 0 && cue < s {
		floor = max(floor, cue+1)
	}
	if me <= s {
		floor = max(floor, me)
	}
	if s-1 < floor || ms < s && me > s-1 {
		return s
	}
	return s - 1
}

// vorfeldAttribute returns where a prepositional phrase after source words that open the
// sentence ends when the finite verb follows it ("Einige Abgeordnete aus der Koalition |
// haben angekündigt", "Die Polizei in Felsheim | teilte mit"): a German main clause holds one
// phrase before its finite verb, so the preposition's phrase belongs to the subject. The
// phrase holds articles, adjectives and capitalised words, no time ("am Montag"); the verb is
// the cue or an auxiliary before it. e otherwise.
func (c *ctx) vorfeldAttribute(s, e, cue int) int {
	if ss, _ := c.sentRange(c.sentOf[s]); s != ss || e >= cue || !isLowerWord(&c.toks[e]) || c.lx.class(c.toks[e].Norm) != "prep" {
		return e
	}
	j := e + 1
	for j < cue && j <= e+6 {
		t := &c.toks[j]
		if c.lx.timeWord(t.Norm) || t.Kind == article.TokNumber || c.lx.class(t.Norm) == "time" {
			return e // "Die Polizei am Montag sagte": a time is when it was said
		}
		ok := isCap(t) && isWord(t) || isPunct(t, "-") || isQuoteMark(t) ||
			isLowerWord(t) && (c.lx.isDet(t.Norm) || adjLike(t.Norm) && !c.verbClass(t.Norm) && !c.isVerbForm(t.Norm))
		if !ok {
			break
		}
		j++
	}
	if j == e+1 || !c.appositionEnd(j-1) {
		return e
	}
	if j == cue || j < cue && isLowerWord(&c.toks[j]) && c.verbClass(c.toks[j].Norm) {
		return j
	}
	return e
}

// appositionBeforeCue returns where an apposition to a person's name before the speech verb
// ends ("Anna Berg, die Chefin der Feuerwehr, sagte", "Wie Anna Berg, Sprecherin der Stadt,
// in Felsheim mitteilte"), when the verb follows its closing comma after at most three words
// or after a relative clause ("Anna Berg, die Chefin der Feuerwehr, die … leitet, sagte"); e
// otherwise.
func (c *ctx) appositionBeforeCue(e, cue int) int {
	if m := c.mentionAt(e - 1); m == nil || m.org || m.quoted {
		return e
	}
	k := c.appositionComma(e, cue)
	if k < 0 {
		return e
	}
	if cue-k <= 4 && !c.hasPunctBetween(k+1, cue) {
		return k
	}
	if k+1 < cue && c.relativePronoun(k+1) {
		for j := k + 2; j < cue; j++ {
			if t := &c.toks[j]; t.Kind == article.TokPunct {
				if isPunct(t, ",") && j+1 == cue && isLowerWord(&c.toks[j-1]) {
					return k // the relative clause ends in its verb, the speech verb follows
				}
				if !isQuoteMark(t) && !isPunct(t, "-") {
					return e
				}
			}
		}
	}
	return e
}

// roleBeforeName returns where the source words that are a person's name begin when the
// sentence (or the speech verb's inverted subject) opens with a role phrase set before the
// name by a comma ("Der Vorsitzende des Vereins, Karl Bauer, sagte", "sagte der Chef der
// Firma, Karl Bauer, …"): the role phrase's first word; s otherwise. The phrase starts with an
// article, holds a role noun, and no verb or other punctuation.
func (c *ctx) roleBeforeName(s, e, cue int) int {
	if s < 2 || !isPunct(&c.toks[s-1], ",") {
		return s
	}
	if m := c.mentionAt(s); m == nil || m.org || m.quoted || m.tok != s {
		return s
	}
	ss, _ := c.sentRange(c.sentOf[s])
	floor := ss
	if cue >= ss && cue < s {
		floor = cue + 1
		for floor < s && isLowerWord(&c.toks[floor]) && !c.lx.isDet(c.toks[floor].Norm) {
			floor++ // the verb's particle or an adverb: "teilte zudem der Chef …"
		}
	}
	if s-1-floor < 2 || s-1-floor > 10 || !c.lx.isDet(c.toks[floor].Norm) {
		return s
	}
	role := false
	for k := floor; k < s-1; k++ {
		t := &c.toks[k]
		if t.Kind == article.TokPunct {
			if !isQuoteMark(t) && !isPunct(t, "-") && !isPunct(t, "(") && !isPunct(t, ")") {
				return s
			}
			continue
		}
		if isLowerWord(t) && (c.isVerbForm(t.Norm) || c.verbClass(t.Norm) || c.lx.class(t.Norm) == "comp" || c.lx.class(t.Norm) == "sub") {
			return s
		}
		if isCap(t) && c.lx.roleHead(t.Norm) != "" {
			role = true
		}
	}
	if !role {
		return s
	}
	return floor
}

// nameRunOn returns where the person or organisation that token e-1 lies in ends, when it
// runs on past e and ends before limit at a token boundary; e otherwise.
func (c *ctx) nameRunOn(e, limit int) int {
	end := c.nameEndAround(e - 1)
	if end <= c.toks[e-1].End {
		return e
	}
	j := e
	for j < limit && c.toks[j].End <= end {
		j++
	}
	if j < limit && c.toks[j].Start < end {
		return e // the name runs past the limit or ends inside a token
	}
	return j
}

// nameEndAround returns the end of the person or organisation covering token i, or -1.
func (c *ctx) nameEndAround(i int) int {
	st := c.toks[i].Start
	lo, hi := c.ents.Around(st, st)
	for _, en := range c.an.Entities[lo:hi] {
		if en.Start <= st && st < en.End && (en.Type == article.EntityPerson || en.Type == article.EntityOrganisation) {
			return en.End
		}
	}
	return -1
}

// attributeBody returns where a preposition of the pack's quote_attrpreps and the name after
// it end ("von der Feuerwehr Felsheim", "vom „Bündnis …“"), when the words before it end in a
// capitalised word; e otherwise. The name must be whole: a capitalised word right after it
// means it was cut.
func (c *ctx) attributeBody(e, limit int) int {
	if e >= limit || !isLowerWord(&c.toks[e]) || !isCap(&c.toks[e-1]) {
		return e
	}
	if _, ok := c.lx.attrPreps[c.toks[e].Norm]; !ok {
		return e
	}
	j := e + 1
	if j < limit && isLowerWord(&c.toks[j]) && c.lx.isDet(c.toks[j].Norm) {
		j++
	}
	if j >= limit {
		return e
	}
	k := -1
	if a, b := c.quotedName(j, limit); a == j && isCap(&c.toks[j+1]) && !c.hasPunctBetween(j+1, b-1) {
		k = b
	} else if end := c.entityEndAt(j); end > 0 {
		for k = j; k < limit && c.toks[k].End <= end; k++ {
		}
		if k < limit && c.toks[k].Start < end {
			return e
		}
	}
	if k <= j || k < limit && isCap(&c.toks[k]) && isWord(&c.toks[k]) {
		return e
	}
	return k
}

// bracketedShort returns where a bracket of one or two short forms after the source words
// ends ("( DGAC )", "( CDU )"); e otherwise. Words in lower case longer than a short form, or
// a verb, make it a remark of the reporter's.
func (c *ctx) bracketedShort(e, limit int) int {
	if e >= limit || !isPunct(&c.toks[e], "(") {
		return e
	}
	for k := e + 1; k < limit && k <= e+3; k++ {
		t := &c.toks[k]
		if isPunct(t, ")") {
			if k == e+1 {
				return e
			}
			return k + 1
		}
		if !isWord(t) || c.isVerbForm(t.Norm) || !shortForm(t.Text) {
			return e
		}
	}
	return e
}

// shortForm reports whether w reads as a short form: it holds a capital letter, or it is of
// at most three letters ("ai").
func shortForm(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
		n++
	}
	return n <= 3
}

// addressedMedium reports whether the words [s, e) right after the speech verb at v (past a
// reflexive or a pronoun object) are a medium it was said to ("erklärte dem Sender", "sagte
// der „Zeitung“"): a medium in the dative, as dativeMedium reads it, quotation marks around
// its name skipped. A verb of reporting takes its medium as subject.
func (c *ctx) addressedMedium(v, s, e int) bool {
	k := v + 1
	for k < s && (c.lx.class(c.toks[k].Norm) == "reflexive" || c.lx.class(c.toks[k].Norm) == "obj" && isLowerWord(&c.toks[k])) {
		k++
	}
	if s != k || e-s < 2 || !isLowerWord(&c.toks[s]) || c.lx.verbs[c.toks[v].Norm].reports {
		return false
	}
	return c.dativeMediumIn(s, e, true)
}
