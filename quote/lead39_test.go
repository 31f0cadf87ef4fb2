package quote

import "testing"

// TestObjectRelativeVerbLast (issue 12): a relative clause on the object of a verb of feeling
// or speech whose pronoun is followed by a name and whose verb stands last in the indicative
// describes that object; nobody says it. A Konjunktiv or a main clause after the comma still
// reports. Sentences we wrote.
func TestObjectRelativeVerbLast(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the title a club cannot lose",
			text: "Auch Torwart Jan Sommerfeld freute sich über die Meisterschaft, die Nordstadt bei zwölf Punkten Vorsprung nicht mehr zu nehmen ist.",
			not:  []string{"die Nordstadt bei zwölf Punkten Vorsprung nicht mehr zu nehmen ist"}},
		{name: "Konjunktiv after the name reports",
			text: "Trainerin Anna Berg lobte die Abwehr, die Nordstadt habe stark gespielt.",
			want: []want{{"die Nordstadt habe stark gespielt", "Anna Berg", "lobte", "Trainerin Anna Berg", false, false}}},
	})
}
