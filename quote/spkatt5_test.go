package quote

import "testing"

// TestPointBackComma (spkatt5, issue 12): "Die Brücke ist gesperrt, das teilte die Polizei mit."
// gave no quotation: the word standing for the statement ("das", "dies") was looked for only
// at a sentence's start (pointBack). After a comma, "das" with the speech verb right after it
// opens a main clause, no relative clause (that has its verb last), and the clause before the
// comma is what the subject said. Guards: a relative clause with its verb last, a verb that
// says nothing of the words before, and a clause before the comma that is subordinate or a
// question stay no report. Sentences we wrote.
func TestPointBackComma(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "das teilte X mit",
			text: lead + "Am Montag ist die Brücke über den Fluss eingestürzt, das teilte die Polizei mit.",
			want: []want{{"Am Montag ist die Brücke über den Fluss eingestürzt", "Polizei", "teilte", "die Polizei", false, false}}},
		{name: "dies teilte X am Abend mit",
			text: lead + "Bei dem Brand gab es keine Verletzten, dies teilte die Feuerwehr am Abend mit.",
			want: []want{{"Bei dem Brand gab es keine Verletzten", "Feuerwehr", "teilte", "die Feuerwehr", false, false}}},
		{name: "das schreibt a named person",
			text: lead + "Der Verein wird am Feiertag wieder alle Wanderer bewirten, das schreibt Karl Obermann.",
			want: []want{{"Der Verein wird am Feiertag wieder alle Wanderer bewirten", "Karl Obermann", "schreibt", "Karl Obermann", false, false}}},
		{name: "guard: a relative clause with its verb last",
			text: lead + "Am Montag ist die Brücke über den Fluss eingestürzt, das die Polizei sofort sperrte.",
			not:  []string{"Am Montag ist die Brücke über den Fluss eingestürzt"}},
		{name: "guard: a verb that tells nothing",
			text: lead + "Am Montag kaufte die Stadt ein altes Haus, das gehörte früher dem Bürgermeister.",
			not:  []string{"Am Montag kaufte die Stadt ein altes Haus"}},
		{name: "guard: a question before the comma",
			text: lead + "Wird die Brücke über den Fluss bald wieder geöffnet, das fragte die Zeitung.",
			not:  []string{"Wird die Brücke über den Fluss bald wieder geöffnet"}},
	})
}

// TestPointBackApposedName (spkatt5, issue 12): "Dies teilte der Leiter der Feuerwehr, Hans
// Berger, mit." gave no quotation: a comma after the verb was read as a clause of its own. A
// name apposed to the subject, closed by a comma or by the sentence's end, is the subject's,
// and speaks. Guard: a comma that opens a clause still ends the reading. Sentences we wrote.
func TestPointBackApposedName(t *testing.T) {
	const lead = "Am Montag ist die Brücke über den Fluss eingestürzt. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a name between commas",
			text: lead + "Dies teilte der Leiter der Feuerwehr, Hans Berger, mit.",
			want: []want{{"Am Montag ist die Brücke über den Fluss eingestürzt", "Hans Berger", "teilte", "der Leiter der Feuerwehr, Hans Berger", false, false}}},
		{name: "a name at the sentence's end",
			text: lead + "Das bestätigte der Bürgermeister, Hans Berger.",
			want: []want{{"Am Montag ist die Brücke über den Fluss eingestürzt", "Hans Berger", "bestätigte", "der Bürgermeister, Hans Berger", false, false}}},
		{name: "guard: a clause after the comma",
			text: lead + "Das bestätigte der Bürgermeister, er wolle die Brücke rasch neu bauen.",
			not:  []string{"Am Montag ist die Brücke über den Fluss eingestürzt"}},
	})
}

// TestPointBackVerbLikeAdjective (spkatt5, issue 12): "Die Wähler schließen eine Koalition aus.
// Das bestätigte X." gave no quotation: the sentence before was no clause to clauseLike, whose
// verbs ending in -en or -e ("schließen", "spülte") look like adjectives. Such a word after a
// capitalised one and before an article, a number or a preposition is a verb: an adjective
// stands before its noun. Guard: a heading without a verb stays no statement. Sentences we
// wrote.
func TestPointBackVerbLikeAdjective(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a verb before an article",
			text: "Die Freien Wähler schließen eine Koalition mit der SPD aus. Dies bestätigte der Parteivorsitzende Hans Obermann am Abend.",
			want: []want{{"Die Freien Wähler schließen eine Koalition mit der SPD aus", "Hans Obermann", "bestätigte", "der Parteivorsitzende Hans Obermann", false, false}}},
		{name: "a verb before a number",
			text: "Die Tour spülte 500.000 Euro in die Kassen der Band. Das berichtete die Musikzeitschrift „Klangwelt“ in ihrer jüngsten Ausgabe.",
			want: []want{{"Die Tour spülte 500.000 Euro in die Kassen der Band", "Klangwelt", "berichtete", "die Musikzeitschrift „Klangwelt“", false, false}}},
		{name: "after a comma",
			text: "Karl Obermann wohnt seit vielen Jahren in Kiel. Die Wähler schließen eine Koalition mit der SPD aus, das teilte die Partei mit.",
			want: []want{{"Die Wähler schließen eine Koalition mit der SPD aus", "*", "teilte", "die Partei", false, false}}},
		{name: "guard: a heading",
			text: "Karl Obermann wohnt seit vielen Jahren in Kiel. Die großen Pläne der Stadt. Das teilte die Polizei mit.",
			not:  []string{"Die großen Pläne der Stadt"}},
	})
}

// TestRelayCueBesideIdleSpeechVerb (spkatt5, issue 12): "Inzwischen hat er laut einer Sprecherin
// der Staatsanwaltschaft ein Geständnis abgelegt und drei Diebstähle zugegeben, die …" gave no
// quotation: "laut" left the sentence to the speech verb after it, whose object is a noun, so
// it framed nothing. When nothing else reports the sentence, the cue and its source do. Guards:
// a speech verb right after its subject before the cue still names the speaker ("Hans Berg
// betonte laut Nordpost: …", the paper only relays), and a speech verb that frames a clause
// keeps it. Sentences we wrote.
func TestRelayCueBesideIdleSpeechVerb(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a speech verb with a noun object after the cue",
			text: lead + "Inzwischen hat er laut einer Sprecherin der Staatsanwaltschaft ein Geständnis abgelegt und drei Diebstähle zugegeben, die jedoch längst verjährt sind.",
			want: []want{{"Inzwischen hat er laut einer Sprecherin der Staatsanwaltschaft ein Geständnis abgelegt und drei Diebstähle zugegeben, die jedoch längst verjährt sind", "", "laut", "einer Sprecherin der Staatsanwaltschaft", false, false}}},
		{name: "guard: the speech verb after its subject names the speaker",
			text: lead + "Auch der Messechef Hans Berg betonte laut Nordpost: Ohne neue Technik werde die Industrie nicht bestehen.",
			not:  []string{"Auch der Messechef Hans Berg betonte laut Nordpost: Ohne neue Technik werde die Industrie nicht bestehen"}},
		{name: "guard: the speech verb frames its clause",
			text: lead + "Laut der Zeitung hat Obermann erklärt, dass er zurücktreten werde.",
			want: []want{{"dass er zurücktreten werde", "Karl Obermann", "erklärt", "Obermann", false, false}}},
	})
}
