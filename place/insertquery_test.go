package place

import "testing"

// insertQuery writes each row's placeholders after the row before's, the suffix last, and
// hands back the statement it made before for the same shape.
func TestInsertQuery(t *testing.T) {
	for _, c := range []struct {
		table, suffix string
		n, width      int
		want          string
	}{
		{"t (a, b)", "ON CONFLICT DO NOTHING", 1, 2, "INSERT INTO t (a, b) VALUES ($1, $2) ON CONFLICT DO NOTHING"},
		{"t (a, b)", "ON CONFLICT DO NOTHING", 3, 2, "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4), ($5, $6) ON CONFLICT DO NOTHING"},
		{"u (a, b, c)", "", 2, 3, "INSERT INTO u (a, b, c) VALUES ($1, $2, $3), ($4, $5, $6) "},
		{"t (a, b)", "ON CONFLICT DO NOTHING", 3, 2, "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4), ($5, $6) ON CONFLICT DO NOTHING"},
		{"t (a, b)", "ON CONFLICT (a) DO UPDATE SET b = excluded.b", 1, 2, "INSERT INTO t (a, b) VALUES ($1, $2) ON CONFLICT (a) DO UPDATE SET b = excluded.b"},
	} {
		if got := insertQuery(c.table, c.suffix, c.n, c.width); got != c.want {
			t.Errorf("insertQuery(%q, %q, %d, %d) = %q, want %q", c.table, c.suffix, c.n, c.width, got, c.want)
		}
	}
}
