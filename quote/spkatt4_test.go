package quote

import "testing"

// TestMediumNameInMarks (spkatt4, issue 12): a paper's name in quotation marks inside the
// reporter's sentence ("In der „BILD am Sonntag“ schreibt X, dass …") was read as a partial
// quotation of the writer, and the clause after "dass" was lost to it. A name opening with a
// word of the media list, capitalised words only (or lower-case ones after a name in
// capitals), is where the words appeared. Guard: "eine „Welt im Umbruch“" stays a quotation.
// Sentences we wrote.
func TestMediumNameInMarks(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a paper's name before the speech verb",
			text: "In der „BILD am Sonntag“ schreibt Hans Huber in einem Gastbeitrag, dass die Reform gescheitert sei.",
			want: []want{{"dass die Reform gescheitert sei", "Hans Huber", "schreibt", "Hans Huber", false, false}},
			not:  []string{"BILD am Sonntag", "In der „BILD am Sonntag“"}},
		{name: "a paper's name after the speech verb",
			text: "Die Reform sei gescheitert, schrieb Hans Huber in einem Gastbeitrag für die „BILD am Sonntag“.",
			want: []want{{"Die Reform sei gescheitert", "Hans Huber", "schrieb", "*", false, false}},
			not:  []string{"BILD am Sonntag"}},
		{name: "a magazine spoken to",
			text: "Die Reform sei gescheitert, sagte Hans Huber dem „Stern“.",
			not:  []string{"Stern"}},
		{name: "guard: words opening with a medium's word",
			text: "Die Lage sei eine „Welt im Umbruch“, schrieb Hans Huber.",
			want: []want{{"Welt im Umbruch", "Hans Huber", "schrieb", "Hans Huber", true, true}}},
	})
}

// TestLowerCaseAgencySource (spkatt4, issue 12): an agency or paper written in lower case as
// the media list has it ("laut dpa", "laut taz", "dpa zufolge") opens no noun phrase, so the
// cue found no source and the sentence was no report at all. The short name alone is the
// source. Guard: a longer lower-case word after "laut" stays none ("laut zeitung" is a typo,
// no name). Sentences we wrote.
func TestLowerCaseAgencySource(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "laut and an agency",
			text: lead + "Am Montag wurde laut dpa ein Bus in der Altstadt gesprengt.",
			want: []want{{"Am Montag wurde laut dpa ein Bus in der Altstadt gesprengt", "*", "laut", "dpa", false, false}}},
		{name: "laut and a paper mid-sentence",
			text: lead + "Am Dienstag wurde laut taz erneut deutlich gemacht, dass Helfer nicht erwünscht seien.",
			want: []want{{"Am Dienstag wurde laut taz erneut deutlich gemacht, dass Helfer nicht erwünscht seien", "*", "laut", "taz", false, false}}},
		{name: "zufolge after an agency",
			text: lead + "Der Bus wurde dpa zufolge am frühen Morgen gesprengt.",
			want: []want{{"Der Bus wurde dpa zufolge am frühen Morgen gesprengt", "*", "zufolge", "dpa", false, false}}},
		{name: "guard: a long lower-case word",
			text: lead + "Der Bus wurde laut zeitung am frühen Morgen gesprengt.",
			not:  []string{"Der Bus wurde laut zeitung am frühen Morgen gesprengt"}},
	})
}

// TestSubordinateOpeningSubject (spkatt4, issue 12): "Als Obermann am Sonntag sagte, dass …"
// gave no source: the speech verb closes the subordinate clause that opens the sentence, and
// an adverbial between its subject and the verb hid the subject. The name right after the
// conjunction speaks. Guard: "Als Sprecher der Partei sagte X" has its verb second; the role
// after "als" is no subject. Sentences we wrote.
func TestSubordinateOpeningSubject(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a name and a day",
			text: lead + "Als Obermann am Sonntag sagte, dass die Proteste friedlich seien, wusste er nichts von den Krawallen.",
			want: []want{{"dass die Proteste friedlich seien", "Karl Obermann", "sagte", "Obermann", false, false}}},
		{name: "a role, a name and a day",
			text: lead + "Als der Bürgermeister Karl Obermann am Sonntag sagte, dass die Proteste friedlich seien, wusste er nichts von den Krawallen.",
			want: []want{{"dass die Proteste friedlich seien", "Karl Obermann", "sagte", "der Bürgermeister Karl Obermann", false, false}}},
		{name: "guard: a role after als",
			text: "Als Sprecher der Partei sagte Hans Huber am Montag, dass die Proteste friedlich seien.",
			want: []want{{"dass die Proteste friedlich seien", "Hans Huber", "sagte", "Hans Huber", false, false}}},
	})
}

// TestGenitiveAdverbialNoSpeaker (spkatt4, issue 12): "Des Weiteren wirft die Partei dem
// Minister vor, …" gave "Des Weiteren" as who reproached: a genitive article and one noun
// opening the sentence ("Des Weiteren", "Eines Tages") is an adverbial, never the subject.
// Guard: a genitive before the subject's noun ("Des Ministers Partei") stays the subject.
// Sentences we wrote.
func TestGenitiveAdverbialNoSpeaker(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "des weiteren",
			text: "Des Weiteren wirft die Partei dem Minister vor, die Wähler getäuscht zu haben.",
			want: []want{{"die Wähler getäuscht zu haben", "*", "wirft", "die Partei", false, false}}},
		{name: "eines tages",
			text: "Eines Tages warf die Partei dem Minister vor, die Wähler getäuscht zu haben.",
			want: []want{{"die Wähler getäuscht zu haben", "*", "warf", "die Partei", false, false}}},
		{name: "guard: a genitive before the noun",
			text: "Des Ministers Partei warf ihm vor, die Wähler getäuscht zu haben.",
			want: []want{{"die Wähler getäuscht zu haben", "*", "warf", "Des Ministers Partei", false, false}}},
	})
}
