package entity

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang/de"
)

// TestPersonSpans holds the person spans read wrong on trends-de stream articles outside
// every audit (issue 14, stop 25b), in sentences we wrote: a full name that runs on
// through a particle, two full names run together, a noun before a full name.
func TestPersonSpans(t *testing.T) {
	tests := []struct {
		name, text string
		want       []article.Entity
		not        []string // texts that must not be a person
	}{
		{"a full name and a club after von", "Der Jubel war groß, als Florian Brettschneider von Bayer Leverkusen traf.",
			[]article.Entity{{Text: "Florian Brettschneider", Type: "person"}}, []string{"Florian Brettschneider von Bayer"}},
		{"a full name and a person after zu", "Die Sängerin Lena Hartwig zu Tom Meierhofer: Das war toll.",
			[]article.Entity{{Text: "Lena Hartwig", Type: "person"}, {Text: "Tom Meierhofer", Type: "person"}}, []string{"Lena Hartwig zu Tom Meierhofer"}},
		{"a particle that ends the span", "Lars Stindl von Beginn an spielte stark.",
			[]article.Entity{{Text: "Lars Stindl", Type: "person"}}, []string{"Lars Stindl von"}},
		{"particles of the name stay", "Der Gast war Carlo von Tiedemann, daneben Johann Wolfgang von Goethe und Claus Schenk Graf von Stauffenberg. Varnhagen von Ense schrieb darüber.",
			[]article.Entity{{Text: "Carlo von Tiedemann", Type: "person"}, {Text: "Johann Wolfgang von Goethe", Type: "person"},
				{Text: "Claus Schenk Graf von Stauffenberg", Type: "person"}, {Text: "Varnhagen von Ense", Type: "person"}}, nil},
		{"two full names run together", "Damals besiegte Markus Brettschneider Stefan Kowalczyk nach Punkten. Im Team stehen Jonas Kowalczyk Tobias Meierhofer und Paul Meier.",
			[]article.Entity{{Text: "Markus Brettschneider", Type: "person"}, {Text: "Stefan Kowalczyk", Type: "person"},
				{Text: "Jonas Kowalczyk", Type: "person"}, {Text: "Tobias Meierhofer", Type: "person"}, {Text: "Paul Meier", Type: "person"}},
			[]string{"Markus Brettschneider Stefan Kowalczyk", "Jonas Kowalczyk Tobias Meierhofer"}},
		{"a role between two full names is the second's", "Bild: Sebastian Kowalczyk Landeswahlleiter Stephan Hartwig öffnet das Wahllokal. Nach Angaben von Landeswahlleiter Hartwig lief alles gut. Bild: Anna Hartwig Wahlleiterin Lena Kowalczyk zählt.",
			[]article.Entity{{Text: "Sebastian Kowalczyk", Type: "person"}, {Text: "Stephan Hartwig", Type: "person"}, {Text: "Anna Hartwig", Type: "person"}},
			[]string{"Landeswahlleiter", "Sebastian Kowalczyk Landeswahlleiter", "Anna Hartwig Wahlleiterin"}},
		{"a role compound before a surname", "Neben ihm stand McLaren-Pilot Brettschneider.",
			[]article.Entity{{Text: "Brettschneider", Type: "person"}}, []string{"McLaren-Pilot Brettschneider"}},
		{"particles before a surname alone belong to it", "Ursula von der Leyen kam nach Rom. Dort reiste Kommissionspräsidentin von der Leyen ab, von der Leyens Rede war kurz. Alex de Minaur gewann, im Halbfinale traf er auf de Minaur. Ein Tor von Kroos entschied, da Hartwig fehlte.",
			[]article.Entity{{Text: "von der Leyen", Type: "person"}, {Text: "von der Leyens", Type: "person"}, {Text: "de Minaur", Type: "person"},
				{Text: "Kroos", Type: "person"}, {Text: "Hartwig", Type: "person"}}, []string{"Leyen", "Minaur", "von Kroos", "da Hartwig"}},
		{"a title's full stop and a line-up's dash are no part of a name", "„Das ist gut“, sagt Dr. Ausbüttel. Aufstellung: Schmidt - Brettschneider (54. Kowalczyk), Lorenz - Grodowski, Nemeth",
			[]article.Entity{{Text: "Ausbüttel", Type: "person"}, {Text: "Grodowski", Type: "person"}}, []string{". Ausbüttel", "- Grodowski"}},
		{"the word after St. is a place's, a club's or a church's", "Das Fest in St. Georg war voll, auch in St. Leon feierten viele.",
			[]article.Entity{{Text: "St. Georg", Type: "place"}}, []string{"Georg", "Leon"}},
		{"a live ticker's minute is no given name", "81. Min Brettschneider trifft zum 2:0. 72. Min Kowalczyk köpft vorbei.",
			[]article.Entity{{Text: "Brettschneider", Type: "person"}, {Text: "Kowalczyk", Type: "person"}}, []string{"Min Brettschneider", "Min Kowalczyk"}},
		{"words the page ran together are no name", "Die Karriere von SchauspielerinAnna Hartwig ist lang. InterviewAnna Hartwig spricht über ihr Leben.",
			nil, []string{"SchauspielerinAnna Hartwig", "InterviewAnna Hartwig"}},
		{"given names written together stay one name", "Hans Peter Vogt kam mit Hugh Richard Louis Brettschneider.",
			[]article.Entity{{Text: "Hans Peter Vogt", Type: "person"}, {Text: "Hugh Richard Louis Brettschneider", Type: "person"}}, nil},
		{"a noun before a full name", "Am Ende ging Arminias Ehrenspielführer Fabian Brettschneider vom Platz.",
			[]article.Entity{{Text: "Fabian Brettschneider", Type: "person"}}, []string{"Arminias Ehrenspielführer Fabian Brettschneider"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := entities(tt.text)
			for _, w := range tt.want {
				if g := find(es, w.Text); g == nil || g.Type != w.Type {
					t.Errorf("%q not found as %s in %+v", w.Text, w.Type, es)
				}
			}
			for _, n := range tt.not {
				if g := find(es, n); g != nil && g.Type == article.EntityPerson {
					t.Errorf("%q is a person", n)
				}
			}
			checkOffsets(t, tt.text, es)
		})
	}
}

