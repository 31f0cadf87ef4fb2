package quote

import "testing"

// TestLoneNameEn4 (issue 12, en coverage 4): a lone capitalised word the tagger did not take
// for a name gave its words to nobody ("“…,” Becca said", "Maude explains, “…”", "said
// Mantashe"), on outlets that name people by a given name or a surname alone. In a pack
// that lists lone given names, the one person the article names in full with that given name
// speaks, else the one two-word name the article ends with the word, else a given name the
// tables know. Guards: two people of that given name; a capitalised noun opening the
// sentence; a word inside a longer name. Sentences we wrote.
func TestLoneNameEn4(t *testing.T) {
	const lead = "The Harbor Hawks won 5-2 on Friday.\n"
	runEnCases(t, []quoteCase{
		{name: "a given name the census tables know",
			text: lead + "“We kept the puck deep,” Gloria recalled after the game.",
			want: []want{{"We kept the puck deep,", "Gloria", "recalled", "Gloria", true, false}}},
		{name: "a short given name from the pack's list",
			text: lead + "“I was tired of the noise,” Becca said. “The tents were too loud.”",
			want: []want{{"I was tired of the noise,", "Becca", "said", "Becca", true, false},
				{"The tents were too loud.", "Becca", "*", "*", true, false}}},
		{name: "the present tense before the quotation",
			text: lead + "Jo wanted him to stay, but Shane explains, “There is no winning without the goalie.”",
			want: []want{{"There is no winning without the goalie.", "Shane", "explains", "*", true, false}}},
		{name: "the full name the article gave before",
			text: "Peter Lindqvist coached the Harbor Hawks for ten years.\n“We kept the puck deep,” Peter said.",
			want: []want{{"We kept the puck deep,", "Peter Lindqvist", "said", "Peter", true, false}}},
		{name: "a surname after the full name",
			text: "Harbor Hawks owner Favour Okafor sold the team on Monday.\n“It has been very difficult,” said Okafor. “The arena was empty.”",
			want: []want{{"It has been very difficult,", "Favour Okafor", "said", "Okafor", true, false}}},
		{name: "guard: two people of that given name",
			text: "Peter Lindqvist and Peter Moen coached the Harbor Hawks.\n“We kept the puck deep,” Peter said.",
			want: []want{{"We kept the puck deep,", "", "said", "Peter", true, false}}},
		{name: "guard: a noun opening the sentence",
			text: lead + "“We kept the puck deep,” Sobbing said.",
			want: []want{{"We kept the puck deep,", "", "*", "*", true, false}}},
		{name: "guard: a word inside a longer name",
			text: "The Harbor Methodist Research Institute ran the study.\n“The results were clear,” Research said.",
			want: []want{{"The results were clear,", "", "*", "*", true, false}}},
	})
}

// TestWordMentionEn4 (issue 12, en coverage 4): one word in marks right after "the word" or
// "the term" is a word talked about, not a quotation: "the use of the word “farewell,” and
// Maude explains, “…”" gave "farewell" to Maude as her words. Guard: the quotation after the
// frame stays hers. Sentences we wrote.
func TestWordMentionEn4(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "the word before a frame",
			text: "Harold Brandt met Maude Lane at a funeral.\nHarold is confused by the use of the word “farewell,” and Lane explains, “I took the tablets an hour ago.”",
			want: []want{{"I took the tablets an hour ago.", "Maude Lane", "explains", "*", true, false}},
			not:  []string{"farewell,"}},
		{name: "the term in a reported sentence",
			text: "Police spokesman Bob Warne spoke on Monday.\nThe term “colors” refers to badges on a biker’s vest, Warne said.",
			not:  []string{"colors"}},
	})
}

// TestOpeningConjunctionEn4 (issue 12, en coverage 4): "But TikTok did admit that …" lost its
// subject: a conjunction opening the sentence before the subject of a bare verb after "did",
// or of a participle after "has", hid it. Guards: a pronoun with no one before it; the plain
// past tense, which worked. Sentences we wrote.
func TestOpeningConjunctionEn4(t *testing.T) {
	const lead = "Gold prices rose on Friday.\n"
	runEnCases(t, []quoteCase{
		{name: "but before did",
			text: lead + "But Dunmore Bank did admit that its reserves were low.",
			want: []want{{"that its reserves were low", "Dunmore Bank", "admit", "Dunmore Bank", false, false}}},
		{name: "and before has",
			text: lead + "And Ivo Brandt has admitted that the reserves were low.",
			want: []want{{"that the reserves were low", "Ivo Brandt", "admitted", "Ivo Brandt", false, false}}},
		{name: "guard: the plain past tense",
			text: lead + "But Ivo Brandt said that the reserves were low.",
			want: []want{{"that the reserves were low", "Ivo Brandt", "said", "Ivo Brandt", false, false}}},
		{name: "guard: a group",
			text: lead + "But they did admit that the reserves were low.",
			want: []want{{"that the reserves were low", "", "admit", "*", false, false}}},
	})
}
