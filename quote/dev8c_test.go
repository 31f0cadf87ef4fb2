package quote

import "testing"

// TestRoleSynonym (issue 12, class D of de dev 7 and 8: a cue whose speaker stays unresolved
// leaves the quotation and its continuation unnamed): "sagte der Coach" after "Trainer Karl
// Huber" names the trainer, and "so der Trainer" after "Coach Karl Huber" the coach: the two
// nouns name the same job. The other noun ties the role only loosely: tied a paragraph back, it
// yields to a person this paragraph names instead. Sentences we wrote.
func TestRoleSynonym(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "der Coach after Trainer NAME",
			text: "Der SV Talheim hat am Samstag gegen Lindenau gewonnen. Trainer Karl Huber war zufrieden.\n\n„Wir haben heute als Team gespielt“, sagte der Coach nach der Partie.",
			want: []want{{"Wir haben heute als Team gespielt", "Karl Huber", "sagte", "der Coach", true, false}}},
		{name: "a continuation goes with it",
			text: "Trainer Karl Huber war nach dem 2:0 gegen Lindenau zufrieden.\n\n„Wir haben heute als Team gespielt“, sagte der Coach. „Das war der Schlüssel.“",
			want: []want{
				{"Wir haben heute als Team gespielt", "Karl Huber", "sagte", "der Coach", true, false},
				{"Das war der Schlüssel.", "Karl Huber", "*", "*", true, false}}},
		{name: "der Trainer after Coach NAME",
			text: "Auch Coach Lena Vogt sieht ihr Team vorn. „Wir sind bereit für das Finale“, so der Trainer der Talheimerinnen.",
			want: []want{{"Wir sind bereit für das Finale", "Lena Vogt", "so", "*", true, false}}},
		{name: "the latest of two coaches",
			text: "Lindenaus Trainer Paul Brenner war enttäuscht. Auf der anderen Seite freute sich Talheims Trainer Karl Huber.\n\n„Wir haben heute als Team gespielt“, sagte der Coach.",
			want: []want{{"Wir haben heute als Team gespielt", "Karl Huber", "sagte", "der Coach", true, false}}},
		{name: "guard: another person named in the paragraph instead",
			text: "Die A-Jugend spielt am Samstag in Lindenau. „Wir sind gut vorbereitet“, sagt Chefcoach Jens Albers.\n\nDie Schützlinge von Uwe Kern reisen mit drei Siegen nach Talheim. „Wir wollen den Lauf fortsetzen“, betont der Cheftrainer.",
			want: []want{{"Wir wollen den Lauf fortsetzen", "", "betont", "der Cheftrainer", true, false}}},
		{name: "guard: a coach nobody was given",
			text: "Talheim hat am Samstag gegen Lindenau gewonnen. Karl Huber traf zweimal.\n\n„Wir haben heute als Team gespielt“, sagte der Coach.",
			want: []want{{"Wir haben heute als Team gespielt", "", "sagte", "der Coach", true, false}}},
	})
}
