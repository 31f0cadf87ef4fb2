// Package textseg is the language-independent core of the language packs: a tokenizer that
// keeps code point offsets and a sentence splitter for news text, both parameterised by the
// pack's word lists (abbreviations, months, ordinal nouns, sentence starters).
package textseg

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSpace reports whether r separates tokens: Unicode white space plus the zero-width and
// byte-order marks that scraped text carries.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	switch r {
	case 0x200B, 0xFEFF, 0x2060:
		return true
	}
	return unicode.IsSpace(r)
}

// isLetter reports whether r can be part of a word: letters, combining marks, the soft
// hyphen and the zero-width (non-)joiners.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	switch r {
	case 0x00AD, 0x200C, 0x200D:
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isHyphen(r rune) bool { return r == '-' || r == 0x2010 || r == 0x2011 }

func isApostrophe(r rune) bool { return r == '\'' || r == 0x2019 }

// runeAt decodes the rune at byte i (utf8.RuneError and 1 past the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune ending at byte i (' ' at the start, so text edges look like space).
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return ' ', 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// lowerKey lower-cases s for a map lookup, avoiding work for text that is already lower case.
func lowerKey(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// stripSpaces removes ASCII spaces from s ("z. B." -> "z.B.").
func stripSpaces(s string) string {
	if strings.IndexByte(s, ' ') < 0 {
		return s
	}
	return strings.ReplaceAll(s, " ", "")
}

// Offsets converts sorted byte offsets of s into code point offsets, in place, in one pass.
func Offsets(s string, offs []int) {
	if len(offs) == 0 {
		return
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return
	}
	k, c := 0, 0
	for i := range s {
		for k < len(offs) && offs[k] <= i {
			offs[k] = c
			k++
		}
		if k == len(offs) {
			return
		}
		c++
	}
	for ; k < len(offs); k++ {
		offs[k] = c
	}
}

// abbrevSet is an abbreviation list with its suffix entries: value "suffix" marks an
// abbreviation that also ends longer words ("str." in "Hauptstr.").
type abbrevSet struct {
	m        map[string]string
	suffixes []string
}

func newAbbrevSet(m map[string]string) abbrevSet {
	a := abbrevSet{m: m}
	for k, v := range m {
		if v == "suffix" {
			a.suffixes = append(a.suffixes, k)
		}
	}
	slices.Sort(a.suffixes)
	return a
}

// lookup finds key (lower case, with period) as an abbreviation or as a word ending in a
// suffix abbreviation.
func (a abbrevSet) lookup(key string) (string, bool) {
	if v, ok := a.m[key]; ok {
		return v, true
	}
	for _, s := range a.suffixes {
		if len(key) > len(s) && strings.HasSuffix(key, s) {
			return "", true
		}
	}
	return "", false
}
