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
	var b strings.Builder
	pos := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
			pos += 2
		}
		n := len([]rune(line))
		a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockParagraph, Start: pos, End: pos + n})
		b.WriteString(line)
		pos += n
	}
	a.Text = b.String()
	an := &article.Analysis{}
	analyze.Segment(a, an, dePack)
	return a, an
}
