package quote

import "testing"

// TestImpersonalPassiveReport (stop 28, lead, read on the window's election story): "In
// Dresden wird gespottet, dass …" is a report of nobody named, with a cue of its own; it was
// read as a Konjunktiv-I sentence whose speaker is the subject of the speech verb before it
// ("beantwortet er Fragen") and credited to the politician it is about. Passive participles
// of mocking and rumour join the cue list. Sentences we wrote.
func TestImpersonalPassiveReport(t *testing.T) {
	const before = "Auch plädiert Karl Brenner seit Längerem für eine Änderung des Asylrechts. Auffällig oft vertritt er Positionen, von denen er weiß, dass sie im Land mehrheitsfähig sind. Brenner sucht den Kontakt zu den Menschen, erklärt seine Politik und die Demokratie. Stundenlang beantwortet er Fragen, macht sich Notizen.\n\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "mockery in the passive",
			text: before + "In Kiel wird gespottet, dass es kaum noch einen Bürger gebe, mit dem Brenner nicht gesprochen habe. Dabei ist diese Strategie nicht neu.",
			want: []want{{"dass es kaum noch einen Bürger gebe, mit dem Brenner nicht gesprochen habe", "", "*", "*", false, false}}},
		{name: "rumour in the passive",
			text: before + "In Kiel wird gemunkelt, dass Brenner bald in die Bundespolitik wechsle. Dabei ist das nicht neu.",
			want: []want{{"dass Brenner bald in die Bundespolitik wechsle", "", "*", "*", false, false}}},
	})
}
