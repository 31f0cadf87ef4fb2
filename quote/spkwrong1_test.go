package quote

import (
	"testing"

	"crosscheck/article"
)

// runFullCases runs each German case through the entity and quotation stages, as the pipeline
// does.
func runFullCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	runQuoteCasesWith(t, tests, func(a *article.Article) *article.Analysis { return runFull(a, dePack) })
}

// TestOwnSubjectEndsReport (issue 12, SpkAtt source F1, spkwrong1): "Die afghanischen Soldaten
// waren davon ausgegangen, die Personen seien …" after someone's report went on as that
// report, with its speaker: a sentence that opens with a role, a body or a group, a verb in
// the indicative and the Konjunktiv only after its comma tells what that subject said or
// believed. The subject is the source; a name only where an apposition gives it. Guards: the
// speaker's own role ("Der Bürgermeister hatte erfahren"), a role in the singular the article
// does not tie to a name, someone of the speaker's ("Seine Frau …"), a clause after a noun
// ("gegen die Behauptung, …"). Sentences we wrote.
func TestOwnSubjectEndsReport(t *testing.T) {
	const lead = "Streit in Lübbenau\n\nDer Bürgermeister Karl Wendler sagte am Montag, die Lage sei ruhig. "
	runFullCases(t, []quoteCase{
		{name: "a group opens the sentence",
			text: lead + "Die Anwohner waren fälschlich davon ausgegangen, die Männer seien Diebe gewesen.",
			want: []want{{"die Männer seien Diebe gewesen", "", "", "Die Anwohner", false, false}}},
		{name: "a group without an article and its tail",
			text: lead + "Vertreter aller Parteien waren davon ausgegangen, dass der Täter geflohen sei.",
			want: []want{{"dass der Täter geflohen sei", "", "", "Vertreter aller Parteien", false, false}}},
		{name: "a role with its name in apposition",
			text: lead + "Der Leiter der Feuerwehr, Paul Sommer, war am Abend davon ausgegangen, dass niemand verletzt worden sei.",
			want: []want{{"dass niemand verletzt worden sei", "Paul Sommer", "", "Der Leiter der Feuerwehr, Paul Sommer", false, false}}},
		{name: "guard: the speaker's own role",
			text: lead + "Der Bürgermeister hatte erfahren, dass der Täter geflohen sei.",
			want: []want{{"Der Bürgermeister hatte erfahren, dass der Täter geflohen sei", "Karl Wendler", "", "*", false, false}}},
		{name: "guard: a role in the singular",
			text: "Streit in Lübbenau\n\nDie Ministerin Anna Roth sagte am Montag, die Lage sei ruhig. Die Ministerin war zuvor davon ausgegangen, dass der Täter geflohen sei.",
			want: []want{{"Die Ministerin war zuvor davon ausgegangen, dass der Täter geflohen sei", "Anna Roth", "", "*", false, false}}},
		{name: "guard: someone of the speaker's",
			text: lead + "Seine Frau war lange krank, im Spital habe sie sich gewünscht, dass er Bürgermeister werde.",
			want: []want{{"Seine Frau war lange krank, im Spital habe sie sich gewünscht, dass er Bürgermeister werde", "Karl Wendler", "", "*", false, false}}},
		{name: "guard: the clause after a noun",
			text: lead + "Der Förster Paul Sommer wandte sich gegen die Behauptung, die Bäume seien krank.",
			not:  []string{"die Bäume seien krank"}},
	})
}

// TestSaidToAddressee (issue 12, spkwrong1): "soll Anelka zu Domenech gesagt haben: „…“" gave
// the words to Domenech, and "Eine Miliz mit Verbindungen zu der Gruppe X erklärte, …" to X:
// the phrase after "zu" before the verb is whom it was said to or a tie of the subject, never
// the speaker. The subject is a name or pronoun before it in its clause, or nobody. Guard: a
// name before the comma that closes another clause. Sentences we wrote.
func TestSaidToAddressee(t *testing.T) {
	const lead = "Streit in Lübbenau\n\nDie Gewerkschaft verdi lehnt den Plan ab. "
	runFullCases(t, []quoteCase{
		{name: "the name before the modal",
			text: lead + "Meier soll zu Huber gesagt haben: „Das ist eine Frechheit.“",
			want: []want{{"Das ist eine Frechheit.", "Meier", "gesagt", "Meier", true, false}}},
		{name: "after a frame of the paper",
			text: lead + "Wie die Zeitung berichtete, soll Meier zu Huber gesagt haben: „Das ist eine Frechheit.“",
			want: []want{{"Das ist eine Frechheit.", "Meier", "gesagt", "*", true, false}}},
		{name: "a tie of the subject",
			text: lead + "Eine Gruppe mit Verbindungen zu der Partei Neue Mitte erklärte, bei dem Mann handle es sich um ein Mitglied.",
			want: []want{{"bei dem Mann handle es sich um ein Mitglied", "", "erklärte", "*", false, false}}},
	})
}

// TestCoordinatedAppeal (issue 12, spkwrong1): "…, und das UN-Kinderhilfswerk rief Russland
// auf, …" gave the appeal to Russland: a main clause joined by "und" has its subject right
// after the conjunction; after a verb of appeal or reproach the phrase after the verb is
// whom it addresses. Sentences we wrote.
func TestCoordinatedAppeal(t *testing.T) {
	runFullCases(t, []quoteCase{
		{name: "an appeal after und",
			text: "Streit in Lübbenau\n\nDie Gewerkschaft verdi lehnt den Plan ab. Der Verband der Wirte kritisierte den Plan, und das Kinderhilfswerk Terre Nova rief Meier auf, den Plan nicht umzusetzen.",
			want: []want{{"den Plan nicht umzusetzen", "Kinderhilfswerk Terre Nova", "rief", "das Kinderhilfswerk Terre Nova", false, false}}},
	})
}

// TestApposedNameWithParty (issue 12, spkwrong1): "Ministerin X wies die Kritik zurück, die
// Sprecherin der Fraktion, Eva Klein (Grüne), erklärte: „…“" gave the words to the minister:
// the name before the comma that closes an apposition keeps its party in brackets, and the
// verb after it is hers. Guard: the object of a verb before the bracket ("lobte die Sprecherin
// Eva Klein (Grüne), erklärte aber"). Sentences we wrote.
func TestApposedNameWithParty(t *testing.T) {
	const lead = "Streit in Lübbenau\n\nDie Opposition hatte die Schule kritisiert. "
	runFullCases(t, []quoteCase{
		{name: "a second clause with an apposed name and party",
			text: lead + "Kulturministerin Anna Roth (SPD) wies diese Kritik zurück, die Sprecherin der Fraktion, Eva Klein (Grüne), erklärte: „Das ist völlig falsch.“",
			want: []want{{"Das ist völlig falsch.", "Eva Klein", "erklärte", "Eva Klein (Grüne)", true, false}}},
		{name: "guard: the object of a verb",
			text: lead + "Kulturministerin Anna Roth lobte die Sprecherin Eva Klein (Grüne), erklärte aber: „Das ist völlig falsch.“",
			want: []want{{"Das ist völlig falsch.", "Anna Roth", "erklärte", "Kulturministerin Anna Roth", true, false}}},
	})
}
