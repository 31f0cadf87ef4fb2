package quote

import "testing"

func TestZZ2(t *testing.T) {
	for _, s := range []string{
		"„Wir gehen“, erklärte der Generalvikar des Bistums Essen, Klaus Pfeffer, in einer Mitteilung.",
		"„Wir gehen“, erklärte der Generalvikar des Bistums, Klaus Pfeffer, in einer Mitteilung.",
		"„Wir gehen“, erklärte der Vikar von Essen, Klaus Pfeffer, in einer Mitteilung.",
		"„Wir gehen“, erklärte der Sprecher des Bistums Essen, Klaus Pfeffer, in einer Mitteilung.",
	} {
		a := paragraphs("t", s)
		an := runFull(a, dePack)
		for _, q := range an.Quotes {
			t.Logf("%q [%s/%s] src=%v", q.Text, q.Speaker, q.SpeakerHow, q.Source)
		}
	}
}
