package story

import (
	"context"

	"crosscheck/link"
)

// Placement is what the story stage reads of placement: events, storylines, where each
// article sits and why, and which article derives from which. Stamps let the stage keep
// built stories until what they were built from changes.
type Placement interface {
	// Version changes whenever anything below changes; reading it must be cheap (one row).
	Version(ctx context.Context) (string, error)
	// Event and Storyline return one by id; an unknown id gives an error wrapping
	// store.ErrNotFound.
	Event(ctx context.Context, id string) (Event, error)
	Storyline(ctx context.Context, id string) (Storyline, error)
	// Events lists every event with its member articles, in a stable order.
	Events(ctx context.Context) ([]Event, error)
	// Storylines lists every storyline, in a stable order.
	Storylines(ctx context.Context) ([]Storyline, error)
	// Assignments returns where each of the given articles sits and why (articles not
	// placed are left out).
	Assignments(ctx context.Context, articles []string) (map[string]Assignment, error)
	// Derivations returns the derived-from links whose derived article is one of articles
	// (all links when articles is nil).
	Derivations(ctx context.Context, articles []string) ([]link.Derivation, error)
}

// Event is one happening as placement keeps it.
type Event struct {
	ID        string
	Title     string
	Storyline string
	Articles  []string
	// Stamp changes whenever the event's title, members, their derivations or their
	// explanations change.
	Stamp string
}

// Storyline is events linked over time.
type Storyline struct {
	ID       string
	Title    string
	Events   []string
	Articles []string
	Stamp    string // changes whenever the storyline or one of its events changes
}

// Assignment is where an article sits, and why, in one line (Why) and as placement
// explains it (Explanation, any JSON value).
type Assignment struct {
	Event       string
	Storyline   string
	Why         string
	Explanation any
}
