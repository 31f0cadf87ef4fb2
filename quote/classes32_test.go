package quote

import "testing"

// Wrong speakers read on the stream's story pages (issue 12, stop 26, lead). Sentences we
// wrote; each case fails without its rule.

// TestSurnameEndingLikeATitle: a surname that merely ends in the letters of a title noun
// ("Trapp" and "App") is a name; "der Kapitän" after "Torhüter Kevin Trapp" was "Kevin".
func TestSurnameEndingLikeATitle(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a role before a name that ends like a title",
			text: "Torhüter Kevin Trapp haderte nach der Partie. „Es ist ein Spiel, das du gewinnen musst“, sagte der Kapitän bei einem Sender.",
			want: []want{{"Es ist ein Spiel, das du gewinnen musst", "Kevin Trapp", "sagte", "der Kapitän", true, false}}},
	})
}

// TestColonAfterAPairing: the words before a colon that name two people as sides or a list
// ("Duell Anna Müller gegen Karl Schmidt:") name no one speaker; the first of them was taken
// for it. One spoken of after the speaker ("Karl Schmidt über Anna Müller:") leaves him the
// speaker.
func TestColonAfterAPairing(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a pairing before the colon",
			text: "Der Psychologe Hans Berger deutet die Gesten von Politikern.\n\nTV-Duell Anna Müller gegen Karl Schmidt: „Das Publikum erwartet ein Spektakel wie im Zirkus.“",
			want: []want{{"Das Publikum erwartet ein Spektakel wie im Zirkus.", "", "", "TV-Duell Anna Müller gegen Karl Schmidt", true, false}}},
		{name: "a guard: the person spoken of after the speaker",
			text: "Der Trainer stellte am Mittag seinen Kader vor.\n\nKarl Schmidt über Anna Müller: „Sie hat sich in dieser Saison sehr gesteigert.“",
			want: []want{{"Sie hat sich in dieser Saison sehr gesteigert.", "Karl Schmidt", "", "Karl Schmidt", true, false}}},
		{name: "a guard: one name before the colon speaks",
			text: "Die Debatte im Landtag dauerte bis in die Nacht.\n\nAnna Müller im Landtag: „Wir brauchen mehr Lehrer an den Schulen.“",
			want: []want{{"Wir brauchen mehr Lehrer an den Schulen.", "Anna Müller", "", "Anna Müller", true, false}}},
	})
}
