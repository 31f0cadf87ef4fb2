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
			for k := v + 1; k < me && k <= v+14; k++ {
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
		if c.speechAct(si, ss, se, me) {
			continue
		}
		c.freeIndirect(si, ss, me)
	}
}

// freeIndirect takes a sentence in Konjunktiv I without a cue of its own as reported speech:
// it continues the report before it ("Er werde allerdings im Bundestag bleiben"), or, in news
// where the mood alone marks a report, stands by itself with the previous sentence's subject as
// its likely source. Konjunktiv II forms count only where a report is already under way.
func (c *ctx) freeIndirect(si, ss, me int) {
	if me-ss < 3 || c.inDirect(ss, me) {
		return
	}
	strong, weak := c.konjMood(ss, me)
	if !strong && !weak {
		return
	}
	p := c.prevReport(c.toks[ss].Start, si, 2)
	if p != nil && c.blockOf(p.q.Start) != c.blockOf(c.toks[ss].Start) {
		p = nil // a report does not run on past a heading or paragraph
	}
	if !strong && (p == nil || p.sent != si-1 || !c.mainClauseKonj(ss, me)) {
		return
	}
	if p != nil {
		if p.cueTok < 0 && !p.q.Direct && p.sent == si-1 && &c.out[len(c.out)-1] == p {
			// Extend a cue-less report over the next sentence.
			e := c.toks[me-1].End
			p.q.End, p.q.Text, p.sent = e, c.r.Slice(p.q.Start, e), si
			return
		}
		c.emit(ss, me, false, false, -1, p.srcStart, p.srcEnd, p.q.Speaker)
		return
	}
	if si > 0 {
		ps, pe := c.sentRange(si - 1)
		if a, b := c.npAfter(ps, pe); a == ps && b < pe {
			c.emit(ss, me, false, false, -1, a, b, c.resolve(a, b, c.toks[ss].Start, si))
			return
		}
	}
	c.emit(ss, me, false, false, -1, -1, -1, "")
}

// konjMood reports whether tokens [s, e) hold a Konjunktiv I form (strong) or only a
// Konjunktiv II one (weak).
func (c *ctx) konjMood(s, e int) (strong, weak bool) {
	for i := s; i < e; i++ {
		v, ok := c.lx.konj[c.toks[i].Norm]
		if !ok || !isLowerWord(&c.toks[i]) {
			continue
		}
		if v == "2" {
			weak = true
		} else {
			strong = true
		}
	}
	return strong, weak
}

// mainClauseKonj reports whether a Konjunktiv form stands before the first comma of [s, e),
// in the main clause rather than in a subordinate one ("…, dass Druck ausgeübt werden könnte").
func (c *ctx) mainClauseKonj(s, e int) bool {
	for i := s; i < e && !isPunct(&c.toks[i], ","); i++ {
		if _, ok := c.lx.konj[c.toks[i].Norm]; ok && isLowerWord(&c.toks[i]) {
			return true
		}
	}
	return false
}

