package quote

import "testing"

// TestPointBackPerfect (spkatt7, issue 12): "Die Brücke ist gesperrt. Das hat die Polizei
// mitgeteilt." and "Dies wurde von der Polizei bestätigt." gave no quotation: the word standing
// for the sentence before was read only with a finite speech verb right after it. After an
// auxiliary the participle closing the clause is the cue (a separable one may be written
// apart, "bekannt gegeben"); the subject follows the auxiliary, or, in the passive, the agent
// follows "von", and names nobody as a passive's agent does. Guards: a participle that says
// nothing of the sentence before ("abgelehnt", "beschlossen"), a passive without an agent, a
// negated clause and a second verb stay no report. Sentences we wrote.
func TestPointBackPerfect(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	const said = "Die Brücke über den Fluss wird im Sommer gesperrt"
	runQuoteCasesFull(t, []quoteCase{
		{name: "das hat X mitgeteilt",
			text: lead + said + ". Das hat die Polizei mitgeteilt.",
			want: []want{{said, "Polizei", "mitgeteilt", "die Polizei", false, false}}},
		{name: "dies hat X am Montag angekündigt, a name",
			text: lead + said + ". Dies hat der Bürgermeister Karl Obermann am Montag angekündigt.",
			want: []want{{said, "Karl Obermann", "angekündigt", "der Bürgermeister Karl Obermann", false, false}}},
		{name: "bekannt gegeben written apart",
			text: lead + said + ". Dies hat die Polizei bekannt gegeben.",
			want: []want{{said, "Polizei", "gegeben", "die Polizei", false, false}}},
		{name: "after a comma",
			text: lead + said + ", das hat die Polizei gestern mitgeteilt.",
			want: []want{{said, "Polizei", "mitgeteilt", "die Polizei", false, false}}},
		{name: "passive with von and a date",
			text: lead + said + ". Das wurde vom Presseamt der Polizei am 28. Dezember bekannt gegeben.",
			want: []want{{said, "", "gegeben", "Presseamt der Polizei", false, false}}},
		{name: "passive with von der",
			text: lead + said + ". Dies wurde von der Polizei am Montag mitgeteilt.",
			want: []want{{said, "", "mitgeteilt", "der Polizei", false, false}}},
		{name: "guard: a participle that rejects",
			text: lead + said + ". Das wurde von der Polizei abgelehnt.",
			not:  []string{said}},
		{name: "guard: a decision, no saying",
			text: lead + said + ". Das hatte der Rat schon im Mai beschlossen.",
			not:  []string{said}},
		{name: "guard: a passive without its agent",
			text: lead + said + ". Das wurde am Montag bestätigt.",
			not:  []string{said}},
		{name: "guard: negated",
			text: lead + said + ". Das hat der Bürgermeister nicht gesagt.",
			not:  []string{said}},
	})
}

// TestSoFrameIndicative (spkatt7, issue 12): "Die Lage ist, so der Minister, sehr ernst." gave
// the words before the frame as the message and "der Minister, sehr ernst" as its source: only
// a Konjunktiv or modal before the frame told that the frame stands inside one clause. A finite
// indicative auxiliary with nothing after it to complete it does as well: the message is the
// whole sentence, the frame inside, and the source ends at the frame's comma. Guards: a clause
// complete before the frame, and words after it that open a clause of their own, keep the
// frame closing the report; a frame whose noun names a word ("so sein Spitzname",
// quote_namings) glosses it and is no report at all. Sentences we wrote.
func TestSoFrameIndicative(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "ist, so X, predicate",
			text: lead + "Die Lage ist, so der Minister, sehr ernst.",
			want: []want{{"Die Lage ist, so der Minister, sehr ernst", "", "so", "der Minister", false, false}}},
		{name: "hat, so X, participle",
			text: lead + "Die Stadt hat, so Karl Obermann, viel Geld verloren.",
			want: []want{{"Die Stadt hat, so Karl Obermann, viel Geld verloren", "Karl Obermann", "so", "Karl Obermann", false, false}}},
		{name: "wird, so sagte X, infinitive",
			text: lead + "Die Stadt wird, so sagte der Bürgermeister, im Herbst neue Busse kaufen.",
			want: []want{{"Die Stadt wird, so sagte der Bürgermeister, im Herbst neue Busse kaufen", "", "sagte", "der Bürgermeister", false, false}}},
		{name: "guard: the clause is complete before the frame",
			text: lead + "Die Stadt hat viel Geld verloren, so der Bürgermeister, und will nun sparen.",
			not:  []string{"Die Stadt hat viel Geld verloren, so der Bürgermeister, und will nun sparen"}},
		{name: "guard: the frame glosses a nickname",
			text: lead + "Am Sonntag hatte sich „Kalle“, so sein Spitzname, beim Spiel in Kiel das Bein gebrochen.",
			not: []string{"Am Sonntag hatte sich „Kalle“, so sein Spitzname, beim Spiel in Kiel das Bein gebrochen",
				"Am Sonntag hatte sich „Kalle“", "Kalle"}},
		{name: "guard: a clause of its own after the frame",
			text: lead + "Die Brücke ist marode, so der Bürgermeister, die Stadt muss sie abreißen.",
			not:  []string{"Die Brücke ist marode, so der Bürgermeister, die Stadt muss sie abreißen"}},
	})
}

