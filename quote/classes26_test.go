package quote

import (
	"testing"

	"crosscheck/article"
)

// quoteCase is one sentence we wrote: quotations it must give and texts it must not report.
type quoteCase struct {
	name string
	text string
	want []want
	not  []string
}

// runQuoteCases runs each case through the quotation stage alone.
func runQuoteCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	runQuoteCasesWith(t, tests, func(a *article.Article) *article.Analysis { return run(a, dePack) })
}

// runQuoteCasesWith runs each case through analyse and checks what it must and must not give.
func runQuoteCasesWith(t *testing.T, tests []quoteCase, analyse func(*article.Article) *article.Analysis) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := analyse(paragraphs("t", tc.text))
			check(t, an, tc.want)
			for _, n := range tc.not {
				for _, q := range an.Quotes {
					if q.Text == n {
						t.Errorf("%q reported as a quote", n)
					}
				}
			}
		})
	}
}

// TestPointBackMore (stop 24c): "Das erklärte gestern X", "Dies bestätigte am Montag X" (an
// adverb of time or a preposition with one noun between the verb and its subject) and "Dies
// geht aus X hervor" (@f: the source after the preposition, a relative clause of the source
// allowed before "hervor"); "Dies gab X bekannt" (@t=bekannt). A law or rule after "aus" is no
// source; "Das gibt X zu" is left alone. Sentences we wrote.
func TestPointBackMore(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "an adverb of time before the subject",
			text: "Die Schule bleibt bis Freitag geschlossen. Das erklärte gestern ein Sprecher der Stadt.",
			want: []want{{"Die Schule bleibt bis Freitag geschlossen", "", "erklärte", "ein Sprecher der Stadt", false, false}}},
		{name: "a day before the subject",
			text: "Die Schule bleibt bis Freitag geschlossen. Das bestätigte am Montag der Bürgermeister.",
			want: []want{{"Die Schule bleibt bis Freitag geschlossen", "", "bestätigte", "der Bürgermeister", false, false}}},
		{name: "geht aus einem Bericht hervor",
			text: "Die Rakete soll im Mai wieder starten. Dies geht aus einem Bericht der Agentur hervor.",
			want: []want{{"Die Rakete soll im Mai wieder starten", "", "geht", "einem Bericht der Agentur", false, false}}},
		{name: "a relative clause of the source before hervor",
			text: "Die Rakete soll im Mai wieder starten. Dies geht aus einem Bericht der Agentur, der am Montag erschien, hervor.",
			want: []want{{"Die Rakete soll im Mai wieder starten", "", "geht", "einem Bericht der Agentur, der am Montag erschien", false, false}}},
		{name: "a relative clause after hervor",
			text: "Der Konzern plant eine neue Rechtsform. Dies geht aus einer Pressemitteilung des Konzerns hervor, die am Montag erschien.",
			want: []want{{"Der Konzern plant eine neue Rechtsform", "", "geht", "einer Pressemitteilung des Konzerns", false, false}}},
		{name: "a law is no source",
			text: "Die Schule bleibt bis Freitag geschlossen. Das geht aus dem Gesetz hervor.",
			not:  []string{"Die Schule bleibt bis Freitag geschlossen"}},
		{name: "geht without its companion says nothing",
			text: "Die Schule bleibt bis Freitag geschlossen. Das geht aus dem Bericht nicht klar.",
			not:  []string{"Die Schule bleibt bis Freitag geschlossen"}},
		{name: "dies gab bekannt",
			text: "Der Verein holt einen neuen Trainer. Dies gab heute die Vereinsführung bekannt.",
			want: []want{{"Der Verein holt einen neuen Trainer", "", "gab", "die Vereinsführung", false, false}}},
		{name: "admitting is left alone",
			text: "Reine Liebe zum Film ist es nicht. Das gibt der Sammler Karl Huber offen zu.",
			not:  []string{"Reine Liebe zum Film ist es nicht"}},
	})
}

