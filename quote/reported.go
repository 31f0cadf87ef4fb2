package quote

import (
	"strings"

	"crosscheck/article"
)

// reported finds reported speech: "X sagte, dass …", "…, sagte X", "X sagte, man wolle …",
// "laut X …", "wie X berichtete", and Konjunktiv-I sentences that continue a speaker's report.
func (c *ctx) reported() {
	en := c.lx.p.Code() == "en"
	for si := range c.an.Sentences {
		ss, se := c.sentRange(si)
		if se-ss < 3 {
			continue
		}
		me := se // message end: without the final punctuation
		for me > ss && c.toks[me-1].Kind == article.TokPunct && !isQuoteMark(&c.toks[me-1]) {
			me--
		}
		if c.phraseCue(si, ss, se, me) {
			continue
		}
		if c.wieFrame(si, ss, se, me) {
			continue
		}
		if c.soFrame(si, ss, se, me) || c.nachFrame(si, ss, se, me) {
			continue
		}
		done := false
		for v := ss; v < se && !done; v++ {
			if !c.isVerb(v, ss, se) || c.usedCue[v] {
				continue
			}
			// …, sagte X.
			if v-1 > ss+1 && isPunct(&c.toks[v-1], ",") {
				if s, e := c.npAfter(v+1, se); s >= 0 && (s == v+1 || s == v+2) {
					ms := ss
					if c.clauseLike(ms, v-1) && !c.inDirect(ms, v-1) {
						c.emit(ms, v-1, false, false, v, s, e, c.resolve(s, e, c.toks[ms].Start, si))
						done = true
						continue
					}
				}
			}
			// X sagte[,] dass … / X sagte, man wolle … / X said (that) …
			comma := -1
			for k := v + 1; k < me && k <= v+10; k++ {
				if isPunct(&c.toks[k], ",") || (en && k == v+1) {
					comma = k
					break
				}
				if c.toks[k].Kind == article.TokPunct && !isPunct(&c.toks[k], "-") {
					break
				}
			}
			if comma < 0 {
				continue
			}
			ms := comma + 1
			if en && !isPunct(&c.toks[comma], ",") {
				ms = comma
			}
			if ms >= me {
				continue
			}
			first := c.toks[ms].Norm
			if c.isVerb(ms, ss, se) {
				continue // "…, betonte aber, dass": the next verb reports
			}
			ok := c.lx.class(first) == "comp"
			if !ok {
				ok = c.hasKonj(ms, me) || c.infinitive(ms, me) || (en && c.clauseStart(ms))
			}
			if !ok || c.inDirect(ms, me) {
				continue
			}
			s, e := c.subjectOf(v, ss, se)
			spk := c.resolve(s, e, c.toks[v].Start, si)
			if s < 0 {
				if p := c.prevSpeaker(c.toks[ss].Start, si, 1); p != nil {
					s, e, spk = p.srcStart, p.srcEnd, p.q.Speaker
				}
			}
			c.emit(ms, me, false, false, v, s, e, spk)
			done = true
		}
		if done {
			continue
		}
		// A speech act without a reported clause ("Müntefering sprach von einem Erfolg"): the
		// sentence itself is what the source is reported to have said.
		if v := c.verbIn(ss, se, ss, se); v >= 0 && !c.inDirect(ss, me) && !c.overlapsDirect(ss, me) {
			s, e := c.subjectOf(v, ss, se)
			if spk := c.resolve(s, e, c.toks[v].Start, si); spk != "" {
				c.emit(ss, me, false, false, v, s, e, spk)
				continue
			}
		}
		// Konjunktiv I continuing the previous sentences' report.
		if si > 0 && c.hasKonj(ss, me) && !c.inDirect(ss, me) && !c.hasVerb(ss, se) {
			if p := c.prevSpeaker(c.toks[ss].Start, si, 2); p != nil && p.sent >= si-2 {
				if p.cueTok < 0 && !p.q.Direct && p.sent == si-1 && len(c.out) > 0 && &c.out[len(c.out)-1] == p {
					// Extend a cue-less report over the next sentence.
					e := c.toks[me-1].End
					p.q.End, p.q.Text, p.sent = e, c.r.Slice(p.q.Start, e), si
					continue
				}
				c.emit(ss, me, false, false, -1, p.srcStart, p.srcEnd, p.q.Speaker)
			}
		}
	}
}

