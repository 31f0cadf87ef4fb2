package story_test

import (
	"strings"
	"testing"
)

// TestSplitQuotationOneStatement (stop 44): a quotation the reporter's attribution splits in
// two („Ich finde“, rief sie, „wir haben …“) is one statement on the story page, with both
// halves' spans; before, „Ich finde“ stood alone as if it were all she said. Two quotations
// with more than the attribution between them stay two. Sentences we wrote.
func TestSplitQuotationOneStatement(t *testing.T) {
	text := "Die Bürgermeisterin Petra Lindqvist hat die Wahl in Neustadt gewonnen. " +
		"„Ich finde“, rief Lindqvist ihren Anhängern im Rathaus zu, „wir haben heute allen Grund zu feiern.“ " +
		"Der Herausforderer Bruno Kestler gab sich geschlagen. " +
		"„Das Ergebnis ist klar“, sagte Kestler, der seit zwölf Jahren im Stadtrat sitzt, „wir gratulieren der Siegerin.“"
	st := oneArticleStory(t, "neustadt-wahl", "Lindqvist gewinnt in Neustadt", "2024-09-18T18:00:00+02:00", text)
	joined, alone, kestler := false, false, 0
	for _, q := range st.Quotes {
		switch {
		case q.Text == "Ich finde … wir haben heute allen Grund zu feiern.":
			joined = len(q.Spans) == 2 && strings.Contains(q.Speaker, "Lindqvist")
		case q.Text == "Ich finde":
			alone = true
		case strings.Contains(q.Speaker, "Kestler"):
			kestler++
		}
	}
	if !joined || alone {
		t.Errorf("split quotation not one statement with two spans (joined %v, half alone %v): %+v", joined, alone, st.Quotes)
	}
	if kestler != 2 {
		t.Errorf("quotations with a relative clause between them: %d statements of Kestler, want 2: %+v", kestler, st.Quotes)
	}
}
