package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDateLine(t *testing.T) {
	tests := []struct {
		in, want, rest string
		whole, ok      bool
	}{
		{"date 2024-11", "2024-11", "", true, true},
		{" date 2024-11 Die Zahl der Soldaten", "2024-11", "Die Zahl der Soldaten", false, true},
		{"14. November, 2024", "2024-11-14", "", true, true},
		{"14. November 2024", "2024-11-14", "", true, true},
		{"14.11.2024", "2024-11-14", "", true, true},
		{"2024-11-14", "2024-11-14", "", true, true},
		{"2024-11-14T08:00", "2024-11-14T08:00:00+01:00", "", true, true},
		{"2024-07-14T08:00", "2024-07-14T08:00:00+02:00", "", true, true},
		{"2024-11-14T08:00:00Z", "2024-11-14T08:00:00Z", "", true, true},
		{"14.11.2024, 08:15 Uhr", "2024-11-14T08:15:00+01:00", "", true, true},
		{"14.11.2024 um 8.15 Uhr", "2024-11-14T08:15:00+01:00", "", true, true},
		{"November 14, 2024", "2024-11-14", "", true, true},
		{"Nov. 14, 2024 5:30 pm", "2024-11-14T17:30:00+01:00", "", true, true},
		{"Thursday, November 14, 2024", "2024-11-14", "", true, true},
		{"Donnerstag, 14. November 2024", "2024-11-14", "", true, true},
		{"Datum: 3. Jänner 2025", "2025-01-03", "", true, true},
		{"Stand: 14.11.2024, 08:15 Uhr", "2024-11-14T08:15:00+01:00", "", true, true},
		{"Veröffentlicht am 14.11.2024", "2024-11-14", "", true, true},
		{"Published on 2 March 2023", "2023-03-02", "", true, true},
		{"November 2024", "2024-11", "", true, true},
		{"14.11.2024 | 08:15", "2024-11-14T08:15:00+01:00", "", true, true},
		// Not date lines.
		{"31.02.2024", "", "", false, false},
		{"14.11.2024 war ein kalter Tag.", "", "", false, false},
		{"Am 14. November 2024 fiel Schnee.", "", "", false, false},
		{"Stand der Dinge", "", "", false, false},
		{"2024 war ein Jahr", "", "", false, false},
	}
	for _, tc := range tests {
		v, rest, whole, ok := dateLine(tc.in)
		if v != tc.want || rest != tc.rest || whole != tc.whole || ok != tc.ok {
			t.Errorf("dateLine(%q) = %q, %q, %v, %v; want %q, %q, %v, %v", tc.in, v, rest, whole, ok, tc.want, tc.rest, tc.whole, tc.ok)
		}
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024":                            "2024",
		"2024-11":                         "2024-11",
		"2024-11-14":                      "2024-11-14",
		"2024-11-14T08:00:00+01:00":       "2024-11-14T08:00:00+01:00",
		"2024-11-14T08:00:00.123Z":        "2024-11-14T08:00:00Z",
		"Thu, 14 Nov 2024 08:15:00 +0100": "2024-11-14T08:15:00+01:00",
		"Thu, 14 Nov 2024 07:15:00 GMT":   "2024-11-14T07:15:00Z",
		"14.11.2024":                      "2024-11-14",
	} {
		if got, ok := ParseDate(in); !ok || got != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "gestern", "2024-13", "99.99.2024", "2024-11-14T08:00:00+70:00"} {
		if got, ok := ParseDate(in); ok {
			t.Errorf("ParseDate(%q) = %q, want failure", in, got)
		}
	}
}

