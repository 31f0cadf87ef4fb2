package quote

import "testing"

// TestInvertedFrameSpeaks (issue 12, precision6): a speech verb after a comma with its own
// subject right after it ("…, urteilte die Jury", "…, kritisierte die Kommentatorin: „…“",
// "„…“, sagte Verbandschef Jan Ruhl: „…“") frames what stands around it; the subject of the
// reported clause before it is whom the words are about, never who says them. Words in marks
// inside that clause, and a quotation after the colon, go to the frame's subject or to nobody.
// Sentences we wrote.
func TestInvertedFrameSpeaks(t *testing.T) {
	const (
		jury    = "Die Schauspielerin Marta Lind ist tot. Die Lind habe ihren Figuren „Wärme, Witz und Würde“ gegeben, urteilte die Jury."
		state   = "Paris rief zur Ruhe auf. Der Nachbarstaat Kordanien trage „Verantwortung“ dafür, „die Lage zu beruhigen“, erklärte der Präsidentenpalast."
		referee = "Der Trainer Paul Wendt war wütend. Schiedsrichter Karl Brenner habe auch sonst oft falsch entschieden, kritisierte die Kommentatorin: „Das sind Szenen, die ein Spiel entscheiden.“"
		split   = "Die Polizei verteidigte ihre Beamten. Der Spieler Tom Hark wurde demnach „kurz festgehalten, weil er zu schnell gefahren war“, sagte Verbandschef Jan Ruhl in einer Mitteilung: „Als er angehalten wurde, zeigte sich Herr Hark nicht kooperativ.“"
	)
	noSpeakerCases(t, []speakerNotCase{
		{name: "a list in marks in the reported clause is not its subject's", text: jury, quote: "Wärme, Witz", speaker: "Marta Lind"},
		{name: "a word in marks in the reported clause is not its subject's", text: state, quote: "Verantwortung", speaker: "Kordanien"},
		{name: "the quotation after the frame's colon is not the clause subject's", text: referee, quote: "Szenen, die ein Spiel", speaker: "Karl Brenner"},
		{name: "nor the first quotation of a split frame", text: split, quote: "zu schnell gefahren", speaker: "Tom Hark"},
	})
	speakerCases(t, []speakerCase{
		{name: "the second quotation after the same verb keeps its speaker",
			text: split, quote: "zeigte sich Herr Hark", speaker: "Jan Ruhl"},
		{name: "guard: a named frame after a word in marks speaks",
			text: "Die neue Suche hilft Laien. Man könne bei Mumps auch „Bauernbacke“ eingeben, sagte Minister Paul Wendt.", quote: "Bauernbacke", speaker: "Paul Wendt"},
		{name: "guard: a pronoun frame after words in marks speaks",
			text: "Der Kandidat Karl Vogt sprach in Kiel. Sollte er verlieren, werde „es keine Werften mehr“ geben, sagte er.", quote: "keine Werften", speaker: "Karl Vogt"},
		{name: "guard: an article frame with a colon speaks by its role",
			text: "Die Sängerin Eva Berg sprach offen. Früher wäre ein Nacktfoto für sie undenkbar gewesen, sagte die Künstlerin im Gespräch mit der Zeitung: „Heute mache ich, was ich will.“", quote: "Heute mache ich", speaker: "Eva Berg"},
	})
	runQuoteCasesFull(t, []quoteCase{
		{name: "the list stays a quotation", text: jury,
			want: []want{{"Wärme, Witz und Würde", "", "*", "*", true, true}}},
		{name: "a paper's name in a reported clause is no quotation",
			text: "Das Gericht gab dem Amt recht. Die Fragen des «Abendblatts» hätten sich nicht auf amtliche Informationen bezogen, argumentierte das Gericht.",
			not:  []string{"Abendblatts"}},
	})
}

// TestDemnachPointsToSentenceBefore (issue 12, precision6): "Demnach" stands for the source of
// the sentence right before. When that sentence is the reporter's own statement in a new
// paragraph ("Im Juni brachte das Kabinett die Reform auf den Weg. Demnach soll …"), the
// speaker of the paragraph before gave neither it nor what follows. Sentences we wrote.
func TestDemnachPointsToSentenceBefore(t *testing.T) {
	const reform = "Die Abgeordnete Lisa Korn sprach von „starren Vorgaben“, die das Land fesselten.\n" +
		"Im Mai brachte das Kabinett die Reform auf den Weg. Demnach soll die Einhaltung der Ziele künftig über mehrere Jahre geprüft werden."
	noSpeakerCases(t, []speakerNotCase{
		{name: "the reporter's sentence in a new paragraph", text: reform, quote: "die Einhaltung der Ziele", speaker: "Lisa Korn"},
	})
	speakerCases(t, []speakerCase{
		{name: "guard: Demnach opening the paragraph after the report",
			text:  "Die Rente bringt im Schnitt nur 130 Euro. Das berichtet die „Abendpost“ unter Berufung auf das Ministerium.\nDemnach erhielten Ende 2022 über eine Million Menschen die Leistung.",
			quote: "über eine Million Menschen", speaker: "Abendpost"},
		{name: "guard: a claim relayed with soll before Demnach",
			text:  "Wie die „Abendpost“ berichtet, soll der Trainer wählerisch sein.\nSchon im Vorjahr soll der Trainer mehrere Angebote gehabt haben. Demnach hätten zwei Vereine aus Kiel um ihn geworben.",
			quote: "zwei Vereine aus Kiel", speaker: "Abendpost"},
	})
}
