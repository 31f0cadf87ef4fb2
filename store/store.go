// Package store defines where crosscheck keeps articles, their analysis and what later stages
// derive from them, behind one interface with an embedded SQLite implementation
// (store/sqlite) by default. Every write of an article is one transaction.
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
	Seq      int64 // arrival order across the store (larger is later)
	Version  int   // 1 for the first version of an id
	Hash     string
	Ingested time.Time
	Article  *article.Article
	Analysis *article.Analysis
}

// Store keeps articles and stage outputs. Implementations are safe for concurrent use.
type Store interface {
	// Put stores a and an in one transaction unless the same content is already stored
	// under a.ID (or a.URL): then it changes nothing. New content under a known id or URL is
	// stored as a new version; the old one is kept.
	Put(ctx context.Context, a *article.Article, an *article.Analysis) (Outcome, *Record, error)
	// Get returns the latest version of an article.
	Get(ctx context.Context, id string) (*Record, error)
	// Versions returns every version of an article, oldest first.
	Versions(ctx context.Context, id string) ([]*Record, error)
	// Each calls fn for the latest version of every article, in arrival order.
	Each(ctx context.Context, fn func(*Record) error) error
	// Count returns the number of articles (latest versions).
	Count(ctx context.Context) (int, error)
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
