package quote

import "testing"

// TestMediumInMarksOpensReport (issue 12, de dev 8 and de held-out 3's outlets): online and
// tabloid texts name the paper they follow in quotation marks, in front: "Wie die „Bild“
// berichtet, wurde …", also after a heading's colon ("Neuer Ärger um X: Wie …"), and close
// with "so „RTL“". The marks stopped the speaker phrase, so the report was missed and the
// Konjunktiv sentences after it ("Demnach hätte er …") named nobody. A name in marks is a
// medium only before a verb a medium reports with; a nickname ("der „Kaiser“"), marks joined
// to a role ("„X“-Reporter Jan Y", still missed: the medium is not named for its reporter) and a report the words before frame already ("„…“,
// erklärte er, wie „X“ berichtete") are no such report. A report continued by Konjunktiv
// stops at a sentence with a source of its own ("laut Geschäftsführung") and, for a report
// no person made, at a person named between it and a sentence about "er" or "sie".
// Sentences we wrote.
func TestMediumInMarksOpensReport(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "in front, with the article",
			text: "Ärger auf dem Volksfest. Wie die „Kurierblatt“ berichtet, wurde der Sänger Tom Weidlich in der Nacht von der Polizei kontrolliert. Demnach hätte er bei der Kontrolle geschwankt. Folglich sei ein Bluttest gemacht worden.",
			want: []want{
				{"wurde der Sänger Tom Weidlich in der Nacht von der Polizei kontrolliert", "Kurierblatt", "berichtet", "die „Kurierblatt“", false, false},
				{"hätte er bei der Kontrolle geschwankt", "Kurierblatt", "*", "*", false, false},
				{"Folglich sei ein Bluttest gemacht worden", "Kurierblatt", "*", "*", false, false},
			}},
		{name: "after a heading's colon, without the article",
			text: "Neuer Ärger um Tom Weidlich: Wie „Abendfunk“ meldet, soll der Sänger seinen Auftritt in Kiel abgesagt haben.",
			want: []want{{"soll der Sänger seinen Auftritt in Kiel abgesagt haben", "Abendfunk", "meldet", "„Abendfunk“", false, false}}},
		{name: "closed by so and the name in marks",
			text: "Tom Weidlich liegt seit Dienstag in einer Klinik in Kiel. Der Sänger soll nicht versichert sein, so „Abendfunk“.",
			want: []want{{"Der Sänger soll nicht versichert sein", "Abendfunk", "so", "„Abendfunk“", false, false}}},
		{name: "guard: a nickname in marks before a verb of saying",
			text: "Wie der „Kaiser“ sagte, hat die Mannschaft am Samstag sehr gut gespielt.",
			not:  []string{"hat die Mannschaft am Samstag sehr gut gespielt"}},
		{name: "guard: the marks qualify a reporter",
			text: "Wie „Abendfunk“-Reporter Jan Sommer berichtet, sollen mehrere Spieler das Vertrauen in den Trainer verloren haben.",
			not:  []string{"sollen mehrere Spieler das Vertrauen in den Trainer verloren haben"}},
		{name: "guard: the medium only relays a framed quotation",
			text: "„Ich war damals auf dem College“, erklärte er im Podcast, wie „Kurierblatt“ berichtete.",
			want: []want{{"Ich war damals auf dem College", "", "erklärte", "er", true, false}},
			not:  []string{"„Ich war damals auf dem College“, erklärte er im Podcast"}},
		{name: "guard: a source of its own stops the continuation",
			text: "Die Brauerei in Talheim ist zahlungsunfähig, wie die „Kurierblatt“ berichtet. Betroffen sind dreizehn Beschäftigte. Grund für die Insolvenz seien laut Geschäftsführung gestiegene Preise.",
			want: []want{
				{"Die Brauerei in Talheim ist zahlungsunfähig", "Kurierblatt", "berichtet", "die „Kurierblatt“", false, false},
				{"Grund für die Insolvenz seien laut Geschäftsführung gestiegene Preise", "", "*", "*", false, false},
			}},
		{name: "guard: a person named between a medium's report and er",
			text: "Wie die „Kurierblatt“ berichtet, plant ein Verein im Mai ein gemeinsames Coming-out. Auf diese Idee ist Marco Lindner gekommen. Ein Profi zu werden, habe er sich früher nicht getraut.",
			want: []want{
				{"plant ein Verein im Mai ein gemeinsames Coming-out", "Kurierblatt", "berichtet", "die „Kurierblatt“", false, false},
				{"Ein Profi zu werden, habe er sich früher nicht getraut", "", "*", "*", false, false},
			}},
		{name: "guard: a pronoun before zufolge is no source of its own",
			text: "„Es will leider keiner mehr machen“, erklärt der Metzger Karl Brenner. Ihm zufolge sei es schade, dass es im Handwerk zu wenig Nachwuchs gebe.",
			want: []want{{"Ihm zufolge sei es schade, dass es im Handwerk zu wenig Nachwuchs gebe", "Karl Brenner", "*", "*", false, false}}},
	})
}
