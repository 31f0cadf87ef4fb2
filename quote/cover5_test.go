package quote

import "testing"

// TestPronounOwnParagraph (issue 12, cover5): "er" or "sie" whose paragraph names one person who
// agrees, while the one who spoke last had the paragraph before, stands for the person of its
// own paragraph. Nobody when that person is named only inside a "dass" clause,
// after a pronoun of the same sex that carries someone on from before, or when an unnamed
// source of the paragraph spoke before the pronoun. Sentences we wrote.
func TestPronounOwnParagraph(t *testing.T) {
	const before = "Bürgermeister Karl Brenner eröffnete am Montag die neue Brücke über die Saale. " +
		"„Das ist ein guter Tag für unsere Stadt“, sagte Brenner. Die Bauarbeiten hatten drei Jahre gedauert.\n"
	speakerCases(t, []speakerCase{
		{name: "a new paragraph names one who agrees",
			text:  before + "Auch Landrat Peter Ulmer kam zur Eröffnung. Er hoffe auf weniger Staus in der Innenstadt, sagte er.",
			quote: "weniger Staus", speaker: "Peter Ulmer"},
		{name: "the role and name after a genitive of the place",
			text:  before + "Sachsens Verkehrsminister Jonas Riedel lobte die Planer. „Diese Brücke hält hundert Jahre“, sagte er.",
			quote: "hundert Jahre", speaker: "Jonas Riedel"},
		{name: "an apposition names him",
			text:  before + "Der Beauftragte des Landes für Radwege, Tobias Kern, hat die schmalen Spuren kritisiert. „Hier fehlt ein halber Meter“, sagte er der Zeitung.",
			quote: "halber Meter", speaker: "Tobias Kern"},
		{name: "a role compound before the name",
			text:  before + "Auch der SPD-Fraktionschef Timo Lenz machte die Verwaltung für die Verzögerung verantwortlich. „Das hat zu lange gedauert“, sagte er.",
			quote: "zu lange gedauert", speaker: "Timo Lenz"},
		{name: "a feminine pronoun",
			text: "Die Trainerin Lea Sommer führte ihr Team ins Finale. „Wir haben es verdient“, sagte Sommer. Das Spiel endete 3:1.\n" +
				"Auch die Kapitänin Mara Frey war zufrieden. „Ich bin stolz auf diese Mannschaft“, sagte sie.",
			quote: "stolz auf diese Mannschaft", speaker: "Mara Frey"},
	})
	noSpeakerCases(t, []speakerNotCase{
		{name: "the name is in a dass clause",
			text: "Landrat Peter Ulmer hatte die Brücke lange geplant. „Endlich ist sie fertig“, sagte Ulmer. Das Land zahlte die Hälfte.\n" +
				"Im Kreistag hieß es, dass Jonas Riedel die Kosten verschwiegen habe. Die Stadt habe nichts zu verbergen, sagte er.",
			quote: "nichts zu verbergen", speaker: "Jonas Riedel"},
		{name: "a pronoun goes on with one named before",
			text: "Landrat Peter Ulmer hatte die Brücke lange geplant. „Endlich ist sie fertig“, sagte Ulmer. Das Land zahlte die Hälfte.\n" +
				"Er hatte am Morgen mit Jonas Riedel gesprochen. Die Brücke sei pünktlich fertig geworden, sagte er.",
			quote: "pünktlich fertig", speaker: "Jonas Riedel"},
		{name: "an unnamed source spoke first",
			text: "Die Sängerin Nora Kraft ist seit einem Jahr geschieden. „Wir verstehen uns gut“, sagte Kraft. Das Paar hat zwei Kinder.\n" +
				"„Man darf sich nicht so ernst nehmen“, sagt die zweifache Mutter und erklärt, dass auch Lena Brandt viel dazu beigetragen habe. „Wir lachen oft zusammen“, ergänzt sie.",
			quote: "lachen oft zusammen", speaker: "Lena Brandt"},
	})
}
