// Package de is the German language pack: sentence splitting for news text, tokenising with
// offsets, normalising, Snowball stemming, stop words and the German word lists (numbers,
// months, weekdays, speech verbs, titles and roles) that the extractors read.
package de

import (
	"embed"

	"golang.org/x/text/language"
	"io/fs"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"

	"crosscheck/lang"
	"crosscheck/lang/textseg"
)

//go:embed words/*.txt
var wordFS embed.FS

// dataFS holds the pack's data files for extractors (lang.Data): the entity tagger's
// weights, word clusters and dictionary filter, made by `go generate ./entity`.
//
//go:embed data
var dataFS embed.FS

// Pack is the German language pack.
type Pack struct {
	*textseg.Pack
}

var (
	_ lang.Pack = (*Pack)(nil)
	_ lang.Data = (*Pack)(nil)
)

// Data implements lang.Data.
func (p *Pack) Data(name string) ([]byte, error) { return fs.ReadFile(dataFS, "data/"+name) }

func init() { lang.Register(language.German, func() lang.Pack { return New() }) }

// New returns the German pack. It panics only if the embedded word lists are malformed,
// which the package's tests rule out.
func New() *Pack {
	p, err := textseg.NewPack(textseg.Config{
		Code:           "de",
		Words:          wordFS,
		Stem:           stem,
		Conjunctions:   []string{"und", "oder", "bzw", "sowie", "bis", "als", "wie"},
		GenderSuffixes: []string{"innen", "in"},
		Ordinals:       true,
	})
	if err != nil {
		panic(err)
	}
	return &Pack{p}
}

func stem(norm string) string {
	env := snowballstem.NewEnv(norm)
	german.Stem(env)
	return env.Current()
}

// Fold maps a normalised German word to a spelling without umlauts and ß ("größe" ->
// "groesse"), for matching text typed without them. Other letters with diacritics lose them
// ("andré" -> "andre").
func Fold(s string) string { return textseg.Fold(s) }
