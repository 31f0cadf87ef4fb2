// Package sqlite is the embedded default store: one SQLite file through modernc.org/sqlite
// (pure Go, no cgo, no server), with ordered schema migrations. The file is in WAL mode:
// readers never wait for the writer, and writes begin IMMEDIATE with a busy timeout, so two
// crosscheck processes on one file take turns instead of failing.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"unicode/utf8"

	sqlite "modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"crosscheck/article"
	"crosscheck/store"
	"crosscheck/store/internal/sqlstore"
)

// busyTimeout is how long a write waits for another process's write transaction.
const busyTimeout = 60_000 // ms

// migrations are applied in order, each in a transaction that bumps user_version.
// Never edit a released migration: append a new one.
var migrations = []func(ctx context.Context, tx *sql.Tx) error{
	// 1: articles with versions, and stage outputs as keyed values.
	execStep(`CREATE TABLE articles (
		seq       INTEGER PRIMARY KEY AUTOINCREMENT,
		id        TEXT NOT NULL,
		version   INTEGER NOT NULL,
		latest    INTEGER NOT NULL DEFAULT 1,
		hash      TEXT NOT NULL,
		url       TEXT NOT NULL DEFAULT '',
		ingested  TEXT NOT NULL,
		article   TEXT NOT NULL,
		analysis  TEXT NOT NULL,
		UNIQUE (id, version)
	);
	CREATE INDEX articles_latest ON articles (latest, seq);
	CREATE INDEX articles_url ON articles (url) WHERE url <> '';
	CREATE TABLE kv (
		kind  TEXT NOT NULL,
		key   TEXT NOT NULL,
		value BLOB NOT NULL,
		PRIMARY KEY (kind, key)
	) WITHOUT ROWID;`),
	// 2: listing columns beside the JSON, and indexes that match the lookups. The old
	// (latest, seq) index made the planner answer id and URL lookups by walking every latest
	// row; partial indexes on the latest rows answer them directly.
	func(ctx context.Context, tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `
			ALTER TABLE articles ADD COLUMN source    TEXT NOT NULL DEFAULT '';
			ALTER TABLE articles ADD COLUMN title     TEXT NOT NULL DEFAULT '';
			ALTER TABLE articles ADD COLUMN published TEXT NOT NULL DEFAULT '';
			ALTER TABLE articles ADD COLUMN language  TEXT NOT NULL DEFAULT '';
			ALTER TABLE articles ADD COLUMN credits   TEXT NOT NULL DEFAULT '';
			ALTER TABLE articles ADD COLUMN chars     INTEGER NOT NULL DEFAULT 0;
			ALTER TABLE articles ADD COLUMN lead      TEXT NOT NULL DEFAULT '';
			DROP INDEX articles_latest;
			DROP INDEX articles_url;
			CREATE UNIQUE INDEX articles_latest_id ON articles (id) WHERE latest = 1;
			CREATE INDEX articles_latest_url ON articles (url, seq) WHERE latest = 1 AND url <> '';
			CREATE INDEX articles_latest_seq ON articles (seq) WHERE latest = 1;
			CREATE TABLE counters (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
			INSERT INTO counters (name, n) SELECT 'articles', count(*) FROM articles WHERE latest = 1;
			CREATE TABLE schema_migrations (component TEXT PRIMARY KEY, version INTEGER NOT NULL);`); err != nil {
			return err
		}
		return backfill(ctx, tx)
	},
}

func execStep(q string) func(context.Context, *sql.Tx) error {
	return func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, q)
		return err
	}
}

