package quote

import "testing"

// TestQuestionLeadInPronoun1400 (issue 12, fresh seed 1400): "Auf die Frage, ob …
// seien, antwortete er: „…“" after a report of his was taken for an indirect quotation
// carrying on that report: the Konjunktiv is in the question put to him, and the sentence is
// the frame of the answer after the colon, whoever its subject is (a pronoun as much as a
// name). Guard: a Konjunktiv of the main clause after such a question stays his report.
// Sentences we wrote.
func TestQuestionLeadInPronoun1400(t *testing.T) {
	const lead = "Der Abgeordnete Karl Bauer gab der Zeitung ein langes Interview. „Ich bleibe bei meiner Meinung“, sagte Bauer. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a pronoun after the verb",
			text: lead + "Auf die Frage, ob die Reform gescheitert sei, antwortete er: „Davon kann keine Rede sein.“",
			not:  []string{"Auf die Frage, ob die Reform gescheitert sei, antwortete er"},
			want: []want{{"Davon kann keine Rede sein.", "Karl Bauer", "antwortete", "er", true, false}}},
		{name: "an epithet after the verb",
			text: lead + "Auf die Frage, wann die Reform komme, sagte der 52-Jährige: „Im Herbst.“",
			not:  []string{"Auf die Frage, wann die Reform komme, sagte der 52-Jährige"}},
		{name: "guard: a Konjunktiv after the question",
			text: lead + "Auf die Frage nach der Reform sagte er, sie sei nicht gescheitert.",
			want: []want{{"sie sei nicht gescheitert", "Karl Bauer", "sagte", "er", false, false}}},
	})
}

// TestGenitiveBeforeJoinedNounSpeaker1400 (issue 12, fresh seed 1400): "Sommers
// Albtraum-Rückkehr" was one person to the entity stage, so a pronoun after it had a "person"
// of unknown sex to stop at and found no speaker, or that phrase for one. The genitive is now
// the name, and the pronoun finds Paul Sommer. Sentences we wrote.
func TestGenitiveBeforeJoinedNounSpeaker1400(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a surname's genitive before a hyphenated noun",
			text: "Der Verteidiger Paul Sommer kehrte nach Bremen zurück. Sommers Albtraum-Rückkehr endete mit einem 1:5. Der Verteidiger stellte sich danach den Fragen. „Ich habe gewusst, was hier auf mich zukommt“, sagte er.",
			want: []want{{"Ich habe gewusst, was hier auf mich zukommt", "Paul Sommer", "sagte", "er", true, false}}},
	})
}
