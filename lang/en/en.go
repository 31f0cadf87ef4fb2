// Package en is the English language pack: sentence splitting and tokenising for news text
// (shared engine in lang/textseg), normalising, Snowball English stemming, stop words and the
// English word lists the extractors read.
package en

import (
	"embed"
	"io/fs"

	"golang.org/x/text/language"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"

	"crosscheck/lang"
	"crosscheck/lang/textseg"
)

//go:embed words/*.txt
var wordFS embed.FS

// dataFS holds the pack's data files for extractors (lang.Data): the dictionary filter the
// entity rules read, made by `go generate ./entity`. There is no English tagger: English
// names come from the entity package's rules and gazetteers (docs/quality.md).
//
//go:embed data
var dataFS embed.FS

// Pack is the English language pack.
type Pack struct {
	*textseg.Pack
}

var (
	_ lang.Pack = (*Pack)(nil)
	_ lang.Data = (*Pack)(nil)
)

// Data implements lang.Data.
func (p *Pack) Data(name string) ([]byte, error) { return fs.ReadFile(dataFS, "data/"+name) }

func init() { lang.Register(language.English, func() lang.Pack { return New() }) }

// New returns the English pack. It panics only if the embedded word lists are malformed,
// which the package's tests rule out.
func New() *Pack {
	p, err := textseg.NewPack(textseg.Config{
		Code:         "en",
		Words:        wordFS,
		Stem:         stem,
		Conjunctions: []string{"and", "or", "to"},
	})
	if err != nil {
		panic(err)
	}
	return &Pack{p}
}

func stem(norm string) string {
	env := snowballstem.NewEnv(norm)
	english.Stem(env)
	return env.Current()
}
