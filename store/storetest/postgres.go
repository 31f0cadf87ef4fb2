package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver, to make schemas

	"crosscheck/internal/testenv"
)

// PostgresEnv names the variable that points tests at a PostgreSQL database they may create
// schemas in (.ci/run starts a throw-away server and sets it).
const PostgresEnv = "CROSSCHECK_TEST_POSTGRES"

// PostgresURL returns the URL of an empty schema of its own in the test database, dropped
// when the test ends. Without CROSSCHECK_TEST_POSTGRES the test skips (fails under
// CROSSCHECK_REQUIRE_ALL=1).
func PostgresURL(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		testenv.Skip(tb, "needs PostgreSQL: set "+PostgresEnv+"=postgres://USER@HOST:PORT/DB (.ci/run starts a throw-away server)")
	}
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("%s: %v", PostgresEnv, err)
	}
	db, err := sql.Open("pgx", base)
	if err != nil {
		tb.Fatalf("%s: %v", PostgresEnv, err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := db.ExecContext(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		db.Close()
		tb.Fatalf("create schema in %s: %v", PostgresEnv, err)
	}
	tb.Cleanup(func() {
		db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		db.Close()
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
