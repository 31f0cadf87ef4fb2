package quote

import "testing"

// TestNominativeAfterVerb48 (stop 34a, issue 12, fresh seed 900): "Deutschland nennt er eine
// „Diktatur“" gave the words to "Deutschland": the phrase opening the sentence was taken for the
// subject. A pronoun that is only ever a subject ("er", quote_nominative) right after the
// finite verb is the subject; what stands before the verb is an object. Guards: the subject
// before the verb; "sie", which may be an object, is left as it was. Sentences we wrote.
func TestNominativeAfterVerb48(t *testing.T) {
	const lead = "Karl Bauer sprach am Montag in Kiel vor seinen Anhängern. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a fronted object",
			text: lead + "Das Land nennt er eine „gescheiterte Republik“, die Regierung „ein korruptes Regime“.",
			want: []want{
				{"gescheiterte Republik", "Karl Bauer", "nennt", "er", true, true},
				{"ein korruptes Regime", "Karl Bauer", "nennt", "er", true, true}}},
		{name: "guard: the subject before the verb",
			text: "Karl Bauer sprach am Montag in Kiel. Er nennt die Regierung ein „korruptes Regime“.",
			want: []want{{"korruptes Regime", "Karl Bauer", "nennt", "Er", true, true}}},
	})
}

// TestFragmentBeforeInvertedFrame48 (stop 34a, issue 12, fresh seed 900): in "Hoeneß' Worte
// würden sein „tiefstes Verständnis“ ankratzen, sagte Tuchel" the quoted words went to the
// person the clause opens with: the frame after the clause named its speaker only when that
// subject resolved to nobody. The clause before an inverted frame is the frame's report, and
// so are the words in marks inside it, whoever its subject is; a frame that names nobody ("sagte
// ein Sprecher") leaves them unnamed. Guard: a clause whose subject is no person. Sentences we
// wrote.
func TestFragmentBeforeInvertedFrame48(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a person opens the clause",
			text: "Karl Tuchel reagierte verärgert auf die Kritik von Paul Hoeneß. Hoeneß’ Worte würden sein „tiefstes Verständnis“ als Trainer ankratzen, sagte Tuchel.",
			want: []want{{"tiefstes Verständnis", "Karl Tuchel", "sagte", "Tuchel", true, true}}},
		{name: "an unnamed frame",
			text: "Karl Bauer ist Minister. Bauer habe „große Fehler“ gemacht, sagte ein Sprecher des Vereins.",
			want: []want{{"große Fehler", "", "sagte", "ein Sprecher des Vereins", true, true}}},
		{name: "guard: no person opens the clause",
			text: "Karl Bauer ist Minister. Es sei „ein großer und teurer Fehler“ gewesen, sagte Bauer am Abend.",
			want: []want{{"ein großer und teurer Fehler", "Karl Bauer", "sagte", "Bauer", true, true}}},
	})
}

// TestImpersonalOpening48 (stop 34a, issue 12, fresh seed 900): "Es heißt, man solle seine
// Idole nicht treffen" was taken for the continuation of the report before it and given its
// speaker: "heißt es" was a frame only with the pronoun after the verb. With the pronoun first
// it frames its own report, by nobody the text names. Sentences we wrote.
func TestImpersonalOpening48(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "es heißt after a report",
			text: "Karl Bauer berichtete, dass der Verein mit dem Trainer gesprochen habe.\nEs heißt, man solle seine Vorbilder nicht treffen.",
			want: []want{
				{"dass der Verein mit dem Trainer gesprochen habe", "Karl Bauer", "berichtete", "Karl Bauer", false, false},
				{"man solle seine Vorbilder nicht treffen", "", "heißt", "", false, false}},
			not: []string{"Es heißt, man solle seine Vorbilder nicht treffen"}},
	})
}

// TestParenthesisBeforeComplement48 (stop 34a, issue 12, fresh seed 900): "Reporter X schreibt
// bei X (vormals Twitter), der Trainer sei …" was no frame, a parenthesis standing between
// where it was written and the comma, so the sentence became the continuation of another's
// report. A parenthesis after a phrase that may stand between a verb and its complement (a
// preposition, a name) is skipped. Guard: after an object ("begrüßt die Entscheidung des
// Komitees (IOK), … zu fördern") the infinitive is the noun's, no report. Sentences we wrote.
func TestParenthesisBeforeComplement48(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "where it was written",
			text: "Die Zeitung „Marca“ hatte berichtet, dass der Verein mit dem Trainer gesprochen habe. Reporter Karl Bauer schreibt bei X (vormals Twitter), der Trainer sei nicht auf der Liste.",
			want: []want{{"der Trainer sei nicht auf der Liste", "Karl Bauer", "schreibt", "Reporter Karl Bauer", false, false}}},
		{name: "guard: after an object",
			text: "Karl Kämpfer begrüßt außerdem die Entscheidung des Komitees (IOK), nachhaltigere Konzepte zu fördern.",
			not:  []string{"nachhaltigere Konzepte zu fördern"}},
	})
}

