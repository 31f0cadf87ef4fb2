package quote

import (
	"strconv"
	"strings"

	"crosscheck/article"
	"crosscheck/lang"
)

// A learned cue tagger adds speech events the rules miss (docs/quality.md, stop 33): in a
// sentence where the rules found no quotation, a token whose stem was a cue in training is
// scored by an averaged perceptron (its word and stem, its neighbours, the sentence's
// Konjunktiv, commas, a colon, quotation marks, "dass" after it, its place), trained on the
// development part of SpkAtt-2023 for German (internal/gencue, `go generate ./quote`). The
// best token of the sentence above the pack's threshold becomes the cue of a reported
// quotation: its complement after the verb, the clause before "…, sagte X", or the longer side
// of the sentence; the source ranker (learn.go) chooses its source words. It never names a
// speaker.
//
//go:generate go run ./internal/gencue -out ../lang/de/words/quote_cuetagger.txt

// CueTagger is the weights of the cue tagger (feature -> weight), the stems it considers and
// the score a cue must exceed.
type CueTagger struct {
	w         map[string]float64
	stems     map[string]bool
	threshold float64
}

// parseCueTagger reads a pack's quote_cuetagger list: "cand=<stem>" lines name the stems the
// tagger considers, "threshold" the score a cue must exceed, every other line a weight. Nil
// when the pack has none.
func parseCueTagger(m map[string]string) *CueTagger {
	if len(m) == 0 {
		return nil
	}
	t := &CueTagger{w: map[string]float64{}, stems: map[string]bool{}}
	for f, v := range m {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			continue
		}
		switch {
		case f == "threshold":
			t.threshold = x
		case strings.HasPrefix(f, "cand="):
			t.stems[f[len("cand="):]] = true
		default:
			t.w[f] = x
		}
	}
	return t
}

// NewCueTagger builds a tagger from weights, the stems it considers and its threshold: what
// internal/gencue cross-validates with (SetCueTagger).
func NewCueTagger(w map[string]float64, stems []string, threshold float64) *CueTagger {
	t := &CueTagger{w: w, stems: map[string]bool{}, threshold: threshold}
	for _, s := range stems {
		t.stems[s] = true
	}
	return t
}

// SetCueTagger makes the extractor use tagger t instead of the pack's (nil: none at all).
func (x *Extractor) SetCueTagger(t *CueTagger) {
	x.cueSet, x.cue = true, t
}

// CueCase is one token the cue tagger scores: its code point span, its stem and features.
type CueCase struct {
	Start, End int
	Stem       string
	Feats      []string
}

// CueCases runs the rules on an analysed article and returns every word the cue tagger would
// consider in a sentence without a quotation (any stem), with its features: the training
// data of internal/gencue.
func (x *Extractor) CueCases(a *article.Article, an *article.Analysis, p lang.Pack) []CueCase {
	if a == nil || an == nil || p == nil || len(an.Tokens) == 0 {
		return nil
	}
	c := newCtx(a, an, article.NewRunes(a.Text), x.lexicon(p))
	c.rulesOnly = x.rulesOnly
	c.direct()
	c.reported()
	c.resolvePending()
	c.resolveInner()
	var out []CueCase
	sink := &featSink{rec: true}
	c.eachCueSentence(func(si, ss, me int) {
		for i := ss; i < me; i++ {
			if !c.cueCandidate(i, ss) {
				continue
			}
			sink.reset()
			c.cueFeats(sink, i, ss, me)
			out = append(out, CueCase{Start: c.toks[i].Start, End: c.toks[i].End, Stem: c.toks[i].Stem, Feats: sink.feats})
		}
	})
	return out
}

// eachCueSentence calls fn with every sentence the tagger may add a cue to: outside furniture,
// of four words or more before its final punctuation, and overlapping no quotation found.
func (c *ctx) eachCueSentence(fn func(si, ss, me int)) {
	taken := make([]bool, len(c.sents))
	for _, f := range c.out {
		for si := c.sentenceAt(f.q.Start); si >= 0 && si < len(c.sents) && c.sents[si].Start < f.q.End; si++ {
			taken[si] = true
		}
		if f.cueTok >= 0 {
			taken[c.sentOf[f.cueTok]] = true
		}
	}
	for si := range c.sents {
		if taken[si] || c.furniture[si] {
			continue
		}
		ss, se := c.sentRange(si)
		me := se
		for me > ss && c.toks[me-1].Kind == article.TokPunct && !isQuoteMark(&c.toks[me-1]) {
			me--
		}
		if me-ss < 4 {
			continue
		}
		fn(si, ss, me)
	}
}

