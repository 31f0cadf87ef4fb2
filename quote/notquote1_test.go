package quote

import "testing"

// TestFrontedPhraseNotquote1 (issue 12, brief notquote1): a phrase of time, means or occasion
// before the comma ("Nach der knappen Niederlage gegen X, bittet er …", "Allein mit zwei
// Paraden, die …, unterstrich sie …", "Erst Wochen, nachdem …, sprach er darüber") was taken for
// what the subject after the verb said; it is the fronted adverbial of that sentence, with no
// verb of its own. A clause with a verb before the comma stays a report. Sentences we wrote.
func TestFrontedPhraseNotquote1(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a prepositional phrase alone",
			text: "Tennis in Lindau. Nach der relativ knappen Niederlage gegen den Lokalmatador Karl Brenner, bittet der Schwede Olle Berg den Sieger um sein Stirnband, dass er während des Spiels trug.",
			not:  []string{"Nach der relativ knappen Niederlage gegen den Lokalmatador Karl Brenner"}},
		{name: "a phrase with a relative clause on its noun",
			text: "Das Finale war spannend. Allein mit zwei Paraden, die in der ersten Halbzeit kurz aufeinander folgten, unterstrich Torhüterin Lena Kroll ihre ganze Klasse.",
			not:  []string{"Allein mit zwei Paraden, die in der ersten Halbzeit kurz aufeinander folgten"}},
		{name: "a time phrase with a subordinate clause",
			text: "Der Sänger Tom Ried lebt in Bonn. Erst einige Wochen, nachdem die Trennung von seiner Frau durch war, sprach Tom Ried öffentlich darüber.",
			not:  []string{"Erst einige Wochen, nachdem die Trennung von seiner Frau durch war"}},
		{name: "guard: a clause with a verb after a prepositional opening",
			text: "Der Bürgermeister Karl Bauer war vor Ort. In der Stadt herrscht seit Tagen großes Chaos, sagte Karl Bauer.",
			want: []want{{"In der Stadt herrscht seit Tagen großes Chaos", "Karl Bauer", "sagte", "Karl Bauer", false, false}}},
		{name: "guard: a main clause after the phrase",
			text: "Die Autorin Eva Lind lebt in Bonn. In Deutschland, da gibt es sechs Jahreszeiten, schrieb die Autorin Eva Lind.",
			want: []want{{"In Deutschland, da gibt es sechs Jahreszeiten", "Eva Lind", "schrieb", "*", false, false}}},
		{name: "guard: a parenthetical frame after the phrase",
			text: "Der Verteidiger Edi Tapp sprach vor dem Spiel. In der Vorsaison, betonte Edi Tapp, hätten die Profis ihre Fans leiden sehen.",
			want: []want{{"hätten die Profis ihre Fans leiden sehen", "Edi Tapp", "betonte", "Edi Tapp", false, false}}},
		{name: "guard: the verb after the phrase frames a clause of its own",
			text: "Die Wahl in Frankreich läuft. Am Samstag, an dem die Abstimmung in Übersee bereits begonnen hat, teilt das Institut Ipsos mit, dass die Ergebnisse knapp ausfallen könnten.",
			want: []want{{"dass die Ergebnisse knapp ausfallen könnten", "*", "teilt", "*", false, false}}},
		{name: "guard: a Konjunktiv after a prepositional opening",
			text: "Der Bürgermeister Karl Bauer war vor Ort. Nach dem Sturm sei die Lage ernst, sagte Karl Bauer.",
			want: []want{{"Nach dem Sturm sei die Lage ernst", "Karl Bauer", "sagte", "Karl Bauer", false, false}}},
	})
	// The subject of the verb after the phrase is whom it names, never a name inside it; a
	// clause after its object is none the verb frames.
	an := runFull(paragraphs("t", "Tennis in Lindau. Nach der relativ knappen Niederlage gegen den Lokalmatador Karl Brenner, bittet der Schwede Olle Berg den Sieger um sein Stirnband, dass er während des Spiels trug."), dePack)
	for _, q := range an.Quotes {
		if q.Speaker != "" {
			t.Errorf("%q given to %s; what he asks for is no speech", q.Text, q.Speaker)
		}
	}
}

// TestTitleAfterNounNotquote1 (issue 12, brief notquote1): a title in quotation marks right
// after its noun ("In der neuen Folge „Helden der Küste“ erzählt die Seglerin …", "im Bereich
// „Musik für Kinder“ mitzuwirken") was taken for the words of the clause's subject; it is the
// name of a show or a field. After a verb of naming the words are what someone called the noun.
// Sentences we wrote.
func TestTitleAfterNounNotquote1(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a podcast's title after Folge",
			text: "Die Seglerin Maja Korn startet in Kiel. In der neuen Folge „Helden der Küste“ mit Reporter Jan Stein erzählt die Seglerin, warum es für sie nicht leicht war.",
			not:  []string{"Helden der Küste"}},
		{name: "a field's name after Bereich",
			text: "Der Gitarrist Ole Brandt unterrichtet in Ulm. Daneben fand Ole Brandt noch die Zeit, um bei vielen Büchern im Bereich „Musik für Kinder“ mitzuwirken.",
			not:  []string{"Musik für Kinder"}},
		{name: "guard: a list in marks after a noun",
			text: "Die Schauspielerin Ruth Kramer ist tot. Die Kramer habe ihren Rollen „Stil, Haltung und Grandezza“ verliehen, urteilte die Jury.",
			want: []want{{"Stil, Haltung und Grandezza", "*", "*", "*", true, true}}},
		{name: "guard: what a verb of naming calls the noun",
			text: "Die Ministerin Eva Lind sprach am Montag in Kiel. Eva Lind nannte die Reform „Betrug am Wähler“.",
			want: []want{{"Betrug am Wähler", "Eva Lind", "nannte", "Eva Lind", true, true}}},
	})
}

// TestNoticeSentenceNotquote1 (issue 12, brief notquote1): a video player's notice pasted into
// a paragraph ("Bitte verwende den Chrome-Browser, um unseren Videoplayer … nutzen zu
// können!") reads like a Konjunktiv and was carried on as the report of the person quoted
// before; a sentence holding a furniture phrase is no one's report. Sentences we wrote.
func TestNoticeSentenceNotquote1(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a video player's notice after a quotation",
			text: "„Wir wollen das Derby gewinnen“, sagte Trainer Karl Brenner.\n\nBitte verwende den Firefox-Browser, um unseren Videoplayer ohne Fehler nutzen zu können! 2:10 Im Derby ging es hart zur Sache.",
			not:  []string{"Bitte verwende den Firefox-Browser, um unseren Videoplayer ohne Fehler nutzen zu können"}},
		{name: "guard: a report carried on",
			text: "„Wir wollen das Derby gewinnen“, sagte Trainer Karl Brenner.\n\nSeine Mannschaft verwende den neuen Ball, um den Gegner unter Druck zu setzen.",
			want: []want{{"Seine Mannschaft verwende den neuen Ball, um den Gegner unter Druck zu setzen", "Karl Brenner", "*", "*", false, false}}},
	})
}
