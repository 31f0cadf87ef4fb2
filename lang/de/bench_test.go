package de

import (
	"testing"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/internal/gnad"
)

// gnad reads the 10kGNAD test articles (`category;'text'` lines).
func gnadTexts(tb testing.TB) []string {
	tb.Helper()
	return gnad.Texts(tb, 0)
}

// BenchmarkAnalyze splits and tokenises every 10kGNAD test article once per iteration.
func BenchmarkAnalyze(b *testing.B) {
	arts := gnadTexts(b)
	size := 0
	for _, a := range arts {
		size += len(a)
	}
	p := New()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			_ = p.Sentences(a)
			_ = p.Tokens(a)
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(arts)*b.N)/secs, "articles/s")
	b.ReportMetric(float64(size*b.N)/secs/1e6, "MB/s")
}

// BenchmarkSentences measures the splitter alone.
func BenchmarkSentences(b *testing.B) {
	arts := gnadTexts(b)
	p := New()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			_ = p.Sentences(a)
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestGNADInvariants runs both stages over real articles and checks spans and offsets.
func TestGNADInvariants(t *testing.T) {
	arts := gnadTexts(t)
	p := New()
	sents := 0
	for _, a := range arts {
		ss := p.Sentences(a)
		sents += len(ss)
		checkSpans(t, a, ss)
		checkTokens(t, a, p.Tokens(a))
	}
	if per := float64(sents) / float64(len(arts)); per < 5 || per > 60 {
		t.Errorf("%.1f sentences per article is implausible", per)
	}
}

func checkSpans(t *testing.T, text string, spans []article.Span) {
	t.Helper()
	n := utf8.RuneCountInString(text)
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > n {
			t.Fatalf("bad span %+v (prev end %d, len %d) in %q", s, prev, n, text)
		}
		prev = s.End
	}
}

func checkTokens(t *testing.T, text string, toks []article.Token) {
	t.Helper()
	rs := []rune(text)
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(rs) {
			t.Fatalf("bad token %+v (prev end %d) in %q", tk, prev, text)
		}
		if string(rs[tk.Start:tk.End]) != tk.Text {
			t.Fatalf("token %q at %d-%d does not match text %q", tk.Text, tk.Start, tk.End, string(rs[tk.Start:tk.End]))
		}
		prev = tk.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"„A. B“, sagte X. Dann.", "Am 3. Nov. 2024 z. B. um 8.15 Uhr.", "X.. «a» ‚b‘ “c” \"d\" …", "\n\n.", "Dr.", "\xff\xfe. A", "der SA. Die XVI. Er"} {
		f.Add(s)
	}
	p := New()
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, p.Sentences(s))
	})
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"NATO-Generalsekretär 11.000 z. B. www.x.de a@b.de", "2024-11-14 Ein- und", "\xff\xfe‐x’y", "U.S. e.g. AT&T", "Kolleg:innen Autor/in x*in", "der SA. Die"} {
		f.Add(s)
	}
	p := New()
	f.Fuzz(func(t *testing.T, s string) {
		toks := p.Tokens(s)
		if !utf8.ValidString(s) {
			return // offsets count code points; invalid bytes still must not panic
		}
		checkTokens(t, s, toks)
	})
}
