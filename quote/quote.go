// Package quote finds quotations and reported speech in an analysed article: direct quotes in
// any common quotation marks, partial quotes, Konjunktiv-I reported speech and "laut X" style
// attributions, each with its cue, the words naming the source and the speaker resolved to a
// canonical entity. Link groups the same quotation across articles.
package quote

import (
	"sort"

	"crosscheck/article"
	"crosscheck/lang"
)

// Extractor finds quotes. It holds no state between calls and is safe for concurrent use.
type Extractor struct{}

// New returns a quote extractor.
func New() *Extractor { return &Extractor{} }

// Extract appends the article's quotes to an.Quotes, sorted by Start. It reads an.Sentences,
// an.Tokens and an.Entities and the pack's quote_* word lists.
func (x *Extractor) Extract(a *article.Article, an *article.Analysis, p lang.Pack) {
	if a == nil || an == nil || p == nil || len(an.Tokens) == 0 {
		return
	}
	c := newCtx(a, an, p)
	c.direct()
	c.reported()
	c.resolvePending()
	qs := c.out
	sort.SliceStable(qs, func(i, j int) bool {
		if qs[i].q.Start != qs[j].q.Start {
			return qs[i].q.Start < qs[j].q.Start
		}
		return qs[i].q.End < qs[j].q.End
	})
	for _, f := range qs {
		an.Quotes = append(an.Quotes, f.q)
	}
}

// found is a quote with the bookkeeping the resolution of later quotes needs.
type found struct {
	q        article.Quote
	sent     int // sentence index of the quote's end
	cueTok   int // token index of the cue, or -1
	srcStart int // token range of the source, or -1
	srcEnd   int
}

type ctx struct {
	a    *article.Article
	an   *article.Analysis
	r    *article.Runes
	lx   *lexicon
	toks []article.Token
	// sentOf maps each token to its sentence.
	sentOf []int
	// nameCache memoises nameWord per token: 0 unknown, 1 yes, 2 no.
	nameCache     []uint8
	usedCue       map[int]bool
	covered       []article.Span // spans of direct quotes
	coveredIdx    article.SpanIndex
	coveredN      int // len(covered) when coveredIdx was built
	out           []found
	names         *names
	pendingDirect []pending
	roles         map[string][]roleRef
	ents          article.SpanIndex // an.Entities, for look-ups by offset
}

func newCtx(a *article.Article, an *article.Analysis, p lang.Pack) *ctx {
	c := &ctx{a: a, an: an, r: article.NewRunes(a.Text), lx: newLexicon(p), toks: an.Tokens, usedCue: map[int]bool{}}
	c.ents = article.NewSpanIndex(len(an.Entities), func(i int) (int, int) { return an.Entities[i].Start, an.Entities[i].End })
	c.sentOf = make([]int, len(c.toks))
	c.nameCache = make([]uint8, len(c.toks))
	for si, s := range an.Sentences {
		for i := max(0, s.TokStart); i < s.TokEnd && i < len(c.toks); i++ {
			c.sentOf[i] = si
		}
	}
	c.names = buildNames(c)
	c.roles = buildRoles(c)
	return c
}

// tokAt returns the index of the first token that ends after offset off.
func (c *ctx) tokAt(off int) int {
	return sort.Search(len(c.toks), func(i int) bool { return c.toks[i].End > off })
}

func (c *ctx) sentRange(si int) (int, int) {
	s := c.an.Sentences[si]
	return max(0, s.TokStart), min(len(c.toks), s.TokEnd)
}

func (c *ctx) mark(ts, te int) *article.Mark {
	if ts < 0 || te <= ts || te > len(c.toks) {
		return nil
	}
	s, e := c.toks[ts].Start, c.toks[te-1].End
	return &article.Mark{Start: s, End: e, Text: c.r.Slice(s, e)}
}

// isVerb reports whether token i is a speech verb whose companions, if it needs any, follow
// later in the sentence (before sentEnd).
func (c *ctx) isVerb(i, sentStart, sentEnd int) bool {
	t := &c.toks[i]
	if t.Kind != article.TokWord {
		return false
	}
	vi, ok := c.lx.verbs[t.Norm]
	if !ok {
		return false
	}
	if !isLowerWord(t) && i != sentStart {
		// Capitalised mid-sentence: a noun ("Fragen", "Klagen"), not a verb.
		return false
	}
	return c.companion(vi, i, sentEnd) >= 0
}

