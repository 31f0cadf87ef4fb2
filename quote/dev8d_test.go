package quote

import "testing"

// TestAgeGivenBesideName (issue 12: an age epithet names the person the text gave that age
// beside the name): "Anna Berg, 39," gives the age as "Anna Berg (39)" does, so "sagte die
// 39-Jährige" names her even when other women were named between; the age goes with a person
// of the epithet's sex only, and never with a name the epithet merely stands before in another
// sentence. Sentences we wrote.
func TestAgeGivenBesideName(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "NAME, 39, then die 39-Jährige past another woman",
			text: "Für Anna Berg, 39, war es ein Schock. Ihre Schwester Clara Berg hatte angerufen.\n\n„Ich war sprachlos“, sagte die 39-Jährige.",
			want: []want{{"Ich war sprachlos", "Anna Berg", "sagte", "die 39-Jährige", true, false}}},
		{name: "two people with ages beside their names",
			text: "Wie lange Anna Berg, 39, und Karl Huber, 48, schon ein Paar sind, ist unklar. Karl Huber spricht darüber gern. Seine Freundin Lena Vogt auch.\n\n„Wir reden viel über die Arbeit“, sagte die 39-Jährige.",
			want: []want{{"Wir reden viel über die Arbeit", "Anna Berg", "sagte", "die 39-Jährige", true, false}}},
		{name: "der 25 Jahre alte NAME",
			text: "Der 25 Jahre alte Tom Weber gewann in Talheim. Danach lobte ihn Jens Albers, sein Trainer.\n\n„Das war mein bestes Rennen“, sagte der 25-Jährige.",
			want: []want{{"Das war mein bestes Rennen", "Tom Weber", "sagte", "der 25-Jährige", true, false}}},
		{name: "guard: the age given to a man, the epithet a woman",
			text: "Karl Huber, 39, und Anna Berg kamen gemeinsam. Dann sprach Lena Vogt.\n\n„Ich war sprachlos“, sagte die 39-Jährige.",
			want: []want{{"Ich war sprachlos", "Lena Vogt", "sagte", "die 39-Jährige", true, false}}},
	})
}

// TestAgeEpithetSoleOfSex (issue 12): an age epithet the text gave no one, when the nearest
// person does not resolve it, names the one person of its sex that its paragraph and the one
// before name; another person of that sex, one of unknown sex, a given name no mention holds,
// a picture credit or a teaser line leave it open. Sentences we wrote.
func TestAgeEpithetSoleOfSex(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the one woman of the two paragraphs",
			text: "Das hat Katharina Vogt am Freitag als Gast in der Talkshow in Talheim erzählt. Die Schauspielerin war Teil der Runde. Dabei berichtete sie von einem Sturm der Entrüstung.\n\n„Ich war empört, ich war schockiert“, berichtet die 45-Jährige.",
			want: []want{{"Ich war empört, ich war schockiert", "Katharina Vogt", "berichtet", "die 45-Jährige", true, false}}},
		{name: "a month is no unread given name",
			text: "Das hat Katharina Vogt am Freitag (12. April) als Gast in der Talkshow in Talheim erzählt. Die Schauspielerin war Teil der Runde. Dabei berichtete sie von einem Sturm der Entrüstung.\n\n„Ich war empört, ich war schockiert“, berichtet die 45-Jährige.",
			want: []want{{"Ich war empört, ich war schockiert", "Katharina Vogt", "berichtet", "die 45-Jährige", true, false}}},
		{name: "the one man, the paragraph before, pronouns between",
			text: "Karl Huber will es noch einmal wissen. Bereits 2021 setzte er in Talheim eine Bestmarke. Mit 14 Treffern steht er an der Spitze der Liste.\n\n„Es gibt immer dieses Kribbeln im Bauch“, sagte der 39-Jährige.",
			want: []want{{"Es gibt immer dieses Kribbeln im Bauch", "Karl Huber", "sagte", "der 39-Jährige", true, false}}},
		{name: "guard: another man there",
			text: "Karl Huber will es noch einmal wissen. Bereits 2021 setzte er in Talheim eine Bestmarke. Mit 14 Treffern steht er vor Paul Brenner an der Spitze der Liste.\n\n„Es gibt immer dieses Kribbeln im Bauch“, sagte der 39-Jährige.",
			want: []want{{"Es gibt immer dieses Kribbeln im Bauch", "", "sagte", "der 39-Jährige", true, false}}},
		{name: "guard: an unread given name",
			text: "Das hat Katharina Vogt am Freitag als Gast in der Talkshow mit Sabine aus Lindenau erzählt. Die Schauspielerin war Teil der Runde. Dabei berichtete sie von einem Sturm der Entrüstung.\n\n„Ich war empört, ich war schockiert“, berichtet die 45-Jährige.",
			want: []want{{"Ich war empört, ich war schockiert", "", "berichtet", "die 45-Jährige", true, false}}},
		{name: "guard: a woman of unknown sex there",
			text: "Das hat Katharina Vogt am Freitag als Gast in der Talkshow in Talheim erzählt. Die Schauspielerin war mit Kim Lorenz Teil der Runde. Dabei berichtete sie von einem Sturm der Entrüstung.\n\n„Ich war empört, ich war schockiert“, berichtet die 45-Jährige.",
			want: []want{{"Ich war empört, ich war schockiert", "", "berichtet", "die 45-Jährige", true, false}}},
	})
}
