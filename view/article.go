// Package view turns crosscheck's models into what users see: the JSON shapes of
// ../shared/CONTRACT.md and the text the CLI prints. The CLI, the JSON API and the web UI all
// render through it, so the three never disagree.
package view

import (
	"crosscheck/article"
	"crosscheck/story"
)

// Span is a sentence's offsets.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Quote is a quotation as the contract shows it (speaker null when unknown).
type Quote struct {
	Start   int           `json:"start"`
	End     int           `json:"end"`
	Text    string        `json:"text"`
	Speaker *string       `json:"speaker"`
	Direct  bool          `json:"direct"`
	Partial bool          `json:"partial,omitempty"`
	Cue     *article.Mark `json:"cue"`
	// CueParts are pieces of the cue written apart from it: the particle of a separable
	// verb ("teilte … mit"), an auxiliary, the "es" of "heißt es", a reflexive.
	CueParts []article.Mark `json:"cue_parts,omitempty"`
	Source   *article.Mark  `json:"source"`

	// SpeakerHow says how the speaker was found: subject, coreference, role or none
	// (article.Speaker*).
	SpeakerHow string `json:"speaker_how"`
}

// Figure is a figure as the contract shows it.
type Figure struct {
	Start        int           `json:"start"`
	End          int           `json:"end"`
	Text         string        `json:"text"`
	Value        float64       `json:"value"`
	Unit         *string       `json:"unit"`
	Approximate  bool          `json:"approximate"`
	What         string        `json:"what"`
	AttributedTo *string       `json:"attributed_to"`
	Source       *article.Mark `json:"source,omitempty"`
}

// Time is a time expression as the contract shows it.
type Time struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Type  string  `json:"type"`
	Value *string `json:"value"`
}

// Article is the `analyze --json` object of CONTRACT.md.
type Article struct {
	ID        string   `json:"id"`
	URL       *string  `json:"url,omitempty"`
	Source    *string  `json:"source,omitempty"`
	Language  string   `json:"language"`
	Title     *string  `json:"title"`
	Published *string  `json:"published"`
	Section   *string  `json:"section"`
	Tags      []string `json:"tags"`
	Credits   []string `json:"credits"`
	// PictureCredits are the photographers and agencies of captions' credits (metadata).
	PictureCredits []string         `json:"picture_credits,omitempty"`
	Authors        []string         `json:"authors,omitempty"`
	Dateline       *string          `json:"dateline,omitempty"` // the place a story opened with ("WASHINGTON — ")
	Headings       []string         `json:"headings"`
	Text           string           `json:"text"`
	Sentences      []Span           `json:"sentences"`
	Entities       []article.Entity `json:"entities"`
	Quotes         []Quote          `json:"quotes"`
	Figures        []Figure         `json:"figures"`
	Times          []Time           `json:"times"`
	Limits         []string         `json:"limits,omitempty"` // analysis limits the article reached (docs/limits.md)
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// NewArticle builds the contract's article object.
func NewArticle(a *article.Article, an *article.Analysis) *Article {
	v := &Article{
		ID:             a.ID,
		URL:            nullable(a.URL),
		Source:         nullable(a.Source),
		Language:       a.Language,
		Title:          nullable(a.Title),
		Published:      nullable(a.Published),
		Section:        nullable(a.Section),
		Tags:           nonNil(a.Tags),
		Credits:        nonNil(a.Credits),
		PictureCredits: a.PictureCredits,
		Authors:        a.Authors,
		Dateline:       nullable(a.Dateline),
		Headings:       nonNil(a.Headings),
		Text:           a.Text,
		Sentences:      []Span{},
		Entities:       []article.Entity{},
		Quotes:         []Quote{},
		Figures:        []Figure{},
		Times:          []Time{},
	}
	if v.Language == "" {
		v.Language = "und"
	}
	if an == nil {
		return v
	}
	v.Limits = an.Limits
	for _, s := range an.Sentences {
		v.Sentences = append(v.Sentences, Span{s.Start, s.End})
	}
	if an.Entities != nil {
		v.Entities = an.Entities
	}
	for _, q := range an.Quotes {
		v.Quotes = append(v.Quotes, Quote{Start: q.Start, End: q.End, Text: q.Text, Speaker: nullable(q.Speaker),
			Direct: q.Direct, Partial: q.Partial, Cue: q.Cue, CueParts: q.CueParts, Source: q.Source, SpeakerHow: q.SpeakerHow})
	}
	for _, f := range an.Figures {
		v.Figures = append(v.Figures, Figure{Start: f.Start, End: f.End, Text: f.Text, Value: f.Value, Unit: nullable(f.Unit),
			Approximate: f.Approximate, What: f.What, AttributedTo: nullable(f.AttributedTo), Source: f.Source})
	}
	for _, t := range an.Times {
		v.Times = append(v.Times, Time{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: nullable(t.Value)})
	}
	return v
}

// Title is what lists show for an article: its title, or else its first words.
func Title(a *article.Article) string { return story.Title(a) }
