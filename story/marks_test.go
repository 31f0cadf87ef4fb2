package story_test

import (
	"slices"
	"testing"
)

// TestQuoteMarksFollowTheLanguage: a story's quotation marks are its language's, from the
// pack's formatter.
func TestQuoteMarksFollowTheLanguage(t *testing.T) {
	en := oneArticleStory(t, "springfield-council", "Springfield council approves new bridge",
		"2024-03-14T10:00:00Z", "The city council of Springfield approved the new bridge over the river on Tuesday. "+
			"“This bridge will connect our neighborhoods,” said Mayor Ellen Porter after the vote. "+
			"Construction is expected to begin in the spring and to last two years.")
	if want := []string{"“", "”"}; !slices.Equal(en.QuoteMarks, want) {
		t.Errorf("English story marks %q, want %q (language %q)", en.QuoteMarks, want, en.Language)
	}
	de := oneArticleStory(t, "neustadt-bruecke", "Neustadt beschließt neue Brücke",
		"2024-03-14T10:00:00+01:00", "Der Stadtrat von Neustadt hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen. "+
			"„Die Brücke verbindet unsere Stadtteile“, sagte Bürgermeisterin Ellen Porter nach der Abstimmung. "+
			"Der Bau soll im Frühjahr beginnen und zwei Jahre dauern.")
	if want := []string{"„", "“"}; !slices.Equal(de.QuoteMarks, want) {
		t.Errorf("German story marks %q, want %q (language %q)", de.QuoteMarks, want, de.Language)
	}
}
