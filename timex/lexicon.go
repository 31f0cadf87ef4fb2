package timex

import (
	"slices"
	"strconv"
	"strings"

	"crosscheck/lang"
)

// feat is one reading of a word: a category ("month", "unit", ...) and its payload.
type feat struct {
	cat string
	val string
}

// lexicon is the read-only word table one language pack yields for the grammar.
type lexicon struct {
	g     grammar
	norm  func(string) string
	words map[string][]feat
	// weak holds month and weekday names that come only from the pack's lists
	// (abbreviations such as "jan", "so"): they double as names and words, so the grammar
	// accepts them only beside a day or year.
	weak map[string]bool
	// phrases are the multi-word references ("in der Folge") by their first word.
	phrases map[string][]phrase
}

// newLexicon merges the pack's "months", "weekdays" and "numbers" lists with its
// "timex_words" list. Entries of the pack lists whose payload is not a number are skipped.
func newLexicon(p lang.Pack) *lexicon {
	lx := &lexicon{g: newGrammar(p), norm: p.Normalize, words: map[string][]feat{}, weak: map[string]bool{},
		phrases: map[string][]phrase{}}
	for k, v := range p.Words("timex_words") {
		for f := range strings.FieldsSeq(v) {
			cat, val, _ := strings.Cut(f, ":")
			lx.words[k] = append(lx.words[k], feat{cat, val})
			if cat == "refafter" {
				// "refafter:in_der:FUTURE_REF": the head word k after "in der".
				lead, ref, _ := strings.Cut(val, ":")
				ws := strings.Split(lead, "_")
				lx.phrases[ws[0]] = append(lx.phrases[ws[0]], phrase{lead: ws, head: k, val: ref})
			}
		}
	}
	for _, ps := range lx.phrases {
		slices.SortFunc(ps, func(a, b phrase) int { return len(b.lead) - len(a.lead) })
	}
	add := func(list, cat string, lo, hi int) {
		for k, v := range p.Words(list) {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || n < lo || n > hi {
				continue
			}
			k = strings.TrimSuffix(k, ".")
			if _, ok := lx.get(k, cat); ok {
				continue
			}
			lx.words[k] = append(lx.words[k], feat{cat, strconv.Itoa(n)})
			if cat == "month" || cat == "weekday" {
				lx.weak[k] = true
			}
		}
	}
	add("months", "month", 1, 12)
	add("weekdays", "weekday", 1, 7)
	add("numbers", "num", 0, 1000)
	return lx
}

// annotate looks every word token of toks up once: its own readings, the readings of its
// stems for the categories that inflect, and whether it may start an expression. The
// grammar then asks the tokens, not the maps, which made lookups the bulk of the run time.
func (lx *lexicon) annotate(toks []tok) {
	for i := range toks {
		tk := &toks[i]
		if tk.kind != tWord {
			continue
		}
		w := tk.n
		tk.exact = lx.words[w]
		tk.infl = nil
		stemKnown := false
		for _, e := range lx.ends() {
			if len(w) <= len(e)+2 || w[len(w)-len(e):] != e {
				continue
			}
			fs := lx.words[w[:len(w)-len(e)]]
			if len(fs) == 0 {
				continue
			}
			stemKnown = true
			if lx.weak[w[:len(w)-len(e)]] {
				continue // "Augen" is no inflected "Aug."
			}
			for _, f := range fs {
				if inflectable[f.cat] {
					tk.infl = append(tk.infl, f)
				}
			}
		}
		tk.known = len(tk.exact) > 0 || stemKnown || lx.knownShape(w)
	}
}

// get returns the payload of word w's reading in category cat.
func (lx *lexicon) get(w, cat string) (string, bool) {
	for _, f := range lx.words[w] {
		if f.cat == cat {
			return f.val, true
		}
	}
	return "", false
}

// known reports whether w, or w without an inflection ending, is in the lexicon, or is a
// compound the grammar splits ("Donnerstagabend", "dreijährige", "montags").
func (lx *lexicon) known(w string) bool {
	if len(lx.words[w]) > 0 {
		return true
	}
	for _, e := range lx.ends() {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) && len(lx.words[w[:len(w)-len(e)]]) > 0 {
			return true
		}
	}
	return lx.knownShape(w)
}

// knownShape reports whether w is a word the grammar takes apart: a compound of a number
// and a unit, a weekday and a part of day, a season with a prefix, or a phrase's start.
func (lx *lexicon) knownShape(w string) bool {
	if strings.Contains(w, "ig") { // every compound unit ends in "-ig"
		for _, cu := range lx.g.compoundUnits {
			if strings.Contains(w, cu.suf) {
				return true
			}
		}
	}
	for _, p := range lx.g.dayParts {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	for _, p := range lx.g.seasonPrefixes {
		if rest, ok := strings.CutPrefix(w, p.pre); ok && rest != "" && lx.known(rest) {
			return true
		}
	}
	return len(lx.phrases[w]) > 0
}

// ends are the inflection endings lookup may strip.
func (lx *lexicon) ends() []string { return lx.g.ends }

// inflectable lists the categories whose words take inflection endings the lookup may strip.
var inflectable = map[string]bool{"rel": true, "unit": true, "ord": true, "month": true,
	"season": true, "part": true, "relunit": true, "mod": true, "weekday": true, "yearpart": true}

// lookup is get that also tries the word without inflection endings ("vergangenen" ->
// "vergangene", "Monaten" -> "monat", "Jahres" -> "jahr") for categories that inflect.
func (lx *lexicon) lookup(w, cat string) (string, bool) {
	if v, ok := lx.get(w, cat); ok {
		return v, true
	}
	if !inflectable[cat] {
		return "", false
	}
	for _, e := range lx.ends() {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			stem := w[:len(w)-len(e)]
			if lx.weak[stem] {
				continue // "Augen" is no inflected "Aug."
			}
			if v, ok := lx.get(stem, cat); ok {
				return v, true
			}
		}
	}
	return "", false
}

// num reads a payload as an int (0 on error; payloads come from our own lists).
func num(s string) int {
	s = strings.TrimPrefix(s, "+")
	n, _ := strconv.Atoi(s)
	return n
}
