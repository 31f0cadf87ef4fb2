package quote

import "testing"

// TestSameNameOtherLetters (issue 12, cover7): a name the text writes once in a heading's
// capitals or without its accent ("JONAS KELLER", "Rene Vogt" beside "René Vogt") is the same
// person, not a second one who shares the surname and leaves the bare surname to nobody.
// Sentences we wrote.
func TestSameNameOtherLetters(t *testing.T) {
	speakerCases(t, []speakerCase{
		{name: "a heading in capitals",
			text: "Jonas Keller ist zurück im Tor. Der Torwart hatte neun Monate gefehlt.\n\nJONAS KELLER über die lange Pause\n\n" +
				"„Ich habe jeden Tag an diesen Abend gedacht“, sagte Keller nach dem Spiel.",
			quote: "an diesen Abend", speaker: "Jonas Keller"},
		{name: "a name without its accent",
			text: "Der Verein verhandelt mit René Vogt. Rene Vogt soll im Sommer kommen.\n\n" +
				"„Wir sind uns fast einig“, sagte Vogt am Montag.",
			quote: "fast einig", speaker: "René Vogt"},
	})
}

// TestBareSurnameOfTheMainPerson (issue 12, cover7): when the text names one person in full
// again and again and a relative of the same surname once in passing ("Sohn des Arztes Klaus
// Wendt"), the bare surname is the person the text is about; a relative who speaks in the
// text ("erklärte Lisa Wendt") may be whom it means, so it stays the bare surname. Sentences
// we wrote.
func TestBareSurnameOfTheMainPerson(t *testing.T) {
	speakerCases(t, []speakerCase{
		{name: "a father named once",
			text: "Der Maler Paul Wendt stellt in Bremen aus. Paul Wendt ist 60 Jahre alt. " +
				"Als Sohn des Arztes Gernot Wendt sollte er Medizin studieren. Paul Wendt wollte malen.\n\n" +
				"„Das Bild hat mich drei Jahre gekostet“, sagte Wendt am Abend.",
			quote: "drei Jahre gekostet", speaker: "Paul Wendt"},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "a mother who speaks",
			text: "Der Maler Paul Wendt stellt in Bremen aus. Paul Wendt ist 60 Jahre alt. Paul Wendt wollte immer malen. " +
				"„Er hat schon als Kind gemalt“, erklärte Lisa Wendt.\n\n" +
				"„Das Bild hat ihn drei Jahre gekostet“, sagte Wendt am Abend.",
			quote: "drei Jahre gekostet", speaker: "Paul Wendt"},
	})
}
