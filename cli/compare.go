package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"

	"crosscheck/app"
	"crosscheck/ingest"
	"crosscheck/link"
	"crosscheck/store"
)

type compareOpts struct {
	db    *string
	json  *bool
	color *bool
}

var compareCmd = &Command{
	Name:  "compare",
	Usage: "[--db PATH] [--json] A B",
	Short: "align two articles (files, or ids in the database) sentence by sentence",
	Long: `A and B are files (the first article in each) or article ids in the database. Prints the
two side by side: sentences only in A (added) green, only in B (dropped) red, reworded
yellow; and whether one derives from the other. --json prints the object of CONTRACT.md.`,
	Flags: func(fs *flag.FlagSet) any {
		return &compareOpts{db: dbFlag(fs), json: fs.Bool("json", false, "print JSON"),
			color: fs.Bool("color", false, "colours even when not on a terminal")}
	},
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		opts := o.(*compareOpts)
		if len(args) != 2 {
			return usagef("name two articles")
		}
		var s store.Store
		docs := make([]*link.Doc, 2)
		for i, arg := range args {
			if _, err := os.Stat(arg); err == nil {
				d, err := docFromFile(ctx, arg)
				if err != nil {
					return err
				}
				docs[i] = d
				continue
			}
			if s == nil {
				var err error
				if s, err = openStore(ctx, env, *opts.db); err != nil {
					return err
				}
				defer s.Close()
			}
			r, err := s.Get(ctx, arg)
			if err != nil {
				return fmt.Errorf("%s is neither a file nor an article in the database: %w", arg, err)
			}
			docs[i] = app.Doc(r)
		}
		c := link.Compare(docs[0], docs[1])
		if *opts.json {
			enc := json.NewEncoder(env.Stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(c)
		}
		link.RenderText(env.Stdout, c, docs[0], docs[1], *opts.color || IsTerminal(env.Stdout))
		return nil
	},
}

// docFromFile reads and analyses the first article of a file.
func docFromFile(ctx context.Context, path string) (*link.Doc, error) {
	var d *link.Doc
	z := app.Analyzer(app.Registry())
	stop := errors.New("stop")
	var itemErr error
	err := ingest.Read(ctx, path, app.IngestOptions(), func(it ingest.Item) error {
		if it.Err != nil {
			itemErr = fmt.Errorf("%s: %w", it.Name, it.Err)
			return stop
		}
		d = &link.Doc{Article: it.Article, Analysis: z.Analyze(it.Article)}
		return stop
	})
	if err != nil && !errors.Is(err, stop) {
		return nil, err
	}
	if itemErr != nil {
		return nil, itemErr
	}
	if d == nil {
		return nil, fmt.Errorf("%s: no article in it", path)
	}
	return d, nil
}
