package quote

import "testing"

// TestAppositionBeforeMessage11 (issue 12, spkatt11, SpkAtt class "boundary, right
// narrower"): an apposition that opens with an article, set by commas between the inverted
// subject of a speech verb and "dass" ("erklärte der Eigentümer, das Felsheimer Medienhaus
// Weber, dass …"), names the source: it is no part of the message, and the Source mark runs
// over it. The speaker does not change. Guards: a role after a name as before, a clause after
// the comma that has a verb, a comma without an apposition. Sentences we wrote.
func TestAppositionBeforeMessage11(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Felsheim. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "an organisation in apposition to a noun before dass",
			text: lead + "Am Montag erklärte der Eigentümer, das Felsheimer Medienhaus Weber, dass das Blatt in einer schwierigen Lage sei.",
			want: []want{{"dass das Blatt in einer schwierigen Lage sei", "", "erklärte", "der Eigentümer, das Felsheimer Medienhaus Weber", false, false}}},
		{name: "an apposition with an adjective",
			text: lead + "Am Montag betonte der Betreiber, die regionale Bahngesellschaft Nordland, dass die Strecke bald wieder frei sei.",
			want: []want{{"dass die Strecke bald wieder frei sei", "", "betonte", "der Betreiber, die regionale Bahngesellschaft Nordland", false, false}}},
		{name: "an apposition without a role after a name",
			text: lead + "Am Montag sagte Anna Roth, ein langjähriges Mitglied des Felsheimer Stadtrats, dass die Brücke im Sommer gesperrt werde.",
			want: []want{{"dass die Brücke im Sommer gesperrt werde", "Anna Roth", "sagte", "Anna Roth, ein langjähriges Mitglied des Felsheimer Stadtrats", false, false}}},
		{name: "a person's name keeps its speaker",
			text: lead + "Am Montag erklärte Anna Roth, die Chefin der Felsheimer Stadtwerke, dass die Leitung repariert sei.",
			want: []want{{"dass die Leitung repariert sei", "Anna Roth", "erklärte", "Anna Roth, die Chefin der Felsheimer Stadtwerke", false, false}}},
		{name: "guard: a clause with a verb after the comma",
			text: lead + "Am Montag erklärte der Eigentümer, die Zeitung werde verkauft.",
			want: []want{{"die Zeitung werde verkauft", "", "erklärte", "der Eigentümer", false, false}}},
	})
}
