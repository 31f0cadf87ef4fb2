package app

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/lang/en"
	"crosscheck/store"
	"crosscheck/story"
	"crosscheck/story/sqlcache"
)

// Formats returns the date and figure formats of the language packs, German first.
func Formats() *lang.Formatters { return lang.NewFormatters(de.Format{}, en.Format{}) }

// StoryBuilder builds stories from the store s and its placement.
func StoryBuilder(s store.Store) *story.Builder {
	return &story.Builder{Articles: s, Placement: NewPlacement(s), Packs: Registry(), Formats: Formats()}
}

// StoryReader returns the story stage's reader over s, with its cache in s's database.
func StoryReader(ctx context.Context, s store.Store) (*story.Reader, error) {
	withDB, ok := s.(interface{ DB() *sql.DB })
	if !ok {
		return nil, fmt.Errorf("app: the story cache needs an SQL store; %T has none", s)
	}
	db := withDB.DB()
	if s.Dialect() != store.SQLite {
		// The cache speaks SQLite: beside a shared database it is a file of this machine's
		// (derived data, rebuilt from the store when stale).
		var err error
		if db, err = localStoryCache(s); err != nil {
			return nil, err
		}
	}
	c, err := sqlcache.Open(ctx, db)
	if err != nil {
		return nil, err
	}
	return &story.Reader{B: StoryBuilder(s), Cache: c, All: s.Each}, nil
}

// localStoryCache opens the story cache of a shared store in the user's cache folder, one
// SQLite file per store.
func localStoryCache(s store.Store) (*sql.DB, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	dir = filepath.Join(dir, "crosscheck")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("app: story cache folder: %w", err)
	}
	name := fmt.Sprintf("stories-%p.db", s)
	if id, ok := s.(interface{ ID() string }); ok {
		name = "stories-" + id.ID() + ".db"
	}
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, name)+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)")
	if err != nil {
		return nil, fmt.Errorf("app: story cache: %w", err)
	}
	db.SetMaxOpenConns(1)
	return db, nil
}
