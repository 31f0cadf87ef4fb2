package quote

import "testing"

// TestAppositionBeforeAux (stop 25a): a role and a name between commas before the auxiliary
// of a participle cue are its subject, also when the role carries a place ("Der Vorsitzende im
// Landtag, Karl Lenz, hatte …"); the phrase after the auxiliary is then an object or an
// addressee and never speaks ("hatte den Bürgermeister aufgefordert": before, the addressee
// was named the speaker). "niederzulegen" is a zu-infinitive (particle "nieder"). Sentences
// we wrote.
func TestAppositionBeforeAux(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "role with a place, name, auxiliary, addressee",
			text: "Der Vorsitzende im bayerischen Landtag, Gerhard Sommer, hatte Jens Winter gestern aufgefordert, seinen Posten abzugeben.",
			want: []want{{"seinen Posten abzugeben", "Gerhard Sommer", "aufgefordert", "*", false, false}}},
		{name: "niederzulegen",
			text: "Die Ministerin Anna Roth hat die Abgeordnete aufgefordert, ihr Mandat niederzulegen.",
			want: []want{{"ihr Mandat niederzulegen", "Anna Roth", "aufgefordert", "*", false, false}}},
	})
}

// TestWieParticleFirst (stop 25a): a separable speech verb written apart at the end of a
// wie-clause ("Wie die Bank bekannt gab, …", "…, wie die Stadt bekannt gibt"): the particle
// before the finite form belongs to it, and both are the cue. A particle that the verb's entry
// does not name ("wie die Kinder vor gaben") stays out. Sentences we wrote.
func TestWieParticleFirst(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "Wie X bekannt gab, …",
			text: "Wie die Sparkasse bekannt gab, steigen die Gebühren für Girokonten im Mai.",
			want: []want{{"steigen die Gebühren für Girokonten im Mai", "*", "bekannt gab", "die Sparkasse", false, false}}},
		{name: "…, wie X bekannt gibt.",
			text: "Das Freibad bleibt wegen eines Schadens den ganzen Sommer geschlossen, wie die Stadt bekannt gibt.",
			want: []want{{"Das Freibad bleibt wegen eines Schadens den ganzen Sommer geschlossen", "", "bekannt gibt", "die Stadt", false, false}}},
		{name: "a particle the verb does not take",
			text: "Wie die Kinder vor gaben, fuhren sie mit dem Rad zur Schule.",
			not:  []string{"fuhren sie mit dem Rad zur Schule"}},
	})
}

// TestLautAfterSpeechVerb (stop 25a): "laut X" after a speech verb and its own subject
// ("Heute bestätigte der Minister laut Reuters, dass …") says who relayed the report; the
// source words end before it (they were "Karl Bauer laut Reuters"). Sentences we wrote.
func TestLautAfterSpeechVerb(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a name, laut an agency",
			text: "Heute bestätigte Karl Bauer laut Reuters, dass die Grenze für Lastwagen offen bleibt.",
			want: []want{{"dass die Grenze für Lastwagen offen bleibt", "Karl Bauer", "bestätigte", "Karl Bauer", false, false}}},
		{name: "a role, nach Angaben",
			text: "Am Abend bestätigte der Minister nach Angaben der Agentur, dass die Grenze für Lastwagen offen bleibt.",
			want: []want{{"dass die Grenze für Lastwagen offen bleibt", "", "bestätigte", "der Minister", false, false}}},
	})
}

// TestCueInsideClause (stop 25a): a cue phrase in mid-sentence whose sides are each too short
// to be the message ("Sie stammen Berichten zufolge aus Kiel": two words each side), or whose
// longer side would leave a negation out ("… entspricht nach Meinung der Opposition den
// Vorgaben nicht"), reports the whole clause, cue and source inside; before, nothing was
// reported. Where one side is the message, it stays alone. The words before the source are no
// side when they are its own article and noun ("Der Seite X zufolge"). Sentences we wrote.
func TestCueInsideClause(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "two words each side",
			text: "Sie stammen Zeitungsberichten zufolge aus Kiel.",
			want: []want{{"Sie stammen Zeitungsberichten zufolge aus Kiel", "", "zufolge", "Zeitungsberichten", false, false}}},
		{name: "a negation on the shorter side",
			text: "Das neue Gesetz zum Schutz der Wälder entspricht nach Meinung der Opposition den Vorgaben nicht.",
			want: []want{{"Das neue Gesetz zum Schutz der Wälder entspricht nach Meinung der Opposition den Vorgaben nicht", "", "nach Meinung", "der Opposition", false, false}}},
		{name: "laut, a negation after the clause's comma",
			text: "An den Deichen gab es Schäden, eine Gefahr bestand laut der Feuerwehr jedoch nicht.",
			want: []want{{"eine Gefahr bestand laut der Feuerwehr jedoch nicht", "*", "laut", "der Feuerwehr", false, false}},
			not:  []string{"An den Deichen gab es Schäden, eine Gefahr bestand laut der Feuerwehr jedoch nicht"}},
		{name: "both sides are the message, cue and source inside",
			text: "Die Gruppe hatte laut ihrem Anführer im vergangenen Jahr großen Zulauf.",
			want: []want{{"Die Gruppe hatte laut ihrem Anführer im vergangenen Jahr großen Zulauf", "", "laut", "ihrem Anführer", false, false}}},
		{name: "the source's own article and noun are no side",
			text: "Der Seite beispiel.com zufolge stimmt das.",
			not:  []string{"Der Seite beispiel.com zufolge stimmt das"}},
	})
}

