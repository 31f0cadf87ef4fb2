package quote

import (
	"testing"

	"crosscheck/article"
)

// runQuoteCasesFull is runQuoteCases with the entity extractor before quotes, as the pipeline
// and the SpkAtt evaluation run it: with entities in the article, a cue's source must be known
// by the word lists, the fallback for unnamed words no longer applies.
func runQuoteCasesFull(t *testing.T, tests []quoteCase) {
	t.Helper()
	runQuoteCasesWith(t, tests, func(a *article.Article) *article.Analysis { return runFull(a, dePack) })
}

// TestCueSourceInContext (stop 24e): "laut"/"zufolge" sentences found alone were missed in
// their articles because, once the article holds any entity, the source words must be known by
// the lists, and plural or unlisted nouns were not: "Behörden" (plural of an organisation
// noun), "Beobachtern", "Organisatoren" (people), "Anführer", "Chefankläger" (roles),
// "Studien" (a source). Each sentence follows one naming a person, so the article has an
// entity. A law after "laut" stays no source. Sentences we wrote.
func TestCueSourceInContext(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "plural of an organisation noun",
			text: lead + "Den örtlichen Behörden zufolge wurden bei dem Sturm drei Häuser zerstört.",
			want: []want{{"wurden bei dem Sturm drei Häuser zerstört", "", "zufolge", "Den örtlichen Behörden", false, false}}},
		{name: "observers",
			text: lead + "Politischen Beobachtern zufolge blieb der erwartete Protest in der Hauptstadt aus.",
			want: []want{{"blieb der erwartete Protest in der Hauptstadt aus", "", "zufolge", "Politischen Beobachtern", false, false}}},
		{name: "organisers",
			text: lead + "Laut den Organisatoren kamen mehr als dreitausend Menschen zu dem Fest.",
			want: []want{{"kamen mehr als dreitausend Menschen zu dem Fest", "", "Laut", "den Organisatoren", false, false}}},
		{name: "a leader",
			text: lead + "Die Gruppe hatte laut ihrem Anführer im vergangenen Jahr großen Zulauf.",
			want: []want{{"Die Gruppe hatte laut ihrem Anführer im vergangenen Jahr großen Zulauf", "", "laut", "ihrem Anführer", false, false}}},
		{name: "a chief prosecutor",
			text: lead + "Laut dem Chefankläger des Gerichts wurden in dem Lager viele Gefangene misshandelt.",
			want: []want{{"wurden in dem Lager viele Gefangene misshandelt", "", "Laut", "dem Chefankläger des Gerichts", false, false}}},
		{name: "studies",
			text: lead + "Neuesten Studien zufolge schützt regelmäßige Bewegung vor vielen Krankheiten.",
			want: []want{{"schützt regelmäßige Bewegung vor vielen Krankheiten", "", "zufolge", "Neuesten Studien", false, false}}},
		{name: "a law is still no source",
			text: lead + "Laut Gesetz müssen alle Fahrräder eine Klingel und zwei Bremsen haben.",
			not:  []string{"müssen alle Fahrräder eine Klingel und zwei Bremsen haben"}},
	})
}

// TestZufolgeAfterVerb (stop 24e): the source before "zufolge" stops at the finite verb in
// front of it and at a time adverbial ("Am Samstag starben behördlichen Angaben zufolge …",
// "Die Reform senkt neuesten Studien zufolge …"); a genitive adjective between nouns stays in
// ("Berichten verschiedener Zeitungen zufolge"). Sentences we wrote.
func TestZufolgeAfterVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "a verb in -en before the source",
			text: "Am vergangenen Samstag starben behördlichen Angaben zufolge bei dem Unglück in der Stadt drei Menschen.",
			want: []want{{"Am vergangenen Samstag starben behördlichen Angaben zufolge bei dem Unglück in der Stadt drei Menschen", "", "zufolge", "behördlichen Angaben", false, false}}},
		{name: "a verb in -t before the source",
			text: "Die neue Reform senkt neuesten Studien zufolge die Kosten der Krankenkassen um ein Drittel.",
			want: []want{{"Die neue Reform senkt neuesten Studien zufolge die Kosten der Krankenkassen um ein Drittel", "", "zufolge", "neuesten Studien", false, false}}},
		{name: "a genitive adjective stays in the source",
			text: "Berichten verschiedener Zeitungen zufolge haben die beiden Politiker am Abend lange gestritten.",
			want: []want{{"haben die beiden Politiker am Abend lange gestritten", "", "zufolge", "Berichten verschiedener Zeitungen", false, false}}},
	})
}

