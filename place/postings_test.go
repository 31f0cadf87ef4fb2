package place

import (
	"context"
	"testing"
)

// TestPostingsMigrated: a database whose postings were keyed by term (migration 1) gets
// them keyed by time, each in the bucket postingBucket gives its time: the division in SQL
// truncates as Go's does, before 1970 too.
func TestPostingsMigrated(t *testing.T) {
	ctx := context.Background()
	times := []int64{0, 1, postingSpan - 1, postingSpan, 1_740_830_400, -1, -postingSpan, -postingSpan - 1}
	check := func(t *testing.T, db placedStore) {
		if err := db.Migrate(ctx, "place", []string{ddl(db.Dialect(), migrations[0])}); err != nil {
			t.Fatal(err)
		}
		for i, tm := range times {
			if _, err := db.DB().ExecContext(ctx, `INSERT INTO place_postings (term, t, seq) VALUES ($1, $2, $3)`, 7, tm, i+1); err != nil {
				t.Fatal(err)
			}
		}
		if err := migrate(ctx, db); err != nil {
			t.Fatal(err)
		}
		rows, err := db.DB().QueryContext(ctx, `SELECT bucket, term, t, seq FROM place_postings ORDER BY seq`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		n := 0
		for rows.Next() {
			var bucket, term, tm, seq int64
			if err := rows.Scan(&bucket, &term, &tm, &seq); err != nil {
				t.Fatal(err)
			}
			if want := postingBucket(tm); bucket != want || term != 7 || tm != times[seq-1] {
				t.Errorf("posting %d at %d: bucket %d, want %d", seq, tm, bucket, want)
			}
			n++
		}
		if n != len(times) {
			t.Errorf("%d postings after the migration, want %d", n, len(times))
		}
	}
	onEachStore(t, check)
}
