package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"crosscheck/app"
	"crosscheck/ingest"
	"crosscheck/pipeline"
	"crosscheck/store"
)

type ingestOpts struct {
	db           *string
	quiet        *bool
	enqueueOnly  *bool
	allowPrivate *bool
}

var ingestCmd = &Command{
	Name:  "ingest",
	Usage: "[--db PATH|URL] [--enqueue-only] [-q] [--allow-private] SOURCE...",
	Short: "read articles from files, folders, JSONL, HTML, RSS/Atom, WARC or URLs; store, link and cluster them",
	Long: `Sources: plain-text files, folders (recursively), .jsonl (one article per line, see
docs/formats.md), .html pages, RSS/Atom files or http(s) URLs, .warc and .warc.gz archives.
Re-ingesting the same content changes nothing; new content under a known id or URL is stored
as a new version. Each item that cannot be read is named on stderr with the reason as soon as
it is read, the rest go on, and the exit status is 1. URLs are fetched from public addresses
only: one on this machine, a private network or a link-local address (also after a redirect)
is refused unless --allow-private is given. Limits: docs/limits.md.

With --db postgres://... the items go into the database's job queue, and this process works
on the queue beside any 'crosscheck worker' processes until its items are stored and placed;
with --enqueue-only it only queues them and leaves the work to the workers.`,
	Flags: func(fs *flag.FlagSet) any {
		return &ingestOpts{db: dbFlag(fs), quiet: fs.Bool("q", false, "no progress line"),
			enqueueOnly:  fs.Bool("enqueue-only", false, "only queue the items for 'crosscheck worker' (PostgreSQL)"),
			allowPrivate: fs.Bool("allow-private", false, "fetch URLs on this machine or a private network too (intranet feeds); refused by default")}
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
	e.Ingest.AllowPrivate = *opts.allowPrivate
	if *opts.enqueueOnly {
		return enqueueOnly(ctx, env, e, args)
	}
	st, fails, err := ingestSources(ctx, env, e, args, !*opts.quiet)
	if err != nil {
		return err
	}
	printSummary(env, st)
	if len(fails) > 0 {
		return partialError{failed: len(fails), why: failureKinds(fails)}
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
	if showProgress && IsTerminal(env.Stderr) {
		bar = newProgressBar(env.Stderr, countFiles(sources))
	}
	// A failed item is named as soon as it is read, so that a long run shows its failures
	// while it goes on; those the store or the placer report come at the end.
	shown := map[string]int{}
	report := func(name string, err error) {
		if bar != nil {
			bar.done()
		}
		fmt.Fprintf(env.Stderr, "crosscheck: %s: %v\n", name, err)
	}
	progress := func(s pipeline.Stats, it ingest.Item) {
		if it.Err != nil {
			report(it.Name, it.Err)
			shown[it.Name+"\x00"+it.Err.Error()]++
		}
		if bar != nil {
			bar.update(s, it)
		}
	}
	start := time.Now()
	st, fails, err := e.Run(ctx, sources, progress)
	if bar != nil {
		bar.done()
	}
	for _, f := range fails {
		if k := f.Name + "\x00" + f.Err.Error(); shown[k] > 0 {
			shown[k]--
			continue
		}
		report(f.Name, f.Err)
	}
	env.Log.Info("ingest finished", "took", time.Since(start))
	return st, fails, err
}

// failureKinds sums failures up by reason: "2 binary file, 1 too large, 1 other".
func failureKinds(fails []pipeline.Failure) string {
	kinds := []struct {
		err  error
		name string
	}{{ingest.ErrTooLarge, "too large"}, {ingest.ErrBinary, "binary file"}, {ingest.ErrNotProse, "not prose"},
		{ingest.ErrEmpty, "empty"}, {ingest.ErrNoText, "no extractable text"}, {ingest.ErrUnsafeAddress, "unsafe address"},
		{fs.ErrNotExist, "not found"}}
	counts := make([]int, len(kinds)+1)
	for _, f := range fails {
		k := len(kinds)
		for i, kind := range kinds {
			if errors.Is(f.Err, kind.err) {
				k = i
				break
			}
		}
		counts[k]++
	}
	var parts []string
	for i, n := range counts {
		if n == 0 {
			continue
		}
		name := "other"
		if i < len(kinds) {
			name = kinds[i].name
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, name))
	}
	return strings.Join(parts, ", ")
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
