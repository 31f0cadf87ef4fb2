package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/en"
)

// named marks every occurrence of each name in a's text as an entity: the tagger's part,
// given by hand so that these tests check attribution alone.
func named(a *article.Article, names map[string]string) []article.Entity {
	var out []article.Entity
	for name, typ := range names {
		for off := 0; ; {
			i := strings.Index(a.Text[off:], name)
			if i < 0 {
				break
			}
			st := utf8.RuneCountInString(a.Text[:off+i])
			out = append(out, article.Entity{Start: st, End: st + utf8.RuneCountInString(name), Text: name, Type: typ, Canonical: name})
			off += i + len(name)
		}
	}
	return out
}

const (
	per   = article.EntityPerson
	org   = article.EntityOrganisation
	place = article.EntityPlace
)

// attribution is one expected quotation: its words, speaker ("" for none), how the speaker was
// found, and whether it is direct.
type attribution struct {
	text, speaker, how string
	direct             bool
}

type classCase struct {
	name   string
	text   string
	names  map[string]string
	want   []attribution
	not    []string // words that must not be (part of) any quotation
	never  []string // names that must not be the speaker of any quotation
	noneAt []string // quotations that must carry no speaker
}

func runClasses(t *testing.T, p lang.Pack, code string, cases []classCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := paragraphs("t", tc.text)
			a.Language = code
			an := run(a, p, named(a, tc.names)...)
			checkWant(t, an, tc.want)
			for _, q := range an.Quotes {
				for _, n := range tc.not {
					if strings.Contains(q.Text, n) {
						t.Errorf("%q reported as (part of) a quotation: %q", n, q.Text)
					}
				}
				for _, n := range tc.never {
					if q.Speaker == n {
						t.Errorf("%q credited to %q", q.Text, n)
					}
				}
				for _, n := range tc.noneAt {
					if q.Text == n && (q.Speaker != "" || q.SpeakerHow != article.SpeakerNone) {
						t.Errorf("%q: speaker %q (%s), want none", q.Text, q.Speaker, q.SpeakerHow)
					}
				}
				checkSpan(t, q)
			}
			assertOffsets(t, a, an)
		})
	}
}

// checkWant checks that each expected quotation was found with its speaker, how and direct
// flag.
func checkWant(t *testing.T, an *article.Analysis, want []attribution) {
	t.Helper()
	for _, w := range want {
		var got *article.Quote
		for i := range an.Quotes {
			if an.Quotes[i].Text == w.text {
				got = &an.Quotes[i]
			}
		}
		if got == nil {
			t.Errorf("missing %q; got %v", w.text, quoteList(an))
			continue
		}
		if got.Speaker != w.speaker || got.SpeakerHow != w.how || got.Direct != w.direct {
			t.Errorf("%q: speaker %q (%s) direct=%v, want %q (%s) direct=%v", w.text, got.Speaker, got.SpeakerHow, got.Direct, w.speaker, w.how, w.direct)
		}
	}
}

// checkSpan checks the message span of a quotation: a direct one holds no quotation mark at
// its edges (no doubled marks when shown in marks), a reported one holds no mark it does not
// close, and every quotation says how its speaker was found.
func checkSpan(t *testing.T, q article.Quote) {
	t.Helper()
	if q.Direct {
		first, _ := utf8.DecodeRuneInString(q.Text)
		last, _ := utf8.DecodeLastRuneInString(q.Text)
		if strings.ContainsRune("„“”»«\"‚‘", first) || strings.ContainsRune("„“”»«\"", last) {
			t.Errorf("direct %q: quotation mark at its edge", q.Text)
		}
	}
	if n := len(Scan(q.Text)); strings.Count(q.Text, "„")+strings.Count(q.Text, "»") > n && !q.Direct {
		t.Errorf("reported %q: an opening mark without its closing one", q.Text)
	}
	switch q.SpeakerHow {
	case article.SpeakerSubject, article.SpeakerCoreference, article.SpeakerRole:
		if q.Speaker == "" {
			t.Errorf("%q: how %q without a speaker", q.Text, q.SpeakerHow)
		}
	case article.SpeakerNone:
		if q.Speaker != "" {
			t.Errorf("%q: speaker %q with how none", q.Text, q.Speaker)
		}
	default:
		t.Errorf("%q: speaker_how %q", q.Text, q.SpeakerHow)
	}
}

