package quote

import (
	"strings"
	"testing"
)

// TestWrongSpeakers2500 (issue 12, fresh seed 2500): named speakers the honest sample judged
// wrong, each a general rule. A Konjunktiv modal of obligation before a speech verb's infinitive
// ("Brandt müsse offen sagen, was …") reports someone's demand that its named subject speak:
// that subject says none of the words. A bare body noun ("teilte die Regierung mit") takes the
// nearest body of that noun, the one a place's adjective just named ("Die Schweizer Regierung"),
// not a compound of the noun named further back ("US-Regierung"). A person named after
// "woraufhin" following the words before took the turn: the next quotation is not carried on
// from who spoke before. Sentences we wrote.
func TestWrongSpeakers2500(t *testing.T) {
	const demand = "Oppositionsführerin Anna Roth sagte: „So kann das nicht weitergehen.“ Brandt müsse offen darüber sprechen, welche Kosten „durch die missglückte Reform“ noch kämen."
	speakerCases(t, []speakerCase{
		{name: "the one told to speak is not the speaker",
			text:    demand,
			quote:   "welche Kosten",
			speaker: "Anna Roth"},
		{name: "guard: a plain report in the Konjunktiv keeps its subject",
			text:    "Laut dem Bericht habe Minister Karl Brandt gesagt, dass die Reform zu teuer sei.",
			quote:   "die Reform zu teuer sei",
			speaker: "Karl Brandt"},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "the fragment in the demand is not the subject's", text: demand, quote: "durch die missglückte Reform", speaker: "Brandt"},
		{name: "with solle too", text: "Der Verband kritisierte die Pläne scharf. Ministerin Eva Berg solle endlich erklären, wie die Lücke geschlossen werde.", quote: "wie die Lücke", speaker: "Eva Berg"},
	})
	const bodies = "Die US-Regierung kündigte neue Hilfen an. Das teilte die Regierung am Morgen mit.\n" +
		"Die Schweizer Regierung gibt nur einen Teil der Mittel frei. Das Geld solle allein für Schulen eingesetzt werden, teilte die Regierung mit."
	speakerCases(t, []speakerCase{
		{name: "the nearest body of the noun, named by its place",
			text:    bodies,
			quote:   "allein für Schulen",
			speaker: "Schweizer Regierung"},
		{name: "the nearest body of the noun, named by a lower-case adjective of its place",
			text:    strings.Replace(bodies, "Die Schweizer", "Die dänische", 1),
			quote:   "allein für Schulen",
			speaker: "dänische Regierung"},
		{name: "guard: a bare noun with only the compound before takes it",
			text:    "Die US-Regierung kündigte neue Hilfen an. Das Geld solle allein für Schulen eingesetzt werden, teilte die Regierung mit.",
			quote:   "allein für Schulen",
			speaker: "US-Regierung"},
	})
	const turn = "Die Moderatorin Eva Berg fragte: „Hast du schon Angst?“ Der Stürmer Jonas Weber antwortete: „Muss ich mir Sorgen machen?“ – woraufhin Berg noch einen Spruch nachschob.\n" +
		"„Du hast vor fünf Jahren aufgehört. Was sitzt da für ein Rentner auf dem Sofa?“"
	noSpeakerCases(t, []speakerNotCase{
		{name: "after woraufhin and another person the speaker before does not go on", text: turn, quote: "Rentner auf dem Sofa", speaker: "Jonas Weber"},
	})
	speakerCases(t, []speakerCase{
		{name: "guard: after woraufhin and the same person the speaker goes on",
			text:    strings.Replace(turn, "woraufhin Berg", "woraufhin Weber", 1),
			quote:   "Rentner auf dem Sofa",
			speaker: "Jonas Weber"},
	})
}
