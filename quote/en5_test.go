package quote

import "testing"

// TestLongAppositionEn5 (issue 12, en coverage 5): "“…,” Dr. Ann Berg, the director of the
// Harbor Brain and Spine Treatment Center, said." lost its speaker when the apposition between
// the name and the verb ran past nine words. After a quotation, a person's name, a comma and
// a speech verb right after the apposition's closing comma, up to sixteen words may stand
// between. Guard: another person inside (a list of speakers). Sentences we wrote.
func TestLongAppositionEn5(t *testing.T) {
	const lead = "Pia Lund was treated at the clinic last year.\n"
	runEnCases(t, []quoteCase{
		{name: "a long role with a place name",
			text: lead + "\"The tumor has arms like a squid,\" Dr. Ann Berg, the director of the Harbor Brain and Spine Treatment Center, said.",
			want: []want{{"The tumor has arms like a squid,", "Ann Berg", "said", "*", true, false}}},
		{name: "two roles joined by and, the verb with a phrase after it",
			text: lead + "\"The cells are sticky,\" Omar Halden, a marine biologist at Northport University and a study coauthor, said in a statement, \"so the beads cling to them.\"",
			want: []want{{"The cells are sticky,", "Omar Halden", "said", "*", true, false},
				{"so the beads cling to them.", "Omar Halden", "*", "*", true, false}}},
		{name: "guard: another person inside the commas, a list of speakers",
			text: "The lab opened in May.\n\"The cells are sticky,\" Omar Halden, Pia Lund and two other marine biologists at the Northport University lab, said.",
			want: []want{{"The cells are sticky,", "", "*", "*", true, false}}},
	})
}

// TestSpeechVerbNameEn5 (issue 12, en coverage 5): a given name and a surname the tagger
// missed ("said Jay Reeve, the new chair of …", "“…,” Sean Welsh told me", with "Welsh" read as
// a place) gave the words to nobody, and a later "he said" or "Welsh told me" too, once the
// article named anyone else. In a pack that lists lone given names, such a run right after or
// right before a speech verb is a person when the article writes the surname again alone.
// Guard: whom the words were told to is no speaker. Sentences we wrote.
func TestSpeechVerbNameEn5(t *testing.T) {
	const lead = "Governor Ruth Calder signed the budget on Monday.\n"
	runEnCases(t, []quoteCase{
		{name: "after the verb, before a long apposition with a body's name",
			text: lead + "The clinics have grown since 2001, said Jay Marsh, the new chair of the panel and CEO of Marlow Health Center, a provider in Dover.\nThe system answers faster now, he said. The waits are shorter, Marsh said.",
			want: []want{{"The clinics have grown since 2001", "Jay Marsh", "said", "*", false, false},
				{"The system answers faster now", "Jay Marsh", "said", "he", false, false},
				{"The waits are shorter", "Jay Marsh", "said", "Marsh", false, false}}},
		{name: "before the verb, the surname a place word",
			text: lead + "“It has been wild to watch the fans,” Owen Welsh told me. Welsh runs the festival. “We sold out in a day,” Welsh told me.",
			want: []want{{"It has been wild to watch the fans,", "Owen Welsh", "told", "*", true, false},
				{"We sold out in a day,", "Owen Welsh", "told", "*", true, false}}},
		{name: "guard: whom it was told to",
			text: lead + "The governor told Tobias Wren that the plant will reopen in June.",
			want: []want{{"that the plant will reopen in June", "Ruth Calder", "told", "*", false, false}}},
	})
}

// TestMoreVerbsEn5 (issue 12, en coverage 5): "“…,” Avedon later joked" and "“…,” Trump raged
// on his network. “…”" gave both quotations to nobody: "joked", "quipped", "raged", "fumed",
// "mused", "recounted", "lamented", "boasted", "scoffed" and "assured" (with whom it assures)
// are speech verbs in the English pack. Guard: "raged" of a fire reports nothing. Sentences we
// wrote.
func TestMoreVerbsEn5(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "an adverb before the verb",
			text: "The photographer Nora Pell shot the band in 1971.\n“Nobody kept their shoes on in those years,” Pell later joked. “They were barefoot by noon.”",
			want: []want{{"Nobody kept their shoes on in those years,", "Nora Pell", "joked", "*", true, false},
				{"They were barefoot by noon.", "Nora Pell", "*", "*", true, false}}},
		{name: "a phrase after the verb, the continuation",
			text: "Mayor Kurt Abel lost the vote on Friday.\n“The council will regret this,” Abel raged on his website. “I will be back!”",
			want: []want{{"The council will regret this,", "Kurt Abel", "raged", "Abel", true, false},
				{"I will be back!", "Kurt Abel", "*", "*", true, false}}},
		{name: "guard: a fire that raged",
			text: "Mayor Kurt Abel lost the vote on Friday.\nThe fire raged for three days near the harbor.",
			not:  []string{"for three days near the harbor"}},
	})
}

// TestEpithetsEn5 (issue 12, en coverage 5): "“…,” the Republican says" after "Sen. Brandon
// Creighton" and "“…,” the executive continued" after "Marvel Studios president Kevin Feige"
// named nobody: "republican", "democrat", "investor" and "executive" are epithets for the
// person named just before. Guard: "the Republican Party" is the party speaking, not the senator. Sentences we
// wrote.
func TestEpithetsEn5(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "a party's member",
			text: "But Sen. Ada Crane says the state had to find a safe figure.\n\"We looked at a number we could justify,\" the Republican says. \"We look at surpluses with care.\"",
			want: []want{{"We looked at a number we could justify,", "Ada Crane", "says", "*", true, false},
				{"We look at surpluses with care.", "Ada Crane", "*", "*", true, false}}},
		{name: "the executive",
			text: "\"The cast carries the saga,\" studio president Omar Lind told a magazine.\n\"The villain is a very different type,\" the executive continued.",
			want: []want{{"The villain is a very different type,", "Omar Lind", "continued", "*", true, false}}},
		{name: "guard: the party",
			text: "But Sen. Ada Crane says the state had to find a safe figure.\n\"We looked at a number we could justify,\" the Republican Party said.",
			want: []want{{"We looked at a number we could justify,", "Republican Party", "said", "*", true, false}}},
	})
}

// TestRelativeSubjectEn5 (issue 12, en coverage 5): "said Tom Ford, who pointed out that …" and
// "finds Rich Swann who says …" reported for nobody: a verb after a relative pronoun stood for
// the noun the clause describes. A pronoun the pack lists as taking up a person ("who") right
// after a person's name makes that person the speaker. Guard: "which" after a name (a film).
// Sentences we wrote.
func TestRelativeSubjectEn5(t *testing.T) {
	const lead = "Mara Lopez lost her job.\n"
	runEnCases(t, []quoteCase{
		{name: "after the inverted frame of a quotation",
			text: lead + "“Warm weather is never just climate change,” said Tom Ford, who pointed out that some of the warmest winters were in the 1880s.",
			want: []want{{"that some of the warmest winters were in the 1880s", "Tom Ford", "pointed", "Tom Ford", false, false}}},
		{name: "without a comma",
			text: lead + "Josh Alder walks to his locker room and finds Rich Swann who says Maclin was there.",
			want: []want{{"Maclin was there", "Rich Swann", "says", "Rich Swann", false, false}}},
		{name: "guard: which",
			text: lead + "First came Jack Stone, which reminded us that Keanu could still be the ultimate everyman.",
			want: []want{{"that Keanu could still be the ultimate everyman", "", "reminded", "*", false, false}}},
	})
}
