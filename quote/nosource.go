package quote

import (
	"strings"

	"crosscheck/article"
)

// noSource reports whether the source words [s, e) of a quotation with cue token cue (or -1)
// name no one who could have spoken: a phrase whose head noun is a thing, place, time or
// feeling ("Seine Zuversicht", "den Plänen der polnischen Regierung", "Frankfurter
// Hauptbahnhof") that the rules or the ranker took for the source. A role, body, medium or
// noun for people before the head, or a person's or organisation's name anywhere, keeps it;
// so does a phrase cue ("laut den Plänen der Regierung", "so der Vorwurf": what the report
// goes by).
func (c *ctx) noSource(s, e, cue int) bool {
	if cue >= 0 && (c.lx.phrases[c.toks[cue].Norm] != "" || c.lx.class(c.toks[cue].Norm) == "so") {
		return false
	}
	h := c.headNoun(s, e)
	if h < 0 || !c.lx.nonSpeaker(c.toks[h].Norm) {
		return false
	}
	for k := s; k <= h; k++ {
		n := c.toks[k].Norm
		if c.lx.roleHead(n) != "" || c.orgWord(n) || c.lx.media(n) || c.lx.personNoun(n) || c.lx.sourceNoun(n) {
			return false
		}
		if _, ok := c.lx.epithet(n); ok {
			return false
		}
	}
	// A name anywhere in the phrase may be the one who spoke ("diesem Jahr der DGB").
	for i := range c.names.mentions {
		if m := &c.names.mentions[i]; m.tok >= s && m.tok < e {
			return false
		}
	}
	ps, pe := c.toks[s].Start, c.toks[e-1].End
	for _, en := range c.an.Entities {
		if en.Start < pe && en.End > ps && (en.Type == "person" || en.Type == "organisation") {
			return false
		}
	}
	return true
}

// pluralSpeech reports whether the present plural i, written like the infinitive ("sagen"),
// is a finite speech verb: right after the quoted words' comma ("„…“, sagen Experten"; no
// „Ja“ sagen; not set into a sentence going on with a modal, nor after words holding another
// quotation) or right after a subject ("sie", a quantifier or a capitalised noun: "Die
// Berater sagen"; no function word: "Wir sagen Euch, wo …" speaks to the reader), with no modal, auxiliary, "zu" or "man" before it in its clause (an
// infinitive: "könne man so sagen", "lässt sich sagen", "um Danke zu sagen") and no question
// mark ending the sentence ("Was sagen Experten?").
func (c *ctx) pluralSpeech(i, ss, se int) bool {
	if i == 0 || i == ss && !isPunct(&c.toks[i-1], ",") {
		return false // callers after a quotation start the clause at the verb ("„…“, sagen X")
	}
	if l := &c.toks[se-1]; !isPunct(l, ".") && !isPunct(l, ":") && !(isQuoteMark(l) && se-2 > i && isPunct(&c.toks[se-2], ".")) {
		return false // a heading ("X und Y sagen ein zweites Mal „Ja“") says what they did
	}
	for k := i + 1; k < se; k++ {
		if isPunct(&c.toks[k], "?") {
			return false
		}
	}
	for k := i - 1; k >= ss; k-- {
		t := &c.toks[k]
		if isPunct(t, ",") || isPunct(t, ":") || isQuoteMark(t) {
			break
		}
		cls := c.lx.class(t.Norm)
		if t.Norm == "zu" || cls == "modal" || strings.HasPrefix(cls, "aux") || cls == "pron:x" || cls == "reflexive" {
			return false
		}
	}
	if n := i + 1; n < se && c.toks[n].Text == "Sie" {
		return false // "sagen Sie doch mal Hallo": the reader is asked to
	}
	p := &c.toks[i-1]
	if isPunct(p, ",") {
		for k := ss + 1; k < i-2; k++ {
			if isQuoteMark(&c.toks[k]) {
				return false // a quotation inside the words before is a title or someone else's
			}
		}
		for k := i + 1; k+1 < se; k++ {
			if isPunct(&c.toks[k], ",") {
				// "Zur Stimmung, sagen sie, könnten sie nichts sagen": set in, not closing.
				cls := c.lx.class(c.toks[k+1].Norm)
				return cls != "modal" && !strings.HasPrefix(cls, "aux")
			}
		}
		return true
	}
	if _, ok := c.lx.pronoun(p.Norm); ok {
		return p.Norm == "sie"
	}
	if cls := c.lx.class(p.Norm); cls == "indef" || cls == "group" {
		return true
	}
	return p.Kind == article.TokWord && isCap(p) && !c.lx.isDet(p.Norm) && !c.lx.p.Stopword(p.Norm)
}
