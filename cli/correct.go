package cli

import (
	"context"
	"flag"
	"fmt"

	"crosscheck/app"
	"crosscheck/cluster"
)

// correction runs fn on the stored clustering state and saves it, so that the correction
// holds for everything ingested later.
func correction(ctx context.Context, env *Env, db string, fn func(cl *cluster.Clusterer) (string, error)) error {
	s, err := openStore(ctx, env, db)
	if err != nil {
		return err
	}
	defer s.Close()
	cl, err := app.LoadClusterer(ctx, s)
	if err != nil {
		return err
	}
	msg, err := fn(cl)
	if err != nil {
		return fmt.Errorf("%w ('crosscheck stories' lists the events and their articles)", err)
	}
	if err := app.SaveClusterer(ctx, s, cl); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, msg)
	return nil
}

func dbOnly(fs *flag.FlagSet) any { return dbFlag(fs) }

var mergeCmd = &Command{
	Name:  "merge",
	Usage: "[--db PATH] EVENT OTHER",
	Short: "merge event OTHER into EVENT (a correction later arrivals respect)",
	Flags: dbOnly,
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		if len(args) != 2 {
			return usagef("name two events")
		}
		return correction(ctx, env, *o.(*string), func(cl *cluster.Clusterer) (string, error) {
			return fmt.Sprintf("merged %s into %s", args[1], args[0]), cl.Merge(args[0], args[1])
		})
	},
}

var splitCmd = &Command{
	Name:  "split",
	Usage: "[--db PATH] EVENT ARTICLE...",
	Short: "move the named articles of EVENT into a new event",
	Flags: dbOnly,
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		if len(args) < 2 {
			return usagef("name an event and at least one of its articles")
		}
		return correction(ctx, env, *o.(*string), func(cl *cluster.Clusterer) (string, error) {
			id, err := cl.Split(args[0], args[1:])
			return fmt.Sprintf("split %d article(s) of %s into new event %s", len(args)-1, args[0], id), err
		})
	},
}

var moveCmd = &Command{
	Name:  "move",
	Usage: "[--db PATH] ARTICLE EVENT",
	Short: "move an article into another event",
	Flags: dbOnly,
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		if len(args) != 2 {
			return usagef("name an article and an event")
		}
		return correction(ctx, env, *o.(*string), func(cl *cluster.Clusterer) (string, error) {
			return fmt.Sprintf("moved %s to %s", args[0], args[1]), cl.Move(args[0], args[1])
		})
	},
}
