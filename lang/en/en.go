// Package en is the English language pack: sentence splitting and tokenising for news text
// (shared engine in lang/textseg), normalising, Snowball English stemming, stop words and the
// English word lists the extractors read.
package en

import (
	"embed"

	"golang.org/x/text/language"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"

	"crosscheck/lang"
	"crosscheck/lang/textseg"
)

//go:embed words/*.txt
var wordFS embed.FS

// Pack is the English language pack.
type Pack struct {
	*textseg.Pack
}

var _ lang.Pack = (*Pack)(nil)

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
