package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/internal/gnad"
	"crosscheck/lang/de"
)

// BenchmarkPut stores 10kGNAD articles with their sentence and token analysis, one
// transaction each, as ingest does.
func BenchmarkPut(b *testing.B) {
	texts := gnad.Texts(b, 0)
	p := de.New()
	type item struct {
		a  *article.Article
		an *article.Analysis
	}
	items := make([]item, len(texts))
	size := 0
	for i, t := range texts {
		a := &article.Article{Language: "de", Text: t}
		an := &article.Analysis{}
		analyze.Segment(a, an, p)
		items[i] = item{a, an}
		size += len(t)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for n := range b.N {
		b.StopTimer()
		s, err := Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", n)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i, it := range items {
			it.a.ID = fmt.Sprintf("a%d", i)
			if _, _, err := s.Put(ctx, it.a, it.an); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(items)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
