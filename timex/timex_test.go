package timex

import (
	"testing"
	"time"

	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/lang/en"
)

var (
	dePack = de.New()
	enPack = en.New()
)

type want struct {
	text, typ, value, mod string
}

func check(t *testing.T, p lang.Pack, opt Options, text string, wants []want) {
	t.Helper()
	got := ResolveWith(text, opt, p)
	r := article.NewRunes(text)
	for _, g := range got {
		if r.Slice(g.Start, g.End) != g.Text {
			t.Errorf("%q: offsets [%d,%d) do not cover %q", text, g.Start, g.End, g.Text)
		}
	}
	for _, w := range wants {
		found := false
		for _, g := range got {
			if g.Text == w.text {
				found = true
				if g.Value != w.value || (w.typ != "" && g.Type != w.typ) || g.Mod != w.mod {
					t.Errorf("%q: %q = %s %q mod %q, want %s %q mod %q", text, w.text, g.Type, g.Value, g.Mod, w.typ, w.value, w.mod)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found in %+v", text, w.text, got)
		}
	}
}

func day(s string) Options {
	a, p := article.ParsePublished(s)
	return Options{Anchor: a, Precision: p}
}

func TestGerman(t *testing.T) {
	tests := []struct {
		anchor string
		text   string
		want   []want
	}{
		{"2024-11", "Am 3. November hatte sich Guterres besorgt gezeigt.", []want{{"Am 3. November", "date", "2024-11-03", ""}}},
		{"2024-11", "Choe war zuletzt im Januar im Kreml zu Gast gewesen.", []want{{"im Januar", "date", "2024-01", ""}}},
		{"2024-11", "Sie hatten bereits im Juni einen Vertrag unterschrieben.", []want{{"im Juni", "date", "2024-06", ""}}},
		{"2024-11", "Im Januar wird er wieder kommen.", []want{{"Im Januar", "date", "2025-01", ""}}},
		{"2024-11", "Die 2022 vorgestellte Formel.", []want{{"2022", "date", "2022", ""}}},
		{"", "Selenskyj berichtete am Donnerstag.", []want{{"am Donnerstag", "date", "", ""}}},
		{"2024-11-14", "Selenskyj berichtete am Donnerstag.", []want{{"am Donnerstag", "date", "2024-11-14", ""}}},
		{"2024-11-14", "Er wird am Montag kommen.", []want{{"am Montag", "date", "2024-11-18", ""}}},
		{"2024-11-14", "Er kam am Montag.", []want{{"am Montag", "date", "2024-11-11", ""}}},
		{"", "Die Offensive, die seit drei Monaten läuft.", []want{{"seit drei Monaten", "duration", "P3M", ""}}},
		{"", "Er hatte angekündigt, den Krieg in 24 Stunden zu beenden.", []want{{"in 24 Stunden", "duration", "PT24H", ""}}},
		{"", "Es dauerte drei Jahre und zwei Wochen lang.", []want{{"drei Jahre", "duration", "P3Y", ""}, {"zwei Wochen lang", "duration", "P2W", ""}}},
		{"", "14.11.2024 und 2024-11-14 und 14. November, 2024", []want{{"14.11.2024", "date", "2024-11-14", ""}, {"2024-11-14", "date", "2024-11-14", ""}, {"14. November, 2024", "date", "2024-11-14", ""}}},
		{"2024-11-14", "Im vergangenen Jahr, letzte Woche und vor drei Wochen.", []want{{"Im vergangenen Jahr", "date", "2023", ""}, {"letzte Woche", "date", "2024-W45", ""}, {"vor drei Wochen", "date", "2024-W43", ""}}},
		{"2024-11-14", "Er wird in zwei Tagen kommen, gestern war er hier, morgen nicht.", []want{{"in zwei Tagen", "date", "2024-11-16", ""}, {"gestern", "date", "2024-11-13", ""}, {"morgen", "date", "2024-11-15", ""}}},
		{"2024-11-14", "Heute um 8.15 Uhr und am Abend.", []want{{"Heute", "date", "2024-11-14", ""}, {"um 8.15 Uhr", "time", "2024-11-14T08:15", ""}, {"am Abend", "time", "2024-11-14TEV", ""}}},
		{"2024-11", "Anfang 2025, Mitte Juni, Ende des Monats, im Sommer.", []want{{"Anfang 2025", "date", "2025", "START"}, {"Mitte Juni", "date", "2024-06", "MID"}, {"Ende des Monats", "date", "2024-11", "END"}, {"im Sommer", "date", "2024-SU", ""}}},
		{"", "Anfang der 90er Jahre und im 20. Jahrhundert und in den 1930er-Jahren.", []want{{"Anfang der 90er Jahre", "date", "199", "START"}, {"im 20. Jahrhundert", "date", "19", ""}, {"den 1930er-Jahren", "date", "193", ""}}},
		{"", "Er kam jeden Montag, täglich und jährlich.", []want{{"jeden Montag", "set", "XXXX-WXX-1", ""}, {"täglich", "set", "P1D", ""}, {"jährlich", "set", "P1Y", ""}}},
		{"", "Im Jahr 2022 und 494 v. Chr. und Mai/Juni 1940.", []want{{"Im Jahr 2022", "date", "2022", ""}, {"494 v. Chr.", "date", "BC0494", ""}, {"Mai", "date", "1940-05", ""}, {"Juni 1940", "date", "1940-06", ""}}},
		{"", "Es gibt 11.000 Soldaten und 1370 Landungsboote, rund 2000 Mann.", nil},
		{"2024-11", "Die kommenden Wochen werden entscheidend.", []want{{"Die kommenden Wochen", "date", "FUTURE_REF", ""}}},
	}
	for _, tc := range tests {
		check(t, dePack, day(tc.anchor), tc.text, tc.want)
	}
	// Numbers that count things are no years.
	for _, g := range ResolveWith("Es gibt 11.000 Soldaten und 1370 Landungsboote, rund 2000 Mann.", day(""), dePack) {
		t.Errorf("spurious %+v", g)
	}
}

func TestNarrative(t *testing.T) {
	opt := Options{Anchor: time.Date(2011, 2, 16, 0, 0, 0, 0, time.UTC), Precision: article.PrecisionDay, Narrative: true}
	text := "Der Angriff begann am 1. September 1939 um 4:45 Uhr. Am 3. September erklärte Frankreich den Krieg. " +
		"Zwei Tage später fiel die Stadt. Im Mai 1940 folgte der Westfeldzug; Ende Juni war er vorbei. Heute ist das Geschichte."
	check(t, dePack, opt, text, []want{
		{"um 4:45 Uhr", "time", "1939-09-01T04:45", ""},
		{"Am 3. September", "date", "1939-09-03", ""},
		{"Zwei Tage später", "date", "1939-09-05", ""},
		{"Ende Juni", "date", "1940-06", "END"},
		{"Heute", "date", "2011-02-16", ""},
	})
}

func TestEnglish(t *testing.T) {
	tests := []struct {
		anchor string
		text   string
		want   []want
	}{
		{"2024-11-14", "He said on Thursday that last year was hard.", []want{{"Thursday", "date", "2024-11-14", ""}, {"last year", "date", "2023", ""}}},
		{"2024-11-14", "Three weeks ago, on November 3, 2024, and yesterday.", []want{{"Three weeks ago", "date", "2024-W43", ""}, {"November 3, 2024", "date", "2024-11-03", ""}, {"yesterday", "date", "2024-11-13", ""}}},
		{"", "The talks lasted 24 hours and three years, every Monday and daily.", []want{{"24 hours", "duration", "PT24H", ""}, {"three years", "duration", "P3Y", ""}, {"every Monday", "set", "XXXX-WXX-1", ""}, {"daily", "set", "P1D", ""}}},
		{"", "In the 1990s and early 2025 and 3 November 2024.", []want{{"the 1990s", "date", "199", ""}, {"early 2025", "date", "2025", "START"}, {"3 November 2024", "date", "2024-11-03", ""}}},
	}
	for _, tc := range tests {
		check(t, enPack, day(tc.anchor), tc.text, tc.want)
	}
}

func TestExtractSortedAndPublished(t *testing.T) {
	a := &article.Article{Language: "de", Published: "2024-11-14", Text: "Titel\n\nAm Donnerstag kam er. Im Juni war er hier."}
	a.Blocks = []article.Block{{Kind: article.BlockTitle, Start: 0, End: 5}, {Kind: article.BlockParagraph, Start: 7, End: len([]rune(a.Text))}}
	an := &article.Analysis{}
	New(Options{}).Extract(a, an, dePack)
	if len(an.Times) != 2 || an.Times[0].Text != "Am Donnerstag" || an.Times[0].Value != "2024-11-14" || an.Times[1].Value != "2024-06" {
		t.Fatalf("Extract = %+v", an.Times)
	}
	for i := 1; i < len(an.Times); i++ {
		if an.Times[i].Start < an.Times[i-1].Start {
			t.Fatalf("not sorted: %+v", an.Times)
		}
	}
	pt, ok := Published(a)
	if !ok || pt.Start != -1 || pt.End != -1 || pt.Value != "2024-11-14" || pt.Type != article.TimeDate {
		t.Fatalf("Published = %+v, %v", pt, ok)
	}
	if _, ok := Published(&article.Article{}); ok {
		t.Fatal("Published of an undated article")
	}
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Am 3. November 2024", "14.11.24", "2011-02-16T17:00:00", "um 8.15 Uhr", "vor drei Wochen",
		"Anfang der 90er Jahre", "1.–3. Mai", "494 v. Chr.", "ein halbes Jahr später", "jeden zweiten Tag", "Donnerstagabend", "\xff9."} {
		f.Add(s)
	}
	anchor := time.Date(2024, 11, 14, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, opt := range []Options{{}, {Anchor: anchor, Precision: article.PrecisionDay}, {Anchor: anchor, Precision: article.PrecisionMonth, Narrative: true}} {
			r := article.NewRunes(s)
			for _, g := range ResolveWith(s, opt, dePack) {
				if g.Start < 0 || g.End > r.Len() || g.Start >= g.End {
					t.Fatalf("bad offsets %+v in %q", g, s)
				}
			}
		}
	})
}
