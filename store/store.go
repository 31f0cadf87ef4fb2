// Package store defines where crosscheck keeps articles, their analysis and what later stages
// derive from them, behind one interface with two implementations: an embedded SQLite file
// (store/sqlite, the default) and a PostgreSQL database that several crosscheck processes
// share (store/postgres). Both pass the same conformance suite (store/storetest).
//
// # What the store guarantees
//
// Every Put is one transaction; PutBatch is one transaction for several articles (all or
// none). Records carry Seq, the ingest order: for one process it is the arrival order, for
// queued ingest (Queue) it is the job's position in the enqueued stream, so later stages that
// work in Seq order give the same result however many workers analysed the articles.
//
// # What a placement stage gets
//
// Placement (linking and clustering) must see every stored version exactly once, in Seq
// order, one placer at a time, and resume after a crash. The store provides:
//
//   - Placeable(ctx, after, limit): stored versions with Seq > after, in Seq order, stopping
//     before the first queued job that is not finished yet (so a placer never skips ahead of
//     an article still being analysed). A placer keeps its placed-through cursor in its own
//     table, written in the same transaction as its placements, and asks for what comes next.
//   - WithPlacementLock(ctx, fn) and TryPlacementLock: a lock across processes (PostgreSQL: a
//     session advisory lock; SQLite: a lock on a file beside the database) held while fn runs
//     and released when the process dies. Only the holder places.
//   - Tx(ctx, fn): a write transaction (SQLite: BEGIN IMMEDIATE, so concurrent writers wait
//     rather than fail; PostgreSQL: read committed) in which a stage reads and writes its own
//     tables through the small Tx interface. Placeholders are $1, $2, ... in both dialects.
//     Inside fn use only the Tx, never the Store (SQLite has one write connection).
//   - Migrate(ctx, component, steps): a stage's own ordered schema migrations, applied once
//     per database under a lock, recorded per component. Pick steps by Dialect().
//
// The store's own tables are articles (every version, with listing columns beside the JSON),
// kv (small keyed values), schema_migrations and, on PostgreSQL, jobs (the ingest queue).
package store

import (
	"context"
	"errors"
	"time"

	"crosscheck/article"
)

// ErrNotFound is returned when an article or value does not exist.
var ErrNotFound = errors.New("store: not found")

// Outcome says what Put did with an article.
type Outcome int

// Put outcomes.
const (
	Unchanged Outcome = iota // same content already stored under this id or URL
	New                      // first version of this id
	Updated                  // new content under a known id or URL: stored as a new version
)

func (o Outcome) String() string {
	switch o {
	case New:
		return "new"
	case Updated:
		return "updated"
	}
	return "unchanged"
}

// Record is one stored article version with its analysis.
type Record struct {
	Seq      int64 // ingest order across the store (larger is later)
	Version  int   // 1 for the first version of an id
	Hash     string
	Ingested time.Time
	Article  *article.Article
	Analysis *article.Analysis
}

// Meta is what listings need of an article version, read without its text or analysis.
type Meta struct {
	Seq       int64
	Version   int
	ID        string
	URL       string
	Source    string
	Title     string
	Published string
	Language  string
	Credits   []string
	Chars     int    // length of the body text in code points
	Lead      string // the first words of the body text (at most 13), for untitled articles
}

// Article returns the metadata as an article without body blocks; its Text is Lead.
func (m Meta) Article() *article.Article {
	return &article.Article{ID: m.ID, URL: m.URL, Source: m.Source, Title: m.Title, Published: m.Published,
		Language: m.Language, Credits: m.Credits, Text: m.Lead}
}

// LeadWords is how many words of the body text Meta.Lead keeps.
const LeadWords = 13

// Item is one article with its analysis, for PutBatch.
type Item struct {
	Article  *article.Article
	Analysis *article.Analysis
	// Hash is Article.ContentHash() when the caller has it already; empty: the store
	// computes it.
	Hash string
	// Encoded is what an Encoder's Encode made of this same item, or nil: PutBatch then
	// encodes the item itself.
	Encoded any
}

// Encoder is a Store whose PutBatch can take items encoded ahead of time: a caller that
// stores in order from one goroutine (the ingest pipeline) encodes each item in the
// goroutine that analysed it, in parallel, instead of in the serial PutBatch. Encode reads
// the item only; the item must not change between Encode and PutBatch.
type Encoder interface {
	Encode(it Item) (any, error)
}

// Result is what Put did with one item; Record is nil when the item was Unchanged.
type Result struct {
	Outcome Outcome
	Record  *Record
}

// Dialect names the SQL dialect a Tx speaks.
type Dialect string

