package place

import (
	"context"
	"fmt"
	"testing"

	"crosscheck/store/postgres"
	"crosscheck/store/storetest"
)

// TestInsertArraysIsInsertRows: on PostgreSQL, rows sent as one array per column leave the
// tables as rows sent as VALUES do, ON CONFLICT included (a repeated key of DO NOTHING keeps
// the first row; DO UPDATE updates), reals rounded alike.
func TestInsertArraysIsInsertRows(t *testing.T) {
	ctx := context.Background()
	s, err := postgres.Open(ctx, storetest.PostgresURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	db := s.DB()
	for _, tb := range []string{"a", "b"} {
		if _, err := db.ExecContext(ctx, fmt.Sprintf(`CREATE TABLE ins_%s (id BIGINT PRIMARY KEY, term TEXT NOT NULL, df BIGINT NOT NULL, prior REAL NOT NULL DEFAULT 0)`, tb)); err != nil {
			t.Fatal(err)
		}
	}
	var rows [][]any
	for i := range 250 { // more than one statement of insertRows
		rows = append(rows, []any{int64(i % 200), fmt.Sprintf("t%d", i), int64(i), 1.0 / float64(i+3)})
	}
	upd := [][]any{{int64(3), "t3", int64(99)}, {int64(250), "neu", int64(1)}}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if err := insertRows(ctx, tx, "ins_a (id, term, df, prior)", "ON CONFLICT DO NOTHING", rows); err != nil {
		t.Fatal(err)
	}
	if err := insertRows(ctx, tx, "ins_a (id, term, df)", "ON CONFLICT (id) DO UPDATE SET df = excluded.df", upd); err != nil {
		t.Fatal(err)
	}
	c := &cache{pg: true}
	if err := c.insert(ctx, tx, "ins_b (id, term, df, prior)", []string{"bigint", "text", "bigint", "real"}, "ON CONFLICT DO NOTHING", rows); err != nil {
		t.Fatal(err)
	}
	if err := c.insert(ctx, tx, "ins_b (id, term, df)", []string{"bigint", "text", "bigint"}, "ON CONFLICT (id) DO UPDATE SET df = excluded.df", upd); err != nil {
		t.Fatal(err)
	}
	var n, diff int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM ins_b), (SELECT count(*) FROM (SELECT * FROM ins_a EXCEPT SELECT * FROM ins_b) d) +
		(SELECT count(*) FROM (SELECT * FROM ins_b EXCEPT SELECT * FROM ins_a) d)`).Scan(&n, &diff); err != nil {
		t.Fatal(err)
	}
	if n != 201 || diff != 0 {
		t.Errorf("%d rows, %d differ from VALUES' rows; want 201 and none", n, diff)
	}
}
