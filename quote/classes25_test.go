package quote

import (
	"strings"
	"testing"

	"crosscheck/analyze"

	"crosscheck/article"
	"crosscheck/lang/en"
)

// TestCuePhraseSources (stop 24b): "laut dem …" opening a sentence is the cue "laut", not the
// relative "…, laut dem …"; people the text need not name ("diesem Zeugen", "Anwohnern") and
// more nouns for a source of information ("Agenturmeldungen", "einer Quelle") may follow
// "laut" or precede "zufolge". Sentences we wrote.
func TestCuePhraseSources(t *testing.T) {
	tests := []quoteCase{
		{"laut dem opening a sentence", "Laut dem Sprecher der Stadtwerke fällt der Strom am Montag in drei Orten aus.",
			[]want{{"fällt der Strom am Montag in drei Orten aus", "", "Laut", "dem Sprecher der Stadtwerke", false, false}}, nil},
		{"laut dem inside a sentence", "In drei Orten fällt der Strom am Montag laut dem Sprecher der Stadtwerke aus.",
			// The separable particle after the source ends the clause, which is one message (stop 42).
			[]want{{"In drei Orten fällt der Strom am Montag laut dem Sprecher der Stadtwerke aus", "", "laut", "dem Sprecher der Stadtwerke", false, false}}, nil},
		{"relative laut dem still reads back", "Es gibt einen Bericht, laut dem die Stadt bald pleite sei.",
			[]want{{"die Stadt bald pleite sei", "", "laut", "einen Bericht", false, false}}, nil},
		{"a witness after laut", "Laut diesem Zeugen hat es vorher keinen Streit zwischen den Gruppen gegeben.",
			[]want{{"hat es vorher keinen Streit zwischen den Gruppen gegeben", "", "Laut", "diesem Zeugen", false, false}}, nil},
		{"residents before zufolge", "Anwohnern zufolge brannte das Haus die ganze Nacht.",
			[]want{{"brannte das Haus die ganze Nacht", "", "zufolge", "Anwohnern", false, false}}, nil},
		{"agency reports before zufolge", "Agenturmeldungen zufolge will der Bürgermeister zurücktreten.",
			[]want{{"will der Bürgermeister zurücktreten", "", "zufolge", "Agenturmeldungen", false, false}}, nil},
		{"a source before zufolge", "Einer Quelle zufolge ist der Anführer getötet worden.",
			[]want{{"ist der Anführer getötet worden", "", "zufolge", "Einer Quelle", false, false}}, nil},
		{"a publication after laut", "Laut der Veröffentlichung kann man erstmals von einem Rückgang sprechen.",
			[]want{{"kann man erstmals von einem Rückgang sprechen", "", "Laut", "der Veröffentlichung", false, false}}, nil},
		{"a genitive plural without article after a source noun", "Laut Angaben libanesischer Sicherheitskreise wurden drei Soldaten verletzt.",
			[]want{{"wurden drei Soldaten verletzt", "", "Laut", "Angaben libanesischer Sicherheitskreise", false, false}}, nil},
		{"a possessive genitive after a source noun", "Laut Angaben seines Managers wird der Sänger im Mai wieder auftreten.",
			[]want{{"wird der Sänger im Mai wieder auftreten", "", "Laut", "Angaben seines Managers", false, false}}, nil},
		{"a verb after a source noun is no genitive", "Laut Angaben geben viele Menschen mehr Geld aus.",
			[]want{{"geben viele Menschen mehr Geld aus", "", "Laut", "Angaben", false, false}}, nil},
		{"a negation the message would leave out", "Auch an Deichen gab es Schäden, eine akute Gefahr bestand laut dem Sprecher der Stadt jedoch nicht.", nil,
			[]string{"Auch an Deichen gab es Schäden, eine akute Gefahr bestand", "Auch an Deichen gab es Schäden"}},
		{"a negation inside the message stays", "Die Inflation wird nach der Prognose der Zentralbank im Jahr 2021 nicht bei 51 Prozent liegen.",
			[]want{{"Die Inflation wird nach der Prognose der Zentralbank im Jahr 2021 nicht bei 51 Prozent liegen", "", "nach der Prognose", "der Zentralbank", false, false}}, nil},
		{"loud is no cue", "Die Kinder sangen laut und die Zeugen klatschten dazu im Takt.", nil,
			[]string{"und die Zeugen klatschten dazu im Takt", "Die Kinder sangen"}},
		{"a law is no source", "Laut dem Gesetz darf die Stadt keine neuen Schulden machen.", nil,
			[]string{"darf die Stadt keine neuen Schulden machen"}},
	}
	runQuoteCases(t, tests)
}

