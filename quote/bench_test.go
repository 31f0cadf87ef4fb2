package quote

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/internal/testenv"
)

// gnad reads up to n article texts of 10kGNAD (`category;'text'` lines).
func gnad(tb testing.TB, n int) []string {
	tb.Helper()
	f, err := os.Open(testenv.SharedFile(tb, "eval/10kgnad/test.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	var out []string
	for sc.Scan() && len(out) < n {
		_, text, ok := strings.Cut(sc.Text(), ";")
		if !ok {
			continue
		}
		text = strings.TrimSuffix(strings.TrimPrefix(text, "'"), "'")
		out = append(out, text)
	}
	return out
}

// BenchmarkExtract measures quote extraction alone (segmentation and entities done beforehand)
// on real news text.
func BenchmarkExtract(b *testing.B) {
	texts := gnad(b, 200)
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
