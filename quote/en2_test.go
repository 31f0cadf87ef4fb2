package quote

import "testing"

// TestRoleAfterNameEn2 (issue 12, en coverage 2): "said Harlow spokesperson Ben Ortiz" gave
// the words to nobody: the phrase after the verb stopped at the first name, whose
// spokesperson he is; the name after the role speaks. "White House press secretary X" was cut
// at "press", read as the medium it was told to. "Westbay CMO Lena Ruiz" took the
// abbreviation of the role for an organisation. Guards: a name alone after the verb; "told
// the press". Sentences we wrote.
func TestRoleAfterNameEn2(t *testing.T) {
	const lead = "Mark Harlow lived in Leeds for years. Westbay had a plan.\n"
	runEnCases(t, []quoteCase{
		{name: "the name before the role says whose spokesperson",
			text: lead + "“This is the right place for the rally,” said Harlow spokesperson Ben Ortiz.",
			want: []want{{"This is the right place for the rally,", "Ben Ortiz", "said", "Harlow spokesperson Ben Ortiz", true, false}}},
		{name: "press secretary after the body",
			text: lead + "“This is the right place for the rally,” said Riverton City Council press secretary Nora Quist.",
			want: []want{{"This is the right place for the rally,", "Nora Quist", "said", "*", true, false}}},
		{name: "press secretary before the verb",
			text: lead + "“This is the right place for the rally,” Riverton City Council press secretary Nora Quist said.",
			want: []want{{"This is the right place for the rally,", "Nora Quist", "said", "*", true, false}}},
		{name: "an abbreviated role",
			text: lead + "“We put one electric car in every film,” Westbay CMO Lena Ruiz told reporters last month.",
			want: []want{{"We put one electric car in every film,", "Lena Ruiz", "told", "*", true, false}}},
		{name: "guard: the name alone",
			text: lead + "“This is the right place for the rally,” said Harlow.",
			want: []want{{"This is the right place for the rally,", "Mark Harlow", "said", "Harlow", true, false}}},
		{name: "guard: told the press",
			text: lead + "“This is the right place for the rally,” Harlow told the press on Monday.",
			want: []want{{"This is the right place for the rally,", "Mark Harlow", "told", "*", true, false}}},
	})
}

// TestTitleAfterRoleEn2 (issue 12, en coverage 2): "police spokesman Officer Bob Wicks said"
// made the tagger read "Officer Bob" as the name after the role, so that "Wicks", an everyday
// word too, was left out and no one spoke; a title after the role opens the name, and the
// title is dropped. "science officer Spock": "officer" is a role before a name. Guard: the
// role alone before the name. Sentences we wrote.
func TestTitleAfterRoleEn2(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "a title after the role",
			text: "The sign in the casino is old.\nThe sign goes back as far as 15 years, harbor police spokesman Officer Dan Wicks said.",
			want: []want{{"The sign goes back as far as 15 years", "Dan Wicks", "said", "*", false, false}}},
		{name: "a title after the role, then the quotation",
			text: "The sign in the casino is old.\n“We have nothing to do with that sign,” harbor police spokesman Sgt. Dan Wicks said.",
			want: []want{{"We have nothing to do with that sign,", "Dan Wicks", "said", "*", true, false}}},
		{name: "guard: the role alone",
			text: "The sign in the casino is old.\nThe sign goes back as far as 15 years, harbor police spokesman Dan Wicks said.",
			want: []want{{"The sign goes back as far as 15 years", "Dan Wicks", "said", "*", false, false}}},
	})
}

// TestShortNameAndReportFromEn2 (issue 12, en coverage 2): "the Fed said" after "the
// Federal Reserve" named nobody: the pack's short names (quote_shortnames) give the full
// name's opening words. "according to a report from the BBC" cut the source before "the BBC"
// as a medium told something; a preposition after a source noun gives the organisation that
// reported. Guards: two bodies of that name; a person after "from" still speaks; "told the
// BBC" is whom it was told. Sentences we wrote.
func TestShortNameAndReportFromEn2(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "the Fed after the Federal Reserve",
			text: "The Federal Reserve and four other central banks acted on Sunday.\n“The banks have agreed to offer the loans daily,” the Fed said in a statement.",
			want: []want{{"The banks have agreed to offer the loans daily,", "Federal Reserve", "said", "the Fed", true, false}}},
		{name: "guard: two bodies the short name could mean",
			text: "The Federal Reserve and the Federal Reserve Bank of Boston acted on Sunday.\n“The banks have agreed to offer the loans daily,” the Fed said in a statement.",
			want: []want{{"The banks have agreed to offer the loans daily,", "", "said", "the Fed", true, false}}},
		{name: "a report from a broadcaster",
			text: "A parcel exploded in a newsroom on Monday.\nAccording to a report from the BBC, the reporter who opened the parcel was one of many who received one.",
			want: []want{{"the reporter who opened the parcel was one of many who received one", "BBC", "According to", "a report from the BBC", false, false}}},
		{name: "guard: told the broadcaster",
			text: "A parcel exploded in a newsroom on Monday.\n“We will not be silenced,” Dana Ortiz told the BBC on Monday.",
			want: []want{{"We will not be silenced,", "Dana Ortiz", "told", "Dana Ortiz", true, false}}},
	})
}