// TestReportiveSoll (stop 25a): a sentence whose main clause relays a claim with "soll"/"sollen"
// and a perfect infinitive ("Der Täter soll … gestürmt haben", "Er soll dabei gewesen sein")
// continues the report of the sentence before, as a Konjunktiv I does, with its speaker, unless
// it names that speaker (then the claim about the speaker is the author's). A plain infinitive ("Die Marge soll niedriger ausfallen": a forecast), "sollte" (advice) and a
// "soll" sentence with no report before stay out. Sentences we wrote.
func TestReportiveSoll(t *testing.T) {
	const report = "Die Polizei in Kiel teilte am Montag mit, dass ein Mann in eine Bank eingebrochen sei. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "perfect infinitive with haben",
			text: report + "Der Täter soll dabei drei Schließfächer aufgebrochen haben.",
			want: []want{{"Der Täter soll dabei drei Schließfächer aufgebrochen haben", "Polizei", "", "Die Polizei in Kiel", false, false}}},
		{name: "perfect infinitive with sein",
			text: report + "Er soll zuvor schon zweimal in der Stadt gewesen sein.",
			want: []want{{"Er soll zuvor schon zweimal in der Stadt gewesen sein", "Polizei", "", "Die Polizei in Kiel", false, false}}},
		{name: "a forecast",
			text: report + "Die Zahl der Einbrüche soll im kommenden Jahr weiter sinken.",
			not:  []string{"Die Zahl der Einbrüche soll im kommenden Jahr weiter sinken"}},
		{name: "advice",
			text: report + "Kunden sollten ihre Schließfächer regelmäßig geprüft haben.",
			not:  []string{"Kunden sollten ihre Schließfächer regelmäßig geprüft haben"}},
		{name: "a claim about the speaker is the author's",
			text: "Anna Roth sagte am Montag, dass ein Mann in eine Bank eingebrochen sei. Roth soll den Mann schon früher gesehen haben.",
			want: []want{{"dass ein Mann in eine Bank eingebrochen sei", "Anna Roth", "sagte", "Anna Roth", false, false}},
			not:  []string{"Roth soll den Mann schon früher gesehen haben"}},
		{name: "no report before",
			text: "Karl Bauer wohnt seit vielen Jahren in Kiel. Der Täter soll dabei drei Schließfächer aufgebrochen haben.",
			not:  []string{"Der Täter soll dabei drei Schließfächer aufgebrochen haben"}},
	})
}

// TestExtendedAttribute (stop 25a): an attribute with its own prepositional phrase between the
// article and the noun belongs to the source words ("die zur Universität gehörende Stiftung",
// "Die vom Bund geförderte Stiftung", "Die in Kiel ansässige Reederei"); before, the words
// stopped at the preposition ("die zum Land") or began after it ("Bund geförderte Stiftung"),
// or the frame failed. Sentences we wrote.
func TestExtendedAttribute(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "…, teilte die … gehörende X mit.",
			text: "Der Forscher starb am Samstag im Alter von 90 Jahren, teilte die zur Universität Kiel gehörende Stiftung Meereskunde mit.",
			want: []want{{"Der Forscher starb am Samstag im Alter von 90 Jahren", "*", "teilte", "die zur Universität Kiel gehörende Stiftung Meereskunde", false, false}}},
		{name: "a participle after vom",
			text: "Die vom Bund geförderte Stiftung erklärte, sie werde das Projekt im Herbst beenden.",
			want: []want{{"sie werde das Projekt im Herbst beenden", "*", "erklärte", "Die vom Bund geförderte Stiftung", false, false}}},
		{name: "ansässige",
			text: "Die in Kiel ansässige Reederei teilte mit, dass drei Schiffe verkauft werden.",
			want: []want{{"dass drei Schiffe verkauft werden", "*", "teilte", "Die in Kiel ansässige Reederei", false, false}}},
	})
}

