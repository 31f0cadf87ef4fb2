package quote

import "testing"

// TestPressReviewQuotedPapers (issue 12, cover10): a press review that sets each paper's name in
// marks before its line („Le Monde“: „…“) names the paper as the speaker of the line, as it does
// for a name without marks; the name in marks is no quotation of its own. A name the tagger
// does not know stands as printed. One such line alone may be a title and a verdict on it: no
// speaker. Sentences we wrote.
func TestPressReviewQuotedPapers(t *testing.T) {
	const lead = "So reagiert die Presse auf den Abend im Stadion.\n\nFrankreich:\n\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "two papers in marks",
			text: lead + "„Marca“: „Ein großer Abend für den Verein und seine treuen Fans.“\n\n" +
				"„La Gazzetta dello Sport“: „Der Favorit fällt, und keiner hat es kommen sehen.“",
			want: []want{{"Ein großer Abend für den Verein und seine treuen Fans.", "Marca", "", "„Marca“", true, false},
				{"Der Favorit fällt, und keiner hat es kommen sehen.", "La Gazzetta dello Sport", "", "„La Gazzetta dello Sport“", true, false}},
			not: []string{"La Gazzetta dello Sport"}},
		{name: "guard: one title and a verdict",
			text: "Die Serie läuft seit Montag.\n\n„Der lange Weg“: „Ein stiller Film über eine Familie, die nicht aufgibt.“",
			want: []want{{"Ein stiller Film über eine Familie, die nicht aufgibt.", "", "", "", true, false}}},
	})
}

// TestOrgBeforeSourceNoun (issue 12, cover10): "laut RKI-Angaben", "nach KNVB-Angaben": the
// first part of the compound names the organisation when the article names it alone elsewhere,
// where the tagger reads it; an abbreviation the article never gives alone ("laut GPS-Daten") is
// a thing, no source that speaks. Sentences we wrote.
func TestOrgBeforeSourceNoun(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "named alone later",
			text: "Die Fälle nehmen zu. Eine Impfung ist nach RKI-Angaben für Kinder nicht vorgesehen. Das RKI rät aber zur Vorsicht.",
			want: []want{{"Eine Impfung ist nach RKI-Angaben für Kinder nicht vorgesehen", "RKI", "nach", "RKI-Angaben", false, false}}},
		{name: "guard: never named alone",
			text: "Karl Bauer fuhr am Morgen los. Der Wagen war laut GPS-Daten um neun Uhr in Kiel.",
			want: []want{{"Der Wagen war laut GPS-Daten um neun Uhr in Kiel", "", "laut", "GPS-Daten", false, false}}},
	})
}

// TestSignedLabel (issue 12, cover10): a round-up of voices signs each line with the name and a
// role after a comma ("Karl Bauer, Sportdirektor: „…“"); the name speaks, not the role after the
// comma. A clause after the comma ("…, sagte er einmal:") goes to the old rules. Sentences we
// wrote.
func TestSignedLabel(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "name and role",
			text: "Die Stimmen nach der Auslosung.\n\nKarl Bauer, Sportdirektor: „Das ist eine schwere Gruppe, aber wir freuen uns auf jedes Spiel.“",
			want: []want{{"Das ist eine schwere Gruppe, aber wir freuen uns auf jedes Spiel.", "Karl Bauer", "", "Karl Bauer", true, false}}},
		{name: "name and compound role",
			text: "Die Stimmen nach der Auslosung.\n\nEva Klein, Vereins-Geschäftsführerin: „Wir haben Glück gehabt, die Reisen sind kurz.“",
			want: []want{{"Wir haben Glück gehabt, die Reisen sind kurz.", "Eva Klein", "", "Eva Klein", true, false}}},
	})
}
