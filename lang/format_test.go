package lang_test

import (
	"testing"

	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/lang/en"
)

func TestParseTimexAndDates(t *testing.T) {
	for _, c := range []struct {
		value, mod string
		de, en     string
	}{
		{"2025-10-14", "", "14. Oktober 2025", "14 October 2025"},
		{"2025-10-14TMO", "", "14. Oktober 2025, morgens", "14 October 2025, morning"},
		{"2025-10-14T08:30", "", "14. Oktober 2025, 8:30 Uhr", "14 October 2025, 8:30"},
		{"2024-WI", "", "Winter 2024", "winter 2024"},
		{"2026-SP", "", "Frühjahr 2026", "spring 2026"},
		{"2024-10", "START", "Anfang Oktober 2024", "early October 2024"},
		{"2024-W42", "", "Woche ab 14. Oktober 2024", "week of 14 October 2024"},
		{"2024-W35-WE", "", "Wochenende ab 31. August 2024", "weekend of 31 August 2024"},
		{"2021-W01", "", "Woche ab 4. Januar 2021", "week of 4 January 2021"},
		{"2020-W53", "", "Woche ab 28. Dezember 2020", "week of 28 December 2020"},
		{"2024-Q1", "", "1. Quartal 2024", "Q1 2024"},
		{"202X", "", "2020er-Jahre", "the 2020s"},
		{"2019", "", "2019", "2019"},
	} {
		p, ok := lang.ParseTimex(c.value, c.mod)
		if !ok {
			t.Errorf("ParseTimex(%q) failed", c.value)
			continue
		}
		if got := (de.Format{}).Date(p); got != c.de {
			t.Errorf("de %s: %q, want %q", c.value, got, c.de)
		}
		if got := (en.Format{}).Date(p); got != c.en {
			t.Errorf("en %s: %q, want %q", c.value, got, c.en)
		}
	}
	for _, v := range []string{"P3W", "PRESENT_REF", "", "XXXX-10", "2024-13-01", "14.10.2025"} {
		if _, ok := lang.ParseTimex(v, ""); ok {
			t.Errorf("ParseTimex(%q) took a non-date for a date", v)
		}
	}
}

func TestAmounts(t *testing.T) {
	for _, c := range []struct {
		v           float64
		unit, bound string
		approx      bool
		de, en      string
	}{
		{2e8, "EUR", "", false, "200 Mio.\u00a0€", "€200 million"},
		{1.8e6, "", "", false, "1,8 Mio.", "1.8 million"},
		{12000, "", "", false, "12.000", "12,000"},
		{1400, "", "over", false, "mehr als 1.400", "more than 1,400"},
		{2, "", "min", false, "mindestens 2", "at least 2"}, // not "mehr als 2": the bound is in
		{5, "%", "under", false, "weniger als 5\u00a0%", "less than 5%"},
		{1.8e7, "EUR", "about", true, "rund 18 Mio.\u00a0€", "about €18 million"},
		{140, "km/h", "max", false, "bis zu 140\u00a0km/h", "up to 140 km/h"},
		{1000, "", "order", true, "Tausende", "thousands"},
		{1e6, "", "order", true, "Millionen", "millions"}, // "mehrere Millionen", not "mehrere 1 Mio."
		{12, "", "order", true, "Dutzende", "dozens"},
		{1e5, "", "order", true, "Hunderttausende", "hundreds of thousands"},
		{3.5, "%", "", false, "3,5\u00a0%", "3.5%"},
		{1e9, "USD", "", false, "1 Mrd.\u00a0$", "$1 billion"},
	} {
		if got := (de.Format{}).Amount(c.v, c.unit, c.bound, c.approx); got != c.de {
			t.Errorf("de %g %s: %q, want %q", c.v, c.unit, got, c.de)
		}
		if got := (en.Format{}).Amount(c.v, c.unit, c.bound, c.approx); got != c.en {
			t.Errorf("en %g %s: %q, want %q", c.v, c.unit, got, c.en)
		}
	}
}

// FuzzParseTimex: any value taken apart and written in both languages, without a panic; a
// value taken for a date writes something.
func FuzzParseTimex(f *testing.F) {
	for _, s := range []string{"2025-10-14T08:30", "2024-W35-WE", "2024-W99", "202X", "10", "-01X", "2024-13", "2024-Q9", "0000-W01", "9999-W53-WE"} {
		f.Add(s, "")
	}
	f.Add("2024-10", "START")
	f.Fuzz(func(t *testing.T, value, mod string) {
		p, ok := lang.ParseTimex(value, mod)
		if !ok {
			return
		}
		if (de.Format{}).Date(p) == "" || (en.Format{}).Date(p) == "" {
			t.Errorf("%q (%q): no text", value, mod)
		}
	})
}
