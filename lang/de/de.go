// Package de is the German language pack: sentence splitting for news text, tokenising with
// offsets, normalising, Snowball stemming, stop words and the German word lists (numbers,
// months, weekdays, speech verbs, titles and roles) that the extractors read.
package de

import (
	"embed"
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"

	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/textseg"
	"crosscheck/lang/wordlist"
)

//go:embed words/*.txt
var wordFS embed.FS

// Pack is the German language pack.
type Pack struct {
	lists    wordlist.Lists
	stop     map[string]string
	tok      *textseg.Tokenizer
	splitter *textseg.Splitter
	stems    *textseg.StemCache
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
	p.stems = textseg.NewStemCache(p.Stem, 200_000)
	p.stop = lists["stopwords"]
	p.tok = textseg.NewTokenizer(lists["abbreviations"], []string{"und", "oder", "bzw", "sowie", "bis", "als", "wie"})
	p.splitter = textseg.NewSplitter(textseg.Rules{
		Abbrev:       lists["abbreviations"],
		Months:       lists["months"],
		OrdinalNouns: lists["ordinal_nouns"],
		OrdinalLead:  lists["ordinal_lead"],
		Starters:     lists["stopwords"],
		Ordinals:     true,
	})
	return p
}

// Code implements lang.Pack.
func (p *Pack) Code() string { return "de" }

// Words implements lang.Pack.
func (p *Pack) Words(list string) map[string]string { return p.lists[list] }

// Normalize implements lang.Pack: lower case and NFC; umlauts and ß stay (see Fold).
func (p *Pack) Normalize(word string) string { return textseg.Normalize(word) }

// Stem implements lang.Pack with the Snowball German stemmer.
func (p *Pack) Stem(norm string) string {
	env := snowballstem.NewEnv(norm)
	german.Stem(env)
	return env.Current()
}

// Stopword implements lang.Pack.
func (p *Pack) Stopword(norm string) bool {
	_, ok := p.stop[norm]
	return ok
}

// Tokens implements lang.Pack. See textseg.Tokenizer for what a token is.
func (p *Pack) Tokens(text string) []article.Token {
	toks := p.tok.Tokens(text)
	for i := range toks {
		t := &toks[i]
		if t.Kind != article.TokWord {
			t.Norm, t.Stem = t.Text, t.Text
			continue
		}
		t.Norm = textseg.Normalize(t.Text)
		t.Stop = p.Stopword(t.Norm)
		if t.Stop || strings.HasSuffix(t.Norm, ".") {
			t.Stem = t.Norm
		} else {
			t.Stem = p.stems.Stem(t.Norm)
		}
	}
	return toks
}

// Sentences implements lang.Pack. See textseg.Splitter for the rules.
func (p *Pack) Sentences(text string) []article.Span { return p.splitter.Sentences(text) }

// Fold maps a normalised German word to a spelling without umlauts and ß ("größe" ->
// "groesse"), for matching text typed without them. Other letters with diacritics lose them
// ("andré" -> "andre").
func Fold(s string) string { return textseg.Fold(s) }
