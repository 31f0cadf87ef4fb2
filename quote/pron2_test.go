package quote

import "testing"

// TestPronounAfterPerspectiveHolder (issue 12, pron2 audit of pronoun sources left empty on
// the German stream): the person whose view or concern a sentence gives through a genitive or
// a fronted "für" phrase ("nach Einschätzung des Professors X", "Für den Geschäftsführer, X,")
// is whom a following "sagte er" goes on with. Sentences we wrote.
func TestPronounAfterPerspectiveHolder(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "nach Einschätzung des NAME",
			text: "Nach Einschätzung des Politikprofessors Jonas Brandt hat die Regierung ihre Ziele fast erreicht. „Die Opposition ist praktisch am Ende“, sagte er. Die Wahl folge im Mai.",
			want: []want{{"Die Opposition ist praktisch am Ende", "Jonas Brandt", "sagte", "er", true, false}}},
		{name: "für den ROLE, NAME,",
			text: "Für den Geschäftsführer der Handelskammer, Gerd Jansen, ist die Ansiedlung ein Gewinn. Er sprach von einem „großen Schritt für die Region“.",
			want: []want{{"großen Schritt für die Region", "Gerd Jansen", "sprach", "Er", true, true}}},
	})
}

// TestPronounLoneGivenName (issue 12, pron2): a person the text calls by a given name alone
// ("Nicole", "Anna-Maria") was of unknown sex, too weak a word to
// resolve "sagte sie", so the quotation kept no speaker; the given name's usual sex now agrees
// with the pronoun. A title or role noun beside the name outweighs it, and a given name that
// opens a fuller name of the text, or stands beside another name word the tagger cut off,
// says nothing. Sentences we wrote.
func TestPronounLoneGivenName(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a singer known by her given name, a man named between",
			text: "Mit 16 landete Nicole ihren ersten Hit. Schon mit 14 hatte Nicole ihren Mann gefunden: den Mechaniker Bernd Kolbe. „Es traf mich wie ein Blitz“, beschrieb sie den Tag.",
			want: []want{{"Es traf mich wie ein Blitz", "Nicole", "beschrieb", "sie", true, false}}},
		{name: "a hyphenated given name, a man named between",
			text: "Anna-Maria ist begeistert von dem Ort. Ihr Mann Karl Brenner fährt Ski. In ihrer Story schwärmte sie: „Was für ein Leben!“",
			want: []want{{"Was für ein Leben!", "Anna-Maria", "schwärmte", "sie", true, false}}},
		{name: "a man by his given name alone does not stand in the way",
			text: "Nicole hat gewonnen. Mit Nicole, die aus Kiel kommt, sprach Paul. „Wir bleiben bis zum Schluss“, sagte sie.",
			want: []want{{"Wir bleiben bis zum Schluss", "Nicole", "sagte", "sie", true, false}}},
		{name: "a man by his given name",
			text: "Ricky, der aus Goslar zum Festival anreiste, war unschlüssig. Er lobte jedoch die Veranstalter: „Es gab klare Ansagen.“",
			want: []want{{"Es gab klare Ansagen.", "Ricky", "lobte", "Er", true, false}}},
		{name: "guard: a role noun outweighs the given name",
			text: "Auch Umweltministerin Walker lobte die Helfer. Sie verwies auf „die Bedeutung von Dämmen“.",
			want: []want{{"die Bedeutung von Dämmen", "Walker", "verwies", "Sie", true, true}}},
	})
}

// TestPronounNotWhomTheQuotationNames (issue 12, pron2): a person the quotation itself speaks
// of ("„Ich werde Karl Brenner unterstützen“, sagte er") is not who says it; the pronoun goes
// on with the other person named before who agrees, who was left open while two men stood in
// the paragraph. When no one else could be meant, the speaker named themselves. Sentences we
// wrote.
func TestPronounNotWhomTheQuotationNames(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "support from another",
			text: "Unterstützung erhielt Karl Brenner auch von Landrat Paul Weber. „Ich werde Karl Brenner mit aller Kraft unterstützen“, sagte er.",
			want: []want{{"Ich werde Karl Brenner mit aller Kraft unterstützen", "Paul Weber", "sagte", "er", true, false}}},
		{name: "condemning an attack on another",
			text: "Bürgermeister Olaf Berger hat den Angriff auf Jonas Klee verurteilt. „Der Angriff auf Jonas Klee erschüttert mich sehr“, schrieb er.",
			want: []want{{"Der Angriff auf Jonas Klee erschüttert mich sehr", "Olaf Berger", "schrieb", "er", true, false}}},
		{name: "guard: a speaker who names herself, no one else who could be",
			text: "Am Abend tritt Anna Berg in Talheim auf. „Dann verkleide ich mich als Anna Berg und gehe auf die Bühne“, erzählt sie.",
			want: []want{{"Dann verkleide ich mich als Anna Berg und gehe auf die Bühne", "Anna Berg", "erzählt", "sie", true, false}}},
		{name: "guard: the name in a quotation of another sentence",
			text: "„Jonas Klee ist ein Vorbild“, hatte Olaf Berger gesagt. Am Abend kam Jonas Klee nach Talheim. „Ich freue mich“, sagte er.",
			want: []want{{"Ich freue mich", "Jonas Klee", "sagte", "er", true, false}}},
	})
}

// TestPronounAfterFocusedSubject (issue 12, pron2): "Auch Trainer Jonas Brandt war …
// zufrieden. Er räumte ein: „…“" left the pronoun open when another man had spoken just
// before, because the subject of the sentence before, which carries on, was not read behind
// the adverb "Auch" that opens it. Sentences we wrote.
func TestPronounAfterFocusedSubject(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "Auch ROLE NAME",
			text: "Abwehrspieler Tom Kessler war nach der Partie „über das Ergebnis sehr unglücklich“, lobte sein Team aber.\n\nAuch Trainer Jonas Brandt war mit der „Leistung sehr zufrieden“. Er räumte aber auch ein: „Wir sind am Ende ein bisschen traurig.“",
			want: []want{{"Wir sind am Ende ein bisschen traurig.", "Jonas Brandt", "räumte", "Er", true, false}}},
		{name: "guard: the subject after the verb, read as before",
			text: "Abwehrspieler Tom Kessler war nach der Partie „über das Ergebnis sehr unglücklich“, lobte sein Team aber.\n\nAuch war Trainer Jonas Brandt mit der Leistung zufrieden. Er räumte aber auch ein: „Wir sind am Ende ein bisschen traurig.“",
			want: []want{{"Wir sind am Ende ein bisschen traurig.", "Jonas Brandt", "räumte", "Er", true, false}}},
	})
}
