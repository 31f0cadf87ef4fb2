package quote

import "testing"

// TestEpithetTiedAsTitle (issue 12, cover9): an epithet the text gives one person as a title
// before the name ("Tennisprofi Karl Brenner", the text's standing title for him) stands for
// that person, not for the nearest man the paragraph names, who may be the opponent; a noun
// narrowed by something the text names apart ("SPD-Politiker" beside "(CDU)") is no tie.
// Sentences we wrote.
func TestEpithetTiedAsTitle(t *testing.T) {
	speakerCases(t, []speakerCase{
		{name: "the opponent is nearer",
			text: "Tennisprofi Karl Brenner greift nach dem Titel.\n\nTennisprofi Karl Brenner steht im Finale von Halle. Der 29 Jahre alte Kieler " +
				"besiegte im Halbfinale den Schweden Olaf Lindqvist mit 6:3, 6:2. „Das war mein bestes Spiel seit Jahren“, resümierte der Sandplatz-Profi.",
			quote: "mein bestes Spiel", speaker: "Karl Brenner"},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "another party",
			text: "Der Angriff auf den SPD-Politiker Jonas Weber hat Folgen.\n\n" +
				"Innenminister Peter Maiwald (CDU) sagte am Morgen, der Vorfall habe ihn erschreckt. Es gebe eine neue Gewalt, die ihn sehr besorge, so der CDU-Politiker.",
			quote: "eine neue Gewalt", speaker: "Jonas Weber"},
	})
}

// TestPronounBeforeItsObject (issue 12, cover9): source words that run on from the pronoun
// into the verb's object ("nannte er den Plan eine „Zumutung“") have the pronoun for the
// speaker; an epithet between the name and the pronoun that stands for the same person
// ("Der Sportler") leaves nobody unnamed in between. Sentences we wrote.
func TestPronounBeforeItsObject(t *testing.T) {
	speakerCases(t, []speakerCase{
		{name: "an object after the pronoun",
			text: "Im Mai sorgte Handballer Lukas Ebner mit einer Rede für Schlagzeilen. Der Sportler tätigte Aussagen, die viele kritisierten.\n\n" +
				"So nannte er den neuen Spielplan eine „Zumutung für alle Familien“ und forderte Änderungen.",
			quote: "Zumutung für alle Familien", speaker: "Lukas Ebner"},
	})
}
