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
	t.Run("KnownBeforeAnalysis", func(t *testing.T) {
		s := open(t)
		a := mk("k1", "https://example.org/k", "Ein bekannter Text.")
		if ok, err := s.Known(ctx, a.ID, a.URL, a.ContentHash()); err != nil || ok {
			t.Fatalf("known before put: %v %v", ok, err)
		}
		if _, _, err := s.Put(ctx, a, an); err != nil {
			t.Fatal(err)
		}
		if ok, _ := s.Known(ctx, "k1", "", a.ContentHash()); !ok {
			t.Fatal("same id and hash: not known")
		}
		if ok, _ := s.Known(ctx, "other-id", a.URL, a.ContentHash()); !ok {
			t.Fatal("same URL and hash under another id: not known")
		}
		if ok, _ := s.Known(ctx, "k1", "", mk("k1", "", "Neuer Text.").ContentHash()); ok {
			t.Fatal("changed content counted as known")
		}
		// An earlier version's content is known too: a stream that repeats a URL with older
		// content adds no versions when ingested again.
		if o, _, err := s.Put(ctx, mk("k1", "", "Neuer Text."), an); err != nil || o != store.Updated {
			t.Fatalf("update: %v %v", o, err)
		}
		if ok, _ := s.Known(ctx, "k1", "", a.ContentHash()); !ok {
			t.Fatal("first version's content not known")
		}
		if o, _, err := s.Put(ctx, a, an); err != nil || o != store.Unchanged {
			t.Fatalf("first version's content again: %v %v", o, err)
		}
	})
	t.Run("PutBatchInOrder", func(t *testing.T) {
		s := open(t)
		rs, err := s.PutBatch(ctx, []store.Item{
			{Article: mk("b1", "https://example.org/b", "Eins."), Analysis: an},
			{Article: mk("b2", "", "Zwei."), Analysis: an},
			{Article: mk("b1", "", "Eins."), Analysis: an},                           // same as the first: unchanged
			{Article: mk("b3", "https://example.org/b", "Eins, neu."), Analysis: an}, // same URL as b1: an update of b1
		})
		if err != nil {
			t.Fatal(err)
		}
		got := fmt.Sprint(rs[0].Outcome, rs[1].Outcome, rs[2].Outcome, rs[3].Outcome)
		if got != "new new unchanged updated" || rs[3].Record.Article.ID != "b1" || rs[3].Record.Version != 2 {
			t.Fatalf("outcomes %s, last %+v", got, rs[3].Record)
		}
		if !(rs[0].Record.Seq < rs[1].Record.Seq && rs[1].Record.Seq < rs[3].Record.Seq) {
			t.Fatalf("seqs not in order: %d %d %d", rs[0].Record.Seq, rs[1].Record.Seq, rs[3].Record.Seq)
		}
	})
	t.Run("PutBatchTakesItemHash", func(t *testing.T) {
		// The pipeline hands the hash it computed for the store check; the store takes it
		// as given and computes one only for an item without.
		s := open(t)
		a, b := mk("h1", "", "Mit Hash."), mk("h2", "", "Ohne Hash.")
		if _, err := s.PutBatch(ctx, []store.Item{{Article: a, Analysis: an, Hash: "given"}, {Article: b, Analysis: an}}); err != nil {
			t.Fatal(err)
		}
		if ok, _ := s.Known(ctx, "h1", "", "given"); !ok {
			t.Fatal("the item's hash was not stored")
		}
		if ok, _ := s.Known(ctx, "h2", "", b.ContentHash()); !ok {
			t.Fatal("an item without hash: its content hash was not stored")
		}
	})
	t.Run("PutBatchTakesEncoded", func(t *testing.T) {
		// An Encoder's PutBatch stores what Encode made of an item (the pipeline encodes in
		// parallel, ahead of the serial PutBatch), and ignores an encoding of another item.
		s := open(t)
		enc, ok := s.(store.Encoder)
		if !ok {
			t.Skip("not an Encoder")
		}
		a, b, c := mk("e1", "", "So war es."), mk("e2", "", "Zweiter Text."), mk("e3", "", "Dritter Text.")
		ea, err := enc.Encode(store.Item{Article: a, Analysis: an})
		if err != nil {
			t.Fatal(err)
		}
		eb, err := enc.Encode(store.Item{Article: b, Analysis: an})
		if err != nil {
			t.Fatal(err)
		}
		// Changing an item after Encode breaks the contract; here it shows which was stored.
		a.Text = "So war es nicht."
		if _, err := s.PutBatch(ctx, []store.Item{{Article: a, Analysis: an, Encoded: ea}, {Article: c, Analysis: an, Encoded: eb}}); err != nil {
			t.Fatal(err)
		}
		for id, want := range map[string]string{"e1": "So war es.", "e3": "Dritter Text."} {
			r, err := s.Get(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if r.Article.Text != want {
				t.Errorf("%s: stored text %q, want %q", id, r.Article.Text, want)
			}
		}
	})
	t.Run("ListWithoutBodies", func(t *testing.T) {
		s := open(t)
		a := mk("m1", "https://example.org/m", "Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn.")
		a.Title, a.Source, a.Published, a.Credits = "Titel", "Quelle", "2024-09-01", []string{"dpa"}
		if _, _, err := s.Put(ctx, a, an); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Put(ctx, mk("m2", "", "Kurz."), an); err != nil {
			t.Fatal(err)
		}
		var got []store.Meta
		if err := s.List(ctx, func(m store.Meta) error { got = append(got, m); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 {
			t.Fatalf("list: %+v", got)
		}
		m := got[0]
		if m.ID != "m1" || m.URL != a.URL || m.Title != "Titel" || m.Source != "Quelle" || m.Published != "2024-09-01" ||
			m.Language != "de" || fmt.Sprint(m.Credits) != "[dpa]" || m.Chars != len([]rune(a.Text)) || m.Version != 1 ||
			m.Lead != "Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn" {
			t.Fatalf("meta: %+v", m)
		}
		if got[1].Lead != "Kurz." || got[1].Credits != nil || got[1].Seq <= m.Seq {
			t.Fatalf("second meta: %+v", got[1])
		}
	})
	t.Run("PlaceableEveryVersionInOrder", func(t *testing.T) {
		s := open(t)
		for _, a := range []*article.Article{mk("p1", "", "Eins."), mk("p2", "", "Zwei."), mk("p1", "", "Eins, neu.")} {
			if _, _, err := s.Put(ctx, a, an); err != nil {
				t.Fatal(err)
			}
		}
		all, err := s.Placeable(ctx, 0, 10)
		if err != nil || len(all) != 3 || all[0].Article.ID != "p1" || all[2].Article.ID != "p1" || all[2].Version != 2 {
			t.Fatalf("placeable: %v %d", err, len(all))
		}
		rest, err := s.Placeable(ctx, all[0].Seq, 1)
		if err != nil || len(rest) != 1 || rest[0].Article.ID != "p2" {
			t.Fatalf("placeable after the first, limit 1: %v %+v", err, rest)
		}
		// A store that can take back records held in memory returns those as they are
		// (a record with another hash or version is decoded), and decodes the rest as
		// Placeable does.
		rs, ok := s.(interface {
			PlaceableReusing(ctx context.Context, after int64, limit int, reuse func(seq int64, hash string) *store.Record) ([]*store.Record, error)
		})
		if !ok {
			return
		}
		held := *all[1]
		stale := *all[2]
		stale.Version = 1
		reused, err := rs.PlaceableReusing(ctx, 0, 10, func(seq int64, hash string) *store.Record {
			switch seq {
			case held.Seq:
				if hash == held.Hash {
					return &held
				}
			case stale.Seq:
				return &stale
			}
			return nil
		})
		if err != nil || len(reused) != 3 || reused[1] != &held || reused[2] == &stale {
			t.Fatalf("placeable reusing: %v %d", err, len(reused))
		}
		for i, r := range reused {
			if i != 1 && (r.Seq != all[i].Seq || r.Version != all[i].Version || r.Article.Text != all[i].Article.Text ||
				len(r.Analysis.Entities) != 1 || !r.Ingested.Equal(all[i].Ingested)) {
				t.Fatalf("placeable reusing, record %d: %+v, want %+v", i, r, all[i])
			}
		}
		// Every row held: each comes back as held, in order, from the first after the cursor,
		// no more than the limit.
		heldAll := map[int64]*store.Record{}
		for _, r := range all {
			c := *r
			heldAll[r.Seq] = &c
		}
		whole, err := rs.PlaceableReusing(ctx, all[0].Seq, 1, func(seq int64, hash string) *store.Record {
			if r := heldAll[seq]; r != nil && r.Hash == hash {
				return r
			}
			return nil
		})
		if err != nil || len(whole) != 1 || whole[0] != heldAll[all[1].Seq] {
			t.Fatalf("placeable reusing every row: %v %+v", err, whole)
		}
		whole, err = rs.PlaceableReusing(ctx, 0, 10, func(seq int64, hash string) *store.Record { return heldAll[seq] })
		if err != nil || len(whole) != 3 || whole[0] != heldAll[all[0].Seq] || whole[2] != heldAll[all[2].Seq] {
			t.Fatalf("placeable reusing every row: %v %+v", err, whole)
		}
	})
	t.Run("PlacementLockExcludes", func(t *testing.T) {
		s := open(t)
		err := s.WithPlacementLock(ctx, func(ctx context.Context) error {
			ran, err := s.TryPlacementLock(ctx, func(context.Context) error { return nil })
			if err != nil || ran {
				return fmt.Errorf("try while held: ran %v, %v", ran, err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		ran, err := s.TryPlacementLock(ctx, func(context.Context) error { return nil })
		if err != nil || !ran {
			t.Fatalf("try when free: ran %v, %v", ran, err)
		}
	})
	t.Run("TxAndMigrate", func(t *testing.T) {
		s := open(t)
		steps := []string{
			`CREATE TABLE storetest_things (id INTEGER PRIMARY KEY, name TEXT NOT NULL)`,
			`ALTER TABLE storetest_things ADD COLUMN size INTEGER NOT NULL DEFAULT 0`,
		}
		for range 2 { // the second run finds both steps applied
			if err := s.Migrate(ctx, "storetest", steps); err != nil {
				t.Fatal(err)
			}
		}
		err := s.Tx(ctx, func(tx store.Tx) error {
			if tx.Dialect() != s.Dialect() {
				return fmt.Errorf("dialect %s, store says %s", tx.Dialect(), s.Dialect())
			}
			for i, n := range []string{"a", "b"} {
				if _, err := tx.Exec(ctx, `INSERT INTO storetest_things (id, name, size) VALUES ($1, $2, $3)`, i+1, n, 10*i); err != nil {
					return err
				}
			}
			var size int
			if err := tx.QueryRow(ctx, `SELECT size FROM storetest_things WHERE name = $1`, "b").Scan(&size); err != nil || size != 10 {
				return fmt.Errorf("read back: %d %v", size, err)
			}
			if err := tx.QueryRow(ctx, `SELECT size FROM storetest_things WHERE name = $1`, "zz").Scan(&size); !errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("missing row: %v", err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		failed := errors.New("roll back")
		err = s.Tx(ctx, func(tx store.Tx) error {
			tx.Exec(ctx, `DELETE FROM storetest_things`)
			return failed
		})
		if !errors.Is(err, failed) {
			t.Fatalf("tx error: %v", err)
		}
		err = s.Tx(ctx, func(tx store.Tx) error {
			rows, err := tx.Query(ctx, `SELECT name FROM storetest_things ORDER BY id`)
			if err != nil {
				return err
			}
			defer rows.Close()
			var names []string
			for rows.Next() {
				var n string
				rows.Scan(&n)
				names = append(names, n)
			}
			if fmt.Sprint(names) != "[a b]" {
				return fmt.Errorf("after rollback: %v", names)
			}
			return rows.Err()
		})
		if err != nil {
			t.Fatal(err)
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
