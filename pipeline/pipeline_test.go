package pipeline_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"crosscheck/app"
	"crosscheck/internal/testenv"
	"crosscheck/pipeline"
	"crosscheck/store"
	"crosscheck/store/sqlite"
	"crosscheck/store/storetest"
)

// window is the labelled trends-de window: 239 real items, some sharing a URL.
func window(t *testing.T) string {
	return testenv.SharedFile(t, "eval/trends-de/window-2024-09-01..10.jsonl")
}

func engine(t testing.TB, db string) (*pipeline.Engine, store.Store) {
	t.Helper()
	ctx := context.Background()
	s, err := app.OpenStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	e, err := app.Engine(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	return e, s
}

func storiesJSON(t *testing.T, s store.Store) string {
	t.Helper()
	st, err := app.Stories(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.MarshalIndent(st, "", " ")
	return string(b)
}

// oneProcess ingests the window into a new SQLite file in one process, the reference every
// way of sharing the work must match.
func oneProcess(t *testing.T, sources ...string) (pipeline.Stats, string) {
	e, s := engine(t, filepath.Join(t.TempDir(), "one.db"))
	st, fails, err := e.Run(context.Background(), sources, nil)
	if err != nil || len(fails) > 0 {
		t.Fatalf("one process: %v %v", err, fails)
	}
	return st, storiesJSON(t, s)
}

// TestReingestAnalysesNothing: the second ingest of the same stream finds every item's
// content stored before analysing it, and changes nothing.
func TestReingestAnalysesNothing(t *testing.T) {
	src := window(t)
	e, s := engine(t, filepath.Join(t.TempDir(), "x.db"))
	ctx := context.Background()
	if _, _, err := e.Run(ctx, []string{src}, nil); err != nil {
		t.Fatal(err)
	}
	before := storiesJSON(t, s)
	e.Analyzer = nil // any analysis now would panic, and fail the item
	st, fails, err := e.Run(ctx, []string{src}, nil)
	if err != nil || len(fails) > 0 || st.Unchanged != st.Read || st.Read != 239 {
		t.Fatalf("re-ingest: %+v %v %v", st, fails, err)
	}
	if storiesJSON(t, s) != before {
		t.Fatal("re-ingest changed the stories")
	}
}

// TestBackgroundPlacementSameStories: placement sessions as often as possible (after every
// stored version) give the stories of placing everything once at the end, so how far
// placement lags behind storing never changes a decision.
func TestBackgroundPlacementSameStories(t *testing.T) {
	src := window(t)
	var got []string
	for _, every := range []int{1, 1 << 30} {
		e, s := engine(t, filepath.Join(t.TempDir(), "x.db"))
		e.PlaceEvery = every
		if _, fails, err := e.Run(context.Background(), []string{src}, nil); err != nil || len(fails) > 0 {
			t.Fatalf("every %d: %v %v", every, err, fails)
		}
		got = append(got, storiesJSON(t, s))
	}
	if got[0] != got[1] {
		t.Errorf("placing after every stored version differs from placing at the end:\n%s", firstDiff(got[0], got[1]))
	}
}

// TestTwoProcessesOneSQLiteFile runs two ingests at once on one file through separate
// stores (separate connections and placement-lock handles, as two processes have), each
// with half of the stream: every article is stored, none fails with SQLITE_BUSY, and every
// stored article is placed in an event.
func TestTwoProcessesOneSQLiteFile(t *testing.T) {
	src := window(t)
	dir := t.TempDir()
	halves, err := splitJSONL(src, dir, 2)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "shared.db")
	ctx := context.Background()
	var wg sync.WaitGroup
	stats := make([]pipeline.Stats, 2)
	for i := range 2 {
		e, _ := engine(t, db)
		e.PlaceEvery = 16 // take turns placing often
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, fails, err := e.Run(ctx, []string{halves[i]}, nil)
			if err != nil || len(fails) > 0 {
				t.Errorf("process %d: %v %v", i, err, fails)
			}
			stats[i] = st
		}()
	}
	wg.Wait()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, _ := s.Count(ctx)
	if want, _ := oneProcess(t, src); n != want.New {
		t.Fatalf("%d articles stored, one process stores %d (runs: %+v)", n, want.New, stats)
	}
	if v, err := s.IntegrityCheck(ctx); err != nil || v != "ok" {
		t.Fatalf("integrity: %s %v", v, err)
	}
	st, err := app.Stories(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	placed := map[string]bool{}
	for _, ev := range st.Events {
		for _, id := range ev.Articles {
			placed[id] = true
		}
	}
	s.List(ctx, func(m store.Meta) error {
		if !placed[m.ID] {
			t.Errorf("article %s is in no event", m.ID)
		}
		return nil
	})
}

// queuedWindow queues the window in a PostgreSQL database and returns its URL, an engine on
// it, what was queued, and the stories one SQLite process makes of the same items.
func queuedWindow(t *testing.T) (url string, e *pipeline.Engine, s store.Store, enq pipeline.Enqueued, want string) {
	url = storetest.PostgresURL(t)
	src := window(t)
	_, want = oneProcess(t, src)
	e, s = engine(t, url)
	enq, err := e.Enqueue(context.Background(), []string{src}, nil)
	if err != nil || enq.Jobs != 239 {
		t.Fatalf("enqueue: %+v %v", enq, err)
	}
	return url, e, s, enq, want
}

// TestThreeWorkersMatchOneProcess queues the window in PostgreSQL and lets three workers
// (each with its own connections, as separate processes have) analyse, store and place it:
// the events, storylines and derivations equal one SQLite process ingesting the same items
// in the same order.
func TestThreeWorkersMatchOneProcess(t *testing.T) {
	ctx := context.Background()
	url, _, s, enq, want := queuedWindow(t)
	var wg sync.WaitGroup
	claimed := make([]int, 3)
	for i := range 3 {
		w, _ := engine(t, url)
		w.Workers = 1
		wg.Add(1)
		go func() {
			defer wg.Done()
			ws, err := w.Work(ctx, w.QueueDone(enq.First, enq.Last), nil)
			if err != nil {
				t.Errorf("worker %d: %v", i, err)
			}
			claimed[i] = ws.Claimed
		}()
	}
	wg.Wait()
	t.Logf("jobs claimed by each worker: %v", claimed)
	st, fails, err := pipeline.JobStats(ctx, s, enq.First, enq.Last)
	if err != nil || len(fails) > 0 || st.New != 233 || st.Updated != 3 || st.Unchanged != 3 {
		t.Fatalf("jobs: %+v %v %v", st, fails, err)
	}
	if got := storiesJSON(t, s); got != want {
		t.Errorf("three workers on PostgreSQL differ from one SQLite process:\n%s", firstDiff(got, want))
	}
}

func firstDiff(a, b string) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			lo := max(0, i-200)
			return "got:  …" + a[lo:min(len(a), i+200)] + "\nwant: …" + b[lo:min(len(b), i+200)]
		}
	}
	return "one is a prefix of the other"
}

