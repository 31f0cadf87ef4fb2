package quote

import (
	"testing"

	"crosscheck/article"
)

// TestGermanClassesStop23 covers what the story pages of stop 22 showed wrong, in sentences we
// wrote.
func TestGermanClassesStop23(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "a name before a role apposition speaks, not the body inside it",
			text:  "Mara Kollwitz, wirtschaftspolitische Sprecherin der VPD-Fraktion im Landtag, sagte: „Die Regierung muss jetzt handeln.“",
			names: map[string]string{"Mara Kollwitz": per, "VPD": org, "Landtag": org},
			want:  []attribution{{"Die Regierung muss jetzt handeln.", "Mara Kollwitz", article.SpeakerSubject, true}},
			never: []string{"Landtag", "VPD"}},
		{name: "an untagged name before a role apposition: nobody rather than the body",
			text:  "Mara Kollwitz, wirtschaftspolitische Sprecherin der VPD-Fraktion im Landtag, sagte: „Die Regierung muss jetzt handeln.“",
			names: map[string]string{"VPD": org, "Landtag": org},
			never: []string{"Landtag", "VPD"}},
		{name: "a role apposition before the name: the name speaks",
			text:  "Der Vorsitzende des Mieterbundes in Hessen, Jörg Albers, forderte die Stadt auf, die Mieten „nicht weiter zu erhöhen“.",
			names: map[string]string{"Jörg Albers": per, "Hessen": place},
			want: []attribution{{"die Mieten „nicht weiter zu erhöhen“", "Jörg Albers", article.SpeakerSubject, false},
				{"nicht weiter zu erhöhen", "Jörg Albers", article.SpeakerSubject, true}},
			never: []string{"Hessen"}},
		{name: "a short quoted name after a genitive article is no quotation",
			text:  "In Bayern forderten die Parteien VPD und Die Blauen ein Verbot der „Schwarzen Falken“.",
			names: map[string]string{"VPD": org, "Die Blauen": org, "Bayern": place},
			not:   []string{"Schwarzen Falken"}},
		{name: "a party named after a person is no person",
			text:  "In Bayern forderte das Bündnis Jana Krüger ein Verbot der Gruppe. In mehreren Ländern sei die Gruppe längst verboten.",
			names: map[string]string{"Jana Krüger": per, "Bayern": place},
			never: []string{"Jana Krüger"}},
		{name: "a quoted name apposed to its noun is no quotation",
			text:  "Heute leitet sie die Künstleragentur „Nordlicht Management“, die auch Ben Roth betreut: Ben Roth witzelte dazu mal:",
			names: map[string]string{"Ben Roth": per},
			not:   []string{"Nordlicht Management"}},
		{name: "a second speech verb after und shares the subject named after the first",
			text:  "„Niemand darf Frauen etwas vorschreiben“, sagte Anna Kern und versprach, im Fall eines Sieges wolle sie das Recht schützen.",
			names: map[string]string{"Anna Kern": per},
			want: []attribution{{"Niemand darf Frauen etwas vorschreiben", "Anna Kern", article.SpeakerSubject, true},
				{"im Fall eines Sieges wolle sie das Recht schützen", "Anna Kern", article.SpeakerSubject, false}}},
		{name: "a short form of an organisation's name points back to it",
			text:  "Das Feuer war am Abend noch nicht gelöscht, teilte das Landratsamt Felsberg mit.\nIm Rest der Stadt sei das nicht nötig, teilte das Landratsamt mit.",
			names: map[string]string{"Landratsamt Felsberg": org},
			want:  []attribution{{"Im Rest der Stadt sei das nicht nötig", "Landratsamt Felsberg", article.SpeakerCoreference, false}}},
		{name: "a short form in a genitive after nach Angaben points back too",
			text:  "Das Bistum Felsberg ruft zum Protest auf.\nNach Angaben des Bistums wollen sich viele Verbände beteiligen.",
			names: map[string]string{"Bistum Felsberg": org},
			want:  []attribution{{"wollen sich viele Verbände beteiligen", "Bistum Felsberg", article.SpeakerCoreference, false}}},
		{name: "a short form two organisations share names neither",
			text:   "Das Landratsamt Felsberg und das Landratsamt Tannau prüfen den Fall.\nEs gebe keine Gefahr, teilte das Landratsamt mit.",
			names:  map[string]string{"Landratsamt Felsberg": org, "Landratsamt Tannau": org},
			noneAt: []string{"Es gebe keine Gefahr"}},
		{name: "a speech verb in a relative clause reports nothing before it",
			text:  "Es gab auch Fragen zur Außenpolitik, die Bender souverän beantwortete. Andere Fragen, die der Minister beantwortete, blieben offen.",
			names: map[string]string{"Bender": per},
			not:   []string{"Es gab auch Fragen zur Außenpolitik", "Andere Fragen"}},
		{name: "a title in quotation marks followed by its credits is no quotation",
			text:  "Die Preise im Überblick:\nPreis in Gold: „Der Wald“ (Regie: Jana Krüger)\nPreis in Silber: „Das Haus am See“ (Produktion: Ole Brand)",
			names: map[string]string{"Jana Krüger": per, "Ole Brand": per},
			not:   []string{"Der Wald", "Das Haus am See"}},
		{name: "a past infinitive after davon is what was reported",
			text:  "Ben Bak berichtete bei dem Sender Nordfunk davon, die beiden Jungen zuvor noch gewarnt zu haben.",
			names: map[string]string{"Ben Bak": per, "Nordfunk": org},
			want:  []attribution{{"die beiden Jungen zuvor noch gewarnt zu haben", "Ben Bak", article.SpeakerSubject, false}}},
		{name: "a long phrase of whom it was said to before the dass clause",
			text:  "Kramer sagte im Gespräch mit Moderator Jens Breyer und den anderen Experten Per Lund und Fritzi Kromm, dass sein Herz blute.",
			names: map[string]string{"Kramer": per, "Jens Breyer": per, "Per Lund": per, "Fritzi Kromm": per},
			want:  []attribution{{"dass sein Herz blute", "Kramer", article.SpeakerSubject, false}}},
		{name: "an auxiliary, the subject and the participle after a quotation",
			text:  "Erst kürzlich hatte Rita Hahn auf das Schicksal ihres Sohnes hingewiesen. „Unter den Geiseln ist unser Sohn“, hatte Hahn erklärt.\n„Wir sind bereit“, hat der Minister Karl Bender am Montag gesagt.",
			names: map[string]string{"Rita Hahn": per, "Hahn": per, "Karl Bender": per},
			want: []attribution{{"Unter den Geiseln ist unser Sohn", "Rita Hahn", article.SpeakerSubject, true},
				{"Wir sind bereit", "Karl Bender", article.SpeakerSubject, true}}},
		{name: "an adverbial clause in the indicative before the verb is no message",
			text:  "Auch als Karl Bender im Februar als Zeuge aussagt, zeigt er sich ahnungslos. Hinweise auf Probleme habe er zwar zur Kenntnis genommen, so Bender.",
			names: map[string]string{"Karl Bender": per, "Bender": per},
			want:  []attribution{{"Hinweise auf Probleme habe er zwar zur Kenntnis genommen", "Karl Bender", article.SpeakerSubject, false}},
			not:   []string{"als Zeuge aussagt"}},
		{name: "a show's title after its noun and von is no quotation",
			text:  "„Nehmen Sie den Joker“, sagt Karl Bender. Was er nicht weiß: Der Moderator von „Wer gewinnt das Haus?“ hat sich geirrt.",
			names: map[string]string{"Karl Bender": per},
			want:  []attribution{{"Nehmen Sie den Joker", "Karl Bender", article.SpeakerSubject, true}},
			not:   []string{"Wer gewinnt das Haus?"}},
		{name: "a quoted heading is not the person the paragraph before is about",
			text:   "Die Schwimmerin Lea Hohl holte Gold über 100 Meter.\n„Große Vorbilder für den deutschen Sport“\n„Beide haben Millionen begeistert“, sagte Teamchef Olaf Brink.",
			names:  map[string]string{"Lea Hohl": per, "Olaf Brink": per},
			want:   []attribution{{"Beide haben Millionen begeistert", "Olaf Brink", article.SpeakerSubject, true}},
			noneAt: []string{"Große Vorbilder für den deutschen Sport"}},
		{name: "a quoted sentence after a paragraph about someone is theirs",
			text:  "Die Schwimmerin Lea Hohl holte Gold über 100 Meter.\n„Ich kann es noch gar nicht glauben.“",
			names: map[string]string{"Lea Hohl": per},
			want:  []attribution{{"Ich kann es noch gar nicht glauben.", "Lea Hohl", article.SpeakerCoreference, true}}},
		{name: "a stand-alone quotation is not the organisation the sentence before opens with",
			text:  "„Ich war nervös“, sagt Tom Keller.\nNordfunk war der erste Sender mit einer Sondersendung. „Ich sagte mir, berichte so gut du kannst.“",
			names: map[string]string{"Tom Keller": per, "Nordfunk": org},
			never: []string{"Nordfunk"}},
		{name: "what an acronym stands for, in quotation marks and parentheses, is no quotation",
			text:  "Tom Keller liebt Kürzel. Vor Jahren nannte er eine Castingshow SDGS („Sven darf gern singen“).",
			names: map[string]string{"Tom Keller": per},
			not:   []string{"Sven darf gern singen"}},
		{name: "the author's guess with dürften continues no report",
			text:  "Der Forscher Jan Kober untersucht Gesten. Bilder seien mächtiger als Worte, sagt er. Das dürften auch die beiden Kandidaten wissen, die heute debattieren.",
			names: map[string]string{"Jan Kober": per},
			want:  []attribution{{"Bilder seien mächtiger als Worte", "Jan Kober", article.SpeakerCoreference, false}},
			not:   []string{"Kandidaten wissen"}},
	})
}

