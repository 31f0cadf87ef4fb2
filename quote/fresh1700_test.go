package quote

import (
	"testing"
)

// TestLongNameTells1700 (issue 12, fresh seed 1700): "Dies gab die Königliche Dänische
// Gesellschaft der Künste am Montag … bekannt" cut the name after its noun and took the
// genitive, the time and the place for the words announced: after a word standing for the
// sentence before, the clause says that sentence and holds no words of its own. Sentences we
// wrote.
func TestLongNameTells1700(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a long name with a genitive, a time and a place",
			text: "Die Malerin Anna Kramer erhält den großen Preis für Malerei. Dies gab die Königliche Dänische Gesellschaft der Künste am Montag an einer Pressekonferenz in Aarhus bekannt. Kramer lebt in Kiel.",
			not:  []string{"der Künste am Montag an einer Pressekonferenz in Aarhus"}},
		{name: "das, with a short name",
			text: "Die Malerin Anna Kramer erhält den großen Preis für Malerei. Das gab die Stiftung Kunstwerk am Montag in Aarhus bekannt. Kramer lebt in Kiel.",
			not:  []string{"am Montag in Aarhus"}},
	})
}

// TestRepeatedHeadingSpeaker1700 (issue 12, fresh seed 1700): a subheading that is only a
// quotation („Wo ist denn Tom? Ist Tom weg?“) went by coreference to the singer the paragraph
// before is about, while the article quotes the same words further down with "fragte die
// Moderatorin": the heading takes the speaker of the same words quoted with a cue. Sentences we
// wrote.
func TestRepeatedHeadingSpeaker1700(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "subheading repeated below with a cue",
			text: "Die Moderatorin Lena Sommer führte am Sonntag durch die Sendung. Zunächst sang Karl Bauer. Der Sänger verschwand danach kurz im Publikum.\n\n„Wo ist denn Tom? Ist Tom weg?“\n\nAuch Tom Weller verließ nach seinem Auftritt die Bühne. „Wo ist denn Tom? Ist Tom weg?“, fragte Sommer verdutzt.",
			want: []want{{"Wo ist denn Tom? Ist Tom weg?", "Lena Sommer", "*", "Sommer", true, false}}},
		{name: "repeated below with a cue and nobody named",
			text: "Der Sänger Karl Bauer trat am Sonntag auf. Danach verschwand der Sänger kurz im Publikum.\n\n„Wo ist denn Tom? Ist Tom weg?“\n\nAuch Tom Weller verließ nach seinem Auftritt die Bühne. „Wo ist denn Tom? Ist Tom weg?“, hieß es im Publikum.",
			want: []want{{"Wo ist denn Tom? Ist Tom weg?", "", "*", "*", true, false}}},
		{name: "guard: a heading quoted nowhere else keeps its speaker",
			text: "Die Sängerin Lena Sommer hat ein neues Album aufgenommen. Sie arbeitete zwei Jahre daran.\n\n„Ich habe jeden Tag im Studio gesessen und an den Liedern gefeilt.“\n\nDas Album erscheint im Mai.",
			want: []want{{"Ich habe jeden Tag im Studio gesessen und an den Liedern gefeilt.", "Lena Sommer", "", "*", true, false}}},
	})
}

// TestRepeatedHeadingEpithet1700 is the guard of TestRepeatedHeadingSpeaker1700: when the
// repeated words' speaker is read back from a role or an epithet ("so die Sängerin", "so der
// 36-Jährige"), the heading keeps what it had, for that reading is a guess of its own. Sentences
// we wrote.
func TestRepeatedHeadingEpithet1700(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the repeated words' speaker read from a role",
			text: "Die Sängerin Lena Sommer trat mit Karl Bauer auf. Bauer sang zuerst.\n\n„Die Probe war gut“\n\nIn Hamburg gewann Sommer einen Preis. „Die Probe war gut“, so die Sängerin.",
			want: []want{{"Die Probe war gut", "*", "*", "*", true, false}}},
	})
	an := runFull(paragraphs("t", "Die Sängerin Lena Sommer trat mit Karl Bauer auf. Bauer sang zuerst.\n\n„Die Probe war gut“\n\nIn Hamburg gewann Sommer einen Preis. „Die Probe war gut“, so die Sängerin."), dePack)
	for _, q := range an.Quotes {
		if q.Cue == nil && q.Speaker != "" {
			t.Errorf("heading %q took the speaker %q", q.Text, q.Speaker)
		}
	}
}

// TestUntypedSubjectBlocks1700 (issue 12, fresh seed 1700): "Auch Bodo schaltete ein. In
// seiner Story verkündete der 53-Jährige …" gave the epithet and the quotations after it to the
// last full name before, as the stage name Bodo, a lone word, was too weak a candidate: a lone
// given name the article writes again, never after an article, opening a sentence shortly
// before as the subject of its verb, is whom the epithet or pronoun means, never anyone named
// earlier. Guards:
// a noun ("Kritik") or an adverb ("Schließlich") opening the sentence stands in no one's way. Sentences we
// wrote.
func TestUntypedSubjectBlocks1700(t *testing.T) {
	const lead = "Am Sonntag läuft die Show erstmals mit dem Moderator Karl Bauer. Der Sender hatte die Zusammenarbeit mit Bodo beendet. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "an epithet in the next paragraph",
			text: lead + "Auch Bodo schaltete ein.\n\nIn seiner Story verkündete der 53-Jährige, dass auch er die Ausgabe verfolgen werde. „Werde heute mit einem lachenden Auge gucken“, schrieb er.",
			want: []want{
				{"dass auch er die Ausgabe verfolgen werde", "Bodo", "verkündete", "der 53-Jährige", false, false},
				{"Werde heute mit einem lachenden Auge gucken", "Bodo", "schrieb", "er", true, false}}},
		{name: "a pronoun in the same paragraph",
			text: lead + "Bodo sah die Sendung. Er schrieb, er werde heute früh ins Bett gehen.",
			want: []want{{"er werde heute früh ins Bett gehen", "Bodo", "schrieb", "Er", false, false}}},
		{name: "guard: a preposition before the name",
			text: lead + "Bei Bodo lief die Sendung. Er schrieb, er werde heute früh ins Bett gehen.",
			not:  []string{}},
		{name: "guard: a noun written with an article",
			text: "Der Moderator Karl Bauer übernahm die Show. Die Kritik an ihm war laut. Doch Kritik prallte ab.\n\nDer 53-Jährige sagte, er freue sich auf die Sendung.",
			want: []want{{"er freue sich auf die Sendung", "Karl Bauer", "sagte", "Der 53-Jährige", false, false}}},
		{name: "guard: an adverb opening the sentence before",
			text: "Der Moderator Karl Bauer übernahm die Show. Schließlich zahlte sich das aus.\n\nDer 53-Jährige sagte, er freue sich auf die Sendung.",
			want: []want{{"er freue sich auf die Sendung", "Karl Bauer", "sagte", "Der 53-Jährige", false, false}}},
	})
}