// cueCandidate reports whether token i of the sentence starting at ss may be a cue: a word in
// lower case, or the sentence's first, not in quotation marks.
func (c *ctx) cueCandidate(i, ss int) bool {
	t := &c.toks[i]
	return t.Kind == article.TokWord && (i == ss || isLowerWord(t)) && !c.usedCue[i] && !c.inMarks(t.Start)
}

// cueFeats gives sink the features of token i as a cue of the sentence [ss, me).
func (c *ctx) cueFeats(f *featSink, i, ss, me int) {
	t := &c.toks[i]
	f.add("bias")
	f.add("w", t.Norm)
	f.add("stem", t.Stem)
	f.add("first", strconv.FormatBool(i == ss))
	norm := func(k int) string {
		if k < ss {
			return "<s>"
		}
		if k >= me {
			return "</s>"
		}
		if c.toks[k].Kind == article.TokNumber {
			return "<num>"
		}
		if isCap(&c.toks[k]) && isWord(&c.toks[k]) && c.lx.class(c.toks[k].Norm) == "" {
			return "<cap>"
		}
		return c.toks[k].Norm
	}
	f.add("p1", norm(i-1))
	f.add("n1", norm(i+1))
	f.add("p2", norm(i-2), " ", norm(i-1))
	f.add("n2", norm(i+1), " ", norm(i+2))
	f.add("w+n1", t.Norm, " ", norm(i+1))
	f.add("p1+w", norm(i-1), " ", t.Norm)
	_, lex := c.lx.verbs[t.Norm]
	f.add("lex", strconv.FormatBool(lex))
	if cls := c.lx.class(t.Norm); cls != "" {
		f.add("cls", cls)
	}
	strong, weak := c.konjMood(ss, me)
	k := "none"
	if strong {
		k = "1"
	} else if weak {
		k = "2"
	}
	f.add("konj", k)
	f.add("w+konj", t.Stem, "/", k)
	after, _ := c.konjMood(i+1, me)
	f.add("konj:after", strconv.FormatBool(after))
	comma, colon, mark, dass := false, false, false, false
	for j := ss; j < me; j++ {
		u := &c.toks[j]
		switch {
		case isPunct(u, ","):
			comma = comma || j > i
		case isPunct(u, ":"):
			colon = true
		case isQuoteMark(u):
			mark = true
		}
		if j > i && j <= i+4 && c.lx.class(u.Norm) == "comp" {
			dass = true
		}
	}
	f.add("comma:after", strconv.FormatBool(comma))
	f.add("colon", strconv.FormatBool(colon))
	f.add("marks", strconv.FormatBool(mark))
	f.add("comp:after", strconv.FormatBool(dass))
	f.add("w+comp", t.Stem, "/", strconv.FormatBool(dass))
	f.add("commabefore", strconv.FormatBool(i > ss && isPunct(&c.toks[i-1], ",")))
	f.add("commanext", strconv.FormatBool(i+1 < me && isPunct(&c.toks[i+1], ",")))
	f.add("pos", bucket(i-ss))
	f.add("rpos", bucket(me-i-1))
}

// learnedCues adds the tagger's cues to the sentences the rules left without a quotation.
func (c *ctx) learnedCues(t *CueTagger) {
	if t == nil || len(t.stems) == 0 {
		return
	}
	sink := &featSink{w: t.w}
	c.eachCueSentence(func(si, ss, me int) {
		best, bs := -1, 0.0
		for i := ss; i < me; i++ {
			if !t.stems[c.toks[i].Stem] || !c.cueCandidate(i, ss) {
				continue
			}
			sink.reset()
			c.cueFeats(sink, i, ss, me)
			if sink.score > t.threshold && (best < 0 || sink.score > bs) {
				best, bs = i, sink.score
			}
		}
		if best < 0 {
			return
		}
		v := best
		if ms, _ := c.complementStart(v, me); ms > v && ms < me-1 {
			c.emit(ms, me, false, false, v, -1, -1, noSpeaker) // "X teilte mit, dass …"
			return
		}
		if v > ss+2 && isPunct(&c.toks[v-1], ",") {
			c.emit(ss, v-1, false, false, v, -1, -1, noSpeaker) // "…, sagte X"
			return
		}
		c.emit(ss, me, false, false, v, -1, -1, noSpeaker)
	})
}
