package quote

import (
	"strings"
	"testing"
)

// TestRunOnParagraphEn3 (issue 12, en coverage 3): one speaker's words over two paragraphs,
// the first opened and left open, the next opened again and closed ("“… start.\n\n“There …”"),
// were lost in the first paragraph and gave the second to nobody; the first paragraph is a
// quotation up to its full stop and the next continues it. Guards: a heading that stops
// without ending a sentence; a second opening mark of the same kind set by mistake; a
// paragraph left open before one that opens with no mark. Sentences we wrote.
func TestRunOnParagraphEn3(t *testing.T) {
	const lead = "The Harbor Hawks won 5-2 on Friday.\n"
	runEnCases(t, []quoteCase{
		{name: "curly marks",
			text: lead + "“It was a long night,” Hawks coach Nora Quist said. “We kept the puck deep and we did not panic.\n“The second period was ours. I am proud of them.”",
			want: []want{
				{"We kept the puck deep and we did not panic", "Nora Quist", "", "*", true, false},
				{"The second period was ours. I am proud of them.", "Nora Quist", "", "*", true, false}}},
		{name: "straight marks",
			text: lead + "\"It was a long night,\" Hawks coach Nora Quist said. \"We kept the puck deep and we did not panic.\n\"The second period was ours. I am proud of them.\"",
			want: []want{
				{"We kept the puck deep and we did not panic", "Nora Quist", "", "*", true, false},
				{"The second period was ours. I am proud of them.", "Nora Quist", "", "*", true, false}}},
		{name: "guard: a heading left open",
			text: lead + "Fans stunned: “Unbelievable\n“We kept the puck deep,” Hawks coach Nora Quist said.",
			want: []want{{"We kept the puck deep,", "Nora Quist", "said", "*", true, false}},
			not:  []string{"Unbelievable"}},
		{name: "guard: a wrong second opening mark",
			text: lead + "Nora Quist said the team must win “even in bad times.“ She added:\n“It is important to plan ahead.”",
			not:  []string{"even in bad times.“ She added"}},
		{name: "guard: no mark opens the next paragraph",
			text: lead + "“It was a long night,” Hawks coach Nora Quist said. “We kept the puck deep and we did not panic.\nThe Hawks play again on Sunday.",
			not:  []string{"We kept the puck deep and we did not panic"}},
	})
}

// TestRunOnScanEn3: a mark right after a word closes, though typeset as an opening one
// ("… deep“, Hawks coach … said …"); the frame after it never runs on as a quotation into the
// next paragraph. Sentences we wrote.
func TestRunOnScanEn3(t *testing.T) {
	text := "“It was a long night. We kept the puck deep“, coach Nora Quist said after the game, which ended late.\n\n“The second period was ours.“"
	for _, m := range Scan(text) {
		if got := string([]rune(text)[m.Start:m.End]); strings.Contains(got, "Quist said") {
			t.Errorf("the frame read as a quotation: %q", got)
		}
	}
	text = "“It was a long night,” coach Nora Quist said. “We kept the puck deep.\n\n“The second period was ours.”"
	if got := Scan(text); len(got) != 3 {
		t.Errorf("want the two parts and the quotation before: %+v", got)
	}
}

// TestQuantifierSurnameEn3 (issue 12, en coverage 3): "Bulldogs coach Mark Few said" gave the
// words to the player named before: "Few", read as a quantifier, cut the name to "Mark" and
// made "said" a noun after it ("few said"). A capitalised quantifier inside a person's name
// right after a given name is the surname. Guards: "a few said"; another surname. Sentences
// we wrote.
func TestQuantifierSurnameEn3(t *testing.T) {
	const lead = "Drew Larsen scored 28 points on Friday.\n"
	runEnCases(t, []quoteCase{
		{name: "after a team and a role",
			text: lead + "“He has been steady his whole career,” Bulldogs coach Mark Few said Wednesday.",
			want: []want{{"He has been steady his whole career,", "Mark Few", "said", "Bulldogs coach Mark Few", true, false}}},
		{name: "after a role",
			text: lead + "“He has been steady his whole career,” coach Mark Few said Wednesday.",
			want: []want{{"He has been steady his whole career,", "Mark Few", "said", "*", true, false}}},
		{name: "guard: another surname",
			text: lead + "“He has been steady his whole career,” Bulldogs coach Mark Lane said Wednesday.",
			want: []want{{"He has been steady his whole career,", "Mark Lane", "said", "*", true, false}}},
		{name: "guard: a few fans",
			text: lead + "“He has been steady his whole career,” a few fans said Wednesday.",
			want: []want{{"He has been steady his whole career,", "", "", "*", true, false}}},
	})
}

// TestAssemblymanEn3 (issue 12, en coverage 3): "the assemblyman said" after "Assemblyman Dan
// Reyes" named nobody: the lexicon did not know the state legislator's title, neither before a
// name nor as a noun for the man named before. Guards: the assemblyman after a woman named
// last; "the assemblywoman" with only a man named. Sentences we wrote.
func TestAssemblymanEn3(t *testing.T) {
	const lead = "The bill was introduced by Assemblyman Dan Reyes on Monday.\n"
	runEnCases(t, []quoteCase{
		{name: "the noun for the man named before",
			text: lead + "The bill would ban the candy in its current form, the assemblyman said in an interview.",
			want: []want{{"The bill would ban the candy in its current form", "Dan Reyes", "said", "the assemblyman", false, false}}},
		{name: "a woman named between",
			text: lead + "Grocer Nora Quist sells the candy in Fresno.\nThe bill would ban the candy in its current form, the assemblyman said in an interview.",
			want: []want{{"The bill would ban the candy in its current form", "Dan Reyes", "said", "the assemblyman", false, false}}},
		{name: "the title before the name",
			text: lead + "“It is a good bill,” Assemblyman Dan Reyes said.",
			want: []want{{"It is a good bill,", "Dan Reyes", "said", "*", true, false}}},
		{name: "guard: no woman named",
			text: lead + "The bill would ban the candy in its current form, the assemblywoman said in an interview.",
			want: []want{{"The bill would ban the candy in its current form", "", "said", "the assemblywoman", false, false}}},
	})
}

// TestParticipleFrameEn3 (issue 12, en coverage 3): participle frames lost their speaker or
// their message. "In a statement to the paper, Quist echoed that view, stating …": the subject
// the participle shares stands after a phrase that opens the sentence with a preposition.
// "…,” Quist said, adding, however, that …": an adverb set off by commas between the
// participle and "that" ended the search for the complement. Guards: the phrase opening the
// sentence names no person; an adverb without "that" after it. Sentences we wrote.
func TestParticipleFrameEn3(t *testing.T) {
	const lead = "Nora Quist runs the Harbor Casino in Reno.\n"
	runEnCases(t, []quoteCase{
		{name: "a phrase with a preposition before the subject",
			text: lead + "In a written statement sent to The Courier, Quist echoed that view, stating many guests have asked her about the sign.",
			want: []want{{"many guests have asked her about the sign", "Nora Quist", "stating", "Quist", false, false}}},
		{name: "an adverb between commas before that",
			text: lead + "“We have a rule about colors,” Quist said, adding, however, that the casino forgot to take the sign down.",
			want: []want{{"that the casino forgot to take the sign down", "Nora Quist", "adding", "Quist", false, false}}},
		{name: "guard: no person after the phrase",
			text: lead + "In a written statement sent to The Courier, the casino echoed that view, stating many guests have asked about the sign.",
			want: []want{{"many guests have asked about the sign", "", "stating", "*", false, false}}},
	})
}