// TestSoComparison48 (stop 34a, issue 12, fresh seed 900): "Es sind wohl nicht so viele
// Menschen verletzt, wie die Polizei am Morgen angenommen hatte" was the police's report: the
// clause compares with what they assumed and says the opposite. "so" and a word in small
// letters before ", wie X …" make a comparison. Guard: a "so" compared already ("doppelt so hoch
// wie im Vorjahr, wie das Amt mitteilte"). Sentences we wrote.
func TestSoComparison48(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "so viele, wie angenommen",
			text: "Es sind wohl nicht so viele Menschen verletzt, wie die Polizei am Morgen noch angenommen hatte.",
			not:  []string{"Es sind wohl nicht so viele Menschen verletzt"}},
		{name: "guard: compared already",
			text: "Die Zahl der Fälle war im Juli doppelt so hoch wie im Vorjahr, wie das Landesamt am Montag mitteilte.",
			want: []want{{"Die Zahl der Fälle war im Juli doppelt so hoch wie im Vorjahr", "Landesamt", "mitteilte", "das Landesamt", false, false}}},
	})
}

// TestFragmentInAdverbialClause48 (stop 34a, issue 12, fresh seed 900): "Dann, als Aktivisten
// ein »Protestcamp« errichteten, forderte er …" gave the word in marks, a scare quote in a
// clause of when, to the subject of the main clause. Words in marks in an adverbial clause in
// the indicative before the speech verb are not what that verb frames, and the clause itself is
// no report of it, also after an adverb and a comma ("Dann, als …"). Guard: the clause the
// inverted frame reports. Sentences we wrote.
func TestFragmentInAdverbialClause48(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a clause of when",
			text: "Gouverneur Karl Bauer ging demonstrativ dort essen. Dann, als Aktivisten vor einigen Wochen ein »Protestcamp« auf dem Gelände errichteten, forderte er dessen Auflösung.",
			not:  []string{"Protestcamp"}},
		{name: "the clause of when after an adverb and a comma is no report either",
			text: "Gouverneur Karl Bauer ging demonstrativ dort essen. Dann, als Anhänger der Gruppe vor einigen Wochen ein »Protestcamp« auf dem Gelände der University of Kent einrichteten, forderte er dessen zeitnahe Auflösung durch die Polizei.",
			not:  []string{"Protestcamp", "Dann, als Anhänger der Gruppe vor einigen Wochen ein »Protestcamp« auf dem Gelände der University of Kent einrichteten"}},
		{name: "guard: the reported clause",
			text: "Karl Bauer ist Minister. Es sei „ein großer und teurer Fehler“ gewesen, sagte Bauer am Abend.",
			want: []want{{"ein großer und teurer Fehler", "Karl Bauer", "sagte", "Bauer", true, true}}},
	})
}

// TestWorkNouns48 (stop 34a, issue 12, fresh seed 900): "erzählt er in der Reportage „Nie
// wieder …“" named a speaker for a title: reports, documentaries, series and podcasts are works
// whose titles follow them (quote_titles). Sentences we wrote.
func TestWorkNouns48(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a reportage",
			text: "Karl Bauer lebt seit Jahren auf der Straße. Er erzählt seine Geschichte in der Reportage „Nie wieder allein“.",
			not:  []string{"Nie wieder allein"}},
	})
}

// TestAmbiguousGivenName48 (stop 34a, issue 12, fresh seed 900): "Dani" was a woman's name (the
// US census tables), so "der Mittelfeldspieler" after "Dani Weber hat eine klare Antwort" went
// past him to the man named before. A given name worn by both sexes says nothing
// (data/given_extra.txt, "-"). Sentences we wrote.
func TestAmbiguousGivenName48(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "dani",
			text: "Das erinnert an ein Duo: Florian Wirtz und Jamal Berg. Aber wer ist besser? Dani Weber hat eine klare Antwort.\n„Die beiden spielen richtig gut zusammen“, sagt der Mittelfeldspieler.",
			want: []want{{"Die beiden spielen richtig gut zusammen", "", "sagt", "der Mittelfeldspieler", true, false}}},
	})
}

