package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"crosscheck/app"
	"crosscheck/evaluate/citations"
	"crosscheck/evaluate/clustering"
	"crosscheck/evaluate/ner"
	"crosscheck/evaluate/quotes"
	"crosscheck/evaluate/seeds"
	"crosscheck/evaluate/similarity"
	"crosscheck/evaluate/stream"
	"crosscheck/evaluate/timex"
	"crosscheck/internal/unlabelled"
	"crosscheck/link/rewritegen"
	"crosscheck/place"
)

// evalKinds maps `crosscheck eval KIND` to its scorer.
func evalKinds() map[string]evalKind {
	return map[string]evalKind{
		"ner": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			opt := ner.Options{Folds: *o.folds}
			if opt.Folds > 1 {
				dir := *o.unlabelled
				if dir == "" {
					dir = filepath.Dir(filepath.Dir(path))
					if _, err := os.Stat(filepath.Join(dir, "10kgnad", "test.csv")); err != nil {
						dir = "none"
					}
				}
				if dir != "none" {
					texts, err := unlabelled.Texts(dir)
					if err != nil {
						return nil, fmt.Errorf("%w (--unlabelled none scores without self-training)", err)
					}
					opt.Unlabelled = ner.UnlabelledSentences(texts)
				}
				// Each fold trains on the extra corpora too, as the shipped tagger does.
				if extra := filepath.Join(filepath.Dir(filepath.Dir(path)), "ner-extra"); dirExists(extra) {
					ex, err := ner.ReadShippedExtra(extra)
					if err != nil {
						return nil, err
					}
					opt.Extra = ex
				}
			}
			return ner.Evaluate(path, opt)
		}},
		"quotes": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return quotes.Evaluate(path, quotes.Options{})
		}},
		"quotes-audit": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return quotes.Audit(ctx, path)
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
			return clustering.Evaluate(path, place.Options{})
		}},
		"stream": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			gold := o.gold
			if gold == "" {
				gold = strings.TrimSuffix(path, ".jsonl") + ".gold.json"
			}
			return stream.Evaluate(ctx, path, gold, stream.Options{Pairs: *o.pairs})
		}},
		"entities-audit": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return ner.RunAudit(ctx, path, app.Analyzer(app.Registry()), app.IngestOptions())
		}},
		"citations": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return citations.Evaluate(ctx, path)
		}},
		"seeds": {run: func(ctx context.Context, path string, o *evalOpts) (evalReport, error) {
			return evalSeeds(ctx, path)
		}},
	}
}

func evalSeeds(ctx context.Context, dir string) (evalReport, error) {
	return seeds.Evaluate(ctx, dir, seeds.GoldPath(dir))
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
