// Package timex finds time expressions (dates, times, durations, sets) in German and English
// text and normalises them TIMEX3-style ("2024-11-03", "2024-06", "P3M", "XXXX-WXX-1")
// against an anchor: the article's publication date for news, or the last date mentioned
// before the expression for narratives, as HeidelTime does.
package timex

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang"
)

// Options configure anchoring.
type Options struct {
	// Anchor, when not zero, replaces Article.Published as the document date.
	Anchor time.Time
	// Precision is how much of Anchor is known; PrecisionNone with a non-zero Anchor means
	// the day.
	Precision article.Precision
	// Narrative anchors relative expressions on the last date mentioned before them (for
	// Wikipedia-style histories) instead of on the document date (for news).
	Narrative bool
}

// Extractor is the time-expression extractor of the analysis stage. It is safe for
// concurrent use: its only state is a cache of per-language lexicons.
type Extractor struct {
	opt Options

	mu   sync.Mutex
	lexs map[string]*lexicon
	toks sync.Pool // *scratch buffers, so that articles do not each allocate their tokens
}

// scratch is an article's working memory, pooled: its tokens and the tagger's buffers.
type scratch struct {
	toks          []tok
	mains         []tok
	depth         []int8
	tense, clause []int
}

// New returns an extractor with options opt.
func New(opt Options) *Extractor {
	x := &Extractor{opt: opt, lexs: map[string]*lexicon{}}
	x.toks.New = func() any { return new(scratch) }
	return x
}

func (x *Extractor) lexicon(p lang.Pack) *lexicon {
	x.mu.Lock()
	defer x.mu.Unlock()
	lx, ok := x.lexs[p.Code()]
	if !ok {
		lx = newLexicon(p)
		x.lexs[p.Code()] = lx
	}
	return lx
}

// dct is the document date the options and the article give.
func (o Options) dct(a *article.Article) cdate {
	if !o.Anchor.IsZero() {
		return anchorDate(o.Anchor, o.Precision)
	}
	if a == nil {
		return cdate{}
	}
	t, p := article.ParsePublished(a.Published)
	return anchorDate(t, p)
}

func anchorDate(t time.Time, p article.Precision) cdate {
	if t.IsZero() && p == article.PrecisionNone {
		return cdate{}
	}
	switch p {
	case article.PrecisionYear:
		return fromTime(t, pYear)
	case article.PrecisionMonth:
		return fromTime(t, pMonth)
	case article.PrecisionNone, article.PrecisionDay, article.PrecisionTime:
		return fromTime(t, pDay)
	}
	return cdate{}
}

// Extract appends a's time expressions to an.Times, sorted by Start. It tags each block of
// the text (so a sentence split inside "am 3. November" does not cut an expression) and
// reads each sentence's tense for past/future choices.
func (x *Extractor) Extract(a *article.Article, an *article.Analysis, p lang.Pack) {
	if a == nil || an == nil || p == nil || a.Text == "" {
		return
	}
	lx := x.lexicon(p)
	n := utf8.RuneCountInString(a.Text)
	cur := cursor{s: a.Text}
	var spans []block
	furniture := false
	for _, b := range a.Blocks {
		furniture = furniture || b.Kind == article.BlockFurniture
		// Furniture holds no time of the article: a paywall's "24 Stunden vor Ablauf" or a
		// "Stand:" line dates nothing that happened.
		if b.Kind != article.BlockFurniture && b.Start >= 0 && b.End <= n && b.Start < b.End {
			b0 := cur.byteAt(b.Start)
			b1 := cur.byteAt(b.End)
			spans = append(spans, block{Span: article.Span{Start: b.Start, End: b.End}, b0: b0, b1: b1,
				heading: b.Kind == article.BlockHeading || looksLikeHeading(a.Text[b0:b1])})
		}
	}
	if len(spans) == 0 {
		if furniture {
			return
		}
		spans = []block{{Span: article.Span{Start: 0, End: n}, b0: 0, b1: len(a.Text)}}
	}
	sents := make([]article.Span, 0, len(an.Sentences))
	for _, s := range an.Sentences {
		sents = append(sents, article.Span{Start: s.Start, End: s.End})
	}
	sc, _ := x.toks.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	tg := &tagger{lx: lx, narrative: x.opt.Narrative, dct: x.opt.dct(a),
		mains: sc.mains[:0], depth: sc.depth[:0], tenseBuf: sc.tense[:0], clauseBuf: sc.clause[:0]}
	var times []article.Time
	times, sc.toks = tag(tg, a.Text, spans, sents, sc.toks[:0])
	// Drop the references to the text before pooling.
	clear(sc.toks[:cap(sc.toks)])
	clear(tg.mains[:cap(tg.mains)])
	sc.mains, sc.depth, sc.tense, sc.clause = tg.mains[:0], tg.depth[:0], tg.tenseBuf[:0], tg.clauseBuf[:0]
	x.toks.Put(sc)
	an.Times = append(an.Times, times...)
	slices.SortStableFunc(an.Times, func(p, q article.Time) int { return p.Start - q.Start })
}

