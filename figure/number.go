package figure

import (
	"strconv"
	"strings"
)

// ParseNumber reads a number written with digits: "11.000", "1,5", "5,000", "3.2",
// "1.234.567,89". decimalComma says whether the text writes decimals with a comma (German) or
// a point (English); the other separator groups thousands and must then be followed by exactly
// three digits, which is what tells a number from a date ("14.11.2024") or a time ("8.15").
// Numbers with a leading zero ("030", "007") are codes, not amounts. Non-breaking and thin
// spaces may group thousands ("11 000").
func ParseNumber(s string, decimalComma bool) (float64, bool) {
	dec, grp := byte('.'), byte(',')
	if decimalComma {
		dec, grp = ',', '.'
	}
	if strings.ContainsAny(s, "\u00a0\u202f\u2009") {
		s = groupSpaces.Replace(s)
	}
	if s == "" || len(s) > 40 {
		return 0, false
	}
	var digits []byte
	group := -1 // digits in the current group once a group separator was seen
	sawGroupSep, sawSpace, sawDec := false, false, false
	first := -1 // digits before the first separator
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
			run++
			if group >= 0 {
				group++
			}
		case c == grp || c == ' ':
			if sawDec || run == 0 || i == len(s)-1 {
				return 0, false
			}
			if c == ' ' {
				sawSpace = true
			} else {
				sawGroupSep = true
			}
			if sawSpace && sawGroupSep {
				return 0, false
			}
			if first < 0 {
				first = run
				if first > 3 {
					return 0, false
				}
			} else if group != 3 {
				return 0, false
			}
			group = 0
			run = 0
		case c == dec:
			if sawDec || run == 0 || i == len(s)-1 {
				return 0, false
			}
			if group >= 0 && group != 3 {
				return 0, false
			}
			sawDec = true
			group = -1
			digits = append(digits, '.')
			run = 0
		default:
			return 0, false
		}
	}
	if run == 0 || (group >= 0 && group != 3) {
		return 0, false
	}
	if len(digits) > 1 && digits[0] == '0' && digits[1] != '.' {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(digits), 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// groupSpaces folds the spaces that may group thousands into plain spaces (read-only).
var groupSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2009", " ")

// parseWords reads a number written as one word of number words ("zweitausenddreihundert",
// "einundzwanzig", "eleven") using the pack's list: longest known prefix first. It fails
// unless the whole word is consumed, so ordinals ("achte") and other words stay out.
func parseWords(w string, lex *lexicon) (float64, bool) {
	if w == "" || len(w) > 80 {
		return 0, false
	}
	total, cur := 0.0, 0.0
	parts := 0
	for rest := w; rest != ""; {
		n := 0
		var val string
		for end := min(len(rest), lex.numMaxLen); end > 0; end-- {
			if v, ok := lex.numberWord(rest[:end]); ok {
				n, val = end, v
				break
			}
		}
		if n == 0 {
			return 0, false
		}
		rest = rest[n:]
		if val == "+" {
			if parts == 0 || rest == "" {
				return 0, false
			}
			continue
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil || v <= 0 {
			return 0, false
		}
		parts++
		switch {
		case v == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case v >= 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * v
			cur = 0
		default:
			cur += v
		}
	}
	if parts == 0 {
		return 0, false
	}
	return total + cur, true
}

// parseFactor reads a list value such as "1e6", "1000000" or "1/3".
func parseFactor(s string) (float64, bool) {
	if a, b, ok := strings.Cut(s, "/"); ok {
		x, err1 := strconv.ParseFloat(a, 64)
		y, err2 := strconv.ParseFloat(b, 64)
		if err1 != nil || err2 != nil || y == 0 {
			return 0, false
		}
		return x / y, true
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v <= 0 {
		return 0, false
	}
	return v, true
}
