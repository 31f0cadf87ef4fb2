package quote

import "testing"

// TestCapitalParticle (stop 35, issue 12): a surname with particles opening a sentence ("Von
// der Marwitz bekräftigte …") was dropped as a name, so "sie" after it looked back to the
// paragraph before, found two men and named nobody. The capitalised particle belongs to the
// name there; and "Von", a given name in the census tables, does not make "Von der Marwitz",
// given twice, a fuller form than "Helga von der Marwitz" (it had, of a man's given name, so
// "sie" disagreed). Guard: a preposition "Von" opening a sentence names nobody. Sentences we
// wrote.
func TestCapitalParticle(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "she after the surname with particles",
			text: "Von der Marwitz nennt Reederei gierig\n" +
				"Wirtschaftsministerin Helga von der Marwitz (SPD) hat die Reederei scharf angegriffen. Sie sprach am Montag in Kiel.\n" +
				"Auch Karl Bauer und Peter Holm griffen die Reederei an.\n" +
				"Von der Marwitz bekräftigte das Ziel, die Werft zu stärken. In diesem Zusammenhang forderte sie, der Hafen müsse ausgebaut werden.",
			want: []want{{"der Hafen müsse ausgebaut werden", "Helga von der Marwitz", "forderte", "sie", false, false}}},
		{name: "guard: a preposition before a place",
			text: "Karl Bauer und Peter Holm kamen nach Kiel.\nVon der Werft in Kiel kam gute Nachricht. Sie sagte, die Stadt sei stark.",
			want: []want{{"die Stadt sei stark", "", "sagte", "Sie", false, false}}},
	})
}
