// Package story is the synthesis stage: between placement (events, storylines, derivations)
// and rendering, it builds the one story model that the CLI, the JSON API and the web pages
// all show: title, sources, a summary whose every sentence cites the articles that state it,
// a timeline, figures, who said what, provenance, statements only one source makes, and why
// each article is in. Citations and the "only one source" lists come from one sentence
// alignment (package link), so they cannot disagree.
//
// The stage reads placement through the small Placement interface and keeps built models
// and the stories list in a Cache, invalidated by the placement's stamps, so that a page
// reads a few rows instead of recomputing from the whole store.
package story

import "encoding/json"

// Story is one event or storyline, fully synthesised. JSON keys are snake_case; every
// list is present (empty rather than null).
type Story struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"` // "event" or "storyline"
	Title    string `json:"title"`
	Language string `json:"language"` // most articles' language; the formats follow it
	// QuoteMarks open and close a direct quotation as the story's language writes them.
	QuoteMarks []string `json:"quote_marks,omitempty"` // [open, close]
	From       string   `json:"from,omitempty"`
	To         string   `json:"to,omitempty"`
	Dates      string   `json:"dates,omitempty"` // From..To as a reader writes them
	Sources    []string `json:"sources"`         // outlets, sorted
	// Storyline is the storyline of an event ("" for a storyline).
	Storyline   string        `json:"storyline,omitempty"`
	Events      []EventRef    `json:"events"`
	Articles    []ArticleRef  `json:"articles"`
	Summary     []Cited       `json:"summary"`
	Timeline    []Entry       `json:"timeline"`
	Figures     []Quantity    `json:"figures"`
	Quotes      []Said        `json:"quotes"`
	DerivedFrom []Derived     `json:"derived_from"`
	Unsupported []Unsupported `json:"unsupported"`
	// UnsupportedTotal counts every such sentence; Unsupported shows at most
	// MaxUnsupported per derived article, those with figures and names first.
	UnsupportedTotal int `json:"unsupported_total"`
	// SingleSourceTotal counts those of them no other article of the story states either
	// (StatedBy empty): the statements only one source makes.
	SingleSourceTotal int `json:"single_source_total"`
	// Stamp is the placement stamp the model was built from.
	Stamp string `json:"stamp"`
	// ModelVersion is the version of the code that built it: a kept model built by other
	// code is built again.
	ModelVersion int `json:"model_version"`
}

// ModelVersion changes whenever the stage builds stories differently.
const ModelVersion = 90

// MaxUnsupported bounds the statements listed per derived article.
const MaxUnsupported = 10

// EventRef is one event of a story.
type EventRef struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	From     string   `json:"from,omitempty"`
	To       string   `json:"to,omitempty"`
	Dates    string   `json:"dates,omitempty"`
	Articles []string `json:"articles"`
	Sources  []string `json:"sources"`
}

// ArticleRef is one article of a story with where it sits and why.
type ArticleRef struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	URL       string   `json:"url,omitempty"`
	Language  string   `json:"language"`
	Published string   `json:"published,omitempty"`
	Estimated string   `json:"estimated_published,omitempty"` // from the article it derives from
	Source    string   `json:"source,omitempty"`
	Credits   []string `json:"credits"`
	Event     string   `json:"event"`
	Why       string   `json:"why,omitempty"` // the placement's explanation in one line
	// Explanation is the placement's explanation as it gives it, in JSON: kept as written, so
	// a story read back from the cache prints its keys in the same order as one just built.
	Explanation json.RawMessage `json:"explanation,omitempty"`
}

