package article

import (
	"math"
	"unicode/utf8"
)

// Runes converts between byte offsets and code point offsets of one string. Stages work on
// bytes internally (Go strings index by byte) and report code points, as the contract asks.
type Runes struct {
	s      string
	starts []int32 // byte offset of each code point; len = rune count + 1 (half the memory of int: Runes are made for every text an extractor reads)
	large  []int   // starts of a string of 2 GB or more (never met: input is limited far below)
	ascii  bool
}

func newRunesLarge(s string) *Runes {
	r := &Runes{s: s, large: make([]int, 0, len(s)+1)}
	for i := range s {
		r.large = append(r.large, i)
	}
	r.large = append(r.large, len(s))
	return r
}

// NewRunes indexes s.
func NewRunes(s string) *Runes {
	r := &Runes{s: s}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		r.ascii = true
		return r
	}
	if len(s) >= math.MaxInt32 {
		return newRunesLarge(s)
	}
	n := utf8.RuneCountInString(s)
	r.starts = make([]int32, n+1)
	k := 0
	for i := range s {
		r.starts[k] = int32(i)
		k++
	}
	r.starts[n] = int32(len(s))
	return r
}

// Len is the number of code points.
func (r *Runes) Len() int {
	if r.ascii {
		return len(r.s)
	}
	if r.large != nil {
		return len(r.large) - 1
	}
	return len(r.starts) - 1
}

// Byte returns the byte offset of code point offset c (clamped to the string).
func (r *Runes) Byte(c int) int {
	if c < 0 {
		return 0
	}
	if r.ascii {
		return min(c, len(r.s))
	}
	if r.large != nil {
		if c >= len(r.large) {
			return len(r.s)
		}
		return r.large[c]
	}
	if c >= len(r.starts) {
		return len(r.s)
	}
	return int(r.starts[c])
}

// Rune returns the code point offset of byte offset b (rounded down to a code point start).
func (r *Runes) Rune(b int) int {
	if b <= 0 {
		return 0
	}
	if r.ascii {
		return min(b, len(r.s))
	}
	if r.large != nil {
		lo, hi := 0, len(r.large)-1
		for lo < hi {
			m := (lo + hi + 1) / 2
			if r.large[m] <= b {
				lo = m
			} else {
				hi = m - 1
			}
		}
		return lo
	}
	lo, hi := 0, len(r.starts)-1
	for lo < hi {
		m := (lo + hi + 1) / 2
		if int(r.starts[m]) <= b {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo
}

// Slice returns the text between code point offsets start and end.
func (r *Runes) Slice(start, end int) string {
	return r.s[r.Byte(start):r.Byte(end)]
}
