package ingest

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"crosscheck/article"
)

type dateRegexps struct {
	label   *regexp.Regexp // "Datum:", "Stand:", "Veröffentlicht am", "date", ...
	weekday *regexp.Regexp // "Donnerstag, "
	iso     *regexp.Regexp // 2024-11-14T08:00:00+01:00 and its shorter forms
	dmyNum  *regexp.Regexp // 14.11.2024
	dmyName *regexp.Regexp // 14. November 2024, 14 Nov. 2024, 14. November, 2024
	mdyName *regexp.Regexp // November 14, 2024
	myName  *regexp.Regexp // November 2024
	clock   *regexp.Regexp // ", 08:15 Uhr", " | 8:15 pm CET"
	tail    *regexp.Regexp // what may follow a whole-line date
}

func buildDateRegexps(months map[string]int, weekdays map[string]string) dateRegexps {
	ms := map[string]string{}
	for k := range months {
		ms[k] = ""
	}
	mon := `(` + alternation(ms) + `)\.?`
	return dateRegexps{
		label: regexp.MustCompile(`(?i)^(?:date|datum|stand|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|erstellt(?:\s+am)?|` +
			`(?:zuletzt\s+)?aktualisiert(?:\s+am)?|published(?:\s+on)?|posted(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?|pubdate)` +
			`(?:\s*:\s*|\s+)`),
		weekday: regexp.MustCompile(`(?i)^(?:` + alternation(weekdays) + `)\.?,?\s+`),
		iso:     regexp.MustCompile(`^(\d{4})-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?\b`),
		dmyNum:  regexp.MustCompile(`^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`),
		dmyName: regexp.MustCompile(`(?i)^(\d{1,2})\.?\s*` + mon + `,?\s+(\d{4})\b`),
		mdyName: regexp.MustCompile(`(?i)^` + mon + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`),
		myName:  regexp.MustCompile(`(?i)^` + mon + `\s+(\d{4})\b`),
		clock: regexp.MustCompile(`(?i)^\s*(?:,|\||-|–|/|\bum\b|\bat\b)?\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*` +
			`(uhr\b|h\b|am\b|pm\b|a\.m\.|p\.m\.)?\s*(utc|gmt|mez|mesz|cet|cest|z\b|[+-]\d{2}:?\d{2})?`),
		tail: regexp.MustCompile(`^[\s|,;–—\-/·•]*$`),
	}
}

// parsedDate is a date found at the start of a string.
type parsedDate struct {
	value string // ISO 8601 at the precision given
	n     int    // bytes consumed
}

// matchDate reads a date (optionally with a clock time) at the start of s.
func matchDate(s string) (parsedDate, bool) {
	re := &tab.dateRe
	if m := re.weekday.FindStringIndex(s); m != nil {
		if d, ok := matchDateNoWeekday(s[m[1]:]); ok {
			d.n += m[1]
			return d, true
		}
	}
	return matchDateNoWeekday(s)
}

func matchDateNoWeekday(s string) (parsedDate, bool) {
	re := &tab.dateRe
	if m := re.iso.FindStringSubmatchIndex(s); m != nil {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		y, mo := atoi(g(1)), atoi(g(2))
		if g(3) == "" {
			return monthDate(y, mo, m[1])
		}
		d := atoi(g(3))
		if g(4) == "" {
			// A clock time may still follow after a separator ("2024-11-14, 08:15 Uhr").
			return dayDate(s, y, mo, d, m[1])
		}
		loc, zok := tab.berlin, true
		if z := g(7); z != "" {
			loc, zok = zone(z)
		}
		t := time.Date(y, time.Month(mo), d, atoi(g(4)), atoi(g(5)), atoi(g(6)), 0, loc)
		if !zok || !validTime(t, y, mo, d) || atoi(g(4)) > 23 || atoi(g(5)) > 59 {
			return parsedDate{}, false
		}
		return parsedDate{value: t.Format(time.RFC3339), n: m[1]}, true
	}
	if m := re.dmyNum.FindStringSubmatch(s); m != nil {
		return dayDate(s, atoi(m[3]), atoi(m[2]), atoi(m[1]), len(m[0]))
	}
	if m := re.dmyName.FindStringSubmatch(s); m != nil {
		return dayDate(s, atoi(m[3]), tab.months[strings.ToLower(m[2])], atoi(m[1]), len(m[0]))
	}
	if m := re.mdyName.FindStringSubmatch(s); m != nil {
		return dayDate(s, atoi(m[3]), tab.months[strings.ToLower(m[1])], atoi(m[2]), len(m[0]))
	}
	if m := re.myName.FindStringSubmatch(s); m != nil {
		return monthDate(atoi(m[2]), tab.months[strings.ToLower(m[1])], len(m[0]))
	}
	return parsedDate{}, false
}

func monthDate(y, mo, n int) (parsedDate, bool) {
	if y < 1800 || y > 2200 || mo < 1 || mo > 12 {
		return parsedDate{}, false
	}
	t := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
	return parsedDate{value: article.FormatPublished(t, article.PrecisionMonth), n: n}, true
}

// dayDate validates a calendar day and adds the clock time that may follow it at s[n:].
func dayDate(s string, y, mo, d, n int) (parsedDate, bool) {
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, tab.berlin)
	if y < 1800 || y > 2200 || !validTime(t, y, mo, d) {
		return parsedDate{}, false
	}
	if m := tab.dateRe.clock.FindStringSubmatchIndex(s[n:]); m != nil {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[n+m[2*i] : n+m[2*i+1]]
		}
		h, mi, sec := atoi(g(1)), atoi(g(2)), atoi(g(3))
		suffix := strings.ToLower(strings.ReplaceAll(g(4), ".", ""))
		// "14.11.2024 08.15" without "Uhr" is too weak to call a clock time.
		dotted := strings.Contains(s[n+m[2]:n+m[5]], ".")
		switch {
		case suffix == "pm" && h < 12:
			h += 12
		case suffix == "am" && h == 12:
			h = 0
		}
		loc, zok := tab.berlin, true
		if z := g(5); z != "" {
			loc, zok = zone(z)
		}
		if zok && h <= 23 && mi <= 59 && sec <= 59 && (!dotted || suffix != "") {
			t = time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc)
			return parsedDate{value: t.Format(time.RFC3339), n: n + m[1]}, true
		}
	}
	return parsedDate{value: article.FormatPublished(t, article.PrecisionDay), n: n}, true
}

func validTime(t time.Time, y, mo, d int) bool {
	return t.Year() == y && int(t.Month()) == mo && t.Day() == d
}

// zone turns a zone suffix into a location; local names mean Berlin (MEZ/MESZ follow DST).
// An offset no clock has ("+70:00") is no zone: ok is false, as ISO readers reject it.
func zone(z string) (loc *time.Location, ok bool) {
	switch strings.ToLower(z) {
	case "z", "utc", "gmt":
		return time.UTC, true
	case "mez", "mesz", "cet", "cest":
		return tab.berlin, true
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	z = strings.ReplaceAll(z[1:], ":", "")
	if len(z) != 4 {
		return tab.berlin, true
	}
	h, m := atoi(z[:2]), atoi(z[2:])
	if h > 23 || m > 59 {
		return time.UTC, false
	}
	return time.FixedZone("", sign*(h*3600+m*60)), true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// dateLine recognises a line that is, or starts with, a publication date field. whole is true
// when nothing but the date (and its label) is on the line; rest is what follows a labelled
// date at the start of a line ("date 2024-11 Die Zahl ..." leaves "Die Zahl ...").
func dateLine(line string) (value, rest string, whole, ok bool) {
	s := strings.TrimSpace(line)
	labelled := false
	if m := tab.dateRe.label.FindStringIndex(s); m != nil {
		s = s[m[1]:]
		labelled = true
	}
	d, ok := matchDate(s)
	if !ok {
		return "", "", false, false
	}
	rest = s[d.n:]
	// A clock time that the date matcher did not take ("Uhr" alone) is still part of the field.
	rest = strings.TrimPrefix(strings.TrimSpace(rest), "Uhr")
	if tab.dateRe.tail.MatchString(rest) {
		return d.value, "", true, true
	}
	if !labelled {
		return "", "", false, false
	}
	return d.value, strings.TrimSpace(strings.TrimLeft(rest, " |,;–—-/·•")), false, true
}

// ParseDate reads a date or timestamp in any of the forms date lines and feeds use (ISO 8601
// at any precision, German and English day-month-year forms, RFC 1123 and RFC 822) and returns
// it as ISO 8601 at the precision given. Local times without a zone are Europe/Berlin.
func ParseDate(s string) (string, bool) {
	v, err := parseDate(s)
	return v, err == nil
}

// Years a date may have; others are typing errors or placeholders ("9999-12-31").
const minYear, maxYear = 1800, 2200

// errNotDate and errDateRange say why parseDate failed; the caller names the field.
var (
	errNotDate   = errors.New("is not a date")
	errDateRange = fmt.Errorf("is a date out of range (years %d to %d)", minYear, maxYear)
)

// yearFirst and yearLast find the year of a date written as numbers ("9999-12-31",
// "31.12.9999"), to tell a date out of range from text that is no date.
var (
	yearFirst = regexp.MustCompile(`^[+-]?(\d{4,})-\d{1,2}(?:-\d{1,2})?(?:[T ]|$)`)
	yearLast  = regexp.MustCompile(`^\d{1,2}\.\s?\d{1,2}\.\s?(\d{4,})$`)
)

func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", errNotDate
	}
	if len(s) == 4 {
		if y := atoi(s); y >= minYear && y <= maxYear {
			return s, nil
		}
	}
	if v, _, whole, ok := dateLine(s); ok && whole {
		return v, nil
	}
	for _, layout := range []string{time.RFC3339Nano, time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822,
		"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < minYear || t.Year() > maxYear {
				return "", errDateRange
			}
			return t.Format(time.RFC3339), nil
		}
	}
	for _, re := range []*regexp.Regexp{yearFirst, yearLast} {
		if m := re.FindStringSubmatch(s); m != nil {
			if y, err := strconv.Atoi(m[1]); err != nil || y < minYear || y > maxYear {
				return "", errDateRange
			}
		}
	}
	if len(s) == 4 && strings.Trim(s, "0123456789") == "" {
		return "", errDateRange
	}
	return "", errNotDate
}
