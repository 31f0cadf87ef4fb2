package timex

import (
	"fmt"
	"time"
)

// Precisions of a calendar date, coarse to fine.
const (
	pNone = iota
	pYear
	pMonth
	pDay
)

// cdate is a calendar date known to some precision. Years before Christ are negative
// (-494 is 494 BC; there is no year 0 in the texts we read, so arithmetic near it is rough).
type cdate struct {
	y, m, d int
	prec    int
}

func (c cdate) known() bool { return c.prec > pNone }

// gotime returns c as a time.Time (missing parts set to 1).
func (c cdate) gotime() time.Time {
	m, d := c.m, c.d
	if m < 1 {
		m = 1
	}
	if d < 1 {
		d = 1
	}
	return time.Date(c.y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time, prec int) cdate {
	c := cdate{y: t.Year(), prec: prec}
	if prec >= pMonth {
		c.m = int(t.Month())
	}
	if prec >= pDay {
		c.d = t.Day()
	}
	return c
}

// yearString formats a TIMEX year: four digits, "BC" and four digits before Christ.
func yearString(y int) string {
	if y < 0 {
		return fmt.Sprintf("BC%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}

// String is the TIMEX value of c at its precision ("" when unknown).
func (c cdate) String() string {
	switch c.prec {
	case pYear:
		return yearString(c.y)
	case pMonth:
		return fmt.Sprintf("%s-%02d", yearString(c.y), c.m)
	case pDay:
		return fmt.Sprintf("%s-%02d-%02d", yearString(c.y), c.m, c.d)
	}
	return ""
}

// shift moves c by n units ("Y", "M", "W", "D") and returns the result at the unit's
// precision, with ok false when c is too coarse for the unit. Weeks come back as a day
// date; the caller formats them as ISO weeks.
func (c cdate) shift(n int, unit string) (cdate, bool) {
	switch unit {
	case "Y":
		if c.prec < pYear {
			return cdate{}, false
		}
		return cdate{y: c.y + n, prec: pYear}, true
	case "M":
		if c.prec < pMonth {
			return cdate{}, false
		}
		t := time.Date(c.y, time.Month(c.m)+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return fromTime(t, pMonth), true
	case "W":
		if c.prec < pDay {
			return cdate{}, false
		}
		return fromTime(c.gotime().AddDate(0, 0, 7*n), pDay), true
	case "D":
		if c.prec < pDay {
			return cdate{}, false
		}
		return fromTime(c.gotime().AddDate(0, 0, n), pDay), true
	}
	return cdate{}, false
}

// week formats the ISO week of day date c ("2024-W45").
func (c cdate) week() string {
	y, w := c.gotime().ISOWeek()
	return fmt.Sprintf("%s-W%02d", yearString(y), w)
}

// valid reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}
