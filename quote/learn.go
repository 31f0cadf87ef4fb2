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
	c := newCtx(a, an, article.NewRunes(a.Text), x.lexicon(p))
	var cases []SourceCase
	c.recordSources = &cases
	c.direct()
	c.reported()
	c.resolvePending()
	c.resolveInner()
	return cases
}

// rankSource returns the source words the ranker prefers for a quotation of tokens [ms, me)
// with speech verb cue, given the rules' choice [rs, re) (-1 when none) and whether the rules
// named a speaker: the best candidate, or -1, -1 for none.
func (c *ctx) rankSource(cue, ms, me, rs, re int, named bool) (int, int) {
	rec := c.recordSources != nil
	w := c.ranker
	if !rec && len(w) == 0 {
		return rs, re
	}
	cands := c.sourceCands(cue, ms, me, rs, re, named, w, rec)
	if rec {
		sc := SourceCase{Start: c.toks[ms].Start, End: c.toks[me-1].End}
		for _, k := range cands {
			sc.Cands = append(sc.Cands, SourceCand{Start: c.offStart(k.s), End: c.offEnd(k.e), Feats: k.feats})
		}
		*c.recordSources = append(*c.recordSources, sc)
		return rs, re
	}
	best := -1
	for i, k := range cands {
		if best < 0 || k.score > cands[best].score {
			best = i
		}
	}
	if best < 0 {
		return rs, re
	}
	if s, e := cands[best].s, cands[best].e; s > cue && c.addressedMedium(cue, s, e) {
		// "Der Staatssekretär sagte der „Zeitung“, …": the medium after the verb is whom it
		// was said to, never the source. The rules' words are, when they name the speaker or
		// are the whole phrase before the verb; no words otherwise (the other phrases the
		// ranker weighs are parts of a longer subject: "Polen" of "Die Bürgermeisterin der
		// Stadt nahe der Grenze zu Polen sagte dem Fernsehen").
		if ss, _ := c.sentRange(c.sentOf[cue]); named || rs == ss && re == cue {
			return rs, re
		}
		return -1, -1
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
	feats []string // when recording
	score float64  // when ranking
}

// featSink takes a candidate's features: it keeps them (training) or adds up their weights,
// building each feature in a reused buffer so that ranking allocates no strings.
type featSink struct {
	rec   bool
	w     map[string]float64
	buf   []byte
	feats []string
	score float64
}

func (f *featSink) reset() { f.feats, f.score = nil, 0 }

// add takes the feature k=v (v in parts); k alone when no parts.
func (f *featSink) add(k string, v ...string) {
	f.buf = append(f.buf[:0], k...)
	if len(v) > 0 {
		f.buf = append(f.buf, '=')
		for _, x := range v {
			f.buf = append(f.buf, x...)
		}
	}
	if f.rec {
		f.feats = append(f.feats, string(f.buf))
	} else {
		f.score += f.w[string(f.buf)]
	}
}

// sourceCands lists the candidate source words for the quotation [ms, me) with cue: "none",
// the rules' choice, and every noun phrase of the cue's sentence outside the quotation.
func (c *ctx) sourceCands(cue, ms, me, rs, re int, named bool, w map[string]float64, rec bool) []srcCand {
	si := c.sentOf[cue]
	ss, se := c.sentRange(si)
	nm := strconv.FormatBool(named)
	var out []srcCand
	sink := &featSink{rec: rec, w: w}
	agent, _ := c.passiveAgent(ss, cue) // where the agent of a passive speech verb starts, or -1
	// A passive speech verb's agent that the rules found ("Von den Behörden wird angenommen",
	// "In einem Bericht wurde vermutet") is its source: "none" is not offered.
	if !named && !(rs >= 0 && rs == agent) {
		sink.add("bias:none")
		sink.add("none:rule", strconv.FormatBool(rs >= 0))
		sink.add("none:named", nm)
		out = append(out, srcCand{s: -1, e: -1, feats: sink.feats, score: sink.score})
	}
	seen := map[[2]int]bool{}
	// After a reproach or an appeal whose subject the rules found before the verb ("Umweltschützer
	// riefen Anna Berg auf, …"), the phrase after the verb is whom it addresses: no candidate.
	addressed := rs >= 0 && re <= cue && c.lx.verbs[c.toks[cue].Norm].addresses
	// Nor, when the rules' subject ends before the perfect's auxiliary ("Ein Landgericht hat
	// die Firma aufgefordert"), is the phrase between the auxiliary and the participle: the
	// object.
	auxAt := c.auxBefore(ss, cue)
	objectSlot := rs >= 0 && auxAt >= 0 && re <= auxAt && !c.objectArticle(rs)
	add := func(s, e int) {
		rule := s == rs && e == re
		if s >= 0 && e > s {
			// Offered as the words it would give: a quoted name whole ("der neue „Rat …“").
			s, e = c.markedSource(s, e, ms, me)
			for c.numberInName(e) {
				e += 2 // not cut inside a name with a number: "Der Trainer von Bayer 04 Leverkusen"
			}
			if c.numberInName(s - 1) {
				return // "Leverkusen" alone
			}
			if !rule && c.ownerCut(e) {
				return // "das Ergebnis" of "das Ergebnis einer Studie der Stiftung"
			}
		}
		if s < 0 || e <= s || seen[[2]int{s, e}] || (s < me && e > ms) || (cue >= s && cue < e) || addressed && s > cue || !rec && c.holdsCompanion(cue, s, e) {
			return
		}
		if !rule && objectSlot && s > auxAt && e <= cue {
			return
		}
		if !rule && s > 0 && isQuoteMark(&c.toks[s-1]) && c.hasMarkBetween(s, e) {
			return // "Tanzabend“-Juror Karl Bauer": the words cut a pair of quotation marks
		}
		if !rule && e == s+1 && c.impersonal(s) {
			return // "Es heißt, …": the impersonal pronoun names no source
		}
		if !rule && !rec && s > cue && (c.cutAddressee(s, e) < e || c.lx.class(c.toks[s].Norm) == "det:dat") {
			return // "wirft die Partei dem Minister vor", "teilte X dem Magazin mit": whom it was said to
		}
		if !rule && !rec && c.sourceOfLaterCue(cue, s, e) {
			return // "sprechen die Parteichefs von …, sagte Reporterin Anna Berg": the frame's subject
		}
		if !rule && c.reportCut >= 0 && s >= c.reportCut {
			return // the reporter's clause after the end of the message (reportEnd)
		}
		if named && !(s <= rs && e >= re) {
			// A named speaker keeps the words that name it: the ranker may only widen them
			// ("Günther Platter, der Verteidigungsminister Österreichs").
			return
		}
		seen[[2]int{s, e}] = true
		sink.reset()
		c.candFeats(sink, cue, ms, me, s, e, rule)
		if rule {
			sink.add("rule:named", nm)
		}
		out = append(out, srcCand{s: s, e: e, feats: sink.feats, score: sink.score})
	}
	add(rs, re)
	aux := c.auxBefore(ss, cue)
	from, to := ss, se
	if named {
		from, to = max(ss, rs-12), min(se, rs+1) // only phrases that hold the named words
	}
	for i := from; i < to; i++ {
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
		if cue > i {
			// Nor does any phrase before the verb run across an auxiliary, of the passive too
			// ("Von den Behörden in beiden Ländern wird angenommen": not "… Ländern wird").
			for k := i + 1; k < limit; k++ {
				if c.auxWord(k) {
					limit = k
					break
				}
			}
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
				if n, _ := c.phraseAt(end, limit); n > 0 {
					break // "bestätigte der Minister laut Reuters, dass …": the agency relayed it
				}
				if p := &c.toks[end-1]; isCap(p) && isWord(p) && c.lx.class(c.toks[end].Norm) == "det:dat" {
					break // "wirft die Partei dem Minister vor": the dative after the noun is whom it was told
				}
			}
		}
		for end > e && isLowerWord(&c.toks[end-1]) {
			end-- // nor on a word in lower case: a particle, "als", "wie folgt" ("die Regierung in Lomé an")
		}
		if end > e && end-s <= 16 && !c.hasVerbBetween(e, end) && !c.hasPunctBetween(e, end) {
			add(s, end)
		}
	}
	return out
}

