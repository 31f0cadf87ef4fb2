package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"crosscheck/article"
	"crosscheck/store"
	"crosscheck/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "x.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{ID: "a", Language: "de", Text: "Ein Text."}
	if _, _, err := s.Put(ctx, a, &article.Analysis{}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, _ := s.Count(ctx); n != 1 {
		t.Fatalf("after reopen: %d articles, want 1", n)
	}
	if o, _, _ := s.Put(ctx, a, &article.Analysis{}); o != store.Unchanged {
		t.Fatalf("re-put after reopen: %v", o)
	}
}
