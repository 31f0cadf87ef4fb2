package quote

import "testing"

// TestStoryPageClasses42 (stop 42, lead): classes read on the story pages of the window. A
// sentence that opens with "nach" and a noun of information names what it rests on and does
// not carry on the report of the speaker before ("Nach der Hochrechnung von Forsa hätten …" was
// the politician's); a role tied to a place ("der Landeswahlleiter in Erfurt") is not the
// holder of that role the text named in a paragraph about another place; one lower-case word
// after a mid-sentence source still belongs to the message ("begann nach Angaben von X
// reibungslos"); a demand's noun phrase ends at a dash ("forderte eine Volksabstimmung –
// wissend, dass …"); an as-if clause after a frame ("…, als ginge es ums Flirten") is the
// author's; a new paragraph whose Konjunktiv clause opens with another person ("Kochbuchautor
// Jan Olsen zeige sich bestürzt …") is not the subject's of the paragraph before. Sentences we
// wrote.
func TestStoryPageClasses42(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a projection opens the sentence after a politician's words",
			text: "Für Sachsen beanspruchte Anna Berger eine Regierungsbeteiligung. „Wir hoffen sehr, dass es klappt“, sagte sie im Radio. Nach der Hochrechnung von Forsa hätten im neuen Landtag zwei Koalitionen eine Mehrheit.",
			want: []want{
				{"Wir hoffen sehr, dass es klappt", "Anna Berger", "sagte", "sie", true, false},
				{"Nach der Hochrechnung von Forsa hätten im neuen Landtag zwei Koalitionen eine Mehrheit", "", "", "", false, false}}},
		{name: "an act read as a time still carries the report on",
			text: "Anna Berger sagte im Radio, sie hoffe auf eine Koalition. Nach der Auszählung der Stimmen sei die Lage klar.",
			want: []want{{"Nach der Auszählung der Stimmen sei die Lage klar", "Anna Berger", "", "Anna Berger", false, false}}},
		{name: "a role tied to another place",
			text: "In Sachsen lag die Beteiligung bei 35 Prozent, teilte Landeswahlleiter Martin Kübler in Dresden mit.\n\nIn Thüringen zeichnet sich eine hohe Beteiligung ab. Bis Mittag gaben 44 Prozent ihre Stimme ab, wie der Landeswahlleiter in Erfurt mitteilte.",
			want: []want{{"Bis Mittag gaben 44 Prozent ihre Stimme ab", "", "mitteilte", "der Landeswahlleiter in Erfurt", false, false}}},
		{name: "a role tied to the same place",
			text: "In Sachsen lag die Beteiligung bei 35 Prozent, teilte Landeswahlleiter Martin Kübler in Dresden mit.\n\nBis Mittag gaben 44 Prozent ihre Stimme ab, wie der Landeswahlleiter in Dresden mitteilte.",
			want: []want{{"Bis Mittag gaben 44 Prozent ihre Stimme ab", "Martin Kübler", "mitteilte", "der Landeswahlleiter in Dresden", false, false}}},
		{name: "one word after the source",
			text: "Die Wahl in Kiel begann nach Angaben von Landeswahlleiter Stefan Brück reibungslos.",
			want: []want{{"Die Wahl in Kiel begann nach Angaben von Landeswahlleiter Stefan Brück reibungslos", "Stefan Brück", "nach Angaben von", "Landeswahlleiter Stefan Brück", false, false}},
			not:  []string{"Die Wahl in Kiel begann"}},
		{name: "a demand ends at the author's aside after a dash",
			text: "Zuletzt forderte der Minister Karl Bauer eine Volksabstimmung über die neuen Windräder in Kiel – wissend, dass ein solches Instrument gar nicht vorgesehen ist.",
			want: []want{{"eine Volksabstimmung über die neuen Windräder in Kiel", "Karl Bauer", "forderte", "*", false, false}}},
		{name: "an as-if clause after the frame is the author's",
			text: "Zuerst verspricht Sängerin Lara Bell „Ich bin bereit“ und wirft kokett die Haare zurück, als ginge es ums Flirten.",
			want: []want{{"Ich bin bereit", "Lara Bell", "verspricht", "*", true, true}},
			not:  []string{"als ginge es ums Flirten"}},
		{name: "an as-if clause set off by commas before the report",
			text: "Karl Bauer sagte, als wäre nichts geschehen, es gehe weiter.",
			want: []want{{"es gehe weiter", "Karl Bauer", "sagte", "Karl Bauer", false, false}}},
		{name: "a relative clause is no parenthetical frame",
			text: "Es gab auch Fragen, gerade zur Außenpolitik, die Karl Bauer souverän beantwortete, bei denen er konzentrierter auftrat.",
			not:  []string{"Es gab auch Fragen, gerade zur Außenpolitik"}},
		{name: "a relative pronoun before a name is the subject",
			text: "Der Spiegel berichtete später von Zeugen, die Karl Bauer unterstellten, gegenüber seiner Frau gewalttätig geworden zu sein.",
			want: []want{{"gegenüber seiner Frau gewalttätig geworden zu sein", "", "unterstellten", "*", false, false}},
			not:  []string{"Der Spiegel berichtete später von Zeugen"}},
		{name: "a new paragraph opening with another person",
			text: "Der britische Arzt Michael Kessler ist tot. Er schrieb eine Kolumne für die Zeitung „Nordpost“.\n\nKochbuchautor Jan Olsen zeige sich bestürzt über Kesslers Tod.",
			want: []want{{"Kochbuchautor Jan Olsen zeige sich bestürzt über Kesslers Tod", "", "", "*", false, false}}},
		{name: "a new paragraph that goes on with the same person",
			text: "Die Ministerin Anna Berg hat ihren Rückzug angekündigt. Sie sagte das am Mittwoch in Mainz.\n\nAnna Berg gehe mit schwerem Herzen.",
			want: []want{{"Anna Berg gehe mit schwerem Herzen", "Anna Berg", "", "*", false, false}}},
		{name: "an insertion between dashes before the particle",
			text: "Karl Bauer kündigte neue Modelle – schon für Montag – an.",
			want: []want{{"neue Modelle", "Karl Bauer", "kündigte", "*", false, false}}},
	})
}

// TestRelayAfterFramedQuotation (stop 42, lead): "“…,” one witness said, according to CNN"
// made the quotation and its frame a report by CNN, the outlet that relayed it. The words are
// the witness's, whom the text does not name. Sentences we wrote.
func TestRelayAfterFramedQuotation(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "an unnamed witness, a relaying outlet",
			text: "The storm hit the town on Monday. “This is stuff you see in Kansas, not here,” one witness said, according to CNN. Officials said the damage was limited.",
			want: []want{{"This is stuff you see in Kansas, not here,", "", "*", "*", true, false}},
			not:  []string{"“This is stuff you see in Kansas, not here,” one witness said"}},
		{name: "a named speaker keeps the words",
			text: "“We saw the roof fly away,” Tom Baker said, according to CNN.",
			want: []want{{"We saw the roof fly away,", "Tom Baker", "said", "Tom Baker", true, false}}},
	})
}

// TestUnnamedStaffer (stop 42, lead): "A former White House staffer said …" gave the White House
// as the speaker: "staffer" was no role noun, so the source words stopped at the body that only
// qualifies the person. The person is unnamed. Sentences we wrote.
func TestUnnamedStaffer(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "a staffer of a body",
			text: "A former City Hall staffer said she is “deeply worried” after the mayor's speech.",
			want: []want{{"deeply worried", "", "said", "*", true, true}}},
	})
}
