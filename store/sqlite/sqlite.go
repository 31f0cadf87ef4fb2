// Package sqlite is the embedded default store: one SQLite file through modernc.org/sqlite
// (pure Go, no cgo, no server), with ordered schema migrations and one transaction per article.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"crosscheck/article"
	"crosscheck/store"
)

// migrations are applied in order, each in a transaction that bumps user_version.
// Never edit a released migration: append a new one.
var migrations = []string{
	// 1: articles with versions, and stage outputs as keyed values.
	`CREATE TABLE articles (
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
	) WITHOUT ROWID;`,
}

// Store is the SQLite store.
type Store struct {
	db *sql.DB
}

var _ store.Store = (*Store)(nil)

// Open opens (creating when needed) the database at path and migrates it.
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("sqlite: create folder for %s: %w", path, err)
		}
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	// SQLite allows one writer at a time: write transactions begin IMMEDIATE, so a second
	// writer waits (busy timeout) instead of failing halfway. Readers run beside the writer
	// (WAL), which the placement stage needs: it reads candidates while its transaction is
	// open.
	db.SetMaxOpenConns(4)
	s := &Store{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w (is this a crosscheck database?)", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this crosscheck knows (%d): upgrade crosscheck", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	return nil
}

// SQL returns the database, for the stages that keep tables of their own (placement).
func (s *Store) SQL() *sql.DB { return s.db }

// Dialect names the SQL dialect: "sqlite".
func (s *Store) Dialect() string { return "sqlite" }

// After returns up to limit stored versions (old and latest) after sequence number seq, in
// order: what the placement stage places next.
func (s *Store) After(ctx context.Context, seq int64, limit int) ([]*store.Record, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+recordCols+` FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`, seq, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: articles after %d: %w", seq, err)
	}
	defer rows.Close()
	var out []*store.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: articles after %d: %w", seq, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Close implements store.Store.
func (s *Store) Close() error { return s.db.Close() }

// Put implements store.Store.
func (s *Store) Put(ctx context.Context, a *article.Article, an *article.Analysis) (store.Outcome, *store.Record, error) {
	hash := a.ContentHash()
	aj, err := json.Marshal(a)
	if err != nil {
		return 0, nil, fmt.Errorf("sqlite: encode article %s: %w", a.ID, err)
	}
	nj, err := json.Marshal(an)
	if err != nil {
		return 0, nil, fmt.Errorf("sqlite: encode analysis of %s: %w", a.ID, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, nil, fmt.Errorf("sqlite: put %s: %w", a.ID, err)
	}
	defer tx.Rollback()

	// The latest version under this id, or else under this URL, decides what Put does.
	var (
		seq     int64
		id      string
		version int
		oldHash string
	)
	row := tx.QueryRowContext(ctx, `SELECT seq, id, version, hash FROM articles WHERE latest = 1 AND id = ?`, a.ID)
	err = row.Scan(&seq, &id, &version, &oldHash)
	if errors.Is(err, sql.ErrNoRows) && a.URL != "" {
		row = tx.QueryRowContext(ctx, `SELECT seq, id, version, hash FROM articles WHERE latest = 1 AND url = ? ORDER BY seq LIMIT 1`, a.URL)
		err = row.Scan(&seq, &id, &version, &oldHash)
	}
	outcome := store.New
	switch {
	case errors.Is(err, sql.ErrNoRows):
		version = 1
	case err != nil:
		return 0, nil, fmt.Errorf("sqlite: put %s: %w", a.ID, err)
	case oldHash == hash:
		return store.Unchanged, nil, nil
	default:
		outcome = store.Updated
		version++
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET latest = 0 WHERE seq = ?`, seq); err != nil {
			return 0, nil, fmt.Errorf("sqlite: put %s: %w", a.ID, err)
		}
		if id != a.ID {
			// Same URL under another id: keep the first id so links to it stay valid.
			b := *a
			b.ID = id
			a = &b
			if aj, err = json.Marshal(a); err != nil {
				return 0, nil, fmt.Errorf("sqlite: encode article %s: %w", a.ID, err)
			}
		}
	}
	now := time.Now().UTC()
	res, err := tx.ExecContext(ctx, `INSERT INTO articles (id, version, latest, hash, url, ingested, article, analysis) VALUES (?, ?, 1, ?, ?, ?, ?, ?)`,
		a.ID, version, hash, a.URL, now.Format(time.RFC3339Nano), string(aj), string(nj))
	if err != nil {
		return 0, nil, fmt.Errorf("sqlite: put %s: %w", a.ID, err)
	}
	newSeq, _ := res.LastInsertId()
	if err := tx.Commit(); err != nil {
		return 0, nil, fmt.Errorf("sqlite: put %s: %w", a.ID, err)
	}
	return outcome, &store.Record{Seq: newSeq, Version: version, Hash: hash, Ingested: now, Article: a, Analysis: an}, nil
}

const recordCols = `seq, version, hash, ingested, article, analysis`

type scanner interface{ Scan(dest ...any) error }

func scanRecord(sc scanner) (*store.Record, error) {
	var (
		r        store.Record
		ingested string
		aj, nj   string
	)
	if err := sc.Scan(&r.Seq, &r.Version, &r.Hash, &ingested, &aj, &nj); err != nil {
		return nil, err
	}
	r.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
	r.Article = new(article.Article)
	if err := json.Unmarshal([]byte(aj), r.Article); err != nil {
		return nil, fmt.Errorf("decode article at seq %d: %w", r.Seq, err)
	}
	r.Analysis = new(article.Analysis)
	if err := json.Unmarshal([]byte(nj), r.Analysis); err != nil {
		return nil, fmt.Errorf("decode analysis of %s: %w", r.Article.ID, err)
	}
	return &r, nil
}

// Get implements store.Store.
func (s *Store) Get(ctx context.Context, id string) (*store.Record, error) {
	r, err := scanRecord(s.db.QueryRowContext(ctx, `SELECT `+recordCols+` FROM articles WHERE latest = 1 AND id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: article %q: %w", id, err)
	}
	return r, nil
}

// Versions implements store.Store.
func (s *Store) Versions(ctx context.Context, id string) ([]*store.Record, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+recordCols+` FROM articles WHERE id = ? ORDER BY version`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: versions of %q: %w", id, err)
	}
	defer rows.Close()
	var out []*store.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: versions of %q: %w", id, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: versions of %q: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("sqlite: article %q: %w", id, store.ErrNotFound)
	}
	return out, nil
}

