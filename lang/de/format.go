package de

import (
	"crosscheck/lang"
)

// Format writes dates and figures as German news text does ("14. Oktober 2025", "200 Mio.
// €", "rund 1.400").
type Format struct{}

var _ lang.Formatter = Format{}

// Code implements lang.Formatter.
func (Format) Code() string { return "de" }

var dates = &lang.DateWords{
	Months: [13]string{"", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
		"September", "Oktober", "November", "Dezember"},
	Seasons:    map[string]string{"SP": "Frühjahr", "SU": "Sommer", "FA": "Herbst", "WI": "Winter"},
	PartsOfDay: map[string]string{"MO": "morgens", "MI": "mittags", "AF": "nachmittags", "EV": "abends", "NI": "nachts", "DT": "tagsüber"},
	Mods: map[string]string{"START": "Anfang", "MID": "Mitte", "END": "Ende", "APPROX": "etwa",
		"BEFORE": "vor", "AFTER": "nach", "ON_OR_BEFORE": "bis", "ON_OR_AFTER": "ab"},
	Day: "%d. %s %d", Month: "%s %d", Season: "%s %d", Week: "Woche ab %s", Weekend: "Wochenende ab %s", Quarter: "%d. Quartal %d",
	Half: "%d. Halbjahr %d", Decade: "%d0er-Jahre", Clock: ", %d:%02d Uhr",
}

// Date implements lang.Formatter.
func (Format) Date(d lang.DateParts) string { return dates.Date(d) }

// Number implements lang.Formatter.
func (Format) Number(v float64) string { return lang.Decimal(v, ".", ",") }

var scaleWords = map[int]string{6: "Mio.", 9: "Mrd.", 12: "Bio."}

var symbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "CHF": "Fr.", "JPY": "¥"}

// orders are the words for an order of magnitude ("Tausende": figure.BoundOrder).
var orders = map[float64]string{12: "Dutzende", 100: "Hunderte", 1000: "Tausende", 1e4: "Zehntausende", 1e5: "Hunderttausende", 1e6: "Millionen", 1e9: "Milliarden"}

var bounds = map[string]string{"about": "rund", "min": "mindestens", "over": "mehr als", "max": "bis zu", "under": "weniger als", "order": "mehrere"}

// Amount implements lang.Formatter.
func (f Format) Amount(v float64, unit, bound string, approximate bool) string {
	m, sc := lang.Scaled(v)
	s := f.Number(m)
	if sc > 0 {
		s += " " + scaleWords[sc]
	}
	if w, ok := orders[v]; bound == "order" && ok {
		// "Dutzende", "Tausende", "Millionen": at least v, below ten times v.
		s = w
	} else if b := bounds[bound]; b != "" {
		s = b + " " + s
	} else if approximate {
		s = "rund " + s
	}
	// A no-break space keeps the unit on the number's line: "mindestens 5 %" never wraps
	// between "5" and "%".
	switch {
	case unit == "":
	case symbols[unit] != "":
		s += "\u00a0" + symbols[unit]
	default:
		s += "\u00a0" + unit
	}
	return s
}

var phrases = map[string]string{
	"reported": "sinngemäß", "update": "später", "conflict": "Widerspruch", "first report": "erste Meldung", "quote open": "„", "quote close": "“",
	"unattributed": "ohne Quelle", "in": "in",
}

// Phrase implements lang.Formatter.
func (Format) Phrase(key string) string {
	if p, ok := phrases[key]; ok {
		return p
	}
	return key
}
