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

// TestPriceAndMeansNotquote3 (issue 12, brief notquote3): two speech verbs that speak only in
// some uses. "verlangen" with an amount of money as its object asks a price (lang
// quote_prices); "finden" with a zu infinitive after a noun finds the time or the means (lang
// quote_noinfinitive). A demand for money and an opinion with "es" stay reports. Sentences we
// wrote.
func TestPriceAndMeansNotquote3(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a price asked",
			text: "Der Hersteller Lumo baut Uhren in Jena. Lumo bietet die Uhr ohne Abo an und verlangt einmalig knapp 300 Euro dafür.",
			not:  []string{"300 Euro dafür"}},
		{name: "a price asked, the subject after the verb",
			text: "Der Hersteller Lumo baut Uhren in Jena. Für das größere Modell verlangt Lumo ab 899 Euro.",
			not:  []string{"899 Euro"}},
		{name: "time found",
			text: "Die Schauspielerin Eva Lind dreht in Köln. Immerhin findet die Schauspielerin bei allem Trubel noch Zeit, das Leben an der Seite ihres Hundes zu genießen.",
			not:  []string{"das Leben an der Seite ihres Hundes zu genießen"}},
		{name: "a way found",
			text: "Der Trainer Jens Olde arbeitet in Bremen. Olde fand schlicht Wege, Spiele zu gewinnen.",
			not:  []string{"Spiele zu gewinnen"}},
		{name: "guard: a demand that is no price",
			text: "Der Gewerkschafter Otto Brink sprach in Kiel. Otto Brink verlangte eine schnelle Einigung mit den Arbeitgebern.",
			want: []want{{"eine schnelle Einigung mit den Arbeitgebern", "Otto Brink", "verlangte", "Otto Brink", false, false}}},
		{name: "guard: an opinion with es and an infinitive",
			text: "Der Stürmer Tom Kessel spielt in Kiel. Kessel fand es richtig, im Winter zu wechseln.",
			want: []want{{"im Winter zu wechseln", "Tom Kessel", "fand", "*", false, false}}},
		{name: "guard: an opinion with a dass clause",
			text: "Der Stürmer Tom Kessel spielt in Kiel. Kessel findet, dass die Mannschaft besser spielen muss.",
			want: []want{{"dass die Mannschaft besser spielen muss", "Tom Kessel", "findet", "Kessel", false, false}}},
	})
}
