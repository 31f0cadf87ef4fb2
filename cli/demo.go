package cli

import (
	"context"
	"crosscheck/app"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"crosscheck/demo"
)

type demoOpts struct {
	db *string
}

var demoCmd = &Command{
	Name:  "demo",
	Usage: "[--db PATH]",
	Short: "ingest the demo corpus into a fresh embedded database and print the stories",
	Long: `The demo corpus ships inside the binary (demo/corpus in the repository): German articles
written for crosscheck, as plain text, HTML, JSON Lines and RSS. The database is made anew on
every run, by default demo.db in crosscheck's data folder.`,
	Flags: func(fs *flag.FlagSet) any {
		return &demoOpts{db: fs.String("db", "", "database file to create (default: demo.db in the data folder)")}
	},
	Run: runDemo,
}

func runDemo(ctx context.Context, env *Env, o any, args []string) error {
	opts := o.(*demoOpts)
	path := *opts.db
	if path == "" {
		path = filepath.Join(dataDir(env.Getenv), "demo.db")
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("demo: remove old database %s: %w", path+suffix, err)
		}
	}
	tmp, err := os.MkdirTemp("", "crosscheck-demo-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(tmp)
	if _, err := demo.WriteTo(tmp); err != nil {
		return err
	}
	s, err := openStore(ctx, env, path)
	if err != nil {
		return err
	}
	defer s.Close()
	e, err := app.Engine(ctx, s)
	if err != nil {
		return err
	}
	st, fails, err := ingestSources(ctx, env, e, []string{tmp}, true)
	if err != nil {
		return err
	}
	printSummary(env, st)
	fmt.Fprintln(env.Stdout)
	if err := printStories(ctx, env, s); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "\nDatabase: %s\n", path)
	fmt.Fprintf(env.Stdout, "Open the stories in the browser:  crosscheck serve --db %s   then visit http://127.0.0.1:8080/\n", path)
	fmt.Fprintf(env.Stdout, "Or in the terminal:               crosscheck stories --db %s\n", path)
	if len(fails) > 0 {
		return partialError{failed: len(fails)}
	}
	return nil
}