// TestParticleCutLeavesNoun: a span the tagger read as a name running on through a
// particle ("Opfer von", as a stream headline gave it) is no name once the particle is cut
// when the word left is a word of the dictionary no list holds; a given name left stays.
func TestParticleCutLeavesNoun(t *testing.T) {
	p := de.New()
	m, err := LoadModel(p)
	if err != nil {
		t.Skip(err)
	}
	wd, rw := m.data(), rulesOf(p)
	for _, tt := range []struct {
		text, span, want string
	}{
		{"Sie wurde Opfer von Dieben.", "Opfer von", ""},
		{"Sie sprach mit Yvonne von nebenan.", "Yvonne von", "Yvonne"},
	} {
		ws := tokenize(tt.text, 0, nil)
		ti := infos(ws, nil, nil, wd)
		a := strings.Index(tt.text, tt.span)
		ms := []mention{{start: utf8.RuneCountInString(tt.text[:a]), end: utf8.RuneCountInString(tt.text[:a+len(tt.span)]), typ: article.EntityPerson}}
		got := ""
		if out := trimNonNames(ms, 0, ws, ti, rw, wd); len(out) > 0 {
			r := []rune(tt.text)
			got = string(r[out[0].start:out[0].end])
		}
		if got != tt.want {
			t.Errorf("%q in %q = %q, want %q", tt.span, tt.text, got, tt.want)
		}
	}
}

