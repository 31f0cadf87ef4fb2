package quote

import "testing"

// TestNachSourceNouns (stop 24d): more nouns after "nach" that name a source of information
// ("nach der Vorhersage der Zentralbank", "Nach Darstellungen des Verlags", "nach den bisherigen
// Planungen", "Nach bisherigem Erkenntnisstand") and "nach eigenem Bekunden" (the subject gave
// it, like "nach eigenen Angaben"). Sentences we wrote.
func TestNachSourceNouns(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "nach der Vorhersage",
			text: "Die Teuerung wird nach der Vorhersage der Notenbank im kommenden Jahr bei zwölf Prozent liegen.",
			want: []want{{"Die Teuerung wird nach der Vorhersage der Notenbank im kommenden Jahr bei zwölf Prozent liegen", "", "nach der Vorhersage", "der Notenbank", false, false}}},
		{name: "Nach Darstellungen",
			text: "Nach Darstellungen des Verlags bietet der Band einen neuen Blick auf die Stadtgeschichte.",
			want: []want{{"bietet der Band einen neuen Blick auf die Stadtgeschichte", "", "Nach Darstellungen", "des Verlags", false, false}}},
		{name: "nach den Planungen",
			text: "Die Firma will nach den bisherigen Planungen ab dem Herbst in dem Werk Fahrräder bauen.",
			want: []want{{"Die Firma will nach den bisherigen Planungen ab dem Herbst in dem Werk Fahrräder bauen", "", "nach", "den bisherigen Planungen", false, false}}},
		{name: "Nach bisherigem Erkenntnisstand",
			text: "Nach bisherigem Erkenntnisstand hat ein defektes Kabel den Brand ausgelöst.",
			want: []want{{"hat ein defektes Kabel den Brand ausgelöst", "", "Nach", "bisherigem Erkenntnisstand", false, false}}},
		{name: "nach eigenem Bekunden: the subject gave it",
			text: "Der Trainer war nach eigenem Bekunden von dem Wechsel völlig überrascht.",
			want: []want{{"Der Trainer war nach eigenem Bekunden von dem Wechsel völlig überrascht", "*", "nach eigenem Bekunden", "Der Trainer", false, false}}},
	})
}

// TestComplementKonj (stop 24d): a complement after a speech verb and its comma that opens with
// a short noun phrase and a finite verb in -e the Konjunktiv list does not hold ("…, die Messung
// werfe …") is reported speech; an indicative there ("…, der Konzern plant …") is not. Sentences we wrote.
func TestComplementKonj(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "werfe after the phrase",
			text: "Der Forscher erklärte, die Messung werfe ein neues Licht auf die alte Theorie.",
			want: []want{{"die Messung werfe ein neues Licht auf die alte Theorie", "*", "erklärte", "Der Forscher", false, false}}},
		{name: "a longer phrase",
			text: "Die Sprecherin betonte, der neue Vorstand unterschätze die Risiken des Geschäfts.",
			want: []want{{"der neue Vorstand unterschätze die Risiken des Geschäfts", "*", "betonte", "Die Sprecherin", false, false}}},
		{name: "an indicative is no such report",
			text: "Die Sprecherin betonte, der neue Vorstand unterschätzt die Risiken des Geschäfts.",
			not:  []string{"der neue Vorstand unterschätzt die Risiken des Geschäfts"}},
	})
}

// TestWieApposition (stop 24d): a wie-frame whose speaker has an apposition naming a role
// between commas ("Wie Karl Bauer, Sprecher der Stadt, mitteilte, …", "…, wie Karl Bauer, Chef
// der Firma Nordwerk, mitteilte"); a list of names is no apposition. Sentences we wrote.
func TestWieApposition(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "wie opening the sentence",
			text: "Wie Karl Bauer, Sprecher der Stadt, am Abend mitteilte, fahren ab Montag wieder alle Busse.",
			want: []want{{"fahren ab Montag wieder alle Busse", "*", "mitteilte", "*", false, false}}},
		{name: "wie after the message",
			text: "Die Anlage stand unter hohem Druck, wie Karl Bauer, Chef der Firma Nordwerk, mitteilte.",
			want: []want{{"Die Anlage stand unter hohem Druck", "*", "mitteilte", "Karl Bauer, Chef der Firma Nordwerk", false, false}}},
		{name: "a list of places is no apposition",
			text: "Wie Paris, Rom und Wien berichten, ist die Lage in den Städten ruhig.",
			not:  []string{"ist die Lage in den Städten ruhig"}},
	})
}

