package sqlcache_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
	_ "modernc.org/sqlite"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/internal/gnad"
	"crosscheck/link"
	"crosscheck/store"
	"crosscheck/story"
	"crosscheck/story/sqlcache"
)

// The read-path benchmark stores many articles (10kGNAD texts, analysed once and reused
// under new ids), places them in events of 1-4 articles and storylines of 1-3 events, brings
// the cache up to date once, and then times the reads a page makes. The number of articles
// is CROSSCHECK_BENCH_ARTICLES (default 20000; the target is at 100000).

type fakeArticles struct {
	recs map[string]*store.Record
	ids  []string
}

func (f *fakeArticles) Get(ctx context.Context, id string) (*store.Record, error) {
	r, ok := f.recs[id]
	if !ok {
		return nil, fmt.Errorf("fake: %s: %w", id, store.ErrNotFound)
	}
	return r, nil
}

func (f *fakeArticles) Each(ctx context.Context, fn func(*store.Record) error) error {
	for _, id := range f.ids {
		if err := fn(f.recs[id]); err != nil {
			return err
		}
	}
	return nil
}

type fakePlacement struct {
	events []story.Event
	lines  []story.Storyline
	ev, ln map[string]int
}

func (p *fakePlacement) Version(context.Context) (string, error) { return "v1", nil }
func (p *fakePlacement) Event(_ context.Context, id string) (story.Event, error) {
	k, ok := p.ev[id]
	if !ok {
		return story.Event{}, store.ErrNotFound
	}
	return p.events[k], nil
}
func (p *fakePlacement) Storyline(_ context.Context, id string) (story.Storyline, error) {
	k, ok := p.ln[id]
	if !ok {
		return story.Storyline{}, store.ErrNotFound
	}
	return p.lines[k], nil
}
func (p *fakePlacement) Events(context.Context) ([]story.Event, error)         { return p.events, nil }
func (p *fakePlacement) Storylines(context.Context) ([]story.Storyline, error) { return p.lines, nil }
func (p *fakePlacement) Assignments(_ context.Context, ids []string) (map[string]story.Assignment, error) {
	return map[string]story.Assignment{}, nil
}
func (p *fakePlacement) Derivations(context.Context, []string) ([]link.Derivation, error) {
	return nil, nil
}

type corpus struct {
	reader *story.Reader
	ids    []string // story ids
	n      int
	setup  time.Duration
}

var (
	corpora   = map[int]*corpus{}
	corporaMu sync.Mutex
)

