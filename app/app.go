// Package app assembles crosscheck from its stages: the language packs, the analysis chain,
// the store, and the linking and clustering stage after it. The CLI, the server and the
// evaluation of the whole pipeline all build the system through it, so they run the same one.
package app

import (
	"context"
	"fmt"

	"crosscheck/analyze"
	"crosscheck/entity"
	"crosscheck/figure"
	"crosscheck/ingest"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/lang/detect"
	"crosscheck/lang/en"
	"crosscheck/pipeline"
	"crosscheck/place"
	"crosscheck/quote"
	"crosscheck/store"
	"crosscheck/store/postgres"
	"crosscheck/store/sqlite"
	"crosscheck/timex"
)

// Registry returns the language packs, German first (the fallback).
func Registry() *lang.Registry { return lang.NewRegistry(de.New(), en.New()) }

// Analyzer builds the analysis stage with every extractor, in the order they depend on
// each other.
func Analyzer(reg *lang.Registry) *analyze.Analyzer {
	return analyze.New(reg, extractors()...)
}

// IngestOptions are the readers' options: language identification on.
func IngestOptions() ingest.Options {
	return ingest.Options{Detect: detect.Detect}
}

// OpenStore opens the store at db: a PostgreSQL database for a postgres:// URL, else the
// embedded SQLite file at that path.
func OpenStore(ctx context.Context, db string) (store.Store, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db)
	}
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("%w (check that the folder is writable, or pass --db PATH)", err)
	}
	return s, nil
}

// Engine builds the whole ingest pipeline over s.
func Engine(ctx context.Context, s store.Store) (*pipeline.Engine, error) {
	return EngineWith(ctx, s, place.Options{})
}

// EngineWith builds the pipeline with placement options (evaluations try other models).
func EngineWith(ctx context.Context, s store.Store, opt place.Options) (*pipeline.Engine, error) {
	reg := Registry()
	// The placer opens its tables when the first placement session takes the lock.
	return &pipeline.Engine{Store: s, Analyzer: Analyzer(reg), Ingest: IngestOptions(), Placer: &resumable{s: s, opt: opt}}, nil
}

// extractors lists the analysis extractors in the order they run: quotes read entities,
// figures read both, time expressions come last.
func extractors() []analyze.Extractor {
	return []analyze.Extractor{
		entity.New(nil, entity.Options{}),
		quote.New(),
		figure.New(),
		timex.New(timex.Options{}),
	}
}
