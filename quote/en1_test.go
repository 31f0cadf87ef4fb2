package quote

import (
	"testing"

	"crosscheck/article"
	"crosscheck/lang/en"
)

// runEnCases runs each case through the entity extractor and the quotation stage with the
// English pack, as the pipeline does for English text.
func runEnCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	p := en.New()
	runQuoteCasesWith(t, tests, func(a *article.Article) *article.Analysis {
		a.Language = "en"
		return runFull(a, p)
	})
}

// TestCommentFrameEn1 (issue 12, en fresh 100): "Avedon was obsessed, wrote the critic X, “…”"
// gave the words in marks to the subject of the clause before the comment clause; the person
// named after the verb, between the commas, speaks. Guards: an ordinary subject before the verb;
// the addressee after "told". Sentences we wrote.
func TestCommentFrameEn1(t *testing.T) {
	const lead = "Tom Berry lived in Leeds for years. "
	runEnCases(t, []quoteCase{
		{name: "a fragment after the comment clause",
			text: lead + "Berry was tired, wrote the music critic and author Anna Sloane, “with every song he had to play again.”",
			want: []want{{"with every song he had to play again.", "Anna Sloane", "wrote", "the music critic and author Anna Sloane", true, true}}},
		{name: "a sentence after the comment clause",
			text: lead + "Berry was tired, wrote the music critic Anna Sloane, “He had to play every song again.”",
			want: []want{{"He had to play every song again.", "Anna Sloane", "wrote", "the music critic Anna Sloane", true, false}}},
		{name: "guard: the subject before the verb",
			text: lead + "The music critic Anna Sloane wrote about the tour in March, “He had to play every song again.”",
			want: []want{{"He had to play every song again.", "Anna Sloane", "wrote", "*", true, false}}},
	})
}

// TestAppositionChainEn1 (issue 12, en fresh 100): "Michael Quail, PhD, principal scientific
// manager, Sequencing R&D at Wellcome Sanger Institute, said" gave the words to the institute
// that ends the last apposition; the person who opens the chain speaks. Guard: one apposition.
// Sentences we wrote.
func TestAppositionChainEn1(t *testing.T) {
	const lead = "Tom Berry lived in Leeds for years. "
	runEnCases(t, []quoteCase{
		{name: "a degree, a role and a department",
			text: lead + "Michael Carver, PhD, principal scientific manager, Research at Northfield Institute, said, \"The tests went well. We are pleased with the results.\"",
			want: []want{{"The tests went well. We are pleased with the results.", "Michael Carver", "said", "*", true, false}}},
		{name: "reported speech",
			text: lead + "Michael Carver, PhD, chief engineer, Research at Northfield Institute, said the tests went well.",
			want: []want{{"the tests went well", "Michael Carver", "said", "*", false, false}}},
		{name: "guard: one apposition",
			text: lead + "Michael Carver, chief engineer at Northfield Institute, said the tests went well.",
			want: []want{{"the tests went well", "Michael Carver", "said", "*", false, false}}},
	})
}

// TestShowTitleEn1 (issue 12, en fresh 100): a show's title in marks after a preposition and
// the channel's possessive ("on NBC’s “All In”"), or after the preposition alone with every word
// capitalised ("on “All In”"), is no quotation of the clause's speaker. Guard: a quoted phrase
// of lower-case words stays the speaker's. Sentences we wrote.
func TestShowTitleEn1(t *testing.T) {
	const lead = "Former party chair Mark Hill spoke about the senator on Tuesday. "
	runEnCases(t, []quoteCase{
		{name: "after the channel's possessive, in the subject's apposition",
			text: lead + "Hill, standing in for Jane Ross as guest host on NBC’s “All In” on Tuesday, noted that the company expects a loss this year.",
			want: []want{{"that the company expects a loss this year", "Mark Hill", "noted", "Hill", false, false}},
			not:  []string{"All In"}},
		{name: "after the preposition",
			text: lead + "Hill said on “All In” on Tuesday that the company expects a loss this year.",
			not:  []string{"All In"}},
		{name: "guard: a quoted phrase",
			text: lead + "Hill said on Tuesday that the plan was “a big mistake” for the party.",
			want: []want{{"a big mistake", "Mark Hill", "said", "Hill", true, true}}},
	})
}

