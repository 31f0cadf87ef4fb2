package quote

import (
	"testing"

	"crosscheck/article"
)

// speakerCase is a quotation, found by words it contains, and who must say it.
type speakerCase struct {
	name, text, quote, speaker string
}

func speakerCases(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			seen := quotesHolding(tc.text, tc.quote, func(q article.Quote) {
				if q.Speaker != tc.speaker {
					t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, tc.speaker)
				}
			})
			if !seen {
				t.Errorf("no quotation with %q", tc.quote)
			}
		})
	}
}

// TestPlainMediumName (issue 12, cover4): a medium whose name is spelled like a common word,
// which the entity tagger does not take for a name, speaks when the source words are that name
// (lang/de/words/quote_medianames): "Wie die Bild berichtet", "Der Bild zufolge", "laut Sport
// Bild", "nach Informationen der Bild-Zeitung", "Nach Bild-Informationen". The common noun ("das
// Bild", "Dem Bild zufolge": a picture) and the paper spoken to ("sagte er der Bild") never
// speak. Sentences we wrote.
func TestPlainMediumName(t *testing.T) {
	const lead = "Der Torwart Karl Brenner spielt seit drei Jahren in Kiel. "
	speakerCases(t, []speakerCase{
		{name: "wie die Bild berichtet",
			text:  lead + "Wie die Bild berichtet, soll Brenner den Verein im Sommer verlassen.",
			quote: "den Verein im Sommer verlassen", speaker: "Bild"},
		{name: "der Bild zufolge",
			text:  lead + "Der Bild zufolge ist Brenner ein Kandidat beim Zweitligisten aus Lübeck.",
			quote: "ein Kandidat beim Zweitligisten", speaker: "Bild"},
		{name: "nach Informationen der Bild-Zeitung",
			text:  lead + "Nach Informationen der Bild-Zeitung haben sich beide Klubs bereits geeinigt.",
			quote: "beide Klubs bereits geeinigt", speaker: "Bild"},
		{name: "laut Sport Bild",
			text:  lead + "Brenner ist laut Sport Bild auch in der neuen Saison als Nummer eins vorgesehen.",
			quote: "als Nummer eins vorgesehen", speaker: "Sport Bild"},
		{name: "Bild-Informationen",
			text:  lead + "Nach Bild-Informationen hat Brenner einen Vertrag bis 2028 unterschrieben.",
			quote: "einen Vertrag bis 2028", speaker: "Bild"},
		{name: "Bild am Sonntag cut inside the name",
			text:  lead + "Wie die Bild am Sonntag berichtet, erhält Brenner einen neuen Vertrag.",
			quote: "erhält Brenner einen neuen Vertrag", speaker: "Bild am Sonntag"},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "the picture",
			text:  lead + "Dem Bild zufolge war das Stadion am Abend nur halb voll.",
			quote: "nur halb voll", speaker: "Bild"},
		{name: "the paper spoken to",
			text:  "Karl Brenner hatte im Winter einen Unfall. Er habe großes Glück gehabt, sagte Brenner der Bild.",
			quote: "großes Glück gehabt", speaker: "Bild"},
	})
}

// TestPortraitVoiceBesideMedium: a medium passing on news ("Wie die Bild berichtet, …") is no
// voice of its own in a portrait: a quotation standing alone in its paragraph stays the one
// person's who speaks in the piece. Sentences we wrote.
func TestPortraitVoiceBesideMedium(t *testing.T) {
	speakerCases(t, []speakerCase{
		{name: "a reported medium later in the piece",
			text:  "Karl Brenner ist krank\nDer Tennisprofi Karl Brenner war in dieser Woche krank. Brenner: „Ja, ich hatte Fieber.“ Unfassbar!\nJetzt ist klar, warum er nicht auf der Bank saß. „Ich habe versucht, Energie zu sparen. Das kann ich nur, wenn ich Energie habe.“\nFieber und Husten\nWie die Bild berichtet, suchte er in dieser Woche einen Arzt auf.",
			quote: "Energie zu sparen", speaker: "Karl Brenner"},
	})
}

// TestKinNamedAfterGenitive (issue 12, cover4): a kin noun after a person's name in the
// genitive, with a name right after it ("Spurls Bruder Craig", "Camerons Tochter Donna Ray"),
// is the kin named in apposition, who speaks; never the genitive's owner. A noun that is no kin
// ("Bergs Team") keeps the name after it out of the speaker: it may be the object. Sentences we
// wrote.
func TestKinNamedAfterGenitive(t *testing.T) {
	speakerCases(t, []speakerCase{
		{name: "brother named by a given name",
			text:  "Der Regisseur Morgan Spurl ist tot. „Die Welt hat ein Genie verloren“, wurde Spurls Bruder Craig zitiert.",
			quote: "ein Genie verloren", speaker: "Craig"},
		{name: "daughter with a full name and the paper told",
			text:  "Der Veteran Jim Cameron starb kurz vor der Reise. „Wir können es kaum glauben“, sagte Camerons Tochter Donna Ray der „Kieler Post“.",
			quote: "kaum glauben", speaker: "Donna Ray"},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "the owner",
			text:  "Der Veteran Jim Cameron starb kurz vor der Reise. „Wir können es kaum glauben“, sagte Camerons Tochter Donna Ray der „Kieler Post“.",
			quote: "kaum glauben", speaker: "Jim Cameron"},
		{name: "no kin noun",
			text:  "Die Kandidatin Anna Berg liegt vorn. „Das ist ein Angriff auf uns alle“, kritisierte Bergs Team Karl Weller am Abend.",
			quote: "Angriff auf uns alle", speaker: "Karl Weller"},
	})
}