func quoteList(an *article.Analysis) []string {
	var s []string
	for _, q := range an.Quotes {
		s = append(s, q.Text+" ["+q.Speaker+"/"+q.SpeakerHow+"]")
	}
	return s
}

// TestGermanClasses covers the failure classes of issue 12 in German: addressees and relaying
// media never speak, critics' words stay with the critic, roles between quotation and name,
// pronouns and epithets that must agree, the author's conditional and questions are no
// quotations, noun phrases are no messages, and direct and reported speech stay apart.
func TestGermanClasses(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "pronoun with a dative medium",
			text:  "Die Bürgermeisterin Petra Lindner besuchte am Morgen das Werk.\n„Wir prüfen alle Möglichkeiten“, sagte sie der Deutschen Presse-Agentur.",
			names: map[string]string{"Petra Lindner": per, "Deutschen Presse-Agentur": org},
			want:  []attribution{{"Wir prüfen alle Möglichkeiten", "Petra Lindner", article.SpeakerCoreference, true}},
			never: []string{"Deutschen Presse-Agentur"}},
		{name: "unnamed spokesman and an agency",
			text:   "„Die Lage ist unter Kontrolle“, sagte ein Polizeisprecher der Deutschen Presse-Agentur.",
			names:  map[string]string{"Deutschen Presse-Agentur": org},
			noneAt: []string{"Die Lage ist unter Kontrolle"}},
		{name: "epithet with an agency as its dative",
			text:  "Finanzminister Bernd Kolbe stellte den Haushalt vor. Die Schulden seien tragbar, sagte der SPD-Politiker der dpa.",
			names: map[string]string{"Bernd Kolbe": per, "SPD": org, "dpa": org},
			want:  []attribution{{"Die Schulden seien tragbar", "Bernd Kolbe", article.SpeakerCoreference, false}},
			never: []string{"dpa", "SPD"}},
		{name: "gegenüber names the addressee",
			text:  "Ministerin Anna Berger sagte gegenüber der Wochenzeitung, die Pläne seien vom Tisch.",
			names: map[string]string{"Anna Berger": per},
			want:  []attribution{{"die Pläne seien vom Tisch", "Anna Berger", article.SpeakerSubject, false}}},
		{name: "a person inside the quotation is not the speaker",
			text:  "Die Sprecherin Lisa Wagner trat vor die Presse. „Wir danken Minister Paul Frei für seine schnelle Hilfe.“",
			names: map[string]string{"Lisa Wagner": per, "Paul Frei": per},
			want:  []attribution{{"Wir danken Minister Paul Frei für seine schnelle Hilfe.", "Lisa Wagner", article.SpeakerCoreference, true}},
			never: []string{"Paul Frei"}},
		{name: "critic, not the criticised",
			text:  "Der Verband griff Bürgermeister Jonas Keller scharf an. „Keller hat die Bürger getäuscht“, sagte Verbandschefin Maria Roth.",
			names: map[string]string{"Jonas Keller": per, "Keller": per, "Maria Roth": per},
			want:  []attribution{{"Keller hat die Bürger getäuscht", "Maria Roth", article.SpeakerSubject, true}},
			never: []string{"Jonas Keller"}},
		{name: "role between quotation and name",
			text:  "„Die Straße bleibt bis Freitag gesperrt“, sagte Stadtsprecher Jonas Brandt am Abend.",
			names: map[string]string{"Jonas Brandt": per},
			want:  []attribution{{"Die Straße bleibt bis Freitag gesperrt", "Jonas Brandt", article.SpeakerSubject, true}}},
		{name: "pronouns agree in sex",
			text:  "Die Ministerin Anna Berger traf am Montag den Bürgermeister Karl Huber.\n„Das war ein gutes Gespräch“, sagte sie.\n„Wir sehen uns im Mai wieder“, sagte er.",
			names: map[string]string{"Anna Berger": per, "Karl Huber": per},
			want: []attribution{{"Das war ein gutes Gespräch", "Anna Berger", article.SpeakerCoreference, true},
				{"Wir sehen uns im Mai wieder", "Karl Huber", article.SpeakerCoreference, true}}},
		{name: "an unnamed woman after the named man takes the pronoun",
			text:   "Der Sänger Timo Falk sprach über den Streit. Seine frühere Partnerin warf ihm Lügen vor. „Das ist alles erfunden“, sagte sie.",
			names:  map[string]string{"Timo Falk": per},
			noneAt: []string{"Das ist alles erfunden"}},
		{name: "age epithet",
			text:  "Der Unternehmer Max Stein eröffnete die neue Halle. „Wir haben lange darauf gewartet“, sagte der 58-Jährige.",
			names: map[string]string{"Max Stein": per},
			want:  []attribution{{"Wir haben lange darauf gewartet", "Max Stein", article.SpeakerCoreference, true}}},
		{name: "role tied to a name",
			text:  "Tom Berger, der Kanzleichef des Präsidenten, reiste nach Genf.\n„Wir verhandeln nicht über Gebiete“, sagte der Kanzleichef.",
			names: map[string]string{"Tom Berger": per},
			want:  []attribution{{"Wir verhandeln nicht über Gebiete", "Tom Berger", article.SpeakerRole, true}}},
		{name: "a possessive names no speaker",
			text:  "Der Präsident Ivo Marek blieb in der Hauptstadt. „Die Gespräche laufen“, sagte Mareks Sprecher.",
			names: map[string]string{"Ivo Marek": per, "Mareks": per},
			never: []string{"Ivo Marek"}},
		{name: "unnamed functional role",
			text:   "Der Angeklagte Udo Kern schwieg. „Das Urteil folgt am Freitag“, sagte der Vorsitzende Richter.",
			names:  map[string]string{"Udo Kern": per},
			noneAt: []string{"Das Urteil folgt am Freitag"}},
		{name: "the author's conditional is no quotation",
			text:  "Minister Paul Weber sagte, die Lage sei ernst. Ein solcher Einsatz wäre sehr teuer.",
			names: map[string]string{"Paul Weber": per},
			want:  []attribution{{"die Lage sei ernst", "Paul Weber", article.SpeakerSubject, false}},
			not:   []string{"Ein solcher Einsatz"}},
		{name: "a Konjunktiv report runs on, the author's Konjunktiv II does not",
			text:  "Ministerin Eva Roth sagte, die Dämme hielten noch. Die Lage sei aber ernst. Dafür bräuchte sie mehr Helfer.",
			names: map[string]string{"Eva Roth": per},
			want:  []attribution{{"Die Lage sei aber ernst", "Eva Roth", article.SpeakerCoreference, false}},
			not:   []string{"Dafür bräuchte"}},
		{name: "a question put to someone is no statement",
			text:  "Reporter fragten Oskar Lenz, ob er Gespräche mit der Opposition führen würde.",
			names: map[string]string{"Oskar Lenz": per},
			not:   []string{"ob er Gespräche"}},
		{name: "a hypothetical statement is none",
			text:  "Für eine Einigung müsste Oskar Lenz einräumen, dass er von den Plänen wusste.",
			names: map[string]string{"Oskar Lenz": per},
			not:   []string{"dass er von den Plänen wusste"}},
		{name: "a promise with a noun phrase is no quotation",
			text:  "Der Bund sicherte Sachsen 50 Millionen Euro zu. Gemäß dem Digitalgesetz müssen Plattformen Inhalte prüfen. Die Suche nach Vermissten geht weiter.",
			names: map[string]string{"Sachsen": place},
			not:   []string{"50 Millionen", "Plattformen Inhalte", "Vermissten"}},
		{name: "a negated speech verb reports nothing",
			text: "Genaue Zahlen, wie viele Stellen wegfallen, nannte der Konzern bisher nicht.",
			not:  []string{"Genaue Zahlen"}},
		{name: "direct and reported apart, the fragment without marks at its edges",
			text:  "Verbandschefin Maria Roth sagte, die Reform sei „längst überfällig“.",
			names: map[string]string{"Maria Roth": per},
			want: []attribution{{"die Reform sei „längst überfällig“", "Maria Roth", article.SpeakerSubject, false},
				{"längst überfällig", "Maria Roth", article.SpeakerSubject, true}}},
		{name: "a report after a cue phrase names its source, a medium as the source",
			text: "Laut „Tagesblatt“ soll die Firma 200 Stellen streichen.",
			want: []attribution{{"soll die Firma 200 Stellen streichen", "Tagesblatt", article.SpeakerSubject, false}}},
		{name: "a name in quotation marks is no quotation",
			text: "Der Verein „Grüne Wiese“ lud am Sonntag zum Fest.",
			not:  []string{"Grüne Wiese"}},
	})
}

