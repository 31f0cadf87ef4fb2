package cli

import (
	"context"
	"flag"
	"fmt"

	"crosscheck/app"
	"crosscheck/store"
)

// dbFlag adds --db to fs.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "database file, or postgres://USER@HOST/DB for a shared PostgreSQL (default: $CROSSCHECK_DB or the data folder; see 'crosscheck help')")
}

func openStore(ctx context.Context, env *Env, path string) (store.Store, error) {
	if path == "" {
		path = DefaultDB(env.Getenv)
	}
	return app.OpenStore(ctx, path)
}

// openPlaced opens the store for a reading command and first places what is stored but not
// placed (a database from an earlier version, an ingest stopped in between), saying so.
func openPlaced(ctx context.Context, env *Env, path string) (store.Store, error) {
	s, err := openStore(ctx, env, path)
	if err != nil {
		return nil, err
	}
	n, err := app.PlaceMissing(ctx, s, func() {
		fmt.Fprintln(env.Stderr, "crosscheck: placing stored articles that are not in events yet (a database from an earlier version, or an ingest that was stopped); this runs once...")
	})
	if err != nil {
		s.Close()
		return nil, err
	}
	if n > 0 {
		fmt.Fprintf(env.Stderr, "crosscheck: placed %d stored articles\n", n)
	}
	return s, nil
}
