package en

import (
	"crosscheck/lang"
)

// Format writes dates and figures as English news text does ("14 October 2025", "€200
// million", "about 1,400").
type Format struct{}

var _ lang.Formatter = Format{}

// Code implements lang.Formatter.
func (Format) Code() string { return "en" }

var dates = &lang.DateWords{
	Months: [13]string{"", "January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"},
	Seasons:    map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"},
	PartsOfDay: map[string]string{"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"},
	Mods: map[string]string{"START": "early", "MID": "mid", "END": "late", "APPROX": "around",
		"BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "by", "ON_OR_AFTER": "from"},
	Day: "%d %s %d", Month: "%s %d", Season: "%s %d", Week: "week of %s", Weekend: "weekend of %s", Quarter: "Q%d %d",
	Half: "H%d %d", Decade: "the %d0s", Clock: ", %d:%02d",
}

// Date implements lang.Formatter.
func (Format) Date(d lang.DateParts) string { return dates.Date(d) }

// Number implements lang.Formatter.
func (Format) Number(v float64) string { return lang.Decimal(v, ",", ".") }

var scaleWords = map[int]string{6: "million", 9: "billion", 12: "trillion"}

var symbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}

// orders are the words for an order of magnitude ("Tausende": figure.BoundOrder).
var orders = map[float64]string{12: "dozens", 100: "hundreds", 1000: "thousands", 1e4: "tens of thousands", 1e5: "hundreds of thousands", 1e6: "millions", 1e9: "billions"}

var bounds = map[string]string{"about": "about", "min": "at least", "over": "more than", "max": "up to", "under": "less than", "order": "several"}

// Amount implements lang.Formatter.
func (f Format) Amount(v float64, unit, bound string, approximate bool) string {
	m, sc := lang.Scaled(v)
	s := f.Number(m)
	if sc > 0 {
		s += " " + scaleWords[sc]
	}
	if sym := symbols[unit]; sym != "" {
		s = sym + s
	} else if unit == "%" {
		s += "%"
	} else if unit != "" {
		s += " " + unit
	}
	if w, ok := orders[v]; bound == "order" && ok {
		// "Dutzende", "Tausende", "Millionen": at least v, below ten times v.
		s = w
		if sym := symbols[unit]; sym != "" {
			s += " (" + unit + ")"
		}
	} else if b := bounds[bound]; b != "" {
		s = b + " " + s
	} else if approximate {
		s = "about " + s
	}
	return s
}

var phrases = map[string]string{"reported": "reported", "update": "later", "conflict": "conflict", "first report": "first report", "quote open": "“", "quote close": "”",
	"unattributed": "unattributed", "in": "in"}

// Phrase implements lang.Formatter.
func (Format) Phrase(key string) string {
	if p, ok := phrases[key]; ok {
		return p
	}
	return key
}
