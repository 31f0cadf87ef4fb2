package app

import (
	"context"
	"fmt"

	"crosscheck/link"
	"crosscheck/place"
	"crosscheck/store"
)

// placeStore is what a store must offer for the placement stage to keep its tables in it.
type placeStore interface {
	store.Store
	place.DB
	place.Store
}

// NewPlacer opens the placement stage over s and places whatever was stored but not placed
// yet (after a crash between storing an article and placing it, or by another process).
func NewPlacer(ctx context.Context, s store.Store) (*place.Placer, error) {
	return NewPlacerWith(ctx, s, place.Options{})
}

// NewPlacerWith is NewPlacer with placement options.
func NewPlacerWith(ctx context.Context, s store.Store, opt place.Options) (*place.Placer, error) {
	ps, ok := s.(placeStore)
	if !ok {
		return nil, fmt.Errorf("app: this store cannot hold placement tables")
	}
	p, err := place.Open(ctx, ps, ps, Registry(), opt)
	if err != nil {
		return nil, err
	}
	if _, err := p.PlacePending(ctx); err != nil {
		return nil, err
	}
	return p, nil
}

// deferred hands the pipeline a placer that places in batches: Place only counts stored
// articles, and every batch (and Flush, at the end of a run) places what is pending in
// transactions of many articles. A crash in between loses nothing: what was stored and not
// placed is placed by the next start (NewPlacer places pending articles).
type deferred struct {
	p       *place.Placer
	pending int
}

// batch is how many stored articles wait before they are placed.
const batch = 64

func (d *deferred) Place(ctx context.Context, r *store.Record) error {
	d.pending++
	if d.pending < batch {
		return nil
	}
	return d.Flush(ctx)
}

func (d *deferred) Flush(ctx context.Context) error {
	d.pending = 0
	_, err := d.p.PlacePending(ctx)
	return err
}

// PlacementReader returns a reader of the placement tables in s.
func PlacementReader(ctx context.Context, s store.Store) (*place.Reader, error) {
	ps, ok := s.(place.DB)
	if !ok {
		return nil, fmt.Errorf("app: this store holds no placement tables")
	}
	return place.NewReader(ctx, ps)
}

// Doc returns a stored article as the linking stage reads it (tokens rebuilt).
func Doc(r *store.Record) *link.Doc { return place.Doc(r, Registry()) }