func TestCredits(t *testing.T) {
	lines := map[string]string{
		"(dts/dpa/red)":                      "[dts dpa]",
		"dpa/AFP":                            "[dpa afp]",
		"© Reuters":                          "[reuters]",
		"© dpa-infocom, dpa:241114-99-123/4": "[dpa]",
		"Quelle: dpa":                        "[dpa]",
		"(AFP)":                              "[afp]",
		"Mit Material von dpa und Reuters":   "[dpa reuters]",
		"Mit Material der Nachrichtenagentur AFP.": "[afp]",
		"with material from Reuters and AP":        "[reuters ap]",
		"(sda/apa/jm)":                             "[sda apa]",
		"(red)":                                    "",
		"(SPD)":                                    "",
		"Quelle: eigene Recherche":                 "",
		"Das sagte ein dpa-Sprecher.":              "",
	}
	for in, want := range lines {
		c, ok := creditLine(in)
		got := ""
		if ok {
			got = fmt.Sprint(c)
		}
		if got != want {
			t.Errorf("creditLine(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"Berlin (dpa) - Die Regierung hat":             "dpa|Die Regierung hat",
		"LONDON (Reuters) - Britain's economy":         "reuters|Britain's economy",
		"Frankfurt/Main (dpa/lhe) - Der Flughafen":     "dpa|Der Flughafen",
		"Washington, 14. Nov (AFP) – Der Präsident":    "afp|Der Präsident",
		"(AP) — Officials said":                        "ap|Officials said",
		"Die Partei (SPD) - so heißt es - verliert":    "|",
		"Wien – Die Gewerkschaft GPA-djp sieht Bedarf": "|",
	} {
		rest, c, ok := stripDateline(in)
		got := "|"
		if ok {
			got = strings.Join(c, ",") + "|" + rest[:min(len(rest), len(strings.SplitN(want, "|", 2)[1]))]
		}
		if got != want {
			t.Errorf("stripDateline(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStripPlaceDateline: a place in capitals and a dash open the story; the place goes to
// the metadata, and words in capitals that are not a place stay.
func TestStripPlaceDateline(t *testing.T) {
	for in, want := range map[string]string{
		"WASHINGTON — The committee voted on Tuesday":        "WASHINGTON|The committee",
		"ST. PAUL, Minn. -- Lawmakers in the state approved": "ST. PAUL, Minn.|Lawmakers in",
		"OSAKA, Japan — The skaters from Canada won":         "OSAKA, Japan|The skaters",
		"NORTH FALLS – A new bridge opened":                  "NORTH FALLS|A new bridge",
		"MÜNCHEN — Die Stadtwerke haben heute":               "MÜNCHEN|Die Stadtwerke",
		"SAVING SALMON'S RIVERS – A new rule could":          "|",
		"Wien – Die Gewerkschaft sieht Bedarf":               "|",
		"NATO — the alliance that was":                       "|",
		"EU-Kommission — Die Behörde":                        "|",
		"WASHINGTON —":                                       "|",
		"The WASHINGTON — bureau":                            "|",
	} {
		rest, place, ok := stripPlaceDateline(in)
		got := "|"
		if ok {
			got = place + "|" + rest[:min(len(rest), len(strings.SplitN(want, "|", 2)[1]))]
		}
		if got != want {
			t.Errorf("stripPlaceDateline(%q) = %q, want %q", in, got, want)
		}
	}
	a, err := FromText("x", "Bridge opens\n\nNORTH FALLS — A new bridge opened on Monday, the council said.\n\nIt cost less than planned.")
	if err != nil {
		t.Fatal(err)
	}
	if a.Dateline != "NORTH FALLS" || strings.Contains(a.Text, "NORTH FALLS") {
		t.Errorf("FromText: dateline %q, text %q", a.Dateline, a.Text)
	}
	// Sub-headings between the summary and the story do not count as its paragraphs.
	a, err = FromText("y", "Bridge opens early\n\nThe town gets its bridge back a month early.\n\nWhat drivers need to know\n\nWhere the detours end\n\nWhat the bridge cost\n\nNORTH FALLS – A new bridge opened on Monday, the council said.\n\nIt cost less than planned.")
	if err != nil {
		t.Fatal(err)
	}
	if a.Dateline != "NORTH FALLS" {
		t.Errorf("FromText after sub-headings: dateline %q, text %q", a.Dateline, a.Text)
	}
}

// TestFromTextRules pins each cleanup rule on small texts written for the test.
func TestFromTextRules(t *testing.T) {
	tests := []struct {
		name, in                  string
		title, published, section string
		tags, credits, headings   string
		authors                   string
		text                      string // the body text, or "" to skip
	}{
		{
			name:      "date section title repeated",
			in:        "14.11.2024, 08:15 Uhr\n\nWirtschaft\n\nZinsen bleiben hoch\n\nZinsen bleiben hoch\n\nDie Notenbank hat die Zinsen nicht verändert. Das teilte sie mit.",
			title:     "Zinsen bleiben hoch",
			published: "2024-11-14T08:15:00+01:00",
			section:   "Wirtschaft",
			text:      "Zinsen bleiben hoch\n\nDie Notenbank hat die Zinsen nicht verändert. Das teilte sie mit.",
		},
		{
			name:      "title then date then byline",
			in:        "Zinsen bleiben hoch\nStand: 14.11.2024\nVon Anna Muster und Bernd Beispiel\nDie Notenbank hat die Zinsen nicht verändert.\nKritik kommt von den Banken\nDie Banken sind unzufrieden, sagte ein Sprecher.",
			title:     "Zinsen bleiben hoch",
			published: "2024-11-14",
			authors:   "[Anna Muster Bernd Beispiel]",
			headings:  "[Kritik kommt von den Banken]",
		},
		{
			name:  "english page",
			in:    "World\nParliament passes budget\nNovember 14, 2024\nLONDON (Reuters) - Parliament passed the budget on Thursday.\nThe vote was close.\nTags: Budget, Parliament",
			title: "Parliament passes budget", published: "2024-11-14", section: "World",
			tags: "[Budget Parliament]", credits: "[reuters]",
			text: "Parliament passes budget\n\nParliament passed the budget on Thursday.\n\nThe vote was close.",
		},
		{
			name: "hashtags and credit line",
			in:   "Die Stadt baut eine neue Schule. Sie soll 2026 fertig sein.\n\nQuelle: dpa\n\n#Bildung #Schule",
			tags: "[Bildung Schule]", credits: "[dpa]",
			text: "Die Stadt baut eine neue Schule. Sie soll 2026 fertig sein.",
		},
		{
			name: "labelled tag list over lines",
			in:   "Die Stadt baut eine neue Schule. Sie soll 2026 fertig sein.\nSchlagworte:\nBildung\nSchule\nStadtrat",
			tags: "[Bildung Schule Stadtrat]",
			text: "Die Stadt baut eine neue Schule. Sie soll 2026 fertig sein.",
		},
		{
			name: "short last lines without label stay",
			in:   "Die Stadt baut eine neue Schule. Sie soll 2026 fertig sein.\nDank an alle Helfer",
			text: "Die Stadt baut eine neue Schule. Sie soll 2026 fertig sein.\n\nDank an alle Helfer",
		},
		{
			name:    "credit parenthesis and material line",
			in:      "Die Stadt baut eine neue Schule. Sie soll 2026 fertig sein. (AFP)\n\nMit Material von dpa und Reuters",
			credits: "[afp dpa reuters]",
			text:    "Die Stadt baut eine neue Schule. Sie soll 2026 fertig sein.",
		},
		{
			name: "hard wrapped paragraphs",
			in: "Berlin (dpa) - Die Bundesregierung hat am Mittwoch einen neuen Plan für den\n" +
				"Ausbau der Windkraft beschlossen. Bis 2030 sollen deutlich mehr Anlagen\n" +
				"gebaut werden als bisher geplant, sagte der Minister in Berlin vor der\n" +
				"Presse.\n\n" +
				"Kritik kam von den Ländern. Sie fürchten lange Genehmigungsverfahren und\n" +
				"Widerstand in den Gemeinden, in denen die Anlagen gebaut werden sol-\n" +
				"len.\n",
			credits: "[dpa]",
			text: "Die Bundesregierung hat am Mittwoch einen neuen Plan für den Ausbau der Windkraft beschlossen. Bis 2030 sollen deutlich mehr Anlagen gebaut werden als bisher geplant, sagte der Minister in Berlin vor der Presse.\n\n" +
				"Kritik kam von den Ländern. Sie fürchten lange Genehmigungsverfahren und Widerstand in den Gemeinden, in denen die Anlagen gebaut werden sollen.",
		},
		{
			name:     "first line sentence is no title",
			in:       "Die Lage ist ernst.\nMehr dazu später\nEs folgen Details.",
			headings: "[Mehr dazu später]",
		},
		{
			name:    "kicker before title becomes section",
			in:      "Ukraine-Krieg\nSelenskyj bittet um mehr Hilfe\nDer Präsident sprach am Abend zu den Abgeordneten.",
			section: "Ukraine-Krieg", title: "Selenskyj bittet um mehr Hilfe",
		},
		{
			name:  "photo credit dropped",
			in:    "Neue Brücke eröffnet\nFoto: dpa/Max Muster\nDie Brücke ist 300 Meter lang.",
			title: "Neue Brücke eröffnet",
			text:  "Neue Brücke eröffnet\n\nDie Brücke ist 300 Meter lang.",
		},
		{
			name:    "byline after the lead",
			in:      "Zinsen bleiben hoch\n\nDie Notenbank hat die Zinsen nicht verändert.\n\nVon: Anna Muster\n\nKritik kam von den Banken, sagte ein Sprecher.",
			title:   "Zinsen bleiben hoch",
			authors: "[Anna Muster]",
			text:    "Zinsen bleiben hoch\n\nDie Notenbank hat die Zinsen nicht verändert.\n\nKritik kam von den Banken, sagte ein Sprecher.",
		},
		{
			name:    "byline run on into the lead",
			in:      "Zinsen bleiben hoch\n\nDie Notenbank entscheidet heute.\n\nvon Anna Muster Die Notenbank hat die Zinsen nicht verändert. Das teilte sie mit.\n\nKritik kam von den Banken.",
			title:   "Zinsen bleiben hoch",
			authors: "[Anna Muster]",
			text:    "Zinsen bleiben hoch\n\nDie Notenbank entscheidet heute.\n\nDie Notenbank hat die Zinsen nicht verändert. Das teilte sie mit.\n\nKritik kam von den Banken.",
		},
		{
			name:    "two authors run on into a dated lead",
			in:      "Zinsen bleiben hoch\n\nvon Anna Muster , Bernd Beispiel 08.06.2024 • 15:21 Die Notenbank hat die Zinsen nicht verändert.",
			title:   "Zinsen bleiben hoch",
			authors: "[Anna Muster Bernd Beispiel]",
		},
		{
			name:    "a lower-case byline with where the author writes from, after a teaser",
			in:      "Zinsen bleiben hoch\n\nDie Notenbank entscheidet heute.\n\nSie tagt in Frankfurt.\n\nDie Märkte warten.\n\nvon Anna Muster aus Rom\n\nDie Notenbank hat die Zinsen nicht verändert.",
			title:   "Zinsen bleiben hoch",
			authors: "[Anna Muster]",
			text:    "Zinsen bleiben hoch\n\nDie Notenbank entscheidet heute.\n\nSie tagt in Frankfurt.\n\nDie Märkte warten.\n\nDie Notenbank hat die Zinsen nicht verändert.",
		},
		{
			name:      "an agency's byline and a dated field run on into the lead",
			in:        "Zinsen bleiben hoch\n\nvon AGENTUR1 05.06.2024 • 16:48 Uhr Die Notenbank hat die Zinsen nicht verändert.",
			title:     "Zinsen bleiben hoch",
			published: "2024-06-05T16:48:00+02:00",
			credits:   "[agentur1]",
			text:      "Zinsen bleiben hoch\n\nDie Notenbank hat die Zinsen nicht verändert.",
		},
		{
			name:  "a capitalised Von opening a sentence stays",
			in:    "Zinsen bleiben hoch\n\nVon Anna Muster Die Notenbank gehört zu den Kritikern.",
			title: "Zinsen bleiben hoch",
			text:  "Zinsen bleiben hoch\n\nVon Anna Muster Die Notenbank gehört zu den Kritikern.",
		},
		{
			name:  "a von line far into the body stays",
			in:    "Zinsen bleiben hoch\n\nDie Notenbank hat die Zinsen nicht verändert.\n\nDie Banken sind unzufrieden.\n\nSie wollen klagen.\n\nDer Streit dauert an.\n\nvon Anna Muster",
			title: "Zinsen bleiben hoch",
			text:  "Zinsen bleiben hoch\n\nDie Notenbank hat die Zinsen nicht verändert.\n\nDie Banken sind unzufrieden.\n\nSie wollen klagen.\n\nDer Streit dauert an.\n\nvon Anna Muster",
		},
		{
			name:  "crlf and invisible characters",
			in:    "Neue\u00ADBrücke eröffnet\r\n\r\nDie Brücke ist  300\u00a0Meter lang.\r\n",
			title: "NeueBrücke eröffnet",
			text:  "NeueBrücke eröffnet\n\nDie Brücke ist 300 Meter lang.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromText("t.txt", tc.in)
			if err != nil {
				t.Fatal(err)
			}
			checkBlocks(t, a)
			list := func(s []string) string {
				if len(s) == 0 {
					return ""
				}
				return fmt.Sprint(s)
			}
			for _, c := range []struct{ what, got, want string }{
				{"title", a.Title, tc.title}, {"published", a.Published, tc.published}, {"section", a.Section, tc.section},
				{"tags", list(a.Tags), tc.tags}, {"credits", list(a.Credits), tc.credits}, {"headings", list(a.Headings), tc.headings},
				{"authors", list(a.Authors), tc.authors},
			} {
				if c.got != c.want {
					t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
				}
			}
			if tc.text != "" && a.Text != tc.text {
				t.Errorf("text =\n%q\nwant\n%q", a.Text, tc.text)
			}
		})
	}
}

func TestFromTextEmpty(t *testing.T) {
	for _, in := range []string{"", "  \n\n ", "#Tag1 #Tag2", "Quelle: dpa"} {
		if a, err := FromText("x", in); err == nil {
			t.Errorf("FromText(%q) = %+v, want an error", in, a)
		}
	}
}

func TestWordListsHaveHeaders(t *testing.T) {
	entries, err := wordFS.ReadDir("words")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := wordFS.ReadFile("words/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		head := strings.SplitN(string(data), "\n", 3)
		if len(head) < 3 || !strings.HasPrefix(head[0], "#") || !strings.Contains(strings.ToLower(head[0]+head[1]), "licence") {
			t.Errorf("%s: header must name source and licence", e.Name())
		}
	}
	if len(tab.agencies) < 10 || len(tab.sections) < 10 || len(tab.months) < 36 {
		t.Errorf("lists: %d agencies, %d sections, %d months", len(tab.agencies), len(tab.sections), len(tab.months))
	}
}

// TestFromTextFixtures runs the cleanup on testdata/text fixtures with their expected
// metadata in <name>.want (one "field: value" a line).
func TestFromTextFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			wantData, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			a, err := FromText(filepath.Base(f), string(data))
			if err != nil {
				t.Fatal(err)
			}
			checkBlocks(t, a)
			got := map[string]string{
				"title": a.Title, "published": a.Published, "section": a.Section,
				"tags": strings.Join(a.Tags, " | "), "credits": strings.Join(a.Credits, " | "),
				"headings": strings.Join(a.Headings, " | "), "authors": strings.Join(a.Authors, " | "),
				"blocks": fmt.Sprint(len(a.Blocks)),
			}
			for _, line := range strings.Split(strings.TrimSpace(string(wantData)), "\n") {
				k, v, _ := strings.Cut(line, ":")
				k, v = strings.TrimSpace(k), strings.TrimSpace(v)
				if k == "absent" {
					if strings.Contains(a.Text, v) {
						t.Errorf("noise %q left in text", v)
					}
					continue
				}
				g, ok := got[k]
				if !ok {
					t.Fatalf("unknown field %q in .want", k)
				}
				if g != v {
					t.Errorf("%s = %q, want %q", k, g, v)
				}
			}
		})
	}
}

func TestStripInlineText(t *testing.T) {
	a, err := fromJSONLine("x", []byte(`{"id":"x","title":"Vatertag","text":"An diesem Donnerstag ist Christi Himmelfahrt. Oder auch <b>Vatertag</b>.\n\nViele machen einen <i>Ausflug</i> ins Grüne, sagte die Sprecherin."}`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "<") || !strings.Contains(a.Text, "Oder auch Vatertag.") || !strings.Contains(a.Text, "einen Ausflug ins") {
		t.Errorf("text %q", a.Text)
	}
}

func TestPlainTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<b>Ironman</b> 2024 in <b>Hamburg</b>: Bleymehl holt Silber", "Ironman 2024 in Hamburg: Bleymehl holt Silber"},
		{"Jetzt live – <B>Belgien</B> gegen <span class=\"x\">Rumänien</span>", "Jetzt live – Belgien gegen Rumänien"},
		{"Zeile<br/>zwei", "Zeile zwei"},
		{"Wie man <div> und <p> in HTML schreibt", "Wie man <div> und <p> in HTML schreibt"},
		{"3 < 4 und 5 > 2", "3 < 4 und 5 > 2"},
		{"  Brücke\u00adwird saniert ", "Brückewird saniert"},
	} {
		if got := plainTitle(c.in); got != c.want {
			t.Errorf("plainTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCompletes(t *testing.T) {
	for _, c := range []struct {
		title, line, want string
		ok                bool
	}{
		{"Union reist im DFB-Pokal nach Bielefeld, Hertha ...", "Union reist im DFB-Pokal nach Bielefeld, Hertha empfängt Heidenheim", "Union reist im DFB-Pokal nach Bielefeld, Hertha empfängt Heidenheim", true},
		{"Union reist im DFB-Pokal nach Bielefeld, Hertha …", "union reist im  DFB-Pokal nach Bielefeld, Hertha empfängt Heidenheim", "union reist im DFB-Pokal nach Bielefeld, Hertha empfängt Heidenheim", true},
		{"Union reist im DFB-Pokal nach Bielefeld, Hertha", "Union reist im DFB-Pokal nach Bielefeld, Hertha empfängt Heidenheim", "", false}, // not cut off
		{"Kurz ...", "Kurz und gut", "", false}, // too little to go on
		{"Union reist im DFB-Pokal nach Bielefeld ...", "Hertha empfängt Heidenheim im DFB-Pokal", "", false},
		{"Union reist im DFB-Pokal nach Bielefeld, Hertha ...", "2. Runde ausgelost - Union reist im DFB-Pokal nach Bielefeld, Hertha empfängt Heidenheim", "Union reist im DFB-Pokal nach Bielefeld, Hertha empfängt Heidenheim", true},
		{"STRAẞE IN DER ALTSTADT GESPERRT WEGEN ...", "Eilmeldung: Straße in der Altstadt gesperrt wegen Wasserrohrbruch", "Straße in der Altstadt gesperrt wegen Wasserrohrbruch", true},
		{"Kurz vor Schluss in der Arena ...", "İİİİİİİİ İstanbul: Kurz vor Schluss in der Arena fällt das Tor", "Kurz vor Schluss in der Arena fällt das Tor", true},
		{"Gruppenvergewaltigung in Iserlohn - Opfer ist ...", "Gruppenvergewaltigung in Iserlohn - Opfer ist ein Flüchtling Stand: 08.09.2024 16:48 Uhr", "", false},
	} {
		got, ok := completes(c.title, c.line)
		if got != c.want || ok != c.ok {
			t.Errorf("completes(%q, %q) = %q, %v; want %q, %v", c.title, c.line, got, ok, c.want, c.ok)
		}
	}
}

// A headline repeated at the top of the text with its date field run on ("… eröffnet Stand:
// 12.04.2024 20:59 Uhr Die Brücke …") is the title and the publication date, not the start of
// the lead's first sentence; a line whose words before the field are not the title stays.
func TestTitledDateField(t *testing.T) {
	cases := []struct {
		name, line, published, text string
	}{
		{"title and lead on one line",
			`{"id":"a","title":"Neue Brücke über die Elbe eröffnet","text":"Neue Brücke über die Elbe eröffnet Stand: 12.04.2024 20:59 Uhr Die Brücke ist 300 Meter lang.\nDer Verkehr rollt ab Montag."}`,
			"2024-04-12T20:59:00+02:00", "Die Brücke ist 300 Meter lang.\n\nDer Verkehr rollt ab Montag."},
		{"a title cut off with an ellipsis",
			`{"id":"a","title":"Neue Brücke über die Elbe eröffnet: Verkehr ...","text":"Neue Brücke über die Elbe eröffnet: Verkehr rollt ab Montag Stand: 12.04.2024 20:59 Uhr Die Brücke ist 300 Meter lang."}`,
			"2024-04-12T20:59:00+02:00", "Die Brücke ist 300 Meter lang."},
		{"the field alone opens the line after a teaser",
			`{"id":"a","title":"Neue Brücke über die Elbe eröffnet","text":"Die Brücke ist eröffnet ...\nStand: 12.04.2024 20:59 Uhr Die Brücke ist 300 Meter lang."}`,
			"2024-04-12T20:59:00+02:00", "Die Brücke ist 300 Meter lang."},
		{"a headline variant before the field is a heading",
			`{"id":"a","title":"Neue Brücke über die Elbe eröffnet","text":"Elbe: Verkehr rollt über die neue Brücke Stand: 12.04.2024 20:59 Uhr Die Brücke ist 300 Meter lang."}`,
			"2024-04-12T20:59:00+02:00", "Elbe: Verkehr rollt über die neue Brücke\n\nDie Brücke ist 300 Meter lang."},
		{"other words before the field stay",
			`{"id":"a","title":"Neue Brücke über die Elbe eröffnet","text":"Die Stadt feiert Stand: 12.04.2024 20:59 Uhr mit einem Fest.\nDer Verkehr rollt ab Montag."}`,
			"", "Die Stadt feiert Stand: 12.04.2024 20:59 Uhr mit einem Fest.\n\nDer Verkehr rollt ab Montag."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := fromJSONLine("f.jsonl:1", []byte(c.line))
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published {
				t.Errorf("published %q, want %q", a.Published, c.published)
			}
			if !strings.HasSuffix(a.Text, c.text) || strings.Contains(a.Text, "Stand:") != strings.Contains(c.text, "Stand:") {
				t.Errorf("text %q, want it to end with %q", a.Text, c.text)
			}
		})
	}
}
