package cli

import (
	"context"
	"encoding/json"
	"flag"

	"crosscheck/app"
	"crosscheck/view"
)

type storyOpts struct {
	db     *string
	format *string
	json   *bool
}

var storyCmd = &Command{
	Name:  "story",
	Usage: "[--db PATH] [--format text|markdown|json] ID",
	Short: "one event (e1, e2, …) or storyline (s1, …), fully synthesised",
	Long: `Shows a summary whose every sentence cites the articles that state it, a timeline of
dates as a reader writes them, the figures grouped by what they measure (updates over time
and conflicts between sources marked), who said what (direct quotations in quotation marks,
reported speech marked), where each article comes from, the statements only one source
makes, and why each article is in the story. --format markdown prints CommonMark; json the
story model (docs/api.md).`,
	Flags: func(fs *flag.FlagSet) any {
		return &storyOpts{db: dbFlag(fs), format: fs.String("format", "text", "text, markdown or json"),
			json: fs.Bool("json", false, "same as --format json")}
	},
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		opts := o.(*storyOpts)
		if len(args) != 1 {
			return usagef("name one story id (see 'crosscheck stories')")
		}
		format := *opts.format
		if *opts.json {
			format = "json"
		}
		if format != "text" && format != "markdown" && format != "json" {
			return usagef("--format must be text, markdown or json, not %q", format)
		}
		s, err := openPlaced(ctx, env, *opts.db)
		if err != nil {
			return err
		}
		defer s.Close()
		r, err := app.StoryReader(ctx, s)
		if err != nil {
			return err
		}
		st, err := r.Story(ctx, args[0])
		if err != nil {
			return err
		}
		if format == "json" {
			enc := json.NewEncoder(env.Stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(st)
		}
		view.WriteStory(env.Stdout, st, format == "markdown")
		return nil
	},
}
