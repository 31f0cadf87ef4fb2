package quote

import "testing"

// TestLastSpeakerByPronoun (stop 28, lead, read on the stream): who spoke last counts when the
// text called them by a pronoun ("…, sagte er im Radio"), unless the nearest name stands in
// the sentence before or in the pronoun's own. A pronoun went to the person named last in the
// paragraph (a prime minister inside "eine Koalition unter …", a politician's husband named
// three sentences back, the Nobel laureate's co-laureate), since the last speaker was only
// looked for among named subjects; with the two apart, the pronoun could be either, and no
// speaker is better than the wrong one. Sentences we wrote.
func TestLastSpeakerByPronoun(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a named person after a pronoun's speech",
			text: "Grünen-Chef Peter Lammers sieht eine Chance in Sachsen. Die Koalition habe gut gearbeitet, sagte er im Radio. In Sachsen regiert eine Koalition unter Ministerpräsident Karl Brenner. Die Grünen wollen dort weiter mitregieren. Für Thüringen kündigte er eine Prüfung des Ergebnisses an, das er schmerzhaft nannte. „Ehrlich gesagt ist mein Schmerz heute randständig.“",
			want: []want{
				{"Die Koalition habe gut gearbeitet", "Peter Lammers", "sagte", "er", false, false},
				{"Ehrlich gesagt ist mein Schmerz heute randständig.", "", "", "", true, false},
			}},
		{name: "the nearest name in the sentence before, not in a prepositional phrase",
			text: "Grünen-Chef Peter Lammers sieht eine Chance in Sachsen. Die Koalition habe gut gearbeitet, sagte er im Radio. Ministerpräsident Karl Brenner sieht das anders. „Wir werden allein weiterregieren“, sagte er.",
			want: []want{
				{"Wir werden allein weiterregieren", "Karl Brenner", "sagte", "er", true, false},
			}},
		{name: "the nearest name only in a prepositional phrase of the sentence before",
			// Stop 28 (lead): the sentence before names Brenner only after "von" and has no
			// person for its subject; Lammers, whom the paragraph is about, agrees too.
			text: "Grünen-Chef Peter Lammers sieht eine Chance in Sachsen. Die Koalition habe gut gearbeitet, sagte er im Radio. Unterstützung erhielt er auch von Ministerpräsident Karl Brenner. „Wir werden gemeinsam weiterregieren“, sagte er.",
			want: []want{
				{"Wir werden gemeinsam weiterregieren", "", "sagte", "er", true, false},
			}},
		{name: "a prime minister inside a coalition, then a pronoun's sentence",
			// Stop 28 (lead, read on the window): the Greens' leader's words went to the prime
			// minister named in "eine Koalition unter …".
			text: "Grünen-Chef Peter Lammers sieht eine Chance in Sachsen. Die Koalition habe gut gearbeitet, sagte er im Radio. In Sachsen regiert eine Koalition unter Ministerpräsident Karl Brenner. Für Thüringen kündigte er eine Prüfung des Ergebnisses an, das er schmerzhaft nannte. „Ehrlich gesagt ist mein Schmerz heute randständig.“",
			want: []want{
				{"Ehrlich gesagt ist mein Schmerz heute randständig.", "", "", "", true, false},
			}},
		{name: "the pronoun's speaker is the one named last",
			text: "Ministerpräsident Karl Brenner sprach am Abend. Die Koalition habe gut gearbeitet, sagte er im Radio. Für Thüringen kündigte er eine Prüfung des Ergebnisses an, das er schmerzhaft nannte. „Ehrlich gesagt ist mein Schmerz heute randständig.“",
			want: []want{
				{"Ehrlich gesagt ist mein Schmerz heute randständig.", "Karl Brenner", "", "*", true, false},
			}},
	})
}
