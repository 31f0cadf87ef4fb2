package entity

import (
	"strings"
	"testing"

	"crosscheck/article"
)

// TestThingsAfterCues holds substances and products the tagger typed as persons (issue 12
// via issue 14, stop 34f), in sentences we wrote: after a noun of substances or products
// the name is a thing, not someone who could speak; a given name after the noun, or a
// possessor in the genitive, is still a person.
func TestThingsAfterCues(t *testing.T) {
	for _, tc := range []struct{ text, thing string }{
		{"Bei der Kontrolle fand man das Steroid Drolumet in seinem Urin. Er bestritt alles.", "Drolumet"},
		{"Die Ärztin verschrieb ihm das Schmerzmittel Palvaxin, und er nahm es zwei Wochen.", "Palvaxin"},
		{"Der Konzern will den Wirkstoff Terbuzol bald auf den Markt bringen.", "Terbuzol"},
	} {
		es := entities(tc.text)
		g := find(es, tc.thing)
		if g != nil && g.Type == article.EntityPerson {
			t.Errorf("%q is a person in %+v", tc.thing, es)
		}
		for _, e := range es {
			if e.Type == article.EntityPerson {
				t.Errorf("%q: person %q", tc.text, e.Text)
			}
		}
		checkOffsets(t, tc.text, es)
	}
	for _, tc := range []struct{ text, person string }{
		{"Das Medikament Anna Kellers half vielen Kranken.", "Anna Kellers"},
		{"Über das Präparat sagte Jonas Breitner, es wirke schnell.", "Jonas Breitner"},
	} {
		es := entities(tc.text)
		if g := find(es, tc.person); g == nil || g.Type != article.EntityPerson {
			t.Errorf("%q is no person in %+v", tc.person, es)
		}
	}
}

// TestParticleOpensSentence holds names with a particle that open a sentence (stop 34f),
// in sentences we wrote: the capitalised particle is the name's, not a word of its own,
// and the tagger's pieces ("Von" alone, "der Bellheim") make the one name; inside a
// sentence a capitalised "Von" stays as it was.
func TestParticleOpensSentence(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Ursula von der Leyen flog nach Rom. Von der Leyen sagte am Montag, die Lage sei ernst.", "Von der Leyen"},
		{"Bundespräsident Alexander Van der Bellen hielt eine Rede. Van der Bellen erklärte am Abend, er bleibe.", "Van der Bellen"},
		{"Die Kommission unter Ursula von der Leyen tagte. „Von der Leyen kann das“, sagte ein Diplomat. Von der Leyens Plan gilt.", "Von der Leyen"},
	} {
		es := entities(tc.text)
		if g := find(es, tc.name); g == nil || g.Type != article.EntityPerson || g.Canonical == g.Text || !strings.HasSuffix(strings.ToLower(g.Canonical), strings.ToLower(tc.name)) {
			t.Errorf("%q is no person of the full name in %+v", tc.name, es)
		}
		for _, e := range es {
			if e.Text == "Von" || e.Text == "Van" || e.Text == "der Leyen" || e.Text == "Leyen" || e.Text == "Bellen" {
				t.Errorf("%q: piece %q", tc.text, e.Text)
			}
		}
		checkOffsets(t, tc.text, es)
	}
}

// TestCreditBeforeName holds a photo credit run into the caption's name (stop 34f), in
// sentences we wrote: the agency and the person are two names.
func TestCreditBeforeName(t *testing.T) {
	text := "Foto: Getty Images Emma Raducanu jubelt nach dem Sieg in London."
	es := entities(text)
	if g := find(es, "Emma Raducanu"); g == nil || g.Type != article.EntityPerson {
		t.Errorf("Emma Raducanu is no person in %+v", es)
	}
	if g := find(es, "Getty Images Emma Raducanu"); g != nil {
		t.Errorf("the credit runs into the name: %+v", es)
	}
	checkOffsets(t, text, es)
}

// TestGenitiveAlone holds a club's or a place's genitive the tagger typed as a person of
// its own (stop 34f), in sentences we wrote: it is the club or the place, and the name
// after it the person; a person's genitive stays a person.
func TestGenitiveAlone(t *testing.T) {
	text := "Der Klub verlor 0:2. Heidenheims Vorstandsvorsitzender Holger Sanwald sagte: „Wir bleiben ruhig.“ Trumps Sprecher schwieg."
	es := entities(text)
	for _, e := range es {
		if e.Text == "Heidenheims" && e.Type == article.EntityPerson {
			t.Errorf("Heidenheims is a person in %+v", es)
		}
	}
	if g := find(es, "Holger Sanwald"); g == nil || g.Type != article.EntityPerson {
		t.Errorf("Holger Sanwald is no person in %+v", es)
	}
	checkOffsets(t, text, es)
}

// TestFoldedShortForm holds short forms compared with the article's full names case aside
// (stop 34f), in sentences we wrote: a sentence's capital particle finds the full name; a
// caption's capitals are no form a name in mixed case resolves to.
func TestFoldedShortForm(t *testing.T) {
	text := "Matthijs de Ligt fehlt. De Ligt hat Fieber.\n\nFOTO: LEROY SANE (Bayern)\n\nDann traf Leroy Sane erneut."
	es := entities(text)
	if g := find(es, "De Ligt"); g == nil || g.Canonical != "Matthijs de Ligt" {
		t.Errorf("De Ligt is not Matthijs de Ligt in %+v", es)
	}
	if g := find(es, "Leroy Sane"); g == nil || g.Canonical != "Leroy Sane" {
		t.Errorf("Leroy Sane resolves to something else in %+v", es)
	}
}
