package app

import (
	"context"
	"errors"

	"crosscheck/link"
	"crosscheck/place"
	"crosscheck/store"
)

var errNoPlacement = errors.New("app: this store cannot hold placement tables")

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
		return nil, errNoPlacement
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

// PlaceMissing places whatever s holds but the placement tables do not yet (a database
// written by an earlier version, or an ingest stopped between storing and placing), so that
// reading commands show every stored article. before is called first when there is such
// work, which can take minutes. It returns how many versions it placed.
func PlaceMissing(ctx context.Context, s store.Store, before func()) (int, error) {
	ps, ok := s.(placeStore)
	if !ok {
		return 0, errNoPlacement
	}
	p, err := place.Open(ctx, ps, ps, Registry(), place.Options{})
	if err != nil {
		return 0, err
	}
	cursor, err := p.Cursor(ctx)
	if err != nil {
		return 0, err
	}
	recs, err := ps.Placeable(ctx, cursor, 1)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	if before != nil {
		before()
	}
	return p.PlacePending(ctx)
}

// PlacementReader returns a reader of the placement tables in s.
func PlacementReader(ctx context.Context, s store.Store) (*place.Reader, error) {
	ps, ok := s.(place.DB)
	if !ok {
		return nil, errNoPlacement
	}
	return place.NewReader(ctx, ps)
}

// Doc returns a stored article as the linking stage reads it (tokens rebuilt).
func Doc(r *store.Record) *link.Doc { return place.Doc(r, Registry()) }
