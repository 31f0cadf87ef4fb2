package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"

	"crosscheck/store"
	"crosscheck/view"
)

type listOpts struct {
	db   *string
	json *bool
}

func listFlags(fs *flag.FlagSet) any {
	return &listOpts{db: dbFlag(fs), json: fs.Bool("json", false, "print JSON")}
}

var articlesCmd = &Command{
	Name:  "articles",
	Usage: "[--db PATH] [--json]",
	Short: "list the stored articles in arrival order",
	Flags: listFlags,
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		opts := o.(*listOpts)
		s, err := openStore(ctx, env, *opts.db)
		if err != nil {
			return err
		}
		defer s.Close()
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		n := 0
		err = s.List(ctx, func(m store.Meta) error {
			n++
			if *opts.json {
				return enc.Encode(map[string]any{"id": m.ID, "version": m.Version, "language": m.Language,
					"title": m.Title, "published": m.Published, "source": m.Source, "url": m.URL, "credits": m.Credits, "chars": m.Chars})
			}
			a := m.Article()
			title := view.Title(a)
			pub := a.Published
			if pub == "" {
				pub = "undated"
			}
			ver := ""
			if m.Version > 1 {
				ver = fmt.Sprintf(" (v%d)", m.Version)
			}
			_, err := fmt.Fprintf(env.Stdout, "%-28s %-10s %-3s %s%s\n", a.ID, pub, a.Language, title, ver)
			return err
		})
		if err == nil && n == 0 && !*opts.json {
			fmt.Fprintln(env.Stdout, "no articles yet: run 'crosscheck ingest SOURCE...' or 'crosscheck demo'")
		}
		return err
	},
}

var articleCmd = &Command{
	Name:  "article",
	Usage: "[--db PATH] [--json] ID",
	Short: "show one stored article with its analysis",
	Flags: listFlags,
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		opts := o.(*listOpts)
		if len(args) != 1 {
			return usagef("name one article id (see 'crosscheck articles')")
		}
		s, err := openStore(ctx, env, *opts.db)
		if err != nil {
			return err
		}
		defer s.Close()
		r, err := s.Get(ctx, args[0])
		if err != nil {
			return fmt.Errorf("%w; 'crosscheck articles' lists the ids", err)
		}
		v := view.NewArticle(r.Article, r.Analysis)
		if *opts.json {
			enc := json.NewEncoder(env.Stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(v)
		}
		view.WriteArticleText(env.Stdout, v)
		fmt.Fprintln(env.Stdout, r.Article.Text)
		return nil
	},
}
