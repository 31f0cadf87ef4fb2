package quote

import (
	"strconv"
	"strings"

	"crosscheck/article"
	"crosscheck/lang"
)

// The source words of a quotation are chosen by a learned ranker among the noun phrases of
// the cue's sentence (or none) where the pack has one (its quote_ranker word list: feature,
// weight): an averaged perceptron trained on the development part of SpkAtt-2023 for German
// (internal/gensource, `go generate ./quote`). For an unnamed speaker it picks which words of
// the text name the source; for a named one it may only widen the words that name it. It
// never names a speaker, which stays a decision on strong evidence.
//
//go:generate go run ./internal/gensource -out ../lang/de/words/quote_ranker.txt

// parseWeights reads a pack's ranker list (feature -> weight).
func parseWeights(m map[string]string) map[string]float64 {
	w := make(map[string]float64, len(m))
	for f, v := range m {
		if x, err := strconv.ParseFloat(v, 64); err == nil {
			w[f] = x
		}
	}
	return w
}

// SourceCand is one choice of source words for a quotation: token offsets in code points
// (Start < 0: no source words) and the features the ranker scores.
type SourceCand struct {
	Start, End int
	Feats      []string
}

// SourceCase is a quotation whose source words the ranker chooses, with its candidates.
type SourceCase struct {
	Start, End int // the quotation
	Cands      []SourceCand
}

// SourceCases runs the extractor without the ranker on an analysed article and returns, for
// every quotation the ranker would decide, its candidates: the training data of
// internal/gensource.
func (x *Extractor) SourceCases(a *article.Article, an *article.Analysis, p lang.Pack) []SourceCase {
	if a == nil || an == nil || p == nil || len(an.Tokens) == 0 {
		return nil
	}
	c := newCtx(a, an, p, x.lexicon(p).forCall())
	var cases []SourceCase
	c.recordSources = &cases
	c.direct()
	c.reported()
	c.resolvePending()
	c.resolveInner()
	return cases
}

// scoreCand is the ranker's score of one candidate.
func scoreCand(w map[string]float64, feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += w[f]
	}
	return s
}

// rankSource returns the source words the ranker prefers for a quotation of tokens [ms, me)
// with speech verb cue, given the rules' choice [rs, re) (-1 when none) and whether the rules
// named a speaker: the best candidate, or -1, -1 for none.
func (c *ctx) rankSource(cue, ms, me, rs, re int, named bool) (int, int) {
	cands := c.sourceCands(cue, ms, me, rs, re, named)
	if named {
		// A named speaker keeps the words that name it: the ranker may only widen them
		// ("Günther Platter, der Verteidigungsminister Österreichs").
		kept := cands[:0]
		for _, k := range cands {
			if rs >= 0 && k.s >= 0 && k.s <= rs && k.e >= re {
				kept = append(kept, k)
			}
		}
		cands = kept
	}
	if c.recordSources != nil {
		sc := SourceCase{Start: c.toks[ms].Start, End: c.toks[me-1].End}
		for _, k := range cands {
			sc.Cands = append(sc.Cands, SourceCand{Start: c.offStart(k.s), End: c.offEnd(k.e), Feats: k.feats})
		}
		*c.recordSources = append(*c.recordSources, sc)
		return rs, re
	}
	w := c.lx.ranker
	if len(w) == 0 {
		return rs, re
	}
	best, bestScore := -1, 0.0
	for i, k := range cands {
		if s := scoreCand(w, k.feats); best < 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return rs, re
	}
	return cands[best].s, cands[best].e
}

func (c *ctx) offStart(s int) int {
	if s < 0 {
		return -1
	}
	return c.toks[s].Start
}

func (c *ctx) offEnd(e int) int {
	if e <= 0 {
		return -1
	}
	return c.toks[e-1].End
}

type srcCand struct {
	s, e  int
	feats []string
}

// sourceCands lists the candidate source words for the quotation [ms, me) with cue: "none",
// the rules' choice, and every noun phrase of the cue's sentence outside the quotation.
func (c *ctx) sourceCands(cue, ms, me, rs, re int, named bool) []srcCand {
	si := c.sentOf[cue]
	ss, se := c.sentRange(si)
	nm := strconv.FormatBool(named)
	out := []srcCand{{s: -1, e: -1, feats: []string{"bias:none", "none:rule=" + strconv.FormatBool(rs >= 0), "none:named=" + nm}}}
	seen := map[[2]int]bool{}
	add := func(s, e int) {
		if s < 0 || e <= s || seen[[2]int{s, e}] || (s < me && e > ms) || (cue >= s && cue < e) {
			return
		}
		seen[[2]int{s, e}] = true
		f := c.candFeats(cue, ms, me, s, e, s == rs && e == re)
		if s == rs && e == re {
			f = append(f, "rule:named="+nm)
		}
		out = append(out, srcCand{s: s, e: e, feats: f})
	}
	add(rs, re)
	aux := c.auxBefore(ss, cue)
	for i := ss; i < se; i++ {
		t := &c.toks[i]
		if t.Kind != article.TokWord || (i > ss && !c.startsPhrase(i)) {
			continue
		}
		limit := se
		if cue > i {
			limit = cue
		}
		if aux > i {
			limit = aux // the subject ends before the auxiliary ("… hatte festgestellt")
		}
		if ms > i && ms < limit {
			limit = ms
		}
		s, e := c.npAfter(i, limit)
		if s != i {
			continue
		}
		add(s, e)
		if x := c.extendSource(s, e, cue); x > e {
			add(s, x)
		}
		// The whole stretch up to the verb, or to the end of the clause after it ("Ein
		// Regierungssprecher in Berlin", "der 81-jährige Besitzer eines Hauses").
		end := limit
		if s > cue {
			for end = e; end < limit && end-s < 16; end++ {
				if t := &c.toks[end]; t.Kind == article.TokPunct && !isPunct(t, "-") && !isPunct(t, "(") && !isPunct(t, ")") && !isQuoteMark(t) {
					break
				}
			}
		}
		if end > e && end-s <= 16 && !c.hasVerbBetween(e, end) && !c.hasPunctBetween(e, end) {
			add(s, end)
		}
	}
	return out
}

