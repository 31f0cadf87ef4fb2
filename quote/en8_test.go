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

// TestPassiveNamingEn8 (issue 12, en fresh 2100): "He once told the magazine he had no idea he'd
// been dubbed “…”" gave the nickname others gave him to him as his words. Words in marks right
// after a form of "be" and a participle of naming (quote_namedas) are a name, no quotation.
// Guard: a form of "be" without a participle of naming. Sentences we wrote.
func TestPassiveNamingEn8(t *testing.T) {
	const lead = "Ralf Ostin is back on screen.\n\n"
	runEnCases(t, []quoteCase{
		{name: "been dubbed",
			text: lead + "Ostin once told a magazine he had no idea he had been dubbed “the nicest man in film” by his fans.",
			not:  []string{"the nicest man in film"}},
		{name: "what is known as",
			text: lead + "The town went through what is known as “the long dry” this spring, Ostin said.",
			not:  []string{"the long dry"}},
		{name: "is often called",
			text: lead + "Among the crew, Ostin says, the stunt double is often called “the quiet one.” She never complains.",
			not:  []string{"the quiet one."}},
		{name: "guard: a form of be without naming",
			text: lead + "Ostin said the remake was “a total waste of good film” and left.",
			want: []want{{"a total waste of good film", "Ralf Ostin", "*", "*", true, true}}},
	})
}

// TestSignedQuotationEn8 (issue 12, en coverage): a press release signs a quotation that opens
// its paragraph with the name and role of who said it and no verb ("“…,” Gary Colemasan,
// project manager with Paul Davis Restoration."); the quotation named nobody. The full name
// right after the closing mark, a comma and a role up to the paragraph's end name the speaker.
// Guards: the quotation does not open the paragraph; a clause after the name (a relative
// pronoun, a verb); a lone word for a name. Sentences we wrote.
func TestSignedQuotationEn8(t *testing.T) {
	const lead = "Spring floods are coming\n\nHomeowners should check their pumps.\n\n"
	runEnCases(t, []quoteCase{
		{name: "name and role after the closing mark",
			text: lead + "“Once it starts warming up, the phone calls start,” Nadia Ferrow, project manager with Riverside Restoration.\n\nSpring is the busiest season.",
			want: []want{{"Once it starts warming up, the phone calls start,", "Nadia Ferrow", "*", "*", true, false}}},
		{name: "sentences in marks, a role of several parts, no full stop",
			text: lead + "“Our pumps run all year. We test each of them twice.” Nadia Ferrow, Director, Pump Services, Riverside Restoration\n\nSpring is the busiest season.",
			want: []want{{"Our pumps run all year. We test each of them twice.", "Nadia Ferrow", "*", "*", true, false}}},
		{name: "guard: the quotation does not open the paragraph",
			text: lead + "The crews know it well. “Once it starts warming up, the phone calls start,” Nadia Ferrow, project manager with Riverside Restoration.\n\nSpring is the busiest season.",
			want: []want{{"Once it starts warming up, the phone calls start,", "", "*", "*", true, false}}},
		{name: "guard: a clause after the name",
			text: lead + "“Once it starts warming up, the phone calls start,” Nadia Ferrow, who manages the crews at Riverside Restoration.\n\nSpring is the busiest season.",
			want: []want{{"Once it starts warming up, the phone calls start,", "", "*", "*", true, false}}},
	})
}
