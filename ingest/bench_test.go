package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/gnad"
)

// gnadTexts reads the 10kGNAD test articles (`category;'text'` lines).
func gnadTexts(tb testing.TB) []string {
	tb.Helper()
	return gnad.Texts(tb, 0)
}

func BenchmarkFromText10kGNAD(b *testing.B) {
	texts := gnadTexts(b)
	var bytes int64
	for _, t := range texts {
		bytes += int64(len(t))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := FromText("x", t); err != nil {
				b.Fatal(err)
			}
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(texts)*b.N)/sec, "articles/s")
	b.ReportMetric(float64(bytes*int64(b.N))/sec/1e6, "MB/s")
	b.ReportMetric(float64(len(texts)), "articles/op")
}

// BenchmarkReadJSONL10kGNAD reads 10kGNAD written as a JSON Lines file, the path a re-ingest
// of unchanged articles spends most of its time on (parsing, cleaning, checks, language).
func BenchmarkReadJSONL10kGNAD(b *testing.B) {
	texts := gnadTexts(b)
	var sb strings.Builder
	for i, t := range texts {
		line, err := json.Marshal(map[string]string{"id": fmt.Sprintf("g%d", i), "text": t})
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(line)
		sb.WriteByte('\n')
	}
	path := filepath.Join(b.TempDir(), "gnad.jsonl")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	detect := func(string) string { return "de" }
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		err := Read(context.Background(), path, Options{Detect: detect}, func(it Item) error {
			if it.Err == nil {
				n++
			}
			return nil
		})
		if err != nil || n != len(texts) {
			b.Fatalf("read %d of %d articles: %v", n, len(texts), err)
		}
	}
	b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestFromText10kGNAD checks the cleanup on real articles: every one yields an article whose
// blocks hold, and the body keeps almost all of its text.
func TestFromText10kGNAD(t *testing.T) {
	texts := gnadTexts(t)
	titles := 0
	for i, s := range texts {
		a, err := FromText("x", s)
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		checkBlocks(t, a)
		if a.Title != "" {
			titles++
		}
		if len(a.Text)*10 < len(strings.TrimSpace(s))*9 {
			t.Errorf("article %d lost more than 10%% of its text: %d -> %d bytes", i, len(s), len(a.Text))
		}
	}
	t.Logf("%d articles, %d with a title", len(texts), titles)
}
