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

// TestWieParticleFirst (stop 25a): a separable speech verb written apart at the end of a
// wie-clause ("Wie die Bank bekannt gab, …", "…, wie die Stadt bekannt gibt"): the particle
// before the finite form belongs to it, and both are the cue. A particle that the verb's entry
// does not name ("wie die Kinder vor gaben") stays out. Sentences we wrote.
func TestWieParticleFirst(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "Wie X bekannt gab, …",
			text: "Wie die Sparkasse bekannt gab, steigen die Gebühren für Girokonten im Mai.",
			want: []want{{"steigen die Gebühren für Girokonten im Mai", "*", "bekannt gab", "die Sparkasse", false, false}}},
		{name: "…, wie X bekannt gibt.",
			text: "Das Freibad bleibt wegen eines Schadens den ganzen Sommer geschlossen, wie die Stadt bekannt gibt.",
			want: []want{{"Das Freibad bleibt wegen eines Schadens den ganzen Sommer geschlossen", "", "bekannt gibt", "die Stadt", false, false}}},
		{name: "a particle the verb does not take",
			text: "Wie die Kinder vor gaben, fuhren sie mit dem Rad zur Schule.",
			not:  []string{"fuhren sie mit dem Rad zur Schule"}},
	})
}

// TestLautAfterSpeechVerb (stop 25a): "laut X" after a speech verb and its own subject
// ("Heute bestätigte der Minister laut Reuters, dass …") says who relayed the report; the
// source words end before it (they were "Karl Bauer laut Reuters"). Sentences we wrote.
func TestLautAfterSpeechVerb(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a name, laut an agency",
			text: "Heute bestätigte Karl Bauer laut Reuters, dass die Grenze für Lastwagen offen bleibt.",
			want: []want{{"dass die Grenze für Lastwagen offen bleibt", "Karl Bauer", "bestätigte", "Karl Bauer", false, false}}},
		{name: "a role, nach Angaben",
			text: "Am Abend bestätigte der Minister nach Angaben der Agentur, dass die Grenze für Lastwagen offen bleibt.",
			want: []want{{"dass die Grenze für Lastwagen offen bleibt", "", "bestätigte", "der Minister", false, false}}},
	})
}