// TestThatlessClauseEn2 (issue 12, en coverage 2): reported clauses without "that" were
// missed when they open with a quantifier ("says more research is needed", "said two of
// Benson’s votes involved …") or when the verb after the subject noun ends in -ed, which read
// as a participle before a noun ("said the vote included support"); "said only that" put an
// adverb before the complementiser. Guards: "announced the launch of three new offerings to
// support …" (a noun phrase, no clause); "said in a recent press release, is" (the preposition
// opens no clause). Sentences we wrote.
func TestThatlessClauseEn2(t *testing.T) {
	const lead = "Dana Kirk is a lawyer. Carl Benson is a senator. The Harbor Agency studies rivers.\n"
	runEnCases(t, []quoteCase{
		{name: "a quantifier opens the clause",
			text: lead + "The Harbor Agency says more research is needed to understand the change.",
			want: []want{{"more research is needed to understand the change", "Harbor Agency", "says", "The Harbor Agency", false, false}}},
		{name: "a part of a whole",
			text: lead + "Kirk said two of Benson’s votes involved support for studies of new contracts.",
			want: []want{{"two of Benson’s votes involved support for studies of new contracts", "Dana Kirk", "said", "Kirk", false, false}}},
		{name: "a part of a whole after a name in s",
			text: lead + "Kirk said most of Lukas’ votes went to the school.",
			want: []want{{"most of Lukas’ votes went to the school", "Dana Kirk", "said", "Kirk", false, false}}},
		{name: "the verb in -ed after the subject noun",
			text: lead + "Kirk said the vote included support for studies of new contracts.",
			want: []want{{"the vote included support for studies of new contracts", "Dana Kirk", "said", "Kirk", false, false}}},
		{name: "only before that",
			text: lead + "Asked when the mayor might return, Benson said only that the mayor is recovering.",
			want: []want{{"that the mayor is recovering", "Carl Benson", "said", "Benson", false, false}}},
		{name: "guard: a noun phrase after the verb",
			text: lead + "The Harbor Agency today announced the launch of three new offerings to support river studies.",
			not:  []string{"the launch of three new offerings to support river studies"}},
		{name: "guard: a preposition after the verb",
			text: lead + "The river, which Kirk described in a recent press release, is very long.",
			not:  []string{"a recent press release, is very long"}},
	})
}

// TestReducedRelativeEn2 (issue 12, en coverage 2): "A reinvention plan announced last fall is
// updating …, he said." took "announced" for the speech verb and "fall is updating …" for what
// was announced, by nobody; the participle after an article and a noun describes the noun, and
// "he said" frames the whole clause. Guards: "the authors noted that …", "the court stated the
// government had …": a verb whose complement follows. Sentences we wrote.
func TestReducedRelativeEn2(t *testing.T) {
	const lead = "Mira Okafor took over as chief executive this week.\n"
	runEnCases(t, []quoteCase{
		{name: "a participle after the noun",
			text: lead + "Okafor said her first task is the stores. A renewal plan announced last spring is updating the kitchens in every shop, she said.",
			want: []want{{"A renewal plan announced last spring is updating the kitchens in every shop", "Mira Okafor", "said", "she", false, false}},
			not:  []string{"spring is updating the kitchens in every shop"}},
		{name: "guard: the verb of a plural subject before that",
			text: lead + "Thus, the authors noted that the kitchens were too small.",
			want: []want{{"that the kitchens were too small", "", "noted", "*", false, false}}},
		{name: "guard: the verb before an article",
			text: lead + "In its ruling, the appeals court stated the government had failed to prove the charges.",
			want: []want{{"the government had failed to prove the charges", "", "stated", "*", false, false}}},
	})
}

// TestInvertedLastSpeakerEn2 (issue 12, en coverage 2): "Remember that …, said Jessica
// Sprengle, a therapist. “…,” she said." left "she" to nobody: the sentence before opens with
// the reported clause, so the last person to speak was read further back (another woman who
// spoke before); the name after the verb is that sentence's subject. "Culturally, Morris
// thinks … “…” she wrote": a word set off by a comma before the subject. "Abby Rose Morris":
// a second given name that is also a word. Sentences we wrote.
func TestInvertedLastSpeakerEn2(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "the name after the verb spoke last",
			text: "“Quick fixes fail,” said Nadia Quell, a life coach.\n" +
				"Remember that the diet trade has a lot to gain from you, said Lena Brisk, a therapist who treats eating disorders.\n" +
				"“It is built to make you hate your body,” she said.",
			want: []want{{"It is built to make you hate your body,", "Lena Brisk", "said", "she", true, false}}},
		{name: "a word set off before the subject",
			text: "Abby Rose Corvin, a 26-year-old actor from Leeds, is worried.\n" +
				"“Quick fixes fail,” said Nadia Quell, a life coach.\n" +
				"Lately, Corvin thinks we have made hunger a disease. “Being hungry is normal,” she wrote on Sunday.",
			want: []want{{"Being hungry is normal,", "Abby Rose Corvin", "wrote", "she", true, false}}},
	})
}

