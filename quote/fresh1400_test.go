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

// TestNameWrittenInMarks1400 (issue 12, fresh seed 1400): "erklärten, dass die Band
// vertraglich an „Abend total“ gebunden sei" gave the show's name to the speaker as a
// quotation. A short phrase the article writes in quotation marks four times or more is a
// name it goes on writing so (a show, a work, a storm), nobody's words. Guards: a sentence
// in the marks is a saying quoted again and stays, and so does a phrase quoted twice.
// Sentences we wrote.
func TestNameWrittenInMarks1400(t *testing.T) {
	const show = "Die Band spielt seit Jahren bei „Abend total“. Die Show „Abend total“ läuft donnerstags. Mit „Abend total“ feierte der Sender Erfolge. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a show's name for the fourth time",
			text: show + "Der Sender Kanal Neun erklärte jedoch, dass die Band vertraglich an „Abend total“ gebunden sei.",
			not:  []string{"Abend total"},
			want: []want{{"dass die Band vertraglich an „Abend total“ gebunden sei", "Kanal Neun", "erklärte", "Der Sender Kanal Neun", false, false}}},
		{name: "guard: a sentence quoted again",
			text: "Ihr Satz „Wir schaffen es.“ ging um die Welt. Der Satz „Wir schaffen es.“ blieb. Viele zitierten „Wir schaffen es.“ spöttisch. Die Kanzlerin Eva Roth sagte: „Wir schaffen es.“",
			want: []want{{"Wir schaffen es.", "Eva Roth", "sagte", "Die Kanzlerin Eva Roth", true, false}}},
		{name: "guard: a phrase quoted twice",
			text: "Über den „Verrat“ wird seit Tagen gestritten. Der Minister Karl Bauer sprach von „Verrat“ an den Wählern.",
			want: []want{{"Verrat", "Karl Bauer", "sprach", "Der Minister Karl Bauer", true, true}}},
	})
}

// TestGivenNameGenitiveAntecedent1400 (issue 12, fresh seed 1400): "Heidis Final-Outfits"
// was a person to the entity stage, and the pronoun of "wie sie in mehreren Interviews
// erzählt" named that phrase. With the genitive cut from its noun, a given name's genitive
// ("Lenas Alter") is the one person of that given name the article names in full, so the
// pronoun finds her, not a woman named a paragraph before. Guard: a genitive that is itself a
// given name ("Andreas") stays no one's but its own. Sentences we wrote.
func TestGivenNameGenitiveAntecedent1400(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a given name's genitive",
			text: "Die Moderatorin Lena Sommer feiert Jubiläum.\n\nIm ersten Jahr gewann Eva Roth die Show.\n\nMit jedem Jahr wurden Lenas Final-Outfits gewagter. Online wird Lenas Alter oft kommentiert. Doch das stört die Moderatorin nicht, wie sie in Interviews erzählt.",
			want: []want{{"Doch das stört die Moderatorin nicht", "Lena Sommer", "erzählt", "sie in Interviews", false, false}}},
	})
}
