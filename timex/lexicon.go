package timex

import (
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
	code  string
	norm  func(string) string
	words map[string][]feat
	// weak holds month and weekday names that come only from the pack's lists
	// (abbreviations such as "jan", "so"): they double as names and words, so the grammar
	// accepts them only beside a day or year.
	weak map[string]bool
}

// newLexicon merges the pack's "months", "weekdays" and "numbers" lists with its
// "timex_words" list. Entries of the pack lists whose payload is not a number are skipped.
func newLexicon(p lang.Pack) *lexicon {
	lx := &lexicon{code: p.Code(), norm: p.Normalize, words: map[string][]feat{}, weak: map[string]bool{}}
	for k, v := range p.Words("timex_words") {
		for f := range strings.FieldsSeq(v) {
			cat, val, _ := strings.Cut(f, ":")
			lx.words[k] = append(lx.words[k], feat{cat, val})
		}
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
	for suf := range compoundUnits {
		if strings.Contains(w, suf) {
			return true
		}
	}
	for _, p := range dayParts {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

var (
	deEnds = []string{"n", "en", "s", "es", "e", "er", "em", "r", "m", "ns"}
	enEnds = []string{"s", "es"}
)

// ends are the inflection endings lookup may strip.
func (lx *lexicon) ends() []string {
	if lx.code == "de" {
		return deEnds
	}
	return enEnds
}

// inflectable lists the categories whose words take inflection endings the lookup may strip.
var inflectable = map[string]bool{"rel": true, "unit": true, "ord": true, "month": true,
	"season": true, "part": true, "relunit": true, "mod": true, "weekday": true}

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
			if v, ok := lx.get(w[:len(w)-len(e)], cat); ok {
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