// TestZuSeinComplement (spkatt7, issue 12): "Die Polizei beteuerte, ständig vor Ort zu sein."
// gave no quotation: a "zu" infinitive of "sein" or "haben" counted as the verb's complement
// only as a past infinitive ("gewesen zu sein"). With a predicate or an object before it
// ("unschuldig zu sein", "keine Daten zu haben") it says what the subject claimed as well,
// when it closes its clause (a past infinitive, as before, need not). Guard: "zu sein" with a verb of its own after it ("die es zu sein
// schien") is no complement. Sentences we wrote.
func TestZuSeinComplement(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a predicate",
			text: lead + "Der Angeklagte beteuerte, unschuldig zu sein.",
			want: []want{{"unschuldig zu sein", "", "beteuerte", "Der Angeklagte", false, false}}},
		{name: "an adverbial",
			text: lead + "Die Polizei beteuerte, ständig rund um den Bahnhof auf Streife zu sein.",
			want: []want{{"ständig rund um den Bahnhof auf Streife zu sein", "Polizei", "beteuerte", "Die Polizei", false, false}}},
		{name: "an object of haben, and a second infinitive",
			text: lead + "Die Firma erklärte, keine Daten zu haben und keine zu sammeln.",
			want: []want{{"keine Daten zu haben und keine zu sammeln", "", "erklärte", "Die Firma", false, false}}},
		{name: "a past infinitive needs no close (a caption's credit after it)",
			text: lead + "Karl Obermann lobte die Stadt dafür, die Brücke rasch saniert zu haben Foto: Anna Berg",
			want: []want{{"die Brücke rasch saniert zu haben Foto: Anna Berg", "Karl Obermann", "lobte", "Karl Obermann", false, false}}},
		{name: "guard: a verb after zu sein",
			text: lead + "Das Problem ist, dass es kein Vertrauen mehr in die Stadt gibt, die es jahrzehntelang zu sein schien.",
			not:  []string{"die es jahrzehntelang zu sein schien"}},
	})
}

// TestSoVerbAdverb (spkatt7, issue 12): "…, so betont auch die Polizei." gave no quotation: in
// a "so" frame with a verb, the subject was looked for right after the verb. Adverbs between
// them ("auch", "gestern") are skipped, as after a plain speech verb's frame. Guard: an
// adverb with no subject after it keeps the frame no report. Sentences we wrote.
func TestSoVerbAdverb(t *testing.T) {
	const lead = "Karl Obermann wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "so betont auch X",
			text: lead + "Die Zahl der Unfälle ist gestiegen, so betont auch die Polizei.",
			want: []want{{"Die Zahl der Unfälle ist gestiegen", "Polizei", "betont", "die Polizei", false, false}}},
		{name: "mid-sentence, so betonte gestern X",
			text: lead + "Die Zahl der Unfälle sei, so betonte gestern die Polizei, deutlich gestiegen.",
			want: []want{{"Die Zahl der Unfälle sei, so betonte gestern die Polizei, deutlich gestiegen", "Polizei", "betonte", "die Polizei", false, false}}},
		{name: "guard: no subject after the adverb",
			text: lead + "Die Zahl der Unfälle ist gestiegen, so betont auch.",
			not:  []string{"Die Zahl der Unfälle ist gestiegen"}},
	})
}
