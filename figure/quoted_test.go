package figure

import (
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
)

// TestFigureOutsideQuotation: the words a speech verb introduces are its quotation; a figure
// outside it (an apposition to the speaker, the audience) is the author's, and nobody gives
// it. A figure inside the quotation is the speaker's.
func TestFigureOutsideQuotation(t *testing.T) {
	tests := []struct {
		pack                 lang.Pack
		text, quoted, cue    string
		speaker, figure, who string
	}{
		{dePack, "„Wir haben das Spiel verdient gewonnen“, sagte Jonas Kranich vor 20.000 Zuschauern.",
			"Wir haben das Spiel verdient gewonnen", "sagte", "Jonas Kranich", "20.000", ""},
		{dePack, "„Wir haben 300 Drohnen abgeschossen“, sagte Jonas Kranich in Neustadt.",
			"Wir haben 300 Drohnen abgeschossen", "sagte", "Jonas Kranich", "300", "Jonas Kranich"},
		{enPack, "“We just kept fighting,” said Drew Parker, averaging 21 points a game.",
			"We just kept fighting,", "said", "Drew Parker", "21", ""},
	}
	for _, tc := range tests {
		a := paragraphs("t", tc.pack.Code(), tc.text)
		r := article.NewRunes(a.Text)
		at := func(sub string) (int, int) {
			i := strings.Index(a.Text, sub)
			if i < 0 {
				t.Fatalf("%q not in %q", sub, a.Text)
			}
			return r.Rune(i), r.Rune(i + len(sub))
		}
		an := &article.Analysis{}
		analyze.Segment(a, an, tc.pack)
		ps, pe := at(tc.speaker)
		an.Entities = []article.Entity{{Start: ps, End: pe, Text: tc.speaker, Type: "person", Canonical: tc.speaker}}
		qs, qe := at(tc.quoted)
		cs, ce := at(tc.cue)
		an.Quotes = []article.Quote{{Start: qs, End: qe, Text: tc.quoted, Speaker: tc.speaker, Direct: true,
			Cue: &article.Mark{Start: cs, End: ce, Text: tc.cue}, Source: &article.Mark{Start: ps, End: pe, Text: tc.speaker}}}
		New().Extract(a, an, tc.pack)
		checkGiver(t, tc.text, an.Figures, tc.figure, tc.who)
	}
}