// TestMediumSpokenToInClause48 (stop 34a, issue 12): "…, wie er damals der „Bild“-Zeitung
// sagte" gave the words to the paper, the phrase before the verb. In a clause opened by "wie"
// or a conjunction, a pronoun only ever a subject right after it speaks, and so does any personal
// pronoun there when the phrase before the verb is a medium and the verb no verb of reporting:
// the medium is spoken to. In "der „Tatort“-Sender ARD" the marks name the channel's show, not
// the channel. Guards: "Die „Bild“-Zeitung berichtete" stays the paper's. Sentences we wrote.
func TestMediumSpokenToInClause48(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "er, then the paper",
			text: "Karl Breuer war lange krank. Er wäre „fast gestorben“, wie er damals der „Bild“-Zeitung sagte.",
			want: []want{{"fast gestorben", "Karl Breuer", "sagte", "er", true, true}}},
		{name: "sie, then the paper",
			text: "Anna Roth war krank. Sie habe sich „sehr schwach“ gefühlt, wie sie damals der „Bild“-Zeitung sagte.",
			want: []want{{"sehr schwach", "Anna Roth", "sagte", "sie", true, true}}},
		{name: "a show's name before the channel's noun",
			text: "Karl Bauer ist Kommissar. Der „Tatort“-Sender ARD teilte mit, die Serie werde fortgesetzt.",
			// The channel named after its noun speaks (audit9: a medium's name after its own noun
			// is no addressee); never the show in the marks.
			want: []want{{"die Serie werde fortgesetzt", "ARD", "teilte", "*", false, false}}},
		{name: "guard: the paper reports",
			text: "Die „Bild“-Zeitung berichtete, die Serie werde fortgesetzt.",
			want: []want{{"die Serie werde fortgesetzt", "Bild", "berichtete", "*", false, false}}},
	})
}

// TestGenitiveKeptInName48 (stop 34a, issue 12, fresh seed 900): "Heidenheims
// Vorstandsvorsitzender Holger Sanwald: „…“" gave the words to "Heidenheims": the tagger took the
// genitive for a person's name, so its -s was no genitive. A name ending in -s before a noun,
// when the text also names it without the -s ("Heidenheim"), is a genitive. Guard: a genitive
// the tagger reads as such. Sentences we wrote.
func TestGenitiveKeptInName48(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a club's genitive",
			text: "Heidenheim siegte mit 3:2.\nHeidenheims Vorstandsvorsitzender Holger Sanwald: „Das ist etwas ganz Großes für unseren Verein.“",
			want: []want{{"Das ist etwas ganz Großes für unseren Verein.", "Holger Sanwald", "", "Holger Sanwald", true, false}}},
		{name: "guard: a person's genitive",
			text: "Merkel sprach in Berlin.\nMerkels Sprecher Karl Bauer: „Das ist etwas ganz Großes für unser Land.“",
			want: []want{{"Das ist etwas ganz Großes für unser Land.", "Karl Bauer", "", "Karl Bauer", true, false}}},
	})
}

// TestHeadingOpenedByQuote48 (stop 34a, issue 12, fresh seeds 400 and 900): "„Tatort: Am Tag
// der …“: Tierärztin vermittelt …" and "„Tatort: …“ am Sonntag aus Hessen: Die Drehorte" were
// given to the person the paragraph before is about. A line that opens with words in marks and
// goes on to a colon, without a full stop, is a heading about a title or a quotation; it carries
// no speaker on. Guard: a quotation alone in its paragraph after someone's sentence. Sentences
// we wrote.
func TestHeadingOpenedByQuote48(t *testing.T) {
	const lead = "Kollege Karl Karow muss sich auf einem Video die Quälereien ansehen.\n"
	runQuoteCasesFull(t, []quoteCase{
		{name: "a title and a colon",
			text: lead + "„Tatort: Am Tag der stillen Seelen“: Tierärztin vermittelt junge Frauen\nDamit ist der Fall schon gelöst.",
			want: []want{{"Tatort: Am Tag der stillen Seelen", "", "", "", true, false}}},
		{name: "a title, words and a colon",
			text: lead + "„Tatort: Am Tag der stillen Seelen“ am Sonntag aus Hessen: Die Drehorte\nGedreht wurde in Frankfurt.",
			want: []want{{"Tatort: Am Tag der stillen Seelen", "", "", "", true, false}}},
		{name: "guard: a quotation alone",
			text: lead + "„Das ist kaum zu ertragen.“\nDamit ist der Fall schon gelöst.",
			want: []want{{"Das ist kaum zu ertragen.", "Karl Karow", "", "Kollege Karl Karow", true, false}}},
	})
}