// cursor converts code point offsets to byte offsets by walking forward through s, so an
// article needs no index of all its code points when its blocks come in order.
type cursor struct {
	s    string
	b, r int // byte and code point offset of the cursor
}

// byteAt returns the byte offset of code point offset c (clamped to the string).
func (c *cursor) byteAt(r int) int {
	if r < c.r {
		c.b, c.r = 0, 0
	}
	for c.r < r && c.b < len(c.s) {
		if c.s[c.b] < utf8.RuneSelf {
			c.b++
		} else {
			_, sz := utf8.DecodeRuneInString(c.s[c.b:])
			c.b += sz
		}
		c.r++
	}
	return c.b
}

// Resolve finds the time expressions of text with pack p, anchored on anchor at precision
// (PrecisionNone: no anchor, so relative expressions stay unresolved). Offsets are code
// points into text. It builds its lexicon on each call; use an Extractor for many texts.
func Resolve(text string, anchor time.Time, precision article.Precision, p lang.Pack) []article.Time {
	return ResolveWith(text, Options{Anchor: anchor, Precision: precision}, p)
}

// ResolveWith is Resolve with full options (narrative anchoring). A zero opt.Anchor means no
// document date.
func ResolveWith(text string, opt Options, p lang.Pack) []article.Time {
	if text == "" || p == nil {
		return nil
	}
	tg := &tagger{lx: newLexicon(p), narrative: opt.Narrative}
	if opt.Precision != article.PrecisionNone || !opt.Anchor.IsZero() {
		tg.dct = anchorDate(opt.Anchor, opt.Precision)
	}
	out, _ := tag(tg, text, paragraphs(text), p.Sentences(text), nil)
	return out
}

// block is one unit the tagger runs over: a paragraph, or a heading whose date (or lack of
// one) sets the reference of the section below it.
type block struct {
	article.Span     // code points
	b0, b1       int // bytes
	heading      bool
}

// paragraphs splits text at blank lines, so that plain text keeps its headings.
func paragraphs(text string) []block {
	var out []block
	b0, r0 := 0, 0
	for b0 < len(text) {
		n := strings.Index(text[b0:], "\n\n")
		b1 := len(text)
		if n >= 0 {
			b1 = b0 + n
		}
		seg := text[b0:b1]
		r1 := r0 + utf8.RuneCountInString(seg)
		if strings.TrimSpace(seg) != "" {
			out = append(out, block{Span: article.Span{Start: r0, End: r1}, b0: b0, b1: b1, heading: looksLikeHeading(seg)})
		}
		b0, r0 = b1+2, r1+2
	}
	return out
}

// looksLikeHeading reports whether a block of plain text reads as a heading: one short
// line that does not end like a sentence.
func looksLikeHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsRune(s, '\n') || utf8.RuneCountInString(s) > 100 {
		return false
	}
	return !strings.ContainsAny(s[len(s)-1:], ".!?:;,")
}

// tag runs tg over the blocks of text; sents (code point spans, sorted) give the units whose
// tense is read. toks is a buffer for the tokens, returned for reuse.
func tag(tg *tagger, text string, spans []block, sents []article.Span, toks []tok) ([]article.Time, []tok) {
	var out []article.Time
	var hits []hit
	for _, sp := range spans {
		toks = lex(text, sp.b0, sp.b1, sp.Start, tg.lx.norm, toks[:0])
		if len(toks) == 0 {
			continue
		}
		tg.lx.annotate(toks)
		tense, clause := tenses(tg, toks, sents)
		hits = tg.run(toks, tense, clause, hits[:0])
		if sp.heading && tg.narrative {
			tg.enterSection(hits)
		}
		for _, h := range hits {
			b0, b1 := toks[h.i].b0, toks[h.j-1].b1
			out = append(out, article.Time{
				Start: toks[h.i].r0, End: toks[h.j-1].r1, Text: text[b0:b1],
				Type: h.typ, Value: h.val, Mod: h.mod,
			})
		}
	}
	return out, toks
}