// clauseLike reports whether [s, e) can be the reported clause before ", sagte X": not a
// fronted adverbial or subordinate clause, and holding a verb-like word.
func (c *ctx) clauseLike(s, e int) bool {
	if e-s < 3 {
		return false
	}
	switch c.lx.class(c.toks[s].Norm) {
	case "prep", "sub":
		return false
	}
	if c.hasKonj(s, e) {
		return true
	}
	for i := s + 1; i < e; i++ {
		t := &c.toks[i]
		if isLowerWord(t) && !c.lx.p.Stopword(t.Norm) && !c.lx.isDet(t.Norm) && c.lx.class(t.Norm) == "" && !adjLike(t.Norm) {
			return true
		}
	}
	return false
}

func (c *ctx) hasVerb(ss, se int) bool {
	for i := ss; i < se; i++ {
		if c.isVerb(i, ss, se) {
			return true
		}
	}
	return false
}

// hasKonj reports whether tokens [s, e) hold a Konjunktiv-I verb form.
func (c *ctx) hasKonj(s, e int) bool {
	for i := s; i < e; i++ {
		if _, ok := c.lx.konj[c.toks[i].Norm]; ok && isLowerWord(&c.toks[i]) {
			return true
		}
	}
	return false
}

// infinitive reports whether [s, e) is an infinitive clause ("…, den Krieg zu beenden").
func (c *ctx) infinitive(s, e int) bool {
	return e-s >= 3 && c.toks[e-2].Norm == "zu" && isLowerWord(&c.toks[e-1])
}

// clauseStart reports whether token i can open an English that-less complement clause.
func (c *ctx) clauseStart(i int) bool {
	t := &c.toks[i]
	if _, ok := c.lx.pronoun(t.Norm); ok {
		return true
	}
	return c.lx.isDet(t.Norm) || (isCap(t) && t.Kind == article.TokWord)
}

