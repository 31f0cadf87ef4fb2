package entity

import (
	"slices"
	"strings"
	"testing"

	"crosscheck/article"
	"crosscheck/lang/de"
)

// TestArticleLoneNouns: what the tagger took for a person, in sentences we wrote, as the
// rules leave it. Each person is given as the tagger would give it ("Currysauce" after an
// article); want lists the persons left, with their text.
func TestArticleLoneNouns(t *testing.T) {
	m, rw, wd := loneSetup(t)
	tests := []struct {
		name    string
		sents   []string
		persons []string // mentions tagged person, found by their text
		want    []string
	}{
		{"a noun after an article", []string{"Er macht neben der Currysauce auch Dipps."}, []string{"Currysauce"}, nil},
		{"after a possessive and an adjective", []string{"Seine selbstgemachte Currysauce gewann."}, []string{"Currysauce"}, nil},
		{"a compound of nouns after an article", []string{"Dazu erzielte er ein Traumtor."}, []string{"Traumtor"}, nil},
		{"a surname without an article", []string{"Mohr flankt auf Karaman."}, []string{"Mohr"}, []string{"Mohr"}},
		{"a relative pronoun before a surname", []string{"Das ist der Bereich, den Topf leitet."}, []string{"Topf"}, []string{"Topf"}},
		{"the article names the person", []string{"Tanja Topf siegte.", "Sie schlug die Topf von gestern."}, []string{"Tanja Topf", "Topf"}, []string{"Tanja Topf", "Topf"}},
		{"a surname in the genitive and a noun", []string{"Thomas Müller traf.", "Es entschied Müllers Traumtor."}, []string{"Thomas Müller", "Müllers Traumtor"}, []string{"Thomas Müller", "Müllers"}},
		{"a given name ending in s and a surname stay whole", []string{"Es traf Niclas Füllkrug."}, []string{"Niclas Füllkrug"}, []string{"Niclas Füllkrug"}},
		{"a genitive the article does not introduce", []string{"Es entschied Köhlers Energieleistung."}, []string{"Köhlers Energieleistung"}, []string{"Köhlers Energieleistung"}},
		{"a noun the article writes mostly where a noun stands", []string{"Ballermann feiert wieder.", "Am Ballermann ist viel los.", "Der Ballermann war voll."},
			[]string{"Ballermann"}, nil},
		{"a name the article writes mostly alone", []string{"Wachmann sang.", "Der Wachmann lachte.", "Wachmann tanzte.", "Dann ging Wachmann."},
			[]string{"Wachmann"}, []string{"Wachmann", "Wachmann", "Wachmann"}},
		{"the given name of a full name", []string{"Emanuela Orlandi verschwand.", "Die Emanuela war 15.", "Die Emanuela ging zur Schule.", "Emanuela fehlt."},
			[]string{"Emanuela Orlandi", "Emanuela"}, []string{"Emanuela Orlandi", "Emanuela"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lonePersons(m, rw, wd, tt.sents, tt.persons, false); !slices.Equal(got, tt.want) {
				t.Errorf("persons %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCommonNounPersons (stop 25d): common nouns the stream showed as persons, in
// sentences we wrote: a noun in a list of nouns, a plural, an abstract noun or a word
// before a month after a role, a word the article also declines. role: the persons were
// made by the role before them.
func TestCommonNounPersons(t *testing.T) {
	m, rw, wd := loneSetup(t)
	tests := []struct {
		name    string
		sents   []string
		persons []string
		role    bool
		want    []string
	}{
		{"a noun in a list of nouns", []string{"Es gab Salat, Steaks und Würstchen."}, []string{"Steaks"}, false, nil},
		{"a list with a person in it", []string{"Im Sturm spielen Jonas Roth, Hammer und Vogel."}, []string{"Jonas Roth", "Hammer"}, false, []string{"Jonas Roth", "Hammer"}},
		{"a name after a clause", []string{"Es war ein Glück, Hammer traf Vogel."}, []string{"Hammer"}, false, []string{"Hammer"}},
		{"a plural after a role", []string{"Nun führt der Außenminister Gespräche mit Paris."}, []string{"Gespräche"}, true, nil},
		{"a plural in -en after a role", []string{"Während die Autorin Ideen sammelt, schreibt er."}, []string{"Ideen"}, true, nil},
		{"an abstract noun after a role", []string{"Dazu bezog die Politikerin Stellung."}, []string{"Stellung"}, true, nil},
		{"a noun before a month after a role", []string{"Das erzählte der Schauspieler Mitte September."}, []string{"Mitte"}, true, nil},
		{"a surname that is a noun after a role", []string{"Der Trainer Müller lobte das Team."}, []string{"Müller"}, true, []string{"Müller"}},
		{"a given name whose stem is a given name", []string{"Es jubelte König Philippe."}, []string{"Philippe"}, true, []string{"Philippe"}},
		{"a word the article declines", []string{"Polarlichter leuchten hell.", "Die Sichtung von Polarlichtern ist selten."}, []string{"Polarlichter"}, false, nil},
		{"a name with a genitive s", []string{"Gnabryhoff traf.", "Gnabryhoffs Tor zählte."}, []string{"Gnabryhoff"}, false, []string{"Gnabryhoff"}},
		{"a name whose longer form is a given name", []string{"Torste lief.", "Dann kam Torsten."}, []string{"Torste"}, false, []string{"Torste"}},
		{"a name whose longer form is another person", []string{"Koltke lief.", "Dann traf Koltken."}, []string{"Koltke", "Koltken"}, false, []string{"Koltke", "Koltken"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lonePersons(m, rw, wd, tt.sents, tt.persons, tt.role); !slices.Equal(got, tt.want) {
				t.Errorf("persons %q, want %q", got, tt.want)
			}
		})
	}
}

// lonePersons tags the given texts of sents as persons (made by a role before them when
// role is set, and one word long) as the tagger would and returns the persons
// articleLoneNouns leaves, by their text.
func lonePersons(m *Model, rw *ruleWords, wd *wordData, sents0 []string, persons []string, role bool) []string {
	text := strings.Join(sents0, " ")
	r := article.NewRunes(text)
	var sents [][]word
	var infoss [][]tokInfo
	var ms []mention
	base := 0
	for si, s := range sents0 {
		ws := tokenize(s, base, nil)
		sents = append(sents, ws)
		infoss = append(infoss, infos(ws, nil, newWordCache(m, 100), wd))
		for _, p := range persons {
			if i := wordIndex(s, p); i >= 0 {
				st := base + len([]rune(s[:i]))
				if !slices.ContainsFunc(ms, func(m mention) bool { return m.start <= st && st < m.end }) {
					ms = append(ms, mention{start: st, end: st + len([]rune(p)), typ: article.EntityPerson, sent: si,
						roleCue: role && !strings.Contains(p, " "), hasFirst: strings.Contains(p, " ")})
				}
			}
		}
		base += len([]rune(s)) + 1
	}
	var got []string
	for _, m := range articleLoneNouns(ms, sents, infoss, r, rw, wd) {
		got = append(got, r.Slice(m.start, m.end))
	}
	return got
}

// wordIndex is the byte index of the first p in s that no letter follows, or -1.
func wordIndex(s, p string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], p)
		if i < 0 {
			return -1
		}
		e := off + i + len(p)
		if e == len(s) || !isWordRune([]rune(s[e:])[0]) {
			return off + i
		}
		off += i + 1
	}
}

// TestNounAfterName: a noun of the dictionary (or a proper noun of the lexicon that names
// no one) after a given name or an initial and a surname is no part of a person's name; a
// surname that is a word, or a third name, is.
func TestNounAfterName(t *testing.T) {
	m, rw, wd := loneSetup(t)
	for text, want := range map[string]bool{
		"Robert Andrich Mehlwürmer": true, "Manuel Neuers Nationalmannschaftskarriere": true,
		"Anna Lena Engel": false, "Thomas Müller": false, "Frank Walter Schröder": false,
		// A photo credit's initial and surname before the next sentence's first word, a
		// proper noun the lexicon holds (stop 25b); an initial and a surname alone stay.
		"K. Hartwig Europawahl": true, "Thomas Hartwig Europawahl": true, "J. Eggestein": false, "J. Hartwig": false,
	} {
		ws := tokenize(text, 0, nil)
		ti := infos(ws, nil, newWordCache(m, 100), wd)
		if got := nounAfterName(ws, ti, 0, len(ws), rw, wd); got != want {
			t.Errorf("nounAfterName(%q) = %v, want %v", text, got, want)
		}
	}
}

// loneSetup loads the German model, its pack rules and its word data for lonePersons.
func loneSetup(t *testing.T) (*Model, *ruleWords, *wordData) {
	t.Helper()
	m, err := LoadModel(de.New())
	if err != nil {
		t.Fatal(err)
	}
	return m, rulesOf(de.New()), m.data()
}
