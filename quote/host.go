package quote

import (
	"strings"

	"crosscheck/article"
)

// hostReports gives a verbatim fragment that a speech frame attributes the clause around it
// as a report of the same speaker, when no reported quotation holds it yet: the clause before
// an inverted frame after the fragment ("Dies ist eine Chance, im Netz ein „Medium erster
// Klasse zu werden“, wird Anna Roth zitiert", "Mit dem Preis werden Menschen geehrt, „die sich
// … verdient gemacht haben“, heißt es auf der Webseite"), or the clause after a "wie" frame
// that opens the sentence ("Wie der Verein mitteilte, wird beim Kapitän „kein Risiko“
// eingegangen"). The fragment is the speaker's wording, and the writer tied the clause that
// holds it to the frame, so the clause is the speaker's account, in the indicative too. Only
// where the clause runs from the frame's comma to the sentence's edge, with no colon, bracket
// or other quotation in it: a clause with more in it may report someone else.
func (c *ctx) hostReports() {
	n := len(c.out)
	for k := 0; k < n; k++ {
		f := c.out[k]
		if !f.q.Direct || !f.q.Partial || f.cueTok < 0 || f.q.Cue == nil {
			continue
		}
		if _, ok := c.lx.verbs[c.toks[f.cueTok].Norm]; !ok {
			continue // a cue phrase ("so X", "laut X") frames the fragment, not a clause
		}
		ts, te := c.tokAt(f.q.Start), c.tokAt(f.q.End-1)+1
		if ts <= 0 || te >= len(c.toks) || c.sentOf[ts] != c.sentOf[f.cueTok] || !isQuoteMark(&c.toks[ts-1]) {
			continue
		}
		hs, he := c.hostAfterFrame(f, ts)
		if hs < 0 {
			hs, he = c.hostBeforeFrame(f, ts, te)
		}
		if hs < 0 || c.hostTaken(hs, he, k) {
			continue
		}
		for j := hs; j < he; j++ {
			if t := &c.toks[j]; (j < ts-1 || j > te) && (isPunct(t, ":") || isPunct(t, "(") || t.Text == "." || t.Text == "!" || t.Text == "?") {
				hs = -1
				break
			}
		}
		if hs < 0 {
			continue
		}
		q := f.q
		q.Start, q.End = c.toks[hs].Start, c.toks[he-1].End
		q.Text = c.r.Slice(q.Start, q.End)
		q.Direct, q.Partial = false, false
		c.out = append(c.out, found{q: q, sent: c.sentOf[he-1], cueTok: f.cueTok, srcStart: f.srcStart, srcEnd: f.srcEnd})
	}
}

// hostBeforeFrame returns the clause [s, e) from the sentence's start to the comma that closes
// the fragment [ts, te) right before an inverted frame, or -1, -1.
func (c *ctx) hostBeforeFrame(f found, ts, te int) (int, int) {
	if f.cueTok <= te {
		return -1, -1
	}
	comma := te
	for comma < f.cueTok && isQuoteMark(&c.toks[comma]) {
		comma++
	}
	if comma >= f.cueTok || !isPunct(&c.toks[comma], ",") || !c.invertedFrame(comma, f) {
		return -1, -1
	}
	ss, _ := c.sentRange(c.sentOf[ts])
	if ts-1 <= ss || isQuoteMark(&c.toks[ss]) || !isWord(&c.toks[ss]) {
		return -1, -1
	}
	return ss, comma
}

