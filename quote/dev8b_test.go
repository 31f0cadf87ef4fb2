package quote

import "testing"

// TestReportBridge (issue 12, class C of de dev 7 and 8: direct quotations with no cue): a
// quotation standing alone after one reporter's sentence that carries the report on in the
// Konjunktiv ("Es stünden mehr als 300 Häuser unter Wasser.", "Eine Prämie wäre wichtig, …")
// continues the quotation with a known speaker just before. The sentence between must name no
// one, hold no role noun, no speech verb, no question and no colon, and the quotation must open
// its sentence. "stünde"/"stünden" now read as a Konjunktiv II form. A colon lead with a role noun
// of the other sex than the one who spoke before ("Noch einen Tipp hat die Expertin parat:")
// introduces someone else. Sentences we wrote.
func TestReportBridge(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "one Konjunktiv II sentence between",
			text: "„In Talheim gibt es eine Flut nach der anderen“, sagte die Bürgermeisterin Carla Wendt.\n\nEs stünden mehr als 300 Häuser unter Wasser. „Aber das Land lässt uns mit dem Schaden allein.“",
			want: []want{{"Aber das Land lässt uns mit dem Schaden allein.", "Carla Wendt", "*", "*", true, false}}},
		{name: "a quoted fragment in the sentence between",
			text: "„Wir brauchen jetzt mehr Busse“, sagte der Landrat Peter Hollmann in Talheim. Ein neuer Fahrplan wäre wichtig, „um die Dörfer wieder anzubinden“. „Allerdings fehlt uns dafür das Personal.“",
			want: []want{{"Allerdings fehlt uns dafür das Personal.", "Peter Hollmann", "*", "*", true, false}}},
		{name: "stünden opens a report under way",
			text: "Der Landrat Peter Hollmann sagte am Montag, die Helfer stünden bereit.",
			want: []want{{"die Helfer stünden bereit", "Peter Hollmann", "sagte", "*", false, false}}},
		{name: "guard: a name in the sentence between",
			text: "„Wir brauchen jetzt mehr Busse“, sagte der Landrat Peter Hollmann in Talheim. Auch Jana Kluge wäre für einen neuen Fahrplan. „Allerdings fehlt uns dafür das Personal.“",
			want: []want{{"Allerdings fehlt uns dafür das Personal.", "", "*", "*", true, false}}},
		{name: "guard: a role noun in the sentence between",
			text: "„Wir brauchen jetzt mehr Busse“, sagte der Landrat Peter Hollmann in Talheim. Die Verkehrsministerin wäre für einen neuen Fahrplan. „Allerdings fehlt uns dafür das Personal.“",
			want: []want{{"Allerdings fehlt uns dafür das Personal.", "", "*", "*", true, false}}},
		{name: "guard: the sentence between is the reporter's own, in the indicative",
			text: "„Wir brauchen jetzt mehr Busse“, sagte der Landrat Peter Hollmann in Talheim. Der Kreis hat seit Jahren zu wenig Fahrer. „Allerdings fehlt uns dafür das Personal.“",
			want: []want{{"Allerdings fehlt uns dafür das Personal.", "", "*", "*", true, false}}},
		{name: "guard: the quotation has a lead of its own",
			text: "„Wir brauchen jetzt mehr Busse“, sagte der Landrat Peter Hollmann in Talheim. Ein neuer Fahrplan wäre wichtig. Am Ende bleibt die Frage: „Wer soll das bezahlen?“",
			want: []want{{"Wer soll das bezahlen?", "", "*", "*", true, false}}},
		{name: "guard: a role noun of the other sex leads in",
			text: "„Die Kunden brauchen die Nummer ihrer Police“, so Michael Ebert von der Versicherung. Noch einen Rat hat die Expertin von der Beratungsstelle parat: „Melden Sie den Schaden sofort.“",
			want: []want{{"Melden Sie den Schaden sofort.", "", "*", "*", true, false}}},
	})
}
