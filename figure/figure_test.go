package figure

import (
	"math"
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/en"
)

var enPack = en.New()

type want struct {
	text  string
	value float64
	unit  string
	bound string
}

func extract(t *testing.T, p lang.Pack, text string, ents []article.Entity) []article.Figure {
	t.Helper()
	a := paragraphs("t", p.Code(), text)
	return analyse(t, a, p, ents).Figures
}

func checkFigures(t *testing.T, p lang.Pack, text string, wants []want) {
	t.Helper()
	got := extract(t, p, text, nil)
	if len(got) != len(wants) {
		t.Errorf("%q: got %d figures %+v, want %d", text, len(got), got, len(wants))
		return
	}
	for i, w := range wants {
		g := got[i]
		if g.Text != w.text || math.Abs(g.Value-w.value) > 1e-6*math.Max(1, w.value) || g.Unit != w.unit || g.Bound != w.bound || g.Approximate != (w.bound != "") {
			t.Errorf("%q: figure %d = {%q %v %q %q approx=%v}, want %+v", text, i, g.Text, g.Value, g.Unit, g.Bound, g.Approximate, w)
		}
	}
}

func TestGermanForms(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"Es gibt 11.000 Soldaten.", []want{{"11.000", 11000, "", ""}}},
		{"Die Stadt hat 1,5 Millionen Einwohner.", []want{{"1,5 Millionen", 1.5e6, "", ""}}},
		{"Er zahlte 200 Millionen Euro.", []want{{"200 Millionen Euro", 2e8, "EUR", ""}}},
		{"Es kamen rund 8.000 Menschen.", []want{{"rund 8.000", 8000, "", BoundAbout}}},
		{"Tausende Menschen demonstrierten.", []want{{"Tausende", 1000, "", BoundOrder}}},
		{"Hunderte Menschen flohen.", []want{{"Hunderte", 100, "", BoundOrder}}},
		{"„Elf tausend Soldaten sind dort“, sagte er.", []want{{"Elf tausend", 11000, "", ""}}},
		{"Dort sind elf tausend Soldaten.", []want{{"elf tausend", 11000, "", ""}}},
		{"Die Inflation stieg auf 3,2 Prozent.", []want{{"3,2 Prozent", 3.2, "%", ""}}},
		{"Die Quote lag bei 3,2 %.", []want{{"3,2 %", 3.2, "%", ""}}},
		{"Zwei Drittel der Befragten sind dafür.", []want{{"Zwei Drittel", 200.0 / 3, "%", ""}}},
		{"Es waren mehr als 100 Verletzte.", []want{{"mehr als 100", 100, "", BoundOver}}},
		{"Es kamen über 100 Gäste.", []want{{"über 100", 100, "", BoundOver}}},
		// A word of addition between the number and its unit or multiplier.
		{"Bis Montag werden 60 weitere Liter Regen erwartet.", []want{{"60 weitere Liter", 60, "l", ""}}},
		{"Der Bund gibt drei weitere Milliarden Euro.", []want{{"drei weitere Milliarden Euro", 3e9, "EUR", ""}}},
		// "at least" keeps the value, "more than" leaves it out: two bounds, not one.
		{"Der Verein braucht mindestens zwei Siege.", []want{{"mindestens zwei", 2, "", BoundMin}}},
		{"Es kamen weniger als 40 Gäste.", []want{{"weniger als 40", 40, "", BoundUnder}}},
		{"Es gab bis zu 50 Tote.", []want{{"bis zu 50", 50, "", BoundMax}}},
		{"Russland hat 12.000 Soldaten geschickt.", []want{{"12.000", 12000, "", ""}}},
		{"Der Schaden beträgt 5 Mrd. Dollar.", []want{{"5 Mrd. Dollar", 5e9, "USD", ""}}},
		{"Der Staudamm ist 120 Meter hoch.", []want{{"120 Meter", 120, "m", ""}}},
		{"Die Strecke ist 42,195 Kilometer lang.", []want{{"42,195 Kilometer", 42.195, "km", ""}}},
		{"Es waren knapp 30 Grad.", []want{{"knapp 30 Grad", 30, "°C", BoundAbout}}},
		{"Dreihundertfünfzig Menschen kamen.", []want{{"Dreihundertfünfzig", 350, "", ""}}},
		{"Einundzwanzig Länder unterschrieben.", []want{{"Einundzwanzig", 21, "", ""}}},
		{"Es kostet 2.500.000 Euro.", []want{{"2.500.000 Euro", 2.5e6, "EUR", ""}}},
		{"Es geht um eine Million Menschen.", []want{{"eine Million", 1e6, "", ""}}},
		{"Zehntausende Menschen gingen auf die Straße.", []want{{"Zehntausende", 1e4, "", BoundOrder}}},
		{"Es kamen 2000 Menschen.", []want{{"2000", 2000, "", ""}}},
		{"Die Firma verdiente 5 Mio. € mehr.", []want{{"5 Mio. €", 5e6, "EUR", ""}}},
		{"Es kamen zehn bis 15 Männer.", []want{{"zehn", 10, "", ""}, {"15", 15, "", ""}}},
		{"Das Gerät kostet zwischen 2 und 3 Millionen Euro.", []want{{"2", 2e6, "EUR", ""}, {"3 Millionen Euro", 3e6, "EUR", ""}}},
		{"Unterschlagung (64 Prozent) führt.", []want{{"64 Prozent", 64, "%", ""}}},
	}
	for _, tc := range tests {
		checkFigures(t, dePack, tc.text, tc.want)
	}
}