// TestZufolgeQuotedOrBracketed (stop 24e): the source before "zufolge" may end in a quoted
// name ("dem „Nordkurier“ zufolge") or in a short form in brackets ("Einer Mitteilung des
// Landesverbands (LVK) zufolge"); a bracket holding no source word before it gives nothing.
// Sentences we wrote.
func TestZufolgeQuotedOrBracketed(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a quoted name",
			text: "Karl Bauer wohnt in Kiel. Zudem hat der Minister dem „Nordkurier“ zufolge in einem Gespräch die neuen Pläne verteidigt.",
			want: []want{{"Zudem hat der Minister dem „Nordkurier“ zufolge in einem Gespräch die neuen Pläne verteidigt", "Nordkurier", "zufolge", "dem „Nordkurier“", false, false}}}, // the paper the tagger knows speaks (dev7b)
		{name: "a short form in brackets",
			text: "Karl Bauer wohnt in Kiel. Einer Mitteilung des Landesverbands (LVK) zufolge nahmen mehrere tausend Lehrer an der Kundgebung teil.",
			want: []want{{"nahmen mehrere tausend Lehrer an der Kundgebung teil", "*", "zufolge", "Einer Mitteilung des Landesverbands (LVK)", false, false}}},
		{name: "a bracket after no source",
			text: "Karl Bauer wohnt in Kiel. Dem Wetter (Regen) zufolge fallen die Spiele am Sonntag in der Stadt aus.",
			not:  []string{"fallen die Spiele am Sonntag in der Stadt aus"}},
	})
}

// TestParticleChangesVerb (stop 24e): a speech verb that needs no companion is another verb
// when the particle "statt" closes its clause ("fand … statt"): it names no
// speaker, so a cue phrase in the sentence still reports ("Berichten zufolge fand am Montag ein
// Treffen zwischen X und Y statt"). "fand" with a complement clause stays a speech verb. Sentences
// we wrote.
func TestParticleChangesVerb(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "fand statt",
			text: "Berichten verschiedener Zeitungen zufolge fand am Donnerstag ein Treffen zwischen Karl Bauer und Anna Weber statt.",
			want: []want{{"fand am Donnerstag ein Treffen zwischen Karl Bauer und Anna Weber statt", "", "zufolge", "Berichten verschiedener Zeitungen", false, false}}},
		{name: "forderte auf stays a speech verb",
			text: "Karl Bauer forderte die Stadt auf, die Mieten nicht weiter zu erhöhen.",
			want: []want{{"die Mieten nicht weiter zu erhöhen", "Karl Bauer", "forderte", "Karl Bauer", false, false}}},
		{name: "fand with a complement",
			text: "Karl Bauer fand, die Stadt müsse mehr für die Radfahrer tun.",
			want: []want{{"die Stadt müsse mehr für die Radfahrer tun", "Karl Bauer", "fand", "Karl Bauer", false, false}}},
	})
}

// TestZufolgeSourceWithPreposition (stop 24e): a source noun before "zufolge" may carry a
// prepositional phrase ("Angaben von Augenzeugen zufolge", "Ersten Angaben vom Montag
// zufolge", "Informationen aus Regierungskreisen zufolge"): the source is the whole phrase;
// without a source noun the preposition ends it ("Der Kälte in der Nacht zufolge" names
// nobody). Sentences we wrote.
func TestZufolgeSourceWithPreposition(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "von",
			text: lead + "Angaben von Augenzeugen zufolge fielen am Abend mehrere Schüsse in der Altstadt.",
			want: []want{{"fielen am Abend mehrere Schüsse in der Altstadt", "", "zufolge", "Angaben von Augenzeugen", false, false}}},
		{name: "vom with a day",
			text: lead + "Ersten Angaben vom Montag zufolge gehörte das Flugzeug einem Institut in der Stadt.",
			want: []want{{"gehörte das Flugzeug einem Institut in der Stadt", "", "zufolge", "Ersten Angaben vom Montag", false, false}}},
		{name: "aus",
			text: lead + "Informationen aus Regierungskreisen zufolge will der Minister am Montag zurücktreten.",
			want: []want{{"will der Minister am Montag zurücktreten", "", "zufolge", "Informationen aus Regierungskreisen", false, false}}},
		{name: "no source noun",
			text: lead + "Den Bildern von Touristen zufolge war der Strand am Morgen völlig leer.",
			not:  []string{"war der Strand am Morgen völlig leer"}},
	})
}

