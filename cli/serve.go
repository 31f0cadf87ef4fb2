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
	"crosscheck/view"
)

type serveOpts struct {
	db   *string
	addr *string
}

var serveCmd = &Command{
	Name:  "serve",
	Usage: "[--db PATH] [--addr HOST:PORT]",
	Short: "serve the JSON API and the web UI",
	Long: `Routes: / (stories), /events/ID, /articles/ID; JSON under /api/stories, /api/events/ID,
/api/articles and /api/articles/ID. See docs/api.md.`,
	Flags: func(fs *flag.FlagSet) any {
		return &serveOpts{db: dbFlag(fs), addr: fs.String("addr", "127.0.0.1:8080", "address to listen on")}
	},
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		opts := o.(*serveOpts)
		s, err := openStore(ctx, env, *opts.db)
		if err != nil {
			return err
		}
		defer s.Close()
		h, err := serve.Handler(serve.Backend{Store: s, Log: env.Log,
			Stories: func(ctx context.Context) (*view.Stories, error) { return app.Stories(ctx, s) }})
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", *opts.addr)
		if err != nil {
			return fmt.Errorf("listen on %s: %w (is another server running there? pass --addr HOST:PORT)", *opts.addr, err)
		}
		srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
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