func TestGermanNonFigures(t *testing.T) {
	for _, text := range []string{
		"Er bleibt sechs weitere Jahre im Amt.",
		"Am 3. November kam er an.",
		"Baerbock betonte ihre achte Reise nach Kiew.",
		"Der Zug fährt um 8.15 Uhr.",
		"Das war im Jahr 2024 anders.",
		"Die 2022 vorgestellte Formel gilt.",
		"Seit 2014 herrscht Krieg.",
		"Der G20-Gipfel beginnt.",
		"Er sprach mit dem Sender „1+1“.",
		"Covid-19 breitet sich aus.",
		"Der A380 landete.",
		"Paragraf 218 bleibt.",
		"Nach Artikel 5 gilt der Bündnisfall.",
		"Rufen Sie 0800 123456 an.",
		"Der Vertrag vom 14.11.2024 gilt.",
		"Die Offensive läuft seit drei Monaten.",
		"Er will den Krieg in 24 Stunden beenden.",
		"Beide Seiten verhandeln.",
		"Eine Frau kam.",
		"Es endete 2:1 nach Verlängerung.",
		"Die Boeing 737 stürzte ab.",
		"Eine Zuschauerin schrieb an Sat.1 einen Brief.",
		"Erwartet wird das neue iPhone 16 mit größerem Bildschirm.",
		"Er kam im Januar 2025 zurück.",
		"Er ist 50 Jahre alt.",
		"Die Nr. 5 gewann.",
		"Das Spiel endete am 8. Mai.",
		"Prinz William (32) kam.",
		"Fischer liegt auf Platz zwei.",
		"Sie waren drei bis fünf Jahre dort.",
		"Das Objektiv mit 1:3,5 ist hell.",
	} {
		if got := extract(t, dePack, text, nil); len(got) != 0 {
			t.Errorf("%q: want no figure, got %+v", text, got)
		}
	}
}

func TestEnglishForms(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"The US pledged $5 billion in aid.", []want{{"$5 billion", 5e9, "USD", ""}}},
		{"The city needs 40 more miles of road.", []want{{"40 more miles", 40, "mi", ""}}},
		{"About 5,000 soldiers arrived.", []want{{"About 5,000", 5000, "", BoundAbout}}},
		{"Inflation rose to 3.2 percent.", []want{{"3.2 percent", 3.2, "%", ""}}},
		{"Two thirds of voters agreed.", []want{{"Two thirds", 200.0 / 3, "%", ""}}},
		{"Thousands of people fled.", []want{{"Thousands", 1000, "", BoundOrder}}},
		{"More than 100 people died.", []want{{"More than 100", 100, "", BoundOver}}},
		{"The club needs at least 12 wins.", []want{{"at least 12", 12, "", BoundMin}}},
		{"Fewer than 40 guests came.", []want{{"Fewer than 40", 40, "", BoundUnder}}},
		{"The deal is worth $5bn.", []want{{"$5bn", 5e9, "USD", ""}}},
		{"Eleven thousand troops are there.", []want{{"Eleven thousand", 11000, "", ""}}},
		{"Some twenty-five people came.", []want{{"Some twenty-five", 25, "", BoundAbout}}},
		{"It costs 1.5 million euros.", []want{{"1.5 million euros", 1.5e6, "EUR", ""}}},
	}
	for _, tc := range tests {
		checkFigures(t, enPack, tc.text, tc.want)
	}
	for _, text := range []string{
		"It happened on November 3.",
		"He arrived in 2024 to stay.",
		"The G20 summit begins.",
		"Section 5 applies.",
		"The talks lasted three hours.",
	} {
		if got := extract(t, enPack, text, nil); len(got) != 0 {
			t.Errorf("%q: want no figure, got %+v", text, got)
		}
	}
}