// TestPersonSpansEnglish: two names run together are split in English too, but not at a
// capitalised particle; a sheriff is a role before a name (stop 25b, news-en).
func TestPersonSpansEnglish(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
		not  []string
	}{
		{"The company has added Maria Lopez Del Valle to its board, the firm said.", []string{"Maria Lopez Del Valle"}, []string{"Del Valle", "Maria Lopez"}},
		{"\"We looked again,\" said Polk County Sheriff Dan Whitaker on Monday.", []string{"Dan Whitaker"}, []string{"Polk County Sheriff", "Polk County Sheriff Dan Whitaker"}},
	} {
		a := seedArticle("t", tt.text)
		a.Language = "en"
		es := englishAnalyzer.Analyze(a).Entities
		for _, w := range tt.want {
			if g := find(es, w); g == nil || g.Type != article.EntityPerson {
				t.Errorf("%q: %q is no person in %+v", tt.text, w, es)
			}
		}
		for _, n := range tt.not {
			if g := find(es, n); g != nil && g.Type == article.EntityPerson {
				t.Errorf("%q: %q is a person", tt.text, n)
			}
		}
	}
}

// TestGenitiveBeforeName: the genitive of a place, a country or a club before a person's
// name is no part of it ("Rostocks Alexander Rossipal", read on the stream, issue 14 stop
// 26c); a given name in -s the lists lack ("Nils") and a given name the lists hold
// ("Jonas") stay the person's.
func TestGenitiveBeforeName(t *testing.T) {
	es := entities(`AUDIO: Rostocks Alexander Brettschneider: "Das war gut" (3 Min)`)
	if g := find(es, "Alexander Brettschneider"); g == nil || g.Type != article.EntityPerson {
		t.Errorf("Alexander Brettschneider is no person in %+v", es)
	}
	for _, n := range []string{"Rostocks", "Rostocks Alexander Brettschneider"} {
		if g := find(es, n); g != nil && g.Type == article.EntityPerson {
			t.Errorf("%q is a person in %+v", n, es)
		}
	}

	wd := germanWordData(t)
	for _, tt := range []struct {
		text, span, typ string
		want            []string // the mentions after the split, "type:text"
	}{
		{"Den Ausgleich erzielte Kölns Florian Hartwig spät.", "Kölns Florian Hartwig", article.EntityPerson,
			[]string{"place:Kölns", "person:Florian Hartwig"}},
		{"Dann traf Deutschlands Thomas Kowalczyk zum 2:0.", "Deutschlands Thomas Kowalczyk", article.EntityPlace,
			[]string{"place:Deutschlands", "person:Thomas Kowalczyk"}},
		{"Es jubelte Hansa Rostocks Damian Kowalczyk.", "Hansa Rostocks Damian Kowalczyk", article.EntityOrganisation,
			[]string{"organisation:Hansa Rostocks", "person:Damian Kowalczyk"}},
		{"Den Ball verlor Bochums Broszkowiak im Mittelfeld.", "Bochums Broszkowiak", article.EntityPerson,
			[]string{"place:Bochums", "person:Broszkowiak"}},
		{"Später traf Wolfsburgs Kroate zum 2:1.", "Wolfsburgs Kroate", article.EntityPerson,
			[]string{"place:Wolfsburgs"}},
		{"Der Schuss von Kölns Kopfballversuch ging vorbei.", "Kölns Kopfballversuch", article.EntityPerson,
			[]string{"place:Kölns"}},
		{"Das sagte Stadtbrandmeister Nils Kowalczyk am Abend.", "Nils Kowalczyk", article.EntityPerson,
			[]string{"person:Nils Kowalczyk"}},
		{"Das sagte Trainer Jonas Kowalczyk am Abend.", "Jonas Kowalczyk", article.EntityPerson,
			[]string{"person:Jonas Kowalczyk"}},
	} {
		ws := tokenize(tt.text, 0, nil)
		ti := infos(ws, nil, nil, wd)
		a := strings.Index(tt.text, tt.span)
		ms := []mention{{start: utf8.RuneCountInString(tt.text[:a]), end: utf8.RuneCountInString(tt.text[:a+len(tt.span)]), typ: tt.typ}}
		var got []string
		r := []rune(tt.text)
		for _, m := range splitGenitiveNames(ms, 0, ws, ti, wd) {
			got = append(got, m.typ+":"+string(r[m.start:m.end]))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q in %q = %q, want %q", tt.span, tt.text, got, tt.want)
		}
	}
}

