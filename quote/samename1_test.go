package quote

import "testing"

// TestReportedSubjectIsNotThePronoun (issue 12, samename1): "Theo müsse nicht üben, betont Vater
// Markus. „…“, sagt er": the lone given name opening the reported clause is whom the father
// speaks of; the one who speaks is named after the verb, and the pronoun goes on with him,
// never with the child the report is about. When the father spoke before, he is named; else
// nobody. Sentences we wrote.
func TestReportedSubjectIsNotThePronoun(t *testing.T) {
	speakerCases(t, []speakerCase{
		{name: "a father who spoke before",
			text: "Theo Brenner ist vier Jahre alt und spielt Geige. „Er hört nicht auf“, sagt Vater Markus.\n\n" +
				"Theo Brenner übt jeden Tag. Manche Nachbarn finden das zu viel. Theo müsse nicht üben, betont Vater Markus. " +
				"„Wir lassen ihn spielen, wann er mag“, sagt er.",
			quote: "wann er mag", speaker: "Markus"},
		{name: "a given name after the full name is the same person",
			text: "Ina Richter und ihr Mann wohnen in Halle. Ina Richter ist Lehrerin.\n\n" +
				"Sie sei oft gefragt worden, wie es ihr gehe, sagt Ina. „Gut“, antwortete sie dann.",
			quote: "Gut", speaker: "Ina Richter"},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "a father who did not speak before",
			text: "Theo Brenner ist vier Jahre alt und spielt Geige. Theo Brenner übt jeden Tag.\n\n" +
				"Manche Nachbarn finden das zu viel. Theo müsse nicht üben, betont Vater Markus. " +
				"„Wir lassen ihn spielen, wann er mag“, sagt er.",
			quote: "wann er mag", speaker: "Theo Brenner"},
	})
}

// TestComparedNameIsNotThePronoun (issue 12, samename1): "Wie Brandt erklärte, wolle er Kern auf
// der gleichen Position wie Paul Seiler einsetzen. „…“, sagte er": the player the coach
// compares with is not whom the sentence is about; the pronoun goes on with the coach. A
// sentence that opens with the comparison ("Sogar ein Star wie Karl Huber …") is about the
// one it names. Sentences we wrote.
func TestComparedNameIsNotThePronoun(t *testing.T) {
	speakerCases(t, []speakerCase{
		{name: "a player compared with",
			text: "Kern ersetzte Paul Seiler im Sturm. Sonst setzte Trainer Uwe Brandt auf die Elf vom Samstag.\n\n" +
				"Wie Brandt vor dem Spiel erklärte, wolle er Kern auf der gleichen Position wie Seiler einsetzen. " +
				"„Der kann mit dem Rücken zum Tor sehr gut spielen“, erklärte er im Radio.",
			quote: "Rücken zum Tor", speaker: "Uwe Brandt"},
	})
	speakerCases(t, []speakerCase{
		{name: "a sentence opening with the comparison",
			text: "Der Film läuft seit Mai. Sogar ein Star wie Karl Huber kann ihm etwas abgewinnen. " +
				"„Ich habe ihn dreimal gesehen“, sagte er.",
			quote: "dreimal gesehen", speaker: "Karl Huber"},
	})
}