// TestFrontedPhraseEn1 (issue 12, en fresh 100): "During this time, he wrote some of his best
// pieces" took the phrase of time before the comma, and with it the sentence before (ended by
// "art.", read as an abbreviation), for what he wrote. A short phrase that opens with a
// preposition is no clause a speech verb after it reports; "art." may end a sentence. Guard: a
// clause before ", he wrote in a letter". Sentences we wrote.
func TestFrontedPhraseEn1(t *testing.T) {
	const lead = "In 1801 Tom Berry began to lose his hearing. "
	runEnCases(t, []quoteCase{
		{name: "a phrase of time",
			text: lead + "Even though he was no longer able to play in concerts, he kept making art. During this time, he wrote some of his best pieces.",
			not:  []string{"During this time", "Even though he was no longer able to play in concerts, he kept making art. During this time"}},
		{name: "guard: a clause",
			text: lead + "Prices for tickets rose sharply in March, he wrote in a letter.",
			want: []want{{"Prices for tickets rose sharply in March", "Tom Berry", "wrote", "he", false, false}}},
	})
	a := paragraphs("t", lead+"He kept making art. During this time, he wrote little.")
	a.Language = "en"
	if an := runFull(a, en.New()); len(an.Sentences) != 3 {
		t.Errorf("\"art. During\": %d sentences, want 3", len(an.Sentences))
	}
}

// TestUnreadSubjectEn1 (issue 12, en fresh 100): "City Engineer Dan Hanson said …. He said …"
// gave "he" to the commissioner quoted in the paragraph before, as the tagger did not read
// the engineer's name; a pronoun after a sentence whose subject is such a name names nobody.
// Guards: a name the tagger reads; a role before a read name. Sentences we wrote.
func TestUnreadSubjectEn1(t *testing.T) {
	const first = "\"We need the road,\" Commissioner Mark Stone said.\n"
	runEnCases(t, []quoteCase{
		{name: "a name the tagger did not read",
			text: first + "City Engineer Dan Hanson said it's a chance to plan ahead. He said the road has been named a future corridor for the city.",
			want: []want{{"the road has been named a future corridor for the city", "", "said", "He", false, false}}},
		{name: "guard: a name the tagger reads",
			text: first + "City Engineer Paul Varner said it's a chance to plan ahead. He said the road has been named a future corridor for the city.",
			want: []want{{"the road has been named a future corridor for the city", "Paul Varner", "said", "He", false, false}}},
		{name: "guard: a role before the name",
			text: "The council met on Monday.\nCommissioner Mary Stone said it's a chance to plan ahead. She said the road has been named a future corridor for the city.",
			want: []want{{"the road has been named a future corridor for the city", "Mary Stone", "said", "She", false, false}}},
	})
}

// TestOrgKindEn1 (issue 12, en fresh 200): "“…,” the commission said in an email" was no frame
// ("commission" was no organisation noun), so the spokesperson of the sentence before kept the
// words. A kind of body its name holds ("commission", "council": quote_orgnouns "named") points
// back only to the one organisation so named; "the latest commission" is another one. Sentences
// we wrote.
func TestOrgKindEn1(t *testing.T) {
	const lead = "The Northfield Elections Commission first alerted clerks in September to the ruling.\n"
	runEnCases(t, []quoteCase{
		{name: "the body so named",
			text: lead + "In recent weeks, the commission has reminded them of the law, commission spokesperson Tom Varner said Friday.\n\"This is a reminder that voters are entitled to receive help with their ballots,\" the commission said in an email to all clerks.",
			want: []want{{"This is a reminder that voters are entitled to receive help with their ballots,", "Northfield Elections Commission", "said", "the commission", true, false}}},
		{name: "guard: another commission",
			text: lead + "The panel urged lawmakers to set up a commission. The latest commission reported that the system remains split and suffers from gaps in treatment.",
			want: []want{{"that the system remains split and suffers from gaps in treatment", "", "reported", "*", false, false}}},
		{name: "guard: a body of another kind",
			text: "The Northfield City Council met on Monday.\n\"This is a reminder that voters are entitled to receive help with their ballots,\" the commission said in an email to all clerks.",
			want: []want{{"This is a reminder that voters are entitled to receive help with their ballots,", "", "said", "the commission", true, false}}},
	})
}

// TestPronounBeforeAuxEn1 (issue 12, en fresh 200 stream read): "X, director of Y, said it was
// concerning that …" took "it" for the subject of "said" after the comma (as in "…, warnte sie"),
// cut it from the message and left the speaker to "it". A pronoun followed by an auxiliary opens
// the reported clause. Sentences we wrote.
func TestPronounBeforeAuxEn1(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "a pronoun and an auxiliary after the verb",
			text: "The Northfield Elections Commission first alerted clerks in September to the ruling.\nAnna Berger, advocacy director of Disability Rights Northfield, said it was concerning that a dozen towns still have wrong information on their websites.",
			want: []want{{"it was concerning that a dozen towns still have wrong information on their websites", "Anna Berger", "said", "*", false, false}}},
	})
}