// TestNotNamesOnStream: a disease and an election the tagger read as persons and places on
// the stream ("Corona", "Europawahl", issue 14 stop 26c) are no names of any type
// (data/notnames.txt); a name beside them stays.
func TestNotNamesOnStream(t *testing.T) {
	for _, tt := range []struct {
		text, want string
		not        []string
	}{
		{"Wegen Corona fiel das Fest aus. Seit Corona ist alles anders, sagte Anna Hartwig.", "Anna Hartwig", []string{"Corona"}},
		{"Nach der Europawahl sagte Anna Hartwig, das Ergebnis sei gut. Bei Europawahl und Landtagswahl gewann die CDU.", "Anna Hartwig", []string{"Europawahl"}},
	} {
		es := entities(tt.text)
		if find(es, tt.want) == nil {
			t.Errorf("%q: %q not found in %+v", tt.text, tt.want, es)
		}
		for _, n := range tt.not {
			if g := find(es, n); g != nil {
				t.Errorf("%q: %q is a %s", tt.text, n, g.Type)
			}
		}
	}
}

// TestInitialsPersons: an initial and one word the tagger typed as a place are a person
// ("L. Reis" of a line-up, read on the stream, issue 14 stop 26c); an
// abbreviation's letter ("z. B.", "U.S."), a place after an initial ("B. Dortmund") and
// organisations ("J.P. Morgan") stay as they were; two initials are a person too, now that the
// quotation rules read initials (stop 27).
func TestInitialsPersons(t *testing.T) {
	wd := germanWordData(t)
	for _, tt := range []struct {
		text, span, typ, want string
	}{
		{"Danach sprach J. Brettschneider in Ohio.", "J. Brettschneider", article.EntityPlace, article.EntityPerson},
		{"Im Tor: M.Kowalczyk, davor Ramos.", "M.Kowalczyk", article.EntityPlace, article.EntityPerson},
		{"Aufstellung: Raab - L. Kowalczyk, Ramos, Schonlau", "L. Kowalczyk", article.EntityPlace, article.EntityPerson},
		{"Sie kaufen z. B. Zelte und Schlafsäcke.", "B. Zelte", article.EntityPlace, article.EntityPlace},
		{"Tabelle: 1. B. Dortmund 20 Punkte", "B. Dortmund", article.EntityPlace, article.EntityPlace},
		{"Das meldete die U.S. Army am Abend.", "S. Army", article.EntityPlace, article.EntityPlace},
		{"Die Bank J.P. Morgan meldete Gewinne.", "J.P. Morgan", article.EntityOrganisation, article.EntityOrganisation},
		{"Danach sprach J. D. Brettschneider in Ohio.", "J. D. Brettschneider", article.EntityPlace, article.EntityPerson},
	} {
		ws := tokenize(tt.text, 0, nil)
		ti := infos(ws, nil, nil, wd)
		a := strings.Index(tt.text, tt.span)
		ms := []mention{{start: utf8.RuneCountInString(tt.text[:a]), end: utf8.RuneCountInString(tt.text[:a+len(tt.span)]), typ: tt.typ}}
		initialsPersons(ms, 0, ws, ti)
		if ms[0].typ != tt.want {
			t.Errorf("%q in %q = %s, want %s", tt.span, tt.text, ms[0].typ, tt.want)
		}
	}
}

