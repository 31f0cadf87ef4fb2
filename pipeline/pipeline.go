// Package pipeline runs the stages in order for a batch of sources: ingest reads articles,
// analyze annotates them, the store keeps them, and the linking and clustering stages place
// each new article. It holds no state of its own beyond what it is given.
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
// for every new or updated article, in arrival order. A Placer that also has a
// Flush(context.Context) error method is flushed at the end of each run.
type Placer interface {
	Place(ctx context.Context, r *store.Record) error
}

// Engine wires the stages.
type Engine struct {
	Store    store.Store
	Analyzer *analyze.Analyzer
	Ingest   ingest.Options
	Placer   Placer // may be nil
	Workers  int    // analysis workers; 0 = GOMAXPROCS
}

// Progress is called after each item with the running counts.
type Progress func(s Stats, it ingest.Item)

// Run ingests every source. Items are analysed concurrently but stored and placed strictly
// in the order the sources yield them, so the result does not depend on timing. A failing
// item is counted and reported; the others go on.
func (e *Engine) Run(ctx context.Context, sources []string, progress Progress) (Stats, []Failure, error) {
	var st Stats
	var fails []Failure
	workers := e.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		it   ingest.Item
		an   *article.Analysis
		done chan struct{}
	}
	jobs := make(chan *job, workers*4)
	ordered := make(chan *job, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.it.Err == nil && j.it.Article != nil {
					j.an, j.it.Err = e.analyze(j.it.Article)
				}
				close(j.done)
			}
		}()
	}
	var feedErr error
	go func() {
		defer close(jobs)
		defer close(ordered)
		for _, src := range sources {
			err := ingest.Read(ctx, src, e.Ingest, func(it ingest.Item) error {
				j := &job{it: it, done: make(chan struct{})}
				select {
				case ordered <- j:
				case <-ctx.Done():
					return ctx.Err()
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					return ctx.Err()
				}
				return nil
			})
			if err != nil {
				if ctx.Err() != nil {
					feedErr = ctx.Err()
					return
				}
				// A source that cannot be opened at all is one failed item.
				j := &job{it: ingest.Item{Name: src, Err: err}, done: make(chan struct{})}
				close(j.done)
				ordered <- j
			}
		}
	}()
	var runErr error
	for j := range ordered {
		<-j.done
		if runErr != nil {
			continue
		}
		st.Read++
		if j.it.Err != nil || j.it.Article == nil {
			err := j.it.Err
			if err == nil {
				err = errors.New("no article")
			}
			st.Failed++
			fails = append(fails, Failure{Name: j.it.Name, Err: err})
		} else if err := e.store(ctx, j.it.Article, j.an, &st); err != nil {
			if ctx.Err() != nil {
				runErr = ctx.Err()
			} else {
				st.Failed++
				fails = append(fails, Failure{Name: j.it.Name, Err: err})
			}
		}
		if progress != nil {
			progress(st, j.it)
		}
	}
	wg.Wait()
	if runErr == nil {
		runErr = feedErr
	}
	if f, ok := e.Placer.(interface{ Flush(context.Context) error }); ok && runErr == nil {
		if err := f.Flush(ctx); err != nil {
			runErr = fmt.Errorf("save linking and clustering state: %w", err)
		}
	}
	return st, fails, runErr
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

func (e *Engine) store(ctx context.Context, a *article.Article, an *article.Analysis, st *Stats) error {
	o, rec, err := e.Store.Put(ctx, a, an)
	if err != nil {
		return err
	}
	switch o {
	case store.Unchanged:
		st.Unchanged++
		return nil
	case store.New:
		st.New++
	case store.Updated:
		st.Updated++
	}
	if e.Placer != nil {
		if err := e.Placer.Place(ctx, rec); err != nil {
			return fmt.Errorf("stored, but could not be linked and clustered: %w", err)
		}
	}
	return nil
}
