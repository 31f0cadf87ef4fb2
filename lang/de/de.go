// Package de is the German language pack: sentence splitting for news text, tokenising with
// offsets, normalising, Snowball stemming, stop words and the German word lists (numbers,
// months, weekdays, speech verbs, titles and roles) that the extractors read.
package de

import (
	"embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"

	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/wordlist"
)

//go:embed words/*.txt
var wordFS embed.FS

// Pack is the German language pack.
type Pack struct {
	lists wordlist.Lists
}

var _ lang.Pack = (*Pack)(nil)

// New returns the German pack. It panics only if the embedded word lists are malformed,
// which the package's tests rule out.
func New() *Pack {
	p := &Pack{}
	lists, err := wordlist.Load(wordFS, "words", p.Normalize)
	if err != nil {
		panic(err)
	}
	p.lists = lists
	return p
}

// Code implements lang.Pack.
func (p *Pack) Code() string { return "de" }

// Words implements lang.Pack.
func (p *Pack) Words(list string) map[string]string { return p.lists[list] }

// Normalize implements lang.Pack.
func (p *Pack) Normalize(word string) string { return strings.ToLower(word) }

// Stem implements lang.Pack.
func (p *Pack) Stem(norm string) string {
	env := snowballstem.NewEnv(norm)
	german.Stem(env)
	return env.Current()
}

// Stopword implements lang.Pack.
func (p *Pack) Stopword(norm string) bool {
	_, ok := p.lists["stopwords"][norm]
	return ok
}

// Tokens implements lang.Pack. (Placeholder: replaced by the full tokenizer.)
func (p *Pack) Tokens(text string) []article.Token {
	var toks []article.Token
	c := 0
	start, startC := -1, 0
	flush := func(end, endC int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		kind := article.TokWord
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
			kind = article.TokNumber
		}
		n := p.Normalize(w)
		toks = append(toks, article.Token{Start: startC, End: endC, Text: w, Norm: n, Stem: p.Stem(n), Kind: kind, Stop: p.Stopword(n)})
		start = -1
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start, startC = i, c
			}
		case unicode.IsSpace(r):
			flush(i, c)
		default:
			flush(i, c)
			toks = append(toks, article.Token{Start: c, End: c + 1, Text: string(r), Norm: string(r), Stem: string(r), Kind: article.TokPunct})
		}
		c++
	}
	flush(len(text), c)
	return toks
}

// Sentences implements lang.Pack. (Placeholder: replaced by the full splitter.)
func (p *Pack) Sentences(text string) []article.Span {
	var out []article.Span
	c, start := 0, -1
	rs := []rune(text)
	for i, r := range rs {
		if start < 0 && !unicode.IsSpace(r) {
			start = i
		}
		if (r == '.' || r == '!' || r == '?') && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])) && start >= 0 {
			out = append(out, article.Span{Start: start, End: i + 1})
			start = -1
		}
		c++
	}
	if start >= 0 {
		end := len(rs)
		for end > start && unicode.IsSpace(rs[end-1]) {
			end--
		}
		out = append(out, article.Span{Start: start, End: end})
	}
	return out
}
