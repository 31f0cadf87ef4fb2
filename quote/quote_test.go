package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang"
)

type want struct {
	text, speaker, cue, source string
	direct, partial            bool
}

func check(t *testing.T, an *article.Analysis, ws []want) {
	t.Helper()
	for _, w := range ws {
		ok := false
		for _, q := range an.Quotes {
			if q.Text != w.text {
				continue
			}
			ok = true
			if w.speaker != "*" && q.Speaker != w.speaker {
				t.Errorf("%q: speaker %q, want %q", w.text, q.Speaker, w.speaker)
			}
			if q.Direct != w.direct || q.Partial != w.partial {
				t.Errorf("%q: direct=%v partial=%v, want %v %v", w.text, q.Direct, q.Partial, w.direct, w.partial)
			}
			if got := markText(q.Cue); w.cue != "*" && got != w.cue {
				t.Errorf("%q: cue %q, want %q", w.text, got, w.cue)
			}
			if got := markText(q.Source); w.source != "*" && got != w.source {
				t.Errorf("%q: source %q, want %q", w.text, got, w.source)
			}
		}
		if !ok {
			t.Errorf("missing quote %q; got %v", w.text, texts(an))
		}
	}
}

func markText(m *article.Mark) string {
	if m == nil {
		return ""
	}
	return m.Text
}

func texts(an *article.Analysis) []string {
	var s []string
	for _, q := range an.Quotes {
		s = append(s, q.Text)
	}
	return s
}

