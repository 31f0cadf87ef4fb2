package quote

import "testing"

// TestPurposeSollIsTheAuthors (issue 12, precision7): a passive "soll" after an adverb that
// points back to a measure ("So soll die Auswahl erleichtert werden", "Dadurch soll der Markt
// gestärkt werden") tells what the measure is for. After a report that only described it
// ("Minister X sagte, das Portal biete …") that is the author's explanation; after one that
// announced, planned or demanded the measure, by its cue or its words, it carries on the
// report. Sentences we wrote.
func TestPurposeSollIsTheAuthors(t *testing.T) {
	noSpeakerCases(t, []speakerNotCase{
		{name: "So soll … erleichtert werden after a description",
			text:  "Das Ministerium hat ein Schulportal freigeschaltet.\nBei der Vorstellung sagte Bildungsministerin Petra Lange, das Portal biete einen klaren Überblick über alle Schulen. So soll Eltern die Wahl der passenden Schule erleichtert werden.",
			quote: "Eltern die Wahl", speaker: "Petra Lange"},
		{name: "Dadurch soll … gestärkt werden after a judgement",
			text:  "Die Regierung gibt Zuschüsse für Firmenräder. Minister Jonas Brandt sagte, die Zuschüsse seien ein wichtiges Signal für die Branche. Dadurch soll auch der Markt für gebrauchte Räder gestärkt werden, weil Firmenräder schnell weiterverkauft werden.",
			quote: "Markt für gebrauchte Räder", speaker: "Jonas Brandt"},
	})
	speakerCases(t, []speakerCase{
		{name: "guard: after a demand the purpose carries on",
			text:  "Der Mieterbund Nordstadt fordert, die Regeln für Vermieter zu verschärfen. So sollen Mieter künftig besser vor Kündigungen geschützt werden.",
			quote: "Mieter künftig besser", speaker: "Mieterbund Nordstadt"},
		{name: "guard: after a plan told in the reported words the purpose carries on",
			text:  "Minister Jonas Brandt hatte Hilfen für Lastenräder in Aussicht gestellt. Brandt verwies darauf, dass die Regierung Zuschüsse für Firmenräder plane. Dadurch soll auch der Markt für gebrauchte Räder gestärkt werden, weil Firmenräder schnell weiterverkauft werden.",
			quote: "Markt für gebrauchte Räder", speaker: "Jonas Brandt"},
		{name: "guard: a plain passive soll after a report carries on",
			text:  "Die Gewerkschaft Verkehr kündigte Streiks in Kiel an, teilte die Gewerkschaft Verkehr mit. Damit würden die ersten Warnstreiks eingeläutet. Der Druck auf die Arbeitgeber soll erhöht werden.",
			quote: "Der Druck auf die Arbeitgeber", speaker: "Gewerkschaft Verkehr"},
	})
}

// TestGlossIsNoOnesWords (issue 12, precision7): "Das sollte wohl heißen: …" is the author's
// reading of what a speaker meant; the Konjunktiv after the colon is no one's words. A gloss
// in the Konjunktiv I ("Das solle heißen") is the speaker's own. Sentences we wrote.
func TestGlossIsNoOnesWords(t *testing.T) {
	const gloss = "Eine Reporterin fragte Ministerin Eva Roth nach dem Rücktritt ihres Parteichefs. Roth antwortete, dass Politik ein hartes Geschäft sei.\n\nDas sollte wohl heißen: Diese Härte habe nun einmal den Vorsitzenden getroffen."
	runQuoteCasesFull(t, []quoteCase{
		{name: "the author's gloss is no quotation", text: gloss, not: []string{"Das sollte wohl heißen: Diese Härte habe nun einmal den Vorsitzenden getroffen", "Diese Härte habe nun einmal den Vorsitzenden getroffen"}},
		{name: "nor with Soll heißen", text: "Ministerin Eva Roth sagte, der Haushalt sei knapp. Soll heißen: Neue Ausgaben werde es nicht geben.", not: []string{"Soll heißen: Neue Ausgaben werde es nicht geben", "Neue Ausgaben werde es nicht geben"}},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "the gloss is not Roth's", text: gloss, quote: "Diese Härte", speaker: "Eva Roth"},
	})
	speakerCases(t, []speakerCase{
		{name: "guard: a gloss in the Konjunktiv I is the speaker's",
			text:  "Ministerin Eva Roth sagte, der Haushalt sei knapp. Das solle heißen, neue Ausgaben werde es nicht geben.",
			quote: "neue Ausgaben werde", speaker: "Eva Roth"},
	})
}
