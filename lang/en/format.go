package en

import (
	"fmt"

	"crosscheck/lang"
)

// Format writes dates and figures as English news text does ("14 October 2025", "€200
// million", "about 1,400").
type Format struct{}

var _ lang.Formatter = Format{}

// Code implements lang.Formatter.
func (Format) Code() string { return "en" }

var months = [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

var seasons = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

var partsOfDay = map[string]string{"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

var mods = map[string]string{"START": "early", "MID": "mid", "END": "late", "APPROX": "around",
	"BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "by", "ON_OR_AFTER": "from"}

// Date implements lang.Formatter.
func (Format) Date(d lang.DateParts) string {
	var s string
	switch {
	case d.Decade > 0:
		s = fmt.Sprintf("the %d0s", d.Decade)
	case d.Season != "":
		s = fmt.Sprintf("%s %d", seasons[d.Season], d.Year)
	case d.Week > 0:
		s = fmt.Sprintf("week %d of %d", d.Week, d.Year)
	case d.Quarter > 0:
		s = fmt.Sprintf("Q%d %d", d.Quarter, d.Year)
	case d.Half > 0:
		s = fmt.Sprintf("H%d %d", d.Half, d.Year)
	case d.Day > 0:
		s = fmt.Sprintf("%d %s %d", d.Day, months[d.Month], d.Year)
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
		s += fmt.Sprintf(", %d:%02d", d.Hour, d.Minute)
	}
	return s
}

// Number implements lang.Formatter.
func (Format) Number(v float64) string { return lang.Decimal(v, ",", ".") }

var scaleWords = map[int]string{6: "million", 9: "billion", 12: "trillion"}

var symbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}

var bounds = map[string]string{"about": "about", "min": "more than", "max": "up to", "order": "several"}

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
	if bound == "order" && sc == 0 && v >= 100 {
		switch v {
		case 100:
			s = "hundreds"
		case 1000:
			s = "thousands"
		default:
			s = "several " + s
		}
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

var phrases = map[string]string{"reported": "reported", "update": "later", "conflict": "conflict", "first report": "first report",
	"unattributed": "unattributed", "in": "in"}

// Phrase implements lang.Formatter.
func (Format) Phrase(key string) string {
	if p, ok := phrases[key]; ok {
		return p
	}
	return key
}
