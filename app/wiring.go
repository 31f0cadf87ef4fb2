package app

import (
	"context"

	"crosscheck/analyze"
	"crosscheck/entity"
	"crosscheck/figure"
	"crosscheck/pipeline"
	"crosscheck/quote"
	"crosscheck/store"
	"crosscheck/timex"
)

// extractors lists the analysis extractors in the order they run.
func extractors() []analyze.Extractor {
	return []analyze.Extractor{
		entity.New(nil, entity.Options{}),
		quote.New(),
		figure.New(),
		timex.New(timex.Options{}),
	}
}

func newPlacer(ctx context.Context, s store.Store) (pipeline.Placer, error) {
	return NewPlacer(ctx, s)
}
