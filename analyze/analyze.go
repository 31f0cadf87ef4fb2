// Package analyze runs a language pack and the extractors over an ingested article: it splits
// every block into sentences, tokenises them, and lets each extractor (entities, quotes,
// figures, time expressions) add its mentions, all with code point offsets into the text.
// Limits keep the work linear in the text whatever the text is.
package analyze

import (
	"fmt"
	"slices"
	"sync"

	"crosscheck/article"
	"crosscheck/lang"
)

// Extractor adds one kind of mention to an analysis. Extractors run in the order given to
// New and may read what earlier ones found (quotes read entities, figures read both).
type Extractor interface {
	Extract(a *article.Article, an *article.Analysis, p lang.Pack)
}

// RunesExtractor is an Extractor that can be handed the code point index of the article's
// text (article.NewRunes(a.Text)), which the Analyzer makes once for all its stages.
// ExtractRunes(a, an, p, article.NewRunes(a.Text)) must do what Extract(a, an, p) does.
type RunesExtractor interface {
	Extractor
	ExtractRunes(a *article.Article, an *article.Analysis, p lang.Pack, r *article.Runes)
}

// Analyzer analyses articles. It is safe for concurrent use when its extractors are.
type Analyzer struct {
	reg        *lang.Registry
	extractors []Extractor
	limits     Limits
}

// New returns an Analyzer that uses reg's packs and runs ex in order, within DefaultLimits.
func New(reg *lang.Registry, ex ...Extractor) *Analyzer {
	return &Analyzer{reg: reg, extractors: ex, limits: DefaultLimits()}
}

// Limits bound the work of one analysis, so that its time and memory grow linearly with the
// text whatever the text is: a megabyte without a sentence end costs what as much ordinary
// prose costs, and past the token limit nothing more. Analysis.Limits names the limits an
// article reached.
type Limits struct {
	// SentenceTokens splits a longer sentence into pieces of at most this many tokens, each
	// ending after a clause mark (comma, semicolon, colon, dash) where one is near the bound.
	SentenceTokens int
	// Tokens is how many tokens of an article are analysed; the text after them is kept
	// but has no sentences and no mentions.
	Tokens int
	// Mentions is how many entities, quotes, figures and time expressions (each kind
	// counted apart) an article keeps: the first ones, in the order the extractor gives.
	Mentions int
}

// DefaultLimits lie far above what news articles reach: in 6,400 real articles (10kGNAD,
// trends-de, news-en) the longest sentence has 498 tokens and the longest article 13,464
// tokens, so no real article is split or cut.
func DefaultLimits() Limits {
	return Limits{SentenceTokens: 600, Tokens: 250_000, Mentions: 20_000}
}

// WithLimits returns a copy of z that analyses within l; a field of l that is 0 keeps the
// default.
func (z *Analyzer) WithLimits(l Limits) *Analyzer {
	d := DefaultLimits()
	if l.SentenceTokens <= 0 {
		l.SentenceTokens = d.SentenceTokens
	}
	if l.Tokens <= 0 {
		l.Tokens = d.Tokens
	}
	if l.Mentions <= 0 {
		l.Mentions = d.Mentions
	}
	c := *z
	c.limits = l
	return &c
}

// Pack returns the language pack used for a, falling back to the registry's first pack.
func (z *Analyzer) Pack(a *article.Article) lang.Pack {
	p, _ := z.reg.Get(a.Language)
	return p
}

// Analyze splits and tokenises a and runs the extractors. It never fails: text it cannot make
// sense of yields fewer mentions, not an error.
func (z *Analyzer) Analyze(a *article.Article) *article.Analysis {
	p := z.Pack(a)
	an := &article.Analysis{
		Sentences: []article.Sentence{},
		Entities:  []article.Entity{},
		Quotes:    []article.Quote{},
		Figures:   []article.Figure{},
		Times:     []article.Time{},
	}
	if p == nil {
		return an
	}
	// The text's code point index is made once and shared by the stages that read it.
	r := article.NewRunes(a.Text)
	markFurniture(a, p, r)
	an.Limits = segmentRunes(a, an, p, z.limits, r)
	for _, x := range z.extractors {
		if rx, ok := x.(RunesExtractor); ok {
			rx.ExtractRunes(a, an, p, r)
		} else {
			x.Extract(a, an, p)
		}
		// Capped after each extractor, so that the next one reads no more than the limit.
		an.Limits = capMentions(an, z.limits.Mentions, an.Limits)
	}
	return an
}

