// Package en is the English language pack: sentence splitting and tokenising for news text
// (shared engine in lang/textseg), normalising, Snowball English stemming, stop words and the
// English word lists the extractors read.
package en

import (
	"embed"
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"

	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/textseg"
	"crosscheck/lang/wordlist"
)

//go:embed words/*.txt
var wordFS embed.FS

// Pack is the English language pack.
type Pack struct {
	lists    wordlist.Lists
	stop     map[string]string
	tok      *textseg.Tokenizer
	splitter *textseg.Splitter
	stems    *textseg.StemCache
}

var _ lang.Pack = (*Pack)(nil)

// New returns the English pack. It panics only if the embedded word lists are malformed,
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
	p.tok = textseg.NewTokenizer(lists["abbreviations"], []string{"and", "or", "to"})
	p.splitter = textseg.NewSplitter(textseg.Rules{
		Abbrev:   lists["abbreviations"],
		Months:   lists["months"],
		Starters: lists["stopwords"],
	})
	return p
}

// Code implements lang.Pack.
func (p *Pack) Code() string { return "en" }

// Words implements lang.Pack.
func (p *Pack) Words(list string) map[string]string { return p.lists[list] }

// Normalize implements lang.Pack: lower case and NFC, typographic apostrophes made plain.
func (p *Pack) Normalize(word string) string { return textseg.Normalize(word) }

// Stem implements lang.Pack with the Snowball English stemmer.
func (p *Pack) Stem(norm string) string {
	env := snowballstem.NewEnv(norm)
	english.Stem(env)
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
