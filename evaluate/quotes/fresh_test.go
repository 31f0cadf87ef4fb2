package quotes

import (
	"context"
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
