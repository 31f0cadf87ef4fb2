package postgres

import (
	"context"
	"testing"

	"crosscheck/store"
	"crosscheck/store/storetest"
)

func openTemp(t *testing.T) *Store {
	s, err := Open(context.Background(), storetest.PostgresURL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}
