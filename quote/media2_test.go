package quote

import (
	"strings"
	"testing"

	"crosscheck/article"
)

// TestReportNounPointsBack (issue 12, media2): a report noun after a definite article with
// nothing after it ("dem Bericht zufolge", "laut dem Bericht", "so der Bericht") stands for the
// report of the one source the paragraph and the one before named as reporting; two sources,
// or none that reported, leave it unnamed. Sentences we wrote.
func TestReportNounPointsBack(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "zufolge after a medium in marks",
			text: "Wie die „Nordpost“ berichtet, wurde der Bürgermeister von Kleinau am Sonntag von der Polizei kontrolliert. Der Test musste dem Bericht zufolge mehrfach wiederholt werden.",
			want: []want{{"Der Test musste dem Bericht zufolge mehrfach wiederholt werden", "Nordpost", "zufolge", "dem Bericht", false, false}}},
		{name: "laut dem Bericht, a paragraph later",
			text: "Laut einem Bericht der „Abendpost“ will der Verein den Trainer noch in dieser Woche entlassen.\nDer Vorstand soll laut dem Bericht bereits einen Nachfolger gefunden haben.",
			want: []want{{"Der Vorstand soll laut dem Bericht bereits einen Nachfolger gefunden haben", "Abendpost", "laut", "dem Bericht", false, false}}},
		{name: "two media: either could have written it",
			text: "Wie die „Nordpost“ berichtet, soll die Brücke gesperrt werden. Laut dem „Abendblatt“ beginnen die Arbeiten im Mai. Die Kosten liegen dem Bericht zufolge bei drei Millionen Euro.",
			want: []want{{"Die Kosten liegen dem Bericht zufolge bei drei Millionen Euro", "", "zufolge", "dem Bericht", false, false}}},
		{name: "a person who spoke is no report",
			text: "Bürgermeisterin Anna Kessler sagte, die Brücke werde im Mai gesperrt. Die Kosten liegen dem Bericht zufolge bei drei Millionen Euro.",
			want: []want{{"Die Kosten liegen dem Bericht zufolge bei drei Millionen Euro", "", "zufolge", "dem Bericht", false, false}}},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "a report with a source of its own is not the medium's",
			text:  "Wie die „Nordpost“ berichtet, soll die Brücke gesperrt werden. Die Kosten liegen dem Bericht des Landesamts zufolge bei drei Millionen Euro.",
			quote: "liegen", speaker: "Nordpost"},
		{name: "an indefinite report is another one",
			text:  "Wie die „Nordpost“ berichtet, soll die Brücke gesperrt werden. Die Kosten liegen einem Bericht zufolge bei drei Millionen Euro.",
			quote: "liegen", speaker: "Nordpost"},
	})
}

// speakerNotCase is a text whose quotations holding the word quote must not be given speaker.
type speakerNotCase struct {
	name, text, quote, speaker string
}

func noSpeakerCases(t *testing.T, tests []speakerNotCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			seen := quotesHolding(tc.text, tc.quote, func(q article.Quote) {
				if q.Speaker == tc.speaker {
					t.Errorf("%q given to %q", q.Text, tc.speaker)
				}
			})
			if !seen {
				t.Logf("no quotation holds %q", tc.quote)
			}
		})
	}
}

// quotesHolding runs the full extraction on text and calls f with every quotation holding the
// words quote; it reports whether there was one.
func quotesHolding(text, quote string, f func(article.Quote)) bool {
	seen := false
	for _, q := range runFull(paragraphs("t", text), dePack).Quotes {
		if strings.Contains(q.Text, quote) {
			seen = true
			f(q)
		}
	}
	return seen
}

// TestBackReportMediumInMarks (issue 12, media2): "Darüber berichtet „X“ unter Berufung auf …"
// after Konjunktiv or "soll" sentences no cue introduced gives them the medium named in marks,
// with or without its article; "Darüber" points back only with a verb a medium reports with.
// Sentences we wrote.
func TestBackReportMediumInMarks(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "Darüber and a bare medium in marks",
			text: "Der Sänger Paul Wendt hatte im Winter eine Tournee begonnen.\nBereits am Montag sei Wendt in eine Klinik in Kiel gebracht worden. Dort sei der 70-Jährige operiert worden. Der Sänger soll sich in einem ernsten Zustand befinden. Darüber berichtet „Nordfunk“ unter Berufung auf seine Familie.",
			want: []want{
				{"Bereits am Montag sei Wendt in eine Klinik in Kiel gebracht worden", "Nordfunk", "berichtet", "„Nordfunk“", false, false},
				{"Dort sei der 70-Jährige operiert worden", "Nordfunk", "berichtet", "„Nordfunk“", false, false},
				{"Der Sänger soll sich in einem ernsten Zustand befinden", "Nordfunk", "berichtet", "„Nordfunk“", false, false},
			}},
		{name: "a clause made known by nobody, then the medium",
			text: "Der Sänger Paul Wendt lebt in Kiel. 2019 wurde bekannt, dass sich Wendt von seiner Band getrennt hat. Dies berichtete die „Abendpost“ unter Berufung auf Freunde des Sängers.",
			want: []want{{"dass sich Wendt von seiner Band getrennt hat", "Abendpost", "berichtete", "die „Abendpost“", false, false}}},
		{name: "Das and a bare medium in marks",
			text: "Der Verteidiger Tim Brandt soll in diesem Sommer zehn Kilo abgenommen haben. Das berichtet „Sportwelt“.",
			want: []want{{"Der Verteidiger Tim Brandt soll in diesem Sommer zehn Kilo abgenommen haben", "Sportwelt", "berichtet", "„Sportwelt“", false, false}}},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "Darüber with a verb of speaking is a topic",
			text:  "Die Stadt sei in großer Sorge um den Hafen gewesen. Darüber sprach Bürgermeister Jan Ohlsen am Abend.",
			quote: "Sorge", speaker: "Jan Ohlsen"},
		{name: "a body named after the medium is not the medium",
			text:  "Spieler der Jugend sollen im Trainingslager bedroht worden sein. Darüber berichtet „Die Woche“.\nDer Verein bestätigt die Vorwürfe. Das Training sei ausgesetzt worden, heißt es vom Verein.",
			quote: "ausgesetzt", speaker: "Die Woche"},
	})
}

// TestCuePhraseMediumInMarks (issue 12, media2): after a cue phrase ("laut", "nach Angaben",
// "nach Informationen") an article and a name in quotation marks are the medium the report
// goes by, though the tagger does not know the name; a number ending the name makes it an
// edition of a study, no medium. Sentences we wrote.
func TestCuePhraseMediumInMarks(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "laut der „X“ opening the sentence",
			text: lead + "Laut der „Nordpost“ will der Verein den Trainer noch in dieser Woche entlassen.",
			want: []want{{"will der Verein den Trainer noch in dieser Woche entlassen", "Nordpost", "Laut", "der „Nordpost“", false, false}}},
		{name: "laut dem „X“ inside the sentence",
			text: lead + "Der Verein will laut dem „Abendkurier“ den Trainer entlassen.",
			want: []want{{"Der Verein will laut dem „Abendkurier“ den Trainer entlassen", "Abendkurier", "laut", "dem „Abendkurier“", false, false}}},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "an edition of a study is no medium",
			text:  lead + "Laut dem „Wohnbarometer 2023“ sind die Mieten in Kiel stark gestiegen.",
			quote: "Mieten", speaker: "Wohnbarometer 2023"},
	})
}
