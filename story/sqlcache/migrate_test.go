package sqlcache

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"

	"crosscheck/story"
)

// TestMigrateFacets: a cache made by the first schema gains its facets' kind and last day,
// and the list filtered by source reads them.
func TestMigrateFacets(t *testing.T) {
	ctx := context.Background()
	c := oldCache(t, 1,
		`INSERT INTO story_rows (id, kind, stamp, from_day, to_day, row) VALUES
			('s1', 'storyline', '1', '2024-09-01', '2024-09-02', '{"id":"s1","kind":"storyline","sources":["a.de"]}'),
			('s2', 'storyline', '1', '2024-09-03', '2024-09-05', '{"id":"s2","kind":"storyline","sources":["a.de","b.de"]}'),
			('e1', 'event', '1', '2024-09-03', '2024-09-05', '{"id":"e1","kind":"event","sources":["a.de"]}')`,
		`INSERT INTO story_facets (facet, value, id) VALUES ('source', 'a.de', 's1'), ('source', 'a.de', 's2'), ('source', 'b.de', 's2'), ('source', 'a.de', 'e1')`)
	rows, total, err := c.List(ctx, story.Query{Kind: "storyline", Source: "a.de", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || len(rows) != 2 || rows[0].ID != "s2" || rows[1].ID != "s1" {
		t.Errorf("storylines from a.de after migration: %+v (total %d), want s2, s1", rows, total)
	}
	rows, total, err = c.List(ctx, story.Query{Kind: "storyline", Source: "a.de", From: "2024-09-04", Limit: 10})
	if err != nil || total != 1 || len(rows) != 1 || rows[0].ID != "s2" {
		t.Errorf("from 4 September: %+v (total %d, %v), want s2", rows, total, err)
	}
}

// TestMigrateCoverage: a cache made by the second schema gains its rows' counts of outlets
// and articles, and the list ordered by sources reads them.
func TestMigrateCoverage(t *testing.T) {
	ctx := context.Background()
	c := oldCache(t, 2,
		`INSERT INTO story_rows (id, kind, stamp, from_day, to_day, row) VALUES
			('s1', 'storyline', '1', '2024-09-01', '2024-09-09', '{"id":"s1","kind":"storyline","sources":["a.de"],"articles":1}'),
			('s2', 'storyline', '1', '2024-09-03', '2024-09-05', '{"id":"s2","kind":"storyline","sources":["a.de","b.de"],"articles":2}'),
			('s3', 'storyline', '1', '2024-09-02', '2024-09-02', '{"id":"s3","kind":"storyline","sources":["a.de","c.de"],"articles":5}'),
			('s4', 'storyline', '1', '', '', '{"id":"s4","kind":"storyline","sources":null}')`)
	rows, total, err := c.List(ctx, story.Query{Kind: "storyline", Sort: story.SortSources, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.ID)
	}
	if total != 4 || strings.Join(got, " ") != "s3 s2 s1 s4" {
		t.Errorf("most sources first after migration: %v (total %d), want s3 s2 s1 s4", got, total)
	}
	rows, _, err = c.List(ctx, story.Query{Kind: "storyline", Sort: story.SortNewest, Limit: 10})
	if err != nil || len(rows) != 4 || rows[0].ID != "s1" {
		t.Errorf("newest first: %+v, %v; want s1 first", rows, err)
	}
}

// oldCache makes a cache of the first schema migrations, holding the rows inserts write, and
// opens it, which migrates it to the current schema.
func oldCache(t *testing.T, schema int, inserts ...string) *Cache {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	stmts := append([]string{`CREATE TABLE story_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`}, migrations[:schema]...)
	stmts = append(stmts, fmt.Sprintf(`INSERT INTO story_meta (key, value) VALUES ('schema', '%d')`, schema))
	for _, q := range append(stmts, inserts...) {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	c, err := Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
