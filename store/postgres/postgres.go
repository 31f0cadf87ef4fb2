// Package postgres is the store that several crosscheck processes share: a PostgreSQL
// database through pgx v5, with the same tables and conformance as the embedded store, its
// own ordered migrations (applied under an advisory lock), and the ingest queue (jobs) that
// workers claim with FOR UPDATE SKIP LOCKED.
package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"crosscheck/store"
	"crosscheck/store/internal/sqlstore"
)

// Advisory lock keys. They are per database, so two crosscheck databases on one server do
// not share them.
const (
	lockPlacement = 0x63630001 // the placer (and the job committer)
	lockWrite     = 0x63630002 // transactions that put articles or migrate: one at a time
	lockEnqueue   = 0x63630003 // enqueuers exclusive, committers shared: job seqs appear in order
)

// migrations of the store's own tables. Never edit a released one: append.
var migrations = []string{
	// 1: articles (every version, listing columns beside the JSON), keyed values, the
	// counter of articles, and the ingest queue. One sequence orders articles and jobs.
	`CREATE SEQUENCE crosscheck_seq;
	CREATE TABLE articles (
		seq       BIGINT PRIMARY KEY DEFAULT nextval('crosscheck_seq'),
		id        TEXT NOT NULL,
		version   INTEGER NOT NULL,
		latest    SMALLINT NOT NULL DEFAULT 1,
		hash      TEXT NOT NULL,
		url       TEXT NOT NULL DEFAULT '',
		ingested  TEXT NOT NULL,
		source    TEXT NOT NULL DEFAULT '',
		title     TEXT NOT NULL DEFAULT '',
		published TEXT NOT NULL DEFAULT '',
		language  TEXT NOT NULL DEFAULT '',
		credits   TEXT NOT NULL DEFAULT '',
		chars     INTEGER NOT NULL DEFAULT 0,
		lead      TEXT NOT NULL DEFAULT '',
		article   TEXT NOT NULL,
		analysis  TEXT NOT NULL,
		UNIQUE (id, version)
	);
	CREATE UNIQUE INDEX articles_latest_id ON articles (id) WHERE latest = 1;
	CREATE INDEX articles_latest_url ON articles (url, seq) WHERE latest = 1 AND url <> '';
	CREATE INDEX articles_latest_seq ON articles (seq) WHERE latest = 1;
	CREATE TABLE counters (name TEXT PRIMARY KEY, n BIGINT NOT NULL);
	INSERT INTO counters (name, n) VALUES ('articles', 0);
	CREATE TABLE kv (
		kind  TEXT NOT NULL,
		key   TEXT NOT NULL,
		value BYTEA NOT NULL,
		PRIMARY KEY (kind, key)
	);
	CREATE TABLE jobs (
		seq      BIGINT PRIMARY KEY,
		name     TEXT NOT NULL,
		state    SMALLINT NOT NULL DEFAULT 0,
		article  TEXT,
		analysis TEXT,
		outcome  SMALLINT,
		error    TEXT NOT NULL DEFAULT '',
		enqueued TIMESTAMPTZ NOT NULL DEFAULT now()
	);
	CREATE INDEX jobs_open ON jobs (state, seq) WHERE state < 2;`,
}

// Store is the PostgreSQL store.
type Store struct {
	*sqlstore.Store
	id string
}

// ID names the database (server, database, schema) in a form fit for a file name, for what
// a process keeps of it locally.
func (s *Store) ID() string { return s.id }

var (
	_ store.Store = (*Store)(nil)
	_ store.Queue = (*Store)(nil)
)

// IsURL reports whether db names a PostgreSQL database rather than a file.
func IsURL(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// Open connects to the database at url (postgres://user@host/db?...) and migrates it.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w (expected postgres://USER@HOST:PORT/DATABASE)", err)
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	where := fmt.Sprintf("%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: connect to %s: %w (is the server running, and may this user connect?)", where, err)
	}
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s:%d/%s?%s", cfg.Host, cfg.Port, cfg.Database, cfg.RuntimeParams["search_path"])))
	s := &Store{id: hex.EncodeToString(sum[:8]), Store: sqlstore.New(sqlstore.Config{
		Name:    "postgres",
		Dialect: store.Postgres,
		Write:   db,
		Lock:    advisoryLock{db: db, key: lockPlacement},
		Serial:  fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", lockWrite),
		Horizon: `SELECT coalesce(min(seq), 9223372036854775807) FROM jobs WHERE state < 2`,
	})}
	if err := s.Migrate(ctx, "store", migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %s: %w", where, err)
	}
	return s, nil
}

// advisoryLock is a session advisory lock held on one connection of the pool; the server
// releases it when that connection ends, also when the process is killed.
type advisoryLock struct {
	db  *sql.DB
	key int64
}

func (l advisoryLock) Lock(ctx context.Context) (func(), error) {
	c, err := l.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := c.ExecContext(ctx, "SELECT pg_advisory_lock($1)", l.key); err != nil {
		c.Close()
		return nil, err
	}
	return l.unlock(c), nil
}

func (l advisoryLock) TryLock(ctx context.Context) (func(), bool, error) {
	c, err := l.db.Conn(ctx)
	if err != nil {
		return nil, false, err
	}
	var ok bool
	if err := c.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", l.key).Scan(&ok); err != nil || !ok {
		c.Close()
		return nil, false, err
	}
	return l.unlock(c), true, nil
}

func (l advisoryLock) unlock(c *sql.Conn) func() {
	return func() {
		// A connection whose unlock fails is dropped, which releases the lock too.
		if _, err := c.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", l.key); err != nil {
			c.Raw(func(any) error { return driver.ErrBadConn })
		}
		c.Close()
	}
}
