package quote

import "testing"

// TestDativeMedium (stop 29, issue 12): after a speech verb that a medium cannot be the
// subject of, "der" before a feminine medium is a dative ("bestätigte der Nachrichtenagentur
// PA"): the agency is addressed, never the speaker, and an object after it ("den Tod") is no
// subject either. "der Sender" can be a subject and stays as before. A sentence naming a
// possessive's person ("Bergers Frau bestätigte …") stops an earlier report from running on
// into the Konjunktiv sentences after it. Sentences we wrote.
func TestDativeMedium(t *testing.T) {
	const lead = "Der seit Tagen vermisste Moderator Jonas Berger ist tot.\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "a feminine agency after the verb is addressed",
			text: lead + "„Das ist ein schwerer Verlust“, bestätigte der britischen Nachrichtenagentur PA ein Sprecher des Senders.",
			want: []want{{"Das ist ein schwerer Verlust", "", "*", "*", true, false}},
			not:  []string{"PA"}},
		{name: "the report before does not run on past a wife's confirmation",
			text: lead + "„Wir haben ihn gefunden“, sagte der Bürgermeister der Insel Alba, Karl Lenz, am Sonntag dem Sender Skai. Bergers Frau bestätigte der britischen Nachrichtenagentur PA den Tod ihres Mannes. Er habe beim Wandern die falsche Route genommen.",
			want: []want{
				{"Wir haben ihn gefunden", "Karl Lenz", "*", "*", true, false},
				{"Er habe beim Wandern die falsche Route genommen", "", "*", "Bergers Frau", false, false}}},
		{name: "guard: a masculine medium can speak",
			text: lead + "„Wir trauern um einen großen Kollegen“, teilte der Sender Nordwelle am Montag mit.",
			want: []want{{"Wir trauern um einen großen Kollegen", "*", "*", "der Sender Nordwelle", true, false}}},
	})
}

// TestOrganisationAntecedent (stop 29, issue 12): a body opening the sentence before with an
// article of the pronoun's gender ("Der Landesverband teilte mit, … Er bestätigte") is what
// the pronoun stands for, not the person named a paragraph earlier; "sie" after "Der
// Landesverband" still finds the woman. Sentences we wrote.
func TestOrganisationAntecedent(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "er after a masculine body",
			text: "Der Angriff ist feige, sagte Karl Homann, Vorsitzender der Partei.\nDer Landesverband der Partei teilte mit, in der Nacht seien zwei Teams angegriffen worden. Er bestätigte, dass ein Helfer verletzt worden sei.",
			want: []want{{"dass ein Helfer verletzt worden sei", "", "*", "Er", false, false}}},
		{name: "guard: sie after a masculine body",
			text: "Der Angriff ist feige, sagte Anna Homann, Vorsitzende der Partei.\nDer Landesverband der Partei teilte mit, in der Nacht seien zwei Teams angegriffen worden. Sie bestätigte, dass ein Helfer verletzt worden sei.",
			want: []want{{"dass ein Helfer verletzt worden sei", "Anna Homann", "*", "Sie", false, false}}},
	})
}
