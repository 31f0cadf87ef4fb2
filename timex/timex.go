// Package timex finds time expressions (dates, times, durations, sets) in German and English
// text and normalises them TIMEX3-style ("2024-11-03", "2024-06", "P3M", "XXXX-WXX-1")
// against an anchor: the article's publication date for news, or the last date mentioned
// before the expression for narratives, as HeidelTime does.
package timex

import (
	"slices"
	"sync"
	"time"

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
}

// New returns an extractor with options opt.
func New(opt Options) *Extractor {
	return &Extractor{opt: opt, lexs: map[string]*lexicon{}}
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
	r := article.NewRunes(a.Text)
	var spans []article.Span
	for _, b := range a.Blocks {
		if b.Start >= 0 && b.End <= r.Len() && b.Start < b.End {
			spans = append(spans, article.Span{Start: b.Start, End: b.End})
		}
	}
	if len(spans) == 0 {
		spans = []article.Span{{Start: 0, End: r.Len()}}
	}
	sents := make([]article.Span, 0, len(an.Sentences))
	for _, s := range an.Sentences {
		sents = append(sents, article.Span{Start: s.Start, End: s.End})
	}
	tg := &tagger{lx: lx, narrative: x.opt.Narrative, dct: x.opt.dct(a)}
	times := tag(tg, a.Text, r, spans, sents)
	an.Times = append(an.Times, times...)
	slices.SortStableFunc(an.Times, func(p, q article.Time) int { return p.Start - q.Start })
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
	r := article.NewRunes(text)
	tg := &tagger{lx: newLexicon(p), narrative: opt.Narrative}
	if opt.Precision != article.PrecisionNone || !opt.Anchor.IsZero() {
		tg.dct = anchorDate(opt.Anchor, opt.Precision)
	}
	return tag(tg, text, r, []article.Span{{Start: 0, End: r.Len()}}, p.Sentences(text))
}

// tag runs tg over the spans of text; sents (code point spans, sorted) give the units whose
// tense is read.
func tag(tg *tagger, text string, r *article.Runes, spans, sents []article.Span) []article.Time {
	var out []article.Time
	var toks []tok
	var hits []hit
	for _, sp := range spans {
		toks = lex(text, r.Byte(sp.Start), r.Byte(sp.End), tg.lx.norm, toks[:0])
		if len(toks) == 0 {
			continue
		}
		tense := tenses(tg, toks, r, sents)
		hits = tg.run(toks, tense, hits[:0])
		for _, h := range hits {
			b0, b1 := toks[h.i].b0, toks[h.j-1].b1
			out = append(out, article.Time{
				Start: r.Rune(b0), End: r.Rune(b1), Text: text[b0:b1],
				Type: h.typ, Value: h.val, Mod: h.mod,
			})
		}
	}
	return out
}

// tenses returns the tense of the sentence each token lies in.
func tenses(tg *tagger, toks []tok, r *article.Runes, sents []article.Span) []int {
	out := make([]int, len(toks))
	i := 0
	for i < len(toks) {
		c := r.Rune(toks[i].b0)
		end := len(toks)
		found := false
		for _, s := range sents {
			if c >= s.Start && c < s.End {
				end, found = i+1, true
				for end < len(toks) && r.Rune(toks[end].b0) < s.End {
					end++
				}
				break
			}
		}
		if !found {
			// Outside every sentence: its own unit up to the next sentence start.
			for k := i + 1; k < len(toks); k++ {
				if inAny(r.Rune(toks[k].b0), sents) {
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
		i = end
	}
	return out
}

func inAny(c int, sents []article.Span) bool {
	_, ok := slices.BinarySearchFunc(sents, c, func(s article.Span, c int) int {
		switch {
		case s.End <= c:
			return -1
		case s.Start > c:
			return 1
		}
		return 0
	})
	return ok
}

// starters are words outside the lexicon that may open an expression.
var starters = map[string]bool{"gegen": true, "towards": true, "toward": true, "by": true,
	"nach": true, "after": true, "kurz": true, "wenig": true, "shortly": true, "v": true}

// run tags a token stream; tense[i] is the tense of token i's sentence.
func (t *tagger) run(toks []tok, tense []int, out []hit) []hit {
	t.toks = toks
	for i := range toks {
		tk := &toks[i]
		tk.cand = tk.kind == tNum || (tk.kind == tWord && (articles[tk.n] || starters[tk.n] || t.lx.known(tk.n)))
	}
	for i := 0; i < len(toks); {
		if !toks[i].cand {
			i++
			continue
		}
		t.tense = tense[i]
		h, ok := t.best(i)
		if !ok {
			i++
			continue
		}
		if h.typ == article.TimeDate && h.date.known() {
			t.remember(h.date)
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
