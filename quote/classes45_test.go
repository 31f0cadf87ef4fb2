package quote

import "testing"

// TestReportEndComma45 (stop 32d, issue 12): a reported message after its cue ran on over a
// comma into the reporter's main clause ("…, er sei unschuldig, erkannte das Urteil aber nicht
// an", "…, dass die Fahrgäste schuld seien, wird nun eine Million investiert", "…, dass das
// Wasser steigen werde, meldete die Agentur"): a finite verb in the indicative right after the
// comma (an auxiliary, or a verb in the past) opens that clause, and a reader shown it as the
// speaker's words is misled. No source is taken from the words after the end. Guards: a
// Konjunktiv after the verb reports on (as after "und"); a Konjunktiv right after the comma is
// no indicative. Sentences we wrote.
func TestReportEndComma45(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: ", erkannte … nicht an",
			text: "Der Angeklagte Karl Bauer erklärte, er sei unschuldig, erkannte das Urteil aber nicht an.",
			want: []want{{"er sei unschuldig", "Karl Bauer", "erklärte", "Der Angeklagte Karl Bauer", false, false}}},
		{name: ", wird after a fronted clause",
			text: "Nachdem die Bahn erklärt hatte, dass die Fahrgäste selbst schuld seien, wird nun eine Million Euro in neue Türen investiert.",
			want: []want{{"dass die Fahrgäste selbst schuld seien", "", "erklärt", "die Bahn", false, false}}},
		{name: ", meldete another source",
			text: "Die Experten erwarteten, dass das Wasser um weitere 30 Zentimeter steigen werde, meldete die Agentur am Abend.",
			want: []want{{"dass das Wasser um weitere 30 Zentimeter steigen werde", "", "erwarteten", "Die Experten", false, false}}},
		{name: "no source from the reporter's clause",
			text: "Zuvor hieß es, dass die Fahrgäste selbst schuld seien, wird nun aber eine Million Euro in neue Türen investiert.",
			want: []want{{"dass die Fahrgäste selbst schuld seien", "", "hieß", "", false, false}}},
		{name: "guard: a Konjunktiv after the verb",
			text: "Der Trainer Karl Bauer sagte, die Mannschaft sei müde, räumte aber ein, sie habe schlecht gespielt.",
			want: []want{{"die Mannschaft sei müde, räumte aber ein, sie habe schlecht gespielt", "Karl Bauer", "sagte", "Der Trainer Karl Bauer", false, false}}},
		{name: "guard: a Konjunktiv after the comma",
			text: "Die Ärztin Anna Roth sagte, wer krank sei, sei zu Hause besser aufgehoben.",
			want: []want{{"wer krank sei, sei zu Hause besser aufgehoben", "Anna Roth", "sagte", "Die Ärztin Anna Roth", false, false}}},
	})
}

// TestSoFrameInClause45 (stop 32d, issue 12): a "so X" frame between commas inside a clause
// whose words before it look like a clause of their own ("Der Präsident sei, so X, Schuld
// daran, …") gave the half before the frame as the message ("Der Präsident sei") and the source
// ran on over the comma ("X, Schuld daran"). When the Konjunktiv of "sein", an auxiliary or a
// modal before the frame has nothing after it that completes it, and the words after the frame
// open no clause and end in a lower-case word, the message is the whole sentence with the frame
// inside (as for a frame in mid-clause already). Guards: a complete clause before the frame
// ("Die Lage sei ernst, so X, …"); an apposition after it ("…, so X, die Kämmerin der Stadt").
// And the source words after a frame's comma stop before a clause: "Karl Bauer, man müsse
// jetzt handeln" was taken as the source with an apposition; a Konjunktiv makes it a clause.
// Sentences we wrote.
func TestSoFrameInClause45(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "sei, so X, Schuld daran",
			text: "Der Bürgermeister sei, so Karl Bauer, Schuld daran, dass die Stadt kein Geld mehr habe.",
			want: []want{{"Der Bürgermeister sei, so Karl Bauer, Schuld daran, dass die Stadt kein Geld mehr habe", "Karl Bauer", "so", "Karl Bauer", false, false}}},
		{name: "sei es für alle, so der Bericht, möglich gewesen",
			text: "Alles in allem sei es für alle Vereine, so der Bericht der Stadt, möglich gewesen, im Winter zu trainieren.",
			want: []want{{"Alles in allem sei es für alle Vereine, so der Bericht der Stadt, möglich gewesen, im Winter zu trainieren", "", "so", "der Bericht der Stadt", false, false}}},
		{name: "guard: a complete clause before the frame; the source stops before the next clause",
			text: "Die Lage sei ernst, so Karl Bauer, man müsse jetzt handeln.",
			want: []want{{"Die Lage sei ernst", "Karl Bauer", "so", "Karl Bauer", false, false}}},
		{name: "guard: an apposition after the frame",
			text: "Die Stadt habe kein Geld, so Anna Roth, die Kämmerin der Stadt.",
			want: []want{{"Die Stadt habe kein Geld", "Anna Roth", "so", "*", false, false}}},
	})
}
