package textseg

import (
	"crosscheck/article"
)

// Rules parameterise the sentence splitter for one language. All keys are lower case.
type Rules struct {
	// Abbrev holds abbreviations with their periods and without spaces ("dr.", "z.b.",
	// "u.s."). The value "end" marks one that may also end a sentence ("usw.", "etc.",
	// "mio."): it ends one when a sentence starter follows. The value "suffix" marks one
	// that also ends longer words ("str." in "Hauptstr.").
	Abbrev map[string]string
	// Months holds month names and abbreviations (without period): "3. November" and
	// "3. Nov." are dates, not sentence ends.
	Months map[string]string
	// OrdinalNouns holds nouns that follow an ordinal number ("Jahrhundert", "Liga"); a
	// number, a period and one of these is not a sentence end.
	OrdinalNouns map[string]string
	// OrdinalLead holds words that precede an ordinal ("am", "zum", "seinem"): after them a
	// short number with a period is an ordinal whatever follows, unless a starter follows.
	OrdinalLead map[string]string
	// Starters holds words that, capitalised after an ambiguous period (an abbreviation, an
	// initial, an ordinal), show a new sentence: usually the stop words.
	Starters map[string]string
	// Ordinals is true when a number followed by a period may be an ordinal (German).
	Ordinals bool
	// MaxQuoteSentences is how many sentences a closed quotation may hold before it is split
	// inside (0 means 4).
	MaxQuoteSentences int
}

// Splitter splits one block of text into sentences. It is read-only after construction and
// safe for concurrent use.
type Splitter struct {
	r       Rules
	abbrevs abbrevSet
}

// NewSplitter returns a splitter for rules.
func NewSplitter(r Rules) *Splitter {
	if r.MaxQuoteSentences <= 0 {
		r.MaxQuoteSentences = 4
	}
	return &Splitter{r: r, abbrevs: newAbbrevSet(r.Abbrev)}
}

// quote marks the splitter tells apart.
const (
	qLowDouble  = 0x201E // „
	qLowSingle  = 0x201A // ‚
	qLeftDouble = 0x201C // “
	qRightDoubl = 0x201D // ”
	qLeftSingle = 0x2018 // ‘
	qRightSingl = 0x2019 // ’
	qLeftGuil   = 0x00AB // «
	qRightGuil  = 0x00BB // »
	qLeftSGuil  = 0x2039 // ‹
	qRightSGuil = 0x203A // ›
)

func isQuote(r rune) bool {
	switch r {
	case '"', '\'', qLowDouble, qLowSingle, qLeftDouble, qRightDoubl, qLeftSingle, qRightSingl,
		qLeftGuil, qRightGuil, qLeftSGuil, qRightSGuil:
		return true
	}
	return false
}

type quoteAction uint8

const (
	qNone quoteAction = iota
	qOpen
	qClose
)

// quoteStack tracks open quotation marks; regions number the outermost quotations.
type quoteStack struct {
	marks  [8]rune
	n      int
	region int // id of the current outermost quotation, valid while n > 0
	next   int
}

func (q *quoteStack) top() rune {
	if q.n == 0 {
		return 0
	}
	return q.marks[q.n-1]
}

// action decides whether quote mark r at byte i opens, closes or is ignored (apostrophes).
func (q *quoteStack) action(s string, i int, r rune, size int) quoteAction {
	prev, _ := runeBefore(s, i)
	next, _ := runeAt(s, i+size)
	if i+size >= len(s) {
		next = ' '
	}
	leftFlank := (isSpace(prev) || isOpenPunct(prev)) && !isSpace(next)
	rightFlank := !isSpace(prev) && !isOpenPunct(prev)
	top := q.top()
	switch r {
	case qLowDouble, qLowSingle:
		return qOpen
	case qRightGuil, qLeftGuil, qRightSGuil, qLeftSGuil:
		if top == mirrorGuil(r) {
			return qClose
		}
		return qOpen
	case qLeftDouble:
		if top == qLowDouble || top == qLeftDouble && !leftFlank {
			return qClose
		}
		if leftFlank {
			return qOpen
		}
		if top != 0 && rightFlank {
			return qClose
		}
		return qNone
	case qRightDoubl:
		if top == qLeftDouble || top == qLowDouble || top == qRightDoubl || top == '"' {
			return qClose
		}
		if leftFlank {
			return qOpen
		}
		return qNone
	case '"':
		if top == '"' || (top == qLowDouble || top == qLeftDouble) && !leftFlank {
			return qClose
		}
		return qOpen
	case qLeftSingle:
		if top == qLowSingle {
			return qClose
		}
		if leftFlank {
			return qOpen
		}
		return qNone
	case qRightSingl, '\'':
		if isLetter(prev) && isLetter(next) {
			return qNone
		}
		if (top == qLeftSingle || top == qLowSingle || top == '\'' || top == qRightSingl) && rightFlank {
			return qClose
		}
		if leftFlank && r == '\'' {
			return qOpen
		}
		return qNone
	}
	return qNone
}