// TestEnglishThatless (stop 24b): a complement clause without "that" after "said" whose verb is
// an irregular past ("put", "took"), a negated auxiliary ("didn't") or joined to its subject
// pronoun ("he's"); a speech verb inside quotation marks reports nothing past the closing mark;
// "without warning" is no speech. Sentences we wrote.
func TestEnglishThatless(t *testing.T) {
	runClasses(t, en.New(), "en", []classCase{
		{name: "an irregular past after said",
			text:  "Tom Fischer, the park manager, said the city put up the fence last week.",
			names: map[string]string{"Tom Fischer": per},
			want:  []attribution{{"the city put up the fence last week", "Tom Fischer", article.SpeakerSubject, false}}},
		{name: "another irregular past after said",
			text:  "Tom Fischer said the council took the decision on Monday.",
			names: map[string]string{"Tom Fischer": per},
			want:  []attribution{{"the council took the decision on Monday", "Tom Fischer", article.SpeakerSubject, false}}},
		{name: "a pronoun joined to its verb",
			text:  "Tom Fischer said he’s talking with private donors about the roof.",
			names: map[string]string{"Tom Fischer": per},
			want:  []attribution{{"he’s talking with private donors about the roof", "Tom Fischer", article.SpeakerSubject, false}}},
		{name: "a negated auxiliary",
			text:  "Senator Tom Fischer also said he didn’t want to guess.",
			names: map[string]string{"Tom Fischer": per},
			want:  []attribution{{"he didn’t want to guess", "Tom Fischer", article.SpeakerSubject, false}}},
		{name: "a verb inside quotation marks reports nothing past them",
			text:  "Tom Fischer spoke first. “This shows why he is wrong when he says there’s a ‘crisis,’ because there’s no money,” Mayor Lisa Grant added.",
			names: map[string]string{"Tom Fischer": per, "Lisa Grant": per},
			want:  []attribution{{"This shows why he is wrong when he says there’s a ‘crisis,’ because there’s no money,", "Lisa Grant", article.SpeakerSubject, true}},
			never: []string{"Tom Fischer"},
			not:   []string{"Lisa Grant added"}},
		{name: "without warning is no speech",
			text: "The rules, introduced without warning in May just days after the council took office, drew protests.",
			not:  []string{"the council took office"}},
	})
}

// TestEnglishSources (stop 24b): the source words of an "according to" phrase run over the
// capitalised words that continue a name ("the Civil Rights Fund" when only "Civil Rights" is
// tagged); a title joined by "of" before a name ("Secretary of State Anna Berg") frames a report
// before it and the name speaks; a date after the verb is no subject ("announced March 24
// that"). Sentences we wrote.
func TestEnglishSources(t *testing.T) {
	cases := []struct {
		name, text string
		names      map[string]string
		want       []want
	}{
		{"a name continued by capitalised words", "According to an analysis by the Civil Rights Fund, eight states now ban the practice.",
			map[string]string{"Civil Rights": org},
			[]want{{"eight states now ban the practice", "", "According to", "an analysis by the Civil Rights Fund", false, false}}},
		{"a title joined by of before a name", "The office is facing record demand for visas, Secretary of State Anna Berg said Thursday.",
			map[string]string{"Anna Berg": per},
			[]want{{"The office is facing record demand for visas", "Anna Berg", "said", "Secretary of State Anna Berg", false, false}}},
		{"a date after the verb is no subject", "Tom Fischer spoke first. Blue Harbor announced March 24 that its review had ended.",
			map[string]string{"Tom Fischer": per},
			[]want{{"that its review had ended", "", "announced", "Blue Harbor", false, false}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := paragraphs("t", tc.text)
			a.Language = "en"
			an := run(a, en.New(), named(a, tc.names)...)
			check(t, an, tc.want)
		})
	}
}

