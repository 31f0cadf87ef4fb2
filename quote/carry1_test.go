package quote

import "testing"

// TestAuthorsIndicativeCarry1 (issue 12, brief carry1): a sentence after a report that opens
// with a main clause of the author's in the indicative, its Konjunktiv only after the comma
// (the content of a noun, a relative clause), is no continuation of that report. Sentences we
// wrote.
func TestAuthorsIndicativeCarry1(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "an impression, its content in Konjunktiv",
			text: "Der Minister Karl Wendt sprach in Bonn. Wendt räumte ein, es habe schwierige Stunden gegeben. Tatsächlich entstand in der Partei am Abend der Eindruck, die Koalition sei am Ende.",
			want: []want{{"es habe schwierige Stunden gegeben", "Karl Wendt", "räumte", "Wendt", false, false}},
			not:  []string{"Tatsächlich entstand in der Partei am Abend der Eindruck, die Koalition sei am Ende"}},
		{name: "demands, their content in Konjunktiv",
			text: "Die Senatorin Ella Brook ist erkrankt. Das teilte ihr Büro in Salem mit. Sie sei geimpft und zeige nur leichte Symptome. Inzwischen kommen auch aus ihrer Partei immer mehr Forderungen, Brook möge auf die Kandidatur verzichten.",
			not:  []string{"Inzwischen kommen auch aus ihrer Partei immer mehr Forderungen, Brook möge auf die Kandidatur verzichten"}},
		{name: "a copula and a relative clause in Konjunktiv",
			text: "Die Moderatorin Jana Holt empfiehlt eine App. „Korbfrei“ ist eine Einkaufs-App, die Hunderte Firmen auflistet, die mit Kinderarbeit verbunden seien.",
			not:  []string{"„Korbfrei“ ist eine Einkaufs-App, die Hunderte Firmen auflistet, die mit Kinderarbeit verbunden seien"}},
		{name: "guard: a Konjunktiv main clause carries on",
			text: "Der Minister Karl Wendt sprach in Bonn. Wendt sagte, die Gespräche seien schwierig gewesen. Am Ende sei aber eine Lösung gefunden worden.",
			want: []want{{"Am Ende sei aber eine Lösung gefunden worden", "Karl Wendt", "", "*", false, false}}},
		{name: "guard: the report's own modal before the comma",
			text: "Der Parteichef Jan Roth sprach in Kiel. „Für uns ist das eine harte Niederlage“, sagte Roth. Schuldige sollen nicht gesucht werden, doch müsse das Ergebnis aufgearbeitet werden.",
			want: []want{{"Schuldige sollen nicht gesucht werden, doch müsse das Ergebnis aufgearbeitet werden", "Jan Roth", "", "*", false, false}}},
		{name: "guard: the report's own modal after an adverb",
			text: "Der Parteichef Jan Roth sprach in Kiel. „Für uns ist das eine harte Niederlage“, sagte Roth. Zudem sollen keine Schuldigen gesucht werden, doch müsse das Ergebnis aufgearbeitet werden.",
			want: []want{{"Zudem sollen keine Schuldigen gesucht werden, doch müsse das Ergebnis aufgearbeitet werden", "Jan Roth", "", "*", false, false}}},
		{name: "guard: a speech verb after an apposition's comma",
			text: "Die Schneiderin Eva Lorenz näht in Jena. Für sie sei das eine Ehre, sagt Lorenz. 2016 hatte Ulla Brink, die damalige Trainerin, bei ihr angerufen und gefragt, ob sie für das Team nähen könne.",
			want: []want{{"2016 hatte Ulla Brink, die damalige Trainerin, bei ihr angerufen und gefragt, ob sie für das Team nähen könne", "*", "*", "*", false, false}}},
		{name: "guard: a colon after the clause",
			text: "Die Sängerin Mara Vogt hat einen neuen Song. „Wir lieben uns selbst“, sagt Vogt. Und genau da setzt die Kritik an: der Song vermittele eine Botschaft, die Unsicherheit auslösen könne.",
			want: []want{{"Und genau da setzt die Kritik an: der Song vermittele eine Botschaft, die Unsicherheit auslösen könne", "*", "*", "*", false, false}}},
		{name: "guard: the speaker's own view after the author's clause",
			text: "Der Minister Karl Wendt sprach in Bonn. Wendt sagte, dass er das nicht beurteilen könne. Zugleich bewies er seine Klugheit, indem er den Brief als Hinweis verstanden wissen wollte, dass etwas geschehen müsse.",
			want: []want{{"Zugleich bewies er seine Klugheit, indem er den Brief als Hinweis verstanden wissen wollte, dass etwas geschehen müsse", "Karl Wendt", "", "*", false, false}}},
		{name: "guard: a verb of its own at the end of the clause",
			text: "Der Trainer Jens Olde sprach in Bremen. Olde hatte gesagt, die Entscheidung sei gefallen. Ursprünglich hatte der Trainer schon im Mai kommuniziert, dass er mit vier Torhütern fahren werde.",
			want: []want{{"Ursprünglich hatte der Trainer schon im Mai kommuniziert, dass er mit vier Torhütern fahren werde", "Jens Olde", "", "*", false, false}}},
	})
}
