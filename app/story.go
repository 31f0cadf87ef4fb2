package app

import (
	"context"
	"database/sql"
	"fmt"

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
	c, err := sqlcache.Open(ctx, withDB.DB())
	if err != nil {
		return nil, err
	}
	return &story.Reader{B: StoryBuilder(s), Cache: c, All: s.Each}, nil
}
