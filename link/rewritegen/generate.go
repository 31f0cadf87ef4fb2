// Package rewritegen makes a rewrite benchmark for provenance detection: from real articles
// (10kGNAD) it generates rewrites with controlled edits (paraphrase substitutions, reordering,
// merging and splitting, deletion, insertion of foreign sentences) at three strengths, plus
// hard negatives, and scores the link package on them.
package rewritegen

import (
	"embed"
	"fmt"
	"math/rand"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/lang"
	"crosscheck/lang/wordlist"
)

//go:embed words/paraphrase.txt
var wordFS embed.FS

// Strength is how heavily a rewrite edits its source.
type Strength int

// Edit strengths.
const (
	Light Strength = iota
	Moderate
	Heavy
)

// Strengths lists every strength, light to heavy.
var Strengths = []Strength{Light, Moderate, Heavy}

func (s Strength) String() string {
	switch s {
	case Light:
		return "light"
	case Moderate:
		return "moderate"
	case Heavy:
		return "heavy"
	}
	return fmt.Sprintf("strength(%d)", int(s))
}

// edits are the knobs of one strength.
type edits struct {
	substitute float64 // share of lexicon words replaced
	splits     int     // sentences split at a comma
	merges     int     // pairs of neighbours merged
	drop       float64 // share of sentences deleted
	swaps      int     // neighbour swaps
	inserts    int     // foreign sentences inserted
}

func (s Strength) edits() edits {
	switch s {
	case Light:
		return edits{substitute: 0.15, drop: 0.05, swaps: 1, inserts: 1}
	case Moderate:
		return edits{substitute: 0.35, splits: 1, merges: 1, drop: 0.15, swaps: 2, inserts: 2}
	default:
		return edits{substitute: 0.6, splits: 2, merges: 2, drop: 0.3, swaps: 4, inserts: 3}
	}
}

// Rewrite is a generated rewrite: its sentences, and which were inserted from elsewhere.
type Rewrite struct {
	Sentences []string
	Added     []bool
}

// Text joins the sentences into one paragraph.
func (r Rewrite) Text() string { return strings.Join(r.Sentences, " ") }

// Generator rewrites sentence lists. Safe for concurrent use (callers pass their own rand).
type Generator struct {
	lex  map[string]string
	pack lang.Pack
}

// NewGenerator loads the embedded paraphrase lexicon; p decides which words are stop words
// (merged sentences lower-case a leading stop word).
func NewGenerator(p lang.Pack) (*Generator, error) {
	lists, err := wordlist.Load(wordFS, "words", strings.ToLower)
	if err != nil {
		return nil, fmt.Errorf("rewritegen: paraphrase lexicon: %w", err)
	}
	return &Generator{lex: lists["paraphrase"], pack: p}, nil
}

type sent struct {
	text  string
	added bool
}

// Rewrite edits src (its sentences) at strength s, inserting sentences drawn from foreign.
func (g *Generator) Rewrite(src []string, foreign []string, s Strength, rng *rand.Rand) Rewrite {
	e := s.edits()
	ss := make([]sent, 0, len(src)+e.inserts)
	for _, t := range src {
		ss = append(ss, sent{text: g.substitute(t, e.substitute, rng)})
	}
	for range e.splits {
		ss = split(ss, rng)
	}
	for range e.merges {
		ss = g.merge(ss, rng)
	}
	drop := int(e.drop*float64(len(ss)) + 0.5)
	for k := 0; k < drop && len(ss) > 3; k++ {
		i := 1 + rng.Intn(len(ss)-1) // the lead sentence stays
		ss = append(ss[:i], ss[i+1:]...)
	}
	for range e.swaps {
		if len(ss) < 2 {
			break
		}
		i := rng.Intn(len(ss) - 1)
		ss[i], ss[i+1] = ss[i+1], ss[i]
	}
	for k := 0; k < e.inserts && len(foreign) > 0; k++ {
		f := foreign[rng.Intn(len(foreign))]
		i := 1 + rng.Intn(len(ss))
		if i > len(ss) {
			i = len(ss)
		}
		ss = append(ss[:i], append([]sent{{text: f, added: true}}, ss[i:]...)...)
	}
	var r Rewrite
	for _, x := range ss {
		r.Sentences = append(r.Sentences, x.text)
		r.Added = append(r.Added, x.added)
	}
	return r
}

// substitute replaces lexicon words with probability p, keeping a leading capital.
func (g *Generator) substitute(s string, p float64, rng *rand.Rand) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		rep, ok := g.lex[strings.ToLower(w)]
		if !ok || rng.Float64() >= p {
			b.WriteString(w)
			return
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			rep = upperFirst(rep)
		}
		b.WriteString(rep)
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(s))
	return b.String()
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// split cuts a sentence in two at a comma near its middle.
func split(ss []sent, rng *rand.Rand) []sent {
	order := rng.Perm(len(ss))
	for _, i := range order {
		t := ss[i].text
		if ss[i].added || len(t) < 80 {
			continue
		}
		best := -1
		for k := 0; k < len(t); k++ {
			if t[k] == ',' && k+2 < len(t) && t[k+1] == ' ' && k > len(t)/4 && k < 3*len(t)/4 {
				best = k
				break
			}
		}
		if best < 0 {
			continue
		}
		a := t[:best] + "."
		b := upperFirst(strings.TrimSpace(t[best+1:]))
		out := append([]sent{}, ss[:i]...)
		out = append(out, sent{text: a}, sent{text: b})
		return append(out, ss[i+1:]...)
	}
	return ss
}

// merge joins two neighbours with "und".
func (g *Generator) merge(ss []sent, rng *rand.Rand) []sent {
	if len(ss) < 3 {
		return ss
	}
	i := rng.Intn(len(ss) - 1)
	a := strings.TrimRight(ss[i].text, ".!? ")
	b := ss[i+1].text
	first, _, _ := strings.Cut(b, " ")
	if g.pack != nil && g.pack.Stopword(strings.ToLower(first)) {
		b = lowerFirst(b)
	}
	m := sent{text: a + ", und " + b}
	out := append([]sent{}, ss[:i]...)
	out = append(out, m)
	return append(out, ss[i+2:]...)
}