// TestTitleBeforeRoleEn1 (issue 12, en fresh 200): "says “Yellowjackets” director and
// executive producer Karyn Kusama" gave the words to the show in marks; the title qualifies the
// role, and the name after the role speaks. Guard: the marks alone still name who speaks.
// Sentences we wrote.
func TestTitleBeforeRoleEn1(t *testing.T) {
	const lead = "Lena Marsh plays Natalie in the series. "
	runEnCases(t, []quoteCase{
		{name: "a title, roles and a name",
			text: lead + "“She took to the part at once,” says “Redwood” director and executive producer Karen Dale. “By the end of the season, we will know much more about her.”",
			want: []want{
				{"She took to the part at once,", "Karen Dale", "says", "“Redwood” director and executive producer Karen Dale", true, false},
				{"By the end of the season, we will know much more about her.", "Karen Dale", "*", "*", true, false},
			}},
		{name: "guard: the marks alone",
			text: lead + "“She took to the part at once,” says “Redwood”.",
			want: []want{{"She took to the part at once,", "Redwood", "says", "“Redwood”", true, false}}},
	})
}

// TestLateNotAntecedentEn1 (issue 12, en fresh 200): "She got it from the late Jean Alexander,
// who played …. Even though she said …" gave the dead actress the words; one the text calls
// dead (quote_deceased) is no antecedent of a later pronoun. Guard: a living actress, with
// "late" as a time. Sentences we wrote.
func TestLateNotAntecedentEn1(t *testing.T) {
	const lead = "Anna Crane and her husband, Tom Birch, are going to have their third child.\n"
	runEnCases(t, []quoteCase{
		{name: "the late",
			text: lead + "She got the name of her daughter from the late Jean Holloway, who played Hilda in the TV show. Even though she said she doesn’t know how to avoid it, she would do the same thing this time.",
			want: []want{{"she doesn’t know how to avoid it, she would do the same thing this time", "", "said", "she", false, false}}},
		{name: "guard: a living actress, and late as a time",
			text: "The actress Jean Holloway visited the studio late on Monday. Afterwards she said she would play the same part again next year.",
			want: []want{{"she would play the same part again next year", "Jean Holloway", "said", "she", false, false}}},
	})
}

// TestAsPredictedWouldEn1 (issue 12, en fresh 200): "X was not charged on Tuesday, as he had
// predicted would happen" took the main clause for what he predicted; a clause after the verb
// ("would happen") is the verb's object, so the "as" clause frames nothing before it. Guard: an
// "as" frame that ends with its verb. Sentences we wrote.
func TestAsPredictedWouldEn1(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "a clause after the verb",
			text: "Former mayor Tom Berry was not charged on Tuesday, as he had predicted would happen, but security around the court has been raised.",
			not:  []string{"Former mayor Tom Berry was not charged on Tuesday"}},
		{name: "guard: the verb closes the frame",
			text: "Tom Berry spoke to the council on Monday. The road will stay closed until the end of the month, as he announced on Tuesday.",
			want: []want{{"The road will stay closed until the end of the month", "Tom Berry", "announced", "he", false, false}}},
	})
}

// TestPossessiveThingEn1 (issue 12, en fresh 200): "according to her Linkedin profile" gave the
// platform the words: a name after a possessive that a noun closing the clause follows ("her
// Facebook page.") qualifies a thing of hers and speaks for nobody. Guard: a role and a name
// after the possessive. Sentences we wrote.
func TestPossessiveThingEn1(t *testing.T) {
	const lead = "Anna Kassel is an experienced broker. "
	runEnCases(t, []quoteCase{
		{name: "a platform's page",
			text: lead + "She joined the firm after a few months as a freelancer, according to her Facebook page.",
			want: []want{{"She joined the firm after a few months as a freelancer", "", "according to", "*", false, false}}},
		{name: "guard: her lawyer",
			text: lead + "She joined the firm after a few months as a freelancer, according to her lawyer Tom Birch.",
			want: []want{{"She joined the firm after a few months as a freelancer", "Tom Birch", "according to", "her lawyer Tom Birch", false, false}}},
	})
}
