package quote

import "testing"

// TestNounEpithetSoleOfSex (issue 12): a definite epithet for a person ("der Auswanderer",
// "die Berlinerin", "der Mallorca-Liebhaber") names the nearest person that agrees, and when
// that leaves it open, the one person of its sex that its paragraph and the one before name;
// the noun given to another name, brought in with "ein", a phrase running on into more nouns,
// a name that only follows an article (a thing) or a handle the names miss in its paragraph
// leaves it open. Sentences we wrote.
func TestNounEpithetSoleOfSex(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the nearest person leaves it open: the one woman of the two paragraphs",
			text: "Das hat Katharina Vogt am Freitag als Gast in der Talkshow in Talheim erzählt. Die Schauspielerin war Teil der Runde. Dabei berichtete sie von einem Sturm der Entrüstung.\n\n„Ich war empört, ich war schockiert“, berichtet die Berlinerin.",
			want: []want{{"Ich war empört, ich war schockiert", "Katharina Vogt", "berichtet", "die Berlinerin", true, false}}},
		{name: "guard: the noun given to another woman before",
			text: "Auch die Berlinerin Lena Ott war eingeladen.\n\nDas hat Katharina Vogt am Freitag als Gast in der Talkshow in Talheim erzählt. Die Schauspielerin war Teil der Runde. Dabei berichtete sie von einem Sturm der Entrüstung.\n\n„Ich war empört, ich war schockiert“, berichtet die Berlinerin.",
			want: []want{{"Ich war empört, ich war schockiert", "", "berichtet", "die Berlinerin", true, false}}},
		{name: "the one man of the two paragraphs, a compound noun",
			text: "Seit Jahren betreibt Patrick Lorenz einen Imbiss auf Mallorca. Seine Frau lebt mit den Kindern in Talheim.\n\nAls die Zeitung nach den neuen Plänen fragte, sagte der Mallorca-Liebhaber: „Ich bleibe auf der Insel.“",
			want: []want{{"Ich bleibe auf der Insel.", "Patrick Lorenz", "sagte", "der Mallorca-Liebhaber", true, false}}},
		{name: "a demonym for the one woman",
			text: "Die Schauspielerin Wiebke Sonntag hat eine Pause eingelegt. Ihr Sohn geht bald in die Schule.\n\n„Ich will wieder drehen, aber nicht jetzt“, stellte die Berlinerin klar.",
			want: []want{{"Ich will wieder drehen, aber nicht jetzt", "Wiebke Sonntag", "stellte", "die Berlinerin", true, false}}},
		{name: "guard: brought in with an indefinite article",
			text: "Karl Huber wurde nach dem Spiel von einem Streamer angesprochen. Er lachte nur.\n\n„Das war knapp“, sagte der Streamer.",
			want: []want{{"Das war knapp", "", "sagte", "der Streamer", true, false}}},
		{name: "guard: the phrase runs on with another noun",
			text: "Anna Berg hat ein Buch geschrieben. Es erscheint im Mai.\n\n„Wir geben nicht auf“, sagte die Aktivistin und Autorin.",
			want: []want{{"Wir geben nicht auf", "", "sagte", "die Aktivistin und Autorin", true, false}}},
		{name: "guard: a name only after an article is a thing",
			text: "Die Siegerin nahm neben dem Pokal, der Clara Linden, auch ein Preisgeld mit nach Hause.\n\n„Ich habe keine Worte“, sagte die Tschechin.",
			want: []want{{"Ich habe keine Worte", "", "sagte", "die Tschechin", true, false}}},
		{name: "guard: a handle the names do not hold opens the paragraph",
			text: "Karl Huber zeigt seine neue Show am Sonntag. Die Quoten sind gut.\n\nBlauFuchs über die Show: Der Streamer erzählte, er schaue sie nicht mehr: „Sie ist mir zu langweilig.“",
			want: []want{{"Sie ist mir zu langweilig.", "", "erzählte", "Der Streamer", true, false}}},
	})
}
