package quote

import (
	"strings"
	"testing"
)

// TestAdviceAddressee1800 (issue 12, fresh seed 1800): "Deshalb empfiehlt der Forscher
// Risikogruppen, … zu sein" named the addressee: after an appeal or advice (@o: empfehlen,
// raten, mahnen, warnen as bitten and auffordern already were), a word after the inverted
// subject's role noun that is no given name and never part of a longer name is whom the advice
// is for, and a noun phrase opening the sentence is the speaker, the one after the verb the
// addressee ("Vermeintliche Freunde warnten Obermeier"); an adverb opening the sentence
// (quote_openadvs: "Gleichzeitig warnte die Trainerin") is no subject.
// Sentences we wrote.
func TestAdviceAddressee1800(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a plural noun after the role is the addressee",
			text: "Die Virologin Carla Hendriks aus Kiel hat neue Zahlen vorgelegt. „Das ist beunruhigend“, sagt Hendriks dazu.\n\nDeshalb empfiehlt die Forscherin Risikogruppen, weiterhin vorsichtig zu sein und Masken zu tragen. Die Zahlen erscheinen im Juni.",
			want: []want{{"weiterhin vorsichtig zu sein und Masken zu tragen", "*", "empfiehlt", "die Forscherin", false, false}}},
		{name: "the subject opens the sentence, the addressee follows the verb",
			text: "Vermeintliche Freunde warnten Paul Obermeier, seine Karriere sei wichtiger. Er heiratete trotzdem.",
			want: []want{{"seine Karriere sei wichtiger", "", "warnten", "*", false, false}}},
		{name: "an adverb opening the sentence is no subject",
			text: "Die Trainerin Carla Hendriks war nach dem Spiel zufrieden. Gleichzeitig warnte die Trainerin davor, dass das Rückspiel schwerer werde. Die Mannschaft reist am Montag.",
			want: []want{{"dass das Rückspiel schwerer werde", "Carla Hendriks", "warnte", "die Trainerin", false, false}}},
		{name: "guard: a surname the article gives in full stays the speaker",
			text: "Die Trainerin Carla Hendriks war nach dem Spiel zufrieden. Deshalb empfiehlt die Trainerin Hendriks, weiterhin konzentriert zu bleiben. Die Mannschaft reist am Montag.",
			want: []want{{"weiterhin konzentriert zu bleiben", "Carla Hendriks", "empfiehlt", "die Trainerin Hendriks", false, false}}},
	})
	an := runFull(paragraphs("t", "Die Virologin Carla Hendriks aus Kiel hat neue Zahlen vorgelegt.\n\nDeshalb empfiehlt die Forscherin Risikogruppen, weiterhin vorsichtig zu sein und Masken zu tragen."), dePack)
	for _, q := range an.Quotes {
		if q.Speaker == "Risikogruppen" {
			t.Errorf("%q: the addressee named as the speaker", q.Text)
		}
	}
}

// TestBynameApposition1800 (issue 12, fresh seed 1800): "ein Zitat des Königs Friedrich II. -
// genannt Alter Fritz - zum Besten: „…“" named the byname: the participle of naming right after
// a comma, a dash or a bracket and before a capitalised word is an apposition giving a byname,
// no speech verb whose subject the name after it would be. Sentences we wrote.
func TestBynameApposition1800(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a byname between dashes before a colon",
			text: "Der Bürgermeister Paul Obermeier wuchs auf einem Hof auf. Vor den Bauern gab er ein Zitat des Grafen Ludwig Kranz - genannt Alter Kranz - zum Besten: „Das Land ist die erste aller Künste.“",
			want: []want{{"Das Land ist die erste aller Künste.", "*", "", "", true, false}}},
		{name: "a byname between commas is no quotation",
			text: "Die Schneiderin Anna Kusemann näht für das Team. Bereits das dritte Mal schneidert Kusemann, genannt Steffi, die Trikots. Sie ist stolz darauf.",
			not:  []string{"Bereits das dritte Mal schneidert Kusemann"}},
		{name: "guard: a passive of naming still reports",
			text: "Die Stadt sagte das Fest ab. Als Grund wurde genannt, dass die Kasse leer sei. Das Fest soll im Mai nachgeholt werden.",
			want: []want{{"dass die Kasse leer sei", "", "genannt", "*", false, false}}},
	})
	an := runFull(paragraphs("t", "Der Bürgermeister Paul Obermeier wuchs auf einem Hof auf. Vor den Bauern gab er ein Zitat des Grafen Ludwig Kranz - genannt Alter Kranz - zum Besten: „Das Land ist die erste aller Künste.“"), dePack)
	for _, q := range an.Quotes {
		if q.Speaker == "Ludwig Kranz" {
			t.Errorf("%q: the byname named as the speaker", q.Text)
		}
	}
}

// TestQuestionAsked1800 (issue 12, fresh seed 1800): "beantwortete er die Frage, wer sein
// Kindheits-Crush gewesen sei, ohne zu zögern: „…“" took the interview's question for his
// words: a clause opening with an interrogative after a noun of asking (quote_questionnouns)
// is the question, no message of the speech verb; the answer after the colon keeps its
// speaker. Sentences we wrote.
func TestQuestionAsked1800(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the question answered",
			text: "Der Sänger Paul Obermeier hat ein neues Album. Im Schnellfragen-Interview beantwortete er die Frage, wer sein erster Schwarm gewesen sei, ohne zu zögern: „Heidi!“\n\nDas Album erscheint im Mai.",
			want: []want{{"Heidi!", "Paul Obermeier", "*", "*", true, false}}},
		{name: "a question put by a journalist",
			text: "Die Ministerin Anna Kusemann reiste nach Kiel. Dort sagte sie auf die Frage eines Reporters, wie die Stimmung im Kabinett gewesen sei: „Gut, natürlich.“",
			want: []want{{"Gut, natürlich.", "Anna Kusemann", "*", "*", true, false}}},
		{name: "guard: an interrogative clause after the verb still reports",
			text: "Die Ministerin Anna Kusemann reiste nach Kiel. Dort betonte Kusemann im Gespräch, wie wichtig es sei, die Schulen zu stärken.",
			want: []want{{"wie wichtig es sei, die Schulen zu stärken", "Anna Kusemann", "betonte", "Kusemann", false, false}}},
	})
	for _, text := range []string{
		"Der Sänger Paul Obermeier hat ein neues Album. Im Schnellfragen-Interview beantwortete er die Frage, wer sein erster Schwarm gewesen sei, ohne zu zögern: „Heidi!“",
		"Die Ministerin Anna Kusemann reiste nach Kiel. Dort sagte sie auf die Frage eines Reporters, wie die Stimmung im Kabinett gewesen sei: „Gut, natürlich.“",
	} {
		for _, q := range runFull(paragraphs("t", text), dePack).Quotes {
			if q.Speaker != "" && (strings.HasPrefix(q.Text, "wer ") || strings.HasPrefix(q.Text, "wie ")) {
				t.Errorf("the question %q given to %q", q.Text, q.Speaker)
			}
		}
	}
}