// TestParticleAfterApposition (stop 25a): a separable speech verb whose subject carries an
// apposition between commas before the particle ("Jetzt gab der Leiter der Polizei, Hans Huber,
// bekannt, dass …"): the complement follows the particle's comma, not the apposition's; the
// name speaks. Sentences we wrote.
func TestParticleAfterApposition(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "gab … bekannt",
			text: "Jetzt gab der Leiter der Polizei, Hans Huber, bekannt, dass das gestohlene Auto gefunden wurde.",
			want: []want{{"dass das gestohlene Auto gefunden wurde", "Hans Huber", "gab", "*", false, false}}},
		{name: "teilte … mit",
			text: "Am Montag teilte die Sprecherin der Stadt, Anna Roth, mit, dass das Freibad geschlossen bleibt.",
			want: []want{{"dass das Freibad geschlossen bleibt", "Anna Roth", "teilte", "*", false, false}}},
	})
}

// TestClaimNounColon (stop 25a): a genitive name and a noun of a claim before a colon ("Roths
// Behauptung: Die Inflation sei …", "Roths Forderung: Die Stadt müsse …") name who said the
// Konjunktiv clause after it, and the quotation after the colon is that clause alone (before,
// the whole sentence without a speaker); a direct quotation there takes the same speaker.
// Without a named possessor no one speaks (the noun is then the cue, see TestNounAct). The
// Source mark is the whole phrase, the claim noun with its owner (stop 34c, as SpkAtt marks
// "Schäubles Idee"). Sentences we wrote.
func TestClaimNounColon(t *testing.T) {
	const lead = "Anna Roth sprach am Abend in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "Behauptung, Konjunktiv",
			text: lead + "Roths Behauptung: Die Inflation sei unter ihr deutlich gesunken.",
			want: []want{{"Die Inflation sei unter ihr deutlich gesunken", "Anna Roth", "", "Roths Behauptung", false, false}}},
		{name: "Forderung, Konjunktiv",
			text: lead + "Roths Forderung: Die Stadt müsse das Freibad sofort wieder öffnen.",
			want: []want{{"Die Stadt müsse das Freibad sofort wieder öffnen", "Anna Roth", "", "Roths Forderung", false, false}}},
		{name: "Behauptung, direct",
			text: lead + "Roths Behauptung: „Ich hatte mehr Stimmen als jeder andere Kandidat.“",
			want: []want{{"Ich hatte mehr Stimmen als jeder andere Kandidat.", "Anna Roth", "", "Roths Behauptung", true, false}}},
		{name: "no possessor named: no speaker",
			text: lead + "Die Behauptung: Die Inflation sei unter ihr deutlich gesunken.",
			want: []want{{"Die Inflation sei unter ihr deutlich gesunken", "", "Behauptung", "", false, false}}},
	})
}

// TestNounAct (stop 25a): a noun of saying with a comma before its message, a zu-infinitive or
// a "dass" clause up to the next comma ("Die Forderung des Bürgermeisters, die Brücke zu
// sperren, stieß auf Kritik", "Er folgte dem Appell der Polizei, sich zu stellen, nicht"), and
// before a colon with a Konjunktiv clause ("Die Warnung der Behörde: Das Wasser sei …"): the
// noun is the cue, the genitive after it the source, and only the genitive can name the
// speaker, never the subject of the clause ("Der Minister wies die Forderung der Partei
// Nordlicht zurück" speaks against it). Sentences we wrote.
func TestNounAct(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "Forderung des X, zu-infinitive",
			text: "Die Forderung des Bürgermeisters, die alte Brücke sofort zu sperren, stieß im Rat auf Kritik.",
			want: []want{{"die alte Brücke sofort zu sperren", "", "Forderung", "des Bürgermeisters", false, false}}},
		{name: "mid-sentence, the subject is not the speaker",
			text: "Der Mann folgte dem Appell der Polizei, sich sofort zu stellen, nicht.",
			want: []want{{"sich sofort zu stellen", "*", "Appell", "der Polizei", false, false}}},
		{name: "a dass clause without genitive",
			text: "Die Ankündigung, dass die Schule im Sommer schließt, überraschte die Eltern.",
			want: []want{{"dass die Schule im Sommer schließt", "", "Ankündigung", "", false, false}}},
		{name: "colon and Konjunktiv",
			text: "Die Warnung der Behörde: Das Wasser aus der Leitung sei nicht trinkbar.",
			want: []want{{"Das Wasser aus der Leitung sei nicht trinkbar", "", "Warnung", "der Behörde", false, false}}},
		{name: "a question is no message",
			text: "Die Bitte der Eltern, ob die Schule länger öffnen könne, blieb unbeantwortet.",
			not:  []string{"ob die Schule länger öffnen könne"}},
	})
}