// capMentions keeps the first max mentions of each kind and notes what it dropped.
func capMentions(an *article.Analysis, max int, notes []string) []string {
	an.Entities = capKind(an.Entities, max, "entities", &notes)
	an.Quotes = capKind(an.Quotes, max, "quotes", &notes)
	an.Figures = capKind(an.Figures, max, "figures", &notes)
	an.Times = capKind(an.Times, max, "time expressions", &notes)
	return notes
}

func capKind[T any](ms []T, max int, kind string, notes *[]string) []T {
	if len(ms) <= max {
		return ms
	}
	*notes = append(*notes, fmt.Sprintf("kept the first %d of %d %s (limit per article)", max, len(ms), kind))
	return ms[:max]
}

// Segment fills an.Sentences and an.Tokens from a's blocks with pack p, within
// DefaultLimits, leaving out site furniture. Text outside any block (or all of it, when the article has no blocks) is
// treated as one paragraph.
func Segment(a *article.Article, an *article.Analysis, p lang.Pack) {
	segment(a, an, p, DefaultLimits())
}

// windowRunes is how much of one sentence is tokenised at a time: far more than any real
// sentence (the longest seen has 2,505 characters), little enough that the work stops soon
// after the token limit.
const windowRunes = 1 << 16

// segmenter is the state of one segment call.
type segmenter struct {
	an    *article.Analysis
	p     lang.Pack
	l     Limits
	notes []string
	// split counts the sentences split at the token bound; longest is the longest of them
	// in characters.
	split, longest int
	// tokensHint is the room the article's tokens first get: about one token per six bytes
	// of German or English text, so that an.Tokens rarely grows.
	tokensHint int
}

// tokenPool holds segmentRunes' token buffers between articles.
var tokenPool = sync.Pool{New: func() any { return new([]article.Token) }}

// segment is Segment within l; it returns notes on the limits the article reached.
func segment(a *article.Article, an *article.Analysis, p lang.Pack, l Limits) []string {
	return segmentRunes(a, an, p, l, article.NewRunes(a.Text))
}

// segmentRunes is segment with r, the code point index of a.Text.
func segmentRunes(a *article.Article, an *article.Analysis, p lang.Pack, l Limits, r *article.Runes) []string {
	blocks := a.Blocks
	if len(blocks) == 0 && a.Text != "" {
		blocks = []article.Block{{Kind: article.BlockParagraph, Start: 0, End: r.Len()}}
	}
	g := &segmenter{an: an, p: p, l: l, tokensHint: min(len(a.Text)/6+16, l.Tokens+16)}
	if cap(an.Tokens) == 0 {
		// The tokens are gathered in a reused buffer and copied out at their count:
		// gathered in their own slice, grown as the text turned out to hold more, a
		// tenth of what an ingest allocated was tokens, a third of it thrown away.
		sp := tokenPool.Get().(*[]article.Token)
		an.Tokens = (*sp)[:0]
		defer func() {
			buf := an.Tokens
			an.Tokens = nil
			if len(buf) > 0 {
				an.Tokens = slices.Clone(buf)
			}
			clear(buf) // no article text kept alive by the pool
			*sp = buf[:0]
			tokenPool.Put(sp)
		}()
	}
	for bi, b := range blocks {
		if b.Kind == article.BlockFurniture || b.Start < 0 || b.End > r.Len() || b.Start >= b.End {
			continue
		}
		if !g.block(bi, b, r.Slice(b.Start, b.End), runeView{r: r, start: b.Start, n: b.End - b.Start, b0: r.Byte(b.Start)}) {
			break
		}
	}
	if g.split > 0 {
		g.notes = append(g.notes, fmt.Sprintf("split %d sentences longer than %d tokens (the longest has %d characters) into pieces",
			g.split, l.SentenceTokens, g.longest))
	}
	return g.notes
}

// block segments one block; it returns false once the token limit is reached.
// br indexes btext, the block's text.
func (g *segmenter) block(bi int, b article.Block, btext string, br runeView) bool {
	spans := g.p.Sentences(btext)
	if b.Kind != article.BlockParagraph && len(spans) > 1 {
		// A title or heading is one unit, whatever punctuation it holds.
		spans = []article.Span{{Start: spans[0].Start, End: spans[len(spans)-1].End}}
	}
	for _, s := range spans {
		if s.Start < 0 || s.End > br.Len() || s.Start >= s.End {
			continue
		}
		if !g.sentence(bi, b.Start, br, btext, s) {
			return false
		}
	}
	return true
}