// TestLautQuotedGenitive (stop 24e): after "laut" a noun with a quoted name in the genitive
// ("laut einem Bericht der „Nordpost“", "Laut einem Artikel der „Nordpost“") is the source
// with the name, which is no part of the message; a quoted name makes any such noun a source.
// Sentences we wrote.
func TestLautQuotedGenitive(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "Bericht der „X“",
			text: lead + "Laut einem Bericht der „Nordpost“ hat sich der Minister gestern in einem Brief an den Kanzler gewandt.",
			want: []want{{"hat sich der Minister gestern in einem Brief an den Kanzler gewandt", "*", "Laut", "einem Bericht der „Nordpost“", false, false}}},
		{name: "Artikel der „X“",
			text: lead + "Laut einem Artikel der „Nordpost“ hat sich der Minister gestern in einem Brief an den Kanzler gewandt.",
			want: []want{{"hat sich der Minister gestern in einem Brief an den Kanzler gewandt", "*", "Laut", "einem Artikel der „Nordpost“", false, false}}},
	})
}

// TestLautDirectionInstitute (stop 24e): a directorate named by a compound ("laut
// Gefängnisdirektion", "laut Polizeidirektion") and an institute ("Laut dem statistischen
// Institut") can give information after "laut"; the bare "Direktion" names none. Sentences we
// wrote.
func TestLautDirectionInstitute(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "a directorate compound",
			text: lead + "Zur Zeit des Brandes waren laut Gefängnisdirektion mehr als dreihundert Menschen in dem Gebäude.",
			want: []want{{"Zur Zeit des Brandes waren laut Gefängnisdirektion mehr als dreihundert Menschen in dem Gebäude", "Gefängnisdirektion", "laut", "Gefängnisdirektion", false, false}}},
		{name: "an institute",
			text: lead + "Laut dem statistischen Institut lebten im vergangenen Jahr mehr Menschen in der Stadt.",
			want: []want{{"lebten im vergangenen Jahr mehr Menschen in der Stadt", "", "Laut", "dem statistischen Institut", false, false}}},
	})
}

// TestLautQuotedAfterNoun (stop 24e): a quoted name right after the source noun phrase
// after a noun for a medium or work ("laut einem Test des Magazins „Rad und Weg“") belongs to
// the source and makes it one; after a person it is what they said.
// Sentences we wrote.
func TestLautQuotedAfterNoun(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "des Magazins „X“",
			text: "Karl Bauer wohnt seit vielen Jahren in Kiel. Laut einem Test des Magazins „Rad und Weg“ gibt es im Moment mehr als hundert Modelle unter der Grenze.",
			want: []want{{"gibt es im Moment mehr als hundert Modelle unter der Grenze", "*", "Laut", "einem Test des Magazins „Rad und Weg“", false, false}}},
		{name: "a quoted phrase after a person is no name",
			text: "Karl Bauer wohnt seit vielen Jahren in Kiel. Die Lage in der Stadt ist laut dem Bürgermeister „eine echte Katastrophe“ für alle.",
			want: []want{{"Die Lage in der Stadt ist laut dem Bürgermeister „eine echte Katastrophe“ für alle", "*", "laut", "dem Bürgermeister", false, false}}},
	})
}

// TestZufolgeLowerPrefixName (stop 24e): a name with a lower-case prefix ("al-Arabija") may end
// the source before "zufolge" ("Dem Sender al-Arabija zufolge"). Sentences we wrote.
func TestZufolgeLowerPrefixName(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "al- name",
			text: "Karl Bauer wohnt seit vielen Jahren in Kiel. Dem Sender al-Arabija zufolge wird das Schiff in den Hafen der Stadt gebracht.",
			want: []want{{"wird das Schiff in den Hafen der Stadt gebracht", "*", "zufolge", "Dem Sender al-Arabija", false, false}}},
	})
}
