package ner

import (
	"context"
	"testing"

	"crosscheck/app"
	"crosscheck/internal/testenv"
)

// TestAudits scores the extractor against our annotation of real news (testdata/audit-*.tsv,
// offsets and types only; the texts are read from ../shared). Precision is what a reader
// trusts; coverage is reported beside it.
func TestAudits(t *testing.T) {
	testenv.Shared(t)
	for _, tt := range []struct {
		file         string
		minPrecision float64
		minCoverage  float64
	}{
		{"testdata/audit-news-en.tsv", 0.85, 0.5},
		{"testdata/audit-trends-de.tsv", 0.90, 0.6},
	} {
		rep, err := RunAudit(context.Background(), tt.file, app.Analyzer(app.Registry()), app.IngestOptions())
		if err != nil {
			t.Fatal(err)
		}
		t.Log("\n" + rep.Text())
		if rep.Stale > 0 {
			t.Errorf("%s: %d annotations no longer match the ingested text", tt.file, rep.Stale)
		}
		if rep.Precision < tt.minPrecision || rep.Coverage < tt.minCoverage {
			t.Errorf("%s: precision %.3f, coverage %.3f; want at least %.2f and %.2f", tt.file, rep.Precision, rep.Coverage, tt.minPrecision, tt.minCoverage)
		}
	}
}
