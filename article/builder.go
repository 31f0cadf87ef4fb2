package article

import (
	"strings"
	"unicode/utf8"
)

// TextBuilder assembles an article's text from blocks separated by a blank line, recording
// each block's code point span, so that generators, evaluators and tests that build
// articles from parts all lay them out as ingest does.
type TextBuilder struct {
	b      strings.Builder
	pos    int // code points written
	blocks []Block
}

// Add appends s as a block of the given kind.
func (t *TextBuilder) Add(kind BlockKind, s string) {
	if t.b.Len() > 0 {
		t.b.WriteString("\n\n")
		t.pos += 2
	}
	n := utf8.RuneCountInString(s)
	t.blocks = append(t.blocks, Block{Kind: kind, Start: t.pos, End: t.pos + n})
	t.b.WriteString(s)
	t.pos += n
}

// Fill sets a's Text and Blocks to what was added.
func (t *TextBuilder) Fill(a *Article) {
	a.Text = t.b.String()
	a.Blocks = t.blocks
}