// TestCueInSubordinateClause (stop 24c): a cue phrase right after the conjunction or relative
// pronoun that opens a clause ("…, da nach Angaben X …", "…, das laut X …", "…, weil laut X
// …") reports that clause's rest up to the next comma, not the main clause before it; a public
// body ("Polizei", "Gericht") may follow "laut". Sentences we wrote.
func TestCueInSubordinateClause(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "da nach Angaben",
			text: "Die Hunde kamen verspätet an, da nach Angaben der Fluggesellschaft die Genehmigung zu spät beantragt worden war.",
			want: []want{{"die Genehmigung zu spät beantragt worden war", "", "nach Angaben", "der Fluggesellschaft", false, false}},
			not:  []string{"Die Hunde kamen verspätet an, da", "Die Hunde kamen verspätet an"}},
		{name: "a relative pronoun before nach Angaben",
			text: "Schuld war das lange Verfahren, das nach Angaben eines Sprechers der Werft nicht rechtzeitig beendet werden konnte.",
			want: []want{{"nicht rechtzeitig beendet werden konnte", "", "nach Angaben", "eines Sprechers der Werft", false, false}}},
		{name: "weil laut, up to the next comma",
			text: "Die Feier fiel aus, weil laut einem Sprecher der Stadt nur wenige Gäste kamen, und alle gingen heim.",
			want: []want{{"nur wenige Gäste kamen", "", "laut", "einem Sprecher der Stadt", false, false}},
			not:  []string{"Die Feier fiel aus, weil"}},
		{name: "a public body after laut",
			text: "Laut Polizei kam der Zug am Montag zu spät.",
			want: []want{{"kam der Zug am Montag zu spät", "*", "Laut", "Polizei", false, false}}},
		{name: "a court after laut",
			text: "Das Verfahren dauerte lange, das laut Gericht nicht rechtzeitig beendet werden konnte.",
			want: []want{{"nicht rechtzeitig beendet werden konnte", "", "laut", "Gericht", false, false}}},
	})
}

// TestWieAdverb (stop 24c): an adverb between "wie" and the subject of its frame ("Wie schon
// die Behörde sagte, …", "Wie gestern der Sprecher mitteilte, …"). Sentences we wrote.
func TestWieAdverb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "schon after wie",
			text: "Wie schon die Behörde sagte, ist eine Ansteckung im Park unwahrscheinlich.",
			want: []want{{"ist eine Ansteckung im Park unwahrscheinlich", "*", "sagte", "die Behörde", false, false}}},
		{name: "gestern after wie",
			text: "Wie gestern der Sprecher der Stadt mitteilte, bleibt die Brücke gesperrt.",
			want: []want{{"bleibt die Brücke gesperrt", "", "mitteilte", "der Sprecher der Stadt", false, false}}},
	})
}

// TestNachAfterSource (stop 24c): "nach" after a source noun with its article or possessive,
// opening the sentence or a subordinate clause ("Seiner Ansicht nach …", "Dem Vernehmen nach
// …", "…, die ihrer Meinung nach …"); the possessive names nobody by itself. Inside a clause
// it is left alone, and a speech verb before it keeps its own frame. Sentences we wrote.
func TestNachAfterSource(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "seiner Ansicht nach",
			text: "Seiner Ansicht nach ist die neue Brücke viel zu teuer.",
			want: []want{{"ist die neue Brücke viel zu teuer", "", "nach", "Seiner Ansicht", false, false}}},
		{name: "dem Vernehmen nach",
			text: "Dem Vernehmen nach soll der Trainer noch bis zum Sommer bleiben.",
			want: []want{{"soll der Trainer noch bis zum Sommer bleiben", "", "nach", "Dem Vernehmen", false, false}}},
		{name: "a relative clause",
			text: "Die Partei kämpft gegen die Regierung, die ihrer Meinung nach zu Unrecht im Amt ist.",
			want: []want{{"zu Unrecht im Amt ist", "", "nach", "ihrer Meinung", false, false}},
			not:  []string{"Die Partei kämpft gegen die Regierung, die ihrer Meinung"}},
		{name: "inside a clause",
			text: "Im Jahr 2020 sind seiner Meinung nach die Preise in der Stadt stark gestiegen.",
			not:  []string{"die Preise in der Stadt stark gestiegen", "Im Jahr 2020 sind"}},
		{name: "a speech verb keeps its frame",
			text: "Anna Berg sagte, seiner Ansicht nach sei das Gesetz falsch.",
			want: []want{{"seiner Ansicht nach sei das Gesetz falsch", "*", "sagte", "Anna Berg", false, false}}},
	})
}