func TestWhatAndAttribution(t *testing.T) {
	ent := func(text, sub, typ, canon string) article.Entity {
		a := paragraphs("t", "de", text)
		r := article.NewRunes(a.Text)
		for i := 0; i+len(sub) <= len(a.Text); i++ {
			if a.Text[i:i+len(sub)] == sub {
				return article.Entity{Start: r.Rune(i), End: r.Rune(i + len(sub)), Text: sub, Type: typ, Canonical: canon}
			}
		}
		t.Fatalf("%q not in %q", sub, text)
		return article.Entity{}
	}
	tests := []struct {
		text     string
		ents     [][4]string
		what, by string
	}{
		{"Nach Angaben des Verteidigungsministeriums starben 30 Zivilisten in der Stadt Charkiw.",
			[][4]string{{"Charkiw", "place", "Charkiw"}}, "Zivilisten in der Stadt Charkiw", "Verteidigungsministerium"},
		{"Laut Polizei kamen rund 5.000 Demonstranten.", nil, "Demonstranten", "Polizei"},
		{"Die Regierung hat zusätzliche Hilfe in Höhe von 50 Millionen Euro für Bauern zugesagt.",
			nil, "zusätzliche Hilfe für Bauern", ""},
		{"„Wir haben 300 Drohnen abgeschossen“, sagte Armeechef Olexander Syrskyj.",
			[][4]string{{"Olexander Syrskyj", "person", "Olexander Syrskyj"}}, "Drohnen", "Olexander Syrskyj"},
		// A verb whose object is the figure gives it, quotation or not.
		{"Als Grund nannte Jonas Kranich drei Fehler: „Wir waren nicht wach.“",
			[][4]string{{"Jonas Kranich", "person", "Jonas Kranich"}}, "Fehler", "Jonas Kranich"},
		{"Frankreich hat 40 Panzer geliefert.", [][4]string{{"Frankreich", "place", "Frankreich"}}, "Panzer", "Frankreich"},
		{"Mit 12.000 schwer bewaffneten Soldaten rückte die Armee vor.", nil, "schwer bewaffnete Soldaten", ""},
		{"Häufig ist Unterschlagung (64 Prozent).", nil, "Unterschlagung", ""},
		{"Die Zahl der getöteten Zivilisten steigt. In Gaza sind es 2.000 von ihnen.",
			[][4]string{{"Gaza", "place", "Gaza"}}, "getötete Zivilisten in Gaza", ""},
		{"30 Prozent der Stimmen gingen an die Partei.", nil, "Stimmen", ""},
		// A share of the vote is the result of the party or person named before it (stop 43);
		// a common noun there, or a name in the genitive, names no one who got it.
		{"Die Freie Liste gewinnt in Lindenau mit 33,6 Prozent der Stimmen.",
			[][4]string{{"Freie Liste", "organisation", "Freie Liste"}, {"Lindenau", "place", "Lindenau"}}, "Freie Liste in Lindenau", ""},
		{"Die Partei erreichte 13,5 Prozent der Stimmen.", nil, "Stimmen", ""},
		{"Die Liste liegt nach der Umfrage im Auftrag des Senders Nordfunk bei 39 Prozent der Stimmen.",
			[][4]string{{"Nordfunk", "organisation", "Nordfunk"}}, "Stimmen", ""},
		// "das" before a cue and a name is a pronoun, not an article before a participle.
		{"Am Feiertag bewirtet die Abteilung rund 200 Ausflügler, das schreibt Kurt Klumpp.",
			[][4]string{{"Kurt Klumpp", "person", "Kurt Klumpp"}}, "Ausflügler", "Kurt Klumpp"},
		// A noun inside a prepositional phrase before the figure is a setting, not what it
		// measures: the noun before the phrase is.
		{"Nun sollen die Personalkosten in der Verwaltung um 20 Prozent sinken.", nil, "Personalkosten", ""},
		{"Beim Hersteller brach der Gewinn im ersten Halbjahr um 14 Prozent ein.", nil, "Gewinn", ""},
		{"Im Vergleich zur letzten Wahl kommt die Partei auf 12 Prozent.", nil, "Partei", ""},
		{"Die Partei erzielte nach Auszählung aller Wahlbezirke 32,8 Prozent.", nil, "Partei", ""},
		// The subject gives the figure only when it pledges, grants or delivers: a party's
		// result or membership is what the figure measures, not a statement by the party.
		{"Die CDU kommt auf 31,9 Prozent.", [][4]string{{"CDU", "organisation", "CDU"}}, "CDU", ""},
		{"Die Partei hat erst 839 Mitglieder.", nil, "Mitglieder", ""},
		// "wie X mitteilte" names a source only when X opens with a determiner or a name.
		{"Es kamen 300 Menschen, wie die Polizei berichtete.", nil, "Menschen", "Polizei"},
		{"Es kamen 300 Menschen so schnell wie nie zuvor gemeldet.", nil, "Menschen", ""},
		// A separable verb names a source only with its particle.
		{"Die Statistik spricht für Deutschland: 17 Siege stehen dagegen.", [][4]string{{"Deutschland", "place", "Deutschland"}}, "Siege", ""},
		// A name after a preposition is the clause's object, not who gives the figure; a
		// medium after a dative is who was told (stop 34).
		{"Ein Argument spricht für Anna Berger: 61 Prozent der Befragten haben eine gute Meinung von ihr.",
			[][4]string{{"Anna Berger", "person", "Anna Berger"}}, "Befragten", ""},
		{"Über Karl Huber sagen dies in der Umfrage nur 35 Prozent der Befragten.",
			[][4]string{{"Karl Huber", "person", "Karl Huber"}}, "Befragten", ""},
		{"Zwei Quellen aus der Polizei sagten der Nachrichtenagentur Kurier, der Sänger sei festgenommen worden.",
			[][4]string{{"Kurier", "organisation", "Kurier"}}, "Quellen aus der Polizei", ""},
		{"Die Mannschaft habe zwei Gegentore zu viel bekommen, sagte der Abwehrchef dem Sender Nordwelle.",
			[][4]string{{"Nordwelle", "organisation", "Nordwelle"}}, "Gegentore", ""},
		{"Es habe 300 Einsätze gegeben, meldete die Nachrichtenagentur Kurier.",
			[][4]string{{"Kurier", "organisation", "Kurier"}}, "Einsätze", "Kurier"},
		{"Von der Leyen schätzt die Kosten auf 500 Milliarden Euro.",
			[][4]string{{"der Leyen", "person", "Ursula von der Leyen"}}, "Kosten", "Ursula von der Leyen"},
		// A length after "aus" or "nach" is a distance: no noun of the clause is what it
		// measures, unless one follows it at once (stop 34: 154 labels on the stream).
		{"Der Stürmer nahm sich ein Herz und zog aus 25 Metern ab.", nil, "", ""},
		{"Es gab einen Freistoß aus 29 Metern Torentfernung.", nil, "Torentfernung", ""},
		{"Die Läuferin setzte sich nach 30 Kilometern vom Feld ab.", nil, "", ""},
		// A place that only qualifies the noun after it gives nothing by itself.
		{"Der Pegel habe bei 412 Zentimetern gelegen, teilte die sächsische Landeshauptstadt mit.",
			[][4]string{{"sächsische", "place", "Sachsen"}}, "Pegel", "sächsische Landeshauptstadt"},
		// The source phrase ends before the figure.
		{"Nach Einschätzung der Behörden müssen Hunderte Menschen ihre Häuser verlassen.", nil, "Menschen", "Behörden"},
		// A passive participle is no speech verb; a speech verb in a later clause with its own
		// subject speaks of something else.
		{"In Tirol wurden Dutzende Orte zum Katastrophengebiet erklärt.",
			[][4]string{{"Tirol", "place", "Tirol"}}, "Orte in Tirol", ""},
		{"In Tirol wurden 30 Orte geräumt, in Bayern spricht Ministerpräsident Max Ober von einer Krise.",
			[][4]string{{"Tirol", "place", "Tirol"}, {"Bayern", "place", "Bayern"}, {"Max Ober", "person", "Max Ober"}}, "geräumte Orte in Tirol", ""},
		{"Die Beteiligung lag bei 39 Prozent, wie örtliche Medien unter Berufung auf die Wahlkommission meldeten.",
			nil, "Beteiligung", "Wahlkommission"},
		// "X zufolge": X is the noun phrase just before, not the sentence's subject.
		{"Die Partei erhält dem vorläufigen Ergebnis zufolge 41 Sitze.", nil, "Sitze", "vorläufiges Ergebnis"},
		// A phrase that says only "by some account" names nobody.
		{"Die Partei erhält den Angaben zufolge 41 Sitze.", nil, "Sitze", ""},
		{"Es kamen Berichten zufolge 300 Menschen.", nil, "Menschen", ""},
		// A weekday or month before the figure says when, not what is counted.
		{"Bis Dienstag werden in dem Land bis zu 60 Liter erwartet.", nil, "", ""},
		{"Dem Bericht der Vereinten Nationen zufolge sind 2.000 Menschen geflohen.",
			[][4]string{{"Vereinten Nationen", "organisation", "Vereinte Nationen"}}, "Menschen", "Vereinte Nationen"},
		// One number counts both nouns of a coordination and both genders of a word.
		{"Rund 3.000 Sängerinnen und Sänger traten auf der Wiese auf.", nil, "Sängerinnen und Sänger", ""},
		{"In dem Dorf leben etwa 400 Frauen und Kinder.", nil, "Frauen und Kinder", ""},
		{"Am Lauf nahmen mehr als 2.000 Läufer:innen teil.", nil, "Läufer:innen", ""},
		{"Die Firma beschäftigt 120 Mitarbeiter*innen.", nil, "Mitarbeiter*innen", ""},
		// A determiner or a name after "und" starts something else; the same noun again adds
		// nothing.
		{"Zum Fest kamen 500 Gäste und die Feuerwehr.", nil, "Gäste", ""},
		{"Es warten 800 Pendler oder Pendler mit Rädern am Bahnhof.", nil, "Pendler", ""},
		// A verb after "und" is no modifier of a second noun.
		{"Die Stadt zählt 300 Brunnen und besitzt Parks.", nil, "Brunnen", ""},
		// A capitalised adjective that opens a name is followed by the name's noun.
		{"Nach dem Spiel feierten 40.000 Fans der Hamburger Stadtwerke.",
			[][4]string{{"Hamburger Stadtwerke", "organisation", "Hamburger Stadtwerke"}}, "Fans der Hamburger Stadtwerke", ""},
	}
	for _, tc := range tests {
		var ents []article.Entity
		for _, e := range tc.ents {
			ents = append(ents, ent(tc.text, e[0], e[1], e[2]))
		}
		got := extract(t, dePack, tc.text, ents)
		if len(got) != 1 {
			t.Errorf("%q: got %d figures %+v", tc.text, len(got), got)
			continue
		}
		if got[0].What != tc.what || got[0].AttributedTo != tc.by {
			t.Errorf("%q: what %q by %q, want %q by %q", tc.text, got[0].What, got[0].AttributedTo, tc.what, tc.by)
		}
	}
}

