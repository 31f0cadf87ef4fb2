package cli

import (
	"context"
	"flag"

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
