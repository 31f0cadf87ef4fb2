package quote

import (
	"testing"

	"crosscheck/article"
)

// TestInitialsInSpeakerNames (stop 27, lead): an initial's full stop is part of the speaker's
// name ("J. D. Vance", "Peter M. Schmidt"); the speaker was "J" or "Peter M". Sentences we
// wrote.
func TestInitialsInSpeakerNames(t *testing.T) {
	const lead = "Der Verband tagte am Montag in Köln. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "two initials",
			text: lead + "„Wir sind zufrieden“, sagte J. D. Kettler am Abend.",
			want: []want{{"Wir sind zufrieden", "J. D. Kettler", "sagte", "J. D. Kettler", true, false}}},
		{name: "a middle initial",
			text: lead + "„Wir sind zufrieden“, sagte Peter M. Kettler am Abend.",
			want: []want{{"Wir sind zufrieden", "Peter M. Kettler", "sagte", "Peter M. Kettler", true, false}}},
	})
}

// TestInitialsInEnglishSources: in English the source words run through the initials too
// ("said J. D. Kettler at the rally" gave the source "J").
func TestInitialsInEnglishSources(t *testing.T) {
	en := newEnPack(t)
	runQuoteCasesWith(t, []quoteCase{
		{name: "two initials after said",
			text: "The senator spoke on Monday. \"We will win this state,\" said J. D. Kettler at the rally.",
			want: []want{{"We will win this state,", "J. D. Kettler", "said", "J. D. Kettler", true, false}}},
	}, func(a *article.Article) *article.Analysis { return runFull(a, en) })
}

// TestSurnameIsNoGivenName (stop 27, lead, read on the stream): with two people of one
// surname a bare surname is left as it stands, and it is never taken for the given name of
// another name of the article that starts with it ("sagte Weber" beside "Weber Jr." was
// credited to "Weber Jr."). Sentences we wrote.
func TestSurnameIsNoGivenName(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "two of one surname and a Jr.",
			text: "Karl Weber sprach am Montag in Köln. Sein Bruder Erik Weber hörte zu. Auch Weber Jr. war gekommen. „Wir werden gewinnen“, sagte Weber am Abend.",
			want: []want{{"Wir werden gewinnen", "Weber", "sagte", "Weber", true, false}}},
	})
}
