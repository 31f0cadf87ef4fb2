// Package pipeline runs the stages in order for a batch of sources: ingest reads articles,
// analyze annotates them, the store keeps them, and the placement stage (linking and
// clustering) places each stored version. It holds no state of its own beyond what it is
// given: what several processes share lives in the store.
//
// Two ways to run it: Run does everything in one process (analysis on every core, storing
// and placement strictly in arrival order); Enqueue and Work split it over processes that
// share a database with a queue (store.Queue): any number of workers analyse jobs in any
// order, and whoever holds the placement lock stores and places them in job order.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/ingest"
	"crosscheck/store"
)

// Stats counts what an ingest run did.
type Stats struct {
	Read, New, Unchanged, Updated, Failed int
}

// Failure is one item that could not be ingested.
type Failure struct {
	Name string
	Err  error
}

func (f Failure) Error() string { return fmt.Sprintf("%s: %v", f.Name, f.Err) }

// Placer is the part of the pipeline after the store: linking and clustering. It is called
// for every new or updated version, strictly in Seq order. A Placer that also has a
// Flush(context.Context) error method is flushed at the end of each placement session.
type Placer interface {
	Place(ctx context.Context, r *store.Record) error
}

// Resumer is a Placer that keeps its position in the store, so that whichever process holds
// the placement lock places what comes next, whoever stored it. The pipeline then places from
// store.Placeable under the lock instead of handing over the records it stored itself.
type Resumer interface {
	Placer
	// Placed returns the Seq the store says is placed through (cheap: no loading).
	Placed(ctx context.Context) (int64, error)
	// Resume brings the placer up to date with what other processes placed since it last held
	// the lock and returns the Seq it has placed through. Called under the lock.
	Resume(ctx context.Context) (int64, error)
	// Save records that everything through cursor is placed (after Flush). Called under the lock.
	Save(ctx context.Context, cursor int64) error
}

// PendingPlacer is a Resumer that reads what to place from the store itself (in batches, one
// transaction each): the pipeline then hands it no records, so each is read and decoded once.
type PendingPlacer interface {
	Resumer
	// PlacePending places every placeable version after the cursor and returns how many.
	PlacePending(ctx context.Context) (int, error)
}

// Primer is a Placer that takes the records this process has just stored with the analysis
// it made (tokens included, which the store does not keep), so that placing them in this
// process does not remake what the analysis made. Records placed elsewhere need no priming.
type Primer interface {
	Prime(r *store.Record)
}

// Preparer is a Primer that makes, from an article and its analysis alone, part of what
// placing it will need (work that reads no placement state). Run calls Prepare in its
// analysis goroutines, in parallel, instead of leaving that work to the serial placement,
// and hands what it made to PrimePrepared with the record stored.
type Preparer interface {
	Primer
	Prepare(a *article.Article, an *article.Analysis) any
	PrimePrepared(r *store.Record, prepared any)
}

// Engine wires the stages.
type Engine struct {
	Store    store.Store
	Analyzer *analyze.Analyzer
	Ingest   ingest.Options
	Placer   Placer // may be nil
	Workers  int    // analysis goroutines; 0 = GOMAXPROCS
	// Batch is how many analysed articles go into one store transaction (0 = 64). A crash
	// loses at most the open batch, which a re-run stores again.
	Batch int
	// PlaceEvery is how many stored versions a Resumer's placement session waits for (0 =
	// DefaultPlaceEvery).
	PlaceEvery int
}

// DefaultPlaceEvery is PlaceEvery's default. Each placement transaction writes again every
// page of the placement tables its batch touched (place_terms' counts above all), so fewer,
// larger sessions cost less: 500 against 200 cut the commits' CPU by a fifth on the
// trends-de stream, with the same stories. The placer's default batch holds one session.
const DefaultPlaceEvery = 500

// Progress is called after each item with the running counts.
type Progress func(s Stats, it ingest.Item)

