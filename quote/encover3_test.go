package quote

import "testing"

// TestPerfectFrameEncover3 (issue 12, encover3): "The stroke nearly killed him, he has said,
// and he had surgery …" was no quotation: the subject of the frame after the comma ran on to
// the auxiliary, which no noun phrase holds, and the frame had to close its sentence. A
// perfect's auxiliary between the subject and the speech verb is left out of the subject, and
// ", and …" after the frame is the writer's next clause. Guards: a bare form after "did"
// (emphasis, a question's); a clause after the participle ("sie sind gefordert, sie müssen
// …") makes no frame; "…, Brenner said, and he had …" gives the words before the frame, not
// the writer's clause after it. Sentences we wrote.
func TestPerfectFrameEncover3(t *testing.T) {
	const lead = "Markets in Lisbon\n\nInvestor Paul Brenner gave the closing talk in Lisbon on Friday.\n\n"
	runEnCases(t, []quoteCase{
		{name: "a pronoun and a perfect, then the writer's clause",
			text: lead + "The crash nearly ruined him, he has said, and he sold his house to pay the bank.",
			want: []want{{"The crash nearly ruined him", "Paul Brenner", "said", "he", false, false}}},
		{name: "a name and a perfect",
			text: lead + "The talk opened with the mood of the markets, Brenner has said.",
			want: []want{{"The talk opened with the mood of the markets", "Paul Brenner", "said", "Brenner", false, false}}},
		{name: "guard: the writer's clause after the frame",
			text: lead + "The crash nearly ruined him, Brenner said, and he sold his house to pay the bank.",
			want: []want{{"The crash nearly ruined him", "Paul Brenner", "said", "Brenner", false, false}},
			not:  []string{"and he sold his house to pay the bank"}},
		{name: "guard: a bare form after did",
			text: lead + "Was the leak - which again, the bank did admit - a worry for you?",
			not:  []string{"Was the leak - which again"}},
	})
	runFullCases(t, []quoteCase{
		{name: "guard: a clause after the participle",
			text: "Krise in Lübbenau\n\nDer Verein hat Pech mit Verletzungen. Doch das sind alles Folgen eines Absturzes, den nur noch die Spieler aufhalten können. Sie sind gefragt, sie sind gefordert, sie müssen nun liefern. Am Samstag kommt Leipzig.",
			not:  []string{"Sie sind gefragt", "sie müssen nun liefern"}},
	})
}

// TestPairAfterReportEncover3 (issue 12, encover3): "The committee dismissed that complaint in
// a private letter, Coons and Lankford wrote." was no quotation: two names joined by "and"
// after the comma are no noun phrase to the frame. The first of the two is named, as when the
// pair opens the sentence ("Coons and Lankford wrote that …"). Guards: the last two of a list
// of names ("…, für die etwa A, B, C und D angekündigt werden") and a passive frame. Sentences
// we wrote.
func TestPairAfterReportEncover3(t *testing.T) {
	const lead = "Letter to the senator\n\nSenators Anna Berg and Paul Hale wrote a letter on Friday.\n\n"
	runEnCases(t, []quoteCase{
		{name: "two names after the report",
			text: lead + "The committee dismissed that complaint in a private letter, Berg and Hale wrote.",
			want: []want{{"The committee dismissed that complaint in a private letter", "Anna Berg", "wrote", "Berg", false, false}}},
		{name: "guard: the pair opening the sentence",
			text: lead + "Berg and Hale wrote that the committee dismissed that complaint.",
			want: []want{{"that the committee dismissed that complaint", "Anna Berg", "wrote", "Berg", false, false}}},
	})
	runFullCases(t, []quoteCase{
		{name: "guard: the last two of a list, in the passive",
			text: "Neue Staffel\n\nNeben Karl Huber ist auch die Sängerin Lena Ott zu Gast.\n\nDie Staffel hat zwölf Folgen, für die etwa Anna Berg, Susanne Kranz, Eva Roth, Hans Weber, Bruce Darnell und Mai Thi Nguyen angekündigt werden. Im August kommt die 200. Folge.",
			not:  []string{"Die Staffel hat zwölf Folgen, für die etwa Anna Berg, Susanne Kranz, Eva Roth, Hans Weber"}},
	})
}

