package entity

import (
	"testing"

	"crosscheck/article"
)

// TestRolePrefixPersons holds names the name stage gave wrong speakers on fresh judged
// samples and the trends-de stream (issue 12 via issue 14, stop 33), in sentences we wrote:
// a hyphenated role before a name ("NRW-Rapper X") types the name as a person, the role no
// part of it; a word of a place or an organisation after such a compound stays unchanged.
func TestRolePrefixPersons(t *testing.T) {
	tests := []struct {
		name, text string
		want       []article.Entity
		not        []string // texts that must not be a mention of any type
	}{
		{"a rapper's stage name", "Auch NRW-Rapper Tiko Brannsen freute sich auf die Sendung.",
			[]article.Entity{{Text: "Tiko Brannsen", Type: "person"}}, []string{"NRW-Rapper Tiko Brannsen"}},
		{"a legend known by one name", "Danach sprach Vereins-Legende Xandro über den Abschied.",
			[]article.Entity{{Text: "Xandro", Type: "person"}}, []string{"Vereins-Legende Xandro"}},
		{"a driver's full name", "Im Ziel jubelte McLaren-Pilot Lenno Warrick über Platz zwei.",
			[]article.Entity{{Text: "Lenno Warrick", Type: "person"}}, []string{"McLaren-Pilot Lenno Warrick"}},
		{"a former player", "Am Abend kommentierte Ex-Nationalspieler Brettschneider das Spiel.",
			[]article.Entity{{Text: "Brettschneider", Type: "person"}}, []string{"Ex-Nationalspieler Brettschneider"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := entities(tt.text)
			checkMentions(t, es, tt.want)
			checkNoMentions(t, es, tt.not)
			checkOffsets(t, tt.text, es)
		})
	}
	// A place after the compound is no person: the rule leaves it as it was.
	es := entities("Dort traf der Bayern-Coach Frankreich zum ersten Mal.")
	if g := find(es, "Frankreich"); g != nil && g.Type == article.EntityPerson {
		t.Errorf("Frankreich is a person in %+v", es)
	}
}

// TestPersonBeforeBody: a full name and the body the person is from, read by the tagger as
// one organisation ("X Y von der Universität"), is a person and no organisation; a name
// with its own particle ("Ulla von der Heyde") and an event's name stay as they were.
func TestPersonBeforeBody(t *testing.T) {
	tests := []struct {
		name, text string
		want       []article.Entity
		not        []string
	}{
		{"a university", "Die Lage sei ernst, sagte der Forscher Thomas Wendrich von der Universität Göttingen.",
			[]article.Entity{{Text: "Thomas Wendrich", Type: "person"}}, []string{"Thomas Wendrich von der Universität", "Thomas Wendrich von der Universität Göttingen"}},
		{"a hyphenated university", "Das sei falsch, sagte Thomas Brettmoser von der Goethe-Universität.",
			[]article.Entity{{Text: "Thomas Brettmoser", Type: "person"}}, []string{"Thomas Brettmoser von der Goethe-Universität"}},
		{"a foundation", "Margarete Kowalczyk von der Stiftung Wissenschaft und Politik sagte das.",
			[]article.Entity{{Text: "Margarete Kowalczyk", Type: "person"}}, []string{"Margarete Kowalczyk von der Stiftung"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := entities(tt.text)
			checkMentions(t, es, tt.want)
			checkNoMentions(t, es, tt.not)
			checkOffsets(t, tt.text, es)
		})
	}
	es := entities("Beim Großen Preis von Monaco fuhr er vorne.")
	for _, e := range es {
		if e.Type == article.EntityPerson {
			t.Errorf("%q is a person in %+v", e.Text, es)
		}
	}
}

// checkMentions fails for each wanted mention not found with its type.
func checkMentions(t *testing.T, es []article.Entity, want []article.Entity) {
	t.Helper()
	for _, w := range want {
		if g := find(es, w.Text); g == nil || g.Type != w.Type {
			t.Errorf("%q not found as %s in %+v", w.Text, w.Type, es)
		}
	}
}

// checkNoMentions fails for each text that is a mention of any type.
func checkNoMentions(t *testing.T, es []article.Entity, not []string) {
	t.Helper()
	for _, n := range not {
		if g := find(es, n); g != nil {
			t.Errorf("%q is a mention (%s)", n, g.Type)
		}
	}
}
