package cli

import (
	"context"
	"flag"
	"fmt"

	"crosscheck/app"
	"crosscheck/place"
)

// correction runs fn on the placement stage; the placement tables keep the correction, so
// it holds for everything ingested later.
func correction(ctx context.Context, env *Env, db string, fn func(p *place.Placer) (string, error)) error {
	s, err := openStore(ctx, env, db)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := app.NewPlacer(ctx, s)
	if err != nil {
		return err
	}
	msg, err := fn(p)
	if err != nil {
		return fmt.Errorf("%w ('crosscheck stories' lists the events and their articles)", err)
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
		return correction(ctx, env, *o.(*string), func(p *place.Placer) (string, error) {
			return fmt.Sprintf("merged %s into %s", args[1], args[0]), p.Merge(ctx, args[0], args[1])
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
		return correction(ctx, env, *o.(*string), func(p *place.Placer) (string, error) {
			id, err := p.Split(ctx, args[0], args[1:])
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
		return correction(ctx, env, *o.(*string), func(p *place.Placer) (string, error) {
			return fmt.Sprintf("moved %s to %s", args[0], args[1]), p.Move(ctx, args[0], args[1])
		})
	},
}
