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
		// Development sets (the rules were written looking at them): issue 14's targets.
		{"testdata/audit-news-en.tsv", 0.85, 0.70},
		{"testdata/audit-trends-de.tsv", 0.90, 0.75},
		// Second and third development sets (session 21: annotated blind, scored first at
		// 0.884 German, 0.733 English and 0.706 German entertainment; then the rules were
		// fixed on their errors). English coverage is low: companies and surnames without a cue.
		{"testdata/audit-trends-de-dev2.tsv", 0.90, 0.75},
		{"testdata/audit-news-en-dev2.tsv", 0.85, 0.25},
		{"testdata/audit-trends-de-dev3.tsv", 0.90, 0.75},
		// English sports (first scored 0.443): cities and states standing for teams are
		// still places, so its floor is low.
		{"testdata/audit-news-en-dev3.tsv", 0.60, 0.45},
		// Held-out sets, annotated after the rules: floors below today's 0.78 and 0.77.
		{"testdata/audit-news-en-heldout.tsv", 0.70, 0.40},
		{"testdata/audit-trends-de-heldout.tsv", 0.70, 0.50},
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

// A line taken out of an article before its mentions moves them all alike: a mention is
// looked for where the one before it moved to first, not at the nearest copy of its text
// (two "ABC" in a sentence we wrote; the second is closer to the old offset of the first).
func TestRelocateFollowsTheArticlesShift(t *testing.T) {
	text := []rune("Die ABC berichtet am Abend, im Programm der ABC Lokalzeit.")
	first := AuditMention{ID: "a", Start: 4 + 30, End: 7 + 30, Type: "organisation", Hash: MentionHash("ABC")}
	if g, ok := relocate(first, -30, text); !ok || g.Start != 4 {
		t.Errorf("with the article's shift: %+v, %v; want the first ABC at 4", g, ok)
	}
	if g, ok := relocate(first, 0, text); !ok || g.Start == 4 {
		t.Errorf("without a shift the nearest copy was expected (%+v): the test no longer shows the case", g)
	}
}

// TestInDateline: an annotated mention of words of a place dateline is found there, by its
// hash, whole or in part; other words are not.
func TestInDateline(t *testing.T) {
	for _, c := range []struct {
		words, dateline string
		want            bool
	}{
		{"ST. PAUL", "ST. PAUL, Minn.", true},
		{"Minn.", "ST. PAUL, Minn.", true},
		{"ST. PAUL, Minn.", "ST. PAUL, Minn.", true},
		{"PAUL, Minn.", "ST. PAUL, Minn.", false}, // words are joined by spaces only
		{"WASHINGTON", "WASHINGTON", true},
		{"PAUL", "WASHINGTON", false},
		{"WASHINGTON", "", false},
	} {
		if got := inDateline(MentionHash(c.words), c.dateline); got != c.want {
			t.Errorf("inDateline(%q, %q) = %v, want %v", c.words, c.dateline, got, c.want)
		}
	}
}
