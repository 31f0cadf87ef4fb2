// Package analyze runs a language pack and the extractors over an ingested article: it splits
// every block into sentences, tokenises them, and lets each extractor (entities, quotes,
// figures, time expressions) add its mentions, all with code point offsets into the text.
package analyze

import (
	"crosscheck/article"
	"crosscheck/lang"
)

// Extractor adds one kind of mention to an analysis. Extractors run in the order given to
// New and may read what earlier ones found (quotes read entities, figures read both).
type Extractor interface {
	Extract(a *article.Article, an *article.Analysis, p lang.Pack)
}

// Analyzer analyses articles. It is safe for concurrent use when its extractors are.
type Analyzer struct {
	reg        *lang.Registry
	extractors []Extractor
}

// New returns an Analyzer that uses reg's packs and runs ex in order.
func New(reg *lang.Registry, ex ...Extractor) *Analyzer {
	return &Analyzer{reg: reg, extractors: ex}
}

// Pack returns the language pack used for a, falling back to the registry's first pack.
func (z *Analyzer) Pack(a *article.Article) lang.Pack {
	p, _ := z.reg.Get(a.Language)
	return p
}

// Analyze splits and tokenises a and runs the extractors. It never fails: text it cannot make
// sense of yields fewer mentions, not an error.
func (z *Analyzer) Analyze(a *article.Article) *article.Analysis {
	p := z.Pack(a)
	an := &article.Analysis{
		Sentences: []article.Sentence{},
		Entities:  []article.Entity{},
		Quotes:    []article.Quote{},
		Figures:   []article.Figure{},
		Times:     []article.Time{},
	}
	if p == nil {
		return an
	}
	MarkFurniture(a, p)
	Segment(a, an, p)
	for _, x := range z.extractors {
		x.Extract(a, an, p)
	}
	return an
}

// Segment fills an.Sentences and an.Tokens from a's blocks with pack p, leaving out site
// furniture. Text outside any block (or all of it, when the article has no blocks) is
// treated as one paragraph.
func Segment(a *article.Article, an *article.Analysis, p lang.Pack) {
	r := article.NewRunes(a.Text)
	blocks := a.Blocks
	if len(blocks) == 0 && a.Text != "" {
		blocks = []article.Block{{Kind: article.BlockParagraph, Start: 0, End: r.Len()}}
	}
	for bi, b := range blocks {
		if b.Kind == article.BlockFurniture || b.Start < 0 || b.End > r.Len() || b.Start >= b.End {
			continue
		}
		btext := r.Slice(b.Start, b.End)
		spans := p.Sentences(btext)
		if b.Kind != article.BlockParagraph && len(spans) > 1 {
			// A title or heading is one unit, whatever punctuation it holds.
			spans = []article.Span{{Start: spans[0].Start, End: spans[len(spans)-1].End}}
		}
		br := article.NewRunes(btext)
		for _, s := range spans {
			if s.Start < 0 || s.End > br.Len() || s.Start >= s.End {
				continue
			}
			toks := p.Tokens(br.Slice(s.Start, s.End))
			off := b.Start + s.Start
			sent := article.Sentence{Start: off, End: b.Start + s.End, TokStart: len(an.Tokens), Block: bi}
			for _, t := range toks {
				t.Start += off
				t.End += off
				an.Tokens = append(an.Tokens, t)
			}
			sent.TokEnd = len(an.Tokens)
			an.Sentences = append(an.Sentences, sent)
		}
	}
}
