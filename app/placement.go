package app

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"crosscheck/article"
	"crosscheck/link"
	"crosscheck/place"
	"crosscheck/store"
	"crosscheck/story"
)

// Placement reads the placement tables as story.Placement. Every call reads a few rows; the
// stamps are the change stamps placement keeps on events and storylines, so the story stage
// keeps built stories until placement touches them.
type Placement struct {
	s store.Store
}

var _ story.Placement = (*Placement)(nil)

// NewPlacement returns the placement of the store s.
func NewPlacement(s store.Store) *Placement { return &Placement{s: s} }

func (p *Placement) reader(ctx context.Context) (*place.Reader, error) {
	return PlacementReader(ctx, p.s)
}

// Version implements story.Placement.
func (p *Placement) Version(ctx context.Context) (string, error) {
	r, err := p.reader(ctx)
	if err != nil {
		return "", err
	}
	return r.Version(ctx)
}

func storyEvent(e place.Event) story.Event {
	return story.Event{ID: e.ID, Title: e.Title, Storyline: e.Storyline, Articles: e.Articles, Stamp: strconv.FormatInt(e.Changed, 36)}
}

func storyLine(l place.Storyline) story.Storyline {
	return story.Storyline{ID: l.ID, Title: l.Title, Events: l.Events, Articles: l.Articles, Stamp: strconv.FormatInt(l.Changed, 36)}
}

// Event implements story.Placement.
func (p *Placement) Event(ctx context.Context, id string) (story.Event, error) {
	r, err := p.reader(ctx)
	if err != nil {
		return story.Event{}, err
	}
	e, err := r.Event(ctx, id)
	if err != nil {
		return story.Event{}, err
	}
	return storyEvent(*e), nil
}

// Storyline implements story.Placement.
func (p *Placement) Storyline(ctx context.Context, id string) (story.Storyline, error) {
	r, err := p.reader(ctx)
	if err != nil {
		return story.Storyline{}, err
	}
	l, err := r.Storyline(ctx, id)
	if err != nil {
		return story.Storyline{}, err
	}
	return storyLine(*l), nil
}

// Events implements story.Placement.
func (p *Placement) Events(ctx context.Context) ([]story.Event, error) {
	r, err := p.reader(ctx)
	if err != nil {
		return nil, err
	}
	evs, err := r.Events(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]story.Event, len(evs))
	for i, e := range evs {
		out[i] = storyEvent(e)
	}
	return out, nil
}

// Storylines implements story.Placement.
func (p *Placement) Storylines(ctx context.Context) ([]story.Storyline, error) {
	r, err := p.reader(ctx)
	if err != nil {
		return nil, err
	}
	ls, err := r.Storylines(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]story.Storyline, len(ls))
	for i, l := range ls {
		out[i] = storyLine(l)
	}
	return out, nil
}

// Assignments implements story.Placement.
func (p *Placement) Assignments(ctx context.Context, articles []string) (map[string]story.Assignment, error) {
	r, err := p.reader(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]story.Assignment{}
	for _, a := range articles {
		as, err := r.Assignment(ctx, a)
		if err != nil {
			continue // not placed (yet)
		}
		out[a] = story.Assignment{Event: as.Event, Storyline: as.Storyline, Why: why(as.Explanation), Explanation: as.Explanation}
	}
	return out, nil
}

// Derivations implements story.Placement.
func (p *Placement) Derivations(ctx context.Context, articles []string) ([]link.Derivation, error) {
	r, err := p.reader(ctx)
	if err != nil {
		return nil, err
	}
	return r.DerivationsOf(ctx, articles)
}

// Furniture returns the paragraphs of an article that placement learned to be site
// furniture (repeated across the site's pages): the story stage keeps them out of summaries
// as it keeps blocks of kind furniture.
func (p *Placement) Furniture(ctx context.Context, id string) ([]article.Span, error) {
	r, err := p.reader(ctx)
	if err != nil {
		return nil, err
	}
	return r.Furniture(ctx, id)
}

// why says in one line why an article is in its event.
func why(e place.Explanation) string {
	var b strings.Builder
	b.WriteString(e.Reason)
	if e.Source != "" {
		fmt.Fprintf(&b, " (source %s)", e.Source)
	}
	switch {
	case e.Candidate == "" || e.Reason == place.ReasonOpened:
	case e.Reason == place.ReasonSupport:
		fmt.Fprintf(&b, "; its best article %s with probability %.2f, with the second best %.2f together (needed %.2f)", e.Candidate, e.Probability, e.Support, e.Threshold)
	case e.Reason == place.ReasonMatch:
		fmt.Fprintf(&b, "; %s, probability %.2f", e.Candidate, e.Probability)
	default:
		fmt.Fprintf(&b, "; reports the happening of %s with probability %.2f (needed %.2f)", e.Candidate, e.Probability, e.Threshold)
	}
	if e.GapHours > 0 {
		fmt.Fprintf(&b, "; %.0f h apart", e.GapHours)
	}
	if len(e.SharedNames) > 0 {
		fmt.Fprintf(&b, "; shared names: %s", strings.Join(e.SharedNames, ", "))
	}
	if len(e.SharedTerms) > 0 {
		fmt.Fprintf(&b, "; shared terms: %s", strings.Join(e.SharedTerms, ", "))
	}
	if e.ByHeadline {
		b.WriteString("; the body is only site furniture, so headline and lead decided")
	}
	if len(e.KeptApart) > 0 {
		fmt.Fprintf(&b, "; kept out of %s", strings.Join(e.KeptApart, "; "))
	}
	if e.Storyline != "" {
		fmt.Fprintf(&b, "; %s", e.Storyline)
	}
	return b.String()
}
