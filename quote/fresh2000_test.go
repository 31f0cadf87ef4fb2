package quote

import "testing"

// TestTwoSurnames2000 (issue 12, fresh seed 2000): "Vor wenigen Monaten bezeichnete Ancelotti
// Kroos als „unersetzlich“" gave the word to Kroos: the tagger glues two surnames of people the
// article names in full into one name, and the name's last word chose the person. Two people
// side by side after the verb are subject and object, the subject first; after a verb of
// passing on words ("zitierte X Y") the words stay the object's. Sentences we wrote.
func TestTwoSurnames2000(t *testing.T) {
	const coach = "Der Trainer Carlo Benetti muss umbauen. Sein Spielmacher Tom Kranz hat die Karriere beendet. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "the subject before the object speaks",
			text: coach + "Vor wenigen Monaten bezeichnete Benetti Kranz als „unersetzlich“, nun muss er ihn ersetzen.",
			want: []want{{"unersetzlich", "Carlo Benetti", "bezeichnete", "Benetti Kranz", true, true}}},
		{name: "the object in the genitive does not speak",
			text: "Die Rennfahrer Nico Hallberg und George Rasmus stritten über die Rennleitung. „Heute war es genau das Gegenteil“, bestätigte Hallberg Rasmus’ Sichtweise.",
			want: []want{{"Heute war es genau das Gegenteil", "Nico Hallberg", "bestätigte", "*", true, false}}},
		{name: "guard: one person named in full speaks",
			text: coach + "„Wir brauchen Geduld“, sagte Tom Kranz.",
			want: []want{{"Wir brauchen Geduld", "Tom Kranz", "sagte", "Tom Kranz", true, false}}},
	})
	noSpeakerNamed(t, coach+"Vor wenigen Monaten bezeichnete Benetti Kranz als „unersetzlich“, nun muss er ihn ersetzen.", "unersetzlich", "Tom Kranz")
	noSpeakerNamed(t, "Der Sänger Paul Brandt traf den Regisseur Karl Wessel. Wessel sprach über Musik. „Musik ist alles“, zitierte Brandt Wessel im Podcast.", "Musik ist alles", "Paul Brandt")
}