// hostAfterFrame returns the clause [s, e) from the comma after a sentence-opening "wie" frame
// ("Wie X mitteilte, …") or a comment frame set off by commas (", sagte X, …") to the
// sentence's final mark, when it holds the fragment at ts, or -1, -1.
func (c *ctx) hostAfterFrame(f found, ts int) (int, int) {
	ss, se := c.sentRange(c.sentOf[ts])
	if f.cueTok >= ts || se-1 <= ts {
		return -1, -1
	}
	end := max(f.cueTok+1, f.srcEnd)
	for _, p := range f.q.CueParts {
		end = max(end, c.tokAt(p.End-1)+1)
	}
	if end >= ts-1 || !isPunct(&c.toks[end], ",") {
		return -1, -1
	}
	switch {
	case c.lx.class(c.toks[ss].Norm) == "wie" && f.srcStart == ss+1 && !c.framePunct(ss+1, end, f):
		// "Wie X mitteilte, …"
	case f.cueTok-1 > ss && isPunct(&c.toks[f.cueTok-1], ",") && f.srcStart == f.cueTok+1 && !c.framePunct(f.cueTok, end, f):
		// "…, sagte X, ihre „Gedanken sind …“": a comment frame, the clause after it goes on
		// with the speaker's words.
	default:
		return -1, -1
	}
	last := se - 1
	if t := &c.toks[last]; t.Text != "." && t.Text != "!" {
		return -1, -1
	}
	if end+1 >= ts-1 {
		return -1, -1 // the fragment opens the clause: its words are all the clause says
	}
	return end + 1, last
}

// framePunct reports whether punctuation or a quotation mark stands in the frame [s, e) outside
// the source words of f (an apposition's commas belong to the source).
func (c *ctx) framePunct(s, e int, f found) bool {
	for k := s; k < e; k++ {
		if k >= f.srcStart && k < f.srcEnd && !isQuoteMark(&c.toks[k]) || k == f.srcEnd && k > f.srcStart && isPunct(&c.toks[k], ",") && c.hasComma(f.srcStart, f.srcEnd) {
			continue // "wird Anna Roth, Leiterin der Technik, zitiert"
		}
		if t := &c.toks[k]; t.Kind == article.TokPunct && !isPunct(t, "-") {
			return true
		}
	}
	return false
}

// hostTaken reports whether a quotation other than the fragment at index self, or a fragment
// with another cue, overlaps the tokens [s, e).
func (c *ctx) hostTaken(s, e, self int) bool {
	lo, hi := c.toks[s].Start, c.toks[e-1].End
	for k := range c.out {
		g := &c.out[k]
		if k == self || g.q.End <= lo || g.q.Start >= hi {
			continue
		}
		if g.q.Direct && g.q.Partial && g.cueTok == c.out[self].cueTok && g.q.Start >= lo && g.q.End <= hi {
			continue // another fragment the same frame attributes
		}
		return true
	}
	return false
}

// invertedFrame reports whether the words after the comma at comma are an inverted speech frame
// that ends its clause: the verb or its auxiliary first (", sagte X", ", wird X zitiert", ",
// heißt es"), or "wie" and the speaker before the verb (", wie X erklärte"), the source words
// inside the frame, and nothing after them but the sentence's end, a comma or a colon. A
// clause with its subject first (", Anna Roth meinte: …") or its own object after the source
// (", fordert die Partei „…“") is a sentence of its own, not a frame of the words before.
func (c *ctx) invertedFrame(comma int, f found) bool {
	next := comma + 1
	first := next == f.cueTok || c.lx.class(c.toks[next].Norm) == "wie" || strings.HasPrefix(c.lx.class(c.toks[next].Norm), "aux") && isLowerWord(&c.toks[next])
	for _, p := range f.q.CueParts {
		if c.tokAt(p.Start) == next {
			first = true
		}
	}
	if !first || c.framePunct(next, f.cueTok, f) || f.srcStart <= comma || c.lx.class(c.toks[next].Norm) == "wie" && f.srcStart != next+1 {
		return false // ", wie X erklärte": the speaker right after "wie"
	}
	for k := next; k < f.srcEnd; k++ {
		if isQuoteMark(&c.toks[k]) {
			return false // quoted words in the frame or its source: no frame of the words before
		}
	}
	end := max(f.srcEnd, f.cueTok+1)
	for _, p := range f.q.CueParts {
		end = max(end, c.tokAt(p.End-1)+1)
	}
	_, se := c.sentRange(c.sentOf[f.cueTok])
	for k := end; k < se; k++ {
		t := &c.toks[k]
		if isPunct(t, ",") || isPunct(t, ":") || t.Text == "." || t.Text == "!" || t.Text == "?" {
			return true
		}
		if t.Kind == article.TokPunct || !isLowerWord(t) && !isCap(t) {
			return false
		}
	}
	return true
}