// overlapsDirect reports whether tokens [s, e) overlap a direct quotation.
func (c *ctx) overlapsDirect(s, e int) bool {
	a, b := c.toks[s].Start, c.toks[e-1].End
	for _, sp := range c.covered {
		if a < sp.End && sp.Start < b {
			return true
		}
	}
	return false
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

// phraseCue handles "laut X", "nach Angaben von X", "X zufolge", "according to X".
func (c *ctx) phraseCue(si, ss, se, me int) bool {
	for p := ss; p < me; p++ {
		n, kind := c.phraseAt(p, me)
		if n == 0 {
			continue
		}
		var s, e int
		if kind == "post" {
			s, e = c.npBefore(p, ss)
		} else {
			s, e = c.npAfter(p+n, me)
			if s != p+n {
				continue
			}
		}
		if s < 0 {
			continue
		}
		lo, hi := min(s, p), max(e, p+n)
		ms, mEnd := ss, lo
		if hi < me && (me-hi >= lo-ss) {
			ms, mEnd = hi, me
		}
		for ms < mEnd && isPunct(&c.toks[ms], ",") {
			ms++
		}
		for mEnd > ms && isPunct(&c.toks[mEnd-1], ",") {
			mEnd--
		}
		if mEnd-ms < 3 || c.inDirect(ms, mEnd) {
			continue
		}
		cs, ce := c.toks[p].Start, c.toks[p+n-1].End
		c.emit(ms, mEnd, false, false, -1, s, e, c.resolve(s, e, c.toks[ms].Start, si))
		last := &c.out[len(c.out)-1]
		last.q.Cue = &article.Mark{Start: cs, End: ce, Text: c.r.Slice(cs, ce)}
		last.cueTok = p
		return true
	}
	return false
}

// phraseAt returns the length in tokens and the kind of the longest cue phrase at p.
func (c *ctx) phraseAt(p, limit int) (int, string) {
	if len(c.lx.phrases) == 0 || c.toks[p].Kind != article.TokWord {
		return 0, ""
	}
	var b strings.Builder
	bestN, bestKind := 0, ""
	for n := 1; n <= c.lx.maxPhrase && p+n <= limit; n++ {
		if n > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(c.toks[p+n-1].Norm)
		if k, ok := c.lx.phrases[b.String()]; ok {
			bestN, bestKind = n, k
		}
	}
	return bestN, bestKind
}

// wieFrame handles "…, wie X berichtete" and "Wie X sagte, …".
func (c *ctx) wieFrame(si, ss, se, me int) bool {
	for w := ss; w < me; w++ {
		if c.lx.class(c.toks[w].Norm) != "wie" || !(w == ss || isPunct(&c.toks[w-1], ",")) {
			continue
		}
		s, e := c.npAfter(w+1, me)
		if s != w+1 {
			continue
		}
		// The verb closes the frame, possibly after adverbials ("am Donnerstag").
		v := -1
		for k := e; k < me && k < e+6; k++ {
			if isPunct(&c.toks[k], ",") {
				break
			}
			if c.isVerb(k, ss, se) && !c.usedCue[k] {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		var ms, mEnd int
		if w == ss {
			ms, mEnd = v+1, me
			for ms < mEnd && isPunct(&c.toks[ms], ",") {
				ms++
			}
		} else {
			ms, mEnd = ss, w-1
		}
		if mEnd-ms < 3 || c.inDirect(ms, mEnd) {
			continue
		}
		c.emit(ms, mEnd, false, false, v, s, e, c.resolve(s, e, c.toks[ms].Start, si))
		return true
	}
	return false
}

// soFrame handles a report closed by "so" and its source: "…, so die Studie."
func (c *ctx) soFrame(si, ss, se, me int) bool {
	for k := ss + 3; k < me; k++ {
		if c.lx.class(c.toks[k].Norm) != "so" || !isPunct(&c.toks[k-1], ",") || c.usedCue[k] {
			continue
		}
		cue, from := k, k+1
		if from < me && c.isVerb(from, ss, se) {
			cue, from = from, from+1 // "…, so schätzen die Forscher."
		}
		s, e := c.npAfter(from, me)
		if s != from || !(e == me || isPunct(&c.toks[e], ",")) {
			continue
		}
		if c.inDirect(ss, k-1) {
			continue
		}
		c.emit(ss, k-1, false, false, cue, s, e, c.resolve(s, e, c.toks[ss].Start, si))
		return true
	}
	return false
}

// nachFrame handles "nach" with a source noun: "Nach einer Studie …", "Dem Vernehmen nach …".
func (c *ctx) nachFrame(si, ss, se, me int) bool {
	if len(c.lx.sources) == 0 {
		return false
	}
	for k := ss; k < me-2; k++ {
		if c.toks[k].Norm != "nach" || !(k == ss || isPunct(&c.toks[k-1], ",")) {
			continue
		}
		s, e := c.npAfter(k+1, me)
		if s != k+1 {
			continue
		}
		head := -1
		for j := s; j < e; j++ {
			if _, ok := c.lx.sources[c.toks[j].Norm]; ok && isCap(&c.toks[j]) {
				head = j
				break
			}
		}
		if head < 0 {
			continue
		}
		ms, mEnd := e, me
		for ms < mEnd && isPunct(&c.toks[ms], ",") {
			ms++
		}
		if k > ss {
			ms, mEnd = ss, k-1
		}
		if mEnd-ms < 3 || c.inDirect(ms, mEnd) {
			continue
		}
		// The cue is "nach" and the source noun ("nach Angaben"); who gave the information
		// follows in a genitive, when the text names it.
		src, srcEnd := s, e
		if head+1 < e {
			src = head + 1
		}
		c.emit(ms, mEnd, false, false, -1, src, srcEnd, c.resolve(src, srcEnd, c.toks[ms].Start, si))
		last := &c.out[len(c.out)-1]
		cs, ce := c.toks[k].Start, c.toks[head].End
		last.q.Cue = &article.Mark{Start: cs, End: ce, Text: c.r.Slice(cs, ce)}
		last.cueTok = k
		return true
	}
	return false
}