// Dialects.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// Store keeps articles and stage outputs. Implementations are safe for concurrent use by
// several goroutines and several processes.
type Store interface {
	// Put stores a and an in one transaction unless the same content is already stored
	// under a.ID (or a.URL), in the latest or an earlier version: then it changes nothing. New content under a known id or URL is
	// stored as a new version; the old one is kept.
	Put(ctx context.Context, a *article.Article, an *article.Analysis) (Outcome, *Record, error)
	// PutBatch puts items in order in one transaction: all are stored, or none.
	PutBatch(ctx context.Context, items []Item) ([]Result, error)
	// Known reports whether a version under id (or else under url) has this content hash,
	// i.e. whether Put would return Unchanged. Ingest asks before analysing.
	Known(ctx context.Context, id, url, hash string) (bool, error)
	// Get returns the latest version of an article.
	Get(ctx context.Context, id string) (*Record, error)
	// Versions returns every version of an article, oldest first.
	Versions(ctx context.Context, id string) ([]*Record, error)
	// Each calls fn for the latest version of every article, in Seq order.
	Each(ctx context.Context, fn func(*Record) error) error
	// List calls fn with the metadata of the latest version of every article, in Seq order,
	// without reading texts or analyses.
	List(ctx context.Context, fn func(Meta) error) error
	// Count returns the number of articles (latest versions).
	Count(ctx context.Context) (int, error)
	// Placeable returns up to limit stored versions (not only the latest) with Seq > after,
	// in Seq order, stopping before the first queued job not finished yet.
	Placeable(ctx context.Context, after int64, limit int) ([]*Record, error)
	// WithPlacementLock runs fn while holding the placement lock, waiting for it.
	WithPlacementLock(ctx context.Context, fn func(ctx context.Context) error) error
	// TryPlacementLock runs fn if the placement lock is free; ran says whether it did.
	TryPlacementLock(ctx context.Context, fn func(ctx context.Context) error) (ran bool, err error)
	// Tx runs fn in one write transaction, committed when fn returns nil.
	Tx(ctx context.Context, fn func(Tx) error) error
	// Migrate applies a component's schema steps that this database has not seen yet, in
	// order, each in its own transaction, under a lock. Never edit a released step: append.
	Migrate(ctx context.Context, component string, steps []string) error
	// Dialect says which SQL a Tx speaks.
	Dialect() Dialect
	// SetValue stores a stage output under (kind, key), replacing any old one.
	SetValue(ctx context.Context, kind, key string, value []byte) error
	// Value returns the stage output under (kind, key), or ErrNotFound.
	Value(ctx context.Context, kind, key string) ([]byte, error)
	// Values calls fn for every (key, value) of kind, in key order.
	Values(ctx context.Context, kind string, fn func(key string, value []byte) error) error
	// DeleteValue removes (kind, key); deleting what is not there is no error.
	DeleteValue(ctx context.Context, kind, key string) error
	// Close releases the store.
	Close() error
}

// Tx is a write transaction on the store's database, for a stage's own tables.
type Tx interface {
	Exec(ctx context.Context, query string, args ...any) (rowsAffected int64, err error)
	Query(ctx context.Context, query string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, query string, args ...any) Row
	Dialect() Dialect
}

// Rows is the result of Tx.Query; Close it when done.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close() error
}

// Row is the result of Tx.QueryRow; Scan returns ErrNotFound when there is no row.
type Row interface {
	Scan(dest ...any) error
}

// Job is one queued ingest item: an article read from a source, waiting for analysis.
type Job struct {
	Seq     int64  // position in the enqueued stream; becomes the stored Record's Seq
	Name    string // where the item came from, for messages
	Article *article.Article
}

// Analysed is what a worker made of a claimed job.
type Analysed struct {
	Seq      int64
	Analysis *article.Analysis // nil when the content was already stored (Known) or Err is set
	Err      string            // why the job failed, or ""
	// Unchanged says a version under the job's own id has this content. Versions are never
	// removed, so the job is unchanged whatever comes before it, and finishes at once.
	Unchanged bool
}

// JobStats counts the outcomes of the jobs in a range.
type JobStats struct {
	Open                            int // queued or analysed, not yet stored
	New, Unchanged, Updated, Failed int
	Failures                        []JobFailure
}

// JobFailure names a failed job and why.
type JobFailure struct {
	Seq  int64
	Name string
	Err  string
}

// Queue is the ingest queue of a store that several processes share (PostgreSQL). Jobs are
// analysed by any worker in any order, then stored strictly in job order by whoever holds
// the placement lock, so the result equals one process ingesting the same stream.
type Queue interface {
	// Enqueue appends jobs in one transaction, sets their Seq and returns the Seq of the
	// first and last queued (0, 0 when none). A job whose own id already has its content is
	// unchanged whatever comes before it: it is not queued and its Seq is 0.
	Enqueue(ctx context.Context, jobs []Job) (first, last int64, err error)
	// Claim takes up to n queued jobs no other worker holds, in job order, and calls fn with
	// them inside a transaction that keeps them claimed; what fn returns is recorded in the
	// same transaction. A worker that dies releases its jobs with its connection.
	Claim(ctx context.Context, n int, fn func([]Job) ([]Analysed, error)) (claimed int, err error)
	// Commit stores up to limit analysed jobs in job order, stopping before the first job
	// not analysed yet; analyse is called for a job whose content turned out to be new after
	// all (a job before it changed the same article). stored (may be nil) is called, once the
	// transaction has committed, with each version stored, in job order, so that a placer
	// can take the records as they are instead of reading them back. Call it under the
	// placement lock.
	Commit(ctx context.Context, limit int, analyse func(*article.Article) (*article.Analysis, error), stored func(*Record)) (committed int, err error)
	// Stats counts the jobs with first <= Seq <= last (0, 0 for all).
	Stats(ctx context.Context, first, last int64) (JobStats, error)
}
