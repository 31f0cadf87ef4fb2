package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strconv"

	"crosscheck/pipeline"
	"crosscheck/store"
)

// This file lets today's Placer (clustering state as one saved value, loaded into memory)
// run in several processes that share a store, until the place package with its tables
// replaces it. Placement happens only under the store's placement lock. Each process that
// takes the lock writes a new generation token before placing; a process whose placer was
// loaded under another token reloads it, so no process places from a stale state.

// Keys under kindPlacement (app/placement.go).
const (
	keyGeneration = "generation" // token of the last process that placed
	keyCursor     = "cursor"     // Seq placed through, written after the state is saved
	keySaved      = "saved"      // the generation whose session ended with the cursor saved
)

// resumable is Placer behind pipeline.Resumer.
type resumable struct {
	s      store.Store
	p      *Placer
	gen    string // the token this process wrote when it last held the lock
	cursor int64
}

var _ pipeline.Resumer = (*resumable)(nil)

// Placed implements pipeline.Resumer.
func (r *resumable) Placed(ctx context.Context) (int64, error) {
	v, err := r.s.Value(ctx, kindPlacement, keyCursor)
	if errors.Is(err, store.ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return strconv.ParseInt(string(v), 10, 64)
}

// Resume implements pipeline.Resumer.
func (r *resumable) Resume(ctx context.Context) (int64, error) {
	gen, err := r.s.Value(ctx, kindPlacement, keyGeneration)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return 0, err
	}
	if r.p == nil || string(gen) != r.gen {
		placed, err := r.Placed(ctx)
		if err != nil {
			return 0, err
		}
		// NewPlacer loads the saved state and places what it lacks; it is shown only what
		// comes after the cursor, in Seq order (what it finds placed there it skips). A
		// process killed mid-session may have saved links of articles its clustering state
		// never got; they are hidden, and made again when those articles are placed again.
		view := &placeableView{Store: r.s, last: placed}
		if saved, err := r.s.Value(ctx, kindPlacement, keySaved); err != nil || string(saved) != string(gen) {
			// The last session did not end cleanly (or never ran).
			cl, err := LoadClusterer(ctx, r.s)
			if err != nil {
				return 0, err
			}
			view.placed = func(id string) bool {
				_, ok := cl.Assignment(id)
				return ok
			}
		}
		if r.p, err = NewPlacer(ctx, view); err != nil {
			return 0, err
		}
		r.cursor = view.last
	}
	b := make([]byte, 8)
	rand.Read(b)
	r.gen = fmt.Sprintf("%d-%s", os.Getpid(), hex.EncodeToString(b))
	if err := r.s.SetValue(ctx, kindPlacement, keyGeneration, []byte(r.gen)); err != nil {
		return 0, err
	}
	return r.cursor, nil
}

// Place implements pipeline.Placer.
func (r *resumable) Place(ctx context.Context, rec *store.Record) error { return r.p.Place(ctx, rec) }

// Flush saves the clustering state.
func (r *resumable) Flush(ctx context.Context) error { return r.p.Flush(ctx) }

// Save implements pipeline.Resumer.
func (r *resumable) Save(ctx context.Context, cursor int64) error {
	r.cursor = cursor
	if err := r.s.SetValue(ctx, kindPlacement, keyCursor, []byte(strconv.FormatInt(cursor, 10))); err != nil {
		return err
	}
	return r.s.SetValue(ctx, kindPlacement, keySaved, []byte(r.gen))
}

// placeableView is the store as NewPlacer sees it when resuming: Each yields the placeable
// versions after the cursor, in Seq order, and remembers the last.
type placeableView struct {
	store.Store
	last   int64
	placed func(id string) bool // in the saved clustering state; nil after a clean session
}

// Values hides the signatures and derivations of articles the clustering state lacks.
func (v *placeableView) Values(ctx context.Context, kind string, fn func(string, []byte) error) error {
	if v.placed == nil || kind != kindSignature && kind != kindDerived {
		return v.Store.Values(ctx, kind, fn)
	}
	return v.Store.Values(ctx, kind, func(id string, b []byte) error {
		if !v.placed(id) {
			return nil
		}
		return fn(id, b)
	})
}

func (v *placeableView) Each(ctx context.Context, fn func(*store.Record) error) error {
	for {
		recs, err := v.Placeable(ctx, v.last, 256)
		if err != nil {
			return err
		}
		for _, r := range recs {
			if err := fn(r); err != nil {
				return err
			}
			v.last = r.Seq
		}
		if len(recs) < 256 {
			return nil
		}
	}
}
