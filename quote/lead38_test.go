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
