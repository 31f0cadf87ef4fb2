package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"crosscheck/ingest"
	"crosscheck/internal/par"
	"crosscheck/store"
)

// ErrNoQueue is returned when the store cannot share work between processes.
var ErrNoQueue = errors.New("this database has no job queue: workers share a PostgreSQL database (--db postgres://...); with SQLite, 'crosscheck ingest' does all the work in one process")

// enqueueBatch is how many jobs one enqueue transaction adds.
const enqueueBatch = 100

// Enqueued is what Enqueue added to the queue.
type Enqueued struct {
	First, Last int64 // Seq range of the jobs (0, 0 when none)
	Jobs        int
	Read        int
	Unchanged   int       // items whose content their id already had: not queued
	Fails       []Failure // items that could not be read
}

// Enqueue reads every source and appends its items to the store's queue in order, in
// batches. Items that cannot be read fail here, each named with its reason. onBatch (may
// be nil) is called after each batch.
func (e *Engine) Enqueue(ctx context.Context, sources []string, onBatch func(Enqueued)) (Enqueued, error) {
	q, ok := e.Store.(store.Queue)
	if !ok {
		return Enqueued{}, ErrNoQueue
	}
	var out Enqueued
	var batch []store.Job
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		first, last, err := q.Enqueue(ctx, batch)
		if err != nil {
			return err
		}
		if out.First == 0 {
			out.First = first
		}
		if last != 0 {
			out.Last = last
		}
		for _, j := range batch {
			if j.Seq == 0 {
				out.Unchanged++
			} else {
				out.Jobs++
			}
		}
		batch = batch[:0]
		if onBatch != nil {
			onBatch(out)
		}
		return nil
	}
	err := e.feed(ctx, sources, func(it ingest.Item) error {
		out.Read++
		if it.Err != nil || it.Article == nil {
			err := it.Err
			if err == nil {
				err = errors.New("no article")
			}
			out.Fails = append(out.Fails, Failure{Name: it.Name, Err: err})
			return nil
		}
		batch = append(batch, store.Job{Name: it.Name, Article: it.Article})
		if len(batch) >= enqueueBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return out, err
}

// WorkStats counts what Work did in this process.
type WorkStats struct {
	Claimed, Analysed int
}

// Work claims queued jobs, analyses them on every core, and stores and places them in job
// order whenever it can take the placement lock, until done reports true (checked when the
// queue is empty) or ctx ends. progress (may be nil) is called after each claim.
//
// Placement runs beside the claims, not between them: a worker that waited for its own
// placement before claiming again left its cores idle for as long as the serial placer ran,
// and each worker that took the lock in turn found its placer's caches dropped by the
// other's placements. So one goroutine places while the loop goes on claiming, and it keeps
// the lock while this worker's claims keep coming (see placeWhileClaiming).
func (e *Engine) Work(ctx context.Context, done func(context.Context) (bool, error), progress func(WorkStats)) (WorkStats, error) {
	return e.WorkWoken(ctx, done, progress, nil)
}

// WorkWoken is Work that also stops waiting on an empty queue when wake is closed or sent
// on (wake may be nil): an ingest that queues its own items closes it when it has queued
// them all, so that it ends as soon as they are placed rather than after the idle wait,
// which grows to a second.
func (e *Engine) WorkWoken(ctx context.Context, done func(context.Context) (bool, error), progress func(WorkStats), wake <-chan struct{}) (WorkStats, error) {
	var ws WorkStats
	q, ok := e.Store.(store.Queue)
	if !ok {
		return ws, ErrNoQueue
	}
	local := &localAnalyses{}
	bg := newBackgroundPlacer(e, local)
	defer bg.wait()
	idle := 10 * time.Millisecond
	for {
		if err := bg.err(); err != nil {
			return ws, err
		}
		n, err := q.Claim(ctx, claimBatch(e.workers()), func(jobs []store.Job) ([]store.Analysed, error) {
			out := e.analyseJobs(ctx, jobs, local)
			for _, d := range out {
				if d.Analysis != nil {
					ws.Analysed++
				}
			}
			return out, ctx.Err()
		})
		if err != nil {
			return ws, err
		}
		ws.Claimed += n
		if n > 0 {
			idle = 10 * time.Millisecond
			if progress != nil {
				progress(ws)
			}
			// Store and place if no other process is doing it; otherwise go on analysing.
			bg.claimed(ctx)
			continue
		}
		// The queue is empty: wait for this worker's placer (telling it to hold the lock no
		// longer), then place what is left (waiting for another process that holds it).
		bg.release()
		bg.wait()
		if err := bg.err(); err != nil {
			return ws, err
		}
		if err := e.Store.WithPlacementLock(ctx, func(ctx context.Context) error { return e.placeLockedWith(ctx, local) }); err != nil {
			return ws, err
		}
		if done != nil {
			finished, err := done(ctx)
			if err != nil || finished {
				return ws, err
			}
		}
		select {
		case <-time.After(idle):
		case <-wake:
			wake = nil // closed: do not spin on it
			idle = 10 * time.Millisecond
			continue
		case <-ctx.Done():
			return ws, ctx.Err()
		}
		idle = min(2*idle, time.Second)
	}
}

// holdPlacement is how long a worker's placer keeps the placement lock waiting for the
// worker's next claim before it lets another process place.
const holdPlacement = 250 * time.Millisecond

// backgroundPlacer is a worker's placement goroutine: at most one runs at a time.
type backgroundPlacer struct {
	e       *Engine
	local   *localAnalyses
	running chan struct{} // holds a token while the goroutine runs
	more    chan struct{} // a claim finished while it ran
	stop    chan struct{} // the queue is empty: hold the lock no longer
	done    sync.WaitGroup
	mu      sync.Mutex
	failed  error
}

func newBackgroundPlacer(e *Engine, local *localAnalyses) *backgroundPlacer {
	return &backgroundPlacer{e: e, local: local, running: make(chan struct{}, 1), more: make(chan struct{}, 1), stop: make(chan struct{}, 1)}
}

// claimed tells the placer that a claim finished, starting it unless it runs.
func (b *backgroundPlacer) claimed(ctx context.Context) {
	select {
	case b.running <- struct{}{}:
	default:
		select {
		case b.more <- struct{}{}:
		default:
		}
		return
	}
	select {
	case <-b.stop: // a release before this run
	default:
	}
	b.done.Add(1)
	go func() {
		defer b.done.Done()
		defer func() { <-b.running }()
		if _, err := b.e.Store.TryPlacementLock(ctx, b.placeWhileClaiming); err != nil {
			b.mu.Lock()
			if b.failed == nil {
				b.failed = err
			}
			b.mu.Unlock()
		}
	}()
}

// placeWhileClaiming stores and places what is analysed, then again after each of this
// worker's claims that finishes within holdPlacement, so that one process keeps placing
// (with its caches warm) while the others analyse.
func (b *backgroundPlacer) placeWhileClaiming(ctx context.Context) error {
	for {
		// A claim signalled before this pass is placed by it.
		select {
		case <-b.more:
		default:
		}
		if err := b.e.placeLockedWith(ctx, b.local); err != nil {
			return err
		}
		select {
		case <-b.more:
		case <-b.stop:
			return nil
		case <-time.After(holdPlacement):
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// release tells a running goroutine to end once it has placed what is analysed.
func (b *backgroundPlacer) release() {
	select {
	case b.stop <- struct{}{}:
	default:
	}
}

// wait waits for the goroutine to end.
func (b *backgroundPlacer) wait() { b.done.Wait() }

// err is the goroutine's first error.
func (b *backgroundPlacer) err() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.failed
}

// analyseJobs checks each job's content against the store and analyses the new ones, on
// every core, keeping each analysis (with its tokens, which the stored one lacks) and what
// the placer prepares from it in local for when this worker commits the job.
func (e *Engine) analyseJobs(ctx context.Context, jobs []store.Job, local *localAnalyses) []store.Analysed {
	pr, _ := e.Placer.(Preparer)
	out := make([]store.Analysed, len(jobs))
	par.Each(len(jobs), e.workers(), func(i int) {
		j := jobs[i]
		a := j.Article
		out[i].Seq = j.Seq
		hash := a.ContentHash()
		// Known under its own id: unchanged whatever comes before it. Known only through
		// its URL: decided when committed, in order.
		byID, err := e.Store.Known(ctx, a.ID, "", hash)
		known := byID
		if err == nil && !known && a.URL != "" {
			known, err = e.Store.Known(ctx, a.ID, a.URL, hash)
		}
		if err != nil {
			out[i].Err = err.Error()
			return
		}
		if known {
			out[i].Unchanged = byID
			return
		}
		an, err := e.analyze(a)
		if err != nil {
			out[i].Err = err.Error()
			return
		}
		out[i].Analysis = an
		if pr != nil && local != nil {
			local.put(j.Seq, localAnalysis{hash: hash, an: an, prep: e.prepareForPlacement(pr, a, an)})
		}
	})
	return out
}

// QueueDone returns a done function for Work that reports true once every job in
// [first, last] is stored and placed.
func (e *Engine) QueueDone(first, last int64) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		q := e.Store.(store.Queue)
		st, err := q.Stats(ctx, first, last)
		if err != nil || st.Open > 0 {
			return false, err
		}
		p, ok := e.Placer.(Resumer)
		if !ok {
			return true, nil
		}
		placed, err := p.Placed(ctx)
		if err != nil {
			return false, err
		}
		next, err := e.Store.Placeable(ctx, placed, 1)
		if err != nil {
			return false, err
		}
		return len(next) == 0 || next[0].Seq > last, nil
	}
}

// JobStats turns the queue's counts for [first, last] into a run's stats and failures.
func JobStats(ctx context.Context, s store.Store, first, last int64) (Stats, []Failure, error) {
	q, ok := s.(store.Queue)
	if !ok {
		return Stats{}, nil, ErrNoQueue
	}
	js, err := q.Stats(ctx, first, last)
	if err != nil {
		return Stats{}, nil, err
	}
	st := Stats{Read: js.New + js.Unchanged + js.Updated + js.Failed + js.Open, New: js.New, Unchanged: js.Unchanged, Updated: js.Updated, Failed: js.Failed}
	var fails []Failure
	for _, f := range js.Failures {
		fails = append(fails, Failure{Name: f.Name, Err: fmt.Errorf("%s", f.Err)})
	}
	return st, fails, nil
}

// claimBatch is how many jobs a worker claims at once: enough to keep its cores busy, and
// at least 32, since a claim costs a few round trips whatever its size (re-ingest is all
// round trips).
func claimBatch(workers int) int { return max(32, 4*workers) }
