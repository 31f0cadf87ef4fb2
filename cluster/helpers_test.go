package cluster

import (
	"strings"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang/de"
)

var dePack = de.New()

// makeArticle builds an article whose paragraphs are the non-empty lines of text, segmented
// with the German pack, for tests that need no extractors.
func makeArticle(id, text string) (*article.Article, *article.Analysis) {
	a := &article.Article{ID: id, Language: "de"}
	var tb article.TextBuilder
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			tb.Add(article.BlockParagraph, line)
		}
	}
	tb.Fill(a)
	an := &article.Analysis{}
	analyze.Segment(a, an, dePack)
	return a, an
}
