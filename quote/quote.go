// Package quote finds quotations and reported speech in an analysed article: direct quotes in
// any common quotation marks, partial quotes, Konjunktiv-I reported speech and "laut X" style
// attributions, each with its cue, the words naming the source and the speaker resolved to a
// canonical entity. Link groups the same quotation across articles.
package quote

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang"
)

// Extractor finds quotes. Between calls it keeps only each pack's lexicon, built from the
// pack's word lists on first use; it is safe for concurrent use.
type Extractor struct {
	mu   sync.Mutex
	lexs map[lang.Pack]*lexicon
	// rulesOnly leaves the source words to the rules (tests of the rules themselves).
	rulesOnly bool
	// rank replaces the pack's source ranker when rankSet (SetRanker).
	rankSet bool
	rank    map[string]float64
}

// SetRanker makes the extractor choose source words with the ranker weights w instead of the
// pack's (internal/gensource cross-validates with it; nil: the rules' words).
func (x *Extractor) SetRanker(w map[string]float64) {
	x.rankSet, x.rank = true, w
}

// New returns a quote extractor.
func New() *Extractor { return &Extractor{lexs: map[lang.Pack]*lexicon{}} }

// lexicon returns the lexicon of pack p, building it once.
func (x *Extractor) lexicon(p lang.Pack) *lexicon {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.lexs == nil {
		x.lexs = map[lang.Pack]*lexicon{}
	}
	lx, ok := x.lexs[p]
	if !ok {
		lx = newLexicon(p)
		x.lexs[p] = lx
	}
	return lx
}

// Extract appends the article's quotes to an.Quotes, sorted by Start. It reads an.Sentences,
// an.Tokens and an.Entities and the pack's quote_* word lists.
func (x *Extractor) Extract(a *article.Article, an *article.Analysis, p lang.Pack) {
	x.ExtractRunes(a, an, p, nil)
}