// sentence adds one sentence of the pack's, split at the token bound where it is longer; it
// returns false once the token limit is reached.
func (g *segmenter) sentence(bi, boff int, br runeView, btext string, s article.Span) bool {
	an := g.an
	pieces := 0
	for ws := s.Start; ws < s.End; {
		if len(an.Tokens) >= g.l.Tokens {
			g.limitReached(boff + ws)
			return false
		}
		// A sentence without end is tokenised a window at a time, cut at a space.
		we := s.End
		if we-ws > windowRunes {
			we = windowEnd(br, btext, ws, ws+windowRunes)
		}
		toks := g.tokens(br.Slice(ws, we))
		off := boff + ws
		full := false
		if room := g.l.Tokens - len(an.Tokens); len(toks) > room {
			toks, full = toks[:room], true
		}
		if len(toks) == 0 && ws == s.Start && we == s.End {
			// A sentence without tokens is kept, as it always was.
			an.Sentences = append(an.Sentences, article.Sentence{Start: boff + s.Start, End: boff + s.End,
				TokStart: len(an.Tokens), TokEnd: len(an.Tokens), Block: bi})
		}
		for len(toks) > 0 {
			n := len(toks)
			if n > g.l.SentenceTokens {
				n = cut(toks, g.l.SentenceTokens)
			}
			sent := article.Sentence{Start: off + toks[0].Start, End: off + toks[n-1].End, TokStart: len(an.Tokens), Block: bi}
			pieces++
			if pieces == 1 && n == len(toks) && we == s.End && !full {
				// The sentence whole, as the pack gave it.
				sent.Start, sent.End = boff+s.Start, boff+s.End
			}
			for _, t := range toks[:n] {
				t.Start += off
				t.End += off
				an.Tokens = append(an.Tokens, t)
			}
			sent.TokEnd = len(an.Tokens)
			an.Sentences = append(an.Sentences, sent)
			toks = toks[n:]
		}
		if full {
			g.limitReached(an.Tokens[len(an.Tokens)-1].End)
			return false
		}
		ws = we
	}
	if pieces > 1 {
		g.split++
		g.longest = max(g.longest, s.End-s.Start)
	}
	return true
}

// tokenAppender is a pack that can append a text's tokens to a slice (textseg's can).
type tokenAppender interface {
	AppendTokens(dst []article.Token, text string) []article.Token
}

// tokens returns the pack's tokens of text. With a tokenAppender they are appended to
// an.Tokens' spare room and handed back as that tail, an.Tokens keeping its length: the
// caller then appends them one by one with their offsets, each into the slot it is read
// from, so the tokens of a sentence are not gathered in a slice of their own first.
func (g *segmenter) tokens(text string) []article.Token {
	ap, ok := g.p.(tokenAppender)
	if !ok {
		return g.p.Tokens(text)
	}
	n0, dst := len(g.an.Tokens), g.an.Tokens
	if cap(dst) == 0 {
		dst = make([]article.Token, 0, g.tokensHint)
	}
	all := ap.AppendTokens(dst, text)
	if len(all) > n0 {
		g.an.Tokens = all[:n0]
	}
	return all[n0:]
}

func (g *segmenter) limitReached(at int) {
	g.notes = append(g.notes, fmt.Sprintf("analysed the first %d tokens (limit per article): the text from character %d on has no sentences and no mentions",
		len(g.an.Tokens), at))
}

// windowEnd returns where to end a window that starts at from and may reach to: after the
// last space before to, or at to when there is none nearby (a token may then be cut in two,
// which only happens in text that is no prose).
func windowEnd(br runeView, text string, from, to int) int {
	for c := to; c > to-256 && c > from+1; c-- {
		if b := br.Byte(c - 1); b < len(text) && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t') {
			return c
		}
	}
	return to
}

// cut returns where to end a piece of an over-long sentence: after the last clause mark in
// the second half of the first max tokens, else after max tokens.
func cut(toks []article.Token, max int) int {
	for n := max; n > max/2; n-- {
		if t := toks[n-1]; t.Kind == article.TokPunct {
			switch t.Text {
			case ",", ";", ":", "–", "—", "-":
				return n
			}
		}
	}
	return max
}

// runeView indexes the n code points of a text from code point start on (byte b0) by the
// article's index r, as article.NewRunes of that text would: a block's text is indexed
// without an index of its own.
type runeView struct {
	r            *article.Runes
	start, n, b0 int
}

// Len is the number of code points.
func (v runeView) Len() int { return v.n }

// Byte returns the byte offset of code point offset c (clamped to the text).
func (v runeView) Byte(c int) int {
	return v.r.Byte(v.start+min(max(c, 0), v.n)) - v.b0
}

// Slice returns the text between code point offsets start and end.
func (v runeView) Slice(start, end int) string {
	return v.r.Slice(v.start+min(max(start, 0), v.n), v.start+min(max(end, 0), v.n))
}
