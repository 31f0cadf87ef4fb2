package entity

import (
	"testing"

	"crosscheck/article"
)

// TestNamesForSpeakers15 holds names the quotation stage needs that the entity stage cut,
// missed or typed wrong (issue 12 coverage, ner15 helper), in sentences we wrote.
func TestNamesForSpeakers15(t *testing.T) {
	for _, tc := range []struct {
		text, name, typ string
	}{
		// An elision's apostrophe written as a turned comma stays inside the name.
		{"Der Sänger Lio D‘Arcangelo sagte am Abend, er sei müde.", "Lio D‘Arcangelo", article.EntityPerson},
		{"Im Mittelfeld spielte N‘Dori Kamassa stark.", "N‘Dori Kamassa", article.EntityPerson},
		// A DJ is a role before a name, not part of an organisation's name.
		{"Am Ende legte DJ Kalle Brunnhuber noch einmal auf.", "Kalle Brunnhuber", article.EntityPerson},
		// A double given name after a title or role.
		{"In einem Brief hatte Kronprinzessin Sanne-Marit verkündet, sie bleibe.", "Sanne-Marit", article.EntityPerson},
		// A given name after a noun of kin.
		{"„Du bist der Beste“, schrieb Bruder Mika unter das Foto.", "Mika", article.EntityPerson},
		{"Ihre Zwillingsschwester Lena half beim Umzug.", "Lena", article.EntityPerson},
		// Papers abroad that a press review quotes are organisations.
		{"Marca: „Ein großer Abend für den Verein.“", "Marca", article.EntityOrganisation},
		{"Wie die Zeitung El Mundo Deportivo berichtet, bleibt der Trainer.", "El Mundo Deportivo", article.EntityOrganisation},
		{"De Telegraaf: „Ein bitterer Abend.“ La Repubblica: „Der Traum lebt.“", "La Repubblica", article.EntityOrganisation},
	} {
		es := entities(tc.text)
		if g := find(es, tc.name); g == nil || g.Type != tc.typ {
			t.Errorf("%q: want %s %q in %+v", tc.text, tc.typ, tc.name, es)
		}
		checkOffsets(t, tc.text, es)
	}
	// No name where the lists know no given name after the kin noun, nor in a compound
	// of a word of the language after a role.
	for _, tc := range []struct{ text, not string }{
		{"Sein Vater Berufsschuldirektor, seine Mutter Chefsekretärin: so war es.", "Chefsekretärin"},
		{"Mutter Natur hat uns in diesem Jahr nicht verwöhnt.", "Natur"},
		{"Die Ministerin Corona-Hilfen hat niemand erwähnt.", "Corona-Hilfen"},
	} {
		for _, e := range entities(tc.text) {
			if e.Text == tc.not && e.Type == article.EntityPerson {
				t.Errorf("%q: person %q", tc.text, e.Text)
			}
		}
	}
}