// TestSoInsideClause (stop 25a): a so-frame between commas inside a clause whose words before
// it are no clause of their own ("Sein Rivale, so Karl Bauer weiter, würde …"): the message is
// the whole sentence with the frame inside; before, nothing was reported. "so" before a
// quantifier ("liegen so viele Ambivalenzen, so viele Nuancen, dass …") is no frame. Sentences
// we wrote.
func TestSoInsideClause(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "so X weiter",
			text: "Sein Rivale Paul Meier, so Karl Bauer weiter, würde massiv Spenden von solchen Gruppen erhalten.",
			want: []want{{"Sein Rivale Paul Meier, so Karl Bauer weiter, würde massiv Spenden von solchen Gruppen erhalten", "Karl Bauer", "so", "Karl Bauer", false, false}}},
		{name: "so die Polizei",
			text: "Der Fahrer, so die Polizei, habe das Auto kurz vor dem Unfall gestohlen.",
			want: []want{{"Der Fahrer, so die Polizei, habe das Auto kurz vor dem Unfall gestohlen", "*", "so", "die Polizei", false, false}}},
		{name: "so before a quantifier",
			text: "In dem Film liegen so viele Ideen, so viele Nuancen, dass man ständig staunt.",
			not:  []string{"In dem Film liegen so viele Ideen, so viele Nuancen, dass man ständig staunt"}},
	})
}

// TestMediumBetweenCommas (stop 25a): a medium after a speech verb between commas ("Anna Roth,
// Sprecherin der Stadt, sagte der dpa, man erwarte …", "…, sagte MDR AKTUELL, …") is spoken to,
// not an inverted subject of a parenthesis: the clause after it is the complement and the
// subject before the verb speaks. Before, the medium was named the speaker, or the subject's
// words were taken for the message. A medium that reports ("…, berichtete der Spiegel, …")
// stays a subject. Sentences we wrote.
func TestMediumBetweenCommas(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "der dpa",
			text: "Anna Roth, Sprecherin der Stadt Kiel, sagte der dpa, man erwarte viele Gäste in den Hotels.",
			want: []want{{"man erwarte viele Gäste in den Hotels", "Anna Roth", "sagte", "*", false, false}}},
		{name: "a broadcaster without article",
			text: "Michael Schmidt, Präsident des Verbandes in Kiel, sagte MDR AKTUELL, man erwarte eine große Euphorie in den Hotels.",
			want: []want{{"man erwarte eine große Euphorie in den Hotels", "Michael Schmidt", "sagte", "*", false, false}},
			not:  []string{"Michael Schmidt, Präsident des Verbandes in Kiel"}},
	})
}

// TestWieAuxiliary (stop 25a): the auxiliary or "lassen" that closes a wie-frame opening the
// sentence ("Wie die Stadt mitgeteilt hat, …", "Wie die Stadt mitteilen ließ, …") belongs to the
// frame, not to the message (which began "hat, bleibt …"). Sentences we wrote.
func TestWieAuxiliary(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "mitgeteilt hat",
			text: "Wie die Stadt am Montag mitgeteilt hat, bleibt das Freibad im Sommer geschlossen.",
			want: []want{{"bleibt das Freibad im Sommer geschlossen", "*", "mitgeteilt", "die Stadt", false, false}}},
		{name: "mitteilen ließ",
			text: "Wie die Stadt mitteilen ließ, bleibt das Freibad im Sommer geschlossen.",
			want: []want{{"bleibt das Freibad im Sommer geschlossen", "*", "mitteilen", "die Stadt", false, false}}},
	})
}

// TestWieAusHervorgeht (stop 25a): "Wie aus X hervorgeht, …" opening a sentence: the words
// after "aus" up to the verb are the source, the rest of the sentence the message; a place
// after "aus" with another verb ("Wie aus Kiel zu hören ist") is no such frame. Sentences we
// wrote.
func TestWieAusHervorgeht(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a report of the city",
			text: "Wie aus einem Bericht der Stadt hervorgeht, bleibt das Freibad im Sommer geschlossen.",
			want: []want{{"bleibt das Freibad im Sommer geschlossen", "", "hervorgeht", "einem Bericht der Stadt", false, false}}},
		{name: "a place and another verb",
			text: "Wie aus Kiel zu hören ist, bleibt das Freibad im Sommer geschlossen.",
			not:  []string{"bleibt das Freibad im Sommer geschlossen"}},
	})
}
