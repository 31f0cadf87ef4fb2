package figure

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentFig is a figure already read in the current sentence, kept so that a later partitive
// ("zwei von ihnen schwer") can name itself after its whole.
type sentFig struct {
	value float64
	unit  string
	base  []piece // what it counts, without the participle
	verb  []piece // the participle describing it ("verletzte"), or nil
	part  bool
}

// describe names what the figure counts, returns its keys, and says whether it counts a part
// of a whole given before it in the sentence.
func (r *run) describe(t, prev []tok, c cand) (string, []string, bool) {
	ph, np := r.whatPieces(t, prev, c)
	var verb []piece
	if np && !c.money && c.unit == "" {
		verb = r.participle(t, c)
	}
	isPart := false
	out := ph
	if w, qual, own, ok := r.partitive(t, c, np && len(ph) > 0); ok {
		isPart = true
		switch {
		case w == nil:
		case own:
			verb = w.verb // "15 Menschen wurden verletzt, darunter drei Kinder": verletzte Kinder
		case len(w.verb) > 0:
			verb = nil
			out = join(dropRepeats(qual, w.verb), w.verb, w.base)
		case len(w.base) > 0:
			out = join(w.base, []piece{{text: ","}}, []piece{{text: r.lex.partJoiner}}, qual)
		}
	}
	r.figs = append(r.figs, sentFig{value: c.value, unit: c.unit, base: ph, verb: verb, part: isPart})
	if len(verb) > 0 {
		out = join(verb, out)
	}
	what, keys := r.phrase(out)
	return what, keys, isPart
}

// join concatenates phrases into a new slice, with a space before each but punctuation.
func join(parts ...[]piece) []piece {
	var out []piece
	for _, p := range parts {
		for i, x := range p {
			if i == 0 {
				x.space = x.text != ","
			}
			out = append(out, x)
		}
	}
	return out
}

// dropRepeats removes from qual the words the participle repeats ("zwei davon schwer
// verletzt" under "verletzte Menschen").
func dropRepeats(qual, verb []piece) []piece {
	var out []piece
	for _, q := range qual {
		dup := false
		for _, v := range verb {
			if strings.HasPrefix(strings.ToLower(v.text), strings.ToLower(q.text)) {
				dup = true
			}
		}
		if !dup {
			out = append(out, q)
		}
	}
	return out
}

// partitive recognises a figure that counts part of a whole: a partitive word after it
// ("zwei von ihnen", "two of them") or before it ("darunter drei Kinder", "davon zwei").
// It returns the whole (nil when the sentence gives none), the words that qualify the part
// ("schwer") and whether the part names its own noun ("drei Kinder").
func (r *run) partitive(t []tok, c cand, own bool) (*sentFig, []piece, bool, bool) {
	set := r.lex.partitives
	qualFrom := -1
	after := false
	if v, n, ok := phraseAt(t, c.b, set); ok && v != "before" {
		qualFrom, after = c.b+n, true
	} else if v, _, ok := phraseEnding(t, c.a-1, set); ok && v != "after" {
		qualFrom = c.b
	}
	if qualFrom < 0 {
		return nil, nil, false, false
	}
	var whole *sentFig
	for i := len(r.figs) - 1; i >= 0; i-- {
		f := &r.figs[i]
		if !f.part && f.unit == c.unit && f.value > c.value {
			whole = f
			break
		}
	}
	if whole == nil && after {
		// "11.000 von ihnen" with no count before it refers back to a noun, not to a whole.
		return nil, nil, false, false
	}
	if after {
		own = false
	}
	return whole, r.qualifier(t, qualFrom), own, true
}

// qualifier reads up to two modifiers at t[k] ("schwer", "lebensgefährlich verletzt"), or
// a prepositional phrase ("davon 20 Millionen Euro für Schulen").
func (r *run) qualifier(t []tok, k int) []piece {
	if e, ok := r.ppAt(t, k, r.lex.preps); ok {
		return r.pieces(nil, t, k, e, false)
	}
	var ph []piece
	for m := k; m < len(t) && m < k+2; m++ {
		x := t[m]
		if !r.isWord(x) || r.isFunction(x) || r.isNumberWord(x) || r.entityAt(m) != nil {
			break
		}
		if r.lex.capNouns && x.upper {
			break
		}
		ph = append(ph, piece{text: x.text, space: true})
	}
	return ph
}

