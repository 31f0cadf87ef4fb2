package quote

import "testing"

// TestAgeEpithetContinuesSpeaker46 (stop 33b, issue 12): an age epithet after a quotation
// ("„…“, ergänzte der 70-Jährige") was resolved to the last person named, the subject of a
// reported sentence in between ("Weber habe … gezeigt"), while the quotations before were
// another person's. The subject of a report without marks is what the speaker said, not who
// speaks: the speaker of the report carries on. An epithet with an age must agree with an age
// the text gives that person; otherwise nobody. Guards: an epithet right after a plain
// sentence about its person; the text gives the age to the person named last. Sentences we
// wrote.
func TestAgeEpithetContinuesSpeaker46(t *testing.T) {
	const lead = "Der Präsident Recep Kaya sprach nach dem Spiel mit Reportern. „Ich bin stolz auf die Mannschaft“, sagte Kaya. „Sie hat alles gegeben.“ "
	const report = "Verteidiger Tom Weber habe in der zweiten Hälfte gezeigt, wie wichtig er für das Team sei. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "the speaker of the report carries on",
			text: lead + report + "„Wir werden weiter kämpfen“, ergänzte der 70-Jährige.",
			want: []want{{"Wir werden weiter kämpfen", "Recep Kaya", "ergänzte", "der 70-Jährige", true, false}}},
		{name: "a pronoun too",
			text: lead + report + "„Wir werden weiter kämpfen“, ergänzte er.",
			want: []want{{"Wir werden weiter kämpfen", "Recep Kaya", "ergänzte", "er", true, false}}},
		{name: "the speaker's age disagrees: nobody",
			text: "Der Präsident Recep Kaya (65) sprach nach dem Spiel mit Reportern. „Ich bin stolz auf die Mannschaft“, sagte Kaya. " + report + "„Wir werden weiter kämpfen“, ergänzte der 70-Jährige.",
			want: []want{{"Wir werden weiter kämpfen", "", "ergänzte", "der 70-Jährige", true, false}}},
		{name: "guard: the speaker's age agrees",
			text: "Der Präsident Recep Kaya (70) sprach nach dem Spiel mit Reportern. „Ich bin stolz auf die Mannschaft“, sagte Kaya. " + report + "„Wir werden weiter kämpfen“, ergänzte der 70-Jährige.",
			want: []want{{"Wir werden weiter kämpfen", "Recep Kaya", "ergänzte", "der 70-Jährige", true, false}}},
		{name: "guard: the age given to the person named last",
			text: "Der Präsident Recep Kaya sprach nach dem Spiel mit Reportern. „Ich bin stolz auf die Mannschaft“, sagte Kaya. Verteidiger Tom Weber (30) habe gezeigt, wie wichtig er sei. „Wir werden weiter kämpfen“, ergänzte der 30-Jährige.",
			want: []want{{"Wir werden weiter kämpfen", "Tom Weber", "ergänzte", "der 30-Jährige", true, false}}},
		{name: "guard: a plain sentence about the person",
			text: "Der Unternehmer Max Stein eröffnete die neue Halle. „Wir haben lange darauf gewartet“, sagte der 58-Jährige.",
			want: []want{{"Wir haben lange darauf gewartet", "Max Stein", "sagte", "der 58-Jährige", true, false}}},
	})
}

// TestDativeObjectBeforeEpithet46 (stop 33b, issue 12, fresh seed 700): "Paul Sommer ist seinem
// Bruder Karl Sommer gefolgt. „…“, sagte der 56-Jährige" gave the brother, named last as a
// dative object; and "tritt der Weltranglisten-Vierte gegen den Briten Tom Weber an. „…“, sagte
// er" the opponent, named after a preposition and an article. Like a person after a
// preposition, they are not whom the sentence is about: its subject, a person who agrees,
// carries on, and when it names none, nobody. Guard: a subject in the dative's place ("Anna
// Berg sprach mit Karl Huber. „…“, sagte er" stays Huber's by sex). Sentences we wrote.
func TestDativeObjectBeforeEpithet46(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a dative object after a possessive",
			text: "Der Schauspieler Paul Sommer ist seinem Bruder Karl Sommer früher oft gefolgt. „Ich war jung und wollte alles sehen, was er macht“, sagte der 56-Jährige im Radio.",
			want: []want{{"Ich war jung und wollte alles sehen, was er macht", "Paul Sommer", "sagte", "*", true, false}}},
		{name: "a preposition before the article",
			text: "Auf Karl Bauer wartet am Samstag eine leichte Aufgabe. Am Samstag tritt der Weltranglisten-Vierte gegen den Briten Tom Weber an. „Es tut mir leid, ich muss eure Herzen brechen“, sagte er.",
			want: []want{{"Es tut mir leid, ich muss eure Herzen brechen", "", "sagte", "er", true, false}}},
		{name: "guard: the sex tells",
			text: "Anna Berg sprach am Montag mit Karl Huber. „Das wird schwierig“, sagte er.",
			want: []want{{"Das wird schwierig", "Karl Huber", "sagte", "er", true, false}}},
	})
}

