package quote

import "testing"

// TestUnreadSpeakerBetweenEn7 (issue 12, en fresh 2000): "In a livestream, Vantolle said she
// has been teased … “…,” she says" gave the words to the fan quoted in the paragraph before,
// the only person the names held: a surname the tagger did not read stood as the subject of
// a speech verb between that person and the pronoun, and "she" more likely means them. Guards:
// the word is part of the earlier speaker's name; a capitalised noun opening a sentence.
// Sentences we wrote.
func TestUnreadSpeakerBetweenEn7(t *testing.T) {
	const lead = "Critics Are Done With Mara Vantolle\n\nSome fans were kind. “We should see these people as performers,” fan blogger Tessa Lind said.\n\n"
	runEnCases(t, []quoteCase{
		{name: "an unread surname spoke since",
			text: lead + "Vantolle, who grew up in rural Ohio, has talked about her voice before. In a livestream last week, Vantolle said she has been teased for years. “It is not a city accent,” she says.",
			want: []want{{"It is not a city accent,", "", "says", "she", true, false}}},
		{name: "an unread surname opening the sentence, written inside one too",
			text: lead + "In a livestream last week, the star talked about Vantolle fans. Vantolle said she has been teased for years. “It is not a city accent,” she says.",
			want: []want{{"It is not a city accent,", "", "says", "she", true, false}}},
		{name: "not a portrait: two people spoke before",
			text: "Critics Are Done With Mara Vantolle\n\n“It was a joke,” critic Ben Ortiz said. “We should see these people as performers,” fan blogger Tessa Lind said.\n\nIn a livestream last week, Vantolle said she has been teased for years. “It is not a city accent,” she says.",
			want: []want{{"It is not a city accent,", "", "says", "she", true, false}}},
		{name: "guard: a word of the earlier speaker's name",
			text: lead + "In a livestream last week, Tessa said she has been teased for years. “It is not a city accent,” she says.",
			want: []want{{"It is not a city accent,", "Tessa Lind", "says", "she", true, false}}},
		{name: "guard: a capitalised noun opening a sentence",
			text: lead + "Critics said she has been teased for years. “It is not a city accent,” she says.",
			want: []want{{"It is not a city accent,", "Tessa Lind", "says", "she", true, false}}},
	})
}
