package quote

import "testing"

// TestFragmentHostReports (nest, issue 12): a verbatim fragment that a speech frame attributes
// makes the clause that holds it a report of the same speaker, in the indicative too: the
// clause before an inverted frame ("…, wird X zitiert", "…, heißt es auf …", the frame's
// source with an apposition) and the clause after a comment frame set off by commas. Guards: a
// clause after which the "frame" is a sentence of its own (its subject first, or its own
// quotation after the source) stays no report; a "wie" frame whose clause is already reported
// is not reported twice. Sentences we wrote.
func TestFragmentHostReports(t *testing.T) {
	const lead = "Anna Roth leitet seit vielen Jahren das Radio in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "indicative clause before wird zitiert",
			text: lead + "Dies ist eine echte Chance für das Radio, im Netz ein „Medium erster Klasse zu werden“, wird Anna Roth zitiert.",
			want: []want{
				{"Dies ist eine echte Chance für das Radio, im Netz ein „Medium erster Klasse zu werden“", "Anna Roth", "zitiert", "Anna Roth", false, false},
				{"Medium erster Klasse zu werden", "Anna Roth", "zitiert", "Anna Roth", true, true}}},
		{name: "an apposition in the frame",
			text: lead + "Dies ist eine echte Chance für das Radio, im Netz ein „Medium erster Klasse zu werden“, wird Anna Roth, Leiterin des Senders, zitiert.",
			want: []want{{"Dies ist eine echte Chance für das Radio, im Netz ein „Medium erster Klasse zu werden“", "", "zitiert", "Anna Roth, Leiterin des Senders", false, false}}},
		{name: "heißt es auf der Webseite",
			text: lead + "Mit dem Preis werden Menschen ausgezeichnet, „die sich um die Stadt verdient gemacht haben“, heißt es auf der Webseite der Stadt.",
			want: []want{{"Mit dem Preis werden Menschen ausgezeichnet, „die sich um die Stadt verdient gemacht haben“", "", "heißt", "der Webseite der Stadt", false, false}}},
		{name: "the clause after a comment frame",
			text: lead + "Sie sei tief erschüttert, sagte Anna Roth, ihre „Gedanken sind bei den Familien der Opfer“.",
			want: []want{{"ihre „Gedanken sind bei den Familien der Opfer“", "Anna Roth", "sagte", "Anna Roth", false, false}}},
		{name: "guard: a sentence with its own quotation after the source",
			text: lead + "Im Wahlprogramm, das überschrieben ist mit „Mut zur Stadt“, fordert die Partei „eine echte Wende im Verkehr“.",
			not:  []string{"Im Wahlprogramm, das überschrieben ist mit „Mut zur Stadt“"}},
		{name: "guard: a sentence with its subject first",
			text: lead + "Der Regisseur Karl Bauer nannte sie „die beste Stimme im Land“, der Kritiker Jan Ohm meinte: „Sie ist ein Glücksfall.“",
			not:  []string{"Der Regisseur Karl Bauer nannte sie „die beste Stimme im Land“"}},
		{name: "guard: a wie frame's clause is reported once",
			text: lead + "Wie der Sender bekannt gab, wird bei der Sendung „kein Risiko“ eingegangen.",
			want: []want{{"wird bei der Sendung „kein Risiko“ eingegangen", "", "bekannt gab", "der Sender", false, false}}},
	})
}

// TestLowerCaseFragmentIsNoName (nest, issue 12): words in quotation marks inside a report that
// open with a lower-case word are someone's words, not a name, though German capitalises their
// nouns („die Daten aller Bürger“ reads title-like word by word); a title keeps its capital
// and stays out. Sentences we wrote.
func TestLowerCaseFragmentIsNoName(t *testing.T) {
	const lead = "Anna Roth ist seit Jahren Abgeordnete in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a lower-case fragment in a report",
			text: lead + "Sie warf dem Minister Karl Bauer vor, „die Daten aller Bürger“ zu missbrauchen.",
			want: []want{{"die Daten aller Bürger", "", "warf", "Sie", true, true}}},
		{name: "guard: a title in marks",
			text: lead + "Anna Roth sagte, sie habe „Die Reise der Füchse“ zweimal gesehen.",
			not:  []string{"Die Reise der Füchse"}},
	})
}