// participle finds a passive participle in the figure's clause that says what happened to
// the counted thing ("Verletzt wurden zwölf Menschen", "12 people were injured") and returns
// it as an attributive adjective, with an adverb before it ("schwer verletzte").
func (r *run) participle(t []tok, c cand) []piece {
	lex := r.lex
	if len(lex.passiveAux) == 0 {
		return nil
	}
	lo, hi := r.clause(t, c)
	auxes := r.auxes(t)
	for _, x := range auxes[sort.SearchInts(auxes, lo):] {
		if x >= hi {
			break
		}
		var cands []int
		if lex.partAfter {
			k := x + 1
			if k < hi && r.hasSuffix(t[k].norm, lex.advSuffixes) {
				k++
			}
			cands = append(cands, k)
		} else {
			last := hi - 1
			for last > x && t[last].kind == tPunct {
				last--
			}
			cands = append(cands, x-1, last)
		}
		for _, k := range cands {
			if k < lo || k >= hi || k == x || (k >= c.a && k < c.b) || !r.isParticiple(t, k) {
				continue
			}
			var ph []piece
			a := k
			if lex.partAfter {
				if k-1 > x {
					a = k - 1
				}
			} else if k-1 >= c.b && k-1 > x && r.isAdj(t[k-1]) && r.entityAt(k-1) == nil {
				a = k - 1 // "wurden zwölf Menschen schwer verletzt"
			}
			for m := a; m < k; m++ {
				ph = append(ph, piece{text: t[m].text, space: m > a})
			}
			ph = append(ph, piece{text: lowerFirst(t[k].text) + lex.partEnding, space: a < k})
			return ph
		}
	}
	return nil
}

// isParticiple reports whether t[k] looks like a past participle: a content word with a
// participle ending, in lower case unless it opens the sentence ("Verletzt wurden ...").
func (r *run) isParticiple(t []tok, k int) bool {
	x := t[k]
	if !r.isWord(x) || r.isFunction(x) || r.isNumberWord(x) || r.entityAt(k) != nil || utf8.RuneCountInString(x.norm) < 4 {
		return false
	}
	if !r.hasSuffix(x.norm, r.lex.partSuffixes) {
		return false
	}
	if r.lex.capNouns && x.upper {
		// A capitalised word is a noun unless it opens the sentence; even then a noun such
		// as "Patienten" shares the -en ending, so only -t participles pass.
		return k == 0 && strings.HasSuffix(x.norm, "t")
	}
	return true
}

func (r *run) hasSuffix(w string, sufs []string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func lowerFirst(s string) string {
	c, n := utf8.DecodeRuneInString(s)
	if c == utf8.RuneError || !unicode.IsUpper(c) {
		return s
	}
	return string(unicode.ToLower(c)) + s[n:]
}

func upperFirst(s string) string {
	c, n := utf8.DecodeRuneInString(s)
	if c == utf8.RuneError || unicode.IsUpper(c) {
		return s
	}
	return string(unicode.ToUpper(c)) + s[n:]
}

// occurrences names what a count of occurrences counts: the noun of the phrase after the times
// word ("1.400 Mal im Einsatz" counts Einsatz, as "1.400 Einsätze" does), or in a language
// with capitalised nouns the verb it repeats, as a noun ("1.400 Mal ausrücken": Ausrücken).
func (r *run) occurrences(t []tok, j int) []piece {
	if j >= len(t) {
		return nil
	}
	if _, ok := r.ppAt(t, j, r.lex.preps); ok {
		m := j + 1
		if m < len(t) && r.lex.stop(t[m].norm) && !isIn(r.lex.preps, t[m].norm) {
			m++
		}
		if s, e, ok := r.rightNP(t, m); ok {
			return r.pieces(nil, t, s, e, false)
		}
	}
	x := t[j]
	if r.lex.capNouns && r.isWord(x) && !x.upper && !r.isFunction(x) && strings.HasSuffix(x.norm, "en") &&
		(j+1 == len(t) || t[j+1].kind == tPunct) {
		return []piece{{text: upperFirst(x.text)}}
	}
	return nil
}
