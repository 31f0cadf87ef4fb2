package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"

	"crosscheck/internal/testenv"
	"crosscheck/pipeline"
	"crosscheck/store/storetest"
)

// benchStream is the real German stream (4,927 articles).
func benchStream(b *testing.B) string {
	return testenv.SharedFile(b, "eval/trends-de/stream-2024-04..10.jsonl")
}

// ingestOnce runs one ingest of src into the store at db and returns how many items it read.
type ingester func(b *testing.B, db string, src string) int

func runInProcess(placed bool) ingester {
	return func(b *testing.B, db, src string) int {
		e, _ := engine(b, db)
		if !placed {
			e.Placer = nil
		}
		st, fails, err := e.Run(context.Background(), []string{src}, nil)
		if err != nil || len(fails) > 0 {
			b.Fatalf("ingest: %v %v", err, fails)
		}
		return st.Read
	}
}

// runQueued queues src and lets workers engines (each with its own connections, as
// separate processes have) work on it until it is stored and placed.
func runQueued(workers int, placed bool) ingester {
	return func(b *testing.B, db, src string) int {
		ctx := context.Background()
		e, s := engine(b, db)
		enq, err := e.Enqueue(ctx, []string{src}, nil)
		if err != nil {
			b.Fatal(err)
		}
		var wg sync.WaitGroup
		for range workers {
			w, _ := engine(b, db)
			w.Workers = max(1, runtime.GOMAXPROCS(0)/workers)
			if !placed {
				w.Placer = nil
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := w.Work(ctx, w.QueueDone(enq.First, enq.Last), nil); err != nil {
					b.Error(err)
				}
			}()
		}
		wg.Wait()
		st, fails, err := pipeline.JobStats(ctx, s, enq.First, enq.Last)
		if err != nil || len(fails) > 0 || st.Read != enq.Jobs {
			b.Fatalf("jobs: %+v %v %v", st, fails, err)
		}
		return enq.Read
	}
}

type benchStore struct {
	name string
	db   func(b *testing.B) string
}

func benchStores() []benchStore {
	return []benchStore{
		{"sqlite", func(b *testing.B) string { return filepath.Join(b.TempDir(), "x.db") }},
		{"postgres", func(b *testing.B) string { return storetest.PostgresURL(b) }},
	}
}

// BenchmarkIngest measures end-to-end ingest of the real stream into an empty store:
// parse, check, analyse, store, and (placed) link and cluster. "stored" leaves placement
// out, which is the part after the store.
func BenchmarkIngest(b *testing.B) {
	src := benchStream(b)
	for _, bs := range benchStores() {
		for _, placed := range []bool{false, true} {
			name := bs.name + "/stored"
			if placed {
				name = bs.name + "/placed"
			}
			run := runInProcess(placed)
			if bs.name == "postgres" {
				run = runQueued(2, placed)
				name += "/2workers"
			}
			b.Run(name, func(b *testing.B) {
				n := 0
				cpu := cpuTime()
				for range b.N {
					n += run(b, bs.db(b), src)
				}
				report(b, n, cpu)
			})
		}
	}
}

// BenchmarkReingest measures ingesting the same stream again: every item's content is
// known, so nothing is analysed, stored or placed (placement is left out of the first
// ingest too, which only fills the store).
func BenchmarkReingest(b *testing.B) {
	src := benchStream(b)
	for _, bs := range benchStores() {
		run := runInProcess(false)
		name := bs.name
		if bs.name == "postgres" {
			run = runQueued(2, false)
			name += "/2workers"
		}
		b.Run(name, func(b *testing.B) {
			db := bs.db(b)
			run(b, db, src)
			b.ResetTimer()
			n := 0
			cpu := cpuTime()
			for range b.N {
				n += run(b, db, src)
			}
			report(b, n, cpu)
		})
	}
}

// BenchmarkStoreSize reports what the stream takes on disk in SQLite, per article stored.
func BenchmarkStoreSize(b *testing.B) {
	src := benchStream(b)
	for range b.N {
		dir := b.TempDir()
		db := filepath.Join(dir, "x.db")
		e, s := engine(b, db)
		e.Placer = nil
		if _, _, err := e.Run(context.Background(), []string{src}, nil); err != nil {
			b.Fatal(err)
		}
		n, _ := s.Count(context.Background())
		s.(interface{ Close() error }).Close()
		var size int64
		for _, suffix := range []string{"", "-wal"} {
			if fi, err := os.Stat(db + suffix); err == nil {
				size += fi.Size()
			}
		}
		b.ReportMetric(float64(size)/float64(n), "bytes/article")
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "MB-heap")
	}
}

// cpuTime is the CPU time this process (with its cgo-free SQLite) has used. The machine is
// shared, so wall-clock rates alone say little: CPU per article says what ingest costs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func report(b *testing.B, n int, cpuBefore time.Duration) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64((cpuTime()-cpuBefore).Microseconds())/1000/float64(n), "CPU-ms/article")
}
