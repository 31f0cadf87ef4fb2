package quote

import (
	"strconv"
	"strings"

	"crosscheck/article"
)

// openingDirect returns the direct quotation that opens the sentence [ss, me) and whose cue
// stands after it in the sentence ("„Bis jetzt“, sagte Weber, sei es …"), or nil. A
// quotation that merely stands inside the sentence is directCuedIn's; one whose speaker we
// could not name leaves the sentence to the report before it.
func (c *ctx) openingDirect(ss, me int) *found {
	if ss >= me {
		return nil
	}
	for k := range c.out {
		f := &c.out[k]
		if !f.q.Direct || f.cueTok < ss || f.cueTok >= me || f.q.End <= c.toks[ss].Start || c.toks[f.cueTok].Start < f.q.End {
			continue
		}
		if c.tokAt(f.q.Start)-1-ss >= 2 || f.q.Speaker == "" {
			continue
		}
		return f
	}
	return nil
}

// afterFrame returns the token where the words after the frame of f begin ("„…“, sagte Weber
// auf Nachfrage, sei es …": "sei") and where f's source ends before them. The token is -1 when
// the frame ends the sentence [.., me), runs into a new sentence the splitter missed ("schrieb
// er auf X. Merkel habe …"), or is followed by more than a few words before its comma or dash:
// such words are not the frame's adjuncts.
func (c *ctx) afterFrame(f *found, me int) (int, int) {
	src := f.srcEnd
	end := max(f.cueTok+1, f.srcEnd)
	for k := f.cueTok + 1; k < f.srcEnd; k++ {
		if isPunct(&c.toks[k], ",") {
			if strong, _ := c.konjMood(k+1, f.srcEnd); strong {
				end, src = k, k // the source ran on into the report ("sagte Weber, dann sei es")
			}
			break
		}
	}
	words := 0
	for k := end; k < me; k++ {
		t := &c.toks[k]
		switch {
		case isPunct(t, ","), isPunct(t, "-"), isPunct(t, "–"), isPunct(t, "—"):
			return k + 1, src
		case isWord(t):
			words++
			if words > 6 {
				return -1, src
			}
		default:
			return -1, src // a period, colon, bracket or quotation mark: not a frame's adjunct
		}
	}
	return -1, src
}

// subordinateStart reports whether token k opens a clause that hangs on the words before it
// rather than a main clause: a conjunction or question word ("auf die Frage, ob er …", "…,
// weil …") or a relative pronoun ("sagte Weber, der … mitteilen werde").
func (c *ctx) subordinateStart(k, me int) bool {
	switch c.lx.class(c.toks[k].Norm) {
	case "comp", "comp:q", "sub", "wie":
		return isLowerWord(&c.toks[k])
	}
	if k >= 2 && c.relativePronoun(k) && isPunct(&c.toks[k-1], ",") && isWord(&c.toks[k-2]) && !isLowerWord(&c.toks[k-2]) {
		return true // "sagte Emilia Vogt, die glaubt, …": a relative pronoun after a noun
	}
	return c.relativeOpening(k, me)
}

// andIndicative reports whether token n is "und" followed by an auxiliary in the indicative
// (quote_indicative), right after it or after one lower-case word outside quotation marks
// ("und deshalb war", "und er ist").
func (c *ctx) andIndicative(n, te int) bool {
	if n+2 >= te || c.lx.class(c.toks[n].Norm) != "and" || !isLowerWord(&c.toks[n]) {
		return false
	}
	for v := n + 1; v <= n+2; v++ {
		t := &c.toks[v]
		if !isLowerWord(t) || c.inMarks(t.Start) {
			return false
		}
		if _, ok := c.lx.indicAux[t.Norm]; ok {
			return true
		}
	}
	return false
}

// verbEnding reports whether norm ends in one of the pack's endings of a finite verb
// (quote_verbendings: English "ed", "s"). German verbs end otherwise, and its words in "s"
// are adverbs ("weitaus", "stets"): read as verbs they made "erwartet der Wahlleiter weitaus
// mehr …" a that-less clause.
func (c *ctx) verbEnding(norm string) bool {
	for e := range c.lx.verbEndings {
		if strings.HasSuffix(norm, e) {
			return true
		}
	}
	return false
}

// countWordBefore reports whether the token before i is a count: a number word ("two") or digits
// that are no year and no ordinal ("11", not "2019" or "3.").
func (c *ctx) countWordBefore(i int) bool {
	if i < 1 {
		return false
	}
	p := &c.toks[i-1]
	if _, ok := c.lx.numbers[p.Norm]; ok && isWord(p) {
		return true
	}
	if p.Kind != article.TokNumber || strings.ContainsAny(p.Text, ".") {
		return false
	}
	n, err := strconv.Atoi(strings.ReplaceAll(p.Text, ",", ""))
	return err == nil && (n < 1000 || n > 2100)
}

// possessiveNoun reports whether [s, e) is a possessive and a noun ("seine Familie", "ihr
// Management"): after an inverted frame ("…, teilte seine Familie mit") the frame's own
// subject, who speaks though no name says who; the clause the quoted words stand in ("Berger
// sei „…“ gestorben") is about someone else.
func (c *ctx) possessiveNoun(s, e int) bool {
	return e-s >= 2 && isLowerWord(&c.toks[s]) && c.lx.class(c.toks[s].Norm) == "poss" && isCap(&c.toks[s+1])
}
