package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"crosscheck/cluster"
	"crosscheck/link"
	"crosscheck/store"
	"crosscheck/story"
)

// The placement version: bumped whenever the clustering state is saved, so readers know
// when to reload it and the story stage when its cached stories may be stale.
const (
	kindPlacement = "placement"
	versionKey    = "version"
)

func bumpPlacementVersion(ctx context.Context, s store.Store) error {
	v := strconv.FormatInt(time.Now().UnixNano(), 36)
	return s.SetValue(ctx, kindPlacement, versionKey, []byte(v))
}

// Placement reads today's clustering state and derivations as story.Placement. It reloads
// them only when the placement version changes; events, storylines and stamps are derived
// from the loaded state.
type Placement struct {
	s store.Store

	mu      sync.Mutex
	version string
	cl      *cluster.Clusterer
	events  []story.Event
	lines   []story.Storyline
	evByID  map[string]int
	lnByID  map[string]int
	derived map[string][]link.Derivation // derived article -> its links
}

var _ story.Placement = (*Placement)(nil)

// NewPlacement returns the placement of the store s.
func NewPlacement(s store.Store) *Placement { return &Placement{s: s} }

// Version implements story.Placement.
func (p *Placement) Version(ctx context.Context) (string, error) {
	v, err := p.s.Value(ctx, kindPlacement, versionKey)
	if errors.Is(err, store.ErrNotFound) {
		return "none", nil
	}
	if err != nil {
		return "", fmt.Errorf("app: placement version: %w", err)
	}
	return string(v), nil
}

// load brings the state up to the current version.
func (p *Placement) load(ctx context.Context) error {
	v, err := p.Version(ctx)
	if err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cl != nil && v == p.version {
		return nil
	}
	cl, err := LoadClusterer(ctx, p.s)
	if err != nil {
		return err
	}
	ds, err := LoadDerivations(ctx, p.s)
	if err != nil {
		return err
	}
	p.cl, p.version = cl, v
	p.derived = map[string][]link.Derivation{}
	for _, d := range ds {
		p.derived[d.Article] = append(p.derived[d.Article], d)
	}
	p.events, p.evByID = nil, map[string]int{}
	for _, e := range cl.Events() {
		h := sha256.New()
		fmt.Fprintf(h, "%s\x00%s\x00", e.Title, e.Storyline)
		for _, a := range e.Articles {
			h.Write([]byte(a))
			if as, ok := cl.Assignment(a); ok {
				b, _ := json.Marshal(as.Explanation)
				h.Write(b)
			}
			for _, d := range p.derived[a] {
				fmt.Fprintf(h, "\x00%s %s %.3f", d.Source, d.Kind, d.Coverage)
			}
			h.Write([]byte{0})
		}
		p.evByID[e.ID] = len(p.events)
		p.events = append(p.events, story.Event{ID: e.ID, Title: e.Title, Storyline: e.Storyline, Articles: e.Articles, Stamp: hex.EncodeToString(h.Sum(nil))[:16]})
	}
	p.lines, p.lnByID = nil, map[string]int{}
	for _, l := range cl.Storylines() {
		h := sha256.New()
		fmt.Fprintf(h, "%s\x00", l.Title)
		for _, e := range l.Events {
			if k, ok := p.evByID[e]; ok {
				fmt.Fprintf(h, "%s %s\x00", e, p.events[k].Stamp)
			}
		}
		p.lnByID[l.ID] = len(p.lines)
		p.lines = append(p.lines, story.Storyline{ID: l.ID, Title: l.Title, Events: l.Events, Articles: l.Articles, Stamp: hex.EncodeToString(h.Sum(nil))[:16]})
	}
	return nil
}

// Event implements story.Placement.
func (p *Placement) Event(ctx context.Context, id string) (story.Event, error) {
	if err := p.load(ctx); err != nil {
		return story.Event{}, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	k, ok := p.evByID[id]
	if !ok {
		return story.Event{}, fmt.Errorf("app: event %q: %w", id, store.ErrNotFound)
	}
	return p.events[k], nil
}

// Storyline implements story.Placement.
func (p *Placement) Storyline(ctx context.Context, id string) (story.Storyline, error) {
	if err := p.load(ctx); err != nil {
		return story.Storyline{}, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	k, ok := p.lnByID[id]
	if !ok {
		return story.Storyline{}, fmt.Errorf("app: storyline %q: %w", id, store.ErrNotFound)
	}
	return p.lines[k], nil
}

// Events implements story.Placement.
func (p *Placement) Events(ctx context.Context) ([]story.Event, error) {
	if err := p.load(ctx); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]story.Event(nil), p.events...), nil
}

// Storylines implements story.Placement.
func (p *Placement) Storylines(ctx context.Context) ([]story.Storyline, error) {
	if err := p.load(ctx); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]story.Storyline(nil), p.lines...), nil
}

// Assignments implements story.Placement.
func (p *Placement) Assignments(ctx context.Context, articles []string) (map[string]story.Assignment, error) {
	if err := p.load(ctx); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	out := map[string]story.Assignment{}
	for _, a := range articles {
		if as, ok := p.cl.Assignment(a); ok {
			out[a] = story.Assignment{Event: as.Event, Storyline: as.Storyline, Why: why(as.Explanation), Explanation: as.Explanation}
		}
	}
	return out, nil
}

// Derivations implements story.Placement.
func (p *Placement) Derivations(ctx context.Context, articles []string) ([]link.Derivation, error) {
	if err := p.load(ctx); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []link.Derivation
	if articles == nil {
		for _, ds := range p.derived {
			out = append(out, ds...)
		}
		return out, nil
	}
	for _, a := range articles {
		out = append(out, p.derived[a]...)
	}
	return out, nil
}

// why says in one line why an article is in its event.
func why(e cluster.Explanation) string {
	var b strings.Builder
	b.WriteString(e.Reason)
	if e.Source != "" {
		fmt.Fprintf(&b, " (source %s)", e.Source)
	}
	if e.Similarity > 0 {
		fmt.Fprintf(&b, "; similarity %.2f (needed %.2f)", e.Similarity, e.Threshold)
	}
	if e.TimeKnown && e.GapHours > 0 {
		fmt.Fprintf(&b, "; %.0f h apart", e.GapHours)
	}
	if len(e.SharedNames) > 0 {
		fmt.Fprintf(&b, "; shared names: %s", strings.Join(e.SharedNames, ", "))
	}
	if len(e.SharedTerms) > 0 {
		fmt.Fprintf(&b, "; shared terms: %s", strings.Join(e.SharedTerms, ", "))
	}
	return b.String()
}
