package quote

import (
	"testing"

	"crosscheck/article"
)

// TestGermanClassesStop23b covers wrong speakers of direct quotations read on stream articles
// outside every audit (stop 23, second round), in sentences we wrote.
func TestGermanClassesStop23b(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "a press round-up: an untagged outlet before its colon is not the outlet before",
			text:   "Die Presse war begeistert.\nNordbote: „Der junge Stürmer zeigte einmal mehr seine Klasse.“\nTalblatt: „Dieser Junge ist etwas ganz Besonderes.“\nKüstenpost: „Ein Treffer wie aus dem Lehrbuch.“",
			names:  map[string]string{"Nordbote": per},
			want:   []attribution{{"Der junge Stürmer zeigte einmal mehr seine Klasse.", "Nordbote", article.SpeakerSubject, true}},
			noneAt: []string{"Dieser Junge ist etwas ganz Besonderes.", "Ein Treffer wie aus dem Lehrbuch."}},
		{name: "a label after a quotation continues it: the same voice",
			text:  "Nordbote: „Der junge Stürmer zeigte einmal mehr seine Klasse.“\nFazit: „Ein Treffer wie aus dem Lehrbuch.“",
			names: map[string]string{"Nordbote": per},
			want: []attribution{{"Der junge Stürmer zeigte einmal mehr seine Klasse.", "Nordbote", article.SpeakerSubject, true},
				{"Ein Treffer wie aus dem Lehrbuch.", "Nordbote", article.SpeakerCoreference, true}}},
		{name: "a quotation after a colon whose sentence names another person is not the speaker before",
			text:   "Lena Berg mag seine offene Art. Das machte sie bei ihrer Show deutlich: „Du redest sehr direkt über die Liebe.“ Für Tom Weber scheint da noch Luft nach oben zu sein: „So direkt bin ich ja gar nicht.“",
			names:  map[string]string{"Lena Berg": per, "Tom Weber": per},
			want:   []attribution{{"Du redest sehr direkt über die Liebe.", "Lena Berg", article.SpeakerCoreference, true}},
			noneAt: []string{"So direkt bin ich ja gar nicht."}},
		{name: "a colon clause naming the speaker before keeps them",
			text:  "„Wir haben gut gespielt“, sagte Tom Weber. Für Tom Weber scheint da aber noch Luft nach oben zu sein: „Das reicht noch nicht.“",
			names: map[string]string{"Tom Weber": per},
			want:  []attribution{{"Das reicht noch nicht.", "Tom Weber", article.SpeakerCoreference, true}}},
	})
}

// TestCorefStop23b: pronouns of direct quotations on stream articles outside every audit.
func TestCorefStop23b(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "a person inside a relative clause is not whom the pronoun means",
			text:  "Zur Feier hat sich Jonas Bach schick gemacht: Er trägt die Jacke, die auch der Held der Filme, Paul Ries, gespielt von Tim Kramer, trägt. „Ich pack es jetzt aus“, sagt er.",
			names: map[string]string{"Jonas Bach": per, "Paul Ries": per, "Tim Kramer": per},
			want:  []attribution{{"Ich pack es jetzt aus", "Jonas Bach", article.SpeakerCoreference, true}},
			never: []string{"Tim Kramer", "Paul Ries"}},
		{name: "a lone name that has spoken is someone",
			text:  "Im Restaurant dreht Knolli noch ein Video: „Ich freu mich so.“ Weiter sagt er: „Das unterstützt das Museum.“",
			names: map[string]string{"Knolli": per},
			want:  []attribution{{"Das unterstützt das Museum.", "Knolli", article.SpeakerCoreference, true}}},
		{name: "a person named in a relative clause who goes on speaking is meant",
			text:  "Die Gruppe hat viele Kämpfer, eine Zahl, die Experte Omar Saleh für glaubhaft hält. Ihm zufolge könnte sie „noch viel mehr Männer“ mobilisieren. „Das heißt aber nicht, dass alle bereit sind“, betonte er.",
			names: map[string]string{"Omar Saleh": per},
			want:  []attribution{{"Das heißt aber nicht, dass alle bereit sind", "Omar Saleh", article.SpeakerCoreference, true}}},
		{name: "the nearest of unknown sex who spoke last is meant",
			text:  "Über das Board von Max Ruhland freuen sich alle. Im Restaurant produziert Knolli noch ein Video: „Ich freu mich so.“ Weiter sagt er: „Das unterstützt das Museum.“",
			names: map[string]string{"Knolli": per, "Max Ruhland": per},
			want:  []attribution{{"Das unterstützt das Museum.", "Knolli", article.SpeakerCoreference, true}}},
	})
}

// TestMannerCue: a verb of manner the lexicon does not list, between a quotation and a name.
func TestMannerCue(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "a verb of manner before the name names the speaker, not the one before",
			text:  "Seine Pflegerin Lea Sommer setzt nach: „Er ist typisch deutsch!“ „Na und? Das habe ich nie bestritten“, grinst Kai Brandt.",
			names: map[string]string{"Lea Sommer": per, "Kai Brandt": per},
			want:  []attribution{{"Na und? Das habe ich nie bestritten", "Kai Brandt", article.SpeakerSubject, true}},
			never: []string{}},
		{name: "a pronoun's antecedent is not the speaker when a name follows the verb",
			text:  "Der Präsident spricht leise. „Leute, wie geht es euch heute?“, nuschelt Jon Berger, als er auf die Bühne kommt.",
			names: map[string]string{"Jon Berger": per, "Tom Hardt": per},
			want:  []attribution{{"Leute, wie geht es euch heute?", "Jon Berger", article.SpeakerSubject, true}}},
		{name: "an addressee after gegenüber before a final verb is not the speaker",
			text:  "Don Berger hat noch Pläne. An Ruhestand ist nicht zu denken, wie er 2022 gegenüber dem Nordkurier verriet: „Ich mache weiter, solange ich kann.“",
			names: map[string]string{"Don Berger": per, "Nordkurier": org},
			never: []string{"Nordkurier"}},
		{name: "a genitive name after the verb names no speaker",
			text:  "„Ein Leben für die Musik und den Frieden“, heißt Jon Bergers neues Buch.",
			names: map[string]string{"Jon Berger": per},
			never: []string{"Jon Berger"}},
	})
}
