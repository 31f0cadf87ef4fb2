package quote

import "testing"

// TestWrongSpeakers3100 (fresh seed 3100, 10kGNAD): named speakers the honest sample judged
// wrong, each a general rule. Sentences we wrote.
func TestWrongSpeakers3100(t *testing.T) {
	noSpeakerCases(t, []speakerNotCase{
		// A word that reads as the surname of a full name only given later is no mention of
		// it: coreference never looks forward; nor is a noun after a sentence's article.
		{name: "a term named only later", text: "Viele Geldhäuser sitzen auf faulen Krediten, ein Viertel davon bei der Nordkredit. Die Bank erklärte, die Kredite seien zu 60 Prozent gedeckt. Kleine Institute sollen später in Good Banks saniert werden, sagte Minister Karl Huber.", quote: "zu 60 Prozent gedeckt", speaker: "Good Banks"},
		{name: "a noun after the sentence's article", text: "Kleine Institute sollen in Good Banks saniert werden, sagte Minister Karl Huber. Viele Geldhäuser sitzen auf faulen Krediten. Die Bank erklärte, die Kredite seien zu 60 Prozent gedeckt.", quote: "zu 60 Prozent gedeckt", speaker: "Good Banks"},
	})
}
