package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// TestStatementCache: a statement run again gives fresh results; the same text run while its
// rows are still open (a nested query) gets a statement of its own; the cache stays bounded
// and keeps working past its bound.
func TestStatementCache(t *testing.T) {
	ctx := context.Background()
	db := openDB("file:" + filepath.Join(t.TempDir(), "c.db"))
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, `CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	const insert = `INSERT INTO t (k, v) VALUES ($1, $2)`
	for k := range 5 {
		if _, err := db.ExecContext(ctx, insert, k, fmt.Sprint("v", k)); err != nil {
			t.Fatal(err)
		}
	}
	const q = `SELECT v FROM t WHERE k >= $1 ORDER BY k`
	read := func(from int) []string {
		rows, err := db.QueryContext(ctx, q, from)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			out = append(out, v)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	if got := fmt.Sprint(read(3)); got != "[v3 v4]" {
		t.Fatalf("first run: %s", got)
	}
	if got := fmt.Sprint(read(1)); got != "[v1 v2 v3 v4]" {
		t.Fatalf("second run of the same text: %s", got)
	}

	// Nested: the outer rows stay open while the same text runs inside a transaction's
	// connection (one connection, so the inner run cannot reuse the busy statement).
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	outer, err := tx.QueryContext(ctx, q, 0)
	if err != nil {
		t.Fatal(err)
	}
	var pairs []string
	for outer.Next() {
		var v string
		if err := outer.Scan(&v); err != nil {
			t.Fatal(err)
		}
		var inner string
		if err := tx.QueryRowContext(ctx, q, 4).Scan(&inner); err != nil {
			t.Fatal(err)
		}
		pairs = append(pairs, v+"/"+inner)
	}
	if err := outer.Close(); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(pairs); got != "[v0/v4 v1/v4 v2/v4 v3/v4 v4/v4]" {
		t.Fatalf("nested runs of one text: %s", got)
	}

	// Past the bound: more distinct texts than the cache holds, each still right.
	for i := range maxCachedStmts + 20 {
		var n int
		if err := db.QueryRowContext(ctx, fmt.Sprintf(`SELECT count(*) + %d FROM t`, i)).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 5+i {
			t.Fatalf("query %d: %d", i, n)
		}
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := conn.Raw(func(dc any) error {
		c := dc.(*cachingConn)
		if len(c.stmts) > maxCachedStmts {
			t.Errorf("%d statements cached, bound %d", len(c.stmts), maxCachedStmts)
		}
		for _, s := range c.stmts {
			if s.busy {
				t.Error("a statement is still marked busy after its rows closed")
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	if got := fmt.Sprint(read(4)); got != "[v4]" {
		t.Fatalf("after eviction: %s", got)
	}
}

// TestPositional: parameters numbered in order, each once, become "?"; any other use of "$"
// (a repeat, another order, inside quotes) keeps the text, so every argument binds where it
// did.
func TestPositional(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`SELECT 1`, `SELECT 1`},
		{`INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)`, `INSERT INTO t (a, b) VALUES (?, ?), (?, ?)`},
		{`SELECT a FROM t WHERE a = $1 AND b = '$2' AND c = $2`, `SELECT a FROM t WHERE a = ? AND b = '$2' AND c = ?`},
		{`UPDATE t SET a = $1 WHERE b = $1`, `UPDATE t SET a = $1 WHERE b = $1`},
		{`SELECT $2, $1`, `SELECT $2, $1`},
		{`SELECT $1, $10`, `SELECT $1, $10`},
		{`SELECT $01`, `SELECT $01`},
		{`SELECT $a`, `SELECT $a`},
		{`SELECT '$1`, `SELECT '$1`},
		{`SELECT "x$1", $1`, `SELECT "x$1", ?`},
		{"SELECT $1 -- $2\n", "SELECT $1 -- $2\n"},
		{`SELECT 1-$1`, `SELECT 1-?`},
	} {
		if got := positional(c.in); got != c.want {
			t.Errorf("positional(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Bound the same either way.
	ctx := context.Background()
	db := openDB("file:" + filepath.Join(t.TempDir(), "p.db"))
	defer db.Close()
	var a, b int
	var c string
	if err := db.QueryRowContext(ctx, `SELECT $1, $2, $3`, 7, 8, "x").Scan(&a, &b, &c); err != nil || a != 7 || b != 8 || c != "x" {
		t.Fatalf("got %d %d %q, %v", a, b, c, err)
	}
	if err := db.QueryRowContext(ctx, `SELECT $2, $1, $2`, 7, 8).Scan(&a, &b, &c); err != nil || a != 8 || b != 7 || c != "8" {
		t.Fatalf("got %d %d %q, %v", a, b, c, err)
	}
}
