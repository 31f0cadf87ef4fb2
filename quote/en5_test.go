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
