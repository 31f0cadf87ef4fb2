package cluster

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// Feature kinds, as prefixes of vocabulary keys. One vocabulary holds all kinds so that one
// vector (and one index) carries terms, names, figures and dates together.
const (
	kindTerm   = "t:"
	kindName   = "n:"
	kindFigure = "f:"
	kindDate   = "d:"
)

// Feature kinds as small numbers, for per-kind parts of a similarity.
const (
	featTerm = iota
	featName
	featFigure
	featDate
	numKinds
)

// kindOf maps a vocabulary key to its feature kind.
func kindOf(key string) uint8 {
	switch key[:2] {
	case kindName:
		return featName
	case kindFigure:
		return featFigure
	case kindDate:
		return featDate
	}
	return featTerm
}

// features counts what an article contains: stemmed content words, names, figures and dates.
// Keys are "kind:value"; display holds a readable form for explanations.
func features(a *article.Article, an *article.Analysis) (counts map[string]float64, display map[string]string) {
	counts = map[string]float64{}
	display = map[string]string{}
	if an == nil {
		return counts, display
	}
	put := func(key, disp string, n float64) {
		counts[key] += n
		if _, ok := display[key]; !ok {
			display[key] = disp
		}
	}
	// A word inside a name ("Selenskyj" of "Wolodymyr Selenskyj", "ukrainische" for Ukraine)
	// is counted as the name only: counted as a term too, names would weigh twice, and two
	// reports of different events about the same actors would look like one event.
	inName := nameCover(an.Entities)
	for _, t := range an.Tokens {
		if t.Kind != article.TokWord || t.Stop || utf8.RuneCountInString(t.Norm) < 3 || t.Stem == "" {
			continue
		}
		if !hasLetter(t.Norm) || inName(t.Start, t.End) {
			continue
		}
		put(kindTerm+t.Stem, t.Norm, 1)
	}
	if len(an.Entities) > 0 {
		for _, e := range an.Entities {
			name := e.Canonical
			if name == "" {
				name = e.Text
			}
			name = strings.ToLower(article.NormalizeSpace(name))
			if name != "" {
				put(kindName+name, name, 1)
			}
		}
	} else {
		nameFallback(an, put)
	}
	numbers := 0
	for _, f := range an.Figures {
		if f.Value == 0 || math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
			continue
		}
		v := strconv.FormatFloat(f.Value, 'g', -1, 64)
		put(kindFigure+v+f.Unit, v+f.Unit, 1)
		numbers++
	}
	if numbers == 0 {
		// No figure extractor output: numbers as written still identify a report ("11.000").
		for _, t := range an.Tokens {
			if t.Kind != article.TokNumber {
				continue
			}
			v := digitsOnly(t.Text)
			if len(v) < 2 || len(v) > 12 {
				continue
			}
			put(kindFigure+v, t.Text, 1)
		}
	}
	for _, tm := range an.Times {
		if tm.Type != article.TimeDate || len(tm.Value) < 7 || tm.Value[0] < '0' || tm.Value[0] > '9' {
			// A bare year links too much to be evidence of one event, and PRESENT_REF or
			// FUTURE_REF ("heute", "zukünftig") is in nearly every article.
			continue
		}
		put(kindDate+tm.Value, tm.Value, 1)
	}
	return counts, display
}

// nameFallback treats capitalised words that do not start a sentence as names, for when no
// entity extractor has run. In German this also catches nouns, which carry the topic as well.
func nameFallback(an *article.Analysis, put func(key, disp string, n float64)) {
	for si := range an.Sentences {
		s := an.Sentences[si]
		if s.TokStart < 0 || s.TokEnd > len(an.Tokens) || s.TokStart > s.TokEnd {
			continue
		}
		toks := an.Tokens[s.TokStart:s.TokEnd]
		initial := true
		for _, t := range toks {
			if t.Kind == article.TokPunct {
				if strings.ContainsAny(t.Text, "„“\"«»:‚") {
					initial = true // a quotation or colon starts a new sentence inside one
				}
				continue
			}
			if initial {
				initial = false
				continue
			}
			r, _ := utf8.DecodeRuneInString(t.Text)
			if t.Kind != article.TokWord || !unicode.IsUpper(r) || t.Stop || utf8.RuneCountInString(t.Norm) < 3 {
				continue
			}
			put(kindName+t.Norm, t.Text, 1)
		}
	}
}

// nameCover returns a test for whether a token span lies wholly inside an entity mention.
// Tokens are asked in text order, so one pass over the sorted mentions answers all of them.
func nameCover(ents []article.Entity) func(start, end int) bool {
	spans := make([][2]int, 0, len(ents))
	for _, e := range ents {
		if e.End > e.Start {
			spans = append(spans, [2]int{e.Start, e.End})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	// reach[i] is the furthest end among spans[:i+1], so a token is covered when some span
	// starting at or before it reaches its end.
	reach := make([]int, len(spans))
	for i, sp := range spans {
		reach[i] = sp[1]
		if i > 0 && reach[i-1] > reach[i] {
			reach[i] = reach[i-1]
		}
	}
	return func(start, end int) bool {
		i := sort.Search(len(spans), func(i int) bool { return spans[i][0] > start }) - 1
		return i >= 0 && reach[i] >= end
	}
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func digitsOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// vectorize turns counts into a unit TF-IDF vector, learning document frequencies online:
// the article's own keys count towards df before weighting, so the first article of a term
// is weighted like any other rare term.
func (c *Clusterer) vectorize(counts map[string]float64, display map[string]string) sparse {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	st := &c.st
	st.N++
	type kv struct {
		id uint32
		w  float64
	}
	vals := make([]kv, 0, len(keys))
	n := float64(st.N) + c.st.Opt.PriorDocs
	for _, k := range keys {
		id, ok := c.vocab[k]
		if !ok {
			id = uint32(len(st.Vocab))
			c.vocab[k] = id
			st.Vocab = append(st.Vocab, k)
			st.Display = append(st.Display, display[k])
			st.DF = append(st.DF, 0)
			c.kinds = append(c.kinds, kindOf(k))
		}
		st.DF[id]++
		idf := math.Log((n + 1) / (float64(st.DF[id]) + 1))
		if idf <= 0 {
			continue
		}
		w := (1 + math.Log(counts[k])) * idf * c.boost(k)
		vals = append(vals, kv{id, w})
	}
	sort.Slice(vals, func(i, j int) bool { return vals[i].id < vals[j].id })
	var norm float64
	for _, v := range vals {
		norm += v.w * v.w
	}
	norm = math.Sqrt(norm)
	out := sparse{IDs: make([]uint32, len(vals)), W: make([]float32, len(vals))}
	for i, v := range vals {
		out.IDs[i] = v.id
		out.W[i] = float32(v.w / norm)
	}
	return out
}

func (c *Clusterer) boost(key string) float64 {
	o := &c.st.Opt
	switch key[:2] {
	case kindName:
		return o.NameWeight
	case kindFigure:
		return o.FigureWeight
	case kindDate:
		return o.DateWeight
	}
	return 1
}