// TestRoleApposition covers a role whose qualifier runs on before the name apposed to it: the
// name speaks, never another person the article gives that role, before or after.
func TestRoleApposition(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "the name after the role's qualifier, not the role's holder named later",
			text: "„Alle Optionen gehören auf den Tisch“, sagte der Co-Vorsitzende der Grünen im Land, Tim Schaft. „Wir wollen Ruhe.“\n" +
				"Der Vorsitzende der Fraktion, Jens Brandt, sieht Schnittmengen.",
			names: map[string]string{"Tim Schaft": per, "Jens Brandt": per, "Grünen": org},
			want:  []attribution{{"Alle Optionen gehören auf den Tisch", "Tim Schaft", article.SpeakerSubject, true}},
			never: []string{"Jens Brandt"}},
		{name: "the name after an institute's long name and its abbreviation",
			text: "Ministerpräsident Bodo Kranz zieht in den Landtag ein.\n" +
				"Die Partei stehe für Abschottung, sagte der Präsident des Instituts für Wirtschaftsforschung (IWF), Marcel Brandt. Er halte eine Abwanderung für wahrscheinlich.",
			names: map[string]string{"Bodo Kranz": per, "Marcel Brandt": per, "Instituts für Wirtschaftsforschung": org, "IWF": org},
			want:  []attribution{{"Die Partei stehe für Abschottung", "Marcel Brandt", article.SpeakerSubject, false}},
			never: []string{"Bodo Kranz"}},
	})
}