// TestEnglishClasses covers the English failure classes: "according to" as a cue, "told
// reporters", "police said", an apposition before "said in a statement", "said a pale and weary
// X", a role between quotation and name, pronouns that agree.
func TestEnglishClasses(t *testing.T) {
	runClasses(t, en.New(), "en", []classCase{
		{name: "according to a named source",
			text:  "According to Mayor Lisa Grant, the bridge will reopen on Monday.",
			names: map[string]string{"Lisa Grant": per},
			want:  []attribution{{"the bridge will reopen on Monday", "Lisa Grant", article.SpeakerSubject, false}}},
		{name: "according to an unnamed body",
			text:   "According to the fire department, three people were injured.",
			noneAt: []string{"three people were injured"},
			want:   []attribution{{"three people were injured", "", article.SpeakerNone, false}}},
		{name: "told reporters",
			text:  "Tom Fischer told reporters that the plant would close in May.",
			names: map[string]string{"Tom Fischer": per},
			want:  []attribution{{"that the plant would close in May", "Tom Fischer", article.SpeakerSubject, false}}},
		{name: "told a newspaper",
			text:  "“We will appeal,” Ellen Park told the Chronicle.",
			names: map[string]string{"Ellen Park": per, "Chronicle": org},
			want:  []attribution{{"We will appeal,", "Ellen Park", article.SpeakerSubject, true}},
			never: []string{"Chronicle"}},
		{name: "police said",
			text: "“The fire is contained,” police said.",
			want: []attribution{{"The fire is contained,", "", article.SpeakerNone, true}}},
		{name: "apposition before said in a statement",
			text:  "The company's chief executive, Angela Brooks, said in a statement that sales had doubled.",
			names: map[string]string{"Angela Brooks": per},
			want:  []attribution{{"that sales had doubled", "Angela Brooks", article.SpeakerSubject, false}}},
		{name: "said a pale and weary",
			text:  "“We are going home now,” said a pale and weary Tom Fischer.",
			names: map[string]string{"Tom Fischer": per},
			want:  []attribution{{"We are going home now,", "Tom Fischer", article.SpeakerSubject, true}}},
		{name: "role between quotation and name",
			text:  "“The road stays closed until Friday,” fire service spokesman Mark Dunn said.",
			names: map[string]string{"Mark Dunn": per},
			want:  []attribution{{"The road stays closed until Friday,", "Mark Dunn", article.SpeakerSubject, true}}},
		{name: "pronouns agree",
			text:  "Senator Mary Collins met Governor John Reed on Monday.\n“It was a good meeting,” she said.\n“We will talk again in May,” he said.",
			names: map[string]string{"Mary Collins": per, "John Reed": per},
			want: []attribution{{"It was a good meeting,", "Mary Collins", article.SpeakerCoreference, true},
				{"We will talk again in May,", "John Reed", article.SpeakerCoreference, true}}},
		{name: "a possessive names no speaker",
			text:  "Smith's spokesman said the talks had failed.",
			names: map[string]string{"Smith": per},
			never: []string{"Smith"}},
		{name: "a person inside the quotation is not the speaker",
			text:  "“I thank Governor Reed for his support,” the mayor said.",
			names: map[string]string{"Reed": per},
			never: []string{"Reed"}},
		{name: "a question is no statement",
			text:  "Asked whether she would run again, Mary Collins said she had not decided.",
			names: map[string]string{"Mary Collins": per},
			want:  []attribution{{"she had not decided", "Mary Collins", article.SpeakerSubject, false}},
			not:   []string{"whether she would run"}},
		{name: "sentence-final unnamed source",
			text: "Hundreds of workers will be moved to other sites, a spokesperson told Reuters.",
			want: []attribution{{"Hundreds of workers will be moved to other sites", "", article.SpeakerNone, false}}},
		{name: "the company refers back to the company that spoke",
			text:  "Blue Harbor said on Monday that it would hire 200 people. The company said it expected more orders.",
			names: map[string]string{"Blue Harbor": org},
			want:  []attribution{{"it expected more orders", "Blue Harbor", article.SpeakerCoreference, false}}},
	})
}