func TestGerman(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
		not  []string
	}{
		{"after, inverted", "„Wir werden nicht nachgeben“, sagte die Ministerin Anna Berger in Wien.",
			[]want{{"Wir werden nicht nachgeben", "Anna Berger", "sagte", "die Ministerin Anna Berger", true, false}}, nil},
		{"so X", "„Das ist ein guter Tag für alle Beteiligten“, so Bürgermeister Karl Huber.",
			[]want{{"Das ist ein guter Tag für alle Beteiligten", "Karl Huber", "so", "Bürgermeister Karl Huber", true, false}}, nil},
		{"colon before", "Auf der Konferenz erklärte Maria Lindner: „Wir sind bereit.“",
			[]want{{"Wir sind bereit.", "Maria Lindner", "erklärte", "Maria Lindner", true, false}}, nil},
		{"guillemets", "»Die Lage ist ernst«, warnte Peter Krause.",
			[]want{{"Die Lage ist ernst", "Peter Krause", "warnte", "Peter Krause", true, false}}, nil},
		{"swiss guillemets", "«Die Lage ist sehr ernst», warnte Peter Krause.",
			[]want{{"Die Lage ist sehr ernst", "Peter Krause", "warnte", "Peter Krause", true, false}}, nil},
		{"straight quotes", "\"Die Gespräche waren gut\", sagte Jan Novak.",
			[]want{{"Die Gespräche waren gut", "Jan Novak", "sagte", "Jan Novak", true, false}}, nil},
		{"partial", "Die Ministerin Anna Berger betonte, dass die Reform „auf jeden Fall Vorrang haben“ müsse.",
			[]want{{"auf jeden Fall Vorrang haben", "Anna Berger", "betonte", "*", true, true}}, nil},
		{"konjunktiv after comma", "Anna Berger besuchte Graz. Solche Pläne gebe es nicht, sagte Berger im Radio.",
			[]want{{"Solche Pläne gebe es nicht", "Anna Berger", "sagte", "Berger", false, false}}, nil},
		{"dass clause", "Der Minister Paul Weber sagte, dass die Steuern sinken würden.",
			[]want{{"dass die Steuern sinken würden", "Paul Weber", "sagte", "*", false, false}}, nil},
		{"laut", "Laut Polizeisprecher Tom Fischer wurden drei Menschen verletzt.",
			[]want{{"wurden drei Menschen verletzt", "Tom Fischer", "Laut", "Polizeisprecher Tom Fischer", false, false}}, nil},
		{"pronoun", "Die Forscherin Lea Sommer stellte die Studie vor. „Die Ergebnisse sind eindeutig“, sagte sie.",
			[]want{{"Die Ergebnisse sind eindeutig", "Lea Sommer", "sagte", "sie", true, false}}, nil},
		{"role from apposition", "Karl Brandt, der Sprecher des Ministeriums, kam später. „Wir prüfen den Fall genau“, sagte der Sprecher.",
			[]want{{"Wir prüfen den Fall genau", "Karl Brandt", "sagte", "der Sprecher", true, false}}, nil},
		{"stand-alone after speaker", "Zugleich räumte die Ministerin Anna Berger ein, dass Fehler passiert seien. „Das hätte nicht geschehen dürfen, wir lernen daraus.“",
			[]want{{"Das hätte nicht geschehen dürfen, wir lernen daraus.", "Anna Berger", "", "*", true, false}}, nil},
		{"multi-sentence", "„Wir sind bereit. Wir warten nur noch auf das Signal“, sagte Kommandeur Ivan Petrov.",
			[]want{{"Wir sind bereit. Wir warten nur noch auf das Signal", "Ivan Petrov", "sagte", "Kommandeur Ivan Petrov", true, false}}, nil},
		{"term", "Das Projekt ist Teil der sogenannten „Zeitenwende“ der Regierung.", nil, []string{"Zeitenwende"}},
		{"broadcaster", "Er sagte das in einem Interview des Senders „Radio Eins“.", nil, []string{"Radio Eins"}},
		{"newspaper", "Das berichtete die Zeitung „Der Kurier aus Wien“ am Montag.", nil, []string{"Der Kurier aus Wien"}},
		{"short with cue", "„Wir sind bereit“, erklärte Maria Lindner.",
			[]want{{"Wir sind bereit", "Maria Lindner", "erklärte", "Maria Lindner", true, false}}, nil},
		{"scare quote", "Die „Experten“ der Partei widersprachen sich.", nil, []string{"Experten"}},
		{"speech act with a noun phrase is no quotation", "US-Außenminister Antony Blinken sprach von rund 8.000 Soldaten in Kursk.",
			nil, []string{"von rund 8.000 Soldaten in Kursk", "US-Außenminister Antony Blinken sprach von rund 8.000 Soldaten in Kursk"}},
		{"fronted object is no quote", "Anna Berger traf den Minister. Details nannte sie nicht.", nil, []string{"Details nannte sie nicht", "nicht"}},
		{"geht davon aus", "Der Forscher Jan Kurz geht davon aus, dass die Zahl weiter steigen wird.",
			[]want{{"dass die Zahl weiter steigen wird", "Jan Kurz", "geht", "*", false, false}}, nil},
		{"separable zu-infinitive", "Vereinschef Peter Lang hat versprochen, gegen die Randalierer vorzugehen.",
			[]want{{"gegen die Randalierer vorzugehen", "Peter Lang", "versprochen", "*", false, false}}, nil},
		{"konjunktiv continues a report", "Ministerin Eva Roth sagte, die Lage sei ernst. Die Dämme seien an der Grenze ihrer Belastbarkeit.",
			[]want{{"die Lage sei ernst", "Eva Roth", "sagte", "*", false, false}, {"Die Dämme seien an der Grenze ihrer Belastbarkeit", "Eva Roth", "", "*", false, false}}, nil},
		{"konjunktiv after a non-speech sentence", "Die Regierung warnt vor neuen Überschwemmungen. Die Dämme seien an der Grenze ihrer Belastbarkeit.",
			[]want{{"Die Dämme seien an der Grenze ihrer Belastbarkeit", "", "", "Die Regierung", false, false}}, nil},
		{"demnach", "Die Polizei Ost gab am Abend neue Zahlen bekannt. Demnach sind acht Menschen ums Leben gekommen.",
			[]want{{"sind acht Menschen ums Leben gekommen", "*", "Demnach", "Demnach", false, false}}, nil},
		{"noun zufolge", "Medienberichten zufolge gilt das Treffen als Vorbereitung für den Gipfel.",
			[]want{{"gilt das Treffen als Vorbereitung für den Gipfel", "", "zufolge", "Medienberichten", false, false}}, nil},
		{"laut quoted outlet", "Laut „Reuters“ wurden drei Menschen verletzt.",
			[]want{{"wurden drei Menschen verletzt", "*", "Laut", "„Reuters“", false, false}}, nil},
		{"nach compound source mid-sentence", "Die Inflation wird nach der Prognose der Zentralbank im Jahr 2021 bei 51 Prozent liegen.",
			[]want{{"Die Inflation wird nach der Prognose der Zentralbank im Jahr 2021 bei 51 Prozent liegen", "*", "nach der Prognose", "der Zentralbank", false, false}}, nil},
		{"short partial with cue", "Der Minister Hans Weber bezeichnete den Besuch als ein „wichtiges Zeichen“.",
			[]want{{"wichtiges Zeichen", "Hans Weber", "bezeichnete", "*", true, true}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := run(paragraphs("t", tc.text), dePack)
			check(t, an, tc.want)
			for _, n := range tc.not {
				for _, q := range an.Quotes {
					if q.Text == n {
						t.Errorf("%q reported as a quote", n)
					}
				}
			}
			assertOffsets(t, paragraphs("t", tc.text), an)
		})
	}
}

