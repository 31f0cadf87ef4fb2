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
