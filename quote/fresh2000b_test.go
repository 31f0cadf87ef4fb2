package quote

import (
	"strings"
	"testing"
)

// TestSharedColonCue2000b (issue 12, fresh seed 2000): "Es sei wichtig gewesen, den Kopf
// freizubekommen, sagte Löwen-Torschütze X: „…“" ran the report over its own cue and source
// up to the colon, and coreference gave it to the club; the report before the comma shares
// the cue and source of the direct quotation after the colon. A question put before the cue
// ("Auf die Frage, wem er … würde, antwortete X:") reports nothing. Sentences we wrote.
func TestSharedColonCue2000b(t *testing.T) {
	const club = "Die Nordstädter Löwen gewannen am Sonntag gegen den SV Hafenberg. Die Nordstädter Löwen haben nun 20 Punkte. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "the titled name after the shared cue speaks",
			text: club + "Nach der Niederlage in Madrid sei es wichtig gewesen, den Kopf freizubekommen, sagte Löwen-Torschütze Paul Grommer: „Wir haben uns vorbereitet wie auf jedes andere Spiel.“",
			want: []want{
				{"Nach der Niederlage in Madrid sei es wichtig gewesen, den Kopf freizubekommen", "Paul Grommer", "sagte", "Löwen-Torschütze Paul Grommer", false, false},
				{"Wir haben uns vorbereitet wie auf jedes andere Spiel.", "Paul Grommer", "sagte", "Löwen-Torschütze Paul Grommer", true, false}}},
		{name: "a pronoun after the shared cue",
			text: "Die Ministerin Karla Brenner sprach in Kiel. Deutschland drohe ein anderes Land zu werden, warnte sie: „Wir müssen jetzt handeln.“",
			want: []want{{"Deutschland drohe ein anderes Land zu werden", "Karla Brenner", "warnte", "sie", false, false}}},
	})
	an := runFull(paragraphs("t", "Der Sänger Tom Ried war zu Gast. Auf die Frage, wem er einen Gebrauchtwagen abkaufen würde, antwortete Ried: „Meinem Nachbarn.“"), dePack)
	for _, q := range an.Quotes {
		if strings.HasPrefix(q.Text, "Auf die Frage") {
			t.Errorf("the question put reported as a quotation: %q", q.Text)
		}
	}
	an = runFull(paragraphs("t", "Die Läuferin Anna Kehr gewann. „Ich habe auf meinen Sprint vertraut“, sagte Kehr im Anschluss: „Auf den letzten Metern bin ich gelaufen.“"), dePack)
	for _, q := range an.Quotes {
		if !q.Direct {
			t.Errorf("quoted words reported once more: %q", q.Text)
		}
	}
}

// TestOwnInRelative2000b (issue 12, fresh seed 2000): "Ihr Vater, den sie nach eigenen Angaben
// nie „Papa“ nennt, habe …" gave the report to the father: "nach eigenen Angaben" in a
// relative or subordinate clause with a subject of its own is that subject's, never the main
// clause's. A relative pronoun that is the subject itself still refers back. Sentences we wrote.
func TestOwnInRelative2000b(t *testing.T) {
	const lead = "Die Moderatorin Lena Hofer spricht offen über ihre Kindheit. "
	noSpeakerNamed(t, lead+"Ihr Vater Karl Brandt, den sie nach eigenen Angaben bis heute nicht „Papa“ nennt, habe daher ihr die Annäherung überlassen.", "", "Karl Brandt")
	runQuoteCasesFull(t, []quoteCase{
		{name: "guard: the relative pronoun is the subject",
			text: "Der Trainer Karl Brandt will wenig ändern. Brandt, der nach eigenen Worten „so wenig wie möglich“ ändern wollte, bekommt so die Chance, neue Spieler zu sehen.",
			want: []want{{"so wenig wie möglich", "Karl Brandt", "*", "Brandt", true, true}}},
		{name: "guard: the phrase in the main clause",
			text: "Der Bauzulieferer Kalkwerk Nord, der seit 1950 in Familienbesitz ist, betreibt nach eigenen Angaben mehr als 300 Werke.",
			want: []want{{"Der Bauzulieferer Kalkwerk Nord, der seit 1950 in Familienbesitz ist, betreibt nach eigenen Angaben mehr als 300 Werke", "*", "nach eigenen Angaben", "*", false, false}}},
	})
}

