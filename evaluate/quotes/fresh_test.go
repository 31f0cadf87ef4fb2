package quotes

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/article"
	"crosscheck/internal/testenv"
)

func TestFreshOutcome(t *testing.T) {
	anna := "Anna Roth"
	qs := []article.Quote{{Start: 10, End: 40, Speaker: "Karl Bauer"}, {Start: 50, End: 80}, {Start: 90, End: 120, Speaker: "Roth"}}
	tests := []struct {
		it   FreshItem
		want string
	}{
		{FreshItem{Start: 10, End: 40, Speaker: "Bauer", Verdict: "right"}, "right kept"},
		{FreshItem{Start: 12, End: 38, Speaker: "Paul Sommer", Verdict: "right"}, "right now other"},
		{FreshItem{Start: 50, End: 80, Speaker: "Paul Sommer", Verdict: "wrong"}, "wrong now none"},
		{FreshItem{Start: 90, End: 120, Speaker: "Paul Sommer", Verdict: "wrong", RightSpeaker: &anna}, "wrong now right"},
		{FreshItem{Start: 10, End: 40, Speaker: "Karl Bauer", Verdict: "not_quotation"}, "not_quotation named"},
		{FreshItem{Start: 200, End: 220, Speaker: "Karl Bauer", Verdict: "not_quotation"}, "not_quotation gone"},
		{FreshItem{Start: 38, End: 120, Speaker: "Karl Bauer", Verdict: "right"}, "right now none"}, // the best overlap, the first of equals
		{FreshItem{Start: 90, End: 120, Speaker: "Rathaussprecherin", Verdict: "right", RightSpeaker: &anna}, "right kept"},
	}
	for _, tc := range tests {
		if got, _ := freshOutcome(tc.it, qs); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.it, got, tc.want)
		}
	}
	// A reported clause around the judged direct quotation does not hide it.
	around := []article.Quote{{Start: 0, End: 100}, {Start: 10, End: 40, Speaker: "Karl Bauer"}}
	if got, _ := freshOutcome(FreshItem{Start: 10, End: 40, Speaker: "Bauer", Verdict: "right"}, around); got != "right kept" {
		t.Errorf("judged span inside a longer one: %q, want right kept", got)
	}
}

// TestFreshSamples re-scores the judged fresh samples on the stream (stop 31a):
// go test ./evaluate/quotes -run TestFreshSamples -v
func TestFreshSamples(t *testing.T) {
	dir := testenv.SharedFile(t, "eval")
	samples, err := LoadFreshSamples()
	if err != nil {
		t.Fatal(err)
	}
	if len(samples) == 0 {
		t.Fatal("no fresh samples embedded")
	}
	for _, s := range samples {
		rep, err := FreshScore(context.Background(), dir, s)
		if err != nil {
			t.Fatal(err)
		}
		t.Log("\n" + rep.Text())
	}
}

// TestFreshArticlesCSV reads a 10kGNAD-style CSV as fresh samples name it: each row by the id
// of its line, its text cleaned as a JSONL record's, its language detected.
func TestFreshArticlesCSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "test.csv")
	csv := "Inland;'Die Gemeinde erhält eine neue Brücke. Linz – Der Bau beginnt im Frühjahr, sagte der Bürgermeister am Montag.'\n" +
		"Sport;'Ein ''knappes'' Spiel. Graz – Wir haben verdient gewonnen, meinte der Trainer nach dem Abpfiff.'\n" +
		"Web;'The council approved the new bridge on Monday, the mayor said after the vote.'\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := freshArticles(context.Background(), path, map[string]bool{"gnad0002": true, "gnad0003": true})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["gnad0001"] != nil {
		t.Fatalf("got %d articles (%v), want gnad0002 and gnad0003 only", len(got), keys(got))
	}
	if a := got["gnad0002"]; a.ID != "gnad0002" || !strings.Contains(a.Text, "Ein 'knappes' Spiel.") || a.Language != "de" {
		t.Errorf("gnad0002: id %q language %q text %q", a.ID, a.Language, a.Text)
	}
	if a := got["gnad0003"]; a.Language != "en" {
		t.Errorf("gnad0003: language %q, want en", a.Language)
	}
	// The same text as a JSONL record's text field gives the same cleaned text: the samples'
	// hashes hold whichever way the articles were analysed.
	jl := filepath.Join(t.TempDir(), "test.jsonl")
	if err := os.WriteFile(jl, []byte(`{"id":"gnad0002","text":"Ein 'knappes' Spiel. Graz – Wir haben verdient gewonnen, meinte der Trainer nach dem Abpfiff."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	viaJSONL, err := freshArticles(context.Background(), jl, map[string]bool{"gnad0002": true})
	if err != nil {
		t.Fatal(err)
	}
	if viaJSONL["gnad0002"] == nil || viaJSONL["gnad0002"].Text != got["gnad0002"].Text {
		t.Errorf("JSONL and CSV texts differ: %v", viaJSONL["gnad0002"])
	}
	// A malformed row is an error, not a silently shorter sample.
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("Web;'a'b'\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := freshArticles(context.Background(), bad, map[string]bool{"gnad0001": true}); err == nil {
		t.Error("malformed CSV read without error")
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
