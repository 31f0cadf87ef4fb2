// Package cli is crosscheck's command line: one file per subcommand, each a plain Command
// value with its own flag set, and Main dispatching to them. It only wires the pipeline's
// packages together; it holds no analysis logic.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/term"
)

// Command is one subcommand.
type Command struct {
	Name  string
	Usage string // arguments after the name
	Short string // one line for the command list
	Long  string // shown by `crosscheck help NAME`
	Flags func(fs *flag.FlagSet) any
	Run   func(ctx context.Context, env *Env, opts any, args []string) error
}

// Env is what a command may touch of the outside world.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Log            *slog.Logger
	Getenv         func(string) string
}

// IsTerminal reports whether w is a terminal (for progress bars and colours).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// usageError makes Main exit with status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// partialError makes Main exit with status 1 after the other items were processed.
type partialError struct {
	failed int
	why    string // the failures by reason, when known
}

func (e partialError) Error() string {
	if e.why != "" {
		return fmt.Sprintf("%d item(s) failed (%s); see the messages above for each item and why", e.failed, e.why)
	}
	return fmt.Sprintf("%d item(s) failed; see the messages above for each item and why", e.failed)
}

func commands() []*Command {
	cmds := []*Command{
		demoCmd, ingestCmd, analyzeCmd, articlesCmd, articleCmd, evalCmd, serveCmd, storiesCmd, storyCmd, compareCmd, mergeCmd, splitCmd, moveCmd, workerCmd,
	}
	sort.SliceStable(cmds, func(i, j int) bool { return order(cmds[i].Name) < order(cmds[j].Name) })
	return cmds
}

var commandOrder = []string{"demo", "ingest", "analyze", "compare", "stories", "story", "articles", "article", "merge", "split", "move", "serve", "worker", "eval"}

func order(name string) int {
	for i, n := range commandOrder {
		if n == name {
			return i
		}
	}
	return len(commandOrder)
}

// Main runs crosscheck with args and returns the exit status: 0 success, 1 when some
// input items failed, 2 for usage errors.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: os.Getenv,
		Log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return run(ctx, env, args)
}

func run(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c := find(args[1]); c != nil {
				printHelp(env.Stdout, c)
				return 0
			}
		}
		printUsage(env.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c := find(args[0])
	if c == nil {
		fmt.Fprintf(env.Stderr, "crosscheck: unknown command %q; run 'crosscheck help' for the list\n", args[0])
		return 2
	}
	fs := flag.NewFlagSet("crosscheck "+c.Name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { printHelp(env.Stderr, c); fmt.Fprintln(env.Stderr, "flags:"); fs.PrintDefaults() }
	var opts any
	if c.Flags != nil {
		opts = c.Flags(fs)
	}
	if err := fs.Parse(interleave(fs, args[1:])); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	err := c.Run(ctx, env, opts, fs.Args())
	var ue usageError
	var pe partialError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(env.Stderr, "crosscheck %s: %v\nusage: crosscheck %s %s\n", c.Name, err, c.Name, c.Usage)
		return 2
	case errors.As(err, &pe):
		fmt.Fprintf(env.Stderr, "crosscheck %s: %v\n", c.Name, err)
		return 1
	default:
		fmt.Fprintf(env.Stderr, "crosscheck %s: %v\n", c.Name, err)
		return 1
	}
}

// interleave moves flags after positional arguments to the front, so that both
// `crosscheck ingest --db x a b` and `crosscheck ingest a b --db x` work.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if strings.Contains(name, "=") {
				continue
			}
			if f := fs.Lookup(name); f != nil {
				if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
					continue
				}
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

func find(name string) *Command {
	for _, c := range commands() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "crosscheck turns a stream of news articles into stories you can verify.")
	fmt.Fprintln(w, "\nusage: crosscheck COMMAND [flags] [arguments]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.Name, c.Short)
	}
	fmt.Fprintln(w, "\nRun 'crosscheck help COMMAND' for a command's flags. Without --db, commands use")
	fmt.Fprintf(w, "the default database (%s).\n", "$CROSSCHECK_DB, else $XDG_DATA_HOME/crosscheck/crosscheck.db, else ~/.local/share/crosscheck/crosscheck.db")
}

func printHelp(w io.Writer, c *Command) {
	fmt.Fprintf(w, "usage: crosscheck %s %s\n\n%s\n", c.Name, c.Usage, c.Short)
	if c.Long != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.Long))
	}
}

// DefaultDB is the embedded database used without --db.
func DefaultDB(getenv func(string) string) string {
	if p := getenv("CROSSCHECK_DB"); p != "" {
		return p
	}
	return filepath.Join(dataDir(getenv), "crosscheck.db")
}

func dataDir(getenv func(string) string) string {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "crosscheck")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "crosscheck")
	}
	return filepath.Join(os.TempDir(), "crosscheck")
}
