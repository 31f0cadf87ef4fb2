package figure

import "testing"

// TestGiverBeforeVagueCount (stop 42, read on the stream's flood story): "nach Einschätzung der
// Behörden Hunderte, wenn nicht sogar Tausende Menschen" gave "Behörden Hunderte" as who gave
// the figure: a word of a rough count ends the source, as digits do. Sentences written for the
// test.
func TestGiverBeforeVagueCount(t *testing.T) {
	runGiverCases(t, dePack, []giverCase{
		{"In Norland müssen nach Einschätzung der Behörden Hunderte, wenn nicht sogar Tausende Menschen ihre Häuser verlassen.", "Tausende",
			[][3]string{{"Norland", "place", "Norland"}}, "Behörden"},
		{"Nach Angaben der Bergwacht wurden Dutzende Wanderer gerettet.", "Dutzende", nil, "Bergwacht"},
	})
}
