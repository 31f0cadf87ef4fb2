package app

import (
	"context"

	"crosscheck/article"
	"crosscheck/pipeline"
	"crosscheck/place"
	"crosscheck/store"
)

// resumable is the placement stage behind pipeline.Resumer. The pipeline runs placement
// sessions under the store's placement lock; the placer keeps its placed-through cursor in
// its own tables, written in the same transaction as the placements, so whichever process
// holds the lock continues where the last one stopped and Save has nothing left to do.
type resumable struct {
	s   store.Store
	opt place.Options
	p   *place.Placer
	// primed are the records handed to Prime before the placer was opened.
	primed []primedRecord
}

type primedRecord struct {
	rec      *store.Record
	prepared any
}

// Prime implements pipeline.Primer.
func (r *resumable) Prime(rec *store.Record) { r.PrimePrepared(rec, nil) }

// Prepare implements pipeline.Preparer.
func (r *resumable) Prepare(a *article.Article, an *article.Analysis) any {
	return place.Prepare(a, an)
}

// PrimePrepared implements pipeline.Preparer.
func (r *resumable) PrimePrepared(rec *store.Record, prepared any) {
	if r.p == nil {
		if len(r.primed) < 4096 {
			r.primed = append(r.primed, primedRecord{rec, prepared})
		}
		return
	}
	r.p.PrimePrepared(rec, prepared)
}

var (
	_ pipeline.PendingPlacer = (*resumable)(nil)
	_ pipeline.Preparer      = (*resumable)(nil)
)

func (r *resumable) placer(ctx context.Context) (*place.Placer, error) {
	if r.p == nil {
		ps, ok := r.s.(placeStore)
		if !ok {
			return nil, errNoPlacement
		}
		p, err := place.Open(ctx, ps, ps, Registry(), r.opt)
		if err != nil {
			return nil, err
		}
		r.p = p
		for _, pr := range r.primed {
			p.PrimePrepared(pr.rec, pr.prepared)
		}
		r.primed = nil
	}
	return r.p, nil
}

// Placed implements pipeline.Resumer.
func (r *resumable) Placed(ctx context.Context) (int64, error) {
	p, err := r.placer(ctx)
	if err != nil {
		return 0, err
	}
	return p.Cursor(ctx)
}

// Resume implements pipeline.Resumer: the placer checks in every transaction whether
// another process placed since, so there is nothing to reload.
func (r *resumable) Resume(ctx context.Context) (int64, error) { return r.Placed(ctx) }

// Place implements pipeline.Placer. The placer places in batches: the first call of a
// session places rec and what follows it, and the calls for those find them placed.
func (r *resumable) Place(ctx context.Context, rec *store.Record) error {
	p, err := r.placer(ctx)
	if err != nil {
		return err
	}
	return p.Place(ctx, rec)
}

// PlacePending implements pipeline.PendingPlacer: the placer reads the records itself, so
// they are decoded once.
func (r *resumable) PlacePending(ctx context.Context) (int, error) {
	p, err := r.placer(ctx)
	if err != nil {
		return 0, err
	}
	return p.PlacePending(ctx)
}

// Save implements pipeline.Resumer; the cursor is already saved with the placements.
func (r *resumable) Save(ctx context.Context, cursor int64) error { return nil }
