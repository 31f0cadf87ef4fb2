package quote

import "testing"

// TestTailFrameFresh2800 (issue 12, fresh2800): a Konjunktiv sentence that ends in a frame of
// its own after a comma — a finite verb the speech-verb list does not know and its subject
// ("…, beobachten Experten", "…, wetterte der frühere Profi Tom Brandt") — names its source
// there and does not carry on the report before. Unnamed experts name nobody; a named subject
// speaks. A pronoun or an epithet after the verb stays with the report before. Sentences we
// wrote.
func TestTailFrameFresh2800(t *testing.T) {
	const lead = "Der Forscher Tom Reiter lebt in Kiel. Reiter sagt: „Unser Problem ist der Luxus.“ "
	runQuoteCasesFull(t, []quoteCase{
		{name: "unnamed experts after the comma",
			text: lead + "Viele Gäste von heute seien die Hausbesitzer von morgen, beobachten Experten. Das Institut prüft den Markt.",
			want: []want{{"Viele Gäste von heute seien die Hausbesitzer von morgen", "", "", "Experten", false, false}},
			not:  []string{"Viele Gäste von heute seien die Hausbesitzer von morgen, beobachten Experten"}},
		{name: "a named person after the comma",
			text: lead + "Das entspräche zwar den Regeln, sei aber unsinnig, wetterte der frühere Segler Paul Anker. Das Institut prüft den Markt.",
			want: []want{{"Das entspräche zwar den Regeln, sei aber unsinnig", "Paul Anker", "", "der frühere Segler Paul Anker", false, false}}},
		{name: "the named person goes on in the next sentence",
			text: lead + "Der Markt sei zum Wettrennen zweier Lager geworden, analysiert die Ökonomin Ruth Falk. Die Stimmung sei auf beiden Seiten gereizt.",
			want: []want{
				{"Der Markt sei zum Wettrennen zweier Lager geworden", "Ruth Falk", "", "die Ökonomin Ruth Falk", false, false},
				{"Die Stimmung sei auf beiden Seiten gereizt", "Ruth Falk", "", "*", false, false}}},
		{name: "guard: a pronoun after the verb carries the report on",
			text: "Der Forscher Tom Reiter lebt in Kiel. Reiter sagte, das Problem sei der Luxus. Viele Gäste von heute seien die Hausbesitzer von morgen, beobachtet er.",
			want: []want{{"Viele Gäste von heute seien die Hausbesitzer von morgen, beobachtet er", "Tom Reiter", "", "*", false, false}}},
		{name: "guard: the same speaker named again carries the report on",
			text: "Der Forscher Tom Reiter lebt in Kiel. Reiter sagte, das Problem sei der Luxus. Viele Gäste von heute seien die Hausbesitzer von morgen, bemerkt Reiter.",
			want: []want{{"Viele Gäste von heute seien die Hausbesitzer von morgen, bemerkt Reiter", "Tom Reiter", "", "*", false, false}}},
	})
}

// TestGivenBesideNameFresh2800 (issue 12, fresh2800): "Eines Abends lernt Lina Tom kennen"
// in an article about Lina Berg, who is also called "Lina", with "Tom" alone elsewhere: the
// tagger glued the subject's given name and the object's name into one person, "Lina Tom",
// who does not exist. The words she tells after it are Lina Berg's; with two names in the
// subject's place nobody is named rather than a person made up. Sentences we wrote.
func TestGivenBesideNameFresh2800(t *testing.T) {
	const lead = "Die Sängerin Lina Berg wuchs in Hamm auf. Schon als Kind wollte Lina auf die Bühne. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a given name and the object glued",
			text: lead + "Eines Abends im Café lernt Lina Tom kennen und erzählt ihrer Schwester begeistert von dem Treffen: „Er hatte die schönsten Hände!“ Doch Tom hat andere Pläne.",
			want: []want{{"Er hatte die schönsten Hände!", "", "*", "*", true, false}}},
		{name: "guard: a second person of that given name, named in full twice",
			text: lead + "Ihre Freundin Lina Tom kam aus Bonn. „Wir waren unzertrennlich“, sagte Lina Tom. Auch Tom sang im Chor.",
			want: []want{{"Wir waren unzertrennlich", "Lina Tom", "*", "*", true, false}}},
	})
}