// Each implements store.Store. Records are read in pages so that fn may itself use the
// store (the single connection is not held while fn runs).
func (s *Store) Each(ctx context.Context, fn func(*store.Record) error) error {
	const page = 256
	last := int64(0)
	for {
		recs, err := s.page(ctx, last, page)
		if err != nil {
			return err
		}
		for _, r := range recs {
			if err := fn(r); err != nil {
				return err
			}
			last = r.Seq
		}
		if len(recs) < page {
			return nil
		}
	}
}

func (s *Store) page(ctx context.Context, after int64, n int) ([]*store.Record, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+recordCols+` FROM articles WHERE latest = 1 AND seq > ? ORDER BY seq LIMIT ?`, after, n)
	if err != nil {
		return nil, fmt.Errorf("sqlite: list articles: %w", err)
	}
	defer rows.Close()
	var out []*store.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: list articles: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Count implements store.Store.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE latest = 1`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: count: %w", err)
	}
	return n, nil
}

// SetValue implements store.Store.
func (s *Store) SetValue(ctx context.Context, kind, key string, value []byte) error {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO kv (kind, key, value) VALUES (?, ?, ?)
		ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value`, kind, key, value); err != nil {
		return fmt.Errorf("sqlite: set %s/%s: %w", kind, key, err)
	}
	return nil
}

// Value implements store.Store.
func (s *Store) Value(ctx context.Context, kind, key string) ([]byte, error) {
	var v []byte
	err := s.db.QueryRowContext(ctx, `SELECT value FROM kv WHERE kind = ? AND key = ?`, kind, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: %s/%s: %w", kind, key, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s/%s: %w", kind, key, err)
	}
	return v, nil
}

// Values implements store.Store.
func (s *Store) Values(ctx context.Context, kind string, fn func(key string, value []byte) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM kv WHERE kind = ? ORDER BY key`, kind)
	if err != nil {
		return fmt.Errorf("sqlite: list %s: %w", kind, err)
	}
	type kv struct {
		k string
		v []byte
	}
	var all []kv
	for rows.Next() {
		var e kv
		if err := rows.Scan(&e.k, &e.v); err != nil {
			rows.Close()
			return fmt.Errorf("sqlite: list %s: %w", kind, err)
		}
		all = append(all, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: list %s: %w", kind, err)
	}
	for _, e := range all {
		if err := fn(e.k, e.v); err != nil {
			return err
		}
	}
	return nil
}

// DeleteValue implements store.Store.
func (s *Store) DeleteValue(ctx context.Context, kind, key string) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM kv WHERE kind = ? AND key = ?`, kind, key); err != nil {
		return fmt.Errorf("sqlite: delete %s/%s: %w", kind, key, err)
	}
	return nil
}