// TestGemaessAndDemnach (stop 24c): "gemäß" before a medium, a role or a person noun is a cue
// ("gemäß der Zeitung", "gemäß einem Sprecher"), before a rule it stays none; "demnach" after
// an auxiliary or modal inside the sentence stands for the source of the report before, when
// enough words stand around it. Sentences we wrote.
func TestGemaessAndDemnach(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "gemäß a spokesperson",
			text: "Die Baustelle werde gemäß einem Sprecher des Unternehmens bis Montag ruhen.",
			want: []want{{"Die Baustelle werde gemäß einem Sprecher des Unternehmens bis Montag ruhen", "", "gemäß", "einem Sprecher des Unternehmens", false, false}}},
		{name: "gemäß a newspaper",
			text: "Gemäß der Zeitung sind bei dem Unfall drei Menschen gestorben.",
			want: []want{{"sind bei dem Unfall drei Menschen gestorben", "", "Gemäß", "der Zeitung", false, false}}},
		{name: "gemäß a decree is no source",
			text: "Gemäß dem Dekret werden alle Händler unter einem Begriff zusammengefasst.",
			not:  []string{"werden alle Händler unter einem Begriff zusammengefasst"}},
		{name: "demnach after a modal",
			text: "Das Amt legte am Montag einen Bericht vor. Die Rolle der Bank soll demnach weiter gestärkt werden.",
			want: []want{{"Die Rolle der Bank soll", "", "demnach", "demnach", false, false}}},
		{name: "demnach with too little around it",
			text: "Das Amt legte am Montag einen Bericht vor. Er ist demnach schuldig.",
			not:  []string{"Er ist"}},
	})
}

// TestSoFrameTail (stop 24c): "…, so das Ergebnis einer Studie der Stiftung X." (a source noun
// with its attributes up to the sentence's end is the source), "…, so die Polizei am Montag."
// (after a speaker, an adverbial); "…, so ernst wie nie" is no frame. Sentences we wrote.
func TestSoFrameTail(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "a study with attributes",
			text: "Die meisten Hausmittel sind wirkungslos, so das Ergebnis einer gestern vorgestellten Studie der Verbraucherzentrale.",
			want: []want{{"Die meisten Hausmittel sind wirkungslos", "*", "so", "das Ergebnis einer gestern vorgestellten Studie der Verbraucherzentrale", false, false}}},
		{name: "an information of an office",
			text: "Fast alle vermissten Hunde werden schnell wieder gefunden, so eine Information des Tierheims in Bremen.",
			want: []want{{"Fast alle vermissten Hunde werden schnell wieder gefunden", "*", "so", "eine Information des Tierheims in Bremen", false, false}}},
		{name: "a speaker and an adverbial",
			text: "Die Preise für Brot steigen weiter, so die Polizei am Montag.",
			want: []want{{"Die Preise für Brot steigen weiter", "*", "so", "die Polizei", false, false}}},
		{name: "a comparison is no frame",
			text: "Die Lage im Land ist ernst, so ernst wie nie zuvor in der Geschichte.",
			not:  []string{"Die Lage im Land ist ernst"}},
	})
}

// TestBecameKnown (stop 24c): "wurde bekannt, dass …", "war bekannt geworden, dass …", "Wie
// gestern bekannt wurde, …" report without a source (quote_known); in a sentence opened by a
// subordinate clause the dass clause ends at the next comma; becoming famous is no report.
// Sentences we wrote.
func TestBecameKnown(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{name: "wurde bekannt, dass",
			text: "Am Montag wurde bekannt, dass der Trainer den Verein im Sommer verlassen wird.",
			want: []want{{"dass der Trainer den Verein im Sommer verlassen wird", "", "bekannt", "", false, false}}},
		{name: "war bekannt geworden, dass",
			text: "Zuvor war schon bekannt geworden, dass in zwei Dörfern Fälle der Seuche aufgetreten waren.",
			want: []want{{"dass in zwei Dörfern Fälle der Seuche aufgetreten waren", "", "bekannt", "", false, false}}},
		{name: "wie bekannt wurde",
			text: "Wie gestern bekannt wurde, hat der Trainer den Verein verlassen.",
			want: []want{{"hat der Trainer den Verein verlassen", "", "bekannt", "", false, false}}},
		{name: "after a subordinate opening",
			text: "Nachdem bekannt geworden war, dass die Firma ihre Windparks verkauft, stieg die Aktie stark an.",
			want: []want{{"dass die Firma ihre Windparks verkauft", "", "bekannt", "", false, false}}},
		{name: "becoming famous",
			text: "Der Sänger wurde bekannt, als er im Fernsehen auftrat und dort gewann.",
			not:  []string{"als er im Fernsehen auftrat und dort gewann"}},
	})
}
