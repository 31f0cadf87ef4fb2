package quote

import "crosscheck/article"

// pending is a stand-alone direct quote without a cue of its own, resolved after reported
// speech is known (its speaker is usually named in the sentence before).
type pending struct {
	ts, te int
	si     int
}

// direct finds quotations in quotation marks and attributes them.
func (c *ctx) direct() {
	var later []pending
	for _, m := range Scan(c.a.Text) {
		openTok, closeTok := c.tokAt(m.Open), c.tokAt(m.Close)
		if openTok >= len(c.toks) || closeTok >= len(c.toks) || c.toks[openTok].Start != m.Open || c.toks[closeTok].Start != m.Close {
			continue // the mark is inside a token (an apostrophe) or outside any sentence
		}
		ts, te := openTok+1, closeTok
		words := 0
		for i := ts; i < te; i++ {
			if c.toks[i].Kind != article.TokPunct {
				words++
			}
		}
		if words == 0 {
			continue
		}
		si, sj := c.sentOf[openTok], c.sentOf[closeTok]
		ssi, _ := c.sentRange(si)
		_, sej := c.sentRange(sj)
		if openTok > ssi && c.lx.titleHead(c.toks[openTok-1].Norm) && isCap(&c.toks[openTok-1]) {
			continue // Sender „1+1“, Zeitung „Bild“
		}
		if c.lx.titleHead(c.toks[te-1].Norm) && words <= 3 {
			continue // „Friedensformel“: a coined term, not a quotation
		}
		c.covered = append(c.covered, article.Span{Start: m.Start, End: m.End})

		// A: „…“, sagte X / „…“, so X / "…," he said
		if cue, ss, se, ok := c.cueAfter(closeTok+1, sej); ok {
			c.emit(ts, te, true, false, cue, ss, se, c.resolve(ss, se, m.Start, si))
			continue
		}
		// B: erklärte Putin: „…“ / X sagte: „…“
		if openTok-1 > ssi && isPunct(&c.toks[openTok-1], ":") {
			if v := c.lastVerb(ssi, openTok-1, sej); v >= 0 {
				ss, se := c.npAfter(v+1, openTok-1)
				if ss != v+1 && !(ss == v+2 && c.lx.class(c.toks[v+1].Norm) == "reflexive") {
					ss, se = c.npBefore(v, ssi)
				}
				c.emit(ts, te, true, false, v, ss, se, c.resolve(ss, se, m.Start, si))
				continue
			}
		}
		startsSentence := openTok == ssi || (openTok-1 >= ssi && isPunct(&c.toks[openTok-1], ":"))
		if words <= 3 && startsSentence {
			continue // a scare quote or term without a speech cue of its own
		}
		if !startsSentence {
			// C: a partial quote inside the reporter's sentence; a short one counts only with
			// a speech verb of its own clause ("bezeichnete den Besuch als „wichtiges Zeichen“").
			v := c.lastVerb(ssi, openTok, sej)
			if v < 0 {
				v = c.verbIn(closeTok+1, sej, ssi, sej)
			}
			if v < 0 {
				continue
			}
			ss, se := c.subjectOf(v, ssi, sej)
			spk := c.resolve(ss, se, m.Start, si)
			if words <= 3 && spk == "" && !c.isPronoun(ss, se) {
				continue
			}
			c.emit(ts, te, true, true, v, ss, se, spk)
			// The same verb may also frame a reported clause around the fragment.
			delete(c.usedCue, v)
			continue
		}
		later = append(later, pending{ts: ts, te: te, si: si})
	}
	c.pendingDirect = later
}

// resolvePending attributes stand-alone quotes to the speaker of the sentence before.
func (c *ctx) resolvePending() {
	for _, p := range c.pendingDirect {
		off := c.toks[p.ts].Start
		prev := c.prevSpeaker(off, p.si, 2)
		if prev == nil {
			// A speech verb in the sentence before names the speaker.
			if p.si > 0 {
				ps, pe := c.sentRange(p.si - 1)
				if v := c.verbIn(ps, pe, ps, pe); v >= 0 {
					ss, se := c.subjectOf(v, ps, pe)
					if spk := c.resolve(ss, se, off, p.si); spk != "" {
						c.emit(p.ts, p.te, true, false, -1, ss, se, spk)
						continue
					}
				}
			}
			c.emit(p.ts, p.te, true, false, -1, -1, -1, "")
			continue
		}
		c.emit(p.ts, p.te, true, false, -1, prev.srcStart, prev.srcEnd, prev.q.Speaker)
	}
}