// TestAskerNoSpeaker2000b (issue 12, fresh seed 2000): "Auf Nachfrage von KORTEN.MEDIA teilte
// eine Sprecherin mit" named the outlet, split at the dot: the phrase before the verb is the
// whole dotted name, and a name after a noun of asking and "von" is who asked, never who
// answered. Sentences we wrote.
func TestAskerNoSpeaker2000b(t *testing.T) {
	const text = "Netzausfall bei 3&3: Störung zunächst behoben.\n\nAuf Nachfrage von KORTEN.MEDIA teilte eine 3&3-Sprecherin mit: „Im Zuge eines Updates kam es zu einer Störung. Wir arbeiten mit Hochdruck daran.“"
	noSpeakerNamed(t, text, "Im Zuge", "KORTEN.MEDIA")
	noSpeakerNamed(t, "Die Stadt Nordheim hat gebaut. Auf Anfrage von Kai Holm teilte eine Sprecherin der Stadt mit: „Die Arbeiten sind beendet.“", "Die Arbeiten", "Kai Holm")
}

// TestFrontedPhrase2000b (issue 12, fresh seed 2000): "Mit Blick auf die Grünen, deren Einzug
// offen ist, sagte er, man müsse schauen, …" took the fronted phrase as the words: when the
// speech verb and its subject go on after a comma with a clause of their own in the
// Konjunktiv, that clause is the message. "Die Lage, sagte er, sei ernst" stays one message
// around the verb. Sentences we wrote.
func TestFrontedPhrase2000b(t *testing.T) {
	const lead = "Der Ministerpräsident Karl Woller will mit der CDU reden. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "the clause after the subject is the message",
			text: lead + "Mit Blick auf die Grünen, deren Einzug in den Landtag noch nicht klar ist, sagte er, man müsse schauen, ob es weitere Partner brauche.",
			want: []want{{"man müsse schauen, ob es weitere Partner brauche", "Karl Woller", "sagte", "er", false, false}},
			not:  []string{"Mit Blick auf die Grünen, deren Einzug in den Landtag noch nicht klar ist"}},
		{name: "a name after the verb",
			text: lead + "Mit Blick auf die Wahl, deren Ausgang offen ist, sagt Woller, man werde mit allen reden.",
			want: []want{{"man werde mit allen reden", "Karl Woller", "sagt", "Woller", false, false}},
			not:  []string{"Mit Blick auf die Wahl, deren Ausgang offen ist"}},
	})
}

// TestReflexiveComment2000b (issue 12, fresh seed 2000): "Nun zeigt er sich deutlich schlanker,
// was seine Chancen verbessern könnte" took the reporter's comment for his words: after a
// verb that speaks only with "sich", "was" after a comma opens a comment on the clause. A
// "dass" clause after it still reports. Sentences we wrote.
func TestReflexiveComment2000b(t *testing.T) {
	const lead = "Der Verteidiger Niko Saller soll acht Kilo abgenommen haben. "
	an := runFull(paragraphs("t", lead+"Nun zeigt er sich deutlich schlanker und fitter, was seine Einsatzchancen unter dem neuen Trainer verbessern könnte."), dePack)
	for _, q := range an.Quotes {
		t.Errorf("the comment reported as a quotation: %q", q.Text)
	}
	runQuoteCasesFull(t, []quoteCase{
		{name: "guard: a dass clause after the reflexive verb",
			text: lead + "Er zeigte sich überzeugt, dass die Mannschaft aufsteigen werde.",
			want: []want{{"dass die Mannschaft aufsteigen werde", "Niko Saller", "zeigte", "Er", false, false}}},
	})
}