// TestUnreadGivenNameEn2 (issue 12, en coverage 2): "Rebecca, quoted at the start of the
// story, is leaning in … \n “…” she said" gave the words to the woman quoted before her: the
// paragraph before the quotation opens with a lone given name the tagger did not read, whom
// "she" most likely means; nobody rather than someone else. Guard: a paragraph opening with a
// word that is no given name. Sentences we wrote.
func TestUnreadGivenNameEn2(t *testing.T) {
	const lead = "Abby Rose Corvin is an actor.\n“I love food,” Corvin said.\n"
	runEnCases(t, []quoteCase{
		{name: "a lone given name opens the paragraph before",
			text: lead + "Rebecca, quoted at the start of the story, is leaning in to her progress.\n“Eating is one of the great joys in life,” she said.",
			want: []want{{"Eating is one of the great joys in life,", "", "said", "she", true, false}}},
		{name: "guard: no given name",
			text: lead + "Meanwhile, the actor is leaning in to her progress.\n“Eating is one of the great joys in life,” she said.",
			want: []want{{"Eating is one of the great joys in life,", "Abby Rose Corvin", "said", "she", true, false}}},
	})
}

// TestQuestionThenSubjectEn2 (issue 12, en coverage 2): "“…?” Susan Little added in the
// statement." lost its frame: the question mark ends the sentence at the closing mark, and the
// words went to the person quoted before. The next sentence, a subject, a speech verb and only
// when or where after it, frames the quotation. Guard: a next sentence that goes on with a
// clause of its own. Sentences we wrote.
func TestQuestionThenSubjectEn2(t *testing.T) {
	const lead = "Assemblymember Jesse Marlow wrote the bill.\n\"We need it,\" Marlow said.\n"
	runEnCases(t, []quoteCase{
		{name: "a question, then the subject and the verb",
			text: lead + "\"Why are these dyes in our food?\" Nina Talbot added in the statement.",
			want: []want{{"Why are these dyes in our food?", "Nina Talbot", "added", "Nina Talbot", true, false}}},
		{name: "an exclamation, then where it was written",
			text: lead + "“Nobody can charge me with a crime!” Marlow wrote on his website early Friday.",
			want: []want{{"Nobody can charge me with a crime!", "Jesse Marlow", "wrote", "Marlow", true, false}}},
		{name: "guard: the next sentence reports a clause",
			text: lead + "“Why are these dyes in our food?” Nina Talbot said that the law came too late.",
			want: []want{{"Why are these dyes in our food?", "*", "", "*", true, false}}},
	})
}

// TestOutletReporterEn2 (issue 12, en coverage 2): "As Vox’s Benji Jones reported, …" ended the
// source at the outlet's possessive when the tagger knew the outlet, and named nobody; the
// reporter named after the possessive speaks. Guard: the outlet alone. Sentences we wrote.
func TestOutletReporterEn2(t *testing.T) {
	const lead = "Storms hit the coast this week, Vox reported.\n"
	runEnCases(t, []quoteCase{
		{name: "the outlet's reporter",
			text: lead + "As Vox’s Nora Pell reported, the state has seen floods and drought in one year.",
			want: []want{{"the state has seen floods and drought in one year", "Nora Pell", "reported", "Vox’s Nora Pell", false, false}}},
		{name: "guard: the outlet alone",
			text: lead + "As Vox reported, the state has seen floods and drought in one year.",
			want: []want{{"the state has seen floods and drought in one year", "Vox", "reported", "Vox", false, false}}},
	})
}

// TestFrontedClauseAndVerbEn2 (issue 12, en coverage 2): "While Benson spoke on Thursday, Kirk
// expounded on … — and said …" named nobody: the second verb shares the subject of the first,
// which stands after the fronted clause's comma. Guard: a group after the comma names nobody.
// Sentences we wrote.
func TestFrontedClauseAndVerbEn2(t *testing.T) {
	const lead = "Dana Kirk and Carl Benson are lawmakers.\n"
	runEnCases(t, []quoteCase{
		{name: "the subject after the fronted clause",
			text: lead + "While Rep. Carl Benson gave a similar speech Thursday, Kirk expounded on the bill — and said nearly half the banned books are about gender.",
			want: []want{{"nearly half the banned books are about gender", "Dana Kirk", "said", "Kirk", false, false}}},
		{name: "guard: a group after the comma",
			text: lead + "While Rep. Carl Benson gave a similar speech Thursday, officials expounded on the bill — and said nearly half the banned books are about gender.",
			want: []want{{"nearly half the banned books are about gender", "", "said", "*", false, false}}},
	})
}
