package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"time"

	"crosscheck/app"
	"crosscheck/serve"
)

type serveOpts struct {
	db   *string
	addr *string
}

var serveCmd = &Command{
	Name:  "serve",
	Usage: "[--db PATH] [--addr HOST:PORT]",
	Short: "serve the web UI and the JSON API",
	Long: `Pages: / (stories, newest first, with filters), /events/ID and /storylines/ID (the
story), /articles/ID (ids that are URLs path-escaped), /compare?a=ID&b=ID (side by side),
/entities/NAME, /search?q=WORDS, /feed.atom. JSON under /api/ (stories, stories/ID, events/ID,
storylines/ID, articles, articles/ID, compare, search, entities/NAME); the OpenAPI document at
/api/openapi.json. See docs/api.md.`,
	Flags: func(fs *flag.FlagSet) any {
		return &serveOpts{db: dbFlag(fs), addr: fs.String("addr", "127.0.0.1:8080", "address to listen on")}
	},
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		opts := o.(*serveOpts)
		s, err := openPlaced(ctx, env, *opts.db)
		if err != nil {
			return err
		}
		defer s.Close()
		r, err := app.StoryReader(ctx, s)
		if err != nil {
			return err
		}
		// Bring the stories list up to date before the first request. After a large ingest
		// this reads every changed story once, which takes a while: say so.
		stale, err := r.Stale(ctx)
		if err != nil {
			return err
		}
		if stale {
			fmt.Fprintln(env.Stderr, "crosscheck: bringing the stories list and search index up to date with the stored articles (once after each ingest; about ten seconds for 5,000 articles)...")
		}
		start := time.Now()
		if err := r.Refresh(ctx); err != nil {
			return err
		}
		if stale {
			fmt.Fprintf(env.Stderr, "crosscheck: stories list up to date in %.1f s\n", time.Since(start).Seconds())
		}
		h, err := serve.Handler(serve.Backend{Store: s, Reader: r, Log: env.Log})
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", *opts.addr)
		if err != nil {
			return fmt.Errorf("listen on %s: %w (is another server running there? pass --addr HOST:PORT)", *opts.addr, err)
		}
		srv := serve.NewServer(h)
		fmt.Fprintf(env.Stdout, "crosscheck serving http://%s/ (Ctrl-C to stop)\n", ln.Addr())
		go func() {
			<-ctx.Done()
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			srv.Shutdown(sctx)
		}()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	},
}