// companion returns the index of the last companion word verb form vi at token i needs before
// end, i itself when it needs none, or -1 when they are missing.
func (c *ctx) companion(vi verbInfo, i, end int) int {
	if len(vi.alts) == 0 {
		return i
	}
	for _, alt := range vi.alts {
		last, k := -1, i+1
		for _, w := range alt {
			for k < end && c.toks[k].Norm != w {
				k++
			}
			if k >= end {
				last = -1
				break
			}
			last = k
			k++
		}
		if last >= 0 {
			return last
		}
	}
	return -1
}

// verbIn returns the first speech verb in tokens [from, to) of sentence [ss, se), or -1.
func (c *ctx) verbIn(from, to, ss, se int) int {
	for i := max(from, ss); i < to && i < se; i++ {
		if c.isVerb(i, ss, se) && !c.usedCue[i] {
			return i
		}
	}
	return -1
}

// npAfter returns the noun phrase naming a speaker that starts at token i (skipping a
// reflexive), ending before limit: articles, adjectives, capitalised words, "von Name".
func (c *ctx) npAfter(i, limit int) (int, int) {
	for i < limit && c.lx.class(c.toks[i].Norm) == "reflexive" {
		i++
	}
	if i >= limit {
		return -1, -1
	}
	if _, ok := c.lx.pronoun(c.toks[i].Norm); ok && isWord(&c.toks[i]) && !c.lx.isDet(c.toks[i].Norm) {
		return i, i + 1
	}
	if t := &c.toks[i]; isCap(t) && c.lx.p.Stopword(t.Norm) && !c.lx.isDet(t.Norm) {
		return -1, -1 // "Es", "Im": not a speaker
	}
	s := i
	lastCap := -1
	entEnd := c.entityEndAt(i)
loop:
	for j := i; j < limit; j++ {
		t := &c.toks[j]
		if entEnd >= 0 && t.Start >= entEnd && lastCap >= 0 && isCap(t) && c.lx.roleHead(t.Norm) == "" && c.lx.roleHead(c.toks[lastCap].Norm) == "" {
			break loop // a capitalised word after a complete name is the object ("Selenskyj Bedenken")
		}
		if e := c.entityEndAt(j); e >= 0 {
			entEnd = e
		}
		switch {
		case t.Kind == article.TokWord && isCap(t):
			if lastCap >= 0 && lastCap == j-1 && entEnd < 0 && len(c.an.Entities) == 0 && c.lx.roleHead(t.Norm) == "" && c.names.lookup(t.Norm) == "" && c.names.lookup(c.toks[lastCap].Norm) != "" {
				break loop
			}
			lastCap = j
		case t.Kind == article.TokWord && c.lx.isDet(t.Norm) && lastCap >= 0 && lastCap == j-1:
			// Only a genitive after a role continues the phrase ("Chef des Büros").
			if (t.Norm != "des" && t.Norm != "der" && t.Norm != "of") || (c.lx.roleHead(c.toks[lastCap].Norm) == "" && c.isName(lastCap)) {
				break loop
			}
		case t.Kind == article.TokNumber && j+1 < limit && isPunct(&c.toks[j+1], "-"):
			// "der 81-Jährige"
		case t.Kind == article.TokNumber:
			break loop // a number ends a speaker phrase
		case t.Kind == article.TokWord && c.lx.isDet(t.Norm):
		case t.Kind == article.TokWord && (t.Norm == "von" || t.Norm == "of") && j+1 < limit && isCap(&c.toks[j+1]):
		case t.Kind == article.TokWord && adjLike(t.Norm) && !c.lx.p.Stopword(t.Norm) && !c.isVerbForm(t.Norm):
		case isPunct(t, "-") && j > i && j+1 < limit && isCap(&c.toks[j+1]):
		default:
			break loop
		}
	}
	if lastCap < 0 {
		return -1, -1
	}
	return s, lastCap + 1
}

// entityEndAt returns the end offset of the person or organisation entity starting at token i,
// or -1.
func (c *ctx) entityEndAt(i int) int {
	st := c.toks[i].Start
	lo, hi := c.ents.Around(st, st)
	for _, e := range c.an.Entities[lo:hi] {
		if e.Start == st && (e.Type == article.EntityPerson || e.Type == article.EntityOrganisation) {
			return e.End
		}
	}
	return -1
}

// isName reports whether token i is (part of) a name rather than a common noun.
func (c *ctx) isName(i int) bool {
	st := c.toks[i].Start
	lo, hi := c.ents.Around(st, st)
	for _, e := range c.an.Entities[lo:hi] {
		if e.Start <= st && st < e.End {
			return true
		}
	}
	return c.names.lookup(c.toks[i].Norm) != ""
}

func (c *ctx) isVerbForm(norm string) bool {
	_, ok := c.lx.verbs[norm]
	return ok
}

