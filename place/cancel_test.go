package place_test

import (
	"context"
	"errors"
	"testing"

	"crosscheck/place"
)

// errAfter is a context whose Err reports it canceled from the nth call on, while its Done
// channel never closes: it tells whether placement asks it between versions.
type errAfter struct {
	context.Context
	n int
}

func (c *errAfter) Done() <-chan struct{} { return make(chan struct{}) }

func (c *errAfter) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

// A placement whose context is done between two versions of a batch stops there and places
// none of the batch (its transaction is rolled back); placed again, it gives what an
// uninterrupted placement gives.
func TestPlacementStopsBetweenVersions(t *testing.T) {
	want := newEnv(t, place.Options{})
	for _, sd := range storm(t) {
		want.put(sd, false)
	}
	e := newEnv(t, place.Options{})
	for _, sd := range storm(t) {
		e.put(sd, true)
	}
	before, err := e.p.Cursor(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	n, err := e.p.PlacePending(&errAfter{Context: context.Background(), n: 1})
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Fatalf("placed %d, err %v; want none, canceled", n, err)
	}
	if c, err := e.p.Cursor(e.ctx); err != nil || c != before {
		t.Fatalf("cursor %d (%v) after a canceled batch, want %d", c, err, before)
	}
	if n, err := e.p.PlacePending(e.ctx); err != nil || n != len(storm(t)) {
		t.Fatalf("placed %d, err %v", n, err)
	}
	if got, w := e.snapshot(), want.snapshot(); got != w {
		t.Errorf("placed after a canceled batch:\n%s\nuninterrupted:\n%s", got, w)
	}
}
