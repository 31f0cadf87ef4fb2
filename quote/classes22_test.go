package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/article"
)

// mark returns an entity for the nth (from 0) occurrence of text in a, as a tagger would give
// it; canon is its canonical name ("Italien" for "Italiener").
func mark(a *article.Article, text string, typ string, canon string, nth int) article.Entity {
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(a.Text[off:], text)
		if j < 0 {
			panic("mark: " + text + " not found")
		}
		if i == nth {
			st := utf8.RuneCountInString(a.Text[:off+j])
			return article.Entity{Start: st, End: st + utf8.RuneCountInString(text), Text: text, Type: typ, Canonical: canon}
		}
		off += j + len(text)
	}
}

// TestSpeakerNames covers what the story page showed wrong at the end of stop 21: every
// quotation's speaker is the fullest name of that person in the article, and no country,
// party, stadium or given name alone stands for a person when the text says more.
func TestSpeakerNames(t *testing.T) {
	type entSpec struct {
		text  string
		typ   string
		canon string
		nth   int
	}
	cases := []struct {
		name string
		text string
		ents []entSpec
		want []attribution
	}{
		{name: "a surname that is also a role noun stays in the name",
			text: "Die Beteiligung sei gestiegen, teilte Landeswahlleiterin Petra Richter mit.\n„Wir sind zufrieden“, sagte Richter.",
			ents: []entSpec{{"Petra Richter", per, "Petra Richter", 0}, {"Richter", per, "Petra Richter", 1}},
			want: []attribution{{"Die Beteiligung sei gestiegen", "Petra Richter", article.SpeakerSubject, false},
				{"Wir sind zufrieden", "Petra Richter", article.SpeakerSubject, true}}},
		{name: "a surname that is also a conjunction stays in the name",
			text: "Ministerpräsident Jonas Weil forderte, die Werke zu erhalten.",
			ents: []entSpec{{"Jonas Weil", per, "Jonas Weil", 0}},
			want: []attribution{{"die Werke zu erhalten", "Jonas Weil", article.SpeakerSubject, false}}},
		{name: "a given name alone is the one person of the article with it",
			text: "Lina Brandt gewann das Finale in zwei Sätzen.\n„Ich bin einfach glücklich“, sagte Lina.",
			ents: []entSpec{{"Lina Brandt", per, "Lina Brandt", 0}, {"Lina", per, "Lina", 1}},
			want: []attribution{{"Ich bin einfach glücklich", "Lina Brandt", article.SpeakerSubject, true}}},
		{name: "a surname alone is the person named in full",
			text: "Tennisprofi Jakob Sander steht im Finale.\n„Es wird hart“, sagte Sander.",
			ents: []entSpec{{"Jakob Sander", per, "Jakob Sander", 0}, {"Sander", per, "Sander", 1}},
			want: []attribution{{"Es wird hart", "Jakob Sander", article.SpeakerSubject, true}}},
		{name: "a surname is the full form the text repeats, not a noun the tagger took in",
			text: "Der Ranglistenerste Jarvo Berk steht im Finale. Dort fordert ihn Ole Lund heraus, der Jarvo Berk schon einmal schlug.\nDer Norweger Berk siegte in vier Sätzen. „Es wird hart“, sagte Berk.",
			ents: []entSpec{{"Jarvo Berk", per, "Jarvo Berk", 0}, {"Jarvo Berk", per, "Jarvo Berk", 1}, {"Norweger Berk", per, "Norweger Berk", 0}, {"Ole Lund", per, "Ole Lund", 0}, {"Berk", per, "Berk", 3}},
			want: []attribution{{"Es wird hart", "Jarvo Berk", article.SpeakerSubject, true}}},
		{name: "two people of one surname keep their own full names",
			text: "Hans Brück war Trainer in Bonn. Sein Sohn Timo Brück trainiert heute Köln.\n„Wir sind stolz“, sagte Timo Brück.\n„Ich schaue jedes Spiel“, sagte Hans Brück.",
			ents: []entSpec{{"Hans Brück", per, "Hans Brück", 0}, {"Timo Brück", per, "Timo Brück", 0}, {"Timo Brück", per, "Timo Brück", 1}, {"Hans Brück", per, "Hans Brück", 1}},
			want: []attribution{{"Wir sind stolz", "Timo Brück", article.SpeakerSubject, true}, {"Ich schaue jedes Spiel", "Hans Brück", article.SpeakerSubject, true}}},
		{name: "a name particle the tagger cut off belongs to the name",
			text: "Die Bloggerin Nora von Falkenau kommentiert: „Das ist traurig.“",
			ents: []entSpec{{"Nora", per, "Nora", 0}, {"Falkenau", place, "Falkenau", 0}},
			want: []attribution{{"Das ist traurig.", "Nora von Falkenau", article.SpeakerSubject, true}}},
		{name: "a demonym is the person named before, never the country",
			text: "Matteo Ricci gewann das Turnier in Rom. Mit ernster Miene sprach der Italiener danach über die „schweren Wochen“ vor dem Finale.",
			ents: []entSpec{{"Matteo Ricci", per, "Matteo Ricci", 0}, {"Italiener", place, "Italien", 0}, {"Rom", place, "Rom", 0}},
			want: []attribution{{"schweren Wochen", "Matteo Ricci", article.SpeakerCoreference, true}}},
		{name: "a stadium named after a person never speaks",
			text: "Enttäuscht verließ Tom Frey den Platz im Arno Lorenz Stadium. Er habe schon an den Sieg gedacht, berichtete er.",
			ents: []entSpec{{"Tom Frey", per, "Tom Frey", 0}, {"Arno Lorenz", per, "Arno Lorenz", 0}},
			want: []attribution{{"Er habe schon an den Sieg gedacht", "Tom Frey", article.SpeakerCoreference, false}}},
		{name: "the reported clause first, the pronoun after the verb is the subject",
			text: "Die Vorsitzende des Vereins, Karla Brenner, zeigte sich schockiert. Deutschland drohe ein anderes Land zu werden, warnte sie: „Kälter und ärmer.“",
			ents: []entSpec{{"Karla Brenner", per, "Karla Brenner", 0}, {"Deutschland", place, "Deutschland", 0}},
			want: []attribution{{"Kälter und ärmer.", "Karla Brenner", article.SpeakerCoreference, true}}},
		{name: "a quotation joined to a reported frame is not the frame's subject's",
			text: "Zum Thema Steuern sagte Lars Brink, es sei wichtig, sie zu senken. Das habe die Partei schon vor der Wahl gesagt, „das müssen wir jetzt tun“.",
			ents: []entSpec{{"Lars Brink", per, "Lars Brink", 0}, {"Partei", org, "Partei", 0}},
			want: []attribution{{"das müssen wir jetzt tun", "", article.SpeakerNone, true}}},
		{name: "an age given to a description is no age beside a name",
			text: "Der 27 Jahre alte Bezwinger von Ole Brand steht im Finale und war überwältigt. „Ich bin im Finale“, sagte der 27-Jährige.",
			ents: []entSpec{{"Ole Brand", per, "Ole Brand", 0}},
			want: []attribution{{"Ich bin im Finale", "", article.SpeakerNone, true}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := paragraphs("t", tc.text)
			var ents []article.Entity
			for _, e := range tc.ents {
				ents = append(ents, mark(a, e.text, e.typ, e.canon, e.nth))
			}
			an := run(a, dePack, ents...)
			checkWant(t, an, tc.want)
			for _, q := range an.Quotes {
				checkSpan(t, q)
				if q.Speaker == "Italien" || q.Speaker == "Arno Lorenz" || q.Speaker == "Partei" || q.Speaker == "Deutschland" || q.Speaker == "Ole Brand" {
					t.Errorf("%q credited to %q", q.Text, q.Speaker)
				}
			}
		})
	}
	// "Der SPD droht ein Debakel": something impends, nobody speaks.
	a := paragraphs("t", "In den Umfragen lag die VPU vorn. Der VPD droht ein historisch schlechtes Ergebnis, die Liberalen müssen bangen.")
	an := run(a, dePack, mark(a, "VPD", org, "VPD", 0), mark(a, "VPU", org, "VPU", 0))
	if len(an.Quotes) != 0 {
		t.Errorf("impending result taken for speech: %v", quoteList(an))
	}
}