func (e *Engine) workers() int {
	if e.Workers > 0 {
		return e.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func (e *Engine) placeEvery() int {
	if e.PlaceEvery > 0 {
		return e.PlaceEvery
	}
	return DefaultPlaceEvery
}

func (e *Engine) batch() int {
	if e.Batch > 0 {
		return e.Batch
	}
	return 64
}

// job is one item on its way through Run.
type job struct {
	it      ingest.Item
	hash    string
	recheck bool // an earlier item of this run with the same id or URL is not stored yet
	known   bool // the store has this content: no analysis needed
	an      *article.Analysis
	prep    any // what a Preparer made of an, or nil
	enc     any // what a store.Encoder made of the item, or nil
	done    chan struct{}
}

// inflight counts the ids and URLs of items read but not stored yet. The store's answer to
// "is this content known?" is exact only when no earlier item of the run may still change
// the same article.
type inflight struct {
	mu sync.Mutex
	n  map[string]int
}

func keys(a *article.Article) []string {
	k := []string{"id\x00" + a.ID}
	if a.URL != "" {
		k = append(k, "url\x00"+a.URL)
	}
	return k
}

func (f *inflight) add(a *article.Article) (busy bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, k := range keys(a) {
		busy = busy || f.n[k] > 0
		f.n[k]++
	}
	return busy
}

func (f *inflight) remove(a *article.Article) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, k := range keys(a) {
		if f.n[k]--; f.n[k] <= 0 {
			delete(f.n, k)
		}
	}
}

// Run ingests every source in this process. Items are checked against the store and, when
// new, analysed concurrently, then stored (in batches) and placed strictly in the order the
// sources yield them, so the result does not depend on timing. A failing item is counted
// and reported; the others go on.
func (e *Engine) Run(ctx context.Context, sources []string, progress Progress) (Stats, []Failure, error) {
	workers := e.workers()
	// A core is a slot an analysis goroutine holds while it prepares one item, and a
	// placement session holds one for its whole length: the serial placer, the critical
	// path, then has a core of its own instead of sharing two among three goroutines, and
	// the other cores go on analysing.
	cores := make(chan struct{}, workers)
	r := &run{e: e, progress: progress, fl: &inflight{n: map[string]int{}}, cores: cores}
	jobs := make(chan *job, workers*4)
	// The ordered end waits while a placement session runs (PlaceEvery stored versions at a
	// time, serial by design): the reader and the analysis goroutines go on meanwhile, so
	// the queue holds a whole session's worth of items and the cores are not idle then.
	ordered := make(chan *job, workers*16+e.placeEvery())
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				cores <- struct{}{}
				e.prepare(ctx, j)
				<-cores
				close(j.done)
			}
		}()
	}
	var feedErr error
	go func() {
		defer close(jobs)
		defer close(ordered)
		feedErr = e.feed(ctx, sources, func(it ingest.Item) error {
			j := &job{it: it, done: make(chan struct{})}
			if it.Err == nil && it.Article != nil {
				j.hash = it.Article.ContentHash()
				j.recheck = r.fl.add(it.Article)
			}
			for _, ch := range []chan *job{ordered, jobs} {
				select {
				case ch <- j:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}()
	for j := range ordered {
		select {
		case <-j.done:
		default:
			// Store what is ready before waiting for analysis.
			r.flush(ctx)
			<-j.done
		}
		r.take(ctx, j)
	}
	r.flush(ctx)
	wg.Wait()
	if r.err == nil {
		r.err = feedErr
	}
	if r.err == nil {
		r.err = e.placeEnd(ctx)
	}
	return r.st, r.fails, r.err
}

// feed reads every source and hands each item to fn; a source that cannot be opened at all
// is one failed item.
func (e *Engine) feed(ctx context.Context, sources []string, fn func(ingest.Item) error) error {
	for _, src := range sources {
		err := ingest.Read(ctx, src, e.Ingest, fn)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err := fn(ingest.Item{Name: src, Err: err}); err != nil {
				return err
			}
		}
	}
	return nil
}

// prepare asks the store whether the item's content is known and analyses it when not.
func (e *Engine) prepare(ctx context.Context, j *job) {
	a := j.it.Article
	if j.it.Err != nil || a == nil {
		return
	}
	if j.recheck {
		return // decided in order, once the items before it are stored
	}
	known, err := e.Store.Known(ctx, a.ID, a.URL, j.hash)
	if err != nil {
		j.it.Err = err
		return
	}
	if known {
		j.known = true
		return
	}
	j.an, j.it.Err = e.analyze(a)
	if pr, ok := e.Placer.(Preparer); ok && j.it.Err == nil {
		j.prep = e.prepareForPlacement(pr, a, j.an)
	}
	if enc, ok := e.Store.(store.Encoder); ok && j.it.Err == nil {
		// Serialising for the store here, in parallel, spares the ordered end, which
		// stores and places one item after another. A failure is left to PutBatch,
		// which encodes again and reports it.
		j.enc, _ = enc.Encode(store.Item{Article: a, Analysis: j.an, Hash: j.hash})
	}
}

// prepareForPlacement runs a Preparer; a panic there only means nothing is prepared (the
// placement then makes the same itself, and reports what goes wrong).
func (e *Engine) prepareForPlacement(pr Preparer, a *article.Article, an *article.Analysis) (prep any) {
	defer func() {
		if recover() != nil {
			prep = nil
		}
	}()
	return pr.Prepare(a, an)
}

// run is the ordered end of Run: batches analysed items into the store and places them.
type run struct {
	e        *Engine
	progress Progress
	fl       *inflight
	st       Stats
	fails    []Failure
	batch    []*job
	unplaced int // versions stored since the last placement session
	cores    chan struct{}
	err      error
}

func (r *run) fail(j *job, err error) {
	r.st.Failed++
	r.fails = append(r.fails, Failure{Name: j.it.Name, Err: err})
}

func (r *run) done(j *job) {
	if j.it.Article != nil && j.it.Err == nil {
		r.fl.remove(j.it.Article)
	}
	if r.progress != nil {
		r.progress(r.st, j.it)
	}
}

func (r *run) take(ctx context.Context, j *job) {
	if r.err != nil {
		return
	}
	r.st.Read++
	switch {
	case j.it.Err != nil || j.it.Article == nil:
		err := j.it.Err
		if err == nil {
			err = errors.New("no article")
		}
		if j.it.Article != nil {
			r.fl.remove(j.it.Article)
			j.it.Article = nil
		}
		r.fail(j, err)
		r.done(j)
	case j.recheck:
		// An item before it in this run has the same id or URL: now that those are stored,
		// the store's answer is exact.
		r.flush(ctx)
		a := j.it.Article
		known, err := r.e.Store.Known(ctx, a.ID, a.URL, j.hash)
		if err == nil && !known {
			j.an, err = r.e.analyze(a)
		}
		j.recheck, j.known = false, known
		if err != nil {
			j.it.Err = err
		}
		r.st.Read--
		r.take(ctx, j)
	case j.known:
		r.st.Unchanged++
		r.done(j)
	default:
		r.batch = append(r.batch, j)
		if len(r.batch) >= r.e.batch() {
			r.flush(ctx)
		}
	}
}

// flush stores the open batch in one transaction (or, when that fails, item by item so
// that one bad item fails alone) and places what was stored.
func (r *run) flush(ctx context.Context) {
	if len(r.batch) == 0 || r.err != nil {
		return
	}
	items := make([]store.Item, len(r.batch))
	for i, j := range r.batch {
		items[i] = store.Item{Article: j.it.Article, Analysis: j.an, Hash: j.hash, Encoded: j.enc}
		j.enc = nil
	}
	results, err := r.e.Store.PutBatch(ctx, items)
	if err != nil && len(items) > 1 && ctx.Err() == nil {
		results = make([]store.Result, len(items))
		for i := range items {
			results[i].Outcome, results[i].Record, err = r.e.Store.Put(ctx, items[i].Article, items[i].Analysis)
			if err != nil {
				results[i].Outcome = -1
				r.fail(r.batch[i], err)
				err = nil
			}
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			r.err = ctx.Err()
			return
		}
		r.fail(r.batch[0], err)
		results = []store.Result{{Outcome: -1}}
	}
	for i, res := range results {
		j := r.batch[i]
		switch res.Outcome {
		case store.Unchanged:
			r.st.Unchanged++
		case store.New:
			r.st.New++
		case store.Updated:
			r.st.Updated++
		}
		if res.Record != nil && r.err == nil {
			if pr, ok := r.e.Placer.(Preparer); ok && j.prep != nil {
				pr.PrimePrepared(res.Record, j.prep)
			} else if pr, ok := r.e.Placer.(Primer); ok {
				pr.Prime(res.Record)
			}
			j.prep = nil
			if err := r.e.placeStored(ctx, res.Record, &r.unplaced, r.cores); err != nil {
				if ctx.Err() != nil {
					r.err = ctx.Err()
				} else {
					r.fail(j, fmt.Errorf("stored, but could not be linked and clustered: %w", err))
				}
			}
		}
		r.done(j)
	}
	r.batch = r.batch[:0]
}

// placeStored places a record this process just stored: directly for a plain Placer, and
// through a placement session every PlaceEvery versions for a Resumer (which places from
// the store whatever any process stored).
func (e *Engine) placeStored(ctx context.Context, rec *store.Record, unplaced *int, cores chan struct{}) error {
	switch p := e.Placer.(type) {
	case nil:
		return nil
	case Resumer:
		*unplaced++
		if *unplaced < e.placeEvery() {
			return nil
		}
		select {
		case cores <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		ran, err := e.Store.TryPlacementLock(ctx, e.placeLocked)
		<-cores
		if ran {
			*unplaced = 0
		}
		return err
	default:
		return p.Place(ctx, rec)
	}
}

// placeEnd finishes placement at the end of a run.
func (e *Engine) placeEnd(ctx context.Context) error {
	switch p := e.Placer.(type) {
	case nil:
		return nil
	case Resumer:
		return e.Place(ctx)
	case interface{ Flush(context.Context) error }:
		if err := p.Flush(ctx); err != nil {
			return fmt.Errorf("save linking and clustering state: %w", err)
		}
	}
	return nil
}

// Place waits for the placement lock, then stores the analysed jobs of a queue in job order
// and places everything placeable.
func (e *Engine) Place(ctx context.Context) error {
	return e.Store.WithPlacementLock(ctx, e.placeLocked)
}

// primeStored hands the placer the records a commit of queued jobs stored, each with the
// analysis and preparation this worker made of it in its analysis goroutines when it did
// (local). A stored analysis has no tokens: without them the serial placer would segment
// the text again and make what Prepare makes, as it must for another worker's jobs.
func (e *Engine) primeStored(recs []*store.Record, local *localAnalyses) {
	pr, ok := e.Placer.(Preparer)
	if !ok || local == nil {
		return
	}
	for _, r := range recs {
		l, ok := local.take(r.Seq)
		if !ok || r.Analysis == nil || len(r.Analysis.Tokens) > 0 || r.Hash != l.hash {
			continue // re-analysed while committed, or not this worker's
		}
		r.Analysis = l.an
		pr.PrimePrepared(r, l.prep)
	}
}

// localAnalyses are a worker's analyses of the jobs it claimed, by job Seq (the Seq its
// version is stored under), until it commits them or another worker does.
type localAnalyses struct {
	mu sync.Mutex
	m  map[int64]localAnalysis
}

type localAnalysis struct {
	hash string // the article's content hash
	an   *article.Analysis
	prep any // what the Preparer made of an, or nil
}

// maxLocal bounds localAnalyses: the jobs another worker commits are never taken.
const maxLocal = 4096

func (l *localAnalyses) put(seq int64, a localAnalysis) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.m == nil || len(l.m) >= maxLocal {
		l.m = map[int64]localAnalysis{}
	}
	l.m[seq] = a
}

func (l *localAnalyses) take(seq int64) (localAnalysis, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	a, ok := l.m[seq]
	delete(l.m, seq)
	return a, ok
}

// placeSession is how many records one Placeable call reads.
const placeSession = 256

// placeLocked runs with the placement lock held.
func (e *Engine) placeLocked(ctx context.Context) error { return e.placeLockedWith(ctx, nil) }

// placeLockedWith is placeLocked for a worker, which hands the placer the analyses it made
// itself of the jobs it commits (local; may be nil).
func (e *Engine) placeLockedWith(ctx context.Context, local *localAnalyses) error {
	if q, ok := e.Store.(store.Queue); ok {
		for {
			var stored []*store.Record
			n, err := q.Commit(ctx, placeSession, e.analyze, func(r *store.Record) { stored = append(stored, r) })
			if err != nil {
				return err
			}
			e.primeStored(stored, local)
			if n == 0 {
				break
			}
		}
	}
	p, ok := e.Placer.(Resumer)
	if !ok {
		return nil
	}
	placed, err := p.Placed(ctx)
	if err != nil {
		return err
	}
	if next, err := e.Store.Placeable(ctx, placed, 1); err != nil || len(next) == 0 {
		return err
	}
	cursor, err := p.Resume(ctx)
	if err != nil {
		return fmt.Errorf("resume placement: %w", err)
	}
	start := cursor
	if pp, ok := p.(PendingPlacer); ok {
		if _, err := pp.PlacePending(ctx); err != nil {
			return fmt.Errorf("place: %w", err)
		}
		if cursor, err = p.Placed(ctx); err != nil {
			return err
		}
	} else {
		for {
			recs, err := e.Store.Placeable(ctx, cursor, placeSession)
			if err != nil {
				return err
			}
			for _, r := range recs {
				if err := p.Place(ctx, r); err != nil {
					return fmt.Errorf("place %s: %w", r.Article.ID, err)
				}
				cursor = r.Seq
			}
			if len(recs) < placeSession {
				break
			}
		}
	}
	if cursor != start {
		if f, ok := p.(interface{ Flush(context.Context) error }); ok {
			if err := f.Flush(ctx); err != nil {
				return fmt.Errorf("save linking and clustering state: %w", err)
			}
		}
	}
	if cursor == placed {
		return nil
	}
	return p.Save(ctx, cursor)
}

// analyze turns a panic in an extractor into an error for this one item: a bug triggered by
// one odd article must not stop the batch or lose what is already stored.
func (e *Engine) analyze(a *article.Article) (an *article.Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			an, err = nil, fmt.Errorf("analysis failed (a bug, please report it with this article): %v", r)
		}
	}()
	return e.Analyzer.Analyze(a), nil
}
