package quote

import (
	"testing"

	"crosscheck/article"
)

// TestNicknames: a nickname given with a full name is that person later (stop 24), in
// sentences we wrote.
func TestNicknames(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "a nickname in quotation marks between given name and surname is the person",
			text:  "Moderator Jonas „Jojo“ Brenner hat ein altes Rad gekauft. Im Museum ist es nun zu sehen. „Licht ist Gift“, weiß Jojo.",
			names: map[string]string{"Jonas": per, "Jojo": per, "Brenner": per},
			want:  []attribution{{"Licht ist Gift", "Jonas Brenner", article.SpeakerSubject, true}},
			never: []string{"Jojo"}},
		{name: "a nickname after alias is the person",
			text:  "Der Moderator Jonas Brenner alias Jojo hat ein Rad gekauft. „Das ist für mich Kindheit“, sagt Jojo.",
			names: map[string]string{"Jonas Brenner": per, "Jojo": per},
			want:  []attribution{{"Das ist für mich Kindheit", "Jonas Brenner", article.SpeakerSubject, true}}},
		{name: "a nickname before alias is the person",
			text:  "Jojo alias Jonas Brenner hat ein Rad gekauft. „Das ist für mich Kindheit“, sagt Jojo.",
			names: map[string]string{"Jonas Brenner": per, "Jojo": per},
			want:  []attribution{{"Das ist für mich Kindheit", "Jonas Brenner", article.SpeakerSubject, true}}},
		{name: "a pronoun after the nickname takes the person, of the given name's sex, named paragraphs before",
			text:  "Jonas Brenner alias Jojo leiht dem Museum ein Rad.\nDas Rad ist aus Holz.\nEs steht in einem Glaskasten.\n„Ich habe mich gefreut“, sagt Lena Hahn, Kuratorin am Museum. Für Jojo geht ein Traum in Erfüllung: „Das ist für mich Kindheit“, sagt er.",
			names: map[string]string{"Jonas Brenner": per, "Jojo": per, "Lena Hahn": per},
			want:  []attribution{{"Das ist für mich Kindheit", "Jonas Brenner", article.SpeakerCoreference, true}}},
		{name: "a nickname that is someone else's surname is not merged",
			text:  "Trainerin Lisa Jojo lobte das Team. Auch Jonas Brenner alias Jojo war da. „Wir sind stolz“, sagte Lisa Jojo.",
			names: map[string]string{"Lisa Jojo": per, "Jonas Brenner": per},
			want:  []attribution{{"Wir sind stolz", "Lisa Jojo", article.SpeakerSubject, true}},
			never: []string{"Jonas Brenner"}},
	})
}
