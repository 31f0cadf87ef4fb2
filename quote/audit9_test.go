package quote

import "testing"

// TestMediumNamedAfterItsNoun (issue 12, de dev 9: articles where nothing was named): a
// medium named by its noun and then its name ("wie die französische Nachrichtenagentur AFP
// schreibt", "Das gab der öffentlich-rechtliche Sender ARD bekannt", "Der Sender RTL hatte
// klargestellt") was read as a noun followed by the medium it was told to ("Weber dpa"), so the
// report named nobody. After a noun that stands for a medium and nothing else
// (quote_mediaback) the name is that medium's own. Guards: a medium after a person's name or
// in the dative stays whom it was told; a medium that quotes someone ("zitierte der Sender")
// only relays. Two guards keep the media named now from reaching words they only relayed: a
// fronted "Laut X" before a speech verb with its own subject and clause ("Laut X berichteten
// Bewohner, dass …") names nobody, and a sentence continuing the report that gives its words
// to an unnamed speaker of its own ("…, teilte demnach ein Regierungsvertreter mit") or is only
// a frame ("Demnach habe er gesagt: …") does not take the report's source. Sentences we wrote.
func TestMediumNamedAfterItsNoun(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "agency after an adjective and its noun",
			text: "Die Wahl in Norland findet am Sonntag statt. Für die Stichwahl brauchen Bewerber zehn Prozent der Stimmen, wie die französische Nachrichtenagentur AFP schreibt. Daher könne es auch drei Bewerber in der Stichwahl geben.",
			want: []want{
				{"Für die Stichwahl brauchen Bewerber zehn Prozent der Stimmen", "AFP", "schreibt", "die französische Nachrichtenagentur AFP", false, false},
				{"Daher könne es auch drei Bewerber in der Stichwahl geben", "AFP", "*", "*", false, false},
			}},
		{name: "broadcaster announces a death",
			text: "Der Quizmoderator Karl Bauer ist tot. Das gab der öffentlich-rechtliche Sender ARD bekannt.",
			want: []want{{"Der Quizmoderator Karl Bauer ist tot", "ARD", "gab", "*", false, false}}},
		{name: "broadcaster with a relative clause",
			text: "Der Juror Tom Weidlich steht in der Kritik. Der Sender RTL, bei dem Weidlich in der Jury sitzt, hatte klargestellt, dass er die Ermittlungen verfolge.",
			want: []want{{"dass er die Ermittlungen verfolge", "RTL", "klargestellt", "Der Sender RTL", false, false}}},
		{name: "laut, the agency's noun and its name",
			text: "Karl Bauer hat eine alte Geige gekauft. Laut Nachrichtenagentur Reuters gehörte die Geige zuvor einem Sammler aus Lyon.",
			want: []want{{"gehörte die Geige zuvor einem Sammler aus Lyon", "Reuters", "Laut", "Nachrichtenagentur Reuters", false, false}}},
		{name: "guard: a medium told after a name",
			text: "Der Minister Karl Bauer war in Rom. „Wir sind zufrieden“, sagte Bauer der französischen Nachrichtenagentur AFP.",
			want: []want{{"Wir sind zufrieden", "Karl Bauer", "sagte", "*", true, false}}},
		{name: "guard: the broadcaster only quotes",
			text: "Anna Roth dankte ihren Unterstützern. „Viele haben die Lage ausgenutzt“, zitierte der australische Sender ABC aus einer Mitteilung.",
			want: []want{{"Viele haben die Lage ausgenutzt", "", "zitierte", "*", true, false}}},
		{name: "guard: laut before a verb with a subject and clause of its own",
			text: "In Norland wurde wieder gekämpft. Laut Nachrichtenagentur AP berichteten Bewohner, dass Kampfflugzeuge das Gebiet beschossen.",
			want: []want{{"berichteten Bewohner, dass Kampfflugzeuge das Gebiet beschossen", "", "*", "*", false, false}}},
		{name: "guard: laut before gab es stays the agency's",
			text: "In Norland wurde wieder gekämpft. Laut Nachrichtenagentur AP gab es am Abend mehrere Explosionen im Hafen.",
			want: []want{{"gab es am Abend mehrere Explosionen im Hafen", "AP", "Laut", "*", false, false}}},
		{name: "guard: an unnamed speaker of its own in the continuation",
			text: "Das Kabinett will einer Meldung der Nachrichtenagentur Reuters zufolge heute beraten. Auch über einen Einsatz solle gesprochen werden, teilte demnach ein Regierungsvertreter mit.",
			want: []want{
				{"Das Kabinett will einer Meldung der Nachrichtenagentur Reuters zufolge heute beraten", "Reuters", "zufolge", "*", false, false},
				{"Auch über einen Einsatz solle gesprochen werden, teilte demnach ein Regierungsvertreter mit", "", "*", "*", false, false},
			}},
		{name: "guard: demnach before a bare frame",
			text: "Karl Bauer spielte in München. Nach Angaben des Senders Nordfunk soll Bauer dem Schiedsrichter gesagt haben, dass er keine Zeit hat. Demnach habe er gesagt: „Ich muss heute weg.“",
			want: []want{{"habe er gesagt", "", "*", "*", false, false}}},
	})
}

// TestFragmentInMediumReport (issue 12, audit9): once "berichtet die Nachrichtenagentur AFP"
// named the agency, a phrase in quotation marks inside the news it reports took the agency as
// its speaker, though they are the words of those the news is about. A medium reporting with a
// verb of reporting ("berichtet", "meldete", "schrieb") speaks no fragment the report holds
// without a frame of its own; a medium's statement about itself ("teilte der Sender mit") keeps
// its words. (Still open: a fragment in the Konjunktiv clause the verb frames directly, "Die
// Lage sei „sehr ernst“, berichtet X", keeps the medium.) Sentences we wrote.
func TestFragmentInMediumReport(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a fragment in the news an agency reports",
			text: "In Norland wird weiter verhandelt. Vertreter der Regierung dachten am Abend laut über eine „Koalition mehrerer Gruppen“ nach – die Grünen lehnten dies jedoch umgehend ab, berichtet die Nachrichtenagentur AFP.",
			want: []want{
				{"Koalition mehrerer Gruppen", "", "*", "*", true, true},
			}},
		{name: "guard: a broadcaster's statement about itself",
			text: "Der Moderator Tom Weidlich hört auf. Weidlich gehe „auf eigenen Wunsch“, teilte der Sender RTL mit.",
			want: []want{{"auf eigenen Wunsch", "RTL", "*", "*", true, false}}},
	})
}