// TestPointBack (stop 24b): "Das bestätigte X." says the sentence before is what X said,
// for verbs that tell (@t), after a plain statement of the same paragraph; never after a
// question, with a verb of knowing, or when the sentence goes on with a quotation of its own.
// Also "…, so X von Y." and "…, so X weiter." frames. Sentences we wrote.
func TestPointBack(t *testing.T) {
	tests := []quoteCase{
		{"das bestätigte", "Die Schule bleibt bis Freitag geschlossen. Das bestätigte der Bürgermeister Karl Huber am Abend.",
			[]want{{"Die Schule bleibt bis Freitag geschlossen", "*", "bestätigte", "der Bürgermeister Karl Huber", false, false}}, nil},
		{"dies teilte mit", "Die Kamera des Teleskops ist ausgefallen. Dies teilte das Institut am Montag mit.",
			[]want{{"Die Kamera des Teleskops ist ausgefallen", "", "teilte", "das Institut", false, false}}, nil},
		{"a verb of knowing says nothing", "Die Schule bleibt bis Freitag geschlossen. Das wusste der Bürgermeister Karl Huber schon lange.", nil,
			[]string{"Die Schule bleibt bis Freitag geschlossen"}},
		{"a question is no statement", "Bleibt die Schule bis Freitag geschlossen? Das sagte der Bürgermeister Karl Huber nicht.", nil,
			[]string{"Bleibt die Schule bis Freitag geschlossen"}},
		{"a quotation after a colon is the verb's own", "Kimmich ist keine Randfigur im Team. Das betonte der Trainer Karl Huber: „Er hat Werte gesetzt.“", nil,
			[]string{"Kimmich ist keine Randfigur im Team"}},
		{"so X von Y", "Diese ganze Inszenierung lenke von der Oper ab, so Karl Harb von den Salzburger Nachrichten.",
			[]want{{"Diese ganze Inszenierung lenke von der Oper ab", "Karl Harb", "so", "Karl Harb von den Salzburger Nachrichten", false, false}}, nil},
		{"so X weiter", "Die Lage sei ernst, so Anna Berger weiter.",
			[]want{{"Die Lage sei ernst", "Anna Berger", "so", "Anna Berger", false, false}}, nil},
		{"words before a so frame inside the sentence are no clause", "Sein Rivale Peter Krause, so Anna Berger, würde Spenden von solchen Gruppen erhalten.", nil,
			[]string{"Sein Rivale Peter Krause"}},
		{"another paragraph is not pointed at", "Die Schule bleibt bis Freitag geschlossen.\nDas bestätigte der Bürgermeister Karl Huber am Abend.", nil,
			[]string{"Die Schule bleibt bis Freitag geschlossen"}},
	}
	runQuoteCases(t, tests)
}

// TestRankerSameSentence (stop 24b): the source ranker weighs the phrases of the cue's sentence,
// so it neither learns from nor decides for a quotation that starts in another sentence ("Das
// bestätigte X" after the sentence it says). Sentences we wrote.
func TestRankerSameSentence(t *testing.T) {
	a := paragraphs("t", "Die Schule bleibt bis Freitag geschlossen. Das bestätigte ein Sprecher der Stadt am Abend. Der Unterricht falle aus, sagte ein Lehrer der Schule.")
	an := &article.Analysis{}
	analyze.Segment(a, an, dePack)
	cases := New().SourceCases(a, an, dePack)
	if len(cases) != 1 {
		t.Fatalf("%d ranker cases, want 1 (the report in the cue's own sentence): %+v", len(cases), cases)
	}
	if got := string([]rune(a.Text)[cases[0].Start:cases[0].End]); !strings.HasPrefix(got, "Der Unterricht") {
		t.Errorf("ranker case %q, want the report in the cue's sentence", got)
	}
}
