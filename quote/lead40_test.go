package quote

import "testing"

// TestGenitiveJustBeforeIsNotTheSubject (issue 12): a person named in the sentence before only
// as the owner of something ("Bergers Aufschlag", "Lauterbachs Gesetz") is not whom that
// sentence is about; a pronoun after it goes on with its subject, or with nobody when the
// subject is not read. Sentences we wrote.
func TestGenitiveJustBeforeIsNotTheSubject(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the possessor after the subject, the subject carries on",
			text: "Karl Berger gewann das Halbfinale. Auch Tom Fischer hatte Probleme, Bergers Aufschlag zu lesen. „Das war schwer“, sagte er.",
			want: []want{{"Das war schwer", "Tom Fischer", "sagte", "er", true, false}}},
		{name: "the possessor of what an apposed speaker judges, nobody rather than the owner",
			text: "Der Minister Karl Lauber hat ein neues Register vorgestellt. Der Vorsitzende des Verbandes, Jonas Mertens, sieht dennoch Laubers Register positiv. Der Zeitung sagte er, der Start sei ein richtiger Schritt.",
			want: []want{{"der Start sei ein richtiger Schritt", "", "sagte", "er", false, false}}},
		{name: "control: a subject named last carries on",
			text: "Karl Berger gewann das Halbfinale. Danach lobte Tom Fischer den Gegner. „Das war schwer“, sagte er.",
			want: []want{{"Das war schwer", "Tom Fischer", "sagte", "er", true, false}}},
	})
}
