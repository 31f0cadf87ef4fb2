package cli

import (
	"context"
	"crosscheck/app"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"crosscheck/pipeline"
	"crosscheck/store"
)

type ingestOpts struct {
	db          *string
	quiet       *bool
	enqueueOnly *bool
}

var ingestCmd = &Command{
	Name:  "ingest",
	Usage: "[--db PATH|URL] [--enqueue-only] SOURCE...",
	Short: "read articles from files, folders, JSONL, HTML, RSS/Atom, WARC or URLs; store, link and cluster them",
	Long: `Sources: plain-text files, folders (recursively), .jsonl (one article per line, see
docs/formats.md), .html pages, RSS/Atom files or http(s) URLs, .warc and .warc.gz archives.
Re-ingesting the same content changes nothing; new content under a known id or URL is stored
as a new version. Each item that cannot be read is named on stderr with the reason, the rest
go on, and the exit status is 1.

With --db postgres://... the items go into the database's job queue, and this process works
on the queue beside any 'crosscheck worker' processes until its items are stored and placed;
with --enqueue-only it only queues them and leaves the work to the workers.`,
	Flags: func(fs *flag.FlagSet) any {
		return &ingestOpts{db: dbFlag(fs), quiet: fs.Bool("q", false, "no progress line"),
			enqueueOnly: fs.Bool("enqueue-only", false, "only queue the items for 'crosscheck worker' (PostgreSQL)")}
	},
	Run: runIngest,
}

func runIngest(ctx context.Context, env *Env, o any, args []string) error {
	opts := o.(*ingestOpts)
	if len(args) == 0 {
		return usagef("name at least one source")
	}
	e, err := openEngine(ctx, env, *opts.db)
	if err != nil {
		return err
	}
	defer e.Store.Close()
	if *opts.enqueueOnly {
		return enqueueOnly(ctx, env, e, args)
	}
	st, fails, err := ingestSources(ctx, env, e, args, !*opts.quiet)
	if err != nil {
		return err
	}
	printSummary(env, st)
	if len(fails) > 0 {
		return partialError{failed: len(fails)}
	}
	return nil
}

// openEngine opens the store at db and builds the ingest pipeline over it; closing
// e.Store releases both.
func openEngine(ctx context.Context, env *Env, db string) (*pipeline.Engine, error) {
	s, err := openStore(ctx, env, db)
	if err != nil {
		return nil, err
	}
	e, err := app.Engine(ctx, s)
	if err != nil {
		s.Close()
		return nil, err
	}
	return e, nil
}

// ingestSources runs the engine over sources with a progress line on a terminal, and names
// every failed item on stderr.
func ingestSources(ctx context.Context, env *Env, e *pipeline.Engine, sources []string, showProgress bool) (pipeline.Stats, []pipeline.Failure, error) {
	if _, ok := e.Store.(store.Queue); ok {
		return ingestQueued(ctx, env, e, sources, showProgress)
	}
	var bar *progressBar
	var progress pipeline.Progress
	if showProgress && IsTerminal(env.Stderr) {
		bar = newProgressBar(env.Stderr, countFiles(sources))
		progress = bar.update
	}
	start := time.Now()
	st, fails, err := e.Run(ctx, sources, progress)
	if bar != nil {
		bar.done()
	}
	for _, f := range fails {
		fmt.Fprintf(env.Stderr, "crosscheck: %s: %v\n", f.Name, f.Err)
	}
	env.Log.Info("ingest finished", "took", time.Since(start))
	return st, fails, err
}

func printSummary(env *Env, st pipeline.Stats) {
	fmt.Fprintf(env.Stdout, "read %d, new %d, unchanged %d, updated %d, failed %d\n", st.Read, st.New, st.Unchanged, st.Updated, st.Failed)
}

// countFiles estimates the items for the progress bar: one per plain file. Container
// formats (JSONL, feeds, WARC) hold more, so the bar is only a guide.
func countFiles(sources []string) int {
	n := 0
	for _, src := range sources {
		if strings.Contains(src, "://") {
			n++
			continue
		}
		filepath.WalkDir(src, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				n++
			}
			return nil
		})
	}
	if n == 0 {
		return 0
	}
	if fi, err := os.Stat(sources[0]); err == nil && !fi.IsDir() && len(sources) == 1 {
		return 0 // one container file: the count of its items is unknown
	}
	return n
}
