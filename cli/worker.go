package cli

import (
	"context"
	"flag"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"crosscheck/pipeline"
)

type workerOpts struct {
	db        *string
	untilIdle *bool
	quiet     *bool
}

var workerCmd = &Command{
	Name:  "worker",
	Usage: "--db postgres://... [--exit-when-idle]",
	Short: "work on the ingest queue of a shared PostgreSQL database (run any number)",
	Long: `Claims queued ingest jobs ('crosscheck ingest --db postgres://... SOURCE' queues them),
analyses them on every core, and stores and places them in the order they were queued,
taking turns with the other workers. A worker that is stopped or killed loses nothing: its
unfinished jobs return to the queue. Runs until interrupted, or with --exit-when-idle until
the queue is empty.`,
	Flags: func(fs *flag.FlagSet) any {
		return &workerOpts{db: dbFlag(fs), untilIdle: fs.Bool("exit-when-idle", false, "exit once the queue is empty and everything is placed"),
			quiet: fs.Bool("q", false, "no progress line")}
	},
	Run: func(ctx context.Context, env *Env, o any, args []string) error {
		opts := o.(*workerOpts)
		if len(args) > 0 {
			return usagef("a worker takes no sources: queue them with 'crosscheck ingest --db URL SOURCE...'")
		}
		e, err := openEngine(ctx, env, *opts.db)
		if err != nil {
			return err
		}
		defer e.Store.Close()
		var done func(context.Context) (bool, error)
		if *opts.untilIdle {
			done = e.QueueDone(1, 1<<62)
		}
		st := newWorkStatus(env, !*opts.quiet)
		ws, err := e.Work(ctx, done, st.update)
		st.stop()
		fmt.Fprintf(env.Stdout, "claimed %d jobs, analysed %d\n", ws.Claimed, ws.Analysed)
		return err
	},
}

// workStatus shows a queue worker's progress: a status line on a terminal, else a log line
// every ten seconds.
type workStatus struct {
	env   *Env
	on    bool
	mu    sync.Mutex
	last  time.Time
	start time.Time
	width int
}

func newWorkStatus(env *Env, on bool) *workStatus {
	return &workStatus{env: env, on: on, start: time.Now()}
}

func (w *workStatus) update(ws pipeline.WorkStats) {
	if !w.on {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	now := time.Now()
	term := IsTerminal(w.env.Stderr)
	if term && now.Sub(w.last) < 100*time.Millisecond || !term && now.Sub(w.last) < 10*time.Second {
		return
	}
	w.last = now
	line := fmt.Sprintf("claimed %d jobs, analysed %d, %.0f jobs/s", ws.Claimed, ws.Analysed, float64(ws.Claimed)/now.Sub(w.start).Seconds())
	if term {
		fmt.Fprintf(w.env.Stderr, "\r%-*s", w.width, line)
		w.width = len(line)
	} else {
		w.env.Log.Info("worker", "claimed", ws.Claimed, "analysed", ws.Analysed)
	}
}

func (w *workStatus) stop() {
	if w.width > 0 {
		fmt.Fprintf(w.env.Stderr, "\r%*s\r", w.width, "")
	}
}

// ingestQueued queues the sources' items and works on the queue, beside any workers, until
// they are stored and placed.
func ingestQueued(ctx context.Context, env *Env, e *pipeline.Engine, sources []string, showProgress bool) (pipeline.Stats, []pipeline.Failure, error) {
	start := time.Now()
	var (
		enq      pipeline.Enqueued
		enqErr   error
		enqueued atomic.Bool
	)
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	queued := make(chan struct{})
	go func() {
		enq, enqErr = e.Enqueue(wctx, sources, nil)
		if enqErr != nil {
			cancel()
		}
		enqueued.Store(true)
		close(queued)
	}()
	st := newWorkStatus(env, showProgress)
	_, err := e.WorkWoken(wctx, func(ctx context.Context) (bool, error) {
		if !enqueued.Load() {
			return false, nil
		}
		if enq.Jobs == 0 {
			return true, nil
		}
		return e.QueueDone(enq.First, enq.Last)(ctx)
	}, st.update, queued)
	st.stop()
	if enqErr != nil {
		return pipeline.Stats{}, nil, enqErr
	}
	if err != nil {
		return pipeline.Stats{}, nil, err
	}
	var stats pipeline.Stats
	var fails []pipeline.Failure
	if enq.Jobs > 0 {
		if stats, fails, err = pipeline.JobStats(ctx, e.Store, enq.First, enq.Last); err != nil {
			return stats, nil, err
		}
	}
	stats.Read += len(enq.Fails) + enq.Unchanged
	stats.Failed += len(enq.Fails)
	stats.Unchanged += enq.Unchanged
	fails = append(enq.Fails, fails...)
	for _, f := range fails {
		fmt.Fprintf(env.Stderr, "crosscheck: %s: %v\n", f.Name, f.Err)
	}
	env.Log.Info("ingest finished", "took", time.Since(start))
	return stats, fails, nil
}

// enqueueOnly queues the sources' items for the workers and says what it queued.
func enqueueOnly(ctx context.Context, env *Env, e *pipeline.Engine, sources []string) error {
	enq, err := e.Enqueue(ctx, sources, nil)
	if err != nil {
		return err
	}
	for _, f := range enq.Fails {
		fmt.Fprintf(env.Stderr, "crosscheck: %s: %v\n", f.Name, f.Err)
	}
	fmt.Fprintf(env.Stdout, "queued %d jobs (%d items read, %d unchanged, %d failed); 'crosscheck worker --db URL' works on them\n", enq.Jobs, enq.Read, enq.Unchanged, len(enq.Fails))
	if len(enq.Fails) > 0 {
		return partialError{failed: len(enq.Fails)}
	}
	return nil
}