// cueAfter looks for a speech cue right after a closing quotation mark: ", sagte X",
// ", so X", "he said", "said Smith".
func (c *ctx) cueAfter(k, sej int) (cue, ss, se int, ok bool) {
	// Only a comma, inside or after the closing mark, separates a quotation from a following
	// subject; without one the quotation is part of the subject ("Die „Experten“ der Partei
	// widersprachen").
	sep := k >= 2 && c.toks[k-2].Kind == article.TokPunct && !isQuoteMark(&c.toks[k-2])
	if k < sej && isPunct(&c.toks[k], ",") {
		k++
		sep = true
	}
	if k >= sej {
		return -1, -1, -1, false
	}
	t := &c.toks[k]
	if c.isVerb(k, k, sej) && !c.usedCue[k] {
		ss, se := c.npAfter(k+1, sej)
		return k, ss, se, true
	}
	if c.lx.class(t.Norm) == "so" {
		ss, se := c.npAfter(k+1, sej)
		if ss == k+1 {
			return k, ss, se, true
		}
		return -1, -1, -1, false
	}
	// Subject first ("he said", "Smith said").
	if ss, se := c.npAfter(k, sej); sep && ss == k && se < sej && c.isVerb(se, k, sej) && !c.usedCue[se] {
		return se, ss, se, true
	}
	return -1, -1, -1, false
}

// lastVerb returns the last speech verb in [from, to) of the sentence ending at se, or -1.
func (c *ctx) lastVerb(from, to, se int) int {
	for i := to - 1; i >= from; i-- {
		if c.isVerb(i, from, se) && !c.usedCue[i] {
			return i
		}
	}
	return -1
}

// subjectOf finds the words naming who speaks with verb v: the phrase right after the verb
// (inverted order, "sagte Jermak") or the one before it ("Jermak sagte").
func (c *ctx) subjectOf(v, ss, se int) (int, int) {
	if v > ss && (isPunct(&c.toks[v-1], ",") || c.lx.class(c.toks[v-1].Norm) == "and") {
		// A coordinated verb ("…, betonte aber"): unless an apposition names the subject
		// right before it, the subject opens the sentence.
		if s, e := c.npBefore(v, ss); s >= 0 && c.resolve(s, e, c.toks[s].Start, c.sentOf[v]) != "" {
			return s, e
		}
		if s, e := c.npAfter(ss, v); s == ss {
			return s, e
		}
	}
	// Subject, verb: in a main clause the phrase after the verb is then its object
	// ("Hans Weber bezeichnete den Besuch als …").
	if s, e := c.npAfter(ss, v); s == ss && e == v && c.plausibleSource(s, e) {
		return s, e
	}
	if s, e := c.npAfter(v+1, se); s >= 0 && (s == v+1 || (s == v+2 && c.lx.class(c.toks[v+1].Norm) == "reflexive")) {
		return s, e
	}
	if s, e := c.npBefore(v, ss); s >= 0 {
		return s, e
	}
	// "Selenskyj gab bekannt" with an adverb between: the sentence's first phrase.
	if s, e := c.npAfter(ss, v); s >= 0 && s == ss {
		return s, e
	}
	return -1, -1
}

// isPronoun reports whether the source words [s, e) are a single pronoun.
func (c *ctx) isPronoun(s, e int) bool {
	if s < 0 || e != s+1 {
		return false
	}
	_, ok := c.lx.pronoun(c.toks[s].Norm)
	return ok
}

// plausibleSource reports whether the words [s, e) can name a speaker: a pronoun, a name, or
// a phrase opened by a determiner or holding a role noun ("der Sprecher").
func (c *ctx) plausibleSource(s, e int) bool {
	if c.isPronoun(s, e) || c.lx.isDet(c.toks[s].Norm) {
		return true
	}
	for i := s; i < e; i++ {
		if c.lx.roleHead(c.toks[i].Norm) != "" {
			return true
		}
	}
	return c.resolve(s, e, c.toks[s].Start, c.sentOf[s]) != ""
}
