package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/article"
)

// TestObjectRelativeVerbLast (issue 12): a relative clause on the object of a verb of feeling
// or speech whose pronoun is followed by a name and whose verb stands last in the indicative
// describes that object; nobody says it. A Konjunktiv or a main clause after the comma still
// reports. Sentences we wrote.
func TestObjectRelativeVerbLast(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the title a club cannot lose",
			text: "Auch Torwart Jan Sommerfeld freute sich über die Meisterschaft, die Nordstadt bei zwölf Punkten Vorsprung nicht mehr zu nehmen ist.",
			not:  []string{"die Nordstadt bei zwölf Punkten Vorsprung nicht mehr zu nehmen ist"}},
		{name: "Konjunktiv after the name reports",
			text: "Trainerin Anna Berg lobte die Abwehr, die Nordstadt habe stark gespielt.",
			want: []want{{"die Nordstadt habe stark gespielt", "Anna Berg", "lobte", "Trainerin Anna Berg", false, false}}},
	})
}

// TestPointBackBareReports (issue 12): "Das berichtet X." after sentences in the Konjunktiv that
// no cue introduced gives them X as their source; a sentence with its own speaker before is
// left as it is. Sentences we wrote.
func TestPointBackBareReports(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "two Konjunktiv sentences, then the point back",
			text: "Bereits am Dienstag sei Karl Huber in eine Klinik gebracht worden. Dort sei der Sänger operiert worden. Das berichtet die Zeitung.",
			want: []want{
				{"Bereits am Dienstag sei Karl Huber in eine Klinik gebracht worden", "", "berichtet", "die Zeitung", false, false},
				{"Dort sei der Sänger operiert worden", "", "berichtet", "die Zeitung", false, false},
			}},
		{name: "a named point back",
			text: "Karl Huber sei in eine Klinik gebracht worden. Das berichtet die Polizei.",
			want: []want{{"Karl Huber sei in eine Klinik gebracht worden", "Polizei", "berichtet", "die Polizei", false, false}}},
	})
}

// TestAdviceAfterApposition (issue 12: the addressee is never the speaker): "Die frühere
// Sprecherin des Landtags, Anna Berg, rät Karl Huber, seine Kandidatur zu überdenken" is no
// parenthesis ("X, rät Y, Z"): after a verb of advice the name is whom it is addressed to and
// the infinitive the advice. Sentences we wrote.
func TestAdviceAfterApposition(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "subject with apposition, addressee, infinitive",
			text: "Die ehemalige Sprecherin des US-Landtags, Anna Berg, rät Karl Huber, seine Kandidatur noch einmal zu überdenken.",
			want: []want{{"seine Kandidatur noch einmal zu überdenken", "Anna Berg", "rät", "*", false, false}},
			not:  []string{"Die ehemalige Sprecherin des US-Landtags, Anna Berg"}},
		{name: "a warning after a report still names who warned",
			text: "Die Lage sei ernst, warnte Karl Huber, man müsse handeln.",
			want: []want{{"Die Lage sei ernst", "Karl Huber", "warnte", "Karl Huber", false, false}}},
	})
}

// TestGivenNameAndChannel (names the quotation stage keeps): a person's surname that also names
// a channel in the pack's media list ("Phoenix") stays part of the name after a given name.
// Sentences we wrote.
func TestGivenNameAndChannel(t *testing.T) {
	text := "Der Schauspieler Joaquin Phoenix ist in Venedig.\n\nJoaquin Phoenix über Kai Berg: „Ich bin gern hier“\n\nDas sagte er am Abend."
	a := paragraphs("t", text)
	var ents []article.Entity
	for off := 0; ; {
		i := strings.Index(text[off:], "Joaquin Phoenix")
		if i < 0 {
			break
		}
		st := utf8.RuneCountInString(text[:off+i])
		ents = append(ents, article.Entity{Start: st, End: st + 15, Text: "Joaquin Phoenix", Type: article.EntityPerson, Canonical: "Joaquin Phoenix"})
		off += i + len("Joaquin Phoenix")
	}
	check(t, run(a, dePack, ents...), []want{{"Ich bin gern hier", "Joaquin Phoenix", "", "Joaquin Phoenix", true, false}})
}