// TestLautQualifiesQuotedWord46 (stop 33b, issue 12): "…, heizen das laut Polizei
// „Hochrisikospiel“ an" gave a reported quotation of the police whose message was the clause
// cut before the cue ("Die Sperre … heizen das"). "laut X" between an article and the words in
// quotation marks it introduces qualifies those words: they are a partial quotation of X, the
// clause is the author's. Guards: "laut" qualifying the clause; a relative clause after a comma
// ("…, das laut X …"). Sentences we wrote.
func TestLautQualifiesQuotedWord46(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "one word in marks",
			text: "Die Sperre für zwei Spiele und die hohe Strafe für den Verein heizen das laut Polizei „Hochrisikospiel“ zusätzlich an.",
			want: []want{{"Hochrisikospiel", "Polizei", "laut", "Polizei", true, true}},
			not:  []string{"Die Sperre für zwei Spiele und die hohe Strafe für den Verein heizen das"}},
		{name: "several words in marks",
			text: "Die beiden Vereine bereiten sich auf das laut Polizei „gefährlichste Spiel des Jahres“ vor.",
			want: []want{{"gefährlichste Spiel des Jahres", "Polizei", "laut", "Polizei", true, true}},
			not:  []string{"„gefährlichste Spiel des Jahres“ vor"}},
		{name: "guard: laut qualifies the clause",
			text: "Die Fans wollen laut Polizei am Samstag durch die Innenstadt ziehen.",
			want: []want{{"Die Fans wollen laut Polizei am Samstag durch die Innenstadt ziehen", "Polizei", "laut", "Polizei", false, false}}},
	})
}

// TestFrameAfterFragment46 (stop 33b, issue 12, fresh seed 700): a fragment in a sentence
// opening with "Für" and a person was given to that person although a "wie" frame after it
// names who said it ("Für den Designer Karl Bauer ist …, da er „…“, wie Experte Tom Weber
// prophezeite"); "prophezeien" was no speech verb. And a colon after a "dass" clause ("Das liegt
// daran, dass Karl Bauer seine Rolle beherrscht: „…“") named the person of the clause as the
// speaker of the words after it, a critic's. Guard: a main clause before the colon. Sentences
// we wrote.
func TestFrameAfterFragment46(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a wie frame after the fragment",
			text: "Für den Designer Karl Bauer ist die Krise ein Problem, da er „ein Mensch ist, der sich das nicht lange antun wird“, wie der Experte Tom Weber bereits im März voraussagte.",
			not:  []string{"ein Mensch ist, der sich das nicht lange antun wird"}},
		{name: "prophezeite frames",
			text: "Der Experte Tom Weber prophezeite bereits im März einen Abgang: „Er wird das nicht lange mitmachen.“",
			want: []want{{"Er wird das nicht lange mitmachen.", "Tom Weber", "prophezeite", "*", true, false}}},
		{name: "a colon after a dass clause",
			text: "Der Film gefällt, weil er sich auf seinen Hauptdarsteller verlassen kann. Das liegt daran, dass Karl Bauer seine Rolle beherrscht: „Bei ihm wirkt selbst der Killer sympathisch.“",
			want: []want{{"Bei ihm wirkt selbst der Killer sympathisch.", "", "", "", true, false}}},
		{name: "guard: a main clause before the colon",
			text: "Kurz darauf legt Karl Bauer nach: „Bei ihm wirkt selbst der Killer sympathisch.“",
			want: []want{{"Bei ihm wirkt selbst der Killer sympathisch.", "Karl Bauer", "", "*", true, false}}},
	})
}

// TestNameAfterPrepArticle46 (stop 33b, issue 12, fresh seed 700): a place name in quotation
// marks after a preposition and an article ("empfiehlt Treff an der „Avenida de Brasil
// Tetuán“") was a partial quotation of the clause's subject; after a preposition alone it was
// already a name. Guard: quoted words that open in lower case stay a partial quotation.
// Sentences we wrote.
func TestNameAfterPrepArticle46(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "preposition and article",
			text: "Karl Bauer sprach lange über die „Avenida de Brasil Tetuán“ und lobte sie.",
			not:  []string{"Avenida de Brasil Tetuán"}},
		{name: "in a report",
			text: "Der Trainer Karl Bauer empfiehlt allen Fans einen Treff an der „Avenida de Brasil Tetuán“.",
			not:  []string{"Avenida de Brasil Tetuán"}},
		{name: "guard: words in lower case",
			text: "Karl Bauer sprach lange über die „schwere Zeit für alle im Verein“ und lobte die Fans.",
			want: []want{{"schwere Zeit für alle im Verein", "Karl Bauer", "sprach", "*", true, true}}},
	})
}

// TestAppositionAfterCueSource46 (stop 33b, issue 12, fresh seed 700): "Die Festrede hält nach
// Angaben der Veranstalter Anna Roth, die Landesvorsitzende der Gewerkschaft" gave the
// apposition after the name as what the source said: words after the source's comma that open
// with an article and hold no clause, up to the end, are an apposition, no report. Guards: a
// clause after the comma ("…, die Gewerkschaft werde gestärkt"); a cue between commas (",
// laut Verwaltung, das Ordnungsamt …").
// Sentences we wrote.
func TestAppositionAfterCueSource46(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "an apposition to the name",
			text: "Die Festrede zum Tag der Arbeit hält nach Angaben der Veranstalter Anna Roth, die Landesvorsitzende der Gewerkschaft der Polizei (GdP).",
			not:  []string{"die Landesvorsitzende der Gewerkschaft der Polizei (GdP"}},
		{name: "guard: the cue between commas",
			text: "Bei mehr Parkplätzen müsse, laut Verwaltung, das Ordnungsamt auch mehr kontrollieren.",
			want: []want{{"das Ordnungsamt auch mehr kontrollieren", "*", "laut", "Verwaltung", false, false}}},
		{name: "guard: a clause after the name's comma",
			text: "Die Festrede hält nach Angaben der Veranstalter Anna Roth, die Gewerkschaft werde gestärkt.",
			want: []want{{"die Gewerkschaft werde gestärkt", "*", "nach Angaben", "*", false, false}}},
	})
}
