package quote

import "crosscheck/article"

// relayed returns who speaks when an organisation or a medium is the subject of a verb that
// passes on another's words ("zitierte die Nachrichtenagentur den General", "zitierte der
// Sender aus einer Mitteilung"): the person its clause names outside the subject, else nobody.
// The organisation only relays; giving it the words would credit the messenger. A passive
// ("„…“, wird der Verein zitiert") makes its subject the one quoted, and keeps spk.
func (c *ctx) relayed(cue int, spk speaker) speaker {
	if cue < 0 || !spk.known() || spk.how != article.SpeakerSubject || !c.lx.verbs[c.toks[cue].Norm].relays || !c.orgName(spk.name) {
		return spk
	}
	lo, hi := c.punctClause(cue)
	if c.passive(lo, cue) {
		return spk
	}
	var only onlyName
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.org || m.quoted || m.canon == spk.name || m.tok < lo || m.tok >= hi {
			continue
		}
		only.add(m.canon)
	}
	if n := only.get(); n != "" {
		return speaker{name: n, how: article.SpeakerSubject}
	}
	return noSpeaker
}

// punctClause returns the tokens [lo, hi) around k up to the nearest punctuation on either
// side within k's sentence; quotation marks around a name ("die Zeitung „Nordkurier“") do
// not end it.
func (c *ctx) punctClause(k int) (int, int) {
	ss, se := c.sentRange(c.sentOf[k])
	lo, hi := k, k+1
	for lo > ss && (c.toks[lo-1].Kind != article.TokPunct || isQuoteMark(&c.toks[lo-1]) && lo-1 > ss && c.toks[lo-2].Kind == article.TokWord) {
		lo--
	}
	for hi < se && (c.toks[hi].Kind != article.TokPunct || isQuoteMark(&c.toks[hi]) && hi+1 < se && c.toks[hi+1].Kind == article.TokWord) {
		hi++
	}
	return lo, hi
}

// mediumIn reports whether tokens [s, e) name a news medium or agency.
func (c *ctx) mediumIn(s, e int) bool {
	for j := max(s, 0); j < e && j < len(c.toks); j++ {
		if c.lx.media(c.toks[j].Norm) && c.mediaAt(j, e) {
			return true
		}
	}
	return false
}

// attachRelays gives a reported quotation framed by a speech verb the cue phrase its clause
// holds beside the verb, with that phrase's source, as its relay (article.Quote.Relay): the
// phrase in the verb's clause ("Heute bestätigte Anna Roth laut Agentur Nordpress, dass …",
// "Nach Angaben der Stadt hat der Verein angekündigt, …") or inside the reported words ("Der
// Verband berichtete, laut einer Umfrage seien …"). Such a phrase names who passed the words on
// or where they stand, not another speaker, and the quotation stays one: its speaker is the
// verb's. Phrases that stand for the report before ("demnach") or open a relative clause
// ("wonach") give none.
func (c *ctx) attachRelays() {
	for k := range c.out {
		f := &c.out[k]
		q := &f.q
		v := f.cueTok
		if q.Direct || q.Partial || q.Cue == nil || v < 0 || !isLowerWord(&c.toks[v]) {
			continue
		}
		if _, ok := c.lx.verbs[c.toks[v].Norm]; !ok {
			continue // the cue is itself a phrase ("laut X"), or a noun
		}
		ts, te := c.tokAt(q.Start), c.tokAt(q.End-1)+1
		si := c.sentOf[v]
		if ts < 0 || c.sentOf[ts] != si {
			continue
		}
		ss, se := c.sentRange(si)
		for p := ss; p < se; p++ {
			if p == v || p >= f.srcStart && p < f.srcEnd || c.inMarks(c.toks[p].Start) {
				continue
			}
			n, kind := c.phraseAt(p, se)
			if n == 0 || kind != "pre" && kind != "post" {
				continue
			}
			s, e := c.relaySource(p, n, kind, ss, se)
			if s < 0 || f.srcStart >= 0 && s < f.srcEnd && e > f.srcStart || v >= min(s, p) && v < max(e, p+n) {
				continue
			}
			lo, hi := min(s, p), max(e, p+n)
			inside := lo >= ts && hi <= te
			// In the verb's clause: no punctuation between the verb and the phrase.
			inClause := hi <= ts && !c.hasPunctBetween(min(lo, v), max(hi, v+1))
			if !inside && !inClause {
				continue
			}
			q.Relay = &article.Relay{Cue: *c.mark(p, p+n), Source: *c.mark(s, e)}
			break
		}
	}
}

// relaySource returns the words a cue phrase at p (n words, kind pre or post of
// quote_phrases) names as its source within the sentence [ss, se), or -1, -1 when they name no
// one who could have said or passed on the words ("laut Gesetz").
func (c *ctx) relaySource(p, n int, kind string, ss, se int) (int, int) {
	var s, e int
	if kind == "post" {
		s, e = c.npBefore(p, ss)
		if s < 0 && p > ss && isCap(&c.toks[p-1]) && isWord(&c.toks[p-1]) {
			s, e = p-1, p // "Medienberichten zufolge"
		}
		if s < 0 {
			return -1, -1
		}
		s = c.zufolgeStart(s, e)
	} else {
		if p+n >= se || c.lx.class(c.toks[p+n].Norm) == "prep" {
			return -1, -1 // "dachten laut über ein Abkommen nach": the adverb, thinking aloud
		}
		s, e = c.quotedName(p+n, se)
		if s < 0 {
			s, e = c.looseNP(p+n, se)
		}
		if s != p+n {
			return -1, -1
		}
		e = c.sourceCut(s, e)
	}
	if s < 0 || e <= s || !c.plausibleCueSource(s, e) {
		return -1, -1
	}
	return s, e
}