// blockOf returns the index of the text block holding offset off, or -1.
func (c *ctx) blockOf(off int) int {
	for i, b := range c.a.Blocks {
		if b.Start <= off && off < b.End {
			return i
		}
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

// infinitive reports whether [s, e) opens with an infinitive clause ("…, den Krieg zu
// beenden", "…, gegen die Randalierer vorzugehen"): a "zu" infinitive before the next comma.
func (c *ctx) infinitive(s, e int) bool {
	if e-s < 2 {
		return false
	}
	for i := s; i < e && !isPunct(&c.toks[i], ","); i++ {
		t := &c.toks[i]
		if !isLowerWord(t) {
			continue
		}
		if n := &c.toks[min(i+1, e-1)]; t.Norm == "zu" && i+1 < e && i > s && isLowerWord(n) && strings.HasSuffix(n.Norm, "n") && !c.lx.p.Stopword(n.Norm) && c.lx.class(n.Norm) == "" {
			return true
		}
		if c.lx.zuInfinitive(t.Norm) {
			return true
		}
	}
	return false
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
	for _, sp := range c.coveredAround(a, b) {
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
	for _, sp := range c.coveredAround(a-1, a+1) {
		if a >= sp.Start-1 && b <= sp.End+1 {
			return true
		}
	}
	return false
}

// coveredAround returns the direct quotations that may overlap [s, e], found by binary
// search: a pass over all of them per call made long texts quadratic.
func (c *ctx) coveredAround(s, e int) []article.Span {
	if c.coveredN != len(c.covered) || len(c.covered) == 0 {
		c.coveredIdx = article.NewSpanIndex(len(c.covered), func(i int) (int, int) { return c.covered[i].Start, c.covered[i].End })
		c.coveredN = len(c.covered)
	}
	lo, hi := c.coveredIdx.Around(s, e)
	return c.covered[lo:hi]
}

// phraseCue handles "laut X", "nach Angaben von X", "X zufolge", "according to X".
func (c *ctx) phraseCue(si, ss, se, me int) bool {
	for p := ss; p < me; p++ {
		n, kind := c.phraseAt(p, me)
		if n == 0 {
			continue
		}
		var s, e int
		switch kind {
		case "post":
			s, e = c.npBefore(p, ss)
			if s < 0 && p > ss && isCap(&c.toks[p-1]) && isWord(&c.toks[p-1]) {
				s, e = p-1, p // "Medienberichten zufolge"
			}
		case "self":
			// "Demnach sind acht Menschen ums Leben gekommen": the word points back to the
			// report before and stands for its source.
			if p != ss && !isPunct(&c.toks[p-1], ",") {
				continue
			}
			ms, mEnd := p+n, me
			for ms < mEnd && isPunct(&c.toks[ms], ",") {
				ms++
			}
			if mEnd-ms < 3 || c.inDirect(ms, mEnd) {
				continue
			}
			spk := ""
			if f := c.prevReport(c.toks[ss].Start, si, 2); f != nil {
				spk = f.q.Speaker
			}
			c.emit(ms, mEnd, false, false, p, p, p+n, spk)
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
			s, e = c.quotedName(p+n, me)
			if s < 0 {
				s, e = c.npAfter(p+n, me)
			}
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
		if c.toks[k].Norm != "nach" {
			continue
		}
		s, e := c.npAfter(k+1, me)
		if s != k+1 {
			continue
		}
		head := -1
		for j := s; j < e; j++ {
			if isCap(&c.toks[j]) && c.lx.sourceNoun(c.toks[j].Norm) {
				head = j
				break
			}
		}
		if head < 0 {
			continue
		}
		// The message is the rest of the sentence around "nach …": before it, after it, or,
		// mid-sentence ("Die Inflation wird nach der Prognose der Bank bei 51 Prozent
		// liegen"), the longer side.
		ms, mEnd := e, me
		if k > ss {
			ms, mEnd = longestOutside(ss, me, [][2]int{{k, e}})
		}
		for ms < mEnd && isPunct(&c.toks[ms], ",") {
			ms++
		}
		for mEnd > ms && isPunct(&c.toks[mEnd-1], ",") {
			mEnd--
		}
		if mEnd-ms < 3 || c.inDirect(ms, mEnd) || !c.clauseLike(ms, mEnd) && k > ss && ms == ss {
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
		if src == s {
			ce = c.toks[k].End // "nach einem Bericht": the noun is the source itself
		}
		last.q.Cue = &article.Mark{Start: cs, End: ce, Text: c.r.Slice(cs, ce)}
		last.cueTok = k
		return true
	}
	return false
}

// speechAct handles a speech act without a reported clause, as SpkAtt's "reported speech":
// "Müntefering sprach von einem Riesenerfolg", "Deutschland hat der Ukraine Hilfe zugesichert".
// The message is what the verb governs, never the source or the cue, and the source must
// resolve to a speaker. A fronted object leaves too little to report ("Details nannte er
// nicht") and is not taken.
func (c *ctx) speechAct(si, ss, se, me int) bool {
	if c.inDirect(ss, me) || c.overlapsDirect(ss, me) {
		return false
	}
	for v := ss; v < se; v++ {
		if !c.isVerb(v, ss, se) || c.usedCue[v] {
			continue
		}
		if c.speechActAt(v, si, ss, se, me) {
			return true
		}
	}
	return false
}

func (c *ctx) speechActAt(v, si, ss, se, me int) bool {
	vi := c.lx.verbs[c.toks[v].Norm]
	if vi.ptcp && c.passive(ss, v) {
		return false // "Ihm wird vorgeworfen": the subject is not the speaker
	}
	if v+1 < me && isPunct(&c.toks[v+1], ",") {
		return false // a verb closing a subordinate clause ("Während Harris … zusicherte, …")
	}
	end := me
	if comp := c.companion(vi, v, se); comp > v && comp < end {
		end = comp // "hob die Bedeutung hervor, welches …": up to the particle
	}
	s, e, ms, mEnd := -1, -1, -1, -1
	if a, b := c.npAfter(ss, v); a == ss && b == v && v+1 < end {
		// "Blinken sprach von rund 8.000 Soldaten"
		s, e, ms, mEnd = a, b, v+1, end
	} else if a == ss && b < v && c.lx.class(c.toks[b].Norm) == "aux" && v == end-1 {
		// "Deutschland hat dem Land … Winterhilfe zugesichert"
		s, e, ms, mEnd = a, b, b+1, v
	} else if v > ss && !isPunct(&c.toks[v-1], ",") && c.lx.class(c.toks[v-1].Norm) != "and" {
		// "Gleichzeitig äußerte Selenskyj Kritik an …"
		k := v + 1
		for k < end && c.lx.class(c.toks[k].Norm) == "reflexive" {
			k++
		}
		if a, b := c.npAfter(k, end); a == k {
			s, e, ms, mEnd = a, b, b, end
		}
	}
	if s < 0 {
		return false
	}
	spk := c.resolve(s, e, c.toks[v].Start, si)
	if spk == "" {
		return false
	}
	for ms < mEnd && (isPunct(&c.toks[ms], ",") || c.lx.class(c.toks[ms].Norm) == "reflexive") {
		ms++
	}
	for mEnd > ms && c.toks[mEnd-1].Kind == article.TokPunct && !isQuoteMark(&c.toks[mEnd-1]) {
		mEnd--
	}
	if mEnd-ms < 3 {
		return false
	}
	c.emit(ms, mEnd, false, false, v, s, e, spk)
	return true
}

// passive reports whether a form of "werden" (class aux:pass) stands in [ss, v), making the
// participle at v passive.
func (c *ctx) passive(ss, v int) bool {
	for i := ss; i < v; i++ {
		if c.lx.class(c.toks[i].Norm) == "aux:pass" {
			return true
		}
	}
	return false
}
