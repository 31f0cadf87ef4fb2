package quote

import "testing"

// TestColonLineAbout (issue 12, precision9 survey): in a line "X über Y: „…“" the name after
// "über" is whom the quotation is about, never its speaker; a name before "über" still speaks.
// Sentences we wrote.
func TestColonLineAbout(t *testing.T) {
	const coach = "Die junge Spielerin Lea Brandt gewann ihr Einzel in drei Sätzen.\n\nBundestrainerin über Lea Brandt: „Sie kann eine Topspielerin werden.“\n\nDanach jubelte das Team."
	noSpeakerCases(t, []speakerNotCase{
		{name: "the name after über is the topic", text: coach, quote: "Topspielerin werden", speaker: "Lea Brandt"},
	})
	speakerCases(t, []speakerCase{
		{name: "guard: a name before über speaks",
			text:    "Der Trainer Paul Lorenz sprach nach dem Spiel.\n\nPaul Lorenz über Lea Brandt: „Sie kann eine Topspielerin werden.“",
			quote:   "Topspielerin werden",
			speaker: "Paul Lorenz"},
		{name: "guard: a name before über a topic speaks",
			text:    "Die Sängerin Lea Brandt gab ein Interview.\n\nLea Brandt über ihre Zukunft: „Ich bleibe noch ein Jahr in Kiel.“",
			quote:   "Ich bleibe",
			speaker: "Lea Brandt"},
	})
}
