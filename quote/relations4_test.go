package quote

import (
	"strings"
	"testing"
)

// TestKinNounTiedToOne (issue 12, relations4): a definite kin noun as the source ("sagte die
// Mutter", "so der Vater", "erzählt ihr Mann") names the one person the text gives that kin
// noun right before the name ("Mutter Lisa Schwarz", "ihr Vater Karl Berg") or in an
// apposition ("Lisa Schwarz, die Mutter von Tom,"). Two such people, a kin noun with another
// qualifier ("die zweifache Mutter") or no tie leave the speaker empty, and the kin noun is
// never part of a name. Sentences we wrote.
func TestKinNounTiedToOne(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "kin noun right before the name",
			text: "Der kleine Tom Brenner wurde am Montag aus der Klinik entlassen. Mutter Lisa Schwarz wartete vor der Tür.\n„Wir sind unendlich erleichtert“, sagte die Mutter.",
			want: []want{{"Wir sind unendlich erleichtert", "Lisa Schwarz", "sagte", "die Mutter", true, false}}},
		{name: "possessive and kin noun before the name",
			text: "Jonas Weller gewann das Rennen in Kiel. Am Ziel wartete sein Vater Karl Berg mit Blumen.\n„Ich bin so stolz auf ihn“, so der Vater.",
			want: []want{{"Ich bin so stolz auf ihn", "Karl Berg", "so", "der Vater", true, false}}},
		{name: "apposition",
			text: "Die Familie hofft weiter. Lisa Schwarz, die Mutter von Tom, hat Plakate in der ganzen Stadt aufgehängt.\n„Wir geben nicht auf“, sagte die Mutter.",
			want: []want{{"Wir geben nicht auf", "Lisa Schwarz", "sagte", "die Mutter", true, false}}},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "two mothers named",
			text:  "Mutter Lisa Schwarz und Mutter Anna Roth standen am Tor der Schule.\n„Wir haben Angst um unsere Kinder“, sagte die Mutter.",
			quote: "Angst um unsere Kinder", speaker: "Lisa Schwarz"},
		{name: "two mothers named, the other",
			text:  "Mutter Lisa Schwarz und Mutter Anna Roth standen am Tor der Schule.\n„Wir haben Angst um unsere Kinder“, sagte die Mutter.",
			quote: "Angst um unsere Kinder", speaker: "Anna Roth"},
		{name: "a kin noun with another qualifier",
			text:  "Mutter Lisa Schwarz hatte die Polizei gerufen. Eine Nachbarin half.\n„Das war furchtbar“, sagte die zweifache Mutter.",
			quote: "Das war furchtbar", speaker: "Lisa Schwarz"},
		{name: "no tie",
			text:  "Lisa Schwarz wohnt in Kiel. Ihr Sohn geht dort zur Schule.\n„Das ist ein Skandal“, sagte die Mutter.",
			quote: "ein Skandal", speaker: "Lisa Schwarz"},
	})
}

// TestKinNounNoPartOfName: the kin noun before a name is never part of the speaker's name.
func TestKinNounNoPartOfName(t *testing.T) {
	an := runFull(paragraphs("t", "„Wir sind froh“, sagte Mutter Lily am Abend.\n„Es geht ihm besser“, sagte die Mutter."), dePack)
	for _, q := range an.Quotes {
		if q.Speaker == "Mutter Lily" {
			t.Errorf("%q given to %q", q.Text, q.Speaker)
		}
	}
}

// TestDemnachAfterOtherCue: "Demnach" points back to the sentence right before; when that
// sentence has a cue with a source of its own ("laut Medienberichten") that gave no report we
// found, the word is not the speaker two sentences back. "ihm zufolge" takes up that speaker
// and keeps the tie. Sentences we wrote.
func TestDemnachAfterOtherCue(t *testing.T) {
	noSpeakerCases(t, []speakerNotCase{
		{name: "laut with its own source in between",
			text:  "Der Sänger sei am Abend überfallen worden, sagte seine Schwester Mira Lenz dem Sender RTN. Die Täter seien geflohen. Die Polizei bestätigte am Montag laut Medienberichten den Überfall.\nDemnach hatten die Täter versucht, das Auto des Sängers zu stehlen.",
			quote: "Täter versucht", speaker: "Mira Lenz"},
	})
	an := runFull(paragraphs("t", "Die Wahl in Kiel hat nach Angaben von Wahlleiter Tom Brenner ruhig begonnen. Die Beteiligung lag ihm zufolge am Mittag bei 20 Prozent, etwas mehr als zuletzt. Die höchste Beteiligung wurde demnach in Gaarden gemeldet."), dePack)
	seen := false
	for _, q := range an.Quotes {
		if strings.Contains(q.Text, "höchste Beteiligung") || strings.Contains(q.Text, "in Gaarden") {
			seen = true
			if q.Speaker != "Tom Brenner" {
				t.Errorf("%q given to %q, want Tom Brenner", q.Text, q.Speaker)
			}
		}
	}
	if !seen {
		t.Errorf("no quotation after demnach")
	}
}

// TestKinNounPossessive: "erzählte seine Mutter" after "seine Mutter Lisa Lloyd".
func TestKinNounPossessive(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "possessive kin noun as the source",
			text: "Der Schauspieler Tom Brenner ist tot. „Tom hatte schon früh Probleme“, erinnerte sich seine Mutter Lisa Lloyd bei einem Sender.\nSpäter ging es ihm besser. „Er lacht wieder“, erzählte seine Mutter.",
			want: []want{{"Er lacht wieder", "Lisa Lloyd", "erzählte", "seine Mutter", true, false}}},
	})
}