// numberInName reports whether token k is a number inside a name, between two capitalised
// words ("Bayer 04 Leverkusen", as npBefore reads it).
func (c *ctx) numberInName(k int) bool {
	if k < 1 || k+1 >= len(c.toks) || c.toks[k].Kind != article.TokNumber {
		return false
	}
	p, n := &c.toks[k-1], &c.toks[k+1]
	return isCap(p) && isWord(p) && isCap(n) && isWord(n)
}

// ownerCut reports whether words ending before token e end in a noun that names no one
// followed by "einer", its genitive attribute ("das Ergebnis | einer Studie"): the words that
// say whose it is were cut off. After a person "einer" may be a dative ("sagte der Minister
// einer Zeitung"); before "des" and "eines" the ranker weighs the cut (feature gen:next).
func (c *ctx) ownerCut(e int) bool {
	if e < 1 || e >= len(c.toks) || !isCap(&c.toks[e-1]) || !isWord(&c.toks[e-1]) || !isLowerWord(&c.toks[e]) || c.toks[e].Norm != "einer" {
		return false
	}
	n := c.toks[e-1].Norm
	return c.mentionAt(e-1) == nil && c.lx.roleHead(n) == "" && !c.lx.media(n)
}

// auxWord reports whether token k is a lower-case auxiliary, of the perfect or the passive.
func (c *ctx) auxWord(k int) bool {
	t := &c.toks[k]
	if !isLowerWord(t) {
		return false
	}
	cls := c.lx.class(t.Norm)
	return cls == "aux" || cls == "aux:pass"
}

