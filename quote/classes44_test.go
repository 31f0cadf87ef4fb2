package quote

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCueParts44 (stop 32c, issue 12): a German speech verb is often written in pieces, and a
// reader told only "teilte" or "angekündigt" does not know what was done. SpkAtt marks every
// piece as the cue. Quote.CueParts holds the pieces apart from the cue: the particle closing a
// separable verb's clause ("teilte … mit", "gab … bekannt"), with the companion words or a
// pronominal adverb right before it ("geht davon aus", "wies darauf hin"); the auxiliary of a
// participle ("hat … angekündigt", "wurde … vorgeworfen", "mitgeteilt hat"); "es" of "heißt
// es"; a reflexive right after the verb ("äußerte sich"). Guards: a preposition of the
// particle's form inside the clause is no particle, a verb of one piece has none, an auxiliary
// after a comma governs another clause. Sentences we wrote.
func TestCueParts44(t *testing.T) {
	for _, tc := range []struct {
		name, text, msg, cue, parts string // parts joined by "|"
	}{
		{"teilte … mit at the end", "Der Zug fahre wieder, teilte die Bahn am Montag mit.", "Der Zug fahre wieder", "teilte", "mit"},
		{"gab bekannt before dass", "Die Stadt gab am Dienstag bekannt, dass das Freibad geschlossen bleibt.", "dass das Freibad geschlossen bleibt", "gab", "bekannt"},
		{"kündigte an", "Die Firma Nordwerk kündigte an, dass sie 300 Stellen streicht.", "dass sie 300 Stellen streicht", "kündigte", "an"},
		{"wies darauf hin", "Die Polizei wies darauf hin, dass die Straße bis Juni gesperrt bleibt.", "dass die Straße bis Juni gesperrt bleibt", "wies", "darauf hin"},
		{"geht davon aus", "Die Polizei geht davon aus, dass das Feuer gelegt wurde.", "dass das Feuer gelegt wurde", "geht", "davon aus"},
		{"after an apposition", "Am Montag teilte die Sprecherin der Stadt, Anna Roth, mit, dass das Freibad geschlossen bleibt.", "dass das Freibad geschlossen bleibt", "teilte", "mit"},
		{"after a direct quotation", "„Wir sind mit der Saison zufrieden“, teilte der Verein mit.", "Wir sind mit der Saison zufrieden", "teilte", "mit"},
		{"hat … angekündigt", "Die Firma Nordwerk hat am Montag angekündigt, dass sie 300 Stellen streicht.", "dass sie 300 Stellen streicht", "angekündigt", "hat"},
		{"wurde … vorgeworfen", "Dem Bürgermeister wurde vorgeworfen, die Kosten verschwiegen zu haben.", "die Kosten verschwiegen zu haben", "vorgeworfen", "wurde"},
		{"mitgeteilt hat", "Wie die Stadt am Montag mitgeteilt hat, bleibt das Freibad geschlossen.", "bleibt das Freibad geschlossen", "mitgeteilt", "hat"},
		{"heißt es", "In dem Bericht der Stadt heißt es, die Brücke sei marode.", "die Brücke sei marode", "heißt", "es"},
		{"heißt es before the source", "Die Brücke sei marode, heißt es in dem Bericht der Stadt.", "Die Brücke sei marode", "heißt", "es"},
		{"äußerte sich", "„Wir sind mit der Saison zufrieden“, äußerte sich der Trainer des Vereins.", "Wir sind mit der Saison zufrieden", "äußerte", "sich"},
		{"guard: a preposition of the same form", "Der Zug fahre wieder, teilte die Bahn mit Bedauern mit.", "Der Zug fahre wieder", "teilte", "mit"},
		{"guard: a verb of one piece", "Der Zug fahre wieder, sagte die Sprecherin der Bahn.", "Der Zug fahre wieder", "sagte", ""},
		{"guard: an auxiliary of another clause", "Die Stadt, die das Bad gebaut hat, erklärt, das Wasser sei zu kalt.", "das Wasser sei zu kalt", "erklärt", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := runFull(paragraphs("t", tc.text), dePack)
			for _, q := range an.Quotes {
				if !strings.Contains(q.Text, tc.msg) {
					continue
				}
				if q.Cue == nil || q.Cue.Text != tc.cue {
					t.Fatalf("cue %+v, want %q", q.Cue, tc.cue)
				}
				var got []string
				r := []rune(tc.text)
				for _, m := range q.CueParts {
					got = append(got, m.Text)
					if string(r[m.Start:m.End]) != m.Text {
						t.Errorf("part offsets %d-%d do not hold %q", m.Start, m.End, m.Text)
					}
					if m.Start < q.End && m.End > q.Start {
						t.Errorf("part %q inside the message %q", m.Text, q.Text)
					}
				}
				if g := strings.Join(got, "|"); g != tc.parts {
					t.Errorf("parts %q, want %q (message %q)", g, tc.parts, q.Text)
				}
				if strings.HasPrefix(tc.name, "guard: a preposition") && len(q.CueParts) == 1 && q.CueParts[0].Start != utf8.RuneCountInString(tc.text[:strings.LastIndex(tc.text, "mit")]) {
					t.Errorf("particle at %d, want the last mit", q.CueParts[0].Start)
				}
				return
			}
			t.Fatalf("no quotation holding %q: %+v", tc.msg, an.Quotes)
		})
	}
}

