package cli

import (
	"context"

	"crosscheck/cluster"
	"crosscheck/evaluate/clustering"
	"crosscheck/evaluate/ner"
	"crosscheck/evaluate/quotes"
	"crosscheck/evaluate/seeds"
	"crosscheck/evaluate/similarity"
	"crosscheck/evaluate/timex"
	"crosscheck/link/rewritegen"
)

// evalKinds maps `crosscheck eval KIND` to its scorer.
func evalKinds() map[string]evalKind {
	return map[string]evalKind{
		"ner": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return ner.Evaluate(path, ner.Options{Folds: *o.folds})
		}},
		"quotes": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return quotes.Evaluate(path, quotes.Options{})
		}},
		"timex": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return timex.Evaluate(path, timex.Options{})
		}},
		"similarity": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return similarity.Evaluate(path)
		}},
		"rewrites": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return rewritegen.EvaluateRewrites(path, *o.n, 1)
		}},
		"clustering": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return clustering.Evaluate(path, cluster.Defaults())
		}},
		"seeds": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return evalSeeds(ctx, path)
		}},
	}
}

func evalSeeds(ctx context.Context, dir string) (evalReport, error) {
	return seeds.Evaluate(ctx, dir, seeds.GoldPath(dir))
}
