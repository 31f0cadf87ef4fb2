package quote

import "testing"

// TestPressReviewPaper15 (ner15 helper, issue 12): a press review quotes papers by name, one
// line each ("Marca: „…“", "The Sun (England): „…“"); once the entity stage types the papers as
// organisations, not persons, the paper that opens the line is still its speaker. A part of a
// compound before the colon is not ("Fußball-EM: „…“"). Sentences we wrote.
func TestPressReviewPaper15(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a paper opens the line",
			text: "So reagiert die Presse auf den Abend im Stadion.\n\nMarca: „Ein großer Abend für den Verein und seine treuen Fans.“",
			want: []want{{"Ein großer Abend für den Verein und seine treuen Fans.", "Marca", "", "Marca", true, false}}},
		{name: "a paper and its country",
			text: "So reagiert die Presse auf den Abend im Stadion.\n\nThe Sun (England): „Ein Abend, den keiner hier vergessen wird.“",
			want: []want{{"Ein Abend, den keiner hier vergessen wird.", "The Sun", "", "The Sun (England)", true, false}}},
		{name: "guard: a part of a compound",
			text: "So reagiert die Presse auf den Abend im Stadion.\n\nFußball-EM: „Ein Abend, den keiner hier vergessen wird.“",
			want: []want{{"Ein Abend, den keiner hier vergessen wird.", "", "", "", true, false}}},
	})
}
