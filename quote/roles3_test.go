package quote

import "testing"

// TestRoleTiedAcrossFrames (issue 12, roles3): a coach the text names ("Trainer Gian Paolo
// Berti", "erklärte Coach Karl Berg") is who a later "der Atalanta-Coach" or "der Bremer
// Coach" is, unless the tie is narrowed to another job. The word that narrows a role must
// stand in its sentence and be no speech verb: a heading's last word ("… mit
// Napoli-Wechsel") or "erklärte" before "Coach" narrowed the tie to nothing any later noun
// matched. An adverb of consequence after the verb ("sagte deshalb Trainer X") no longer
// hides the subject. Sentences we wrote.
func TestRoleTiedAcrossFrames(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a heading's last word does not narrow the tie below it",
			text: "Berti liebäugelt mit Napoli-Wechsel\nTrainer Gian Paolo Berti hat nach acht Jahren bei Atalanta den Titel gewonnen.\nDer Atalanta-Coach sagte: „Es war eine schöne Zeit.“",
			want: []want{{"Es war eine schöne Zeit.", "Gian Paolo Berti", "sagte", "Der Atalanta-Coach", true, false}}},
		{name: "a speech verb before the role does not narrow it",
			text: "„Wir sind bereit“, erklärte Coach Karl Berg vor dem Spiel.\nDie Partie endete 2:0. „Ein guter Tag“, sagte der Bremer Coach.",
			want: []want{{"Ein guter Tag", "Karl Berg", "sagte", "der Bremer Coach", true, false}}},
		{name: "deshalb between the verb and the subject",
			text: "Die Gäste verloren gegen Jens Thorup und seine Elf. „Warum kriegt er da nicht auch Rot?“, sagte deshalb Trainer Thorup.",
			want: []want{{"Warum kriegt er da nicht auch Rot?", "Jens Thorup", "sagte", "Trainer Thorup", true, false}}},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "a role narrowed to another job stays someone else's",
			text:  "Interimscoach Tom Lenz verlässt Atalanta nach der Saison.\nDer Atalanta-Coach sagte: „Es war eine schöne Zeit.“",
			quote: "schöne Zeit", speaker: "Tom Lenz"},
		{name: "a pronoun after a role the text gives another speaks for that one",
			text:  "„Es wird ein großer Tag“, stellte Manager Rob Berg klar.\n„Er ist sehr gut“, lobte Tom Lenz den Neuen. „Er wird seinen Weg gehen“, erklärte Lenz.\nDie Stärke des Neuen blieb auch bei Bergh nicht unbemerkt. „Er wird viel lernen“, vermutete der Lakers-Manager. Weiter verkündete er: „Wir glauben an ihn.“",
			quote: "glauben", speaker: "Tom Lenz"},
	})
}
