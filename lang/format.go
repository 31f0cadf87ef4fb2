package lang

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Formatter writes dates and figures the way a reader of one language writes them ("14.
// Oktober 2025, morgens", "200 Mio. €" in German; "14 October 2025, morning", "€200
// million" in English). It is separate from Pack so that rendering needs no analysis
// toolkit; each pack's package provides one (de.Format, en.Format).
type Formatter interface {
	// Code is the ISO 639-1 code of the language written.
	Code() string
	// Date writes a calendar date, part of a date or season.
	Date(d DateParts) string
	// Number writes a plain number with the language's separators ("12.000", "1,8").
	Number(v float64) string
	// Amount writes a figure: value in the base unit, unit as article.Figure has it (ISO
	// 4217 code, unit symbol or "" for counts), large values with the language's scale
	// words ("1,8 Mio."), and the bound ("about", "min", "max", "order") in words.
	Amount(v float64, unit, bound string, approximate bool) string
	// Phrase returns the language's word for one of the fixed labels the story shows
	// ("reported", "update", "conflict", "first report"); the key itself when unknown.
	Phrase(key string) string
}

// DateParts is a TIMEX3 value taken apart; zero fields are absent. Hour is -1 when no time
// of day is known.
type DateParts struct {
	Year, Month, Day int
	Hour, Minute     int
	PartOfDay        string // "MO", "AF", "EV", "NI" (morning .. night)
	Season           string // "SP", "SU", "FA", "WI"
	Week             int    // ISO week
	Weekend          bool   // the week's weekend ("2024-W35-WE")
	Quarter, Half    int
	Decade           int    // 202 for the 2020s
	Mod              string // TIMEX3 modifier: START, MID, END, APPROX, ...
}

// ParseTimex takes a TIMEX3 date value apart ("2025-10-14", "2025-10-14TMO", "2024-WI",
// "2024-W42", "2024-Q1", "202X", "2025-10-14T08:30"). ok is false for what is not a date
// (durations, sets, "PRESENT_REF", empty).
func ParseTimex(value, mod string) (DateParts, bool) {
	d := DateParts{Hour: -1, Mod: mod}
	v := value
	if v == "" || strings.HasPrefix(v, "P") || strings.HasSuffix(v, "_REF") {
		return d, false
	}
	date, tod, _ := strings.Cut(v, "T")
	parts := strings.Split(date, "-")
	if len(parts[0]) == 4 && strings.HasSuffix(parts[0], "X") || len(parts[0]) == 3 {
		n, err := strconv.Atoi(strings.TrimSuffix(parts[0], "X"))
		if err != nil || len(parts) > 1 {
			return d, false
		}
		d.Decade = n
		return d, true
	}
	y, err := strconv.Atoi(parts[0])
	if err != nil || len(parts[0]) != 4 {
		return d, false
	}
	d.Year = y
	if len(parts) >= 2 {
		p := parts[1]
		switch {
		case p == "SP" || p == "SU" || p == "FA" || p == "AU" || p == "WI":
			if p == "AU" {
				p = "FA"
			}
			d.Season = p
		case len(p) == 3 && p[0] == 'W':
			if d.Week, err = strconv.Atoi(p[1:]); err != nil {
				return d, false
			}
		case len(p) == 2 && p[0] == 'Q':
			if d.Quarter, err = strconv.Atoi(p[1:]); err != nil {
				return d, false
			}
		case len(p) == 2 && p[0] == 'H':
			if d.Half, err = strconv.Atoi(p[1:]); err != nil {
				return d, false
			}
		default:
			if d.Month, err = strconv.Atoi(p); err != nil || d.Month < 1 || d.Month > 12 {
				return d, false
			}
		}
	}
	if len(parts) == 3 && d.Week > 0 && parts[2] == "WE" {
		d.Weekend = true
		parts = parts[:2]
	}
	if len(parts) >= 3 && d.Month > 0 {
		if d.Day, err = strconv.Atoi(parts[2]); err != nil || d.Day < 1 || d.Day > 31 {
			return d, false
		}
	}
	if len(parts) > 3 {
		return d, false
	}
	switch {
	case tod == "":
	case tod == "MO" || tod == "AF" || tod == "EV" || tod == "NI" || tod == "MI" || tod == "DT":
		d.PartOfDay = tod
	default:
		hm := strings.Split(strings.SplitN(strings.SplitN(tod, "+", 2)[0], "Z", 2)[0], ":")
		if len(hm) >= 2 {
			h, e1 := strconv.Atoi(hm[0])
			m, e2 := strconv.Atoi(hm[1])
			if e1 == nil && e2 == nil {
				d.Hour, d.Minute = h, m
			}
		}
	}
	return d, true
}

// GroupDigits writes the integer part of a non-negative number with sep between groups of
// three ("12000", "." -> "12.000"); packs share it.
func GroupDigits(s, sep string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// Formatters finds the formatter for a language code; the first one given is the fallback.
type Formatters struct {
	by    map[string]Formatter
	first Formatter
}

// NewFormatters returns a lookup over fs.
func NewFormatters(fs ...Formatter) *Formatters {
	m := &Formatters{by: map[string]Formatter{}}
	for _, f := range fs {
		if m.first == nil {
			m.first = f
		}
		m.by[f.Code()] = f
	}
	return m
}

// Get returns the formatter for code, or the fallback.
func (m *Formatters) Get(code string) Formatter {
	if f, ok := m.by[code]; ok {
		return f
	}
	return m.first
}

// Scaled splits a large value into a mantissa and a power of ten of 6, 9 or 12 (millions,
// billions, trillions) when the value is at least a million; else it returns v and 0.
func Scaled(v float64) (float64, int) {
	a := v
	if a < 0 {
		a = -a
	}
	switch {
	case a >= 1e12:
		return v / 1e12, 12
	case a >= 1e9:
		return v / 1e9, 9
	case a >= 1e6:
		return v / 1e6, 6
	}
	return v, 0
}

// Decimal writes v with at most two decimals (trailing zeros dropped), the integer part
// grouped with groupSep and the decimals after decSep.
func Decimal(v float64, groupSep, decSep string) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatFloat(v, 'f', 2, 64)
	in, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	out := GroupDigits(in, groupSep)
	if frac != "" {
		out += decSep + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// DateWords is what a language writes dates with; its Date method writes DateParts by them,
// so each pack's formatter is a table, not code.
type DateWords struct {
	Months     [13]string        // 1..12
	Seasons    map[string]string // SP, SU, FA, WI
	PartsOfDay map[string]string // MO, MI, AF, EV, NI, DT
	Mods       map[string]string // START, MID, END, APPROX, ...
	// Patterns (fmt verbs in order): Day "%d. %s %d" (day, month, year), Month "%s %d",
	// Season "%s %d", Week "Woche ab %s" and Weekend "Wochenende ab %s" (the Day of its
	// Monday, its Saturday: a reader knows dates, not week numbers), Quarter, Half "%d.
	// Quartal %d", Decade "%d0er-Jahre", Clock ", %d:%02d Uhr".
	Day, Month, Season, Week, Weekend, Quarter, Half, Decade, Clock string
}

// Date writes d.
func (w *DateWords) Date(d DateParts) string {
	var s string
	switch {
	case d.Decade > 0:
		s = fmt.Sprintf(w.Decade, d.Decade)
	case d.Season != "":
		s = fmt.Sprintf(w.Season, w.Seasons[d.Season], d.Year)
	case d.Week > 0:
		// ISO week 1 holds 4 January; its Monday starts the count.
		jan4 := time.Date(d.Year, time.January, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(d.Week-1))
		pattern, day := w.Week, monday
		if d.Weekend {
			pattern, day = w.Weekend, monday.AddDate(0, 0, 5)
		}
		s = fmt.Sprintf(pattern, fmt.Sprintf(w.Day, day.Day(), w.Months[day.Month()], day.Year()))
	case d.Quarter > 0:
		s = fmt.Sprintf(w.Quarter, d.Quarter, d.Year)
	case d.Half > 0:
		s = fmt.Sprintf(w.Half, d.Half, d.Year)
	case d.Day > 0:
		s = fmt.Sprintf(w.Day, d.Day, w.Months[d.Month], d.Year)
	case d.Month > 0:
		s = fmt.Sprintf(w.Month, w.Months[d.Month], d.Year)
	default:
		s = strconv.Itoa(d.Year)
	}
	if m := w.Mods[d.Mod]; m != "" {
		s = m + " " + s
	}
	if p := w.PartsOfDay[d.PartOfDay]; p != "" {
		s += ", " + p
	}
	if d.Hour >= 0 && d.Day > 0 {
		s += fmt.Sprintf(w.Clock, d.Hour, d.Minute)
	}
	return s
}