// TestFrameBeforeSubordinateEncover3 (issue 12, encover3): "The senator is reading the news
// and getting briefings, he said, while issuing statements …" was no quotation: a frame between
// commas takes the rest of the sentence as its message only when that rest is a clause. A
// subordinate phrase after the frame may tell when or how the words were said ("when asked
// about …"), so the clause before the frame alone is the message. Guard: a relative clause
// before the frame. Sentences we wrote.
func TestFrameBeforeSubordinateEncover3(t *testing.T) {
	const lead = "Markets in Lisbon\n\nInvestor Paul Brenner gave the closing talk in Lisbon on Friday.\n\n"
	runEnCases(t, []quoteCase{
		{name: "a participle after while",
			text: lead + "The bank is reading the news and getting briefings, he said, while issuing statements through its office.",
			want: []want{{"The bank is reading the news and getting briefings", "Paul Brenner", "said", "he", false, false}}},
		{name: "when asked",
			text: lead + "The bank has enough money for the winter, Brenner said, when asked about the loans.",
			want: []want{{"The bank has enough money for the winter", "Paul Brenner", "said", "Brenner", false, false}}},
	})
}

// TestBemoanEncover3 (issue 12, encover3): "he bemoaned, “…”" was no quotation: "bemoaned"
// was no speech verb of the English pack. Sentences we wrote.
func TestBemoanEncover3(t *testing.T) {
	const lead = "Markets in Lisbon\n\nInvestor Paul Brenner gave the closing talk in Lisbon on Friday.\n\n"
	runEnCases(t, []quoteCase{
		{name: "bemoaned before the marks",
			text: lead + "On Thursday, he bemoaned, “THE CITY IS BEING DESTROYED!”",
			want: []want{{"THE CITY IS BEING DESTROYED!", "Paul Brenner", "bemoaned", "he", true, false}}},
	})
}

// TestFragmentReportEncover3 (issue 12, encover3): "During the pandemic, the “bottom basically
// dropped out of the system,” Blinken said" gave only the words in marks: the direct
// quotation took the frame, and the writer's clause around the fragment, which the frame's
// subject said too, was no report. The clause from the sentence's start to the closing mark is
// reported with the fragment's speaker when it opens before the marks with words of its own,
// holds no speech verb, and the frame closes the sentence (or ", and …", or ", adding …"
// follows, whose own report stays). Guards: a quotation alone before the frame; a clause a
// speech verb frames already ("Brenner said the bank was “…,” he told reporters"). Sentences
// we wrote.
func TestFragmentReportEncover3(t *testing.T) {
	const lead = "Markets in Lisbon\n\nInvestor Paul Brenner gave the closing talk in Lisbon on Friday.\n\n"
	runEnCases(t, []quoteCase{
		{name: "a fronted phrase and a fragment, then a second fragment",
			text: lead + "During the winter, the “floor basically fell out of the market,” Brenner said, and “prices went way down.”",
			want: []want{
				{"During the winter, the “floor basically fell out of the market,”", "Paul Brenner", "said", "Brenner", false, false},
				{"floor basically fell out of the market,", "Paul Brenner", "said", "Brenner", true, true},
				{"prices went way down.", "Paul Brenner", "said", "Brenner", true, true}}},
		{name: "a that clause in marks, then adding that",
			text: lead + "The message it sends is that “we are open for business,” Brenner said, adding, however, that the sign came down.",
			want: []want{
				{"The message it sends is that “we are open for business,”", "Paul Brenner", "said", "Brenner", false, false},
				{"we are open for business,", "Paul Brenner", "said", "Brenner", true, true},
				{"that the sign came down", "Paul Brenner", "adding", "Brenner", false, false}}},
		{name: "guard: the quotation alone",
			text: lead + "“Prices are too high,” Brenner said.",
			want: []want{{"Prices are too high,", "Paul Brenner", "said", "Brenner", true, false}}},
		{name: "guard: a clause framed already",
			text: lead + "Brenner said the bank was “in good shape,” he told reporters.",
			not:  []string{"Brenner said the bank was “in good shape,”"}},
	})
}
