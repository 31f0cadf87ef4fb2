package quote

import "testing"

// TestThatlessLongSubjectEn (issue 12, encover2): "Marsh said the usual waiting time for
// a permit currently “runs …”", "Doyle said his sense from the staff is that …", "the
// team insisted the place and timing of the meeting had …": a that-less clause whose
// subject has a prepositional tail, a coordination or a number was no quotation at all, because
// the that-less test reads a short noun phrase only. After the speech verb a longer phrase now
// opens the clause when a verb that cannot be a noun closes it. Guards: an addressee and a time
// before a second phrase stay out of the message; "denied the charges and was released" is the
// verb's second clause; a noun in -s after the phrase is no verb. Sentences we wrote.
func TestThatlessLongSubjectEn(t *testing.T) {
	const lead = "Lena Dorsey runs the water board in Pinewood. "
	runEnCases(t, []quoteCase{
		{name: "a prepositional tail and a quoted verb",
			text: "Pumps are slow\n\n" + lead + "Dorsey said the repair time for a pump currently “takes about ten weeks” and a fast repair is quicker.",
			want: []want{
				{"the repair time for a pump currently “takes about ten weeks” and a fast repair is quicker", "Lena Dorsey", "said", "Dorsey", false, false},
				{"takes about ten weeks", "Lena Dorsey", "said", "Dorsey", true, true},
			}},
		{name: "a possessive phrase with a tail before is",
			text: "Pumps are slow\n\n" + lead + "Dorsey said her sense from the staff is that the pumps have made progress.",
			want: []want{{"her sense from the staff is that the pumps have made progress", "Lena Dorsey", "said", "Dorsey", false, false}}},
		{name: "a coordination and a genitive",
			text: "Pumps are slow\n\n" + lead + "Dorsey insisted the place and timing of the meeting had nothing to do with the flood.",
			want: []want{{"the place and timing of the meeting had nothing to do with the flood", "Lena Dorsey", "insisted", "Dorsey", false, false}}},
		{name: "a number in the phrase and an adverb in -ly",
			text: "Pumps are slow\n\n" + lead + "Dorsey said a pressure of 3.5 bar at the old station usually lasts a week.",
			want: []want{{"a pressure of 3.5 bar at the old station usually lasts a week", "Lena Dorsey", "said", "Dorsey", false, false}}},
		{name: "guard: the addressee and a time before the clause",
			text: "Pumps are slow\n\n" + lead + "Dorsey told the board on Monday morning she was tired.",
			want: []want{{"she was tired", "Lena Dorsey", "told", "Dorsey", false, false}},
			not:  []string{"the board on Monday morning she was tired"}},
		{name: "guard: a second verb after and",
			text: "Pumps are slow\n\n" + lead + "Dorsey denied the charges of the council and was released on Friday.",
			not:  []string{"the charges of the council and was released on Friday"}},
		{name: "guard: no verb that cannot be a noun",
			text: "Pumps are slow\n\n" + lead + "Dorsey announced the names of the winners of the contest in the town hall.",
			not:  []string{"the names of the winners of the contest in the town hall"}},
	})
}

// TestMainAfterSubordinateEn (issue 12, encover2): "If an interchange is built in the area, it
// would be done by the state, Hanson said", "When the cells are cultured, a few lose …,
// Hayashi explained": a report that opens with a subordinate clause and has its main clause
// after the comma was no quotation, because a clause opening with "if"/"when" was read as a
// subordinate clause alone. Before a frame with its subject first that closes the sentence, a
// main clause after the first comma makes it a report. Guards: a subordinate clause alone; a
// second subordinate clause after the comma; a relative clause after the comma. Sentences we
// wrote.
func TestMainAfterSubordinateEn(t *testing.T) {
	const lead = "Lena Dorsey runs the water board in Pinewood. "
	runEnCases(t, []quoteCase{
		{name: "if, then the main clause",
			text: "Pumps are slow\n\n" + lead + "If a new pump is built, it would help the east side, Dorsey said.",
			want: []want{{"If a new pump is built, it would help the east side", "Lena Dorsey", "said", "Dorsey", false, false}}},
		{name: "when, then the main clause",
			text: "Pumps are slow\n\n" + lead + "When the new pump is built, the east side will get more water, Dorsey explained.",
			want: []want{{"When the new pump is built, the east side will get more water", "Lena Dorsey", "explained", "Dorsey", false, false}}},
		{name: "guard: a subordinate clause alone",
			text: "Pumps are slow\n\n" + lead + "Because the pump was built, Dorsey said.",
			not:  []string{"Because the pump was built"}},
		{name: "guard: a second subordinate clause",
			text: "Pumps are slow\n\n" + lead + "When the pump was built, because the river rose, Dorsey said.",
			not:  []string{"When the pump was built, because the river rose"}},
		{name: "guard: a relative clause",
			text: "Pumps are slow\n\n" + lead + "When the pump, which was built in May, broke down, Dorsey said.",
			not:  []string{"When the pump, which was built in May, broke down"}},
	})
}
