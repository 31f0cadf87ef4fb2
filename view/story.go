package view

import (
	"crosscheck/figure"
)

// StoryArticle is one article of a story with where it sits and why.
type StoryArticle struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Published   string   `json:"published,omitempty"`
	Estimated   string   `json:"estimated_published,omitempty"` // from the article it derives from
	Source      string   `json:"source,omitempty"`
	Credits     []string `json:"credits,omitempty"`
	Event       string   `json:"event"`
	Why         string   `json:"why,omitempty"` // the explanation in one line
	Explanation any      `json:"explanation,omitempty"`
}

// Cited is a sentence of the summary with the articles that say it.
type Cited struct {
	Text    string   `json:"text"`
	Article string   `json:"article"` // where this wording comes from
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Sources []string `json:"sources"` // every article that supports it, sorted
}

// Dated is one entry of the timeline: a resolved time expression in its sentence.
type Dated struct {
	Value    string `json:"value"`
	Text     string `json:"text"`
	Sentence string `json:"sentence"`
	Article  string `json:"article"`
	Start    int    `json:"start"` // -1 for a publication date from metadata
	End      int    `json:"end"`
	// Published marks the article's publication date (metadata, not a span of its text).
	Published bool `json:"published,omitempty"`
}

// Said is one quotation as it travels between articles.
type Said struct {
	Speaker  string   `json:"speaker"`
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
	Reworded bool     `json:"reworded"`
	Direct   bool     `json:"direct"`
}

// Story is one event or storyline, fully synthesised: what `crosscheck story ID` shows.
type Story struct {
	ID          string            `json:"id"`
	Kind        string            `json:"kind"` // "event" or "storyline"
	Title       string            `json:"title"`
	From        string            `json:"from,omitempty"`
	To          string            `json:"to,omitempty"`
	Events      []Event           `json:"events"`
	Articles    []StoryArticle    `json:"articles"`
	Summary     []Cited           `json:"summary"`
	Timeline    []Dated           `json:"timeline"`
	Figures     []figure.Quantity `json:"figures"`
	Quotes      []Said            `json:"quotes"`
	DerivedFrom []Derived         `json:"derived_from"`
	Unsupported []Unsupported     `json:"unsupported"`
}
