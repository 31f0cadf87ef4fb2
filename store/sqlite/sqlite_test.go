package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"crosscheck/article"
	"crosscheck/store"
	"crosscheck/store/internal/sqlstore"
	"crosscheck/store/storetest"
)

func openTemp(t *testing.T) *Store {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
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

// TestQueryPlans fails when any statement of the store would scan a table or sort rows
// instead of reading an index that matches it (as id and URL lookups once did, walking every
// latest row through the (latest, seq) index).
func TestQueryPlans(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	// Some rows, and fresh statistics, so the planner decides as it would on a real database.
	for i := range 50 {
		a := &article.Article{ID: fmt.Sprintf("a%d", i), URL: fmt.Sprintf("https://example.org/%d", i%10), Language: "de", Text: fmt.Sprintf("Text %d.", i)}
		if _, _, err := s.Put(ctx, a, &article.Analysis{}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.DB().ExecContext(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	for name, q := range sqlstore.Statements() {
		plan := explain(t, s.DB(), q)
		if why := badPlan(name, plan); why != "" {
			t.Errorf("%s: %s\nplan: %s\nquery: %s", name, why, strings.Join(plan, "; "), q)
		}
	}
}

// badPlan says why a plan reads more rows than its query needs, or "".
func badPlan(name string, plan []string) string {
	for _, line := range plan {
		switch {
		case strings.HasPrefix(line, "SCAN ") && !strings.HasPrefix(line, "SCAN CONSTANT ROW"):
			return "scans a whole table or index: " + line
		case strings.Contains(line, "TEMP B-TREE"):
			return "sorts rows no index orders: " + line
		case strings.Contains(line, "(latest=?)"):
			return "walks every latest row: " + line
		case strings.Contains(line, "USING INDEX articles_latest_seq") && !strings.Contains(name, "page"):
			return "walks latest rows in arrival order: " + line
		}
	}
	return ""
}

// TestQueryPlansCatchTheOldIndex checks the check: on the first schema, lookups by id walked
// every latest row, and badPlan says so.
func TestQueryPlansCatchTheOldIndex(t *testing.T) {
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "v1.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tx, _ := db.Begin()
	if err := migrations[0](context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	tx.Commit()
	plan := explain(t, db, `SELECT seq, version, hash, ingested, article, analysis FROM articles WHERE latest = 1 AND id = $1`)
	if badPlan("get", plan) == "" {
		t.Fatalf("old plan passed the check: %v", plan)
	}
}

func explain(t *testing.T, db *sql.DB, q string) []string {
	args := make([]any, strings.Count(q, "$"))
	for i := range args {
		args[i] = "x"
	}
	rows, err := db.Query("EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		t.Fatalf("explain %s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		out = append(out, detail)
	}
	return out
}

// TestConcurrentWriters puts from two Stores (two connections, as two processes have) on one
// file at once: every article arrives, and no write fails with SQLITE_BUSY.
func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	const perWriter = 300
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w := range 2 {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWriter {
				a := &article.Article{ID: fmt.Sprintf("w%d-%d", w, i), Language: "de", Text: fmt.Sprintf("Text %d von %d.", i, w)}
				var err error
				if i%3 == 0 {
					_, err = s.PutBatch(ctx, []store.Item{{Article: a, Analysis: &article.Analysis{}}})
				} else {
					_, _, err = s.Put(ctx, a, &article.Analysis{})
				}
				if err == nil && i%10 == 0 {
					err = s.WithPlacementLock(ctx, func(ctx context.Context) error {
						return s.SetValue(ctx, "test", fmt.Sprint(w), []byte(fmt.Sprint(i)))
					})
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	s := openTemp(t)
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if n, _ := s2.Count(ctx); n != 2*perWriter {
		t.Fatalf("%d articles stored, want %d", n, 2*perWriter)
	}
	if v, err := s2.IntegrityCheck(ctx); err != nil || v != "ok" {
		t.Fatalf("integrity: %s %v", v, err)
	}
}

// TestMigrateFromVersion1 opens a database written by the first schema: the listing columns
// are filled from the stored JSON and lookups work.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	tx, _ := db.Begin()
	if err := migrations[0](ctx, tx); err != nil {
		t.Fatal(err)
	}
	tx.Exec(`INSERT INTO articles (id, version, latest, hash, url, ingested, article, analysis) VALUES ('old', 1, 1, 'h', 'https://example.org/o', '2024-01-01T00:00:00Z', '{"id":"old","language":"de","title":"Alt","credits":["AFP"],"text":"Ein alter Text."}', '{}')`)
	tx.Exec(`PRAGMA user_version = 1`)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var got []store.Meta
	s.List(ctx, func(m store.Meta) error { got = append(got, m); return nil })
	if len(got) != 1 || got[0].Title != "Alt" || fmt.Sprint(got[0].Credits) != "[AFP]" || got[0].Lead != "Ein alter Text." || got[0].Chars != 15 {
		t.Fatalf("migrated meta: %+v", got)
	}
	if ok, _ := s.Known(ctx, "x", "https://example.org/o", "h"); !ok {
		t.Fatal("lookup by URL after migration")
	}
}

// The write connection checkpoints the WAL every 16,000 pages, read connections never write.
func TestWriteConnectionCheckpointsLate(t *testing.T) {
	s := openTemp(t)
	var pages int
	if err := s.DB().QueryRowContext(context.Background(), "PRAGMA wal_autocheckpoint").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if pages != 16000 {
		t.Errorf("wal_autocheckpoint of the write connection = %d, want 16000", pages)
	}
	var mode string
	if err := s.DB().QueryRowContext(context.Background(), "PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
}