// backfill fills the listing columns of rows stored before they existed.
func backfill(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		seq int64
		a   article.Article
	}
	rows, err := tx.QueryContext(ctx, `SELECT seq, article FROM articles`)
	if err != nil {
		return err
	}
	var all []row
	for rows.Next() {
		var r row
		var aj []byte
		if err := rows.Scan(&r.seq, &aj); err != nil {
			rows.Close()
			return err
		}
		if err := json.Unmarshal(aj, &r.a); err != nil {
			rows.Close()
			return fmt.Errorf("decode article at seq %d: %w", r.seq, err)
		}
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range all {
		credits := ""
		if len(r.a.Credits) > 0 {
			b, _ := json.Marshal(r.a.Credits)
			credits = string(b)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET source = $1, title = $2, published = $3, language = $4, credits = $5, chars = $6, lead = $7 WHERE seq = $8`,
			r.a.Source, r.a.Title, r.a.Published, r.a.Language, credits, utf8.RuneCountInString(r.a.Text), sqlstore.Lead(r.a.Text), r.seq); err != nil {
			return err
		}
	}
	return nil
}

// Page caches. SQLite's default is 2 MB a connection, and temporary files (the statement
// journal each multi-row INSERT ... ON CONFLICT inside a transaction keeps) go to disk. A
// placement transaction of a hundred articles dirties more pages than 2 MB hold, so SQLite
// spilled pages to the WAL mid-transaction and wrote every statement journal to a temporary
// file: a fifth of placement's CPU was pwrite system calls (profile in docs/quality.md,
// "Speed"). The write connection keeps 64 MB and its temporary files in memory; each read
// connection 16 MB. The cache holds pages as they are in the file: nothing changes what is
// stored or read.
//
// The write connection also checkpoints the WAL less often: every 16,000 pages (64 MB)
// instead of SQLite's 1,000 (4 MB). A checkpoint copies the newest version of each page the
// WAL holds into the database file (and syncs it), in the transaction that commits past the
// mark, that is in the serial part of an ingest (the store's batches and placement).
// Placement rewrites the same pages of its tables and indexes in every transaction, so a
// longer interval copies each of them once where it copied it many times: on the stream's
// first 2,000 items the write and read system calls fell by a quarter and the syncs from 74
// to 12, and on the whole stream the checkpoints' CPU by 40 % (docs/quality.md, "Speed").
// The WAL file may grow to about 64 MB while a process writes; SQLite removes it when the
// last connection closes.
const (
	writePragmas = "&_pragma=cache_size(-65536)&_pragma=temp_store(MEMORY)&_pragma=wal_autocheckpoint(16000)"
	readPragmas  = "&_pragma=cache_size(-16384)&_pragma=temp_store(MEMORY)"
)

// Store is the SQLite store.
type Store struct {
	*sqlstore.Store
	lock *fileLock
}

var _ store.Store = (*Store)(nil)

// Open opens (creating when needed) the database at path and migrates it.
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("sqlite: create folder for %s: %w", path, err)
		}
	}
	base := "file:" + (&url.URL{Path: path}).EscapedPath() + fmt.Sprintf("?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)", busyTimeout)
	// One writer at a time is what SQLite allows; one write connection whose transactions
	// begin IMMEDIATE takes the file's write lock up front, so a second process waits at
	// BEGIN (busy timeout) instead of failing when it tries to upgrade a read lock.
	w := openDB(base + writePragmas + "&_txlock=immediate")
	w.SetMaxOpenConns(1)
	s := &Store{lock: newFileLock(path + "-place.lock")}
	wrap := func(err error) error { return busyError(path, err) }
	if err := migrate(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, wrap(err))
	}
	r := openDB(base + readPragmas + "&_pragma=query_only(1)")
	r.SetMaxOpenConns(runtime.GOMAXPROCS(0) + 2)
	s.Store = sqlstore.New(sqlstore.Config{Name: "sqlite", Dialect: store.SQLite, Write: w, Read: r, Lock: s.lock, Wrap: wrap})
	return s, nil
}

// migrate brings the store's own tables to the current version (PRAGMA user_version).
func migrate(ctx context.Context, db *sql.DB) error {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w (is this a crosscheck database?)", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this crosscheck knows (%d): upgrade crosscheck", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		if err := migrateStep(ctx, db, i); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	return nil
}

func migrateStep(ctx context.Context, db *sql.DB, i int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Another process may have migrated while this one waited for the write lock.
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > i {
		return nil
	}
	if err := migrations[i](ctx, tx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
		return err
	}
	return tx.Commit()
}

// busyError says what to do when another process held the write lock past the timeout.
func busyError(path string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY {
		return fmt.Errorf("%w: another process has been writing to %s for over %d s (find it with 'fuser %s'); try again when it is done", err, path, busyTimeout/1000, path)
	}
	return err
}

// IntegrityCheck runs PRAGMA integrity_check and returns its verdict ("ok" when sound).
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	var v string
	err := s.DB().QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&v)
	return v, err
}

// Close implements store.Store.
func (s *Store) Close() error {
	err := s.Store.Close()
	s.lock.close()
	return err
}