// TestSpeakerKinds checks a speaker is a person, an organisation or a place acting as one,
// never a measure or another kind of name, that no message holds its own cue or source, and
// that a promise with a noun phrase as its object is no quotation.
func TestSpeakerKinds(t *testing.T) {
	text := "Deutschland hat dem Land zusätzliche Winterhilfe von 200 Millionen Euro zugesichert. Deutschland erklärte, die Hilfe komme noch vor dem Winter."
	a := paragraphs("t", text)

	spans := func(s string) [][2]int {
		var out [][2]int
		for off := 0; ; {
			i := strings.Index(a.Text[off:], s)
			if i < 0 {
				return out
			}
			st := utf8.RuneCountInString(a.Text[:off+i])
			out = append(out, [2]int{st, st + utf8.RuneCountInString(s)})
			off += i + len(s)
		}
	}
	var ents []article.Entity
	for _, sp := range spans("Deutschland") {
		ents = append(ents, article.Entity{Start: sp[0], End: sp[1], Text: "Deutschland", Type: article.EntityPlace, Canonical: "Deutschland"})
	}
	ms := spans("Millionen Euro")[0]
	ents = append(ents, article.Entity{Start: ms[0], End: ms[1], Text: "Millionen Euro", Type: article.EntityOther, Canonical: "Millionen Euro"})
	an := run(a, dePack, ents...)
	for _, q := range an.Quotes {
		if q.Speaker != "" && q.Speaker != "Deutschland" {
			t.Errorf("%q: speaker %q", q.Text, q.Speaker)
		}
		if strings.Contains(q.Text, "Winterhilfe") {
			t.Errorf("%q: a noun phrase is reported as a quotation", q.Text)
		}
		for _, m := range []*article.Mark{q.Cue, q.Source} {
			if m != nil && m.Start < q.End && q.Start < m.End {
				t.Errorf("%q holds its cue or source %q", q.Text, m.Text)
			}
		}
	}
	check(t, an, []want{{"die Hilfe komme noch vor dem Winter", "Deutschland", "erklärte", "Deutschland", false, false}})
	assertOffsets(t, a, an)
}

func TestEnglish(t *testing.T) {
	en := newEnPack(t)
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"said after", "“We will not give up,” said Minister Anna Berger.",
			[]want{{"We will not give up,", "Anna Berger", "said", "Minister Anna Berger", true, false}}},
		{"he said", "John Miller arrived late. “The talks were useful,” he said.",
			[]want{{"The talks were useful,", "John Miller", "said", "he", true, false}}},
		{"according to", "According to Police Chief Tom Fischer, three people were injured.",
			[]want{{"three people were injured", "Tom Fischer", "According to", "Police Chief Tom Fischer", false, false}}},
		{"said that", "Finance Minister Paul Weber said that taxes would fall next year.",
			[]want{{"that taxes would fall next year", "Paul Weber", "said", "*", false, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := paragraphs("t", tc.text)
			a.Language = "en"
			an := run(a, en)
			check(t, an, tc.want)
			assertOffsets(t, a, an)
		})
	}
}

// assertOffsets checks every quote, cue and source points at the text it carries.
func assertOffsets(t *testing.T, a *article.Article, an *article.Analysis) {
	t.Helper()
	r := article.NewRunes(a.Text)

	for i, q := range an.Quotes {
		if r.Slice(q.Start, q.End) != q.Text {
			t.Errorf("quote %q: offsets give %q", q.Text, r.Slice(q.Start, q.End))
		}
		for _, m := range []*article.Mark{q.Cue, q.Source} {
			if m != nil && r.Slice(m.Start, m.End) != m.Text {
				t.Errorf("mark %q: offsets give %q", m.Text, r.Slice(m.Start, m.End))
			}
		}
		if i > 0 && an.Quotes[i-1].Start > q.Start {
			t.Errorf("quotes not sorted by start")
		}
	}
}

func TestNoPanicOnOddInput(t *testing.T) {
	for _, s := range []string{"", "„", "“”„", "\"\"\"", "„„„ sagte er “", "sagte, dass", ", so .", "laut", "nach Angaben"} {
		a := paragraphs("x", s)
		an := run(a, dePack)
		assertOffsets(t, a, an)
	}
	New().Extract(nil, nil, nil)
	New().Extract(&article.Article{}, &article.Analysis{}, lang.Pack(dePack))
}
