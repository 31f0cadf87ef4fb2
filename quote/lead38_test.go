package quote

import "testing"

// TestRelayAfterCommaNamesNobody (stop 38, issue 12, read in the stream): "…, das berichtet
// die Zeitung X" after a clause that names its own source ("laut einer Bilanz der
// Feuerwehr") made the paper that relays the figure its speaker. The relay keeps the span
// and names nobody; without a source of its own the clause stays the subject's report.
// Sentences we wrote.
func TestRelayAfterCommaNamesNobody(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a clause with its own source, relayed by a paper",
			text: "Viele Menschen wurden gerettet. 304 waren es bis zum Abend laut einer Bilanz der Feuerwehr allein im Bezirk Melk, das berichtet die Zeitung „Kurier“.",
			want: []want{{"304 waren es bis zum Abend laut einer Bilanz der Feuerwehr allein im Bezirk Melk", "", "berichtet", "*", false, false}}},
		{name: "a clause without a source of its own",
			text: "Der Verkehr staut sich. Die Brücke bleibt bis zum Abend gesperrt, das teilte die Polizei mit.",
			want: []want{{"Die Brücke bleibt bis zum Abend gesperrt", "Polizei", "teilte", "*", false, false}}},
	})
}

// TestPaperInMarksAfterAuxiliary (stop 38, issue 12, fresh de 1700): "„…“, hatte die britische
// „Abendpost“ schon vor Wochen geschrieben" found no cue: the subject phrase stopped at the
// quotation mark, the participle was never reached, and the words went by coreference to the
// man they criticise. The paper in marks, with or without a modifier, is the auxiliary's
// subject. Sentences we wrote.
func TestPaperInMarksAfterAuxiliary(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a modifier before the paper's name",
			text: "Thomas Berger übernimmt das Team. „Er ist der falsche Mann für diese Aufgabe“, hatte die britische „Abendpost“ schon vor Wochen geschrieben.",
			want: []want{{"Er ist der falsche Mann für diese Aufgabe", "", "geschrieben", "die britische „Abendpost“", true, false}}},
		{name: "the paper's name after its article",
			text: "Thomas Berger übernimmt das Team. „Er ist der falsche Mann“, hatte die „Abendpost“ schon vor Wochen geschrieben.",
			want: []want{{"Er ist der falsche Mann", "", "geschrieben", "die „Abendpost“", true, false}}},
		{name: "a person after the auxiliary, as before",
			text: "Thomas Berger übernimmt das Team. „Er ist der richtige Mann“, hatte Anna Kramer schon vor Wochen gesagt.",
			want: []want{{"Er ist der richtige Mann", "Anna Kramer", "gesagt", "Anna Kramer", true, false}}},
	})
}