// TestReportEnd44 (stop 32c, issue 12): a reported message after its cue ran on past a
// semicolon or into a clause commenting on the whole report ("…, was bisher nicht bestätigt
// werden konnte", "…, wobei …"): the author's words were shown as the speaker's. Without a
// Konjunktiv after it, such a clause is the author's and ends the message. Guards: a Konjunktiv
// after the semicolon or the comma reports on; "was" after no zu-infinitive opens what is
// known or asked. Sentences we wrote.
func TestReportEnd44(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a semicolon, then the author",
			text: "Viele Kunden gaben an, sich im neuen Laden nicht wohl zu fühlen; vor allem ältere Leute kaufen nun woanders ein.",
			want: []want{{"sich im neuen Laden nicht wohl zu fühlen", "", "gaben", "Viele Kunden", false, false}},
			not:  []string{"sich im neuen Laden nicht wohl zu fühlen; vor allem ältere Leute kaufen nun woanders ein"}},
		{name: "was after a zu-infinitive",
			text: "Der Verband warf der Stadt vor, die Kosten des Umbaus verschwiegen zu haben, was diese jedoch bestreitet.",
			want: []want{{"die Kosten des Umbaus verschwiegen zu haben", "", "warf", "Der Verband", false, false}}},
		{name: "wobei",
			text: "Die Stadt kündigte an, dass die Brücke im Mai gesperrt wird, wobei der Umbau schon zweimal verschoben wurde.",
			want: []want{{"dass die Brücke im Mai gesperrt wird", "", "kündigte", "Die Stadt", false, false}}},
		{name: "guard: a Konjunktiv after the semicolon",
			text: "Die Stadt teilte mit, die alte Brücke sei marode; sie werde im Mai gesperrt.",
			want: []want{{"die alte Brücke sei marode; sie werde im Mai gesperrt", "", "teilte", "Die Stadt", false, false}}},
		{name: "guard: was after no zu-infinitive",
			text: "Die Trainerin Anna Roth sagte, sie wisse nicht, was am Abend passiert ist.",
			want: []want{{"sie wisse nicht, was am Abend passiert ist", "Anna Roth", "sagte", "Die Trainerin Anna Roth", false, false}}},
		{name: "guard: a Konjunktiv after was",
			text: "Der Verband warf der Stadt vor, die Kosten des Umbaus verschwiegen zu haben, was sie nicht dürfe.",
			want: []want{{"die Kosten des Umbaus verschwiegen zu haben, was sie nicht dürfe", "", "warf", "Der Verband", false, false}}},
	})
}

// TestReportEndAnd44 (stop 32c, issue 12): a reported message after its cue ran on over "und"
// into the reporter's next main clause ("…, Europa brauche die Briten und fügte hinzu", "…
// und weigerte sich, …"): a verb in the past indicative right after "und" is the speaker's
// next act, not what was said. Guards: a word in -te before a noun is an adjective ("und
// letzte Woche"); a Konjunktiv ("und hätte gern …") reports on. Sentences we wrote.
func TestReportEndAnd44(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "und kündigte an",
			text: "Die Ministerin Anna Roth sagte, die Schulen bräuchten mehr Lehrer und kündigte ein neues Programm an.",
			want: []want{{"die Schulen bräuchten mehr Lehrer", "Anna Roth", "sagte", "Die Ministerin Anna Roth", false, false}}},
		{name: ", und weigerte sich",
			text: "Der Trainer Karl Bauer erklärte, dass die Mannschaft müde sei, und weigerte sich, weitere Fragen zu beantworten.",
			want: []want{{"dass die Mannschaft müde sei", "Karl Bauer", "erklärte", "Der Trainer Karl Bauer", false, false}}},
		{name: "guard: an adjective in -te before a noun",
			text: "Die Stadt teilte mit, dass die Preise stiegen und letzte Woche ein Rekord erreicht wurde.",
			want: []want{{"dass die Preise stiegen und letzte Woche ein Rekord erreicht wurde", "", "teilte", "Die Stadt", false, false}}},
		{name: "guard: a Konjunktiv after und",
			text: "Die Ärztin Anna Roth sagte, sie habe Angst vor dem Winter und hätte gern mehr Hilfe.",
			want: []want{{"sie habe Angst vor dem Winter und hätte gern mehr Hilfe", "Anna Roth", "sagte", "Die Ärztin Anna Roth", false, false}}},
	})
}

// TestReportEndAndGuards44 (stop 32c, issue 12): guards of the "und" rule read on the stream.
// Adjectives in -te joined by "oder" ("und überflutete oder gefährdete Straßen zu meiden"),
// a Konjunktiv I after the verb ("und verkündete, für sie gehe es um …") and a Konjunktiv II
// after a speech verb ("und sagte, er würde …") keep the message whole. Sentences we wrote.
func TestReportEndAndGuards44(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "guard: adjectives joined by oder",
			text: "Die Polizei hat die Bürger aufgerufen, zu Hause zu bleiben und überflutete oder gefährdete Straßen zu meiden.",
			want: []want{{"zu Hause zu bleiben und überflutete oder gefährdete Straßen zu meiden", "*", "aufgerufen", "*", false, false}}},
		{name: "guard: a Konjunktiv I after the verb",
			text: "Die Sängerin Anna Roth sagte, der Abend sei schön gewesen, und verkündete, für sie gehe es nur um die Musik.",
			want: []want{{"der Abend sei schön gewesen, und verkündete, für sie gehe es nur um die Musik", "Anna Roth", "sagte", "Die Sängerin Anna Roth", false, false}}},
		{name: "guard: a Konjunktiv II after a speech verb",
			text: "Der Politiker Karl Bauer kritisierte, die Regierung handle zu spät, und sagte, er würde lieber heute als morgen wählen.",
			want: []want{{"die Regierung handle zu spät, und sagte, er würde lieber heute als morgen wählen", "Karl Bauer", "kritisierte", "Der Politiker Karl Bauer", false, false}}},
	})
}
