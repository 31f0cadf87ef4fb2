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
