package place

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"crosscheck/store"
)

// DB is what placement needs of the store: the SQL database its tables live in (the
// store's write connection pool), and which dialect it speaks. Statements use $1-style
// parameters, which SQLite (modernc) and PostgreSQL both accept; only the table definitions
// differ.
type DB interface {
	DB() *sql.DB
	Dialect() store.Dialect
	// Migrate applies the component's schema steps not applied yet (store.Store.Migrate).
	Migrate(ctx context.Context, component string, steps []string) error
}

// Ids of events, storylines and terms are issued by placement itself (the largest plus one,
// inside the transaction that holds the placement lock), not by a sequence: PostgreSQL
// sequences skip the numbers of rolled-back transactions, and the same articles must get
// the same ids whatever was interrupted on the way.
//
// The placement tables. Placement owns them and migrates them as the component "place" of
// the store's migrations (store.Store.Migrate); only the table definitions differ between
// the dialects.
//
//	place_meta       key/value: placed-through cursor, documents counted, corrections made
//	place_terms      vocabulary: term -> id, document frequency
//	place_names      name terms (keys) -> a name as written, for explanations
//	place_articles   one row per placed article version: its event and profile
//	place_postings   headline and lead terms -> recent articles (candidate retrieval)
//	events           one happening: storyline, title, time range, size, change stamp
//	storylines       events linked by a narrative thread: title, time range, size
//	assignments      article id -> event, pinned by a user or not, and why (JSON)
//	story_links      event -> the storyline it joined, the event that linked it, and why
//	derivations      derived article -> source (link.Derivation, JSON)
//	link_keys        provenance index: MinHash band buckets and rare-term postings
//	furniture        paragraph hashes seen per site, to learn site furniture as it arrives
//	furniture_spans  paragraphs of an article found to be furniture (code point spans)
//	corrections      user corrections (merge, split, move), in the order given
//	place_failures   articles that could not be placed, and why (passed over, still stored)
var migrations = []string{
	`CREATE TABLE place_meta (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);
	CREATE TABLE place_terms (
		id   INTEGER PRIMARY KEY AUTOINCREMENT,
		term TEXT NOT NULL UNIQUE,
		df   BIGINT NOT NULL,
		-- documents of the language pack's background corpus holding the term, scaled
		-- to priorDocs: the idf is that of df + prior in docs + priorDocs
		prior REAL NOT NULL DEFAULT 0
	);
	CREATE TABLE place_articles (
		seq     BIGINT PRIMARY KEY,
		id      TEXT NOT NULL,
		event   BIGINT NOT NULL,
		t       BIGINT NOT NULL,
		active  INTEGER NOT NULL,
		profile BLOB NOT NULL
	);
	CREATE INDEX place_articles_id ON place_articles (id, active);
	CREATE INDEX place_articles_event ON place_articles (event, active);
	CREATE TABLE place_postings (
		term BIGINT NOT NULL,
		t    BIGINT NOT NULL,
		seq  BIGINT NOT NULL,
		PRIMARY KEY (term, t, seq)
	);
	CREATE TABLE storylines (
		id          INTEGER PRIMARY KEY AUTOINCREMENT,
		merged_into BIGINT,
		title       TEXT NOT NULL,
		t_first     BIGINT NOT NULL,
		t_last      BIGINT NOT NULL,
		events      BIGINT NOT NULL,
		articles    BIGINT NOT NULL,
		changed     BIGINT NOT NULL
	);
	CREATE TABLE events (
		id            INTEGER PRIMARY KEY AUTOINCREMENT,
		storyline     BIGINT NOT NULL,
		merged_into   BIGINT,
		title         TEXT NOT NULL,
		title_article TEXT NOT NULL,
		title_score   DOUBLE PRECISION NOT NULL,
		t_first       BIGINT NOT NULL,
		t_last        BIGINT NOT NULL,
		articles      BIGINT NOT NULL,
		profile       BLOB NOT NULL,
		changed       BIGINT NOT NULL
	);
	CREATE INDEX events_storyline ON events (storyline);
	CREATE INDEX events_changed ON events (changed);
	CREATE TABLE assignments (
		article     TEXT PRIMARY KEY,
		seq         BIGINT NOT NULL,
		event       BIGINT NOT NULL,
		pinned      INTEGER NOT NULL,
		explanation TEXT NOT NULL
	);
	CREATE INDEX assignments_event ON assignments (event, seq);
	CREATE TABLE story_links (
		event       BIGINT PRIMARY KEY,
		storyline   BIGINT NOT NULL,
		other_event BIGINT NOT NULL,
		explanation TEXT NOT NULL
	);
	CREATE TABLE derivations (
		article TEXT PRIMARY KEY,
		source  TEXT NOT NULL,
		data    TEXT NOT NULL
	);
	CREATE INDEX derivations_source ON derivations (source);
	CREATE TABLE link_signatures (
		article TEXT PRIMARY KEY,
		seq     BIGINT NOT NULL,
		sig     BLOB NOT NULL
	);
	CREATE TABLE link_keys (
		kind    INTEGER NOT NULL,
		key     BIGINT NOT NULL,
		seq     BIGINT NOT NULL,
		article TEXT NOT NULL,
		PRIMARY KEY (kind, key, seq)
	);
	CREATE TABLE furniture (
		host TEXT NOT NULL,
		hash BIGINT NOT NULL,
		seen BIGINT NOT NULL,
		PRIMARY KEY (host, hash)
	);
	CREATE TABLE furniture_spans (
		article TEXT NOT NULL,
		start   BIGINT NOT NULL,
		stop    BIGINT NOT NULL,
		PRIMARY KEY (article, start)
	);
	CREATE TABLE corrections (
		id    INTEGER PRIMARY KEY AUTOINCREMENT,
		kind  TEXT NOT NULL,
		data  TEXT NOT NULL
	);
	CREATE TABLE place_names (
		term BIGINT PRIMARY KEY,
		name TEXT NOT NULL
	);
	CREATE TABLE place_failures (
		seq     BIGINT PRIMARY KEY,
		article TEXT NOT NULL,
		error   TEXT NOT NULL
	);`,
	// 2: the postings are keyed by the span of time they fall in first (postingBucket), so
	// that an article's postings are written next to those of the articles placed before it
	// rather than one to a page all over the table: keyed by term first, a transaction of
	// 128 articles dirtied about one page per posting once the table was large (at 100,000
	// articles, 4,500 of the index's 22,000 pages per commit), and writing those pages to the
	// log and back was most of what placement cost more at 100,000 than at 10,000. Without
	// a rowid, SQLite keeps the rows once, in the key's order.
	`CREATE TABLE place_postings_by_time (
		bucket BIGINT NOT NULL,
		term   BIGINT NOT NULL,
		t      BIGINT NOT NULL,
		seq    BIGINT NOT NULL,
		PRIMARY KEY (bucket, term, t, seq)
	) WITHOUT ROWID;
	INSERT INTO place_postings_by_time (bucket, term, t, seq)
		SELECT t / ` + strconv.Itoa(postingSpan) + `, term, t, seq FROM place_postings;
	DROP TABLE place_postings;
	ALTER TABLE place_postings_by_time RENAME TO place_postings;`,
}

