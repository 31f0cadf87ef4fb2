package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/internal/files"
	"crosscheck/internal/gnad"
	"crosscheck/store"
	"crosscheck/store/postgres"
	"crosscheck/store/sqlite"
	"crosscheck/store/storetest"
)

// benchSizes are the store sizes Get and Put are measured at.
var benchSizes = []int{1_000, 10_000, 100_000}

// rows makes article i of a generated stream: a 10kGNAD text (with its real analysis) made
// distinct by a suffix, under its own id and URL.
type rows struct {
	texts []string
	ans   []*article.Analysis
}

var (
	rowsOnce sync.Once
	rowsData rows
)

func benchRows(b *testing.B) rows {
	texts := gnad.Texts(b, 0)
	rowsOnce.Do(func() {
		an := app.Analyzer(app.Registry())
		rowsData.texts = texts
		for _, t := range texts {
			rowsData.ans = append(rowsData.ans, an.Analyze(&article.Article{Language: "de", Text: t}))
		}
	})
	return rowsData
}

func (r rows) item(i int) store.Item {
	k := i % len(r.texts)
	return store.Item{
		Article: &article.Article{ID: fmt.Sprintf("gen-%07d", i), URL: fmt.Sprintf("https://example.org/gen/%d", i),
			Language: "de", Title: fmt.Sprintf("Artikel %d", i), Text: r.texts[k] + fmt.Sprintf(" (Fassung %d)", i/len(r.texts))},
		Analysis: r.ans[k],
	}
}

// fill puts articles [from, to) in batches.
func fill(b *testing.B, s store.Store, r rows, from, to int) {
	ctx := context.Background()
	const batch = 500
	for i := from; i < to; i += batch {
		var items []store.Item
		for j := i; j < min(to, i+batch); j++ {
			items = append(items, r.item(j))
		}
		if _, err := s.PutBatch(ctx, items); err != nil {
			b.Fatal(err)
		}
	}
}

// cachedSQLite returns a copy of an SQLite store with n generated rows. The filled file is
// kept in the temp folder between runs (filling 100k rows takes a minute), the copy is the
// benchmark's own.
func cachedSQLite(b *testing.B, r rows, n int) *sqlite.Store {
	ctx := context.Background()
	dir := filepath.Join(os.TempDir(), "crosscheck-bench")
	cache := filepath.Join(dir, fmt.Sprintf("rows-%d-v2.db", n))
	if _, err := os.Stat(cache); err != nil {
		tmp := cache + ".filling"
		os.Remove(tmp)
		s, err := sqlite.Open(ctx, tmp)
		if err != nil {
			b.Fatal(err)
		}
		fill(b, s, r, 0, n)
		if _, err := s.DB().ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
			b.Fatal(err)
		}
		s.Close()
		if err := os.Rename(tmp, cache); err != nil {
			b.Fatal(err)
		}
	}
	path := filepath.Join(b.TempDir(), "x.db")
	if err := files.Copy(cache, path); err != nil {
		b.Fatal(err)
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// postgresWith returns a PostgreSQL store (a fresh schema) with n generated rows.
func postgresWith(b *testing.B, r rows, n int) *postgres.Store {
	s, err := postgres.Open(context.Background(), storetest.PostgresURL(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	fill(b, s, r, 0, n)
	return s
}

type opener struct {
	name string
	open func(b *testing.B, r rows, n int) store.Store
}

func openers() []opener {
	return []opener{
		{"sqlite", func(b *testing.B, r rows, n int) store.Store { return cachedSQLite(b, r, n) }},
		{"postgres", func(b *testing.B, r rows, n int) store.Store {
			if n > 10_000 && os.Getenv("CROSSCHECK_BENCH_PG_LARGE") == "" {
				b.Skip("PostgreSQL at 100k rows fills for minutes: set CROSSCHECK_BENCH_PG_LARGE=1")
			}
			return postgresWith(b, r, n)
		}},
	}
}

// eachStore runs bench for every store kind and size, on a store filled with n rows.
func eachStore(b *testing.B, bench func(b *testing.B, r rows, s store.Store, n int)) {
	for _, o := range openers() {
		for _, n := range benchSizes {
			b.Run(fmt.Sprintf("%s/rows=%d", o.name, n), func(b *testing.B) {
				r := benchRows(b)
				s := o.open(b, r, n)
				b.ReportAllocs()
				b.ResetTimer()
				bench(b, r, s, n)
			})
		}
	}
}

// BenchmarkGet reads the latest version of random articles by id from stores of 1k, 10k
// and 100k articles: the time per Get should not grow with the store.
func BenchmarkGet(b *testing.B) {
	eachStore(b, func(b *testing.B, r rows, s store.Store, n int) {
		ctx := context.Background()
		rng := rand.New(rand.NewPCG(1, 1))
		for range b.N {
			id := fmt.Sprintf("gen-%07d", rng.IntN(n))
			if _, err := s.Get(ctx, id); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPut stores new articles (one transaction each, as a lone Put does) into stores
// of 1k, 10k and 100k articles.
func BenchmarkPut(b *testing.B) {
	eachStore(b, func(b *testing.B, r rows, s store.Store, n int) {
		ctx := context.Background()
		for i := range b.N {
			it := r.item(n + i)
			if o, _, err := s.Put(ctx, it.Article, it.Analysis); err != nil || o != store.New {
				b.Fatal(o, err)
			}
		}
	})
}

// BenchmarkPutBatch stores new articles 64 to a transaction, as ingest does.
func BenchmarkPutBatch(b *testing.B) {
	eachStore(b, func(b *testing.B, r rows, s store.Store, n int) {
		ctx := context.Background()
		for i := 0; i < b.N; i += 64 {
			var items []store.Item
			for j := i; j < min(b.N, i+64); j++ {
				items = append(items, r.item(n+j))
			}
			if _, err := s.PutBatch(ctx, items); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkKnown asks whether an article's content is stored (what re-ingest does per
// item instead of analysing it).
func BenchmarkKnown(b *testing.B) {
	eachStore(b, func(b *testing.B, r rows, s store.Store, n int) {
		ctx := context.Background()
		rng := rand.New(rand.NewPCG(1, 1))
		hashes := map[int]string{}
		for range b.N {
			i := rng.IntN(n)
			a := r.item(i).Article
			h, ok := hashes[i]
			if !ok {
				h = a.ContentHash()
				hashes[i] = h
			}
			if known, err := s.Known(ctx, a.ID, a.URL, h); err != nil || !known {
				b.Fatal(known, err)
			}
		}
	})
}
