package de

import (
	"strconv"
	"strings"
	"testing"

	"crosscheck/article"
)

var pack = New()

func sentences(text string) []string {
	var out []string
	for _, s := range pack.Sentences(text) {
		out = append(out, spanText(text, s))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Das ist ein Satz. Das ist noch einer! Und ein dritter?",
			[]string{"Das ist ein Satz.", "Das ist noch einer!", "Und ein dritter?"}},
		{"heading", "Putin empfängt Nordkoreas Außenministerin", []string{"Putin empfängt Nordkoreas Außenministerin"}},
		{"trim", "  Ein Satz.   Zwei Sätze.  ", []string{"Ein Satz.", "Zwei Sätze."}},
		{"zB", "Es gibt z. B. Äpfel und u. a. Birnen, d. h. Obst. Dann kam er.",
			[]string{"Es gibt z. B. Äpfel und u. a. Birnen, d. h. Obst.", "Dann kam er."}},
		{"zB unspaced", "Es gibt z.B. Äpfel. Das reicht.", []string{"Es gibt z.B. Äpfel.", "Das reicht."}},
		{"titles", "Dr. Anna Meier und Prof. Karl Huber trafen St. Pölten. Sie gingen.",
			[]string{"Dr. Anna Meier und Prof. Karl Huber trafen St. Pölten.", "Sie gingen."}},
		{"nr abs art str", "Gemäß Art. 5 Abs. 2 Nr. 3 gilt das. In der Hauptstr. 4 wohnt er.",
			[]string{"Gemäß Art. 5 Abs. 2 Nr. 3 gilt das.", "In der Hauptstr. 4 wohnt er."}},
		{"bzw ca vgl", "Es kostet ca. 5 bzw. 6 Euro (vgl. Tabelle). Gut.",
			[]string{"Es kostet ca. 5 bzw. 6 Euro (vgl. Tabelle).", "Gut."}},
		{"usw at end", "Äpfel, Birnen usw. Die Auswahl ist groß.",
			[]string{"Äpfel, Birnen usw.", "Die Auswahl ist groß."}},
		{"usw mid", "Äpfel, Birnen usw. werden verkauft.", []string{"Äpfel, Birnen usw. werden verkauft."}},
		{"mio mrd", "Der Etat wuchs um 3 Mio. Euro auf 2 Mrd. Euro. Das ist viel.",
			[]string{"Der Etat wuchs um 3 Mio. Euro auf 2 Mrd. Euro.", "Das ist viel."}},
		{"mio at end", "Der Schaden beträgt 3 Mio. Die Versicherung zahlt.",
			[]string{"Der Schaden beträgt 3 Mio.", "Die Versicherung zahlt."}},
		{"jh", "Im 19. Jh. entstand die Stadt. Sie wuchs.", []string{"Im 19. Jh. entstand die Stadt.", "Sie wuchs."}},
		{"initial", "Peter F. Müller kam. George W. Bush auch.", []string{"Peter F. Müller kam.", "George W. Bush auch."}},
		{"initial then starter", "Er wählte Plan B. Die anderen nicht.", []string{"Er wählte Plan B.", "Die anderen nicht."}},
		{"month abbr", "Am 3. Nov. kam er zurück. Gut.", []string{"Am 3. Nov. kam er zurück.", "Gut."}},
		// An acronym is no abbreviation, though "Sa." (Samstag) and "Hr." (Herr) are.
		{"acronym", "Er rief eine Parole der SA. Die Behörde ermittelt. Er arbeitete beim HR. Sein Kollege blieb.",
			[]string{"Er rief eine Parole der SA.", "Die Behörde ermittelt.", "Er arbeitete beim HR.", "Sein Kollege blieb."}},
		{"sa abbr", "Geöffnet Mo. bis Sa. Ab Sonntag geschlossen.", []string{"Geöffnet Mo. bis Sa. Ab Sonntag geschlossen."}},
		{"roman", "Papst Benedikt XVI. Nachfolger kam später.", []string{"Papst Benedikt XVI. Nachfolger kam später."}},
		{"date ordinal", "Am 3. November hatte er gesprochen. Dann ging er.",
			[]string{"Am 3. November hatte er gesprochen.", "Dann ging er."}},
		{"date comma year", "14. November, 2024", []string{"14. November, 2024"}},
		{"weltkrieg", "Nach dem 2. Weltkrieg und im 20. Jahrhundert war das so.",
			[]string{"Nach dem 2. Weltkrieg und im 20. Jahrhundert war das so."}},
		{"liga", "Der Klub spielt in der 3. Liga und der 2. Bundesliga. Er steigt ab.",
			[]string{"Der Klub spielt in der 3. Liga und der 2. Bundesliga.", "Er steigt ab."}},
		{"ordinal lead", "Er gewann zum 5. Mal und feierte seinen 80. Geburtstag. Schön.",
			[]string{"Er gewann zum 5. Mal und feierte seinen 80. Geburtstag.", "Schön."}},
		{"ordinal unknown noun", "Am 3. Spieltag verlor das Team.", []string{"Am 3. Spieltag verlor das Team."}},
		{"year end", "Das war im Jahr 2022. Die Lage ist ernst.", []string{"Das war im Jahr 2022.", "Die Lage ist ernst."}},
		{"year end noun", "Das war im Jahr 2022. Russland griff an.", []string{"Das war im Jahr 2022.", "Russland griff an."}},
		{"number end", "Die Zahl stieg auf 12. Experten warnen.", []string{"Die Zahl stieg auf 12.", "Experten warnen."}},
		{"full date", "Am 14.11.2024 war es so. Am 14.11. wurde gewählt.", []string{"Am 14.11.2024 war es so.", "Am 14.11. wurde gewählt."}},
		{"date end", "Das Urteil fiel am 14.11.2024. Die Verteidigung legt Berufung ein.",
			[]string{"Das Urteil fiel am 14.11.2024.", "Die Verteidigung legt Berufung ein."}},
		{"numbers", "Es waren 11.000 Soldaten, 1,5 Prozent, 3.5 Punkte um 8.15 Uhr.",
			[]string{"Es waren 11.000 Soldaten, 1,5 Prozent, 3.5 Punkte um 8.15 Uhr."}},
		{"quote attribution", "„In der Region Kursk gibt es 11.000. Es werden mehr“, sagte Selenskyj. Dann ging er.",
			[]string{"„In der Region Kursk gibt es 11.000. Es werden mehr“, sagte Selenskyj.", "Dann ging er."}},
		{"quote so", "„Es muss alles getan werden. Wir verhindern das“, so Guterres.",
			[]string{"„Es muss alles getan werden. Wir verhindern das“, so Guterres."}},
		{"quote closes sentence", "„Wir kommen.“ Dann ging er.", []string{"„Wir kommen.“", "Dann ging er."}},
		{"quote question", "„Warum? Weshalb?“, fragte sie. Niemand antwortete.",
			[]string{"„Warum? Weshalb?“, fragte sie.", "Niemand antwortete."}},
		{"colon quote", "Er sagte: „Wir sind bereit. Wir warten.“ Dann schwieg er.",
			[]string{"Er sagte: „Wir sind bereit. Wir warten.“", "Dann schwieg er."}},
		{"guillemets", "»Das geht. Sicher«, meinte er. Gut.", []string{"»Das geht. Sicher«, meinte er.", "Gut."}},
		{"swiss guillemets", "«Das geht. Sicher», meinte er. Gut.", []string{"«Das geht. Sicher», meinte er.", "Gut."}},
		{"ascii quotes", `"Das geht. Sicher", meinte er. Gut.`, []string{`"Das geht. Sicher", meinte er.`, "Gut."}},
		{"single quotes", "‚Das geht. Sicher‘, meinte er. Gut.", []string{"‚Das geht. Sicher‘, meinte er.", "Gut."}},
		{"long quote splits", "„Eins. Zwei. Drei. Vier. Fünf. Sechs“, sagte er.",
			[]string{"„Eins.", "Zwei.", "Drei.", "Vier.", "Fünf.", "Sechs“, sagte er."}},
		{"unclosed quote splits", "„Das geht. Es geht weiter. Und weiter",
			[]string{"„Das geht.", "Es geht weiter.", "Und weiter"}},
		{"ellipsis", "Er wartete … Dann kam sie. Und dann... Nichts.",
			[]string{"Er wartete …", "Dann kam sie.", "Und dann...", "Nichts."}},
		{"ellipsis lower", "Er wartete ... und wartete.", []string{"Er wartete ... und wartete."}},
		{"omission", "Er sagte, [...] Deutschland sei stark.", []string{"Er sagte, [...] Deutschland sei stark."}},
		{"interrobang", "Wie bitte?! Das glaube ich nicht.", []string{"Wie bitte?!", "Das glaube ich nicht."}},
		{"double period", "Er schrieb im Kurznachrichtendienst X.. Dann ging er.",
			[]string{"Er schrieb im Kurznachrichtendienst X..", "Dann ging er."}},
		{"url", "Infos unter www.allinrechner.at. Dort steht mehr.", []string{"Infos unter www.allinrechner.at.", "Dort steht mehr."}},
		{"url mid", "Infos unter https://example.org/a.html gibt es. Gut.", []string{"Infos unter https://example.org/a.html gibt es.", "Gut."}},
		{"email", "Schreiben Sie an presse@example.de. Danke.", []string{"Schreiben Sie an presse@example.de.", "Danke."}},
		{"paren", "Er kam (mit dem Zug.) Dann ging er.", []string{"Er kam (mit dem Zug.)", "Dann ging er."}},
		{"blank line", "Titel ohne Punkt\n\nDann ein Satz.", []string{"Titel ohne Punkt", "Dann ein Satz."}},
		{"dateline dash", "Wien – Die Gewerkschaft sieht Bedarf. Gut.", []string{"Wien – Die Gewerkschaft sieht Bedarf.", "Gut."}},
		{"lower after period", "Das iPhone kam. iPhones sind teuer.", []string{"Das iPhone kam. iPhones sind teuer."}},
		{"roman", "Papst Benedikt XVI. besuchte Wien. Er blieb.", []string{"Papst Benedikt XVI. besuchte Wien.", "Er blieb."}},
		{"abbreviation v chr", "Das war 44 v. Chr. Die Römer herrschten.", []string{"Das war 44 v. Chr.", "Die Römer herrschten."}},
		{"dotted initials", "Er las J.D. Salinger. Gut.", []string{"Er las J.D. Salinger.", "Gut."}},
		{"club ordinal", "Er spielte beim 1. FC Köln (1. FSV Mainz). Dann ging er.", []string{"Er spielte beim 1. FC Köln (1. FSV Mainz).", "Dann ging er."}},
		{"quote after ordinal", "Im Berliner Zentrum findet die 22. „europäische Konferenz“ statt.", []string{"Im Berliner Zentrum findet die 22. „europäische Konferenz“ statt."}},
		{"adjective ordinal", "Sender des landesweit ausstrahlenden 1. Kanals sind zugelassen.", []string{"Sender des landesweit ausstrahlenden 1. Kanals sind zugelassen."}},
		{"e.V. paren", "Der Bundesverband e.V. (BDI) begrüßte das. Gut.", []string{"Der Bundesverband e.V. (BDI) begrüßte das.", "Gut."}},
		{"empty", "", nil},
		{"space only", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(tt.in)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by "|"
	}{
		{"NATO-Generalsekretär Rutte", "NATO-Generalsekretär|Rutte"},
		{"in der Kursk-Region.", "in|der|Kursk-Region|."},
		{"11.000 Soldaten, 1,5 Prozent, 3,2 und 3.5", "11.000|Soldaten|,|1,5|Prozent|,|3,2|und|3.5"},
		{"am 3. November", "am|3|.|November"},
		{"2024-11-14 und 1914-1918", "2024-11-14|und|1914|-|1918"},
		{"G20-Gipfel, COVID-19, 3-jährige", "G20-Gipfel|,|COVID-19|,|3-jährige"},
		{"Dr. Meier bzw. z. B. Herr", "Dr.|Meier|bzw.|z.|B.|Herr"},
		{"z.B. und u.a.", "z.B.|und|u.a."},
		{"Peter F. Müller", "Peter|F|.|Müller"},
		{"„Es geht“, sagte er – gut.", "„|Es|geht|“|,|sagte|er|–|gut|."},
		{"geht's O'Neill", "geht's|O'Neill"},
		// After one letter a turned comma is an elision's apostrophe; elsewhere a mark.
		{"Lia D‘Arcangelo und N‘Dori lasen die ‚Post‘", "Lia|D‘Arcangelo|und|N‘Dori|lasen|die|‚|Post|‘"},
		{"www.allinrechner.at und derstandard.at.", "www.allinrechner.at|und|derstandard.at|."},
		{"https://example.org/x?a=1).", "https://example.org/x?a=1|)|."},
		{"an presse@example.de.", "an|presse@example.de|."},
		{"Ein- und Ausgang", "Ein-|und|Ausgang"},
		{"Warte...!", "Warte|...|!"},
		{"um 8.15 Uhr, 14.11.2024", "um|8.15|Uhr|,|14.11.2024"},
		{"AT&T und H&M", "AT&T|und|H&M"},
		{"5% und 3 €", "5|%|und|3|€"},
		{"Ende.Der", "Ende|.|Der"},
		{"X..", "X|.."},
		// A word for both genders is one word; other colons and slashes still split.
		{"Kolleg:innen, Mitarbeiter*innen und Lehrer_innen", "Kolleg:innen|,|Mitarbeiter*innen|und|Lehrer_innen"},
		{"eine Kolleg/in", "eine|Kolleg/in"},
		{"Ergebnis: innen hohl, Ort: in Berlin", "Ergebnis|:|innen|hohl|,|Ort|:|in|Berlin"},
		{"Kiel:Hamburg 2:1", "Kiel|:|Hamburg|2|:|1"},
	}
	for _, tt := range tests {
		toks := pack.Tokens(tt.in)
		var got []string
		rs := []rune(tt.in)
		for _, tk := range toks {
			got = append(got, tk.Text)
			if string(rs[tk.Start:tk.End]) != tk.Text {
				t.Errorf("%q: token %q has offsets %d-%d = %q", tt.in, tk.Text, tk.Start, tk.End, string(rs[tk.Start:tk.End]))
			}
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokens(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}

func TestTokenFields(t *testing.T) {
	toks := pack.Tokens("Die Außenministerin sagte: 11.000 Soldaten, Größe")
	want := []struct {
		text, norm, stem string
		kind             article.TokenKind
		stop             bool
	}{
		{"Die", "die", "die", article.TokWord, true},
		{"Außenministerin", "außenministerin", "aussenministerin", article.TokWord, false},
		{"sagte", "sagte", "sagt", article.TokWord, false},
		{":", ":", ":", article.TokPunct, false},
		{"11.000", "11.000", "11.000", article.TokNumber, false},
		{"Soldaten", "soldaten", "soldat", article.TokWord, false},
		{",", ",", ",", article.TokPunct, false},
		{"Größe", "größe", "gross", article.TokWord, false},
	}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens: %+v", len(toks), toks)
	}
	for i, w := range want {
		g := toks[i]
		if g.Text != w.text || g.Norm != w.norm || g.Stem != w.stem || g.Kind != w.kind || g.Stop != w.stop {
			t.Errorf("token %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestNormalizeFold(t *testing.T) {
	for _, tt := range []struct{ in, norm, fold string }{
		{"Größe", "größe", "groesse"},
		{"STRASSE", "strasse", "strasse"},
		{"Gru\u0308n", "grün", "gruen"}, // decomposed umlaut
		{"André", "andré", "andre"},
		{"Verteidi\u00adgung", "verteidigung", "verteidigung"},
		{"Trump’s", "trump's", "trump's"},
		{"Łódź", "łódź", "lodz"},
	} {
		n := pack.Normalize(tt.in)
		if n != tt.norm {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, n, tt.norm)
		}
		if f := Fold(n); f != tt.fold {
			t.Errorf("Fold(%q) = %q, want %q", n, f, tt.fold)
		}
	}
}

func TestWordLists(t *testing.T) {
	required := []string{"stopwords", "numbers", "months", "weekdays", "multipliers", "currencies", "units",
		"approximators", "speech_verbs", "person_titles", "abbreviations", "ordinal_nouns", "ordinal_lead"}
	for _, name := range required {
		if len(pack.Words(name)) == 0 {
			t.Errorf("list %q is empty or missing", name)
		}
	}
	if n := len(pack.Words("stopwords")); n < 200 {
		t.Errorf("stopwords has %d entries, want a few hundred", n)
	}
	checks := map[string]map[string]string{
		"numbers":       {"eins": "1", "elf": "11", "zwölf": "12", "zwanzig": "20", "hundert": "100", "tausend": "1000"},
		"months":        {"januar": "1", "jänner": "1", "jan": "1", "märz": "3", "nov": "11", "dezember": "12"},
		"weekdays":      {"montag": "1", "sonntag": "7", "freitag": "5"},
		"multipliers":   {"million": "1e6", "millionen": "1e6", "mio": "1e6", "milliarde": "1e9", "milliarden": "1e9", "mrd": "1e9", "billion": "1e12", "billionen": "1e12", "tausend": "1e3"},
		"currencies":    {"euro": "EUR", "dollar": "USD", "us-dollar": "USD", "pfund": "GBP", "franken": "CHF", "rubel": "RUB", "€": "EUR", "$": "USD", "yen": "JPY", "yuan": "CNY"},
		"units":         {"prozent": "%", "kilometer": "km", "tonnen": "t", "grad": "°C"},
		"approximators": {"rund": "approx", "etwa": "approx", "circa": "approx", "ca.": "approx", "knapp": "approx", "fast": "approx", "mehr als": "min", "über": "min", "gut": "approx", "annähernd": "approx"},
		"speech_verbs":  {"sagen": "sagen", "sagte": "sagen", "sagt": "sagen", "gesagt": "sagen", "erklärte": "erklären", "betonte": "betonen", "warnte": "warnen", "beklagte": "beklagen"},
		"person_titles": {"präsident": "role", "präsidentin": "role", "außenministerin": "role", "generalsekretär": "role", "kanzler": "role", "minister": "role", "chef": "role", "sprecher": "role", "dr.": "title", "prof.": "title", "herr": "title", "frau": "title"},
	}
	for list, kv := range checks {
		m := pack.Words(list)
		for k, v := range kv {
			if got, ok := m[k]; !ok || got != v {
				t.Errorf("%s[%q] = %q, %v; want %q", list, k, got, ok, v)
			}
		}
	}
	for _, list := range []string{"numbers", "multipliers"} {
		for k, v := range pack.Words(list) {
			if _, err := strconv.ParseFloat(strings.TrimSuffix(v, "."), 64); err != nil {
				t.Errorf("%s[%q] = %q is not a number", list, k, v)
			}
		}
	}
	for _, list := range []string{"months", "weekdays"} {
		max := map[string]int{"months": 12, "weekdays": 7}[list]
		for k, v := range pack.Words(list) {
			if n, err := strconv.Atoi(v); err != nil || n < 1 || n > max {
				t.Errorf("%s[%q] = %q out of range", list, k, v)
			}
		}
	}
	for k, v := range pack.Words("currencies") {
		if len(v) != 3 || strings.ToUpper(v) != v {
			t.Errorf("currencies[%q] = %q is not an ISO 4217 code", k, v)
		}
	}
	for k, v := range pack.Words("approximators") {
		if v != "approx" && v != "min" && v != "max" {
			t.Errorf("approximators[%q] = %q", k, v)
		}
	}
	for k, v := range pack.Words("person_titles") {
		if v != "role" && v != "title" {
			t.Errorf("person_titles[%q] = %q", k, v)
		}
	}
}
