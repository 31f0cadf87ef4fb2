package cluster

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"crosscheck/cluster/streamgen"
	"crosscheck/internal/testenv"
)

// BenchmarkAddSynthetic measures placing one article into a store that already holds
// `store` articles of a synthetic stream: the cost per article should stay near constant as
// the store grows. The 1M store runs only with CROSSCHECK_BENCH_1M=1; more sizes can be
// given as CROSSCHECK_BENCH_SIZES=200000,400000. Each store is filled once: the testing
// package calls a benchmark function more than once (first with b.N=1), and later calls
// continue the stream where the earlier ones stopped.
func BenchmarkAddSynthetic(b *testing.B) {
	sizes := []int{10_000, 100_000}
	for _, f := range strings.Split(os.Getenv("CROSSCHECK_BENCH_SIZES"), ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
			sizes = append(sizes, n)
		}
	}
	if os.Getenv("CROSSCHECK_BENCH_1M") != "" {
		sizes = append(sizes, 1_000_000)
	}
	s := streamgen.NewSynth(3)
	for _, size := range sizes {
		var (
			c         *Clusterer
			next      int
			fill      time.Duration
			heapBytes uint64
		)
		b.Run(fmt.Sprintf("store=%d", size), func(b *testing.B) {
			if c == nil {
				c = New(Options{})
				var m0, m1 runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&m0)
				start := time.Now()
				for i := 0; i < size; i++ {
					it := s.Item(i)
					c.Add(Input{ID: it.ID, Article: it.Article, Analysis: it.Analysis, Time: it.Time})
				}
				fill = time.Since(start)
				runtime.GC()
				runtime.ReadMemStats(&m1)
				heapBytes = m1.HeapAlloc - min(m0.HeapAlloc, m1.HeapAlloc)
				next = size
			}
			items := make([]streamgen.SynthItem, b.N)
			for i := range items {
				items[i] = s.Item(next + i)
			}
			next += b.N
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				it := items[i]
				c.Add(Input{ID: it.ID, Article: it.Article, Analysis: it.Analysis, Time: it.Time})
			}
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(size)/fill.Seconds(), "fill-articles/s")
			b.ReportMetric(float64(heapBytes)/float64(size)*100_000/(1<<20), "MB/100k-articles")
		})
	}
}

// BenchmarkAddGNAD measures clustering real text: 10kGNAD articles, analysed beforehand.
func BenchmarkAddGNAD(b *testing.B) {
	docs, err := streamgen.LoadGNAD(testenv.SharedFile(b, "eval/10kgnad/test.csv"), 0)
	if err != nil {
		b.Fatal(err)
	}
	var ins []Input
	for _, d := range docs {
		a, an := makeArticle(d.ID, d.Text)
		ins = append(ins, Input{ID: d.ID, Article: a, Analysis: an})
	}
	b.ReportAllocs()
	b.ResetTimer()
	var c *Clusterer
	done := 0
	for i := 0; i < b.N; i++ {
		// One article per iteration; the corpus starts over in a fresh Clusterer.
		if i%len(ins) == 0 {
			c = New(Options{})
		}
		c.Add(ins[i%len(ins)])
		done += len(ins[i%len(ins)].Article.Text)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(done)/b.Elapsed().Seconds()/1e6, "MB/s")
}
