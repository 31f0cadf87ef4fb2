package quote

import (
	"strings"
	"testing"
)

// noSpeakerNamed fails when a quotation of text that starts with prefix is given to name.
func noSpeakerNamed(t *testing.T, text, prefix, name string) {
	t.Helper()
	an := runFull(paragraphs("t", text), dePack)
	for _, q := range an.Quotes {
		if strings.HasPrefix(q.Text, prefix) && q.Speaker == name {
			t.Errorf("%q: %q named as the speaker", q.Text, name)
		}
	}
}

// TestPlatformNoSpeaker1900 (issue 12, fresh seed 1900): "…, hieß es in einem Aufruf auf der
// Plattform X" named the platform: a name right after a platform noun ("der Plattform X", "dem
// Kurznachrichtendienst X"), or a platform's name right after a preposition ("auf X", "bei
// Instagram"), is where the words were posted, never who posted them (quote_platforms). A
// "Nachrichtenplattform" is a medium with news of its own and still speaks. Sentences we wrote.
func TestPlatformNoSpeaker1900(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "an impersonal report on a platform names nobody",
			text: "Fans des FC Nordheim haben zu einem Protest vor dem Stadion aufgerufen. Alle Anhänger seien eingeladen, in Schwarz zu erscheinen, hieß es in einem Aufruf auf der Plattform X.",
			want: []want{{"Alle Anhänger seien eingeladen, in Schwarz zu erscheinen", "", "hieß", "*", false, false}}},
		{name: "an unnamed spokesman on a short message service names nobody",
			text: "Der Veteran Paul Obermeier ist gestorben. „Wir trauern um einen großen Mann“, schrieb ein Sprecher der Stiftung für Veteranen auf dem Kurznachrichtendienst X.",
			want: []want{{"Wir trauern um einen großen Mann", "", "schrieb", "*", true, false}}},
		{name: "guard: the person posting on the platform speaks",
			text: "Die Ministerin Karla Brenner hat den Angriff verurteilt. Das sei ein Angriff auf alle Demokraten, schrieb Brenner auf der Plattform X.",
			want: []want{{"Das sei ein Angriff auf alle Demokraten", "Karla Brenner", "schrieb", "*", false, false}}},
		{name: "guard: a news platform is a medium that speaks",
			text: "In der Hafenstadt Korvik hat es mehrere Explosionen gegeben. Dort seien fünf Menschen verletzt worden, berichtet die dänische Nachrichtenplattform Nordlys.",
			want: []want{{"Dort seien fünf Menschen verletzt worden", "*", "berichtet", "*", false, false}}},
	})
	noSpeakerNamed(t, "Fans des FC Nordheim haben zu einem Protest aufgerufen. Alle Anhänger seien eingeladen, in Schwarz zu erscheinen, hieß es in einem Aufruf auf der Plattform X.", "Alle", "X")
	noSpeakerNamed(t, "Das Festival in Lindau fällt aus. Das Wetter sei zu gefährlich, teilten die Veranstalter bei Instagram mit.", "Das Wetter", "Instagram")
}

// TestColonAfterSubordinate1900 (issue 12, fresh seed 1900): "Prinzessin Kate gratulierte ihm
// später, bevor er sich den Fans präsentierte: „…“" gave the short wish to "er" of the
// subordinate clause right before the colon: after a main clause that opens with a named
// person, the subject of the subordinate clause is not who speaks after the colon; the named
// person is. Sentences we wrote.
func TestColonAfterSubordinate1900(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the named subject of the main clause speaks",
			text: "„Das ist ein Traum“, sagte Jonas Feldberg nach dem Finale. Königin Margit gratulierte ihm später noch einmal, bevor er sich den Fans auf dem Balkon zeigte: „Genieße den Sieg.“",
			want: []want{{"Genieße den Sieg.", "Margit", "", "Königin Margit", true, false}}},
		{name: "guard: without a named main subject the pronoun before the colon still speaks",
			text: "Jonas Feldberg gewann das Finale in drei Sätzen. Später, als er den Pokal in die Höhe hielt, legte er nach: „Das ist der schönste Tag meiner Karriere.“",
			want: []want{{"Das ist der schönste Tag meiner Karriere.", "Jonas Feldberg", "", "er", true, false}}},
	})
	noSpeakerNamed(t, "„Das ist ein Traum“, sagte Jonas Feldberg nach dem Finale. Königin Margit gratulierte ihm später noch einmal, bevor er sich den Fans auf dem Balkon zeigte: „Genieße den Sieg.“", "Genieße", "Jonas Feldberg")
}