// startsPhrase reports whether token i may open a noun phrase: a determiner, a pronoun or a
// capitalised word after a non-capitalised one.
func (c *ctx) startsPhrase(i int) bool {
	t := &c.toks[i]
	if m := c.mentionAt(i); m != nil && !m.org && isLowerWord(t) && m.pos == t.Start && c.lx.nameParticle(t.Norm) {
		return true // "von der Leyen": the particle opens the name
	}
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

// candFeats gives sink the features of the candidate [s, e) for a quotation [ms, me) with
// speech verb cue; rule: the rules' choice.
func (c *ctx) candFeats(f *featSink, cue, ms, me, s, e int, rule bool) {
	side := "before"
	dist := cue - e
	if s > cue {
		side, dist = "after", s-cue-1
	}
	f.add("side", side)
	f.add("dist:"+side, bucket(dist))
	f.add("rule", strconv.FormatBool(rule))
	if ms >= e {
		f.add("msg", "after")
	} else {
		f.add("msg", "before")
	}
	vi := c.lx.verbs[c.toks[cue].Norm]
	ss, _ := c.sentRange(c.sentOf[cue])
	if a := c.auxBefore(ss, cue); a >= 0 {
		f.add("aux", strconv.FormatBool(e == a || s == a+1))
	}
	f.add("ptcp", strconv.FormatBool(vi.ptcp))
	fc, fn := c.wordClass(s)
	f.add("first", fc, fn)
	f.add("first:side", fc, fn, "/", side)
	pc, pn := c.wordClass(s - 1)
	f.add("prev", pc, pn)
	f.add("prev:side", pc, pn, "/", side)
	nc, nn := c.wordClass(e)
	f.add("next", nc, nn)
	lc, ln := c.wordClass(e - 1)
	f.add("last", lc, ln)
	f.add("len", bucket(e-s))
	f.add("sentstart", strconv.FormatBool(s == ss))
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
	f.add("person", strconv.FormatBool(person))
	f.add("person:side", strconv.FormatBool(person), "/", side)
	f.add("org", strconv.FormatBool(org))
	f.add("role", strconv.FormatBool(role))
	f.add("media", strconv.FormatBool(media))
	f.add("place", strconv.FormatBool(place && !person && !org))
	if c.lx.timeWord(c.toks[e-1].Norm) {
		f.add("time", "true")
	}
	if vi.reports {
		f.add("reports:media", strconv.FormatBool(media))
	}
	if vi.addressee {
		f.add("addressee:side", side)
	}
	if e < len(c.toks) && isCap(&c.toks[e-1]) && isWord(&c.toks[e-1]) {
		switch c.toks[e].Norm {
		case "des", "der", "eines", "einer":
			// A noun cut before what may be its genitive ("das Ergebnis | einer Studie").
			f.add("gen:next", "true")
		}
	}
}

// wordClass is a coarse class of token i for the ranker, in two parts to join: a function
// word's grammar class (with the word itself for articles, prepositions and auxiliaries,
// which mark case and tense), punctuation, or the word's shape.
func (c *ctx) wordClass(i int) (string, string) {
	if i < 0 || i >= len(c.toks) {
		return "edge", ""
	}
	t := &c.toks[i]
	if t.Kind == article.TokPunct {
		if isQuoteMark(t) {
			return "quote", ""
		}
		return "p", t.Text
	}
	if t.Kind == article.TokNumber {
		return "num", ""
	}
	// "time" (adverbs of time skipped after "Das bestätigte") is no feature: the ranker was
	// trained on those words by their shape.
	if cls := c.lx.class(t.Norm); cls != "" && cls != "time" {
		if strings.HasPrefix(cls, "det") || cls == "indef" || cls == "prep" || cls == "aux" || cls == "aux:pass" {
			return cls + ":", t.Norm
		}
		return cls, ""
	}
	if sex, ok := c.lx.pronoun(t.Norm); ok {
		return "pron:", sex
	}
	if _, ok := c.lx.verbs[t.Norm]; ok && isLowerWord(t) {
		return "verb", ""
	}
	if isCap(t) {
		return "cap", ""
	}
	return "low", ""
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

// holdsCompanion reports whether the words [s, e) after the speech verb at cue hold a word the
// verb takes as part of its cue ("legten Wert darauf", "teilen die Meinung", "vertrat die
// Auffassung"): that noun is what is said, never who says it. Such candidates are withheld when
// the ranker chooses, not when its examples are recorded: recorded without them, the ranker's
// near ties moved elsewhere ("eine Information des Tierheims" lost "in Bremen").
func (c *ctx) holdsCompanion(cue, s, e int) bool {
	if s <= cue {
		return false
	}
	for _, alt := range c.lx.verbs[c.toks[cue].Norm].alts {
		for _, w := range alt {
			for k := s; k < e; k++ {
				if c.toks[k].Norm == w && isCap(&c.toks[k]) {
					return true
				}
			}
		}
	}
	return false
}

// sourceOfLaterCue reports whether the words [s, e) are the source, after its verb, of
// another quotation whose cue comes after cue: the subject of an inverted frame ("…, sagte
// Reporterin Anna Berg") is that frame's, not the source of a verb inside what it frames.
func (c *ctx) sourceOfLaterCue(cue, s, e int) bool {
	for k := range c.out {
		f := &c.out[k]
		if f.cueTok > cue && f.srcStart == s && f.srcEnd == e && f.srcStart > f.cueTok {
			return true
		}
	}
	return false
}
