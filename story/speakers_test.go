package story

import (
	"reflect"
	"strings"
	"testing"

	"crosscheck/article"
)

// speakerDoc is an article of our own whose entities and quotations are given as the
// analysis would give them.
func speakerDoc(id string, ents [][2]string, qs [][2]string) *doc {
	an := &article.Analysis{}
	at := 0
	for _, e := range ents {
		an.Entities = append(an.Entities, article.Entity{Start: at, End: at + 1, Text: e[0], Canonical: e[0], Type: e[1]})
		at += 2
	}
	for _, q := range qs {
		an.Quotes = append(an.Quotes, article.Quote{Start: at, End: at + 1, Text: q[1], Speaker: q[0], Direct: true})
		at += 2
	}
	return &doc{a: &article.Article{ID: id}, an: an}
}

func TestSpeakersGroupedByPerson(t *testing.T) {
	per, org, place := article.EntityPerson, article.EntityOrganisation, article.EntityPlace
	bd := &build{st: &Story{}, events: []Event{{ID: "e1"}}, event: []int{0, 0, 0}}
	bd.docs = []*doc{
		speakerDoc("a", [][2]string{{"Lena Vogt", per}, {"Lena Vogt", per}, {"Vogt", per}, {"Werder Bremen", org}},
			[][2]string{{"Vogt", "Wir haben das Spiel im Kopf gewonnen"}}),
		speakerDoc("b", [][2]string{{"Lena Vogt", per}, {"Frankreich", place}, {"Kranich", per}, {"Ole Kranich", per}, {"Ina Kranich", per}},
			[][2]string{{"Lena Voigt", "Der Sieg gehört der ganzen Mannschaft"}, {"Frankreich", "Wir verurteilen den Angriff"}, {"Kranich", "Das war knapp"}}),
		speakerDoc("c", [][2]string{{"Lena Vogt", per}, {"Vgot", per}, {"Werder Bremen", org}, {"Kranich Vogt", per}, {"Paul Adler", per}, {"Tom Beck", per}, {"Tom Stein", per}},
			[][2]string{{"Lena Vogt", "Wir haben das Spiel im Kopf gewonnen"}, {"Vgot", "Morgen geht es weiter"}, {"Werder Bremen", "Wir freuen uns"},
				{"Paul", "Das Lied ist zwanzig Jahre alt"}, {"Tom", "Wir spielen am Abend"}}),
	}
	book := bd.speakers()
	for given, want := range map[string]string{
		"Vogt":          "Lena Vogt", // a surname alone; "Kranich Vogt" is two surnames run together
		"Lena Voigt":    "Lena Vogt", // one letter off, same first name
		"Kranich":       "Kranich",   // Ole or Ina: left as it is
		"Werder Bremen": "Werder Bremen",
		"Vgot":          "Vgot",       // a short surname one swap off is not joined
		"Paul":          "Paul Adler", // a first name alone, one person has it
		"Tom":           "Tom",        // Tom Beck or Tom Stein
	} {
		if got := book.shown[given]; got != want {
			t.Errorf("speaker %q shown as %q, want %q", given, got, want)
		}
	}
	if got := book.as["Lena Vogt"]; !reflect.DeepEqual(got, []string{"Lena Voigt", "Vogt"}) {
		t.Errorf("other names of Lena Vogt: %q", got)
	}
	bd.quotes()
	var speakers []string
	for _, q := range bd.st.Quotes {
		speakers = append(speakers, q.Speaker)
		if q.Speaker == "Frankreich" {
			t.Errorf("a place is shown as a speaker: %+v", q)
		}
	}
	// Grouped: Lena Vogt's two statements (one carried by two articles) together, first.
	if len(speakers) < 2 || speakers[0] != "Lena Vogt" || speakers[1] != "Lena Vogt" {
		t.Errorf("speakers in order %q, want Lena Vogt's statements first and together", speakers)
	}
	if bd.st.Quotes[0].Articles == nil || len(bd.st.Quotes[0].Articles) != 2 {
		t.Errorf("the statement two articles give one speaker under two names is one statement: %+v", bd.st.Quotes[0])
	}
}

func TestSamePerson(t *testing.T) {
	info := func(n string) *nameInfo {
		return &nameInfo{name: n, words: strings.Fields(strings.ToLower(n))}
	}
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"Sinner", "Jannik Sinner", true},
		{"Dominique Lebrun", "Monsignore Dominique Lebrun", true},
		{"Ali Toprak", "Ali Ertan Toprak", true},
		{"Seldaczek", "Esther Sedlaczek", true}, // two letters swapped in a long surname
		{"Heidi Demiral", "Merih Demiral", false},
		{"Müller", "Thomas Meier", false},
		{"Kahn", "Oliver Kahns", false}, // short surnames must match exactly
	} {
		if got := samePerson(info(c.short), info(c.long)); got != c.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}

// TestSurnameOfTwoPeople: a surname alone that two of the story's people have ("Trump" beside
// "Donald Trump" and "Lara Trump") stands for neither, also when the tagger ran a name on into
// the more frequent one's given name ("Marc Etzold Donald"), which made "Donald Trump" look
// like two names run together, and when the fuller name only speaks, untyped.
func TestSurnameOfTwoPeople(t *testing.T) {
	per := article.EntityPerson
	for _, c := range []struct {
		name string
		docs []*doc
	}{
		{"a run-on name ending in a given name", []*doc{
			speakerDoc("a", [][2]string{{"Donald Trump", per}, {"Donald Trump", per}, {"Donald Trump", per}, {"Marc Etzold Donald", per}},
				[][2]string{{"Donald Trump", "Er ist der schlechteste Präsident"}}),
			speakerDoc("b", [][2]string{{"Lara Trump", per}},
				[][2]string{{"Trump", "Wir hatten die beste Wirtschaft"}}),
		}},
		{"the fuller name only as a speaker", []*doc{
			speakerDoc("a", nil, [][2]string{{"Donald Trump", "Er ist der schlechteste Präsident"}}),
			speakerDoc("b", [][2]string{{"Lara Trump", per}},
				[][2]string{{"Trump", "Wir hatten die beste Wirtschaft"}}),
		}},
	} {
		bd := &build{st: &Story{}, events: []Event{{ID: "e1"}}, event: []int{0, 0}, docs: c.docs}
		if got := bd.speakers().shown["Trump"]; got != "Trump" {
			t.Errorf("%s: speaker %q shown as %q, want it left as it is", c.name, "Trump", got)
		}
	}
}
