package quote

import "testing"

// TestPassiveAfterParticiple1600 (issue 12, fresh seed 1600): "bevor er von einem Ordner
// darauf hingewiesen wurde, doch den Bus zu nehmen" gave the request to the one it was made
// to: a speech participle with a form of "werden" right after it, as a verb-final clause or
// "Erwartet wird, dass …" puts it, is passive, and its subject (or the speaker before) does
// not speak. Guard: the active verb-final "bevor er darauf hinwies" keeps its subject.
// Sentences we wrote.
func TestPassiveAfterParticiple1600(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "told by a steward in a verb-final clause",
			text: "Der Spieler Karl Bauer wollte in den falschen Bus steigen. Dann lief Bauer zunächst an den Bus der Gäste, bevor er von einem Ordner darauf hingewiesen wurde, doch den eigenen Mannschaftsbus zu nehmen.",
			want: []want{{"doch den eigenen Mannschaftsbus zu nehmen", "", "hingewiesen", "er", false, false}}},
		{name: "expected, with the verb first",
			text: "Der Anwalt Karl Bauer sagte, das Verfahren müsse eingestellt werden. Erwartet wird, dass das Gericht seine Entscheidung im Juni fällt.",
			want: []want{{"dass das Gericht seine Entscheidung im Juni fällt", "", "Erwartet", "", false, false}}},
		{name: "guard: the active verb-final clause",
			text: "Der Spieler Karl Bauer wollte in den falschen Bus steigen. Dann lief er zurück, bevor Bauer darauf hinwies, dass der Bus der Gäste noch warte.",
			want: []want{{"dass der Bus der Gäste noch warte", "Karl Bauer", "hinwies", "Bauer", false, false}}},
	})
}

// TestOtherParticleCloses1600 (issue 12, fresh seed 1600): "Kiels Tom Berger hatte eine
// Flanke unterschätzt, Weber schlug frei vor dem Tor zu" made Weber say the match report, as
// "schlug … vor" with the preposition "vor" for its particle: when the clause closes with
// another separable particle that is none of the verb's companions ("zu": zuschlagen, "teil":
// teilnehmen), the verb says nothing. "rief … zu" (zurufen) is a speech verb of its own, which
// "rief … auf" read with "auf der Wahlparty" hid ("ruft … aus" is left out: "rief den
// Notstand aus" proclaims, and it lowered SpkAtt dev cue). Guard: "schlug vor dem Ausschuss
// vor" keeps its particle. Sentences we wrote.
func TestOtherParticleCloses1600(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "schlug … vor dem Tor zu",
			text: "Trotzdem kam Weber nach einer Ecke zur ersten Chance, die zweite nutzte er dann per Kopf. Kiels Tom Berger hatte eine Flanke von Jan Hofmann unterschätzt, Weber schlug frei vor dem Tor zu.",
			not:  []string{"Kiels Tom Berger hatte eine Flanke von Jan Hofmann unterschätzt"}},
		{name: "nahm an Shows teil",
			text: "Der Sänger Tom Berger landete immer wieder in den Schlagzeilen. Er nahm an verschiedenen Shows teil, etwa um vor laufender Kamera einen Entzug zu machen.",
			not:  []string{"etwa um vor laufender Kamera einen Entzug zu machen"}},
		{name: "rief … auf der Wahlparty zu",
			text: "Der Spitzenkandidat Karl Bauer war erleichtert. „Wir haben es geschafft“, rief er den Anhängern auf der Wahlparty zu.",
			want: []want{{"Wir haben es geschafft", "Karl Bauer", "rief", "er", true, false}}},
		{name: "guard: schlug vor dem Ausschuss vor",
			text: "Die Ministerin Anna Kramer will die Steuer senken. Sie schlug vor dem Ausschuss vor, die Abgabe im Mai zu halbieren.",
			want: []want{{"die Abgabe im Mai zu halbieren", "Anna Kramer", "schlug", "Sie", false, false}}},
	})
}

// TestObjectRelative1600 (issue 12, fresh seed 1600): "sagt Karl Bauer auch nur das, was man
// schon oft über seinen Kollegen hörte, der …" gave Bauer the reporter's relative clause, and
// "sagte in einem Video, das am Abend zu sehen war: „…“" the clause about the video: an
// indicative relative clause of a noun or "das" the speech verb governs says nothing. Guards:
// in the Konjunktiv such a clause is the speaker's ("sprach von Tornados, die der Sturm
// ausgelöst habe"). Sentences we wrote.
func TestObjectRelative1600(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "das, was man schon oft hörte",
			text: "Was soll man über Tom sagen? Und so sagt Karl Bauer nach einer Pause auch nur das, was man schon oft über seinen Kollegen hörte, der am Mittwoch im Lager eingetroffen ist.",
			not:  []string{"was man schon oft über seinen Kollegen hörte, der am Mittwoch im Lager eingetroffen ist"}},
		{name: "a video that was shown",
			text: "Die Sängerin Anna Kramer muss die Show verlassen. Kramer sagte in einem Video, das am Abend in ihrer Story zu sehen war: „Ich bin völlig geschockt.“",
			not:  []string{"das am Abend in ihrer Story zu sehen war"}},
		{name: "guard: the Konjunktiv of the speaker",
			text: "Der Gouverneur Karl Bauer besuchte die Küste. Bauer sprach von 19 Tornados, die durch den Sturm ausgelöst worden seien.",
			want: []want{{"die durch den Sturm ausgelöst worden seien", "Karl Bauer", "sprach", "Bauer", false, false}}},
	})
}

// TestWieComparisonFirst1600 (issue 12, fresh seed 1600): "Wie Karl Bauer spricht sie sich
// aber noch nicht für die Kandidatin aus" was read as the frame "Wie X sagte, …" and gave
// Bauer the rest of the sentence: a pronoun right after the verb, with no comma closing a
// frame, is the subject of a main clause the comparison opens. Guard: "Wie die Stadt
// mitteilte, sei die Straße gesperrt" reports. Sentences we wrote.
func TestWieComparisonFirst1600(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a comparison before the verb",
			text: "Die Demokratin Anna Kramer organisierte die Revolte gegen den Präsidenten. Wie Karl Bauer spricht sie sich aber noch nicht für die Kandidatin aus.",
			not:  []string{"sie sich aber noch nicht für die Kandidatin aus"}},
		{name: "guard: the frame with its comma",
			text: "In Kiel brannte am Montag eine Lagerhalle. Wie die Stadt mitteilte, sei die Straße bis zum Abend gesperrt.",
			want: []want{{"sei die Straße bis zum Abend gesperrt", "", "mitteilte", "die Stadt", false, false}}},
	})
}

// TestProphezeit1600 (issue 12, fresh seed 1600): "„…“, hatte Center Tom Weller prophezeit"
// went by coreference to the player quoted before: the participle and present "prophezeit"
// was missing from the speech verbs, beside "prophezeite". Sentences we wrote.
func TestProphezeit1600(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "hatte … prophezeit",
			text: "„Das sind die Spiele, für die wir spielen“, hatte Karl Bauer vor dem Duell gesagt. „Das wird eine große Erfahrung“, hatte Center Tom Weller prophezeit.",
			want: []want{{"Das wird eine große Erfahrung", "Tom Weller", "prophezeit", "Center Tom Weller", true, false}}},
	})
}
