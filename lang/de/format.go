package de

import (
	"fmt"

	"crosscheck/lang"
)

// Format writes dates and figures as German news text does ("14. Oktober 2025", "200 Mio.
// €", "rund 1.400").
type Format struct{}

var _ lang.Formatter = Format{}

// Code implements lang.Formatter.
func (Format) Code() string { return "de" }

var months = [...]string{"", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
	"September", "Oktober", "November", "Dezember"}

var seasons = map[string]string{"SP": "Frühjahr", "SU": "Sommer", "FA": "Herbst", "WI": "Winter"}

var partsOfDay = map[string]string{"MO": "morgens", "MI": "mittags", "AF": "nachmittags", "EV": "abends", "NI": "nachts", "DT": "tagsüber"}

var mods = map[string]string{"START": "Anfang", "MID": "Mitte", "END": "Ende", "APPROX": "etwa",
	"BEFORE": "vor", "AFTER": "nach", "ON_OR_BEFORE": "bis", "ON_OR_AFTER": "ab"}

// Date implements lang.Formatter.
func (Format) Date(d lang.DateParts) string {
	var s string
	switch {
	case d.Decade > 0:
		s = fmt.Sprintf("%d0er-Jahre", d.Decade)
	case d.Season != "":
		s = fmt.Sprintf("%s %d", seasons[d.Season], d.Year)
	case d.Week > 0:
		s = fmt.Sprintf("KW %d/%d", d.Week, d.Year)
	case d.Quarter > 0:
		s = fmt.Sprintf("%d. Quartal %d", d.Quarter, d.Year)
	case d.Half > 0:
		s = fmt.Sprintf("%d. Halbjahr %d", d.Half, d.Year)
	case d.Day > 0:
		s = fmt.Sprintf("%d. %s %d", d.Day, months[d.Month], d.Year)
	case d.Month > 0:
		s = fmt.Sprintf("%s %d", months[d.Month], d.Year)
	default:
		s = fmt.Sprint(d.Year)
	}
	if m := mods[d.Mod]; m != "" {
		s = m + " " + s
	}
	if p := partsOfDay[d.PartOfDay]; p != "" {
		s += ", " + p
	}
	if d.Hour >= 0 && d.Day > 0 {
		s += fmt.Sprintf(", %d:%02d Uhr", d.Hour, d.Minute)
	}
	return s
}

// Number implements lang.Formatter.
func (Format) Number(v float64) string { return lang.Decimal(v, ".", ",") }

var scaleWords = map[int]string{6: "Mio.", 9: "Mrd.", 12: "Bio."}

var symbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "CHF": "Fr.", "JPY": "¥"}

var bounds = map[string]string{"about": "rund", "min": "mehr als", "max": "bis zu", "order": "mehrere"}

// Amount implements lang.Formatter.
func (f Format) Amount(v float64, unit, bound string, approximate bool) string {
	m, sc := lang.Scaled(v)
	s := f.Number(m)
	if sc > 0 {
		s += " " + scaleWords[sc]
	}
	if bound == "order" && sc == 0 && v >= 100 {
		// "Tausende", "Hunderte": at least v, below ten times v.
		switch v {
		case 100:
			s = "Hunderte"
		case 1000:
			s = "Tausende"
		default:
			s = "mehrere " + s
		}
	} else if b := bounds[bound]; b != "" {
		s = b + " " + s
	} else if approximate {
		s = "rund " + s
	}
	switch {
	case unit == "":
	case symbols[unit] != "":
		s += " " + symbols[unit]
	default:
		s += " " + unit
	}
	return s
}

var phrases = map[string]string{
	"reported": "sinngemäß", "update": "später", "conflict": "Widerspruch", "first report": "erste Meldung",
	"unattributed": "ohne Quelle", "in": "in",
}

// Phrase implements lang.Formatter.
func (Format) Phrase(key string) string {
	if p, ok := phrases[key]; ok {
		return p
	}
	return key
}