func mirrorGuil(r rune) rune {
	switch r {
	case qRightGuil:
		return qLeftGuil
	case qLeftGuil:
		return qRightGuil
	case qRightSGuil:
		return qLeftSGuil
	case qLeftSGuil:
		return qRightSGuil
	}
	return 0
}

func isOpenPunct(r rune) bool {
	return r == '(' || r == '[' || r == '{' || r == '/' || r == '-' || r == 0x2013 || r == 0x2014 ||
		r == qLowDouble || r == qLowSingle || r == qLeftGuil || r == qRightGuil
}

// apply performs a, returning false when nothing changed.
func (q *quoteStack) apply(a quoteAction, r rune) {
	switch a {
	case qOpen:
		if q.n == 0 {
			q.region = q.next
			q.next++
		}
		if q.n < len(q.marks) {
			q.marks[q.n] = r
			q.n++
		}
	case qClose:
		if q.n > 0 {
			q.n--
		}
	}
}

// candidate is a possible sentence end.
type candidate struct {
	end    int // byte offset after the end punctuation and closing marks
	region int // outermost quotation it lies in, or -1
	hard   bool
}

// Sentences returns the sentences of text as trimmed code point spans, in order and not
// overlapping. Text without final punctuation (a heading) is one sentence.
func (sp *Splitter) Sentences(text string) []article.Span {
	if len(text) == 0 {
		return nil
	}
	var cbuf [32]candidate
	cands := cbuf[:0]
	var q quoteStack
	var regionClosed [16]bool // regions beyond 16 count as unclosed: their splits are kept
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '.' || c == '!' || c == '?' || c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0xA6:
			// End punctuation run, with the ellipsis "…" (E2 80 A6).
			ps := i
			for i < len(text) {
				if text[i] == '.' || text[i] == '!' || text[i] == '?' {
					i++
				} else if text[i] == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0xA6 {
					i += 3
				} else {
					break
				}
			}
			pe := i
			// Closing quotation marks and brackets belong to the sentence they end.
			closed := false
			for i < len(text) {
				r, size := runeAt(text, i)
				if r == ')' || r == ']' {
					i += size
					continue
				}
				if !isQuote(r) {
					break
				}
				a := q.action(text, i, r, size)
				if a != qClose {
					break
				}
				if q.n == 1 && q.region < len(regionClosed) {
					regionClosed[q.region] = true
				}
				q.apply(a, r)
				closed = true
				i += size
			}
			_ = closed
			if sp.boundary(text, ps, pe, i) {
				region := -1
				if q.n > 0 {
					region = q.region
				}
				cands = append(cands, candidate{end: i, region: region})
			}
		case c == '\n':
			// A blank line is always a boundary and ends any quotation.
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				cands = append(cands, candidate{end: i, region: -1, hard: true})
				q.n = 0
				i = j + 1
				continue
			}
			i++
		case c == '"' || c == '\'' || c == 0xC2 || c == 0xE2:
			r, size := runeAt(text, i)
			if isQuote(r) {
				a := q.action(text, i, r, size)
				if a == qClose && q.n == 1 && q.region < len(regionClosed) {
					regionClosed[q.region] = true
				}
				q.apply(a, r)
			}
			i += size
		default:
			i++
		}
	}

	// Closed quotations with few sentences stay whole; long or unclosed ones are split.
	var perRegion [16]int
	for _, cd := range cands {
		if cd.region >= 0 && cd.region < len(perRegion) {
			perRegion[cd.region]++
		}
	}
	spans := make([]int, 0, 2*len(cands)+2)
	start := 0
	emit := func(end int) {
		s, e := trim(text, start, end)
		if s < e {
			spans = append(spans, s, e)
		}
		start = end
	}
	for _, cd := range cands {
		if cd.region >= 0 && cd.region < len(regionClosed) && regionClosed[cd.region] && perRegion[cd.region] < sp.r.MaxQuoteSentences {
			continue
		}
		emit(cd.end)
	}
	emit(len(text))
	Offsets(text, spans)
	out := make([]article.Span, len(spans)/2)
	for k := range out {
		out[k] = article.Span{Start: spans[2*k], End: spans[2*k+1]}
	}
	return out
}

// trim returns [s, e) without surrounding space.
func trim(text string, s, e int) (int, int) {
	for s < e {
		r, size := runeAt(text, s)
		if !isSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := runeBefore(text, e)
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}