func TestOffsets(t *testing.T) {
	text := "Über Kiew flogen „rund 8.000“ Drohnen; später 1,5 Millionen Euro."
	a := paragraphs("t", "de", text)
	an := analyse(t, a, dePack, nil)
	r := article.NewRunes(a.Text)
	if len(an.Figures) != 2 {
		t.Fatalf("got %+v", an.Figures)
	}
	for _, f := range an.Figures {
		if r.Slice(f.Start, f.End) != f.Text {
			t.Errorf("offsets %d-%d give %q, text %q", f.Start, f.End, r.Slice(f.Start, f.End), f.Text)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		s     string
		comma bool
		v     float64
		ok    bool
	}{
		{"11.000", true, 11000, true},
		{"1,5", true, 1.5, true},
		{"1.234.567,89", true, 1234567.89, true},
		{"5,000", false, 5000, true},
		{"3.2", false, 3.2, true},
		{"11\u00a0000", true, 11000, true},
		{"14.11.2024", true, 0, false},
		{"8.15", true, 0, false},
		{"1.5", true, 0, false},
		{"1,5", false, 0, false},
		{"030", true, 0, false},
		{"0,5", true, 0.5, true},
		{"12.0000", true, 0, false},
		{"", true, 0, false},
		{"1..0", true, 0, false},
	}
	for _, tc := range tests {
		v, ok := ParseNumber(tc.s, tc.comma)
		if ok != tc.ok || (ok && math.Abs(v-tc.v) > 1e-9) {
			t.Errorf("ParseNumber(%q, %v) = %v, %v; want %v, %v", tc.s, tc.comma, v, ok, tc.v, tc.ok)
		}
	}
}

func TestNoPanicOnOddInput(t *testing.T) {
	an := &article.Analysis{Sentences: []article.Sentence{{Start: 5, End: 2}, {Start: -1, End: 900}}}
	New().Extract(&article.Article{Text: "12 Euro"}, an, dePack)
	New().Extract(nil, an, dePack)
	New().Extract(&article.Article{Text: "x"}, nil, dePack)
	if len(an.Figures) != 0 {
		t.Errorf("figures from broken sentences: %+v", an.Figures)
	}
}

func TestEnglishWhatAndAttribution(t *testing.T) {
	tests := []struct {
		text     string
		ents     [][3]string
		what, by string
	}{
		{"According to the Pentagon, about 8,000 North Korean soldiers are in Kursk.",
			[][3]string{{"Pentagon", "organisation", "Pentagon"}, {"Kursk", "place", "Kursk"}}, "North Korean soldiers in Kursk", "Pentagon"},
		{"Zelensky said 11,000 troops were there.", [][3]string{{"Zelensky", "person", "Volodymyr Zelensky"}}, "troops", "Volodymyr Zelensky"},
		// A share of the vote is the result of the party named before it (stop 43).
		{"The Harbour Party won 12 percent of the vote.", [][3]string{{"Harbour Party", "organisation", "Harbour Party"}}, "Harbour Party", ""},
		{"Germany pledged aid worth $200 million.", [][3]string{{"Germany", "place", "Germany"}}, "aid", "Germany"},
		// In English the speaker's clause after a report opens with its subject; a name after
		// a preposition is who was told, not the giver (stop 34).
		{"Europe has 29 percent of the developers, Dana Weber said.", [][3]string{{"Dana Weber", "person", "Dana Weber"}}, "developers", "Dana Weber"},
		{"Hundreds of workers must find new jobs, a spokesperson confirmed to Reuters.", [][3]string{{"Reuters", "organisation", "Reuters"}}, "workers", ""},
		// A participle after a determiner describes a noun: nobody announced anything here.
		{"Cedar Falls beat Ames in front of an announced crowd of 18,544.",
			[][3]string{{"Cedar Falls", "organisation", "Cedar Falls"}, {"Ames", "organisation", "Ames"}}, "crowd", ""},
		{"Cedar Falls is home to an estimated 30% of the farms in the county.",
			[][3]string{{"Cedar Falls", "place", "Cedar Falls"}}, "farms", ""},
		// Without capitals a second noun after "and" cannot be told from a verb: the
		// coordination is left out ("people and halting").
		{"The storm injured twelve people and halting trains caused delays.", nil, "people", ""},
	}
	for _, tc := range tests {
		a := paragraphs("t", "en", tc.text)
		var ents []article.Entity
		r := article.NewRunes(a.Text)
		for _, e := range tc.ents {
			for i := 0; i+len(e[0]) <= len(a.Text); i++ {
				if a.Text[i:i+len(e[0])] == e[0] {
					ents = append(ents, article.Entity{Start: r.Rune(i), End: r.Rune(i + len(e[0])), Text: e[0], Type: e[1], Canonical: e[2]})
					break
				}
			}
		}
		got := analyse(t, a, enPack, ents).Figures
		if len(got) != 1 {
			t.Errorf("%q: got %+v", tc.text, got)
			continue
		}
		if got[0].What != tc.what || got[0].AttributedTo != tc.by {
			t.Errorf("%q: what %q by %q, want %q by %q", tc.text, got[0].What, got[0].AttributedTo, tc.what, tc.by)
		}
	}
}

// A quotation whose source overlaps the figure is a misreading: the figure keeps the
// sentence's subject.
func TestIgnoresQuoteSourcedByFigure(t *testing.T) {
	text := "Deutschland hat zusätzliche Winterhilfe von 200 Millionen Euro zugesichert."
	a := paragraphs("t", "de", text)
	an := &article.Analysis{}
	analyze.Segment(a, an, dePack)
	an.Entities = []article.Entity{{Start: 0, End: 11, Text: "Deutschland", Type: "place", Canonical: "Deutschland"}}
	an.Quotes = []article.Quote{{Start: 0, End: 74, Speaker: "Millionen Euro", Source: &article.Mark{Start: 48, End: 62, Text: "Millionen Euro"}}}
	New().Extract(a, an, dePack)
	if len(an.Figures) != 1 || an.Figures[0].AttributedTo != "Deutschland" {
		t.Fatalf("got %+v", an.Figures)
	}
}

// One Extractor serves many goroutines, and gives each the same answer.
func TestConcurrentUse(t *testing.T) {
	x := New()
	texts := []string{"Es kamen rund 8.000 Soldaten nach Kursk.", "About 5,000 soldiers arrived.", "Tausende Menschen flohen."}
	packs := []lang.Pack{dePack, enPack, dePack}
	done := make(chan string, 40)
	for g := 0; g < 40; g++ {
		go func(k int) {
			a := paragraphs("t", packs[k].Code(), texts[k])
			an := &article.Analysis{}
			analyze.Segment(a, an, packs[k])
			x.Extract(a, an, packs[k])
			if len(an.Figures) != 1 {
				done <- "no figure"
				return
			}
			done <- an.Figures[0].Text
		}(g % 3)
	}
	for g := 0; g < 40; g++ {
		if s := <-done; s != "rund 8.000" && s != "About 5,000" && s != "Tausende" {
			t.Errorf("got %q", s)
		}
	}
}

// TestSeparateAndListsSmallNumbers: a separate "und"/"and" joins number words only after
// hundreds or thousands; between two small numbers it lists them ("die Plätze sechs und
// acht" was one figure of 14), and a number right after "Plätze" is a place, not a count.
func TestSeparateAndListsSmallNumbers(t *testing.T) {
	for _, c := range []struct {
		p    lang.Pack
		text string
		want []want
	}{
		{dePack, "Sie belegte die Plätze sechs und acht.", []want{{"acht", 8, "", ""}}},
		{dePack, "Die beiden Teams holten sechs und acht Punkte.", []want{{"sechs", 6, "", ""}, {"acht", 8, "", ""}}},
		{enPack, "Both teams scored six and eight points.", []want{{"six", 6, "", ""}, {"eight", 8, "", ""}}},
		{enPack, "Two hundred and fifty people came.", []want{{"Two hundred and fifty", 250, "", ""}}},
	} {
		checkFigures(t, c.p, c.text, c.want)
	}
}

// TestListMarksAgesAndEditions: a number alone before a point is a list line's or a ticker
// minute's mark, a number in brackets after a person is an age, and a year after a name is an
// edition; none counts anything (stop 34: 1,000 such figures on the stream, 60 read, all of
// this kind).
func TestListMarksAgesAndEditions(t *testing.T) {
	tests := []struct {
		text   string
		person string // a person entity in the text, if any
	}{
		{"Der Ball geht ins Aus.\n\n38. Min: Die Ecke segelt ins Aus.", ""},
		{"Tschüss aus Köln!\n\n90' Spielende\n\n45’ Nachspielzeit: eine Minute", ""},
		{"Die Reihenfolge der Lieder:\n\n6. Sommerregen\n\n7. Abendlicht", ""},
		{"Im Kader steht Jonas Kranich (29/FC Neustadt) als Kapitän.", "Jonas Kranich"},
		{"Alles zur EM 2024 Spielberichte und Videos.", ""},
		{"Karten für Olympia 2028 Wettkämpfe gibt es bald.", ""},
	}
	for _, tc := range tests {
		var ents []article.Entity
		if tc.person != "" {
			a := paragraphs("t", "de", tc.text)
			r := article.NewRunes(a.Text)
			i := strings.Index(a.Text, tc.person)
			ents = append(ents, article.Entity{Start: r.Rune(i), End: r.Rune(i + len(tc.person)), Text: tc.person, Type: article.EntityPerson, Canonical: tc.person})
		}
		if got := extract(t, dePack, tc.text, ents); len(got) != 0 {
			t.Errorf("%q: want no figure, got %+v", tc.text, got)
		}
	}
	// A count after a capitalised word that is no name still counts.
	for _, text := range []string{"Rund 2000 Menschen kamen zum Fest.", "Dort leben 1950 Menschen."} {
		if got := extract(t, dePack, text, nil); len(got) != 1 {
			t.Errorf("%q: want one figure, got %+v", text, got)
		}
	}
}