// TestModalInfinitive (stop 24d): an infinitive complement of a modal ("…, den Vertrag
// verlängern zu wollen") is reported like any zu-infinitive; after a relative clause opened by a
// preposition ("ein Bild, von dem er hofft, es teuer verkaufen zu können") it says what the noun
// is for, not what was said. Sentences we wrote.
func TestModalInfinitive(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "zu wollen",
			text: "Der Verein kündigte an, den Vertrag mit dem Trainer verlängern zu wollen.",
			want: []want{{"den Vertrag mit dem Trainer verlängern zu wollen", "*", "kündigte", "Der Verein", false, false}}},
		{name: "zu können",
			text: "Die Stadtwerke erklärten, die Preise im Winter nicht mehr halten zu können.",
			want: []want{{"die Preise im Winter nicht mehr halten zu können", "*", "erklärten", "Die Stadtwerke", false, false}}},
		{name: "a relative clause with a preposition",
			text: "Er kaufte ein altes Bild, von dem er hofft, es später teuer verkaufen zu können.",
			not:  []string{"es später teuer verkaufen zu können"}},
	})
}

// TestGehenDavonAus (stop 24d): the plural "gehen davon aus, dass …" reports like the singular;
// "gehen" without its companions says nothing. Sentences we wrote.
func TestGehenDavonAus(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "gehen davon aus",
			text: "Die Forscher gehen davon aus, dass der Gletscher bis 2050 verschwindet.",
			want: []want{{"dass der Gletscher bis 2050 verschwindet", "*", "gehen", "Die Forscher", false, false}}},
		{name: "gehen without its companions",
			text: "Die Schüler gehen so gern zur Schule, dass sie auch samstags kommen.",
			not:  []string{"dass sie auch samstags kommen"}},
	})
}

// TestWebAddressSource (stop 24d): a news site's web address names a source after "laut",
// before "zufolge" and in a wie-frame ("laut nordnews.de", "nordnews.de zufolge", "Wie
// nordnews.de berichtet"); an address is the source alone, not the words after it. A word with
// a dot and no known ending is none. Sentences we wrote.
func TestWebAddressSource(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "laut",
			text: "Laut nordnews.de blieben einige Teilnehmer bis zum Abend auf dem Platz.",
			want: []want{{"blieben einige Teilnehmer bis zum Abend auf dem Platz", "", "Laut", "nordnews.de", false, false}}},
		{name: "zufolge",
			text: "Der Seite beispiel.com zufolge gilt der Schiedsrichter als streng.",
			want: []want{{"gilt der Schiedsrichter als streng", "", "zufolge", "beispiel.com", false, false}}},
		{name: "wie berichtet",
			text: "Wie nordnews.de berichtet, ist der neue Film seit Montag im Netz.",
			want: []want{{"ist der neue Film seit Montag im Netz", "", "berichtet", "nordnews.de", false, false}}},
		{name: "no known ending",
			text: "Laut abc.xyz blieben einige Teilnehmer bis zum Abend auf dem Platz.",
			not:  []string{"blieben einige Teilnehmer bis zum Abend auf dem Platz"}},
	})
}

// TestPointBackSourceShapes (stop 24d): "Das berichtete die Zeitschrift „Bergblick“ …" (a name
// in quotation marks in the source) and "Dies berichtet das Abendblatt, das …" (a relative
// clause describing the source) point back to the sentence before; a dass clause after the
// comma still says something of its own. Sentences we wrote.
func TestPointBackSourceShapes(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "a quoted name",
			text: "Die Schule bleibt bis Freitag zu. Das berichtete die Zeitschrift „Bergblick“ in ihrer jüngsten Ausgabe.",
			want: []want{{"Die Schule bleibt bis Freitag zu", "*", "berichtete", "die Zeitschrift „Bergblick“", false, false}}},
		{name: "a relative clause of the source",
			text: "Die Schule bleibt bis Freitag zu. Dies berichtet das Nordblatt, das sich auf die Stadt beruft.",
			want: []want{{"Die Schule bleibt bis Freitag zu", "*", "berichtet", "*", false, false}}},
		{name: "a dass clause is no relative clause",
			text: "Die Schule bleibt bis Freitag zu. Das berichtete die Zeitung, dass auch die Kitas schließen.",
			not:  []string{"Die Schule bleibt bis Freitag zu"}},
	})
}
