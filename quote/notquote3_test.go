package quote

import "testing"

// TestShowingIsNoSpeechNotquote3 (issue 12, brief notquote3): "zeigen" speaks only as "sich
// zeigen" ("zeigte sich zufrieden"); its "sich" was found anywhere in the sentence, so a "dass"
// or "wie" clause holding a reflexive verb of its own ("zeigte, dass er sich … wohlfühlt") made
// a player's play, a match or a poll the speaker of that clause. The "sich" must stand in the
// verb's own clause. Sentences we wrote.
func TestShowingIsNoSpeechNotquote3(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a player shows by play",
			text: "Der Tennisspieler Marco Brandi gewann in London. Brandi, der 2020 das Finale gespielt hat, zeigte von Beginn an, dass er sich auf dem „heiligen Rasen“ wohlfühlt.",
			not:  []string{"dass er sich auf dem „heiligen Rasen“ wohlfühlt", "heiligen Rasen"}},
		{name: "a match shows",
			text: "Der Stürmer Tom Kessel spielt in Kiel. Das Hinspiel gegen Kessels Team zeigte aber auch, dass sich selbst die besten Stürmer nicht zu schade für die Abwehr sind.",
			not:  []string{"dass sich selbst die besten Stürmer nicht zu schade für die Abwehr sind"}},
		{name: "a poll shows how",
			text: "Die Forscherin Lea Brandt arbeitet in Bonn. Am Samstag zeigt eine Umfrage des Instituts Nordblick, wie sich am Ende die Ergebnisse der Wahl gestalten könnten.",
			not:  []string{"wie sich am Ende die Ergebnisse der Wahl gestalten könnten"}},
		{name: "guard: zeigte sich with a clause after it",
			text: "Der Trainer Jens Olde war in Bremen. Olde zeigte sich zuversichtlich, dass seine Mannschaft den Abstieg verhindern werde.",
			want: []want{{"dass seine Mannschaft den Abstieg verhindern werde", "Jens Olde", "zeigte", "Olde", false, false}}},
		{name: "guard: a quotation and zeigte sich",
			text: "Die Ministerin Ute Grams besuchte Kiel. „Wir kommen gut voran“, zeigte sich Grams am Montag zufrieden.",
			want: []want{{"Wir kommen gut voran", "Ute Grams", "zeigte", "Grams", true, false}}},
	})
}
