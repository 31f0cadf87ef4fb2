package story_test

import (
	"strings"
	"testing"
)

// TestGameHalfNoDate: "first half" with no year after it is a game's half and dates nothing;
// "the first half of the year" and "im ersten Halbjahr" are the year's.
func TestGameHalfNoDate(t *testing.T) {
	for _, c := range []struct {
		text, published string
		half            bool
	}{
		{"After an impressive first half, the Cedar Falls Bulldogs fell apart and lost 79-76 to the Waterloo Hawks on Thursday.", "2023-03-24T10:00:00Z", false},
		{"Sales at Cedar Falls Steel rose by a third in the first half of the year, the company said in Waterloo on Thursday.", "2023-03-24T10:00:00Z", true},
		{"Der Gewinn von Neutec in Neustadt sank im ersten Halbjahr deutlich, wie das Unternehmen am Donnerstag mitteilte.", "2024-09-06T10:00:00+02:00", true},
	} {
		st := oneArticleStory(t, "half", "Half", c.published, c.text)
		got := false
		for _, e := range st.Timeline {
			got = got || strings.Contains(e.Value, "-H1")
		}
		if got != c.half {
			t.Errorf("%q: a half-year in the timeline: %v, want %v", c.text, got, c.half)
		}
	}
}
