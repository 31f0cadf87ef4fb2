package quote

import (
	"testing"

	"crosscheck/article"
)

// TestRelayPhrase (issue 12, spkatt10): a reported quotation framed by a speech verb whose
// clause also holds a cue phrase ("laut X", "nach Angaben X", "X zufolge") keeps the verb's
// speaker and gives the phrase and its source as its relay, one quotation and not two: the
// phrase in the verb's clause after the verb ("bestätigte X laut Y", "sagte X der Zeitung
// zufolge") or inside the reported words. A phrase that is the cue itself and a direct
// quotation give none. Sentences we wrote.
func TestRelayPhrase(t *testing.T) {
	type relayCase struct {
		name, text, words, speaker string
		cue, source                string // "" for no relay
	}
	for _, tc := range []relayCase{
		{name: "the phrase after the inverted subject",
			text:    "Am Montag bestätigte Anna Roth laut der Agentur Nordpress, dass die Fähre nach Talheim eingestellt wird.",
			words:   "dass die Fähre nach Talheim eingestellt wird",
			speaker: "Anna Roth", cue: "laut", source: "der Agentur Nordpress"},
		{name: "a post phrase after the subject",
			text:    "Bürgermeister Karl Huber sagte der Zeitung zufolge, die Brücke werde im Sommer gesperrt.",
			words:   "die Brücke werde im Sommer gesperrt",
			speaker: "Karl Huber", cue: "zufolge", source: "der Zeitung"},
		{name: "nach Angaben inside the reported words",
			text:  "Die Polizei teilte mit, nach Angaben von Zeugen sei der Wagen viel zu schnell gefahren.",
			words: "nach Angaben von Zeugen sei der Wagen viel zu schnell gefahren",
			cue:   "nach Angaben von", source: "Zeugen"},
		{name: "the phrase inside the reported words",
			text:  "Der Verband der Bäcker berichtete, laut einer Umfrage unter den Mitgliedern würden viele Betriebe die Preise erhöhen.",
			words: "laut einer Umfrage unter den Mitgliedern würden viele Betriebe die Preise erhöhen",
			cue:   "laut", source: "einer Umfrage"},
		{name: "guard: no phrase",
			text:    "Am Montag bestätigte Anna Roth, dass die Fähre nach Talheim eingestellt wird.",
			words:   "dass die Fähre nach Talheim eingestellt wird",
			speaker: "Anna Roth"},
		{name: "guard: a direct quotation",
			text:    "„Wir bleiben in Talheim“, sagte Karl Huber laut einer Mitteilung.",
			words:   "Wir bleiben in Talheim",
			speaker: "Karl Huber"},
		{name: "guard: the adverb laut",
			text:    "Der Minister Karl Huber sagte, man denke laut über ein „Abkommen der Länder“ nach.",
			words:   "man denke laut über ein „Abkommen der Länder“ nach",
			speaker: "Karl Huber"},
		{name: "guard: the phrase is the cue",
			text:  "Laut der Agentur Nordpress wird die Fähre nach Talheim im Winter eingestellt.",
			words: "wird die Fähre nach Talheim im Winter eingestellt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := runFull(paragraphs("t", tc.text), dePack)
			var q *article.Quote
			for i := range an.Quotes {
				if an.Quotes[i].Text == tc.words {
					q = &an.Quotes[i]
				}
			}
			if q == nil {
				t.Fatalf("no quotation %q; got %+v", tc.words, an.Quotes)
			}
			whole := 0
			for _, x := range an.Quotes {
				if !x.Partial {
					whole++
				}
			}
			if whole != 1 {
				t.Errorf("%d quotations besides quoted fragments, want one: %+v", whole, an.Quotes)
			}
			if tc.speaker != "" && q.Speaker != tc.speaker {
				t.Errorf("speaker %q, want %q", q.Speaker, tc.speaker)
			}
			switch {
			case tc.cue == "" && q.Relay != nil:
				t.Errorf("relay %+v, want none", *q.Relay)
			case tc.cue != "" && q.Relay == nil:
				t.Errorf("no relay, want %q %q", tc.cue, tc.source)
			case tc.cue != "" && (q.Relay.Cue.Text != tc.cue || q.Relay.Source.Text != tc.source):
				t.Errorf("relay %q %q, want %q %q", q.Relay.Cue.Text, q.Relay.Source.Text, tc.cue, tc.source)
			}
		})
	}
}