// startsPhrase reports whether token i may open a noun phrase: a determiner, a pronoun or a
// capitalised word after a non-capitalised one.
func (c *ctx) startsPhrase(i int) bool {
	t := &c.toks[i]
	if c.lx.isDet(t.Norm) {
		return true
	}
	if _, ok := c.lx.pronoun(t.Norm); ok {
		return true
	}
	if isCap(t) {
		p := &c.toks[i-1]
		return !(isCap(p) && isWord(p)) && !c.lx.isDet(p.Norm)
	}
	return false
}

// candFeats describes the candidate [s, e) for a quotation [ms, me) with speech verb cue.
func (c *ctx) candFeats(cue, ms, me, s, e int, rule bool) []string {
	var f []string
	add := func(k, v string) { f = append(f, k+"="+v) }
	side := "before"
	dist := cue - e
	if s > cue {
		side, dist = "after", s-cue-1
	}
	add("side", side)
	add("dist:"+side, bucket(dist))
	add("rule", strconv.FormatBool(rule))
	if ms >= e {
		add("msg", "after")
	} else {
		add("msg", "before")
	}
	vi := c.lx.verbs[c.toks[cue].Norm]
	ss, _ := c.sentRange(c.sentOf[cue])
	if a := c.auxBefore(ss, cue); a >= 0 {
		add("aux", strconv.FormatBool(e == a || s == a+1))
	}
	add("ptcp", strconv.FormatBool(vi.ptcp))
	add("first", c.wordClass(s))
	add("first:side", c.wordClass(s)+"/"+side)
	add("prev", c.wordClass(s-1))
	add("prev:side", c.wordClass(s-1)+"/"+side)
	add("next", c.wordClass(e))
	add("last", c.wordClass(e-1))
	add("len", bucket(e-s))
	add("sentstart", strconv.FormatBool(s == ss))
	person, org, role, media, place := false, false, false, false, false
	for k := s; k < e; k++ {
		if m := c.mentionAt(k); m != nil {
			if m.org {
				org = true
			} else {
				person = true
			}
		}
		n := c.toks[k].Norm
		role = role || c.lx.roleHead(n) != ""
		media = media || c.lx.media(n)
		place = place || c.placeAt(k) != nil
	}
	add("person", strconv.FormatBool(person))
	add("person:side", strconv.FormatBool(person)+"/"+side)
	add("org", strconv.FormatBool(org))
	add("role", strconv.FormatBool(role))
	add("media", strconv.FormatBool(media))
	add("place", strconv.FormatBool(place && !person && !org))
	if c.lx.timeWord(c.toks[e-1].Norm) {
		add("time", "true")
	}
	if vi.reports {
		add("reports:media", strconv.FormatBool(media))
	}
	if vi.addressee {
		add("addressee:side", side)
	}
	return f
}

// wordClass is a coarse class of token i for the ranker: a function word's grammar class (or
// the word itself for articles, which mark case), punctuation, or the word's shape.
func (c *ctx) wordClass(i int) string {
	if i < 0 || i >= len(c.toks) {
		return "edge"
	}
	t := &c.toks[i]
	if t.Kind == article.TokPunct {
		if isQuoteMark(t) {
			return "quote"
		}
		return "p" + t.Text
	}
	if t.Kind == article.TokNumber {
		return "num"
	}
	if cls := c.lx.class(t.Norm); cls != "" {
		if strings.HasPrefix(cls, "det") || cls == "indef" || cls == "prep" || cls == "aux" || cls == "aux:pass" {
			return cls + ":" + t.Norm
		}
		return cls
	}
	if sex, ok := c.lx.pronoun(t.Norm); ok {
		return "pron:" + sex
	}
	if _, ok := c.lx.verbs[t.Norm]; ok && isLowerWord(t) {
		return "verb"
	}
	if isCap(t) {
		return "cap"
	}
	return "low"
}

func bucket(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n <= 2:
		return strconv.Itoa(n)
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	}
	return "11+"
}
