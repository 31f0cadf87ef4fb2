package figure

import (
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/internal/gnad"
)

// gnadArticles reads the 10kGNAD test articles (`category;'text'` lines).
func gnadArticles(tb testing.TB, n int) []*article.Article {
	tb.Helper()
	var out []*article.Article
	for _, t := range gnad.Texts(tb, n) {
		out = append(out, &article.Article{ID: "gnad", Language: "de", Text: t})
	}
	return out
}

// BenchmarkExtract measures the figure extractor alone on segmented 10kGNAD articles.
func BenchmarkExtract(b *testing.B) {
	arts := gnadArticles(b, 300)
	ans := make([]*article.Analysis, len(arts))
	bytes := 0
	for i, a := range arts {
		ans[i] = &article.Analysis{}
		analyze.Segment(a, ans[i], dePack)
		bytes += len(a.Text)
	}
	x := New()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, a := range arts {
			ans[k].Figures = ans[k].Figures[:0]
			x.Extract(a, ans[k], dePack)
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(arts))/secs, "articles/s")
	b.ReportMetric(float64(b.N*bytes)/secs/1e6, "MB/s")
}

// TestGnadSanity runs the extractor over real articles: no figure with broken offsets, and the
// share of figures without What stays small.
func TestGnadSanity(t *testing.T) {
	arts := gnadArticles(t, 300)
	total, noWhat := 0, 0
	for _, a := range arts {
		an := &article.Analysis{}
		analyze.Segment(a, an, dePack)
		New().Extract(a, an, dePack)
		r := article.NewRunes(a.Text)
		for _, f := range an.Figures {
			total++
			if f.What == "" {
				noWhat++
			}
			if r.Slice(f.Start, f.End) != f.Text {
				t.Fatalf("offsets of %+v", f)
			}
		}
	}
	if total < 300 {
		t.Errorf("only %d figures in 300 articles", total)
	}
	if float64(noWhat) > 0.35*float64(total) {
		t.Errorf("%d of %d figures without What", noWhat, total)
	}
	t.Logf("%d figures in %d articles, %d without What", total, len(arts), noWhat)
}
