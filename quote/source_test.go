package quote

import (
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
)

// TestSourceWords checks the source words a quotation reports: the words of the text that name
// who said it, with what describes them (a parenthesis, a quoted name, an apposition, a place),
// while the speaker stays the resolved person or none.
func TestSourceWords(t *testing.T) {
	cases := []struct {
		name, text, source, speaker string
	}{
		{"apposition closing the sentence", "„Wir bleiben hier“, sagte Karl Haberkorn, der Bürgermeister von Felsheim. Dann ging er.",
			"Karl Haberkorn, der Bürgermeister von Felsheim", "Karl Haberkorn"},
		{"apposition after an inverted subject", "„Wir bleiben hier“, sagte Karl Haberkorn, der Bürgermeister von Felsheim, am Montag.",
			"Karl Haberkorn, der Bürgermeister von Felsheim", "Karl Haberkorn"},
		{"genitive with an indefinite article", "Nach Angaben eines neutralen Vermittlers werde eine dritte Runde bald stattfinden.",
			"eines neutralen Vermittlers", ""},
		{"a verb after the noun ends the source", "Nach Angaben eines Bahnsprechers blockierten Bäume an vielen Stellen die Gleise.",
			"eines Bahnsprechers", ""},
		{"name apposed to a role", "„Wir bleiben hier“, sagte der Bürgermeister von Felsheim, Karl Haberkorn. Dann ging er.",
			"der Bürgermeister von Felsheim, Karl Haberkorn", "Karl Haberkorn"},
		{"party in brackets", "Die Ministerin Erna Walzbach (SPD) sagte, man werde bleiben.",
			"Die Ministerin Erna Walzbach (SPD)", "Erna Walzbach"},
		{"quoted name of an outlet, which reports", "Die Zeitschrift „Bergblick“ berichtet, der Gipfel sei gesperrt.",
			"Die Zeitschrift „Bergblick“", "Bergblick"},
		{"place after the subject", "Ein Sprecher der Polizei in Felsheim sagte, der Gipfel sei gesperrt.",
			"Ein Sprecher der Polizei in Felsheim", ""},
		{"a time is no source; a body speaks", "Die Polizei am Montag sagte, der Gipfel sei gesperrt.",
			"Die Polizei", "Polizei"},
		{"subject before the auxiliary", "Der 60-jährige Wirt hatte seit Wochen erklärt, die Küche bleibe geschlossen.",
			"Der 60-jährige Wirt", ""},
		{"subject after the auxiliary", "Am Dienstag hat die Bergwacht angekündigt, die Hütte bleibe zu.",
			"die Bergwacht", ""},
		{"impersonal report names where", "In dem Bericht des Amtes heißt es, der Gipfel sei gesperrt.",
			"In dem Bericht des Amtes", ""},
		{"impersonal report after the quotation", "„Der Gipfel ist zu“, heißt es in einer Mitteilung der Bergwacht.",
			"in einer Mitteilung der Bergwacht", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			an := runRules(paragraphs("t", tc.text), dePack)
			if len(an.Quotes) == 0 {
				t.Fatalf("no quotation in %q", tc.text)
			}
			q := an.Quotes[0]
			got := ""
			if q.Source != nil {
				got = q.Source.Text
			}
			if got != tc.source || q.Speaker != tc.speaker {
				t.Errorf("source %q speaker %q, want %q and %q", got, q.Speaker, tc.source, tc.speaker)
			}
		})
	}
}

// runRules is runFull with the source words left to the rules.
func runRules(a *article.Article, p lang.Pack) *article.Analysis {
	an := &article.Analysis{}
	analyze.Segment(a, an, p)
	entities.Extract(a, an, p)
	x := New()
	x.rulesOnly = true
	x.Extract(a, an, p)
	return an
}

