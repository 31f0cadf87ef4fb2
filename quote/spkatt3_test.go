package quote

import "testing"

// TestInvertedSubjectApposition (spkatt3, issue 12): after a speech verb its inverted subject
// may carry an apposition, a name or a role between commas, and a short form in brackets
// ("erklärte der Leiter der Wetterbehörde (IWB), Karl Obermann, Grönland verliere …"). The
// first comma was read as the start of the reported clause, so the name became part of the
// message; after the brackets nothing was reported at all. The reported clause starts after
// the apposition, which belongs to the source. Guards: a name right after the comma that is
// the clause's own subject stays in the message, and an apposition before "bekannt" keeps
// the clause after the particle. Sentences we wrote.
func TestInvertedSubjectApposition(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a name in apposition",
			text: "Gestern erklärte der Leiter der Wetterbehörde, Karl Obermann, Grönland verliere jedes Jahr viel Eis.",
			want: []want{{"Grönland verliere jedes Jahr viel Eis", "Karl Obermann", "erklärte", "der Leiter der Wetterbehörde, Karl Obermann", false, false}},
			not:  []string{"Karl Obermann, Grönland verliere jedes Jahr viel Eis"}},
		{name: "a short form in brackets and a name",
			text: "Gestern erklärte der Leiter der Wetterbehörde (IWB), Karl Obermann, Grönland verliere jedes Jahr viel Eis.",
			want: []want{{"Grönland verliere jedes Jahr viel Eis", "Karl Obermann", "erklärte", "der Leiter der Wetterbehörde (IWB), Karl Obermann", false, false}}},
		{name: "a short form in brackets alone",
			text: "Gestern erklärte der Leiter der Wetterbehörde (IWB), Grönland verliere jedes Jahr viel Eis.",
			want: []want{{"Grönland verliere jedes Jahr viel Eis", "", "erklärte", "der Leiter der Wetterbehörde (IWB)", false, false}}},
		{name: "a role in apposition to a name",
			text: "Gestern erklärte Karl Obermann, der Leiter der Wetterbehörde, Grönland verliere jedes Jahr viel Eis.",
			want: []want{{"Grönland verliere jedes Jahr viel Eis", "Karl Obermann", "erklärte", "Karl Obermann, der Leiter der Wetterbehörde", false, false}}},
		{name: "guard: the name is the clause's subject",
			text: "Gestern erklärte der Leiter der Wetterbehörde, Karl Obermann habe die Messwerte gefälscht.",
			want: []want{{"Karl Obermann habe die Messwerte gefälscht", "*", "erklärte", "der Leiter der Wetterbehörde", false, false}}},
		{name: "guard: a role opening the reported clause",
			// "ein Berater habe …" is the clause reported, no apposition to "Obermann".
			text: "Karl Obermann wohnt in Kiel. Dort erzählte Obermann, ein Berater habe ihnen \"sehr früh gesagt, das ist eine deutliche Ähnlichkeit.\"",
			want: []want{{"ein Berater habe ihnen \"sehr früh gesagt, das ist eine deutliche Ähnlichkeit.\"", "Karl Obermann", "erzählte", "Obermann", false, false}}},
		{name: "guard: an apposition before the particle",
			text: "Jetzt gab der Leiter der Polizei, Hans Huber, bekannt, dass der Dieb gefasst sei.",
			want: []want{{"dass der Dieb gefasst sei", "Hans Huber", "gab", "der Leiter der Polizei, Hans Huber", false, false}}},
	})
}

