package quote

import "testing"

// Source words on the speech events we already find (issue 12, stop 26a): where SpkAtt's
// development part gave longer source words than ours, fixed as classes. Sentences we wrote;
// each case fails without its rule.

// TestClosedApposition: an apposition between commas belongs to the source words when a
// person's name alone is apposed ("nach den Worten der Sprecherin der Partei, Anna Berg, …",
// "laut dem Chefankläger des Gerichts, Luis Ortega, …") or the clause's finite verb follows
// it ("Anna Berg, die Ministerin des Landes, hatte … mitgeteilt"); it no longer opens the
// message. An apposition closed by a colon after the verb belongs to them too. A relative
// clause is no apposition.
func TestClosedApposition(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "nach den Worten, a name apposed",
			text: lead + "Nach den Worten der innenpolitischen Sprecherin der Partei, Anna Berg, fehle es an einem klaren Konzept gegen Gewalt.",
			want: []want{{"fehle es an einem klaren Konzept gegen Gewalt", "Anna Berg", "Nach den Worten", "der innenpolitischen Sprecherin der Partei, Anna Berg", false, false}}},
		{name: "nach Angaben von a name, a role apposed before the verb",
			text: lead + "Nach Angaben von Peter Brandt, dem Dekan der Fakultät, befanden sich zu dieser Zeit rund hundert Studenten im Gebäude.",
			want: []want{{"befanden sich zu dieser Zeit rund hundert Studenten im Gebäude", "Peter Brandt", "Nach Angaben von", "Peter Brandt, dem Dekan der Fakultät", false, false}}},
		{name: "laut in mid-sentence, a name apposed",
			text: lead + "Im Lager sollen laut dem Chefankläger des Gerichts, Luis Ortega, viele Gefangene misshandelt worden sein.",
			want: []want{{"viele Gefangene misshandelt worden sein", "Luis Ortega", "laut", "dem Chefankläger des Gerichts, Luis Ortega", false, false}}},
		{name: "a subject's apposition before the auxiliary",
			text: lead + "Manfred Keller, der Dekan der Philosophischen Fakultät, hatte in der vergangenen Woche mitgeteilt, dass die Hochschule den Titel prüfen werde.",
			want: []want{{"dass die Hochschule den Titel prüfen werde", "Manfred Keller", "mitgeteilt", "Manfred Keller, der Dekan der Philosophischen Fakultät", false, false}}},
		{name: "an apposition closed by a colon",
			text: lead + "Im Interview sagte Tom Berger, Gründer der Band: „Ich spiele nicht für Geld, sondern für die Leute.“",
			want: []want{{"Ich spiele nicht für Geld, sondern für die Leute.", "Tom Berger", "sagte", "Tom Berger, Gründer der Band", true, false}}},
		{name: "a guard: a relative clause is no apposition",
			text: lead + "Manfred Keller, der gestern in Kiel ankam, hatte in der vergangenen Woche mitgeteilt, dass die Hochschule den Titel prüfen werde.",
			want: []want{{"dass die Hochschule den Titel prüfen werde", "Manfred Keller", "mitgeteilt", "Manfred Keller", false, false}}},
	})
}