// TestGermanClassesDev4 covers the classes read on de dev 4 (audit-de-dev4.json), in sentences
// we wrote.
func TestGermanClassesDev4(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "in a wie frame the first of two people speaks, the second is spoken to",
			text:  "Wie Karl Brenner Moderatorin Ulla Sommer berichtete, sei der Boden in schlechtem Zustand.",
			names: map[string]string{"Karl Brenner": per, "Ulla Sommer": per},
			want:  []attribution{{"sei der Boden in schlechtem Zustand", "Karl Brenner", article.SpeakerSubject, false}},
			never: []string{"Ulla Sommer"}},
		{name: "a quoted show after a fused preposition is no quotation",
			text:  "Im „Abendforum“ berichtete der Schauspieler Tim Roth, dass er Drohungen erhalte.",
			names: map[string]string{"Tim Roth": per},
			want:  []attribution{{"dass er Drohungen erhalte", "Tim Roth", article.SpeakerSubject, false}},
			not:   []string{"Abendforum"}},
		{name: "a quoted fragment that ends a reported clause leaves the clause to its verb",
			text:  "Bei den Vorwürfen handle es sich um einen „gezielten Angriff“, sagte die Generalsekretärin Eva Lind am Mittwoch.",
			names: map[string]string{"Eva Lind": per},
			want: []attribution{{"Bei den Vorwürfen handle es sich um einen „gezielten Angriff“", "Eva Lind", article.SpeakerSubject, false},
				{"gezielten Angriff", "Eva Lind", article.SpeakerSubject, true}}},
		{name: "an epithet does not reach past a paragraph that names someone",
			text:   "„Ich bin froh“, sagte Ben Kurz.\nAnders sieht es Moll. „Das war schwach“, sagt der Kanadier.",
			names:  map[string]string{"Ben Kurz": per, "Moll": per},
			noneAt: []string{"Das war schwach"}},
		{name: "a demonym epithet points back to the one person of the paragraph",
			text:  "Für Ben Kurz, der in der Nähe aufwuchs, endete das Rennen früh. „Es war ein enttäuschender Tag“, so der Kanadier.",
			names: map[string]string{"Ben Kurz": per},
			want:  []attribution{{"Es war ein enttäuschender Tag", "Ben Kurz", article.SpeakerCoreference, true}}},
		{name: "a sentence with its own named speech verb continues no one",
			text:  "„Wir bleiben“, sagte Lea Horn. Die Partei sei engagiert, was sie überzeugt habe.\nMax Ott bezeichnete Horn als „Talent“, um das sich andere Parteien bemüht hätten.",
			names: map[string]string{"Lea Horn": per, "Horn": per, "Max Ott": per},
			not:   []string{"Max Ott bezeichnete"}},
		{name: "a lead-in that names someone we cannot tell gives no speaker",
			text:   "„Wir beten“, sagte Pater Ivo Brandt.\nLesen Sie auch: Bischof von Oberstadt in Sorge: „Wir leben wie in einer langen Nacht“",
			names:  map[string]string{"Ivo Brandt": per},
			noneAt: []string{"Wir leben wie in einer langen Nacht"}},
		{name: "the answer to a question about someone is theirs",
			text:  "Investor Jan Wolf hat viele Firmen gesehen. „Ich war früh dabei“, sagte Wolf.\nWürde er jetzt noch Aktien kaufen? „Nein, die sind zu teuer.“",
			names: map[string]string{"Jan Wolf": per, "Wolf": per},
			want:  []attribution{{"Nein, die sind zu teuer.", "Jan Wolf", article.SpeakerCoreference, true}}},
		{name: "a role noun of the clergy names the person in apposition",
			text:  "„Wir gehen auf die Straße“, erklärte der Generalvikar des Bistums, Paul Ritter, am Freitag.",
			names: map[string]string{"Paul Ritter": per},
			want:  []attribution{{"Wir gehen auf die Straße", "Paul Ritter", article.SpeakerSubject, true}}},
		{name: "an epithet is no unnamed person between a pronoun and its antecedent",
			text:  "Schauspieler Tom Feld spricht über seine Arbeit. Für den Schauspieler ist das kein Problem. Wie er angab, würde er Kritik ignorieren.",
			names: map[string]string{"Tom Feld": per},
			want:  []attribution{{"würde er Kritik ignorieren", "Tom Feld", article.SpeakerCoreference, false}}},
		{name: "a paper named in quotation marks before its noun speaks, not the noun",
			text:  "Die „Nordblatt“-Zeitung berichtete am Abend, der Minister sei zurückgetreten.",
			names: map[string]string{},
			want:  []attribution{{"der Minister sei zurückgetreten", "Nordblatt", article.SpeakerSubject, false}},
			never: []string{"Zeitung"}},
		{name: "an adjective in a phrase closes no wie frame: the medium that learned it is no source",
			text:   "Karl Brenner verschob dafür seine Reise nach Lissabon, wie die Deutsche Presse-Agentur aus informierten Kreisen erfuhr.",
			names:  map[string]string{"Karl Brenner": per, "Deutsche Presse-Agentur": "organisation"},
			never:  []string{"Deutsche Presse-Agentur"},
			noneAt: []string{"Karl Brenner verschob dafür seine Reise nach Lissabon"}},
	})
}