// TestQuotedNameOfCueSource (spkatt3, issue 12): a name in quotation marks right before
// "zufolge" or right after "laut" is who gave the information, never a quotation of the
// sentence's subject ("Zudem hob Obermann dem „Kurier“ zufolge … hervor" gave „Kurier“ as
// Obermann's words); nor is a short form in brackets after a quoted name ("im Fachblatt „Neue
// Botanik“ („NB“)"), which also kept the speech verb before it from reporting the clause
// after. Guard: "laut „Kurier“" still gives the paper as the source. Sentences we wrote.
func TestQuotedNameOfCueSource(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a quoted name before zufolge",
			text: lead + "Zudem hob Obermann dem „Kurier“ zufolge in einem Gespräch mit dem Sender die Bedeutung der Bahn hervor.",
			not:  []string{"Kurier"}},
		{name: "a short form in brackets after a quoted name",
			text: "Anna Lenz berichtete im Fachblatt „Neue Botanik“ („NB“), es sei nur Pollen von etwa 40 Pflanzen gefunden worden.",
			want: []want{{"es sei nur Pollen von etwa 40 Pflanzen gefunden worden", "Anna Lenz", "berichtete", "Anna Lenz", false, false}},
			not:  []string{"NB"}},
		{name: "guard: laut and a quoted name",
			text: lead + "Der Vorfall sei laut „Kurier“ schon lange bekannt gewesen.",
			want: []want{{"Der Vorfall sei laut „Kurier“ schon lange bekannt gewesen", "*", "laut", "„Kurier“", false, false}},
			not:  []string{"Kurier"}},
	})
}

// TestNameOpeningReportedClause (spkatt3, issue 12): "Gestern erklärte der Minister, Karl
// Obermann habe gelogen" gave the words to Karl Obermann: a name after the comma that follows
// a role was read as the role's apposition, though an auxiliary or a Konjunktiv form right
// after it makes it the subject of the clause reported. The minister is unnamed. Guard: a
// name closing the sentence after the role stays the speaker. Sentences we wrote.
func TestNameOpeningReportedClause(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "an auxiliary after the name",
			text: "Gestern erklärte der Minister, Karl Obermann habe gelogen.",
			want: []want{{"Karl Obermann habe gelogen", "", "erklärte", "der Minister", false, false}}},
		{name: "a Konjunktiv form after the name",
			text: "Gestern sagte die Ministerin, Karl Obermann sei ein Lügner.",
			want: []want{{"Karl Obermann sei ein Lügner", "", "sagte", "die Ministerin", false, false}}},
		{name: "guard: the name closes the sentence",
			text: "„Das Amt ist offen“, sagte der Chef der Behörde, Karl Obermann.",
			want: []want{{"Das Amt ist offen", "Karl Obermann", "sagte", "der Chef der Behörde, Karl Obermann", true, false}}},
	})
}

// TestLowerCaseSubjectNoun (spkatt3, issue 12): "sagte der 73-jährige in einem Gespräch" and
// "vermutet die taz" gave the report no source: the subject's noun is written in small letters,
// an age ("der 73-jährige", as "der 73-Jährige") or a paper's name the media list holds ("taz").
// Guards: an age before its noun stays an adjective ("der 73-jährige Rentner"). Sentences we
// wrote.
func TestLowerCaseSubjectNoun(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "an age after the verb",
			text: lead + "Am Montag sagte der 73-jährige in einem Gespräch mit einem Sender, dass der Hund sofort weggelaufen sei.",
			want: []want{{"dass der Hund sofort weggelaufen sei", "", "sagte", "der 73-jährige", false, false}}},
		{name: "an age before the verb",
			text: lead + "Der 73-jährige sagte, dass der Hund sofort weggelaufen sei.",
			want: []want{{"dass der Hund sofort weggelaufen sei", "", "sagte", "Der 73-jährige", false, false}}},
		{name: "a paper in small letters",
			text: lead + "In einem Beitrag vermutet die taz, dass der Zugriff auf die Daten längst üblich ist.",
			want: []want{{"dass der Zugriff auf die Daten längst üblich ist", "*", "vermutet", "die taz", false, false}}},
		{name: "guard: an age before its noun",
			text: lead + "Am Montag sagte der 73-jährige Rentner, dass der Hund sofort weggelaufen sei.",
			want: []want{{"dass der Hund sofort weggelaufen sei", "", "sagte", "der 73-jährige Rentner", false, false}}},
	})
}