// ExtractRunes is Extract with the code point index of a.Text (article.NewRunes) made by
// the caller; nil makes one.
func (x *Extractor) ExtractRunes(a *article.Article, an *article.Analysis, p lang.Pack, r *article.Runes) {
	if a == nil || an == nil || p == nil || len(an.Tokens) == 0 {
		return
	}
	if r == nil {
		r = article.NewRunes(a.Text)
	}
	c := newCtx(a, an, r, x.lexicon(p))
	c.rulesOnly = x.rulesOnly
	if x.rankSet {
		c.ranker = x.rank
	}
	c.direct()
	c.reported()
	c.resolvePending()
	c.resolveInner()
	c.hostReports()
	c.portraitVoice()
	c.dropSelfNamed()
	c.attachRelays()
	c.dropOwnOutlet()
	qs := c.dropRepeatedHeadings(c.out)
	c.speakerOfRepeated(qs)
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

// dropSelfNamed leaves empty the speaker a direct quotation without a cue got by carrying on
// from the text before, when its words name that person in full ("„Die Expertise von Lars
// Ricken … werden die Geschäftsführung bereichern.“" after a sentence about Ricken): someone
// else speaks of them.
func (c *ctx) dropSelfNamed() {
	for k := range c.out {
		q := &c.out[k].q
		if q.Speaker == "" || q.SpeakerHow != article.SpeakerCoreference || !q.Direct || q.Partial {
			continue // a fragment inside a report may be the speaker's words about themself
		}
		if q.Cue != nil {
			if c.opensWithName(q.Start, q.Speaker) {
				// "Im Fernsehen erklärte er seine Wahl: „Jonas ist schnell …“" after a
				// sentence about Jonas Kehl: the pronoun is someone speaking of him.
				q.Speaker, q.SpeakerHow = "", article.SpeakerNone
			}
			continue
		}
		for i := range c.names.mentions {
			m := &c.names.mentions[i]
			if m.canon == q.Speaker && !m.org && m.pos >= q.Start && m.end <= q.End && strings.Contains(c.r.Slice(m.pos, m.end), " ") && !c.quotedWithin(q.Start, q.End, m.pos) {
				q.Speaker, q.SpeakerHow = "", article.SpeakerNone
				break
			}
		}
	}
}

// opensWithName reports whether the direct quotation at start opens with a word of name as
// the subject of its first sentence ("„Jonas ist einfach sehr schnell …“" for Jonas Kehl): nobody
// opens their own words with their own name.
func (c *ctx) opensWithName(start int, name string) bool {
	k := c.tokAt(start)
	for k >= 0 && k < len(c.toks) && isQuoteMark(&c.toks[k]) {
		k++
	}
	if k < 0 || k+1 >= len(c.toks) || !isCap(&c.toks[k]) || !isWord(&c.toks[k]) || !isLowerWord(&c.toks[k+1]) {
		return false
	}
	for _, w := range strings.Fields(name) {
		if strings.ToLower(w) == c.toks[k].Norm {
			return true
		}
	}
	return false
}

// quotedWithin reports whether offset pos lies in words the quotation [s, e) itself quotes
// ("„… dass ‚Johnny Depp den Film ruiniert'“"): someone quoted names the speaker.
func (c *ctx) quotedWithin(s, e, pos int) bool {
	for _, mk := range c.marks {
		if mk.Open >= s && mk.Open < pos && mk.Close > pos && mk.Close <= e {
			return true
		}
	}
	// Inner marks written as commas or apostrophes (",Johnny Depp …'", "'Lasst mich …'"),
	// which the scan of pairs leaves out: an opening one before pos not closed before it.
	rs := []rune(c.r.Slice(s, pos))
	open := false
	for i, r := range rs {
		prevSpace := i == 0 || unicode.IsSpace(rs[i-1]) || rs[i-1] == ':'
		nextLetter := i+1 < len(rs) && unicode.IsLetter(rs[i+1])
		switch {
		case (r == ',' || r == '\'' || r == '‚' || r == '‘' || r == '‹') && prevSpace && (nextLetter || i+1 == len(rs)):
			open = true
		case (r == '\'' || r == '‘' || r == '’' || r == '›') && !nextLetter && i > 0 && !unicode.IsSpace(rs[i-1]):
			open = false
		}
	}
	return open
}

// dropRepeatedHeadings leaves out a direct quotation without a cue that fills a paragraph or
// heading of its own and whose words another quotation of the article holds ("„In zwei Wochen
// ist alles gut“" above "„Ich bleibe gesund. In zwei Wochen ist alles gut“, sagte Roth"): a
// heading that repeats the quotation, which the paragraph before does not say.
func (c *ctx) dropRepeatedHeadings(qs []found) []found {
	out := qs[:0]
	for i, f := range qs {
		if f.q.Direct && f.q.Cue == nil && c.aloneInBlock(f.q.Start, f.q.End) {
			repeated := false
			for j, g := range qs {
				if j != i && g.q.Start != f.q.Start && len(g.q.Text) > len(f.q.Text) && strings.Contains(g.q.Text, f.q.Text) {
					repeated = true
					break
				}
			}
			if repeated {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// speakerOfRepeated gives a direct quotation without a cue that fills a paragraph or heading of
// its own the speaker of a quotation of the same words with a cue elsewhere in the article
// ("„Wo bleibt Tom?“" as a subheading, "„Wo bleibt Tom?“, fragte die Moderatorin" below): the
// heading repeats those words, and whoever the paragraph before it is about did not say them.
// That quotation's speaker may be nobody.
func (c *ctx) speakerOfRepeated(qs []found) {
	// The first cued direct quotation of each wording, so a long article costs one pass.
	cued := map[string]int{}
	for j := range qs {
		// Only a speaker named at the cue or nobody: one read back from an epithet ("so der
		// 36-Jährige") is itself a guess, which a heading would repeat.
		if g := &qs[j].q; g.Cue != nil && g.Direct && (g.Speaker == "" || g.SpeakerHow == article.SpeakerSubject) {
			if _, ok := cued[g.Text]; !ok {
				cued[g.Text] = j
			}
		}
	}
	for i := range qs {
		f := &qs[i].q
		if !f.Direct || f.Cue != nil || f.Partial || !c.aloneInBlock(f.Start, f.End) {
			continue
		}
		j, ok := cued[f.Text]
		if !ok || qs[j].q.Start == f.Start {
			continue
		}
		g := &qs[j].q
		f.Speaker, f.SpeakerHow, f.Source = g.Speaker, article.SpeakerNone, nil
		if g.Speaker != "" {
			f.SpeakerHow, f.Source = article.SpeakerCoreference, g.Source
		}
	}
}

// aloneInBlock reports whether the quotation [s, e) and its marks are all the words of their
// paragraph.
func (c *ctx) aloneInBlock(s, e int) bool {
	b := c.blockOf(s)
	if b < 0 || b >= len(c.a.Blocks) {
		return false
	}
	blk := c.a.Blocks[b]
	for _, part := range []string{c.r.Slice(blk.Start, s), c.r.Slice(e, blk.End)} {
		if strings.TrimFunc(part, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" {
			return false
		}
	}
	return true
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
	whole bool // the message keeps its cue and source inside (see clauseAround)
	a     *article.Article
	an    *article.Analysis
	r     *article.Runes
	lx    *lexicon
	toks  []article.Token

	// reportCut is the token where reportEnd ended the message being emitted (-1: none); the
	// source is never taken from the reporter's words after it.
	reportCut int

	// relayAlone makes phraseCue read its cue even beside a speech verb after it: that verb
	// framed nothing in the sentence (see reported).
	relayAlone bool

	// subjectSource keeps the rules' source words (the subject of a noun-phrase speech act of
	// stop 30a): the ranker neither chooses nor learns from them.
	subjectSource bool
	// sentOf maps each token to its sentence.
	sentOf []int
	// nameCache memoises nameWord per token: 0 unknown, 1 yes, 2 no.
	nameCache []uint8
	usedCue   map[int]bool
	// fixedSource marks cue tokens whose source words the rules cut short on purpose (an
	// addressee after an inverted role): the ranker may not widen them again.
	fixedSource   map[int]bool
	covered       []article.Span // spans of direct quotes
	marks         []Marked       // every pair of quotation marks, in text order
	furniture     []bool         // per sentence: it lies in a furniture block
	sents         []article.Sentence
	out           []found
	names         *names
	pendingDirect []pending
	inner         []pending // quoted fragments without a speech verb of their own
	roles         map[string][]roleRef
	mentionOf     []int32           // per token: index into names.mentions, or -1
	ents          article.SpanIndex // an.Entities, for look-ups by offset
	placeOf       []int32           // per token: index into an.Entities of a place covering it, or -1
	otherName     []bool            // per token: inside a name of another kind (a law, an amount)
	// recordSources, when set, collects the ranker's cases instead of applying it (training).
	recordSources *[]SourceCase
	rulesOnly     bool               // no ranker
	ranker        map[string]float64 // the source ranker's weights (learn.go)
	// msgOff is the offset resolve was given (where the quotation being resolved starts, or
	// its sentence or verb), -1 outside resolve.
	msgOff int
	// mediumCue is set while the verb being framed is one a news medium can be the subject
	// of ("berichtete", "schrieb", @r): then a name in quotation marks after an article
	// ("berichtete die „Abendpost“") is the medium, even one the tagger does not know.
	mediumCue bool
	// phraseSource is set while a cue phrase's source is read ("laut", "nach Angaben",
	// "zufolge"): a name in quotation marks after an article ("laut der „Abendpost“") is
	// what the report goes by, a medium, when it is capitalised words only (not "des
	// „Hauses der Zukunft“", nor an edition of a study: "laut dem „Wohnbarometer 2023“").
	phraseSource bool
	// phraseBuf is phraseAt's reused buffer for a run of words.
	phraseBuf []byte
}

func newCtx(a *article.Article, an *article.Analysis, r *article.Runes, lx *lexicon) *ctx {
	c := &ctx{a: a, an: an, r: r, lx: lx, toks: an.Tokens, usedCue: map[int]bool{}, fixedSource: map[int]bool{}, msgOff: -1, reportCut: -1, ranker: lx.ranker}
	c.sentOf = make([]int, len(c.toks))
	c.nameCache = make([]uint8, len(c.toks))
	c.sents = c.splitSentences(an.Sentences)
	c.furniture = make([]bool, len(c.sents))
	for si, s := range c.sents {
		for i := max(0, s.TokStart); i < s.TokEnd && i < len(c.toks); i++ {
			c.sentOf[i] = si
		}
		if b := c.blockOf(s.Start); b >= 0 && a.Blocks[b].Kind == article.BlockFurniture {
			c.furniture[si] = true
		}
	}
	c.marks = Scan(a.Text)
	c.ents = article.NewSpanIndex(len(an.Entities), func(i int) (int, int) { return an.Entities[i].Start, an.Entities[i].End })
	c.names = buildNames(c)
	c.indexNames()
	c.roles = buildRoles(c)
	return c
}

// tokAt returns the index of the first token that ends after offset off.
func (c *ctx) tokAt(off int) int {
	return sort.Search(len(c.toks), func(i int) bool { return c.toks[i].End > off })
}

func (c *ctx) sentRange(si int) (int, int) {
	s := c.sents[si]
	return max(0, s.TokStart), min(len(c.toks), s.TokEnd)
}

// sentenceAt returns the index of the sentence holding offset off, or -1.
func (c *ctx) sentenceAt(off int) int {
	i := sort.Search(len(c.sents), func(i int) bool { return c.sents[i].End > off })
	if i < len(c.sents) && c.sents[i].Start <= off {
		return i
	}
	return -1
}

// splitSentences splits the analysis' sentences once more after a quotation that ends a
// sentence of its own and is followed by a new one („… geben!“ Niedersachsens Bezirksleiter
// sprach …), which sentence splitters keep together. A name and a speech verb that close the
// sentence right after it ("Why?" Smith asked.) stay with the quotation.
func (c *ctx) splitSentences(in []article.Sentence) []article.Sentence {
	var out []article.Sentence
	for _, s := range in {
		ts, te := max(0, s.TokStart), min(len(c.toks), s.TokEnd)
		start := ts
		for k := ts + 2; k < te-1; k++ {
			t, prev, next := &c.toks[k], &c.toks[k-1], &c.toks[k+1]
			if !isQuoteMark(t) || !(prev.Text == "." || prev.Text == "!" || prev.Text == "?" || prev.Text == "…") || !isCap(next) || next.Kind != article.TokWord {
				continue
			}
			if c.closesWithCue(k+1, te) {
				continue
			}
			out = append(out, article.Sentence{Start: c.toks[start].Start, End: t.End, TokStart: start, TokEnd: k + 1, Block: s.Block})
			start = k + 1
		}
		if start == ts {
			out = append(out, s)
		} else {
			out = append(out, article.Sentence{Start: c.toks[start].Start, End: s.End, TokStart: start, TokEnd: s.TokEnd, Block: s.Block})
		}
		// "…,“ Rep. Leigh Finke, DFL-St. | Paul, said.": a split after an abbreviation the
		// splitter did not know, before a short rest that closes with a speech verb.
		if n := len(out); n >= 2 && c.splitAfterAbbreviation(out[n-2], out[n-1]) {
			out[n-2].End, out[n-2].TokEnd = out[n-1].End, out[n-1].TokEnd
			out = out[:n-1]
		}
	}
	return out
}

// splitAfterAbbreviation reports whether sentence b only continues a: a ends in a short
// capitalised word and a period, and b is a few words ending in a speech verb.
func (c *ctx) splitAfterAbbreviation(a, b article.Sentence) bool {
	if a.Block != b.Block || a.TokEnd != b.TokStart || a.TokEnd-a.TokStart < 2 || b.TokEnd-b.TokStart > 6 {
		return false
	}
	last, prev := &c.toks[a.TokEnd-1], &c.toks[a.TokEnd-2]
	if last.Text != "." || !isCap(prev) || utf8.RuneCountInString(prev.Text) > 6 || !strings.ContainsAny(prev.Text, "-") && utf8.RuneCountInString(prev.Text) > 3 {
		return false
	}
	for k := b.TokStart; k < b.TokEnd; k++ {
		if _, ok := c.lx.verbs[c.toks[k].Norm]; ok && isLowerWord(&c.toks[k]) {
			return true
		}
	}
	return false
}

// closesWithCue reports whether tokens from k to the sentence end te are a short subject and a
// speech verb, possibly with an adverbial ("Smith asked.", "sagte er am Montag.").
func (c *ctx) closesWithCue(k, te int) bool {
	for v := k; v < te && v <= k+4; v++ {
		if _, ok := c.lx.verbs[c.toks[v].Norm]; ok && isLowerWord(&c.toks[v]) {
			rest := 0
			for j := v + 1; j < te; j++ {
				if c.toks[j].Kind != article.TokPunct {
					rest++
				}
			}
			return rest <= 4
		}
	}
	return false
}

func (c *ctx) mark(ts, te int) *article.Mark {
	if ts < 0 || te <= ts || te > len(c.toks) {
		return nil
	}
	s, e := c.toks[ts].Start, c.toks[te-1].End
	return &article.Mark{Start: s, End: e, Text: c.r.Slice(s, e)}
}

// namingApposition reports whether the participle of naming at i ("genannt") stands right after
// a comma, a dash or an opening bracket and before a capitalised word: an apposition giving a
// byname ("Friedrich II. – genannt der Alte –", "Karl, genannt Kalle"), which reports no words.
func (c *ctx) namingApposition(i, sentEnd int) bool {
	if i == 0 || i+1 >= sentEnd || !isCap(&c.toks[i+1]) {
		return false
	}
	if p := &c.toks[i-1]; isWord(p) && isCap(p) && i-2 >= 0 && isWord(&c.toks[i-2]) {
		// "wie der Stift genannt Zauberstift geladen wird": a noun, the participle
		// and a name right after it, no auxiliary: the name it is given, nobody speaks.
		return true
	}
	if c.toks[i-1].Kind != article.TokPunct {
		return false
	}
	switch c.toks[i-1].Text {
	case ",", "-", "–", "—", "(":
		return true
	}
	return false
}

// participleAttribute reports whether the speech verb form at i is the participle of an extended
// attribute ("Die aus der Serie Sternenflug bekannte Schauspielerin Marta Lindgren hat …"): the
// words before it open with an article and a preposition, and after it a noun phrase (capitalised
// words, "und", adjectives) runs to an auxiliary. The form is an adjective of that noun; the
// clause's finite verb comes after it.
func (c *ctx) participleAttribute(i, sentStart, sentEnd int) bool {
	d := i - 1
	for d >= sentStart && (isWord(&c.toks[d]) || c.hyphenAt(d)) {
		d--
	}
	d++
	if d+1 >= i || !c.lx.isDet(c.toks[d].Norm) || c.lx.class(c.toks[d+1].Norm) != "prep" {
		return false
	}
	for j := i + 1; j < sentEnd && j <= i+8; j++ {
		t := &c.toks[j]
		if isLowerWord(t) && c.auxAt(j, sentEnd) {
			return j > i+1
		}
		if !(isWord(t) && (isCap(t) || c.lx.class(t.Norm) == "and" || adjLike(t.Norm)) || c.hyphenAt(j)) {
			return false
		}
	}
	return false
}

// hyphenAt reports whether token k is a hyphen inside a word ("US-Schauspielerin"), no dash.
func (c *ctx) hyphenAt(k int) bool {
	t := &c.toks[k]
	return isPunct(t, "-") && k > 0 && k+1 < len(c.toks) && c.toks[k-1].End == t.Start && c.toks[k+1].Start == t.End
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
		vi, ok = c.lx.pluralVerbs[t.Norm]
		if !ok || !c.pluralSpeech(i, sentStart, sentEnd) {
			return false
		}
	}
	if !isLowerWord(t) && i != sentStart {
		// Capitalised mid-sentence: a noun ("Fragen", "Klagen"), not a verb.
		return false
	}
	if c.moveVerb(i, sentEnd) {
		return false // "Goffin kontert mit einem Volley": a move in the match, no speech
	}
	if c.objectIdiom(i, sentStart, sentEnd) {
		return false // "bestreiten ihr Leben damit, …": they make a living, deny nothing
	}
	if c.participleAttribute(i, sentStart, sentEnd) {
		return false // "Die aus der Serie bekannte Schauspielerin X hat …": an adjective
	}
	if vi.names && vi.ptcp && c.namingApposition(i, sentEnd) {
		return false // "des Königs Ludwig - genannt der Eiserne -": a byname, nobody speaks
	}
	if vi.bare {
		if i == sentStart {
			return false
		}
		p := &c.toks[i-1]
		sex, pron := c.lx.pronoun(p.Norm)
		cls := c.lx.class(p.Norm)
		if !(pron && sex != "x" || cls == "subj" || cls == "modal" || cls == "aux" || cls == "neg" || cls == "group" || p.Norm == "to") {
			return false // "$2.2 million claim": a noun
		}
	}
	if i > sentStart {
		// "media reports", "the claim", "its statement": after an article, a possessive or a
		// medium the form is a noun.
		// "Mark Few said": a surname the lexicon also reads as a determiner is no article.
		if p := c.toks[i-1].Norm; c.lx.isDet(p) && !c.surnameInName(i-2, i-1) || c.lx.media(p) && strings.HasSuffix(t.Norm, "s") {
			return false
		}
		if c.countWordBefore(i) && strings.HasSuffix(t.Norm, "s") {
			return false // "11 states enacted limits", "two reports": a plural noun
		}
	}
	if len(vi.alts) == 0 && c.particleCloses(i, sentEnd) {
		return false // "fand … statt": the particle makes another verb
	}
	p := c.companion(vi, i, sentEnd)
	if p > i && c.priceBetween(i+1, p) {
		return false // "ruft Sony für die Konsole rund 800 Euro auf": asks a price
	}
	if p > i && c.otherParticleCloses(vi, p, sentEnd) {
		return false // "schlug frei vor dem Tor zu": "vor" was a preposition, "zu" makes the verb
	}
	return p >= 0
}

// moveVerb reports whether the speech verb at i also names a move (quote_actverbs: "kontert")
// and its preposition right after it opens a phrase whose noun is no speech noun: "kontert mit
// einem Volley", not "konterte mit den Worten".
func (c *ctx) moveVerb(i, end int) bool {
	prep, ok := strings.CutPrefix(c.lx.actVerbs[c.toks[i].Norm], "prep:")
	if !ok || i+2 >= end || c.toks[i+1].Norm != prep {
		return false
	}
	for k := i + 2; k < end && k <= i+5; k++ {
		t := &c.toks[k]
		if t.Kind != article.TokWord {
			return false
		}
		if isCap(t) {
			for w, v := range c.lx.actVerbs {
				if v == "speech" && strings.HasSuffix(t.Norm, w) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// objectIdiom reports whether a noun that makes the speech verb at i another verb (quote_actverbs
// "obj:": "ihr Leben bestreiten", "das Finale bestreiten") stands at most three words before
// or after it within [ss, end), past no punctuation.
func (c *ctx) objectIdiom(i, ss, end int) bool {
	objs := c.lx.actObjects[c.toks[i].Norm]
	if len(objs) == 0 {
		return false
	}
	near := func(k int) bool {
		t := &c.toks[k]
		if !isWord(t) || !isCap(t) {
			return false
		}
		for _, o := range objs {
			if strings.HasSuffix(t.Norm, o) {
				return true
			}
		}
		return false
	}
	for k := i + 1; k < end && k <= i+3 && c.toks[k].Kind != article.TokPunct; k++ {
		if near(k) {
			return true
		}
	}
	for k := i - 1; k >= ss && k >= i-3 && c.toks[k].Kind != article.TokPunct; k-- {
		if near(k) {
			return true
		}
	}
	return false
}

// otherParticleCloses reports whether the companion at p is a separable particle and its
// clause ends (before a comma, "und" or the sentence's end) with another particle that is no
// companion of verb form vi: the word at p was a preposition ("vor dem Tor") and the closing
// particle makes another verb ("schlug … zu": zuschlagen).
func (c *ctx) otherParticleCloses(vi verbInfo, p, end int) bool {
	if _, ok := c.lx.particles[c.toks[p].Norm]; !ok {
		return false
	}
	k := p + 1
	for k < end && c.toks[k].Kind != article.TokPunct && c.lx.class(c.toks[k].Norm) != "and" {
		k++
	}
	if k == p+1 || k < end && c.toks[k].Kind == article.TokPunct && !isPunct(&c.toks[k], ",") && !isPunct(&c.toks[k], ".") {
		return false
	}
	last := &c.toks[k-1]
	if _, ok := c.lx.particles[last.Norm]; !ok || !isLowerWord(last) || c.inMarks(last.Start) {
		return false
	}
	for _, alt := range vi.alts {
		if len(alt) > 0 && alt[len(alt)-1] == last.Norm {
			return false // "rief er Anhängern auf der Wahlparty zu": "zurufen" speaks too
		}
	}
	return true
}

// priceBetween reports whether an amount of money stands in tokens [s, e): a number and a
// currency ("800 Euro", "1,5 Millionen Dollar").
func (c *ctx) priceBetween(s, e int) bool {
	for k := s; k+1 < e; k++ {
		if c.toks[k].Kind != article.TokNumber {
			continue
		}
		for j := k + 1; j < e && j <= k+2; j++ {
			if _, ok := c.lx.currencies[c.toks[j].Norm]; ok {
				return true
			}
		}
	}
	return false
}

// particleCloses reports whether a separable verb particle that makes another verb (value
// "other" in quote_particles: "Am Montag fand ein Treffen statt"; any particle when a reflexive
// follows the verb: "fand sich … wieder") ends the clause of the verb at i, before a comma or
// the sentence's end.
func (c *ctx) particleCloses(i, end int) bool {
	k := i + 1
	for k < end && c.toks[k].Kind != article.TokPunct {
		k++
	}
	if k > i+1 && (k == end || isPunct(&c.toks[k], ",") || isPunct(&c.toks[k], ".")) {
		if last := &c.toks[k-1]; c.lx.particles[last.Norm] == "other" && isLowerWord(last) {
			return true
		}
	}
	// "er fand sich auf dem Stuhl bei „…“ wieder" (sich wiederfinden): with a reflexive
	// right after the verb (or its pronoun) a particle of value "reflexive" closing the clause
	// makes another verb; words in quotation marks on the way do not end the clause.
	refl := false
	for j := i + 1; j <= i+2 && j < end; j++ {
		if c.lx.class(c.toks[j].Norm) == "reflexive" {
			refl = true
		}
	}
	if !refl {
		return false
	}
	k = i + 1
	for k < end && (c.toks[k].Kind != article.TokPunct || isQuoteMark(&c.toks[k]) || c.inMarks(c.toks[k].Start)) {
		k++
	}
	if k < end && !isPunct(&c.toks[k], ",") && !isPunct(&c.toks[k], ".") {
		return false
	}
	last := &c.toks[k-1]
	return c.lx.particles[last.Norm] == "reflexive" && isLowerWord(last) && !c.inMarks(last.Start)
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
			// A reflexive companion belongs to the verb's own clause ("zeigte sich zufrieden"):
			// one in the clause after a comma or colon is another verb's ("zeigte, dass er sich
			// … wohlfühlt" shows by play or evidence, nobody speaks).
			own := c.lx.class(w) == "reflexive"
			for k < end && (c.toks[k].Norm != w || c.infinitiveZu(k, end)) {
				if own && c.toks[k].Kind == article.TokPunct && !isQuoteMark(&c.toks[k]) && c.toks[k].Text != "(" && c.toks[k].Text != ")" {
					k = end
					break
				}
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

// cueParts returns the other words of the cue at token v written apart from it (see
// article.Quote.CueParts): the particle closing a separable verb's clause (cueParticle), the
// auxiliary of a participle (cueAux), a companion "es" or "sich" right after the verb or its
// auxiliary ("heißt es", "zeigte sich", "äußerte sich") or "es" right before it ("Es heißt").
// Words of the message [ms, me) or of the source [srcS, srcE) are never part of the cue.
func (c *ctx) cueParts(v, ms, me, srcS, srcE int) []article.Mark {
	var toks [][2]int
	if a := c.cueAux(v); a >= 0 {
		toks = append(toks, [2]int{a, a + 1})
	}
	vi := c.lx.verbs[c.toks[v].Norm]
	takesEs := slices.ContainsFunc(vi.alts, func(alt []string) bool { return len(alt) == 1 && alt[0] == "es" })
	_, se := c.sentRange(c.sentOf[v])
	for _, k := range []int{v + 1, v - 1} {
		if k < 0 || k >= se || c.sentOf[k] != c.sentOf[v] || !isWord(&c.toks[k]) {
			continue
		}
		n := c.toks[k].Norm
		if n == "es" && takesEs || k == v+1 && c.lx.class(n) == "reflexive" && isLowerWord(&c.toks[k]) {
			toks = append(toks, [2]int{k, k + 1})
		}
	}
	if ps, pe := c.cueParticle(v); ps >= 0 {
		toks = append(toks, [2]int{ps, pe})
	}
	sort.Slice(toks, func(i, j int) bool { return toks[i][0] < toks[j][0] })
	var out []article.Mark
	for i, r := range toks {
		if r[0] < me && r[1] > ms || srcS >= 0 && r[0] < srcE && r[1] > srcS || i > 0 && r[0] < toks[i-1][1] {
			continue
		}
		out = append(out, *c.mark(r[0], r[1]))
	}
	return out
}

// cueAux returns the finite auxiliary of the participle cue at v, of the perfect or the
// passive, in its clause before it ("hat … angekündigt", "wurde … vorgeworfen") or right after
// it ("wie die Stadt mitgeteilt hat"), or -1.
func (c *ctx) cueAux(v int) int {
	if !c.lx.verbs[c.toks[v].Norm].ptcp {
		return -1
	}
	ss, se := c.sentRange(c.sentOf[v])
	aux := func(k int) bool {
		t := &c.toks[k]
		cls := c.lx.class(t.Norm)
		return isLowerWord(t) && (cls == "aux" || cls == "aux:pass") && t.Norm != "worden" && !c.inMarks(t.Start)
	}
	if k := v + 1; k < se && aux(k) {
		return k
	}
	for k := v - 1; k >= ss && k >= v-12; k-- {
		t := &c.toks[k]
		if t.Kind == article.TokPunct && !isPunct(t, "-") && !isQuoteMark(t) {
			return -1 // the auxiliary is in the same clause, with no comma between
		}
		if aux(k) {
			return k
		}
	}
	return -1
}

// cueParticle returns the tokens [s, e) of the rest of the separable speech verb at token v
// ("teilte … mit", "gab … bekannt"): the companion its entry names, a lower-case word closing
// the verb's clause (before a comma, a colon, a quotation mark or the sentence's end), with the
// companion words before it ("geht davon aus") or a pronominal adverb ("wies darauf hin") right
// before it. The clause ends at other punctuation, or at a comma before a lower-case word that is
// no companion ("teilte mit, dass …" keeps "mit"; ", dass … an" is another clause). -1, -1 when
// there is none.
func (c *ctx) cueParticle(v int) (int, int) {
	vi := c.lx.verbs[c.toks[v].Norm]
	if len(vi.alts) == 0 {
		return -1, -1
	}
	_, se := c.sentRange(c.sentOf[v])
	lastOf := func(norm string) []string {
		for _, alt := range vi.alts {
			if alt[len(alt)-1] == norm {
				return alt
			}
		}
		return nil
	}
	for k := v + 1; k < se; k++ {
		t := &c.toks[k]
		if t.Kind == article.TokPunct {
			if isQuoteMark(t) || t.Text == "(" || t.Text == ")" {
				continue
			}
			if t.Text != "," || k+1 >= se || isLowerWord(&c.toks[k+1]) && lastOf(c.toks[k+1].Norm) == nil {
				return -1, -1
			}
			continue
		}
		alt := lastOf(t.Norm)
		if alt == nil || !isLowerWord(t) || c.inMarks(t.Start) || c.infinitiveZu(k, se) {
			continue
		}
		if n := k + 1; n < se && (c.toks[n].Kind != article.TokPunct || isPunct(&c.toks[n], "(")) {
			continue // not the clause's last word
		}
		s := k
		for j := len(alt) - 2; j >= 0 && s-1 > v && c.toks[s-1].Norm == alt[j]; j-- {
			s--
		}
		if s == k && s-1 > v && isLowerWord(&c.toks[s-1]) && c.lx.pronAdv(c.toks[s-1].Norm) {
			s--
		}
		return s, k + 1
	}
	return -1, -1
}

// infinitiveZu reports whether "zu" at token k marks the infinitive after it ("gibt Ihnen die
// Freiheit, sich treu zu bleiben"), so it is no particle of the verb ("gab zu, dass …").
func (c *ctx) infinitiveZu(k, end int) bool {
	if c.toks[k].Norm != "zu" || k+1 >= end {
		return false
	}
	n := &c.toks[k+1]
	if n.Norm == "verstehen" || n.Norm == "bedenken" || n.Norm == "erkennen" {
		return false // "gab zu verstehen, dass …", "gibt zu bedenken": ways of saying
	}
	return isLowerWord(n) && !c.lx.p.Stopword(n.Norm) && strings.HasSuffix(n.Norm, "n")
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
	if m := c.mentionAt(i); m != nil && !m.org && isLowerWord(&c.toks[i]) && c.lx.nameParticle(c.toks[i].Norm) && m.pos == c.toks[i].Start {
		// "erklärte von der Leyen": a person's surname opening with its particle, not a
		// phrase "von …"
		if e := c.tokAt(m.end-1) + 1; e <= limit {
			return i, e
		}
	}
	s := i
	lastCap := -1
	entEnd := c.entityEndAt(i)
loop:
	for j := i; j < limit; j++ {
		t := &c.toks[j]
		// A surname that is also a role word ("Sven König") still ends the name the tagger gave.
		// A title ("BVB-Präsident Dr. Reinhold Lunow") goes on to the name after it.
		if entEnd >= 0 && t.Start >= entEnd && lastCap >= 0 && isCap(t) && c.lx.roleHead(t.Norm) == "" && !c.titleAbbrev(lastCap) && (c.lx.roleHead(c.toks[lastCap].Norm) == "" || c.toks[lastCap].End == entEnd && c.surnameAfterGivenAt(lastCap)) && !c.personSoon(j+1, limit) && !c.holderAfterBody(lastCap, j) && !c.epithetBeforePerson(lastCap, j) && !c.kinNamedAfterGenitive(lastCap, j) {
			break loop // a capitalised word after a complete name is the object ("Selenskyj Bedenken", "König MDR")
		}
		if e := c.entityEndAt(j); e >= 0 {
			entEnd = e
		}
		switch {
		case t.Kind == article.TokWord && capLike(t) && (!c.lx.isDet(t.Norm) || c.surnameInName(lastCap, j)):
			if lastCap >= 0 && lastCap == j-1 && entEnd < 0 && len(c.an.Entities) == 0 && c.lx.roleHead(t.Norm) == "" && c.names.lookup(t.Norm) == "" && c.names.lookup(c.toks[lastCap].Norm) != "" {
				break loop
			}
			lastCap = j
		case t.Kind == article.TokWord && lastCap >= 0 && lastCap == j-1 && c.genitiveAfterSource(lastCap, j, limit):
			// "Angaben libanesischer Sicherheitskreise", "Angaben seines Managers": a
			// genitive without article names whose information it is.
		case t.Kind == article.TokWord && c.lx.isDet(t.Norm) && lastCap >= 0 && lastCap == j-1:
			// Only a genitive after a role continues the phrase ("Chef des Büros").
			if (t.Norm != "des" && t.Norm != "der" && t.Norm != "of") || (c.lx.roleHead(c.toks[lastCap].Norm) == "" && c.isName(lastCap)) {
				break loop
			}
		case t.Kind == article.TokNumber && j+1 < limit && isPunct(&c.toks[j+1], "-"):
			// "der 81-Jährige"
		case lastCap < 0 && c.ageNoun(j, limit):
			// "der 81-jährige": an age in small letters, no noun after it, is the noun
			lastCap = j
		case lastCap < 0 && j > i && isLowerWord(t) && c.lx.media(t.Norm) && c.lx.isDet(c.toks[j-1].Norm):
			// "die taz": a paper whose name is written in small letters
			lastCap = j
		case t.Kind == article.TokNumber:
			break loop // a number ends a speaker phrase
		case t.Kind == article.TokWord && c.lx.isDet(t.Norm):
		case lastCap < 0 && j > i && c.lx.isDet(c.toks[j-1].Norm) && c.extendedAttribute(j, limit) > j:
			// "die zur Stanford University gehörende Hoover Institution": an attribute with
			// its own prepositional phrase between the article and the noun.
			j = c.extendedAttribute(j, limit)
		case t.Kind == article.TokWord && (t.Norm == "von" || t.Norm == "of" || c.lx.nameParticle(t.Norm)) && j+1 < limit && isCap(&c.toks[j+1]):
		case t.Kind == article.TokWord && c.lx.class(t.Norm) == "and" && lastCap == j-1 && c.lx.roleHead(c.toks[lastCap].Norm) != "" &&
			j+1 < limit && c.lx.roleHead(c.toks[j+1].Norm) != "":
			// "der Schwimmer und Moderator Andreas Onea"
		case t.Kind == article.TokWord && adjLike(t.Norm) && !c.lx.p.Stopword(t.Norm) && !c.isVerbForm(t.Norm) && (lastCap < 0 || lastCap != j-1 || c.genitiveName(lastCap) && j+1 < limit && capLike(&c.toks[j+1])):
			// An adjective goes before its noun; right after one it is a verb ("eines
			// Bahnsprechers | blockierten Bäume"), unless the word before is a person's name in
			// the genitive ("Bauers deutscher Teamkollege Paul Sommer").
		case isPunct(t, "-") && j > i && j+1 < limit && isCap(&c.toks[j+1]):
		case isPunct(t, ".") && lastCap == j-1 && c.initialAt(lastCap) && j+1 < limit && isCap(&c.toks[j+1]) && c.toks[j+1].Start == t.End+1:
			// An initial's full stop inside a name: "J. D. Vance", "John D. Vance".
		default:
			break loop
		}
	}
	if lastCap < 0 {
		return -1, -1
	}
	return s, lastCap + 1
}

// epithetBeforePerson reports whether the compound at lastCap, right before token j, ends in
// an epithet that also serves as a title and a person's name starts at j ("HSV-Kapitän
// Jonas Kellermann"): the name the compound's organisation part ended is the person's role.
func (c *ctx) epithetBeforePerson(lastCap, j int) bool {
	if lastCap != j-1 || !strings.Contains(c.toks[lastCap].Norm, "-") || !c.epithetWord(c.toks[lastCap].Norm) {
		return false
	}
	m := c.mentionAt(j)
	return m != nil && !m.org && m.pos == c.toks[j].Start
}

// ageNoun reports whether the word at j is "81-jährige" of "der 81-jährige" written in small
// letters: a number, a hyphen and a word in one token after an article, with no capitalised
// word or adjective after it that it would qualify. It is the noun, as "81-Jährige" is.
func (c *ctx) ageNoun(j, limit int) bool {
	t := &c.toks[j]
	n, rest, ok := strings.Cut(t.Text, "-")
	if j < 1 || !isWord(t) || !ok || n == "" || strings.Trim(n, "0123456789") != "" || rest == "" || !isLowerWord(&c.toks[j]) && capLike(t) || !c.lx.isDet(c.toks[j-1].Norm) {
		return false
	}
	if j+1 < limit && isWord(&c.toks[j+1]) && (capLike(&c.toks[j+1]) || adjLike(c.toks[j+1].Norm) && !c.lx.p.Stopword(c.toks[j+1].Norm)) {
		return false // "der 81-jährige Besitzer"
	}
	return true
}

// surnameAfterGivenAt reports whether token k is in a person's name right after a given name
// ("Sven König"), so a surname whatever else the word may be.
func (c *ctx) surnameAfterGivenAt(k int) bool {
	m := c.mentionAt(k)
	return m != nil && !m.org && k > 0 && c.mentionAt(k-1) == m && given()[c.toks[k-1].Norm] != 0
}

// extendedAttribute returns the participle that closes an attribute opened by the preposition
// at j ("zur Universität gehörende", "vom Land geförderte", "in Kiel ansässige"), when a
// capitalised noun follows it, or -1: at most five words, no punctuation, between.
func (c *ctx) extendedAttribute(j, limit int) int {
	if t := &c.toks[j]; !isLowerWord(t) || c.lx.class(t.Norm) != "prep" && c.lx.class(t.Norm) != "gen" {
		return -1
	}
	for k := j + 1; k < limit-1 && k <= j+6; k++ {
		t := &c.toks[k]
		if t.Kind == article.TokPunct && !isPunct(t, "-") {
			return -1
		}
		if !isLowerWord(t) {
			continue
		}
		n := t.Norm
		ptcp := strings.HasSuffix(n, "ende") || strings.HasSuffix(n, "enden") ||
			strings.HasPrefix(n, "ge") && (strings.HasSuffix(n, "te") || strings.HasSuffix(n, "ten")) ||
			strings.HasSuffix(n, "ierte") || strings.HasSuffix(n, "ierten") || strings.HasSuffix(n, "ansässige")
		if ptcp && k > j+1 && isCap(&c.toks[k+1]) && isWord(&c.toks[k+1]) {
			return k
		}
		if c.isVerbForm(n) || c.lx.class(n) == "comp" || c.lx.class(n) == "sub" {
			return -1
		}
	}
	return -1
}

// genitiveAfterSource reports whether the word at j, right after the noun at n naming a source
// of information, opens a genitive without article: an adjective or a possessive in -er/-es
// before a capitalised noun ("Angaben libanesischer Sicherheitskreise", "Einschätzung
// politischer Beobachter", "Angaben seines Managers").
func (c *ctx) genitiveAfterSource(n, j, limit int) bool {
	t := &c.toks[j]
	if !isLowerWord(t) || j+1 >= limit || !isCap(&c.toks[j+1]) || !c.lx.sourceNoun(c.toks[n].Norm) {
		return false
	}
	if !strings.HasSuffix(t.Norm, "er") && !(c.lx.class(t.Norm) == "poss" && strings.HasSuffix(t.Norm, "es")) {
		return false
	}
	if c.lx.class(t.Norm) == "poss" {
		return true
	}
	return len(t.Norm) >= 5 && !c.lx.p.Stopword(t.Norm) && c.lx.class(t.Norm) == "" && !c.isVerbForm(t.Norm)
}

// holderAfterBody reports whether a person's name starts at token j right after a party,
// faction or other body at lastCap, in the genitive after a role ("der Sprecher der
// SPD-Fraktion Paul Weber"): the name is the role's holder, not an object. After a person ("sagte
// Biden Scholz …": spoken to) or a body that is no genitive of a role it is not.
func (c *ctx) holderAfterBody(lastCap, j int) bool {
	if lastCap != j-1 || !isCap(&c.toks[lastCap]) {
		// "sagte die Sprecherin des Landes Tirol": a name right after the genitive's article
		// is the body itself (which the tagger may take for a person), no holder after it.
		return false
	}
	m := c.mentionAt(j)
	if m == nil || m.org || m.pos != c.toks[j].Start {
		return false
	}
	if b := c.mentionAt(lastCap); b != nil && !b.org {
		return false
	}
	// The body is a genitive after a role: "Sprecher der SPD-Fraktion", not "BVB-Reporter".
	for k, n := lastCap, 0; k > 0 && n < 5; k, n = k-1, n+1 {
		t := &c.toks[k]
		if (t.Norm == "der" || t.Norm == "des") && isLowerWord(t) {
			return c.lx.roleHead(c.toks[k-1].Norm) != ""
		}
		if !isCap(t) && !isPunct(t, "-") && !isPunct(t, "/") {
			return false
		}
	}
	return false
}

// personSoon reports whether a person mention starts at token i or the one after, before
// limit: a capitalised noun before it is an apposition ("DGB-Vorstandsmitglied Anja Piel").
func (c *ctx) personSoon(i, limit int) bool {
	for k := i; k < limit && k <= i+1; k++ {
		if m := c.mentionAt(k); m != nil && !m.org && m.pos == c.toks[k].Start {
			return true
		}
	}
	return false
}

// entityEndAt returns the end offset of the person or organisation entity starting at token i,
// or -1.
func (c *ctx) entityEndAt(i int) int {
	st := c.toks[i].Start
	lo, hi := c.ents.Around(st, st) // not a pass over all entities per token
	for _, e := range c.an.Entities[lo:hi] {
		if e.Start == st && (e.Type == article.EntityPerson || e.Type == article.EntityOrganisation) {
			return e.End
		}
	}
	return -1
}

// surnameInName reports whether the capitalised word at j, one the lexicon reads as a
// determiner ("Few", "Many", "Most"), goes on a person's name that the tagger found from the
// word right before it ("coach Mark Few said").
func (c *ctx) surnameInName(lastCap, j int) bool {
	if lastCap < 0 || lastCap != j-1 || !isCap(&c.toks[j]) {
		return false
	}
	m := c.mentionAt(j)
	return m != nil && !m.org && m == c.mentionAt(lastCap) && m.pos < c.toks[j].Start
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
		case t.Kind == article.TokNumber && j == start-1 && j > floor && isCap(&c.toks[j-1]) && isWord(&c.toks[j-1]):
			ok = true // "Bayer 04 Leverkusen", "Hannover 96": a number inside a name
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
	if start > floor && c.lx.class(c.toks[start-1].Norm) == "gen" {
		// "Co-founder of the Riders Union, Iris Maloney, told": the words after "of" only
		// qualify the head before it; the name apposed after the comma is the subject.
		for k := start; k < end; k++ {
			if isPunct(&c.toks[k], ",") {
				if k+1 < end {
					return k + 1, end
				}
				break
			}
		}
		return -1, -1
	}
	if c.lx.timeWord(c.toks[end-1].Norm) {
		return -1, -1 // "sagte er am Montag", "Die Polizei am Montag sagte": a time
	}
	if start == end-1 && c.sentenceAt(c.toks[start].Start) >= 0 && c.toks[start].Start == c.sents[c.sentenceAt(c.toks[start].Start)].Start && !c.isName(start) {
		return -1, -1 // a lone capitalised word opening the sentence is likely an adverb ("Zuvor")
	}
	return start, end
}

// emit records a quote. The message never contains its own cue or source: when they fall
// inside [ts, te), the longest stretch beside them is the message.
func (c *ctx) emit(ts, te int, direct, partial bool, cue int, srcS, srcE int, spk speaker) {
	if ts < 0 || te <= ts {
		return
	}
	if srcS >= 0 && srcE == srcS+1 && c.impersonal(srcS) {
		// "heißt es": "es" names nobody; the source words are where it was said, if the
		// clause says ("In dem Bericht heißt es", "hieß es aus Paris").
		srcS, srcE = c.wherePhrase(srcS, cue, ts, te)
	}
	if srcS >= 0 && srcE > srcS && (srcE <= ts || srcS >= te) {
		e0 := srcE
		stop := cue
		if srcE <= ts && (stop < srcE || ts < stop) {
			stop = ts // the message is never swallowed
		}
		srcE = c.extendSource(srcS, srcE, stop)
		if !spk.known() && srcE > e0+1 && isPunct(&c.toks[e0], ",") && c.headNoun(srcS, e0) >= 0 && c.lx.roleHead(c.toks[c.headNoun(srcS, e0)].Norm) != "" {
			// "der Bürgermeister von Felsheim, Karl Haberkorn": the name apposed to the role
			// speaks.
			if m := c.mentionAt(e0 + 1); m != nil && !m.org && !m.quoted && m.pos == c.toks[e0+1].Start {
				spk = speaker{name: m.canon, how: article.SpeakerSubject}
			}
		}
	}
	if !direct && !c.whole {
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
	if !direct && cue >= 0 && cue < ts && c.rejectedClaim(cue, ts) {
		return // "wies den Vorwurf zurück, er habe gelogen": the accusers' words, not the subject's
	}
	c.reportCut = -1
	if !direct && cue >= 0 && cue < ts {
		if e := c.reportEnd(ts, te); e < te {
			// The words after the end are the reporter's clause: no source is taken there.
			c.reportCut = e
			for te = e; te > ts && c.toks[te-1].Kind == article.TokPunct && !isQuoteMark(&c.toks[te-1]); te-- {
			}
			if te-ts < 2 {
				c.reportCut = -1
				return
			}
		}
	}
	s, e := c.toks[ts].Start, c.toks[te-1].End
	c.emitSpan(s, e, direct, partial, cue, srcS, srcE, spk)
	c.reportCut = -1
}

// rejectedClaim reports whether the reported message starting at ts is the content of a claim
// the verb of rejection at cue has as its object ("Huber wies die Kritik zurück, dass er zu spät
// reagiert habe", "weist Bergs Vorwurf, dass …, zurück", "lehnte die Forderung ab, das Recht zu
// ändern"): a noun of quote_claims between the verb and the message, and the verb's particle,
// if it needs one, after the verb in the sentence.
func (c *ctx) rejectedClaim(cue, ts int) bool {
	vi, ok := c.lx.verbs[c.toks[cue].Norm]
	if !ok || vi.rejects == "" || len(c.lx.claims) == 0 {
		return false
	}
	claim := -1
	for k := cue + 1; k < ts && claim < 0; k++ {
		if isWord(&c.toks[k]) && isCap(&c.toks[k]) && c.lx.claimNoun(c.toks[k].Norm) {
			claim = k
		}
	}
	if claim < 0 {
		return false
	}
	for k := claim + 1; k < ts; k++ {
		if t := &c.toks[k]; c.lx.class(t.Norm) == "and" && isLowerWord(t) || isPunct(t, ":") || isPunct(t, ";") {
			// "wies die Vorwürfe zurück und erklärte, …", "weist die Vorwürfe zurück: Ihr
			// Anwalt erklärte, …": another verb frames the message.
			return false
		}
	}
	if vi.rejects == "*" {
		return true
	}
	si := c.sentenceAt(c.toks[cue].Start)
	if si < 0 {
		return false
	}
	_, se := c.sentRange(si)
	for k := cue + 1; k < se; k++ {
		if c.toks[k].Norm == vi.rejects && isLowerWord(&c.toks[k]) {
			return true
		}
	}
	return false
}

// pastAfterAnd reports whether token n, right after "und" in a reported message, is a verb in
// the past indicative that opens a second main clause of the reporter's sentence ("und
// weigerte sich", "und kündigte an, …"): a lower-case word in -te that is no Konjunktiv, no
// auxiliary or modal, followed by a lower-case word or punctuation (not a noun: "und letzte
// Woche"; not "oder", "und": "und überflutete oder gefährdete Straßen").
func (c *ctx) pastAfterAnd(n, te int) bool {
	if n+1 >= te {
		return false
	}
	t := &c.toks[n]
	if !isLowerWord(t) || !strings.HasSuffix(t.Norm, "te") || c.lx.class(t.Norm) != "" || c.inMarks(t.Start) {
		return false
	}
	if _, ok := c.lx.konj[t.Norm]; ok {
		return false
	}
	next := &c.toks[n+1]
	if c.lx.class(next.Norm) == "and" {
		return false // "und überflutete oder gefährdete Straßen": adjectives
	}
	return isLowerWord(next) || next.Kind == article.TokPunct && !isQuoteMark(next)
}

// mainVerbAfterComma reports whether token n, right after a comma inside a reported message,
// is a finite verb in the indicative that opens another main clause: an auxiliary in the
// indicative (quote_indicative: "ist", "wird", "hatte") or a verb in the past as pastAfterAnd reads it
// ("erkannte", "räumte").
func (c *ctx) mainVerbAfterComma(n, te int) bool {
	if n+1 >= te || c.inMarks(c.toks[n].Start) || !isLowerWord(&c.toks[n]) {
		return false
	}
	if _, ok := c.lx.indicAux[c.toks[n].Norm]; ok {
		return true
	}
	return c.pastAfterAnd(n, te)
}

// reportEnd returns where the reported message [ts, te) after its cue ends: at a semicolon
// after which no Konjunktiv (I, or II standing in for it) reports on ("…, sich dort unsicher
// zu fühlen; vor allem Frauen meiden den Platz"), at "und" before a verb in the past
// indicative (pastAfterAnd: "…, Europa brauche die Briten und fügte hinzu"), or at a comma
// opening the author's comment on the whole clause ("…, Gelder erhalten zu haben, was bisher
// nicht bestätigt ist", "…, wobei …", quote_sentrel) without a Konjunktiv. Words in quotation
// marks never end it.
func (c *ctx) reportEnd(ts, te int) int {
	for k := ts + 2; k < te-1; k++ {
		t := &c.toks[k]
		if c.inMarks(t.Start) {
			continue
		}
		if t.Norm == "und" && isLowerWord(t) && c.pastAfterAnd(k+1, te) {
			// "…, Europa brauche die Briten und fügte hinzu": the speaker's next act, unless a
			// Konjunktiv reports on after it ("und verkündete, für sie gehe es um …"; after a
			// speech verb a Konjunktiv II too: "und sagte, er würde …").
			strong, weak := c.konjMood(k+2, te)
			if _, speech := c.lx.verbs[c.toks[k+1].Norm]; !strong && !(weak && speech) {
				return k
			}
		}
		if t.Kind != article.TokPunct {
			continue
		}
		if isPunct(t, ",") && c.mainVerbAfterComma(k+1, te) {
			// "…, er sei unschuldig, erkannte das Gericht aber nicht an", "…, dass die Fahrgäste
			// schuld seien, wird nun eine Million investiert": a finite verb in the indicative
			// right after the comma opens the reporter's main clause, unless a Konjunktiv
			// reports on after it (as after "und").
			strong, weak := c.konjMood(k+2, te)
			if _, speech := c.lx.verbs[c.toks[k+1].Norm]; !strong && !(weak && speech) {
				return k
			}
		}
		if isPunct(t, ",") && c.andIndicative(k+1, te) {
			// "…, habe England den besten Kader, und deshalb war die Kritik so groß": "und"
			// and a verb in the indicative, right after it or after one word, open the
			// reporter's own main clause, unless a Konjunktiv reports on after it.
			if strong, _ := c.konjMood(k+2, te); !strong {
				return k
			}
		}
		end := -1
		switch {
		case isPunct(t, ";"):
			end = k
		case isPunct(t, ","):
			n := &c.toks[k+1]
			v, ok := c.lx.sentRels[n.Norm]
			if ok && isLowerWord(n) && (v != "zu" || c.toks[k-2].Norm == "zu" || c.lx.zuInfinitive(c.toks[k-1].Norm)) {
				end = k
			}
		}
		if end < 0 {
			continue
		}
		if strong, weak := c.konjMood(k+1, te); !strong && !weak {
			return end
		}
	}
	return te
}

// extendSource widens the words naming a speaker over what describes them and belongs to
// them: a parenthesis ("Renate Schmidt (SPD)"), a name in quotation marks ("die Zeitschrift
// „Bergblick“"), an apposition between commas ("Reinhard Jung, Geschäftsführer des
// Bauernbundes, sagte") or closing the sentence, or a "von"/"vom"/"of" phrase ("Holger
// Schäfer vom Institut der deutschen Wirtschaft"), up to the cue or the end of the clause.
// The message is never swallowed.
func (c *ctx) extendSource(s, e, cue int) int {
	limit := min(len(c.toks), c.sents[c.sentOf[s]].TokEnd)
	if cue > e && cue < limit {
		limit = cue
	}
	for n := 0; n < 3 && e < limit; n++ {
		x := c.extendOnce(e, cue, limit)
		if x == e {
			break
		}
		apposition := isPunct(&c.toks[e], ",")
		e = x
		if apposition {
			break // what follows an apposition's closing comma is the rest of the clause
		}
	}
	return e
}

// extendOnce returns where one part describing the source words ending at e ends, or e.
func (c *ctx) extendOnce(e, cue, limit int) int {
	t := &c.toks[e]
	switch {
	case isPunct(t, "("):
		for k := e + 1; k < limit && k <= e+7; k++ {
			if isPunct(&c.toks[k], ")") {
				if k > e+1 && !c.hasVerbBetween(e+1, k) {
					return k + 1
				}
				return e
			}
		}
	case isQuoteMark(t):
		if a, b := c.quotedName(e, limit); a == e && isCap(&c.toks[e+1]) && !c.hasPunctBetween(e+1, b-1) {
			return b
		}
	case isPunct(t, ","):
		// An apposition: words without a verb, closed by a comma before the cue or the end.
		relative := false
		for k := e + 1; k < limit && k <= e+10; k++ {
			w := &c.toks[k]
			if isPunct(w, ",") {
				if k > e+1 && (k+1 == limit || k+1 == cue || (cue >= 0 && cue < e)) && (cue < e || c.appositionEnd(k-1) && !relative) {
					// Closed before the cue or the end, or anywhere after an inverted subject
					// ("sagte Günther Platter, der Minister, nach dem Treffen").
					return k
				}
				return c.closedApposition(e, limit) // before the finite verb: "X, der Dekan, hatte … mitgeteilt"
			}
			if isPunct(w, ":") && cue >= 0 && cue < e && k > e+1 && c.appositionEnd(k-1) {
				return k // "sagte Tom Berger, Gründer der Band: „…“"
			}
			if c.onlyPunctFrom(k, limit) {
				break // the sentence's final mark
			}
			if w.Kind == article.TokPunct && !isPunct(w, "-") && !isPunct(w, "(") && !isPunct(w, ")") {
				return e
			}
			if c.isVerbForm(w.Norm) || c.lx.class(w.Norm) == "comp" || c.lx.class(w.Norm) == "sub" {
				return e
			}
			// A relative clause after a subject is none of its words ("Der Sender, der …
			// verantwortlich ist, begründete"); after the verb it may be ("geht aus einem
			// Bericht, der … erschien, hervor").
			relative = relative || isLowerWord(w) && c.verbClass(w.Norm)
		}
		if limit-e <= 11 && cue < e {
			// "sagte Reinhard Jung, Geschäftsführer des Bauernbundes." at the sentence end.
			end := limit
			for end > e && c.toks[end-1].Kind == article.TokPunct && !isPunct(&c.toks[end-1], ")") && !isQuoteMark(&c.toks[end-1]) {
				end--
			}
			if end > e+1 && !c.hasVerbBetween(e+1, end) && !c.hasKonj(e+1, end) {
				// (Not "so Karl Bauer, man müsse jetzt handeln": a Konjunktiv makes a clause.)
				return end
			}
		}
	case cue == limit && c.placeTail(e, limit):
		return limit // "Ein Regierungssprecher in Berlin | sagte"
	case cue >= 0 && cue < e && c.lx.class(t.Norm) == "prep" && isLowerWord(t):
		// "kündigte die Regierung in Lomé an": a place closing the inverted subject, before a
		// particle, a comma or the end.
		for n := 2; n <= 4 && e+n <= limit; n++ {
			if !c.placeTail(e, e+n) || c.placeAt(e+n-1) == nil {
				continue
			}
			if x := e + n; x == limit || c.toks[x].Kind == article.TokPunct && !isQuoteMark(&c.toks[x]) || isLowerWord(&c.toks[x]) && c.lx.particles[c.toks[x].Norm] != "" {
				return x
			}
		}
	case c.lx.class(t.Norm) == "gen" && c.mentionAt(e-1) != nil:
		k := e + 1
		for k < limit && (isWord(&c.toks[k]) || isPunct(&c.toks[k], "-")) && !c.isVerbForm(c.toks[k].Norm) && k <= e+8 {
			if c.lx.p.Stopword(c.toks[k].Norm) && !c.lx.isDet(c.toks[k].Norm) {
				break
			}
			k++
		}
		if k > e+1 && isCap(&c.toks[k-1]) {
			return k
		}
	}
	return e
}

// closedApposition returns where source words ending at e end when an apposition between
// commas follows them ("nach den Worten der Sprecherin der Partei, Anna Berg, fehle …", "Anna
// Berg, die Ministerin des Landes, hatte … mitgeteilt"): the closing comma, or e when none.
// The apposition holds no verb and ends in a noun, a number or a closing mark (a relative
// clause ends in its verb); it is a person's name alone, or the clause's finite verb follows it.
func (c *ctx) closedApposition(e, limit int) int {
	if k := c.appositionComma(e, limit); k > 0 && (c.nameAlone(e+1, k) || c.finiteAt(k+1, limit)) {
		return k
	}
	return e
}

// appositionComma returns the comma that closes an apposition opened by the comma at e (words
// without a verb, ending in a noun, a number or a closing mark), or -1.
func (c *ctx) appositionComma(e, limit int) int {
	if e >= limit || !isPunct(&c.toks[e], ",") {
		return -1
	}
	for k := e + 1; k < limit && k <= e+12; k++ {
		t := &c.toks[k]
		if isPunct(t, ",") {
			if k > e+1 && c.appositionEnd(k-1) {
				return k
			}
			return -1
		}
		if t.Kind == article.TokPunct && !isPunct(t, "-") && !isPunct(t, "(") && !isPunct(t, ")") && !isQuoteMark(t) {
			return -1
		}
		if isLowerWord(t) && (c.isVerbForm(t.Norm) || c.verbClass(t.Norm) || c.lx.class(t.Norm) == "comp" || c.lx.class(t.Norm) == "sub") {
			return -1
		}
		if isLowerWord(t) && !c.phraseWord(t.Norm) && !c.lx.p.Stopword(t.Norm) && !(adjLike(t.Norm) && k+1 < limit && (isCap(&c.toks[k+1]) || isLowerWord(&c.toks[k+1]) && adjLike(c.toks[k+1].Norm))) && !c.nameJoint(k, limit) {
			return -1 // a participle's phrase ("vertreten durch Anna Berg") is no apposition
		}
	}
	return -1
}

// frontedEnd returns where source words ending at e end when their cue phrase opens the
// sentence ("Nach Angaben des Amts für Statistik in Kiel kamen …", "Laut einem Bericht der
// Agentur aus Berlin haben …"): a German main clause has one phrase before its finite verb, so
// what stands between the source words and that verb belongs to them. The words between may be
// articles, prepositions, conjunctions, capitalised words, numbers, brackets, quotation marks
// and adjectives after an article or preposition; the verb is the first other lower-case word.
// e when no verb follows within ten words or a comma comes first.
func (c *ctx) frontedEnd(e, limit int) int {
	for j := e; j < limit && j <= e+10; j++ {
		t := &c.toks[j]
		switch {
		case t.Kind == article.TokPunct:
			if !isPunct(t, "-") && !isPunct(t, "(") && !isPunct(t, ")") && !isQuoteMark(t) {
				return e
			}
		case t.Kind == article.TokNumber, isCap(t):
		case isLowerWord(t):
			if c.verbClass(t.Norm) || c.isVerbForm(t.Norm) {
				return j
			}
			if c.phraseWord(t.Norm) || c.lx.media(t.Norm) || c.nameJoint(j, limit) {
				continue // "der Agenturen dpa und AFP", "der Organisation Ärzte ohne Grenzen"
			}
			if adjLike(t.Norm) && j > e && c.opensAdjective(j-1) && j+1 < limit && (isCap(&c.toks[j+1]) && isWord(&c.toks[j+1]) || isLowerWord(&c.toks[j+1]) && adjLike(c.toks[j+1].Norm)) {
				continue // an adjective after an article or preposition ("vom gestrigen Abend")
			}
			return j
		default:
			return e
		}
	}
	return e
}

// nameJoint reports whether the lower-case word at k joins the capitalised words of one name
// ("Ärzte ohne Grenzen", "Institute of Technology"): a short function word, no verb, between
// two capitalised words.
func (c *ctx) nameJoint(k, limit int) bool {
	t := &c.toks[k]
	joint := c.lx.p.Stopword(t.Norm) || c.lx.nameParticle(t.Norm) || t.Norm == "of" // "Bank of England"
	if k == 0 || k+1 >= limit || !isLowerWord(t) || len(t.Norm) > 4 || !joint || c.verbClass(t.Norm) || c.isVerbForm(t.Norm) {
		return false
	}
	if _, ok := c.lx.konj[t.Norm]; ok {
		return false
	}
	p, n := &c.toks[k-1], &c.toks[k+1]
	return isCap(p) && isWord(p) && !c.lx.p.Stopword(p.Norm) && isCap(n) && isWord(n) && !c.lx.p.Stopword(n.Norm)
}

// phraseWord reports whether a lower-case word joins the parts of a noun phrase: an article,
// a preposition, a quantifier, a possessive or a conjunction.
func (c *ctx) phraseWord(norm string) bool {
	switch c.lx.class(norm) {
	case "prep", "for", "gen", "and", "indef", "poss":
		return true
	}
	return c.lx.isDet(norm) || norm == "sowie"
}

// opensAdjective reports whether token k can stand before an attributive adjective: a word
// joining a noun phrase or another adjective.
func (c *ctx) opensAdjective(k int) bool {
	t := &c.toks[k]
	if !isLowerWord(t) {
		return false
	}
	return c.phraseWord(t.Norm) || c.lx.class(t.Norm) == "" && adjLike(t.Norm) && k > 0 && c.opensAdjective(k-1)
}

// appositionEnd reports whether token k can end an apposition: a capitalised word, a number,
// a closing bracket or quotation mark.
func (c *ctx) appositionEnd(k int) bool {
	t := &c.toks[k]
	return isCap(t) && isWord(t) || t.Kind == article.TokNumber || isPunct(t, ")") || isQuoteMark(t)
}

// verbClass reports whether norm is an auxiliary or modal verb.
func (c *ctx) verbClass(norm string) bool {
	cls := c.lx.class(norm)
	return cls == "aux" || cls == "aux:pass" || cls == "modal"
}

// nameAlone reports whether tokens [s, e) are exactly one person's name.
func (c *ctx) nameAlone(s, e int) bool {
	m := c.mentionAt(s)
	if m == nil || m.org || m.quoted || m.tok != s || c.mentionAt(e) == m {
		return false
	}
	for k := s; k < e; k++ {
		if c.mentionAt(k) != m {
			return false
		}
	}
	return true
}

// finiteAt reports whether token k (before limit) can be a clause's finite verb after its
// subject: a lower-case word that is no article, pronoun, function word or adverb of time.
func (c *ctx) finiteAt(k, limit int) bool {
	if k >= limit {
		return false
	}
	t := &c.toks[k]
	if !isLowerWord(t) {
		return false
	}
	if c.verbClass(t.Norm) || c.isVerbForm(t.Norm) {
		return true
	}
	if _, ok := c.lx.konj[t.Norm]; ok && c.lx.class(t.Norm) == "" {
		return true // "…, dem Getränkehersteller Pepsi, werde es …": a Konjunktiv I is finite
	}
	if _, ok := c.lx.pronoun(t.Norm); ok {
		return false
	}
	return c.lx.class(t.Norm) == "" && !c.lx.p.Stopword(t.Norm) && !c.lx.timeWord(t.Norm) && !c.lx.isDet(t.Norm)
}

// markedSource keeps a name in quotation marks whole in the source words [s, e) of a
// quotation [ms, me): words cut at an opening mark lose it and the article or preposition
// before it ("Kluncker vor den „…“" when the quoted word is the message); words starting inside a quoted
// name take its opening mark and the article, or the article and a noun or adjective, before
// it ("die „Bergpost“", "Die Wochenzeitung „Die Zeit“", "der neue „Rat“").
func (c *ctx) markedSource(s, e, ms, me int) (int, int) {
	if s < 0 || e <= s || s < me && e > ms {
		return s, e
	}
	ss, se := c.sentRange(c.sentOf[s])
	limit := se
	if s < ms {
		limit = min(se, ms)
	}
	floor := ss
	if s >= me {
		floor = max(ss, me)
	}
	if s-1 >= floor && isQuoteMark(&c.toks[s-1]) {
		a, b := c.quotedName(s-1, limit)
		if a == s-1 && b >= e && b <= e+1 {
			s, e = s-1, b
			switch p := s - 1; {
			case p >= floor && isLowerWord(&c.toks[p]) && c.lx.isDet(c.toks[p].Norm):
				s = p
			case p-1 >= floor && (isCap(&c.toks[p]) && isWord(&c.toks[p]) || isLowerWord(&c.toks[p]) && adjLike(c.toks[p].Norm)) && c.lx.isDet(c.toks[p-1].Norm):
				s = p - 1 // "Die Wochenzeitung „…“", "der neue „…“"
			}
			return s, e
		}
	}
	if e-1 > s && isQuoteMark(&c.toks[e-1]) && !c.closesName(s, e-1) {
		for e > s+1 && (isQuoteMark(&c.toks[e-1]) || isLowerWord(&c.toks[e-1]) && (c.lx.isDet(c.toks[e-1].Norm) || c.phraseWord(c.toks[e-1].Norm))) {
			e--
		}
		return s, e
	}
	return s, e
}

// closesName reports whether the quotation mark at k closes a name opened by a mark in [s, k).
func (c *ctx) closesName(s, k int) bool {
	for j := k - 1; j >= s; j-- {
		if isQuoteMark(&c.toks[j]) {
			return true
		}
	}
	return false
}

// onlyPunctFrom reports whether tokens [k, limit) are all punctuation.
func (c *ctx) onlyPunctFrom(k, limit int) bool {
	for ; k < limit; k++ {
		if c.toks[k].Kind != article.TokPunct {
			return false
		}
	}
	return true
}

// wherePhrase returns the prepositional phrase that says where an impersonal report ("es" at
// k, cue at v) was made: right after "es" or opening the sentence before the cue, outside the
// message [ts, te); or -1, -1.
func (c *ctx) wherePhrase(k, v, ts, te int) (int, int) {
	ss, se := c.sentRange(c.sentOf[k])
	outside := func(a, b int) bool { return b <= ts || a >= te }
	plain := func(a, b int) bool {
		for i := a; i < b; i++ {
			if t := &c.toks[i]; t.Kind == article.TokPunct && !isPunct(t, "-") && !isQuoteMark(t) || c.isVerbForm(t.Norm) && isLowerWord(t) {
				return false
			}
		}
		return true
	}
	if a := k + 1; a < se && c.lx.class(c.toks[a].Norm) == "prep" {
		b := a + 1
		for b < se && b-a <= 10 && plain(b, b+1) && !(b >= ts && b < te) {
			b++
		}
		if b > a+1 && outside(a, b) {
			return a, b
		}
	}
	if v > ss+1 && v <= ss+11 && c.lx.class(c.toks[ss].Norm) == "prep" && plain(ss, v) && outside(ss, v) {
		return ss, v
	}
	if c1 := c.lastCommaBefore(ss, v); c1 == v-1 && c.lx.class(c.toks[ss].Norm) == "prep" && c.subjectRelative(ss, c1) {
		// "In dem Bericht, der im Netz steht, heißt es": the phrase before the relative clause.
		for k := ss + 1; k < c1; k++ {
			if isPunct(&c.toks[k], ",") {
				if outside(ss, k) {
					return ss, k
				}
				break
			}
		}
	}
	return -1, -1
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

func (c *ctx) emitSpan(s, e int, direct, partial bool, cue int, srcS, srcE int, spk speaker) {
	if spk.how == "" || spk.how == article.SpeakerNone || spk.name == "" {
		spk = noSpeaker
	}
	spk = c.relayed(cue, spk)
	if cue >= 0 && spk.known() && !c.orgName(spk.name) {
		if _, plural := c.lx.pluralVerbs[c.toks[cue].Norm]; plural {
			spk = noSpeaker // a plural verb's subject is no one person ("X und Y sagen")
		}
	}
	if cue >= 0 && !c.rulesOnly && !c.whole && !c.subjectSource && !c.fixedSource[cue] && (!spk.known() || srcS >= 0) && !(srcS <= cue && cue < srcE) && c.sentOf[cue] == c.sentOf[c.tokAt(s)] {
		// Which words of the text name the source is the ranker's choice: any for an unnamed
		// speaker (who stays unnamed), a widening of the words that name a named one. Only
		// when the quotation starts in the cue's sentence, whose phrases the ranker weighs
		// ("Das bestätigte X" after the sentence it says keeps the rules' words).
		srcS, srcE = c.rankSource(cue, c.tokAt(s), c.tokAt(e-1)+1, srcS, srcE, spk.known())
	}
	if srcS >= 0 {
		srcS, srcE = c.markedSource(srcS, srcE, c.tokAt(s), c.tokAt(e-1)+1)
	}
	q := article.Quote{Start: s, End: e, Text: c.r.Slice(s, e), Direct: direct, Partial: partial, Speaker: spk.name, SpeakerHow: spk.how}
	if cue >= 0 {
		q.Cue = c.mark(cue, cue+1)
		c.usedCue[cue] = true
		q.CueParts = c.cueParts(cue, c.tokAt(s), c.tokAt(e-1)+1, srcS, srcE)
	}
	if srcS >= 0 && (spk.known() || !c.noSource(srcS, srcE, cue)) {
		// The source words stay where they were found (continuations and the ranker's
		// training read them); only what the quotation shows leaves out a thing's name.
		q.Source = c.mark(c.sourceMark(srcS, srcE, c.tokAt(s), c.tokAt(e-1)+1, cue))
	}
	si := c.sentenceAt(max(s, e-1))
	c.out = append(c.out, found{q: q, sent: si, cueTok: cue, srcStart: srcS, srcEnd: srcE})
}

// inMarks reports whether offset off lies between a pair of quotation marks.
func (c *ctx) inMarks(off int) bool {
	i := sort.Search(len(c.marks), func(i int) bool { return c.marks[i].Close > off })
	return i < len(c.marks) && c.marks[i].Open < off
}

// inFurniture reports whether token i lies in a furniture block (banners, teasers).
func (c *ctx) inFurniture(i int) bool { return c.furniture[c.sentOf[i]] }

// continues returns the speaker a quotation continuing the report f has: f's, found by
// coreference.
func continues(f *found) speaker {
	if f == nil || f.q.Speaker == "" {
		return noSpeaker
	}
	return speaker{name: f.q.Speaker, how: article.SpeakerCoreference}
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

// initialAt reports whether token i is an initial: one capital letter with its full stop
// right after it.
func (c *ctx) initialAt(i int) bool {
	t := &c.toks[i]
	if t.Kind != article.TokWord || utf8.RuneCountInString(t.Text) != 1 || i+1 >= len(c.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) && isPunct(&c.toks[i+1], ".") && c.toks[i+1].Start == t.End
}

// titleAbbrev reports whether token k is an abbreviated title with its full stop ("Dr.",
// "Prof."); "DR" without one may be a broadcaster's name.
func (c *ctx) titleAbbrev(k int) bool {
	n := c.toks[k].Norm
	return strings.HasSuffix(n, ".") && strings.HasPrefix(c.lx.class(strings.TrimSuffix(n, ".")), "title")
}