// tenses returns the tense of the sentence and of the clause each token lies in.
func tenses(tg *tagger, toks []tok, sents []article.Span) (sent, clause []int) {
	// Both slices are the tagger's, reused from one block to the next (a block's are read
	// by run before the next block's are made); every token's clause starts at 0.
	out := slices.Grow(tg.tenseBuf[:0], len(toks))[:len(toks)]
	cl := slices.Grow(tg.clauseBuf[:0], len(toks))[:len(toks)]
	clear(out)
	clear(cl)
	tg.tenseBuf, tg.clauseBuf = out, cl
	// The main clauses' tokens and the clauses of one sentence, reused from one sentence to
	// the next and (the tokens) from one block to the next: a copy per sentence was most of
	// what timex allocated.
	type span struct{ a, b, tense int }
	mains := tg.mains[:0]
	defer func() { tg.mains = mains[:0] }()
	var cls []span
	i := 0
	for i < len(toks) {
		c := toks[i].r0
		end := len(toks)
		// Sentences come in order and apart: the one holding c is found by binary search (a
		// pass over all of them per sentence made texts with many sentences quadratic).
		si, found := sentenceOf(c, sents)
		if found {
			s := sents[si]
			end = i + 1
			for end < len(toks) && toks[end].r0 < s.End {
				end++
			}
		}
		if !found {
			// Outside every sentence: its own unit up to the next sentence start.
			for k := i + 1; k < len(toks); k++ {
				if inAny(toks[k].r0, sents) {
					end = k
					break
				}
			}
		}
		tg.toks = toks[i:end]
		tense := tg.detectTense()
		for k := i; k < end; k++ {
			out[k] = tense
		}
		// Each clause's own tense; a clause that shows none takes that of the sentence's
		// main clauses, those that do not open with a relative pronoun.
		mains, cls = mains[:0], cls[:0]
		for c0 := i; c0 < end; {
			c1 := c0
			for c1 < end && !clauseBreak(toks[c1]) {
				c1++
			}
			if c1 > c0 {
				tg.toks = toks[c0:c1]
				cls = append(cls, span{c0, c1, tg.detectTense()})
				if c0 == i || !tg.lx.g.relatives[toks[c0].n] {
					mains = append(mains, toks[c0:c1]...)
				}
			}
			c0 = c1 + 1
		}
		tg.toks = mains
		main := tg.detectTense()
		for _, c := range cls {
			ct := c.tense
			if ct == 0 {
				ct = main
			}
			for k := c.a; k < c.b; k++ {
				cl[k] = ct
			}
		}
		i = end
	}
	return out, cl
}

// clauseBreak reports whether a token ends a clause for the tense of its words.
func clauseBreak(x tok) bool {
	if x.kind != tPunct || x.s == "-" && x.glue {
		return false
	}
	switch x.s {
	case ",", ";", ":", "(", ")", "„", "“", "”", "\"", "»", "«", "–", "—", "-":
		return true
	}
	return false
}

func inAny(c int, sents []article.Span) bool {
	_, ok := sentenceOf(c, sents)
	return ok
}

// sentenceOf returns the index of the sentence that holds offset c.
func sentenceOf(c int, sents []article.Span) (int, bool) {
	return slices.BinarySearchFunc(sents, c, func(s article.Span, c int) int {
		switch {
		case s.End <= c:
			return -1
		case s.Start > c:
			return 1
		}
		return 0
	})
}

// run tags a token stream; tense[i] is the tense of token i's sentence.
func (t *tagger) run(toks []tok, tense, clause []int, out []hit) []hit {
	t.toks = toks
	for i := range toks {
		tk := &toks[i]
		tk.cand = tk.kind == tNum || (tk.kind == tWord && (tk.known || t.lx.g.articles[tk.n] || t.lx.g.starters[tk.n]))
	}
	t.depth = t.depth[:0]
	var d int8
	for i := range toks {
		switch {
		case toks[i].kind != tPunct:
		case toks[i].s == "(" || toks[i].s == "[":
			d = min(d+1, 100)
		case (toks[i].s == ")" || toks[i].s == "]") && d > 0:
			d--
		}
		t.depth = append(t.depth, d)
	}
	for i := 0; i < len(toks); {
		if !toks[i].cand {
			i++
			continue
		}
		t.tense, t.clause = tense[i], clause[i]
		h, ok := t.best(i)
		if !ok {
			i++
			continue
		}
		h = t.dateTime(h)
		if h.typ == article.TimeDate && h.date.known() && !t.aside(h) && t.moves(h) {
			t.remember(h.date)
		}
		if t.narrative && t.cur.known() && isRef(h.val) {
			// A narrative's "bald", "wenig später", "damals" speak from inside the story: the
			// annotators of narrative corpora give them the story's current date.
			h.val = t.cur.String()
		}
		out = append(out, h)
		i = h.j
	}
	return out
}

// Published returns the article's publication date as a time expression with
// Start = End = -1 (it is metadata, not body text), and false when the article has none.
// The analysis never puts it in Analysis.Times; a timeline shows it as the story's
// "published" point.
func Published(a *article.Article) (article.Time, bool) {
	if a == nil {
		return article.Time{}, false
	}
	t, p := article.ParsePublished(a.Published)
	if p == article.PrecisionNone {
		return article.Time{}, false
	}
	typ := article.TimeDate
	if p == article.PrecisionTime {
		typ = article.TimeTime
	}
	return article.Time{Start: -1, End: -1, Text: a.Published, Type: typ, Value: article.FormatPublished(t, p)}, true
}

// isRef reports whether v is one of TIMEX's vague references to the past, present or future.
func isRef(v string) bool {
	return v == "PAST_REF" || v == "PRESENT_REF" || v == "FUTURE_REF"
}