// TestCounterMove1900 (issue 12, fresh seed 1900): "Zverev kommt mit einem Longline nicht
// vorbei, Goffin kontert mit einem Volley" took the clause before as Goffin's words: a verb
// that names a move as well as a retort (quote_actverbs: "kontert") is no speech verb when its
// preposition opens a phrase whose noun is no speech noun; "konterte mit den Worten" still
// speaks. Sentences we wrote.
func TestCounterMove1900(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a shot is no retort",
			text: "Im dritten Satz wird es eng. Karl Berger kommt mit einem Stopp nicht durch, Tom Hallerud kontert mit einem Volley. Der Satz geht weiter.",
			not:  []string{"Karl Berger kommt mit einem Stopp nicht durch"}},
		{name: "guard: a retort with words still speaks",
			text: "Die Ministerin Karla Brenner wurde scharf kritisiert. Brenner konterte mit den Worten, die Kritik sei völlig haltlos.",
			want: []want{{"die Kritik sei völlig haltlos", "Karla Brenner", "*", "*", false, false}}},
	})
	noSpeakerNamed(t, "Im dritten Satz wird es eng. Karl Berger kommt mit einem Stopp nicht durch, Tom Hallerud kontert mit einem Volley. Der Satz geht weiter.", "Karl Berger", "Tom Hallerud")
}

// TestSharedSurname1900 (issue 12, fresh seed 1900): "sagte Mischa Zverev" was folded into
// "Alexander Zverev", the player the article names throughout: the subject of a speech verb
// given in full, whose first word the text elsewhere uses alone as a name after a noun
// ("Bruder Mischa und …"), is the person so named; a bare surname still means the fuller name
// the text gives. A role noun before the surname ("sagte Stadtbrandmeister Kühn") stays the
// person named in full. Sentences we wrote.
func TestSharedSurname1900(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "the brother named in full speaks, the bare surname is the player",
			text: "Der Tennisspieler Alexander Brandauer hat sein Spiel verloren. Alexander Brandauer war krank. „Ich darf nichts sagen“, sagte Brandauer.\n\nBruder Jorrit und der Trainer standen hinter den Journalisten. „Da werden wir nichts sagen“, sagte Jorrit Brandauer.\n\n„Ich will am Sonntag spielen“, sagte Brandauer später.",
			want: []want{
				{"Da werden wir nichts sagen", "Jorrit Brandauer", "sagte", "Jorrit Brandauer", true, false},
				{"Ich will am Sonntag spielen", "Alexander Brandauer", "sagte", "Brandauer", true, false},
			}},
		{name: "guard: a role noun before the surname is the person named in full",
			text: "Der Einsatz dauerte die ganze Nacht, sagte Stadtbrandmeister Nils Kühnert dem Sender. „Die Helfer sind sehr motiviert“, sagte Stadtbrandmeister Kühnert.",
			want: []want{{"Die Helfer sind sehr motiviert", "Nils Kühnert", "sagte", "*", true, false}}},
	})
}

// TestCaptionSpeaker1900 (issue 12, fresh seed 1900): a paragraph of a quotation followed by
// "HSV-Coach Steffen Baumgart" alone gave the words to the penalty scorer of the paragraph
// before: a name that, with at most a role, a possessive or a parenthesis, stands alone after a
// quotation opening its paragraph is the caption of the voice and speaks. Sentences we wrote.
func TestCaptionSpeaker1900(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a role and a name after the quotation",
			text: "Der FC Nordheim verlor in Lindau. Mats Ebner verwandelte zwei Elfmeter.\n\n\"Mit der Roten Karte verändert sich so ein Spiel natürlich extrem.\" Nordheim-Trainer Paul Obermeier\n\nDas Rückspiel folgt im Mai.",
			want: []want{{"Mit der Roten Karte verändert sich so ein Spiel natürlich extrem.", "Paul Obermeier", "", "Nordheim-Trainer Paul Obermeier", true, false}}},
		{name: "a name and a parenthesis",
			text: "Der Tennisspieler Karl Brandauer gewann in drei Sätzen.\n\n\"Wir wollen am Ende des Jahres ganz oben stehen.\" Karl Brandauer (an sein Team gerichtet)\n\nDas nächste Turnier beginnt am Montag.",
			want: []want{{"Wir wollen am Ende des Jahres ganz oben stehen.", "Karl Brandauer", "", "*", true, false}}},
	})
	noSpeakerNamed(t, "Der FC Nordheim verlor in Lindau. Mats Ebner verwandelte zwei Elfmeter.\n\n\"Mit der Roten Karte verändert sich so ein Spiel natürlich extrem.\" Nordheim-Trainer Paul Obermeier\n\nDas Rückspiel folgt im Mai.", "Mit der Roten", "Mats Ebner")
}