// TestReportEdges checks reports that border on other things: a medium named in quotation
// marks as the addressee, the speaker's own Konjunktiv inside quotation marks, an opinion verb
// closing a report, and the author's own outlet as the source.
func TestReportEdges(t *testing.T) {
	type q struct{ text, speaker string }
	cases := []struct {
		name, text string
		want       []q
	}{
		{"medium in quotation marks is spoken to", "Karl Haberkorn sagte der „Bergpost“: „Um neun Uhr knallte es.“",
			[]q{{"Um neun Uhr knallte es.", "Karl Haberkorn"}}},
		{"own words in quotation marks are no report", "Die Trainerin Erna Walzbach bleibt. „Ich sehe es als Stärke, dass ich beide Positionen spielen kann“, sagt sie im Interview. Als Verteidigerin habe sie „Spaß gehabt“.",
			[]q{{"Ich sehe es als Stärke, dass ich beide Positionen spielen kann", "Erna Walzbach"}, {"Als Verteidigerin habe sie „Spaß gehabt“", "Erna Walzbach"}}},
		{"opinion verb closes a report", "Der Standort Felsheim sei gut aufgestellt, findet Karl Haberkorn. Viele Fähigkeiten gebe es dort bereits.",
			[]q{{"Der Standort Felsheim sei gut aufgestellt", "Karl Haberkorn"}, {"Viele Fähigkeiten gebe es dort bereits", "Karl Haberkorn"}}},
		{"an unnamed spokesperson in between names nobody", "„Es war eine lange Nacht“, sagte Feuerwehrsprecher Karl Haberkorn.\nBäume blockierten nach Angaben eines Bahnsprechers an vielen Stellen die Gleise. Bis Mittag sollten die Züge wieder fahren, sagte der Sprecher.",
			[]q{{"Es war eine lange Nacht", "Karl Haberkorn"}, {"Bäume blockierten nach Angaben eines Bahnsprechers an vielen Stellen die Gleise", ""}, {"Bis Mittag sollten die Züge wieder fahren", ""}}},
		{"the author's own outlet names nobody", "Karl Haberkorn sagte der »Bergpost«-Zeitung: »Es knallte.«\nDie Hütten gingen nach Informationen dieser Zeitung zeitweise in einen Lockdown.",
			[]q{{"Es knallte.", "Karl Haberkorn"}, {"Die Hütten gingen nach Informationen dieser Zeitung zeitweise in einen Lockdown", ""}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			an := runFull(paragraphs("t", tc.text), dePack)
			var got []q
			for _, x := range an.Quotes {
				got = append(got, q{x.Text, x.Speaker})
			}
			if len(got) != len(tc.want) {
				t.Fatalf("quotes %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("quote %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestRankedSource checks the learned choice of source words: it fills in the words that name
// a source the rules left empty without naming a speaker, and it only ever widens the words
// that name a speaker the rules named.
func TestRankedSource(t *testing.T) {
	if len(New().lexicon(dePack).ranker) == 0 {
		t.Fatal("no ranker weights in the German pack's quote_ranker list: run go generate ./quote")
	}
	cases := []struct{ name, text, speaker, contains string }{
		{"unnamed subject before the auxiliary", "Der 70-jährige Besitzer eines Hofes hatte festgestellt, dass Ratten im Stall waren.", "", "Besitzer"},
		{"named speaker keeps its name", "„Wir bleiben hier“, sagte Karl Haberkorn, der Bürgermeister von Felsheim, am Montag.", "Karl Haberkorn", "Karl Haberkorn"},
		{"named subject keeps its name", "Die Ministerin Erna Walzbach (SPD) sagte, man werde bleiben.", "Erna Walzbach", "Erna Walzbach"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			an := runFull(paragraphs("t", tc.text), dePack)
			if len(an.Quotes) == 0 {
				t.Fatalf("no quotation in %q", tc.text)
			}
			q := an.Quotes[0]
			if q.Speaker != tc.speaker || q.Source == nil || !strings.Contains(q.Source.Text, tc.contains) {
				t.Errorf("speaker %q source %+v, want speaker %q and source words with %q", q.Speaker, q.Source, tc.speaker, tc.contains)
			}
		})
	}
}

// TestEnglishSubjects checks who speaks in English constructions where the nearest name is
// not the subject: a participle after a comma, a name after "of", an apposition after a role
// "of" an organisation.
func TestEnglishSubjects(t *testing.T) {
	p := newEnPack(t)
	cases := []struct{ name, text, quote, speaker string }{
		{"participle shares the main subject", "Walter Hensley has launched attacks against District Attorney Mara Quill, calling her “a danger to our town” and worse.",
			"a danger to our town", "Walter Hensley"},
		{"written of someone", "“A BAD MAYOR,” Walter Hensley wrote of Mara Quill, adding, “THIS IS NO TOWN HALL, THIS IS A CIRCUS.”",
			"THIS IS NO TOWN HALL, THIS IS A CIRCUS.", "Walter Hensley"},
		{"name apposed to a role of an organisation", "Co-founder of the Riders Union, Iris Maloney, told Roadnews that the riders need better working conditions.",
			"that the riders need better working conditions", "Iris Maloney"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := paragraphs("t", tc.text)
			a.Language = "en"
			an := runRules(a, p)
			for _, q := range an.Quotes {
				if q.Text == tc.quote {
					if q.Speaker != tc.speaker {
						t.Errorf("speaker %q, want %q", q.Speaker, tc.speaker)
					}
					return
				}
			}
			t.Errorf("no quotation %q in %+v", tc.quote, an.Quotes)
		})
	}
}