// postingSpan is the span of time, in seconds, of a bucket of postings: 4 days, so that a
// candidate window of 4 days either side reads 3 buckets. Stored in the postings' key
// (migration 2): changing it needs a migration that re-buckets them.
const postingSpan = 4 * 24 * 60 * 60

// postingBucket is the bucket of postings at time t (seconds; the division truncates, as
// SQLite's and PostgreSQL's integer division do, so the migration's buckets are these).
func postingBucket(t int64) int64 { return t / postingSpan }

// ddl rewrites a table definition for the dialect: PostgreSQL spells an auto-numbered key,
// bytes and integers its own way.
func ddl(dialect store.Dialect, s string) string {
	if dialect != store.Postgres {
		return s
	}
	r := strings.NewReplacer(
		"INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY",
		"BLOB", "BYTEA",
		"INTEGER NOT NULL", "BIGINT NOT NULL",
		") WITHOUT ROWID;", ");",
	)
	return r.Replace(s)
}

// placementLock is the PostgreSQL advisory lock key that serialises placement between
// processes (SQLite serialises writers by itself).
const placementLock = 7_305_114_201

// migrate creates or upgrades the placement tables through the store's migrations, which
// apply each step once per database, under a lock, recorded for the component "place".
func migrate(ctx context.Context, db DB) error {
	steps := make([]string, len(migrations))
	for i, m := range migrations {
		steps[i] = ddl(db.Dialect(), m)
	}
	if err := db.Migrate(ctx, "place", steps); err != nil {
		return fmt.Errorf("place: %w", err)
	}
	return nil
}

// begin starts a write transaction that holds the placement lock until it ends.
func begin(ctx context.Context, db DB) (*sql.Tx, error) {
	tx, err := db.DB().BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	if db.Dialect() == store.Postgres {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, placementLock); err != nil {
			tx.Rollback()
			return nil, err
		}
	} else {
		// Take SQLite's write lock now rather than at the first write, so a transaction never
		// reads state that another process changes before it writes.
		if _, err := tx.ExecContext(ctx, `UPDATE place_meta SET value = value WHERE key = 'lock'`); err != nil && !strings.Contains(err.Error(), "no such table") {
			tx.Rollback()
			return nil, err
		}
	}
	return tx, nil
}

func setMeta(ctx context.Context, tx *sql.Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO place_meta (key, value) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("place: set %s: %w", key, err)
	}
	return nil
}

func getMeta(ctx context.Context, q querier, key string) (string, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM place_meta WHERE key = $1`, key).Scan(&v)
	if err == sql.ErrNoRows {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("place: read %s: %w", key, err)
	}
	return v, nil
}

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}
