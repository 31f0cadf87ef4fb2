package quote

import "testing"

// TestSpkwrong2 (spkwrong2, a survey of named speakers on the stream): "IMAGO / Stefan Brandt
// Timo Kranich: „…“" gave the words to the photographer of the caption's credit, the first of
// two names run together before the colon; the name right before the colon speaks. "Als Karl
// ihn fragt, was er macht, erzählt er, dass …" took the clause of the question for a report
// with a parenthetical frame: after a fronted subordinate clause the verb is the main
// clause's and the "dass" clause its message. "Giulia sagt David die Meinung: „…“" gave the
// words to David: a given name the tagger missed right before the verb is its subject, the
// name after it the object; nobody the article knows speaks. "Urbans Parteifreund …, Martin
// Braukmann, wird noch schärfer: „…“" carried the speaker of the paragraph before: the name
// apposed to the subject between commas, the verb right after it, speaks. "„…“, sagte der
// zweimalige Tour-Sieger. „…“, schwärmte der Superstar." gave the second to the nearest other
// rider: an epithet right after one that named nobody names nobody either. Sentences we wrote.
func TestSpkwrong2(t *testing.T) {
	runFullCases(t, []quoteCase{
		{name: "photographer before the caption's person",
			text: "Union nach dem Pokalspiel\n\nDie Stimmen zum Spiel\n\nIMAGO / Stefan Brandt Timo Kranich: „Wir sind stolz auf die Mannschaft“\n\nIMAGO / Jan Huebner Paul Sommer: „Es ist bitter, hat aber Spaß gemacht“",
			want: []want{{"Wir sind stolz auf die Mannschaft", "Timo Kranich", "", "*", true, false},
				{"Es ist bitter, hat aber Spaß gemacht", "Paul Sommer", "", "*", true, false}}},
		{name: "photographer's whole name before the person's",
			text: "Union nach dem Pokalspiel\n\nDie Stimmen zum Spiel\n\nIMAGO / Matthias Koch Lars Fuchs: „Stolz, gut mitgehalten zu haben“",
			want: []want{{"Stolz, gut mitgehalten zu haben", "Lars Fuchs", "", "*", true, false}}},
		{name: "guard: no credit before the two names",
			text: "Streit um die Trennung\n\nDer Musiker wehrt sich. Sommers Anwalt Karl Wendler: „Die Vorwürfe sind falsch“",
			want: []want{{"Die Vorwürfe sind falsch", "*", "", "*", true, false}}},
		{name: "the dative object after the verb",
			text: "Streit im Camp\n\nDie Gruppe wählt Karl als Teamchef ab und will Lena zurückholen, doch das lässt Karl nicht zu: „Gebt mir meinen Titel zurück!“ Giulia sagt Karl die Meinung: „Du hast uns alle beleidigt, das war widerlich.“",
			want: []want{{"Du hast uns alle beleidigt, das war widerlich.", "", "*", "*", true, false}}},
		{name: "guard: the subject after an adverb",
			text: "Streit im Camp\n\nDie Gruppe wählt Karl Wendler als Teamchef ab. Dann sagt Karl Wendler: „Gebt mir meinen Titel zurück!“",
			want: []want{{"Gebt mir meinen Titel zurück!", "Karl Wendler", "*", "*", true, false}}},
		{name: "an epithet after one that names nobody",
			text: "Bergetappe in den Alpen\n\nKarl Wendler hat die Etappe gewonnen und seinem Rivalen Paul Sommer Zeit abgenommen.\n\nDamit baute der Sieger von 2020 seinen Vorsprung aus: Sommer liegt nun zwei Minuten zurück.\n\n\"Die Attacke war Instinkt\", sagte der zweimalige Tour-Sieger. \"Das war ideal heute\", schwärmte der Superstar.",
			want: []want{{"Die Attacke war Instinkt", "", "*", "*", true, false}, {"Das war ideal heute", "", "*", "*", true, false}}},
		{name: "the name apposed to the subject before the colon",
			text: "Streit in Sachsen\n\nDer Spitzenkandidat Karl Wendler reagiert verärgert: \"Solche Kampagnen schaden uns\", sagt er.\n\nWendlers Parteifreund und Direktkandidat in der Region, Paul Sommer, wird noch schärfer: \"Alles, was sie bewegen, ist uns zu schwächen.\"",
			want: []want{{"Alles, was sie bewegen, ist uns zu schwächen.", "Paul Sommer", "", "Paul Sommer", true, false}}},
		{name: "a question clause is no report",
			text: "Konzert in Karlsruhe\n\nAuch Lena aus dem Publikum wurde auf die Bühne geholt. Als Karl Wendler sie fragt, was sie so macht, wenn sie nicht tanzt, erzählt sie, dass sie Medizin studiert.",
			not:  []string{"Als Karl Wendler sie fragt, was sie so macht, wenn sie nicht tanzt"}},
	})
}