// npBefore returns the subject noun phrase that ends right before token i, not reaching
// before floor. One comma pair is allowed for an apposition ("Der Chef des Büros, Andrij
// Jermak, sagte").
func (c *ctx) npBefore(i, floor int) (int, int) {
	j := i - 1
	if j >= floor && isPunct(&c.toks[j], ",") {
		j--
	}
	if j < floor {
		return -1, -1
	}
	if _, ok := c.lx.pronoun(c.toks[j].Norm); ok && isWord(&c.toks[j]) && !c.lx.isDet(c.toks[j].Norm) {
		return j, j + 1
	}
	end := j + 1
	if !(isCap(&c.toks[j]) && isWord(&c.toks[j])) {
		return -1, -1
	}
	start := end
	commas := 0
	for ; j >= floor; j-- {
		t := &c.toks[j]
		ok := false
		switch {
		case t.Kind == article.TokWord && isCap(t) && !c.lx.p.Stopword(t.Norm):
			ok = true
		case t.Kind == article.TokWord && c.lx.isDet(t.Norm):
			ok = true
		case t.Kind == article.TokWord && adjLike(t.Norm) && !c.lx.p.Stopword(t.Norm) && !c.isVerbForm(t.Norm):
			ok = true
		case isPunct(t, "-") && j > floor && isWord(&c.toks[j-1]):
			ok = true
		case isPunct(t, ",") && commas == 0 && j > floor && isCap(&c.toks[j-1]) && end-j <= 4:
			commas++
			ok = true
		}
		if !ok {
			break
		}
		start = j
	}
	for start < end && isPunct(&c.toks[start], ",") {
		start++
	}
	if start >= end {
		return -1, -1
	}
	if start == end-1 && c.an.SentenceAt(c.toks[start].Start) >= 0 && c.toks[start].Start == c.an.Sentences[c.an.SentenceAt(c.toks[start].Start)].Start && !c.isName(start) {
		return -1, -1 // a lone capitalised word opening the sentence is likely an adverb ("Zuvor")
	}
	return start, end
}

// emit records a quote. The message never contains its own cue or source: when they fall
// inside [ts, te), the longest stretch beside them is the message.
func (c *ctx) emit(ts, te int, direct, partial bool, cue int, srcS, srcE int, speaker string) {
	if ts < 0 || te <= ts {
		return
	}
	if !direct {
		cuts := [][2]int{}
		if cue >= ts && cue < te {
			cuts = append(cuts, [2]int{cue, cue + 1})
		}
		if srcS >= 0 && srcS < te && srcE > ts {
			cuts = append(cuts, [2]int{srcS, srcE})
		}
		if len(cuts) > 0 {
			ts, te = longestOutside(ts, te, cuts)
			for ts < te && c.toks[ts].Kind == article.TokPunct && !isQuoteMark(&c.toks[ts]) {
				ts++
			}
			for te > ts && c.toks[te-1].Kind == article.TokPunct && !isQuoteMark(&c.toks[te-1]) {
				te--
			}
			if te-ts < 2 {
				return
			}
		}
	}
	s, e := c.toks[ts].Start, c.toks[te-1].End
	c.emitSpan(s, e, direct, partial, cue, srcS, srcE, speaker)
}

// longestOutside returns the longest part of [s, e) that overlaps none of cuts.
func longestOutside(s, e int, cuts [][2]int) (int, int) {
	bs, be := s, s
	start := s
	for i := s; i <= e; i++ {
		in := i == e
		for _, k := range cuts {
			if i >= k[0] && i < k[1] {
				in = true
			}
		}
		if in {
			if i-start > be-bs {
				bs, be = start, i
			}
			start = i + 1
		}
	}
	return bs, be
}

func (c *ctx) emitSpan(s, e int, direct, partial bool, cue int, srcS, srcE int, speaker string) {
	q := article.Quote{Start: s, End: e, Text: c.r.Slice(s, e), Direct: direct, Partial: partial, Speaker: speaker}
	if cue >= 0 {
		q.Cue = c.mark(cue, cue+1)
		c.usedCue[cue] = true
	}
	if srcS >= 0 {
		q.Source = c.mark(srcS, srcE)
	}
	si := c.an.SentenceAt(max(s, e-1))
	c.out = append(c.out, found{q: q, sent: si, cueTok: cue, srcStart: srcS, srcEnd: srcE})
}

// prevSpeaker returns the most recent quote before offset off whose speaker is known and which
// ends at most back sentences before sentence si.
func (c *ctx) prevSpeaker(off, si, back int) *found {
	var best *found
	for k := range c.out {
		f := &c.out[k]
		if f.q.End > off || f.q.Speaker == "" || f.sent < si-back {
			continue
		}
		if best == nil || f.q.End > best.q.End {
			best = f
		}
	}
	return best
}