// Cited is one sentence of the summary: its wording comes from Article[Start:End]; Sources
// are every article with an aligned sentence that states it (figures and names included),
// Article first.
type Cited struct {
	Text    string   `json:"text"`
	Article string   `json:"article"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Event   string   `json:"event"`
	Sources []string `json:"sources"`
	// Support holds, per citing article other than Article, the sentence that states it.
	Support []Statement `json:"support"`
}

// Statement is a sentence of an article.
type Statement struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
}

// Entry is one happening of the timeline: a date, as a reader writes it and as its TIMEX3
// code, with the sentence that dates it and every article that gives it.
type Entry struct {
	Value    string   `json:"value"` // TIMEX3 ("2025-10-14", "2024-WI", "2025-10-14TMO")
	Mod      string   `json:"mod,omitempty"`
	Date     string   `json:"date"` // "14. Oktober 2025, morgens"
	Text     string   `json:"text"` // the sentence, or the event title for a first report
	Kind     string   `json:"kind"` // "mention" (a date in the text) or "first_report"
	Event    string   `json:"event,omitempty"`
	Articles []string `json:"articles"`
	// StatedBy are the articles that state Text (a mention's sentence, in its own words or
	// aligned with another's): Articles holds every article giving the date, most of which
	// say other things about that day, so a page cites these for the sentence.
	StatedBy []string    `json:"stated_by,omitempty"`
	Mentions []Statement `json:"mentions"` // where the date is written: time expression spans
	// Minor: one of the entries past the MaxTimelineShown a page shows (fewer articles give
	// it, or it is a month or a year); kept here for readers of the JSON.
	Minor bool `json:"minor,omitempty"`
}

// Quantity is one thing measured, with every value given for it.
type Quantity struct {
	Label    string  `json:"label"`
	Unit     string  `json:"unit"`
	Values   []Value `json:"values"` // in date order
	Conflict bool    `json:"conflict"`
	Update   bool    `json:"update"` // the value changed over time; no two disagree about one moment
	Articles int     `json:"articles"`
}

// Value is one value given for a quantity.
type Value struct {
	Value       float64  `json:"value"`
	Text        string   `json:"text"` // "200 Mio. €", "rund 1.400"
	Approximate bool     `json:"approximate"`
	Bound       string   `json:"bound,omitempty"`
	Date        string   `json:"date,omitempty"` // TIMEX3 day the value is for
	DateText    string   `json:"date_text,omitempty"`
	GivenBy     []string `json:"given_by"` // who gave it, "" never
	Articles    []string `json:"articles"`
	Conflicts   bool     `json:"conflicts"` // disagrees with another value for the same moment
	// Mentions are where the value is written: each figure's article and offsets.
	Mentions []Statement `json:"mentions"`
}

// Said is one statement of a speaker as it travels between articles. Direct quotations
// are quoted words; reported speech (Direct false) is never shown in quotation marks.
type Said struct {
	// Speaker is the fullest name the story's articles give the speaker; SpeakerAs the
	// other names they give the same person ("Sinner" for "Jannik Sinner"), SpeakerType
	// the entity type ("person", "organisation", or "" when no entity has the name).
	Speaker     string   `json:"speaker"`
	SpeakerType string   `json:"speaker_type,omitempty"`
	SpeakerAs   []string `json:"speaker_as"`
	Text        string   `json:"text"`
	Direct      bool     `json:"direct"`
	Reworded    bool     `json:"reworded"`
	Articles    []string `json:"articles"`
	// How the speaker was found, when the quotation stage says (speaker_how).
	How string `json:"speaker_how,omitempty"`
	// Spans are where the statement stands in each article: its quoted or reported words, by
	// article and code point offsets, in article order.
	Spans []Span `json:"spans"`
	// Context is the reporter's sentence around quoted words that are only a fragment of it
	// ("Er forderte, die Hilfen „einzufrieren“"), so that a reader sees what the fragment
	// was said of; nil when the words stand on their own. Only Text's fragment is the
	// speaker's.
	Context *Statement `json:"context,omitempty"`
}

// Span is a piece of an article: its id and code point offsets.
type Span struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Derived says that Article copies or rewrites Source.
type Derived struct {
	Article            string   `json:"article"`
	Source             string   `json:"source"`
	Kind               string   `json:"kind"`
	Coverage           float64  `json:"coverage"`
	Via                []string `json:"via"`
	EstimatedPublished string   `json:"estimated_published,omitempty"`
}

// Unsupported is a sentence of a derived article that no aligned sentence of its source
// states (Partial: one aligns, but it says more than the source does).
type Unsupported struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Source  string `json:"source"`
	Partial bool   `json:"partial"`
	// StatedBy lists the other articles of the story whose aligned sentence states it: the
	// source leaves it out, but it is not one source's alone.
	StatedBy []string `json:"stated_by,omitempty"`
}

// Row is one line of the stories list: what the list shows and filters on, without
// building the story.
type Row struct {
	ID        string     `json:"id"`
	Kind      string     `json:"kind"`
	Title     string     `json:"title"`
	Storyline string     `json:"storyline,omitempty"`
	From      string     `json:"from,omitempty"`
	To        string     `json:"to,omitempty"`
	Dates     string     `json:"dates,omitempty"`
	Sources   []string   `json:"sources"`
	Languages []string   `json:"languages"`
	Articles  int        `json:"articles"`
	Events    []EventRef `json:"events"` // a storyline's events, newest first
	Stamp     string     `json:"-"`
}

// SingleSource lists the statements a page shows under "only one source makes": those of
// Unsupported that no other article of the story states.
func (s *Story) SingleSource() []Unsupported {
	out := []Unsupported{}
	for _, u := range s.Unsupported {
		if len(u.StatedBy) == 0 {
			out = append(out, u)
		}
	}
	return out
}