// TestSubjectCarriesOn covers a pronoun after a sentence that opens with its subject: the
// subject carries on, though someone else spoke last or was named since.
func TestSubjectCarriesOn(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "a new subject after the last speaker's paragraph",
			text: "„Wer das glaubt, irrt gewaltig“, sagte Parteichef Ralf Engel.\n" +
				"Verbandschef Olaf Hein scheint sich derweil die Hände zu reiben. „Das ist das Ende der Koalition“, sagte er gegenüber der Zeitung.",
			names: map[string]string{"Ralf Engel": per, "Olaf Hein": per},
			want:  []attribution{{"Das ist das Ende der Koalition", "Olaf Hein", article.SpeakerCoreference, true}}},
		{name: "the subject before a genitive name carries on, and so does the speaker of the sentence before",
			text: "„Die Abwehr war zu schwach“, monierte Jens Kolb (50).\n" +
				"Der 50-Jährige fand allerdings auch Lob für das Team von Erik Sand. „Sie haben stark gekämpft“, unterstrich er. Allerdings meinte er mit Blick auf das Finale: „Das dauert Wochen.“",
			names: map[string]string{"Jens Kolb": per, "Erik Sand": per},
			want: []attribution{{"Sie haben stark gekämpft", "Jens Kolb", article.SpeakerCoreference, true},
				{"Das dauert Wochen.", "Jens Kolb", article.SpeakerCoreference, true}},
			never: []string{"Erik Sand"}},
		{name: "a person named after the last speaker, not as a subject, still blocks",
			text:   "„Wir arbeiten viel“, sagte Jens Kolb über seine Kunden, darunter der Schauspieler Erik Sand. „Das ist schön“, sagte er.",
			names:  map[string]string{"Jens Kolb": per, "Erik Sand": per},
			noneAt: []string{"Das ist schön"}},
	})
}
