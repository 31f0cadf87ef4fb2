package quote

import "testing"

// TestThatlessLongSubjectEn (issue 12, encover2): "Blinken said the standard processing time for
// a passport currently “takes …”", "Casey said his sense from the staff is that …", "the
// campaign insisted the location and timing of the event had …": a that-less clause whose
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
