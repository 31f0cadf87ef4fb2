package story_test

import (
	"slices"
	"testing"
)

// TestQuoteMarksFollowTheLanguage: a story's quotation marks are its language's, from the
// pack's formatter.
func TestQuoteMarksFollowTheLanguage(t *testing.T) {
	for _, tc := range []struct {
		id, title, published, text string
		want                       []string
	}{
		{"springfield-council", "Springfield council approves new bridge", "2024-03-14T10:00:00Z",
			"The city council of Springfield approved the new bridge over the river on Tuesday. " +
				"“This bridge will connect our neighborhoods,” said Mayor Ellen Porter after the vote. " +
				"Construction is expected to begin in the spring and to last two years.", []string{"“", "”"}},
		{"neustadt-bruecke", "Neustadt beschließt neue Brücke", "2024-03-14T10:00:00+01:00",
			"Der Stadtrat von Neustadt hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen. " +
				"„Die Brücke verbindet unsere Stadtteile“, sagte Bürgermeisterin Ellen Porter nach der Abstimmung. " +
				"Der Bau soll im Frühjahr beginnen und zwei Jahre dauern.", []string{"„", "“"}},
	} {
		st := oneArticleStory(t, tc.id, tc.title, tc.published, tc.text)
		if !slices.Equal(st.QuoteMarks, tc.want) {
			t.Errorf("%s: marks %q, want %q (language %q)", tc.id, st.QuoteMarks, tc.want, st.Language)
		}
	}
}