// TestBodyCanonical: a public body's genitive takes its "für" part too, and the body's
// noun alone, after the article named the body in full, is that body ("des
// Landesbetriebs", issue 14 stop 26c): one body, one canonical name. An organisation noun
// alone ("Bund") and a noun before the full name keep their own.
func TestBodyCanonical(t *testing.T) {
	es := entities("Der Landesbetrieb für Küstenschutz warnt vor Sturmfluten. Ein Sprecher des Landesbetriebs sagte, die Deiche hielten. " +
		"Die Mitarbeiter des Landesbetriebs für Küstenschutz prüfen. Laut Landesbetrieb ist alles ruhig.")
	for _, w := range []string{"Landesbetrieb für Küstenschutz", "Landesbetriebs für Küstenschutz", "Landesbetriebs", "Landesbetrieb"} {
		if g := find(es, w); g == nil || g.Type != article.EntityOrganisation || g.Canonical != "Landesbetrieb für Küstenschutz" {
			t.Errorf("%q: %+v, want the organisation Landesbetrieb für Küstenschutz in %+v", w, g, es)
		}
	}
	es = entities("Das Landesamt warnt vor Hitze. Später sagte das Landesamt für Umweltschutz, es bleibe heiß. Der Bund für Vogelschutz warnt. Doch der Bund zahlt nichts.")
	if g := find(es, "Landesamt"); g != nil && g.Canonical != "Landesamt" {
		t.Errorf("Landesamt before the full name: canonical %q", g.Canonical)
	}
	if g := find(es, "Bund"); g != nil && g.Canonical != "Bund" {
		t.Errorf("Bund: canonical %q", g.Canonical)
	}
	// An organisation noun without a body's prefix is no short name: "der Bund" is the
	// federal state, not the "Bund für Vogelschutz" named before.
	text := "Der Bund für Vogelschutz warnt. Doch der Bund zahlt."
	r := article.NewRunes(text)
	ms := []mention{{start: 4, end: 24, typ: article.EntityOrganisation}, {start: 41, end: 45, typ: article.EntityOrganisation}}
	if c := bodyCanonical(&ms[1], r.Slice(41, 45), r, ms, rulesOf(de.New())); c != "" {
		t.Errorf("Bund: canonical %q, want none", c)
	}
}

// TestMiddleInitials: a person cut at an initial's full stop runs on to the surname ("John D"
// of "John D. Vance"), and two initials before a surname no mention covers are a person;
// an abbreviation's letters before an organisation ("U. S. Army") and a surname already
// another mention's are left alone. Sentences we wrote.
func TestMiddleInitials(t *testing.T) {
	wd := germanWordData(t)
	span := func(text, s string) (int, int) {
		a := strings.Index(text, s)
		return utf8.RuneCountInString(text[:a]), utf8.RuneCountInString(text[:a+len(s)])
	}
	for _, tt := range []struct {
		text, have, want string // have: a person mention before the rule ("" none)
	}{
		{"Am Abend sprach John D. Kettler in Ohio.", "John D", "John D. Kettler"},
		{"Am Abend sprach J. D. Kettler in Ohio.", "", "J. D. Kettler"},
		{"Am Abend sprach J. R. R. Kettler in Ohio.", "", "J. R. R. Kettler"},
		{"Am Abend sprach Anna Kettler in Ohio.", "Anna Kettler", "Anna Kettler"},
		{"Am Abend marschierte die U. S. Army ein.", "", ""},
	} {
		ws := tokenize(tt.text, 0, nil)
		ti := infos(ws, nil, nil, wd)
		var ms []mention
		if tt.have != "" {
			a, b := span(tt.text, tt.have)
			ms = append(ms, mention{start: a, end: b, typ: article.EntityPerson})
		}
		ms = middleInitials(ms, 0, ws, ti, 0)
		var got []string
		for _, m := range ms {
			if m.typ == article.EntityPerson {
				got = append(got, string([]rune(tt.text)[m.start:m.end]))
			}
		}
		want := []string{}
		if tt.want != "" {
			want = []string{tt.want}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: persons %q, want %q", tt.text, got, want)
		}
	}
}

// germanWordData is the German tagger's word data, or skips the test without the model.
func germanWordData(t *testing.T) *wordData {
	t.Helper()
	m, err := LoadModel(de.New())
	if err != nil {
		t.Skip(err)
	}
	return m.data()
}
