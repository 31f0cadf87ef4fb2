package quote

import (
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/internal/gnad"
)

// gnad reads up to n article texts of 10kGNAD (`category;'text'` lines).
func gnadTexts(tb testing.TB, n int) []string {
	tb.Helper()
	return gnad.Texts(tb, n)
}

// BenchmarkExtract measures quote extraction alone (segmentation and entities done beforehand)
// on real news text.
func BenchmarkExtract(b *testing.B) {
	texts := gnadTexts(b, 200)
	type prepared struct {
		a  *article.Article
		an *article.Analysis
	}
	var ps []prepared
	bytes := 0
	for _, t := range texts {
		a := paragraphs("g", t)
		an := &article.Analysis{}
		analyze.Segment(a, an, dePack)
		entities.Extract(a, an, dePack)
		ps = append(ps, prepared{a, an})
		bytes += len(t)
	}
	x := New()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range ps {
			an := *p.an
			an.Quotes = nil
			x.Extract(p.a, &an, dePack)
		}
	}
	sec := b.Elapsed().Seconds()
	if sec > 0 {
		b.ReportMetric(float64(b.N*len(ps))/sec, "articles/s")
		b.ReportMetric(float64(b.N*bytes)/sec/1e6, "MB/s")
	}
}