func benchSize() int {
	if n, err := strconv.Atoi(os.Getenv("CROSSCHECK_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 20000
}

func load(b *testing.B, n int) *corpus {
	corporaMu.Lock()
	defer corporaMu.Unlock()
	if c, ok := corpora[n]; ok {
		return c
	}
	// The read path does not depend on which texts: 300 real ones, reused under new ids,
	// keep the setup's analysis short.
	texts := gnad.Texts(b, 300)
	start := time.Now()
	reg := app.Registry()
	z := app.Analyzer(reg)
	base := make([]*store.Record, len(texts))
	for i, t := range texts {
		a := &article.Article{ID: "t", Language: "de", Text: t}
		base[i] = &store.Record{Article: a, Analysis: z.Analyze(a)}
	}
	fa := &fakeArticles{recs: map[string]*store.Record{}}
	pl := &fakePlacement{ev: map[string]int{}, ln: map[string]int{}}
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var evArts []string
	var lineEvents []string
	var lineArts []string
	sizes := []int{1, 2, 1, 3, 1, 4, 2, 1}
	for i := 0; i < n; i++ {
		src := base[i%len(base)]
		a := *src.Article
		a.ID = fmt.Sprintf("https://news%02d.example/%06d", i%50, i)
		a.URL = a.ID
		a.Source = fmt.Sprintf("Outlet %02d", i%50)
		a.Published = day.Add(time.Duration(i) * 5 * time.Minute).Format(time.RFC3339)
		fa.recs[a.ID] = &store.Record{Seq: int64(i + 1), Version: 1, Article: &a, Analysis: src.Analysis}
		fa.ids = append(fa.ids, a.ID)
		evArts = append(evArts, a.ID)
		if len(evArts) == sizes[len(pl.events)%len(sizes)] || i == n-1 {
			e := story.Event{ID: fmt.Sprintf("e%d", len(pl.events)+1), Title: story.Title(&a), Articles: evArts, Stamp: "1"}
			e.Storyline = fmt.Sprintf("s%d", len(pl.lines)+1)
			pl.ev[e.ID] = len(pl.events)
			pl.events = append(pl.events, e)
			lineEvents = append(lineEvents, e.ID)
			lineArts = append(lineArts, evArts...)
			evArts = nil
			if len(lineEvents) == 1+len(pl.lines)%3 || i == n-1 {
				l := story.Storyline{ID: e.Storyline, Title: e.Title, Events: lineEvents, Articles: lineArts, Stamp: "1"}
				pl.ln[l.ID] = len(pl.lines)
				pl.lines = append(pl.lines, l)
				lineEvents, lineArts = nil, nil
			}
		}
	}
	dir := b.TempDir()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "bench.db")+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
	if err != nil {
		b.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	c, err := sqlcache.Open(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	r := &story.Reader{B: &story.Builder{Articles: fa, Placement: pl, Packs: reg, Formats: app.Formats()}, Cache: c, All: fa.Each}
	if err := r.Refresh(ctx); err != nil {
		b.Fatal(err)
	}
	cp := &corpus{reader: r, n: n, setup: time.Since(start)}
	for i := 0; i < len(pl.lines); i += max(1, len(pl.lines)/50) {
		cp.ids = append(cp.ids, pl.lines[i].ID)
	}
	corpora[n] = cp
	b.Logf("%d articles, %d events, %d storylines; setup (analysis, indexing, list) %s", n, len(pl.events), len(pl.lines), cp.setup.Round(time.Second))
	return cp
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// threadCPU is the calling thread's CPU time so far; with the goroutine locked to its
// thread it is one read's own work, which other processes on a busy machine do not
// inflate as they do wall-clock latency (the pure-Go SQLite runs on the caller's thread).
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// timed runs one read, returning its wall-clock and thread CPU time.
func timed(fn func()) (wall, cpu time.Duration) {
	c0, t0 := threadCPU(), time.Now()
	fn()
	return time.Since(t0), threadCPU() - c0
}

// report adds latency percentiles, wall-clock and per-read thread CPU, and the process's
// CPU time per read (garbage collection included), to the benchmark's output.
func report(b *testing.B, lat, cpus []time.Duration, cpu time.Duration) {
	b.ReportMetric(float64(cpu)/1e6/float64(len(lat)), "cpu-ms/op")
	pct := func(d []time.Duration, p float64) float64 {
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		return float64(d[int(p*float64(len(d)-1))]) / 1e6
	}
	b.ReportMetric(pct(lat, 0.5), "p50-ms")
	b.ReportMetric(pct(lat, 0.99), "p99-ms")
	b.ReportMetric(pct(cpus, 0.99), "cpu-p99-ms")
}

// BenchmarkStoriesList is one page of the stories list (20 rows, newest first, every fourth
// read filtered by source), paging up to 50 pages deep (10 when filtered).
func BenchmarkStoriesList(b *testing.B) {
	c := load(b, benchSize())
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	cpus := make([]time.Duration, 0, b.N)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		q := story.Query{Limit: 20, Offset: (i % 50) * 20}
		if i%4 == 3 {
			q.Source = fmt.Sprintf("Outlet %02d", i%50)
			q.Offset = (i % 10) * 20
		}
		var p *story.Page
		var err error
		w, u := timed(func() { p, err = c.reader.List(ctx, q) })
		lat, cpus = append(lat, w), append(cpus, u)
		if err != nil || len(p.Stories) == 0 {
			b.Fatalf("list: %v", err)
		}
	}
	report(b, lat, cpus, cpuTime()-cpu0)
}

// BenchmarkStoryPage reads a built story (the page's one read once the model is kept);
// BenchmarkStoryBuild builds one (the first read after placement changed it).
func BenchmarkStoryPage(b *testing.B) {
	c := load(b, benchSize())
	ctx := context.Background()
	for _, id := range c.ids {
		if _, err := c.reader.Story(ctx, id); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	cpus := make([]time.Duration, 0, b.N)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		var err error
		w, u := timed(func() { _, err = c.reader.Story(ctx, c.ids[i%len(c.ids)]) })
		lat, cpus = append(lat, w), append(cpus, u)
		if err != nil {
			b.Fatal(err)
		}
	}
	report(b, lat, cpus, cpuTime()-cpu0)
}

func BenchmarkStoryBuild(b *testing.B) {
	c := load(b, benchSize())
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	cpus := make([]time.Duration, 0, b.N)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		var err error
		w, u := timed(func() { _, err = c.reader.B.Build(ctx, c.ids[i%len(c.ids)]) })
		lat, cpus = append(lat, w), append(cpus, u)
		if err != nil {
			b.Fatal(err)
		}
	}
	report(b, lat, cpus, cpuTime()-cpu0)
}
