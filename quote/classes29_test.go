package quote

import "testing"

// TestAppositionBeforeAux (stop 25a): a role and a name between commas before the auxiliary
// of a participle cue are its subject, also when the role carries a place ("Der Vorsitzende im
// Landtag, Karl Lenz, hatte …"); the phrase after the auxiliary is then an object or an
// addressee and never speaks ("hatte den Bürgermeister aufgefordert": before, the addressee
// was named the speaker). "niederzulegen" is a zu-infinitive (particle "nieder"). Sentences
// we wrote.
func TestAppositionBeforeAux(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "role with a place, name, auxiliary, addressee",
			text: "Der Vorsitzende im bayerischen Landtag, Gerhard Sommer, hatte Jens Winter gestern aufgefordert, seinen Posten abzugeben.",
			want: []want{{"seinen Posten abzugeben", "Gerhard Sommer", "aufgefordert", "*", false, false}}},
		{name: "niederzulegen",
			text: "Die Ministerin Anna Roth hat die Abgeordnete aufgefordert, ihr Mandat niederzulegen.",
			want: []want{{"ihr Mandat niederzulegen", "Anna Roth", "aufgefordert", "*", false, false}}},
	})
}
