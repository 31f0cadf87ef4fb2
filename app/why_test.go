package app

import (
	"strings"
	"testing"

	"crosscheck/place"
)

// TestWhy: the one-line explanation says what decided, in words that agree with the numbers
// (a join by several articles or by the same match is below the threshold on purpose).
func TestWhy(t *testing.T) {
	for _, tc := range []struct {
		ex   place.Explanation
		want string
	}{
		{place.Explanation{Reason: place.ReasonContent, Candidate: "a", Probability: 0.9, Threshold: 0.75},
			"reports the happening of a with probability 0.90 (needed 0.75)"},
		{place.Explanation{Reason: place.ReasonSupport, Candidate: "a", Probability: 0.6, Support: 0.85, Threshold: 0.75},
			"its best article a with probability 0.60, with the second best 0.85 together (needed 0.75)"},
		{place.Explanation{Reason: place.ReasonMatch, Candidate: "a", Probability: 0.4, Threshold: 0.75},
			"joined a report of the same match on the same day; a, probability 0.40"},
	} {
		if got := why(tc.ex); !strings.Contains(got, tc.want) {
			t.Errorf("why(%s) = %q, want it to hold %q", tc.ex.Reason, got, tc.want)
		}
	}
}
