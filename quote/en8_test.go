package quote

import "testing"

// TestOpenerSpokeBeforeEn8 (issue 12, en fresh 2100): "Becca, quoted at the beginning of the
// story, is also leaning in … \n “…,” she said" gave the words to the woman quoted in the
// paragraphs before: "Becca" is in no census table, so the paragraph's opener was not read as
// a given name. The pack's lone names count as given names there, and when a quotation before
// was given to that very word as its subject, the pronoun goes on with that speaker. Guards:
// the pronoun's sex disagrees; the opener never spoke (nobody, TestUnreadGivenNameEn2).
// Sentences we wrote.
func TestOpenerSpokeBeforeEn8(t *testing.T) {
	const lead = "Diet drugs worry recovering patients\n\n“The ads made me doubt my progress,” said Becky, a 31-year-old from Ohio, who asked to use her first name only.\n\n“Nobody should feel that their body is a problem,” Hattie Crane said. “I keep telling people that.”\n\n"
	runEnCases(t, []quoteCase{
		{name: "a lone name of the pack opens the paragraph before and spoke before",
			text: lead + "Becky, quoted at the start of this story, is also leaning in to her love of cooking.\n\n“Eating is one of my great joys again,” she said.",
			want: []want{{"Eating is one of my great joys again,", "Becky", "said", "she", true, false}}},
		{name: "guard: the pronoun's sex disagrees",
			text: lead + "Becky, quoted at the start of this story, is also leaning in to her love of cooking.\n\n“Eating is one of my great joys again,” he said.",
			want: []want{{"Eating is one of my great joys again,", "", "said", "he", true, false}}},
		{name: "guard: a lone name that never spoke",
			text: lead + "Jojo, a friend of hers, is also leaning in to her love of cooking.\n\n“Eating is one of my great joys again,” she said.",
			want: []want{{"Eating is one of my great joys again,", "", "said", "she", true, false}}},
	})
}
