package quote

import "testing"

// TestDoubleSurname (coverage1, issue 12, de dev 6): "erklärte Strack-Zimmermann" left the
// speaker empty: the last part of the double surname is a common noun ("Zimmermann"), so the
// entity stage kept only "Strack" as a part of a compound. A double surname the article
// writes in full with the given name is the person wherever it stands alone. Guard: a name
// joined to a noun the article never names as a person stays a compound. Sentences we wrote.
func TestDoubleSurname(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "after the verb",
			text: "Karla Holm-Zimmermann ist Abgeordnete in Kiel. Sie habe sich hinreißen lassen, erklärte Holm-Zimmermann.",
			want: []want{{"Sie habe sich hinreißen lassen", "Karla Holm-Zimmermann", "erklärte", "Holm-Zimmermann", false, false}}},
		{name: "before the verb",
			text: "Karla Holm-Zimmermann ist Abgeordnete in Kiel. Holm-Zimmermann erklärte, sie bedaure den Vergleich.",
			want: []want{{"sie bedaure den Vergleich", "Karla Holm-Zimmermann", "erklärte", "Holm-Zimmermann", false, false}}},
	})
}

// TestAddressedNotSpeaker (coverage1, issue 12, de dev 6): "„…“, sagte sie, um dann
// überzuleiten: „Liebe Sabine Rau, …“" gave both quotations to the woman addressed, the one
// named last. A person the sentence's quotation addresses by a form of address is whom it was
// said to, never the pronoun's antecedent. Guard: without the address the one named last
// speaks. Sentences we wrote.
func TestAddressedNotSpeaker(t *testing.T) {
	const lead = "Bei ihrem letzten Auftritt hatte Anna Weber gute Nachrichten. „Das Fest war schön“, sagte sie.\n\nAber Moderatorin Petra Kurz, zuletzt wegen eines Videos in den Schlagzeilen, ließ es sich nicht nehmen, Weber noch zu verabschieden.\n\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "the addressed woman",
			text: lead + "„Damit geht das Fest zu Ende“, sagte sie, um dann überzuleiten: „Liebe Anna Weber, das ist auch für Sie der Schluss.“",
			want: []want{{"Damit geht das Fest zu Ende", "Petra Kurz", "sagte", "sie", true, false}}},
		{name: "guard: no address",
			text: lead + "„Damit geht das Fest zu Ende“, sagte sie, um dann überzuleiten: „Das ist auch für Sie der Schluss.“",
			want: []want{{"Damit geht das Fest zu Ende", "Anna Weber", "sagte", "sie", true, false}}},
	})
}
