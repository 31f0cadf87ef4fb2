// Package storetest is the conformance suite every store.Store implementation runs, so the
// embedded and the server-backed stores behave the same.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"crosscheck/article"
	"crosscheck/store"
)

// Run runs the suite against stores made by open, which must return an empty store.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	ctx := context.Background()
	mk := func(id, url, text string) *article.Article {
		return &article.Article{ID: id, URL: url, Language: "de", Text: text,
			Blocks: []article.Block{{Kind: article.BlockParagraph, Start: 0, End: len([]rune(text))}}}
	}
	an := &article.Analysis{Sentences: []article.Sentence{{Start: 0, End: 5}}, Entities: []article.Entity{{Start: 0, End: 3, Text: "Kim", Type: "person", Canonical: "Kim Jong Un"}}}

	t.Run("PutNewUnchangedUpdated", func(t *testing.T) {
		s := open(t)
		o, r, err := s.Put(ctx, mk("a", "", "Erster Text."), an)
		if err != nil || o != store.New || r.Version != 1 {
			t.Fatalf("first put: %v %v %+v", o, err, r)
		}
		o, _, err = s.Put(ctx, mk("a", "", "Erster  Text."), an)
		if err != nil || o != store.Unchanged {
			t.Fatalf("same content again (white space aside): %v %v", o, err)
		}
		o, r, err = s.Put(ctx, mk("a", "", "Geänderter Text."), an)
		if err != nil || o != store.Updated || r.Version != 2 {
			t.Fatalf("changed content: %v %v %+v", o, err, r)
		}
		vs, err := s.Versions(ctx, "a")
		if err != nil || len(vs) != 2 || vs[0].Article.Text != "Erster Text." || vs[1].Article.Text != "Geänderter Text." {
			t.Fatalf("versions: %v %+v", err, vs)
		}
		got, err := s.Get(ctx, "a")
		if err != nil || got.Article.Text != "Geänderter Text." || got.Analysis.Entities[0].Canonical != "Kim Jong Un" {
			t.Fatalf("get latest: %v %+v", err, got)
		}
		if n, _ := s.Count(ctx); n != 1 {
			t.Fatalf("count = %d, want 1", n)
		}
	})
	t.Run("SameURLIsSameArticle", func(t *testing.T) {
		s := open(t)
		if _, _, err := s.Put(ctx, mk("x1", "https://example.org/a", "Text eins."), an); err != nil {
			t.Fatal(err)
		}
		o, r, err := s.Put(ctx, mk("x2", "https://example.org/a", "Text zwei."), an)
		if err != nil || o != store.Updated || r.Article.ID != "x1" {
			t.Fatalf("same URL, new content: %v %v %+v", o, err, r)
		}
	})
	t.Run("EachInArrivalOrder", func(t *testing.T) {
		s := open(t)
		var want []string
		for i := range 600 { // more than one page
			id := fmt.Sprintf("art-%03d", 599-i)
			want = append(want, id)
			if _, _, err := s.Put(ctx, mk(id, "", "Text "+id+"."), an); err != nil {
				t.Fatal(err)
			}
		}
		var got []string
		err := s.Each(ctx, func(r *store.Record) error { got = append(got, r.Article.ID); return nil })
		if err != nil || len(got) != len(want) {
			t.Fatalf("each: %v, %d records", err, len(got))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("record %d = %s, want %s", i, got[i], want[i])
			}
		}
	})
	t.Run("NotFound", func(t *testing.T) {
		s := open(t)
		if _, err := s.Get(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("get missing: %v", err)
		}
		if _, err := s.Value(ctx, "k", "nope"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("value missing: %v", err)
		}
	})
	t.Run("Values", func(t *testing.T) {
		s := open(t)
		for _, k := range []string{"b", "a", "c"} {
			if err := s.SetValue(ctx, "sig", k, []byte("v"+k)); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.SetValue(ctx, "sig", "a", []byte("new")); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteValue(ctx, "sig", "c"); err != nil {
			t.Fatal(err)
		}
		var got []string
		s.Values(ctx, "sig", func(k string, v []byte) error { got = append(got, k+"="+string(v)); return nil })
		if fmt.Sprint(got) != "[a=new b=vb]" {
			t.Fatalf("values = %v", got)
		}
	})
}
