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