// TestSubordinateClauseSubject (spkatt3, issue 12): in "…, weil Anwalt Peter Krämer immer
// wieder betont hatte, der Mann sei …" the subject of the clause the speech verb closes follows
// its conjunction; with adverbs between it and the verb it was not found, and the phrase
// opening the sentence ("Der Richter") was given instead. "zumal" is such a conjunction
// (quote_grammar). Sentences we wrote.
func TestSubordinateClauseSubject(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "adverbs before the verb",
			text: lead + "Der Richter blieb hart, weil Anwalt Peter Krämer immer wieder betont hatte, der Mann sei nie auffällig gewesen.",
			want: []want{{"der Mann sei nie auffällig gewesen", "Peter Krämer", "betont", "Anwalt Peter Krämer", false, false}}},
		{name: "an unnamed role",
			text: lead + "Der Richter blieb hart, weil der Anwalt immer wieder betont hatte, der Mann sei nie auffällig gewesen.",
			want: []want{{"der Mann sei nie auffällig gewesen", "", "betont", "der Anwalt", false, false}}},
		{name: "zumal",
			text: lead + "Der Richter blieb hart, zumal Anwalt Peter Krämer immer wieder betont hatte, der Mann sei nie auffällig gewesen.",
			want: []want{{"der Mann sei nie auffällig gewesen", "Peter Krämer", "betont", "Anwalt Peter Krämer", false, false}}},
	})
}

// TestObjectAfterAuxiliary (spkatt3, issue 12): in "Ein Landgericht hat die Firma Siemens
// aufgefordert, …" the phrase between the auxiliary and the participle is the object, yet it
// was given as the source: the subject's noun is in no list of sources, so the rules passed it
// over, and the ranker chose the object. An article phrase right before the auxiliary is the
// subject, and the ranker is not offered the object's slot. Guard: a phrase opened by an
// object's article ("Den Antrag", quote_objectdets) leaves the subject after the auxiliary.
// Sentences we wrote.
func TestObjectAfterAuxiliary(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "an unlisted court",
			text: lead + "Ein Landgericht hat die Firma Siemens aufgefordert, binnen drei Tagen alle Daten herauszugeben.",
			want: []want{{"binnen drei Tagen alle Daten herauszugeben", "", "aufgefordert", "Ein Landgericht", false, false}}},
		{name: "a court with its place",
			text: lead + "Ein Bezirksgericht in Ohio hat das Netzwerk Twitter aufgefordert, binnen drei Tagen alle Daten herauszugeben.",
			want: []want{{"binnen drei Tagen alle Daten herauszugeben", "", "aufgefordert", "Ein Bezirksgericht in Ohio", false, false}}},
		{name: "guard: an object first",
			text: lead + "Den Antrag hat der Minister abgelehnt, weil er zu teuer sei.",
			want: []want{{"weil er zu teuer sei", "", "abgelehnt", "der Minister", false, false}}},
	})
}

// TestQuotedModelName (spkatt3, issue 12): a model's or an object's name in quotation marks
// inside a sentence, capitalised words and a number ("der Stern „HD 4711“", "die „Falke FX
// 200“"), is no quotation of the speaker the sentence names. Guard: a quotation after a colon
// stays one. Sentences we wrote.
func TestQuotedModelName(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a star",
			text: lead + "Der neue Planet umkreist den Stern „HD 4711“, teilte die Sternwarte Kiel mit.",
			not:  []string{"HD 4711"}},
		{name: "a plane",
			text: lead + "Ersten Angaben der Polizei zufolge gehörte die „Falke FX 200“ einem Verein aus Kiel.",
			not:  []string{"Falke FX 200"}},
	})
}

// TestCompoundPluralSource (spkatt3, issue 12): "Den Polizeibehörden in Bremen zufolge, wurden
// …" was no cue: the source is a compound in the plural whose last part ("behörde") is an
// organisation noun only in the singular. A comma after "zufolge" changes nothing. Sentences we
// wrote.
func TestCompoundPluralSource(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a compound plural with its place and a comma",
			text: lead + "Den Polizeibehörden in Bremen zufolge, wurden bei der Durchsuchung viele Waffen gefunden.",
			want: []want{{"wurden bei der Durchsuchung viele Waffen gefunden", "", "zufolge", "Den Polizeibehörden in Bremen", false, false}}},
		{name: "a compound plural alone",
			text: lead + "Den Polizeibehörden zufolge wurden bei der Durchsuchung viele Waffen gefunden.",
			want: []want{{"wurden bei der Durchsuchung viele Waffen gefunden", "", "zufolge", "Den Polizeibehörden", false, false}}},
	})
}