// unprepared hides a placer's Preparer: placement then makes everything itself.
type unprepared struct{ pipeline.PendingPlacer }

func (u unprepared) Prime(r *store.Record) { u.PendingPlacer.(pipeline.Primer).Prime(r) }

// TestPreparedPlacementSameStories: what the analysis goroutines prepare for placement
// (pipeline.Preparer) gives the stories the placement makes without it.
func TestPreparedPlacementSameStories(t *testing.T) {
	src := window(t)
	var got []string
	for _, prepare := range []bool{true, false} {
		e, s := engine(t, filepath.Join(t.TempDir(), "x.db"))
		if _, ok := e.Placer.(pipeline.Preparer); !ok {
			t.Fatal("the placement stage prepares nothing: the test shows nothing")
		}
		if !prepare {
			e.Placer = unprepared{e.Placer.(pipeline.PendingPlacer)}
		}
		if _, fails, err := e.Run(context.Background(), []string{src}, nil); err != nil || len(fails) > 0 {
			t.Fatalf("prepare %v: %v %v", prepare, err, fails)
		}
		got = append(got, storiesJSON(t, s))
	}
	if got[0] != got[1] {
		t.Errorf("prepared placement differs:\n%s", firstDiff(got[0], got[1]))
	}
}

// overlapStore watches a worker: whether it claims again while its placement runs.
type overlapStore struct {
	store.Store
	store.Queue
	claims     atomic.Int64
	overlapped atomic.Bool
}

func (o *overlapStore) Claim(ctx context.Context, n int, fn func([]store.Job) ([]store.Analysed, error)) (int, error) {
	k, err := o.Queue.Claim(ctx, n, fn)
	if k > 0 {
		o.claims.Add(1)
	}
	return k, err
}

// TryPlacementLock waits, while placing, for the worker's next claim (up to 10 s), until it
// has seen one.
func (o *overlapStore) TryPlacementLock(ctx context.Context, fn func(context.Context) error) (bool, error) {
	return o.Store.TryPlacementLock(ctx, func(ctx context.Context) error {
		before := o.claims.Load()
		for deadline := time.Now().Add(10 * time.Second); !o.overlapped.Load() && time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if o.claims.Load() > before {
				o.overlapped.Store(true)
				break
			}
			if st, err := o.Queue.Stats(ctx, 0, 0); err != nil || st.Open == 0 {
				break // nothing left to claim
			}
		}
		return fn(ctx)
	})
}

// TestWorkerClaimsWhilePlacing: a worker's cores go on analysing its next claim while its
// placement runs, and what it stores and places is what one process would.
func TestWorkerClaimsWhilePlacing(t *testing.T) {
	ctx := context.Background()
	_, e, s, enq, want := queuedWindow(t)
	o := &overlapStore{Store: s, Queue: s.(store.Queue)}
	e.Store = o
	if _, err := e.Work(ctx, e.QueueDone(enq.First, enq.Last), nil); err != nil {
		t.Fatal(err)
	}
	if !o.overlapped.Load() {
		t.Error("the worker claimed nothing while its placement ran")
	}
	if got := storiesJSON(t, s); got != want {
		t.Errorf("a worker placing beside its claims differs from one SQLite process:\n%s", firstDiff(got, want))
	}
}
