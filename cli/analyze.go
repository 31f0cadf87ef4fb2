package cli

import (
	"context"
	"crosscheck/app"
	"encoding/json"
	"flag"
	"fmt"

	"crosscheck/ingest"
	"crosscheck/view"
)

type analyzeOpts struct{ json *bool }

var analyzeCmd = &Command{
	Name:  "analyze",
	Usage: "[--json] FILE...",
	Short: "parse and analyse files without storing anything; --json prints one object per article",
	Long: `Reads every article in the files (any format ingest reads) and prints its analysis:
metadata, body text, sentences, entities, quotes, figures and time expressions, all with
character offsets into the body text. The JSON shape is in CONTRACT.md and docs/json.md.`,
	Flags: func(fs *flag.FlagSet) any {
		return &analyzeOpts{json: fs.Bool("json", false, "one JSON object per article, one per line")}
	},
	Run: runAnalyze,
}

func runAnalyze(ctx context.Context, env *Env, o any, args []string) error {
	opts := o.(*analyzeOpts)
	if len(args) == 0 {
		return usagef("name at least one file")
	}
	z := app.Analyzer(app.Registry())
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, src := range args {
		err := ingest.Read(ctx, src, app.IngestOptions(), func(it ingest.Item) error {
			if it.Err != nil {
				failed++
				fmt.Fprintf(env.Stderr, "crosscheck: %s: %v\n", it.Name, it.Err)
				return nil
			}
			v := view.NewArticle(it.Article, z.Analyze(it.Article))
			if *opts.json {
				return enc.Encode(v)
			}
			view.WriteArticleText(env.Stdout, v)
			return nil
		})
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failed++
			fmt.Fprintf(env.Stderr, "crosscheck: %s: %v\n", src, err)
		}
	}
	if failed > 0 {
		return partialError{failed: failed}
	}
	return nil
}
