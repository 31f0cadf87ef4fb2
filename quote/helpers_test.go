package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/internal/testenv"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/lang/wordlist"
)

var dePack = de.New()

// enPack is the German pack's tokeniser with the English word lists, so English forms can be
// tested whether or not the English pack has landed.
type enPack struct {
	lang.Pack
	lists wordlist.Lists
}

func (p *enPack) Code() string                        { return "en" }
func (p *enPack) Words(list string) map[string]string { return p.lists[list] }
func (p *enPack) Stopword(norm string) bool           { _, ok := p.lists["quote_grammar"][norm]; return ok }

func newEnPack(tb testing.TB) lang.Pack {
	tb.Helper()
	dir := filepath.Join(testenv.RepoRoot(), "lang", "en", "words")
	lists, err := wordlist.Load(os.DirFS(dir), ".", strings.ToLower)
	if err != nil {
		tb.Fatal(err)
	}
	return &enPack{Pack: dePack, lists: lists}
}

// paragraphs makes an article of text, one paragraph block per non-empty line.
func paragraphs(id, text string) *article.Article {
	a := &article.Article{ID: id, Language: "de"}
	var parts []string
	off := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if len(parts) > 0 {
			off += 2
		}
		n := utf8.RuneCountInString(line)
		a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockParagraph, Start: off, End: off + n})
		off += n
		parts = append(parts, line)
	}
	a.Text = strings.Join(parts, "\n\n")
	return a
}

var entities = entity.New(nil, entity.Options{})

// runFull analyses a with the entity extractor before quotes, as the pipeline does.
func runFull(a *article.Article, p lang.Pack) *article.Analysis {
	an := &article.Analysis{}
	analyze.Segment(a, an, p)
	entities.Extract(a, an, p)
	New().Extract(a, an, p)
	return an
}

func run(a *article.Article, p lang.Pack, ents ...article.Entity) *article.Analysis {
	an := &article.Analysis{}
	analyze.Segment(a, an, p)
	an.Entities = ents
	New().Extract(a, an, p)
	return an
}
