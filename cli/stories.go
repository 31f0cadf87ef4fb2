package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"crosscheck/app"
	"crosscheck/store"
	"crosscheck/view"
)

type storiesOpts struct {
	listOpts
	sort *string
}

var storiesCmd = &Command{
	Name:  "stories",
	Usage: "[--db PATH] [--json] [--sort first|sources]",
	Short: "list events and storylines, where articles come from, and statements only a rewrite makes",
	Long: `One line per event: date range, title, number of articles, sources; events grouped by
storyline, storylines in the order they were opened (--sort first), or those most outlets
reported first (--sort sources: then most articles). --json prints the object of CONTRACT.md
(events, storylines, derived_from, unsupported) in the order they were opened.`,
	Flags: func(fs *flag.FlagSet) any {
		return &storiesOpts{listOpts: *listFlags(fs).(*listOpts),
			sort: fs.String("sort", "first", "storyline order: first (as opened) or sources (most outlets first)")}
	},
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		opts := o.(*storiesOpts)
		if len(args) != 0 {
			return usagef("takes no arguments")
		}
		if *opts.sort != "first" && *opts.sort != "sources" {
			return usagef("--sort is first or sources, not %q", *opts.sort)
		}
		s, err := openPlaced(ctx, env, *opts.db)
		if err != nil {
			return err
		}
		defer s.Close()
		if *opts.json {
			st, err := app.Stories(ctx, s)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(env.Stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(st)
		}
		st, err := app.Stories(ctx, s)
		if err != nil {
			return err
		}
		if *opts.sort == "sources" {
			bySources(st)
		}
		writeStories(env.Stdout, st)
		return nil
	},
}

// printStories prints the stories for people: storylines, their events, provenance.
func printStories(ctx context.Context, env *Env, s store.Store) error {
	st, err := app.Stories(ctx, s)
	if err != nil {
		return err
	}
	writeStories(env.Stdout, st)
	return nil
}

// bySources orders the storylines by how many outlets reported them, then by how many
// articles, most first; storylines alike keep the order they were opened in.
func bySources(st *view.Stories) {
	outlets := map[string]int{}
	{
		byEvent := map[string][]string{}
		for _, e := range st.Events {
			byEvent[e.ID] = e.Sources
		}
		for _, l := range st.Storylines {
			seen := map[string]bool{}
			for _, e := range l.Events {
				for _, src := range byEvent[e] {
					seen[src] = true
				}
			}
			outlets[l.ID] = len(seen)
		}
	}
	sort.SliceStable(st.Storylines, func(i, j int) bool {
		a, b := st.Storylines[i], st.Storylines[j]
		if outlets[a.ID] != outlets[b.ID] {
			return outlets[a.ID] > outlets[b.ID]
		}
		return len(a.Articles) > len(b.Articles)
	})
}

func writeStories(w io.Writer, st *view.Stories) {
	if len(st.Events) == 0 {
		fmt.Fprintln(w, "no stories yet: run 'crosscheck ingest SOURCE...' or 'crosscheck demo'")
		return
	}
	events := map[string]view.Event{}
	for _, e := range st.Events {
		events[e.ID] = e
	}
	for _, l := range st.Storylines {
		fmt.Fprintf(w, "storyline %s: %s (%s, %s)\n", l.ID, l.Title, view.Count(len(l.Events), "event", "events"), view.Count(len(l.Articles), "article", "articles"))
		// People read a storyline in the order things happened; undated events go last.
		ids := append([]string(nil), l.Events...)
		sort.SliceStable(ids, func(i, j int) bool {
			a, b := events[ids[i]].From, events[ids[j]].From
			return a != "" && (b == "" || a < b)
		})
		for _, id := range ids {
			e := events[id]
			dates := e.From
			if e.To != e.From {
				dates += ".." + e.To
			}
			if dates == "" {
				dates = "undated"
			}
			src := ""
			if len(e.Sources) > 0 {
				src = "  [" + strings.Join(e.Sources, ", ") + "]"
			}
			fmt.Fprintf(w, "  %-4s %-22s %s (%s)%s\n", e.ID, dates, e.Title, view.Count(len(e.Articles), "article", "articles"), src)
		}
	}
	if len(st.DerivedFrom) > 0 {
		fmt.Fprintln(w, "\nwhere articles come from:")
		for _, d := range st.DerivedFrom {
			via := ""
			if len(d.Via) > 0 {
				via = " via " + strings.Join(d.Via, ", ")
			}
			fmt.Fprintf(w, "  %s is a %s of %s (coverage %.2f)%s\n", d.Article, d.Kind, d.Source, d.Coverage, via)
		}
	}
	if len(st.Unsupported) > 0 {
		fmt.Fprintln(w, "\nstatements only the rewrite makes (not in its source):")
		for _, u := range st.Unsupported {
			fmt.Fprintf(w, "  %s [%d:%d] %s\n", u.Article, u.Start, u.End, u.Text)
		}
	}
}
