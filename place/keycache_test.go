package place

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"crosscheck/link"
	"crosscheck/store/sqlite"
)

// A key cache made while link_keys is empty holds every posting list from then on (every
// row goes through keysAdded), so a key it does not hold has no rows, without a query; a
// cache made while the table has rows reads the lists it does not hold.
func TestKeyCacheOfAnEmptyTableHoldsEveryList(t *testing.T) {
	ctx := context.Background()
	s := migratedSQLite(t)
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	k := &txKeys{ctx: ctx, tx: tx, c: newCache(), seq: 5}
	if _, err := k.keyLists(link.KindBand, []uint64{7}); err != nil {
		t.Fatal(err)
	}
	if !k.c.keysAll {
		t.Fatal("a cache made over an empty link_keys does not know it holds every list")
	}
	// A row the cache was not told of (no placer writes one so) is not read: the cache
	// answers from what it holds.
	if _, err := tx.ExecContext(ctx, `INSERT INTO link_keys (kind, key, seq, article) VALUES (0, 8, 1, 'x')`); err != nil {
		t.Fatal(err)
	}
	if lists, err := k.keyLists(link.KindBand, []uint64{8}); err != nil || len(lists[8]) != 0 {
		t.Fatalf("lists %v, %v: want the cache's answer, no rows", lists, err)
	}
	// What the placer files reaches the lists, including lists it never read.
	if err := k.AddKey(link.KindBand, 9, "a5"); err != nil {
		t.Fatal(err)
	}
	if err := k.flush(); err != nil {
		t.Fatal(err)
	}
	if lists, err := k.keyLists(link.KindBand, []uint64{9}); err != nil || len(lists[9]) != 1 || lists[9][0].seq != 5 || k.RefID(lists[9][0].ref) != "a5" {
		t.Fatalf("lists %v, %v: want the row filed", lists, err)
	}
	// The row reaches the table at the end of the transaction (flushKeys), in key order.
	if err := k.AddKey(link.KindBand, 3, "a5"); err != nil {
		t.Fatal(err)
	}
	if err := k.flush(); err != nil {
		t.Fatal(err)
	}
	if n := tableRows(t, tx, 0); n != 1 {
		t.Fatalf("%d rows in link_keys before the end of the transaction, want the one written behind the cache's back", n)
	}
	if err := k.c.flushKeys(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if n := tableRows(t, tx, 0); n != 3 || len(k.c.keysLater) != 0 {
		t.Fatalf("%d rows in link_keys after flushKeys, want 3", n)
	}
	// Made while the table has rows: it reads them, and keeps what is filed for the end of
	// the transaction too, but a lookup that must read a key of those rows writes them first.
	k2 := &txKeys{ctx: ctx, tx: tx, c: newCache(), seq: 6}
	lists, err := k2.keyLists(link.KindBand, []uint64{8})
	if err != nil || k2.c.keysAll || len(lists[8]) != 1 || lists[8][0].seq != 1 || k2.RefID(lists[8][0].ref) != "x" {
		t.Fatalf("lists %v, %v, keysAll %v: want the table's row read", lists, err, k2.c.keysAll)
	}
	if err := k2.AddKey(link.KindAnchor, 4, "a6"); err != nil {
		t.Fatal(err)
	}
	if err := k2.flush(); err != nil {
		t.Fatal(err)
	}
	if n := tableRows(t, tx, 1); n != 0 {
		t.Fatalf("%d anchor rows in link_keys, want the one filed kept for later", n)
	}
	// Another key not cached: read without writing what is kept.
	if lists, err := k2.keyLists(link.KindAnchor, []uint64{5}); err != nil || len(lists[5]) != 0 {
		t.Fatalf("lists %v, %v: want no rows", lists, err)
	}
	if n := tableRows(t, tx, 1); n != 0 {
		t.Fatalf("%d anchor rows in link_keys, want none written for another key", n)
	}
	// The key of the kept row: cached (flush counted its rows first), so read from the cache.
	lists, err = k2.keyLists(link.KindAnchor, []uint64{4})
	if err != nil || len(lists[4]) != 1 || lists[4][0].seq != 6 {
		t.Fatalf("lists %v, %v: want the kept row", lists, err)
	}
	// A kept row of a key the cache does not hold: written before the key is read.
	row := []any{int64(link.KindAnchor), int64(13), int64(6), "a6"}
	k2.c.keysLater = append(k2.c.keysLater, row)
	k2.c.keysAdded([][]any{row})
	lists, err = k2.keyLists(link.KindAnchor, []uint64{13})
	if err != nil || len(lists[13]) != 1 || lists[13][0].seq != 6 || len(k2.c.keysLater) != 0 {
		t.Fatalf("lists %v, %v, %d kept: want the kept rows written and this one read", lists, err, len(k2.c.keysLater))
	}
	if n := tableRows(t, tx, 1); n != 2 {
		t.Fatalf("%d anchor rows in link_keys, want both kept rows", n)
	}
	// A cache made while rows are kept writes them before it looks at the table.
	k2.c.keys = nil
	if err := k2.AddKey(link.KindBand, 11, "a7"); err != nil {
		t.Fatal(err)
	}
	k2.c.keysLater = append(k2.c.keysLater, []any{int64(link.KindBand), int64(12), int64(7), "a7"})
	if lists, err := k2.keyLists(link.KindBand, []uint64{12}); err != nil || len(lists[12]) != 1 {
		t.Fatalf("lists %v, %v: want the kept row", lists, err)
	}
}

func tableRows(t *testing.T, tx *sql.Tx, kind int) int {
	t.Helper()
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM link_keys WHERE kind = $1`, kind).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// migratedSQLite opens a fresh SQLite store with placement's tables, closed when t ends.
func migratedSQLite(t *testing.T) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := migrate(ctx, s); err != nil {
		t.Fatal(err)
	}
	return s
}

// A Placer's first key cache over a filled link_keys reads its keys into a filter: a key it
// does not hold has no rows, without a query; what the placer files since reaches the
// filter, also while no lists are cached (trimmed), and a lookup then reads the table.
func TestKeyFilterOfAFilledTable(t *testing.T) {
	ctx := context.Background()
	s := migratedSQLite(t)
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO link_keys (kind, key, seq, article) VALUES (0, 8, 1, 'x'), (1, 9, 1, 'x')`); err != nil {
		t.Fatal(err)
	}
	// Not a Placer's first cache: no filter, the table is asked.
	k0 := &txKeys{ctx: ctx, tx: tx, c: newCache(), seq: 5}
	if _, err := k0.keyLists(link.KindBand, []uint64{8}); err != nil || k0.c.keyFilter != nil {
		t.Fatalf("filter %v, %v: want none", k0.c.keyFilter, err)
	}
	c := newCache()
	c.readKeys = true
	k := &txKeys{ctx: ctx, tx: tx, c: c, seq: 5}
	lists, err := k.keyLists(link.KindBand, []uint64{8, 9})
	if err != nil || c.keyFilter == nil || len(lists[8]) != 1 || len(lists[9]) != 0 {
		t.Fatalf("lists %v, filter %v, %v: want the row of key 8 and a filter", lists, c.keyFilter != nil, err)
	}
	if lists, err := k.keyLists(link.KindAnchor, []uint64{9}); err != nil || len(lists[9]) != 1 {
		t.Fatalf("lists %v, %v: want the anchor row", lists, err)
	}
	// A row written behind the cache's back (no placer writes one so) under a key the filter
	// does not hold is not read: the filter answers.
	if _, err := tx.ExecContext(ctx, `INSERT INTO link_keys (kind, key, seq, article) VALUES (0, 10, 2, 'y')`); err != nil {
		t.Fatal(err)
	}
	if lists, err := k.keyLists(link.KindBand, []uint64{10}); err != nil || len(lists[10]) != 0 {
		t.Fatalf("lists %v, %v: want the filter's answer, no rows", lists, err)
	}
	// Filed with the lists trimmed, then read: the table's row (the filter holds the key).
	f := c.keyFilter
	c.keys, c.keyRefs, c.keyIDs, c.keyRows = nil, nil, nil, 0
	row := []any{int64(link.KindBand), int64(20), int64(5), "a5"}
	c.keysLater = append(c.keysLater, row)
	c.keysAdded([][]any{row})
	if err := c.flushKeys(ctx, tx); err != nil {
		t.Fatal(err)
	}
	lists, err = k.keyLists(link.KindBand, []uint64{20})
	if err != nil || len(lists[20]) != 1 || k.RefID(lists[20][0].ref) != "a5" || c.keyFilter != f {
		t.Fatalf("lists %v, %v, filter kept %v: want the row filed, read with the same filter", lists, err, c.keyFilter == f)
	}
	// Filed while lists are cached, to a key not cached: kept for later, then read.
	if err := k.AddKey(link.KindBand, 21, "a5"); err != nil {
		t.Fatal(err)
	}
	if err := k.flush(); err != nil {
		t.Fatal(err)
	}
	if err := c.flushKeys(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if lists, err := k.keyLists(link.KindBand, []uint64{21}); err != nil || len(lists[21]) != 1 {
		t.Fatalf("lists %v, %v: want the row filed", lists, err)
	}
}

// The filter holds every key added, and few others.
func TestKeyFilter(t *testing.T) {
	f := &keyFilter{bits: make([]uint64, keyFilterBits/64)}
	const n = 200000
	x := uint64(1)
	for i := range n {
		x = mix64(x + uint64(i))
		f.add(keyRef{uint8(i % 2), x})
	}
	x = 1
	for i := range n {
		x = mix64(x + uint64(i))
		if !f.has(keyRef{uint8(i % 2), x}) {
			t.Fatalf("key %d added but not held", i)
		}
	}
	fp := 0
	for i := range n {
		if f.has(keyRef{uint8(i % 2), uint64(i) * 7919}) || f.has(keyRef{2, uint64(i)}) {
			fp++
		}
	}
	if fp > n/200 {
		t.Errorf("%d of %d keys never added are held", fp, 2*n)
	}
}