// TestGermanClassesDev2 covers the classes the second German development set showed
// (docs/quality.md, issue 12), in sentences we wrote.
func TestGermanClassesDev2(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "a relaying agency after the speech verb is no source",
			text:  "Landrat Peter Vogt besuchte die Unfallstelle. „Die Brücke bleibt gesperrt“, sagte er nach Angaben der Agentur Nordpress. „Wir bauen sie neu.“ Die Arbeiten seien vergeben.",
			names: map[string]string{"Peter Vogt": per, "Nordpress": org},
			want: []attribution{{"Die Brücke bleibt gesperrt", "Peter Vogt", article.SpeakerCoreference, true},
				{"Wir bauen sie neu.", "Peter Vogt", article.SpeakerCoreference, true}},
			not:   []string{"sagte er"},
			never: []string{"Nordpress"}},
		{name: "a dative after the speech verb is the addressee",
			text:   "Nicht genannte Quellen in der Verwaltung sagten dem Portal Stadtblick, die Schule werde geschlossen.",
			names:  map[string]string{"Stadtblick": per},
			noneAt: []string{"die Schule werde geschlossen"},
			never:  []string{"Stadtblick"}},
		{name: "bestreiten an event is no denial",
			text:  "Im Straßenrennen am Sonntag - das Zeitfahren bestreitet Lena Kraus als einzige Deutsche - hat Mia Roth alle Freiheiten.",
			names: map[string]string{"Lena Kraus": per, "Mia Roth": per},
			not:   []string{"alle Freiheiten"}},
		{name: "a colon after a speech verb frames the sentence's own report",
			text:  "„Wir halten die Stellungen“, schrieb Gouverneur Ivo Marek. Die Bloggerin Ina Sommer schrieb zu den Kämpfen: Es gehe darum, die Zone auszuweiten.",
			names: map[string]string{"Ivo Marek": per, "Ina Sommer": per},
			want: []attribution{{"Wir halten die Stellungen", "Ivo Marek", article.SpeakerSubject, true},
				{"Es gehe darum, die Zone auszuweiten", "Ina Sommer", article.SpeakerSubject, false}}},
		{name: "an age epithet agrees with the age given",
			text:  "Radprofi Tom Berger (25) gewann am Sonntag die Rundfahrt. Er ärgert sich, weil seine Freundin Ula Marek nicht nominiert wurde.\n„Ich bin sehr müde“, sagte der 25-Jährige.",
			names: map[string]string{"Tom Berger": per, "Ula Marek": per},
			want:  []attribution{{"Ich bin sehr müde", "Tom Berger", article.SpeakerCoreference, true}},
			never: []string{"Ula Marek"}},
		{name: "a heading repeating a later quotation takes no speaker from the paragraph before",
			text:  "Den Sprint gewann am Ende Karl Huber.\n„In zwei Wochen ist alles gut“\n„Ich bleibe gesund. In zwei Wochen ist alles gut“, sagte Teamkollege Max Roth.",
			names: map[string]string{"Karl Huber": per, "Max Roth": per},
			want:  []attribution{{"Ich bleibe gesund. In zwei Wochen ist alles gut", "Max Roth", article.SpeakerSubject, true}},
			never: []string{"Karl Huber"}},
		{name: "a body named by its noun speaks",
			text: "Am Morgen seien Truppen vorgerückt, teilte das Verteidigungsministerium in Kiew mit. „Wir schicken Reserven“, teilte das Ministerium später mit. Derzeit laufen Suchmaßnahmen, wie die Polizei mitteilte.",
			want: []attribution{{"Am Morgen seien Truppen vorgerückt", "Verteidigungsministerium", article.SpeakerSubject, false},
				{"Wir schicken Reserven", "Verteidigungsministerium", article.SpeakerCoreference, true},
				{"Derzeit laufen Suchmaßnahmen", "Polizei", article.SpeakerSubject, false}}},
		{name: "a name before -Angaben is the source",
			text:  "Der Autobauer Belmo ruft Wagen zurück. Belmo-Angaben zufolge sind 1,5 Millionen Autos betroffen.",
			names: map[string]string{"Belmo": org},
			want:  []attribution{{"sind 1,5 Millionen Autos betroffen", "Belmo", article.SpeakerSubject, false}}},
		{name: "a role compound before the name after the verb",
			text:  "„Lasst uns zurückkehren“, sagte BDA-Hauptgeschäftsführer Stefan Kamp der „Rheinischen Post“.",
			names: map[string]string{"BDA": org, "Stefan Kamp": per, "Rheinischen Post": org},
			want:  []attribution{{"Lasst uns zurückkehren", "Stefan Kamp", article.SpeakerSubject, true}},
			never: []string{"Rheinischen Post"}},
		{name: "a role with a place in its genitive, then the name",
			text:  "„Wir halten die Stellungen“, schrieb der Gouverneur des Gebietes Nordland, Ivo Marek, auf Telegram.",
			names: map[string]string{"Nordland": place, "Ivo Marek": per},
			want:  []attribution{{"Wir halten die Stellungen", "Ivo Marek", article.SpeakerSubject, true}}},
		{name: "verbs of retort and complaint introduce quotations",
			text:  "„So nicht!“, konterte Anna Wolf. „Das ist zu wenig“, schimpfte Jan Holt. „Er wurde jeden Tag besser“, staunte selbst Uwe Kern.",
			names: map[string]string{"Anna Wolf": per, "Jan Holt": per, "Uwe Kern": per},
			want: []attribution{{"So nicht!", "Anna Wolf", article.SpeakerSubject, true},
				{"Das ist zu wenig", "Jan Holt", article.SpeakerSubject, true},
				{"Er wurde jeden Tag besser", "Uwe Kern", article.SpeakerSubject, true}}},
		{name: "a quotation split by its cue keeps one speaker",
			text:  "„Es waren harte Wochen“, sagte Teamkollege Nils Brand noch am Sonntag, „jetzt freue ich mich auf die Spiele.“ «Die Rolle der Band», so schreibt Mick Hall im Vorwort, «ist sehr wichtig.»",
			names: map[string]string{"Nils Brand": per, "Mick Hall": per},
			want: []attribution{{"Es waren harte Wochen", "Nils Brand", article.SpeakerSubject, true},
				{"jetzt freue ich mich auf die Spiele.", "Nils Brand", article.SpeakerSubject, true},
				{"Die Rolle der Band", "Mick Hall", article.SpeakerSubject, true},
				{"ist sehr wichtig.", "Mick Hall", article.SpeakerSubject, true}}},
		{name: "laut with a source and an indicative clause",
			text:  "Laut Fluggesellschaft Aerolux waren 57 Passagiere an Bord. Für Besucher besteht laut Polizei keine Gefahr.",
			names: map[string]string{"Aerolux": org},
			want:  []attribution{{"waren 57 Passagiere an Bord", "Aerolux", article.SpeakerSubject, false}}},
		{name: "a demonstrative opens a report with the cue after it",
			text:  "Der Autobauer Belmo senkt seine Prognose. Das dämpfe den Absatz im zweiten Halbjahr, erklärte Belmo.",
			names: map[string]string{"Belmo": org},
			want:  []attribution{{"Das dämpfe den Absatz im zweiten Halbjahr", "Belmo", article.SpeakerSubject, false}}},
		{name: "a dash ends the author's part before a cue phrase",
			text: "Im April erreichte die Quote einen Höchststand von 14,8 Prozent - nach Angaben des Statistikamts war dies der höchste Stand seit 1933.",
			want: []attribution{{"war dies der höchste Stand seit 1933", "", article.SpeakerNone, false}},
			not:  []string{"Im April"}},
		{name: "an adjective after das is no Konjunktiv",
			text:  "Das wilde 2:2 gegen die Niederlande lässt Zweifel zu. Das neue Gesetz bleibe umstritten, sagte Ministerin Eva Roth.",
			names: map[string]string{"Eva Roth": per},
			want:  []attribution{{"Das neue Gesetz bleibe umstritten", "Eva Roth", article.SpeakerSubject, false}},
			not:   []string{"wilde"}},
		{name: "nach eigenen Angaben names the subject of the sentence",
			text:  "Die Feuerwehr ist nach eigenen Angaben mit vier Teams vor Ort. Das Klinikum Nordstadt ist nach eigenen Angaben eine Fachklinik für Kinder.",
			names: map[string]string{"Klinikum Nordstadt": org},
			want: []attribution{{"Die Feuerwehr ist nach eigenen Angaben mit vier Teams vor Ort", "Feuerwehr", article.SpeakerSubject, false},
				{"Das Klinikum Nordstadt ist nach eigenen Angaben eine Fachklinik für Kinder", "Klinikum Nordstadt", article.SpeakerSubject, false}}},
		{name: "the company is the one organisation that spoke before",
			text:  "Der Autobauer Belmo senkt seine Prognose, teilte Belmo mit.\nDie Aktie fiel um neun Prozent. Auch Rivalen verloren.\nDer Markt in Asien ziehe nicht an, erklärte der Konzern.",
			names: map[string]string{"Belmo": org},
			want:  []attribution{{"Der Markt in Asien ziehe nicht an", "Belmo", article.SpeakerCoreference, false}}},
		{name: "a kinship noun with a genitive does not block a pronoun",
			text:  "Eva Roth liegt im Krankenhaus. Die Tochter des früheren Ministers Karl Strauß befand sich in ernstem Zustand. „Es hätte anders ausgehen können“, sagte sie der Zeitung.",
			names: map[string]string{"Eva Roth": per, "Karl Strauß": per},
			want:  []attribution{{"Es hätte anders ausgehen können", "Eva Roth", article.SpeakerCoreference, true}},
			never: []string{"Karl Strauß"}},
		{name: "a possessive name before a colon speaks",
			text:  "Generalsekretär Kai Kern griff an. Kerns Reaktion: „Da ist vieles deckungsgleich.“",
			names: map[string]string{"Kai Kern": per},
			want:  []attribution{{"Da ist vieles deckungsgleich.", "Kai Kern", article.SpeakerSubject, true}}},
		{name: "a profession noun points back like an epithet",
			text:  "„Die Regel war sinnvoll“, sagte die Vorsitzende des Verbandes, Nina Bauer.\n„Unsere Praxen sind voll“, sagte die Medizinerin.",
			names: map[string]string{"Nina Bauer": per},
			want:  []attribution{{"Unsere Praxen sind voll", "Nina Bauer", article.SpeakerCoreference, true}}},
		{name: "a name in quotation marks is the subject",
			text: "„Ich habe nichts getan“, erklärte „Gamerbro“ in einem Video. Die Feuerwehr ist nach eigenen Angaben vor Ort. Auch die Polizei sei im Einsatz, berichtete „Globo“.",
			want: []attribution{{"Ich habe nichts getan", "Gamerbro", article.SpeakerSubject, true},
				{"Auch die Polizei sei im Einsatz", "Globo", article.SpeakerSubject, false}},
			names: map[string]string{"Globo": org},
			not:   []string{"Globo"}},
		{name: "a medium's name in quotation marks after its noun reports",
			text: "Das Nachrichtenportal „Globo“ berichtete, das Flugzeug sei in einer Siedlung abgestürzt.",
			want: []attribution{{"das Flugzeug sei in einer Siedlung abgestürzt", "Globo", article.SpeakerSubject, false}}},
		{name: "an infinitive of purpose is no message",
			text:  "Mehrere Mitglieder hatten sich für eine Reform ausgesprochen, um Petra Lang eine weitere Amtszeit zu ermöglichen.",
			names: map[string]string{"Petra Lang": per},
			not:   []string{"Amtszeit"}},
		{name: "after a colon the clause opens with its subject",
			text:  "Der Plan ist „ein Leitantrag“: Anna Wolf kontert Karl Huber.",
			names: map[string]string{"Anna Wolf": per, "Karl Huber": per},
			never: []string{"Karl Huber"}},
		{name: "a role named later is not an earlier compound role",
			text:   "Die Lage sei ernst, sagte ein Polizeisprecher.\n„Wir stehen in Kontakt mit der Familie“, sagte der Sprecher.\nDie Suche leitete der Sprecher der Feuerwehr, Tom Kurz.",
			names:  map[string]string{"Tom Kurz": per},
			noneAt: []string{"Wir stehen in Kontakt mit der Familie"}},
		{name: "a genitive before a quoted noun is no speaker",
			text:  "Trainer Paul Sommer lobte Max Berg. Außerdem sprach Sommer Bergs „Theatralik“ an.",
			names: map[string]string{"Paul Sommer": per, "Sommer": per, "Max Berg": per, "Bergs": per},
			never: []string{"Max Berg"}},
		{name: "a medium named in quotation marks after an article is the addressee",
			text:  "Der „Tagblatt“ sagte der Schauspieler Jan Ott, dass er in Behandlung sei.",
			names: map[string]string{"Jan Ott": per},
			not:   []string{"Tagblatt"}},
		{name: "the last speaker of the paragraph before blocks a pronoun",
			text:  "„Er wird alleine gelassen“, monierte Dieter Hahn.\nHahn fand auch lobende Worte für das Team von Egon Tanz. „Es ist herausragend“, unterstrich er.",
			names: map[string]string{"Dieter Hahn": per, "Hahn": per, "Egon Tanz": per},
			never: []string{"Egon Tanz"}},
		{name: "a Konjunktiv sentence continues a direct quotation",
			text:  "„Die Einführung war sinnvoll“, sagte die Vorsitzende des Verbandes, Nina Bauer, der Zeitung.\nDies jetzt abzuschaffen, gefährde die Versorgung im Winter.",
			names: map[string]string{"Nina Bauer": per},
			want:  []attribution{{"Dies jetzt abzuschaffen, gefährde die Versorgung im Winter", "Nina Bauer", article.SpeakerCoreference, false}}},
	})
}
