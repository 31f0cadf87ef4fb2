package figure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

type tkind uint8

const (
	tWord tkind = iota
	tNum
	tPunct
)

// tok is the extractor's own token. Figures need finer distinctions than the shared tokens
// give ("11.000" vs "14.11.2024", "5bn", "G20", whether a "." touches the number before it),
// so each sentence is scanned again here; it costs a few microseconds per article.
type tok struct {
	bs, be int // byte offsets into the sentence text
	text   string
	norm   string
	s, e   int // code point offsets into Article.Text
	kind   tkind
	upper  bool // starts with an upper case letter
	digits bool // holds a digit
	space  bool // white space before it
}

func isGroupSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2009' }

// scan splits text (one sentence starting at code point base) into tokens. shared are the
// analysis tokens of the sentence: a word that is one of them takes its Norm from there.
func scan(text string, base int, norm func(string) string, shared []article.Token, out []tok) []tok {
	c := base // code point offset of byte i
	space := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += n
			c++
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			out = append(out, tok{bs: i, be: i + n, text: text[i : i+n], norm: text[i : i+n], s: c, e: c + 1, kind: tPunct, space: space})
			space = false
			i += n
			c++
			continue
		}
		start, startC := i, c
		allNum := unicode.IsDigit(r)
		digits := false
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r) || unicode.IsMark(r):
				allNum = false
			case unicode.IsDigit(r):
				digits = true
			case r == '.' || r == ',':
				if !allNum || !digitAt(text, i+n) {
					goto done
				}
			case isGroupSpace(r):
				if !allNum || !threeDigitsAt(text, i+n) {
					goto done
				}
			case r == '&':
				// "1&1", "H&M": a brand glued by an ampersand is a word, not a figure.
				if i == start || !alnumAt(text, i+n) {
					goto done
				}
				allNum = false
			case r == '-' || r == '\'' || r == '’' || r == '‑':
				if !alnumAt(text, i+n) {
					goto done
				}
				allNum = false
			default:
				goto done
			}
			i += n
			c++
		}
	done:
		w := text[start:i]
		t := tok{bs: start, be: i, text: w, s: startC, e: c, space: space, digits: digits}
		space = false
		if allNum {
			t.kind = tNum
			t.norm = w
		} else {
			t.kind = tWord
			for len(shared) > 0 && shared[0].Start < t.s {
				shared = shared[1:]
			}
			if len(shared) > 0 && shared[0].Start == t.s && shared[0].End == t.e && shared[0].Norm != "" {
				t.norm = shared[0].Norm
			} else {
				t.norm = fastNorm(w, norm)
			}
			first, _ := utf8.DecodeRuneInString(w)
			t.upper = unicode.IsUpper(first)
		}
		out = append(out, t)
	}
	return out
}

// fastNorm lower-cases plain ASCII words itself and leaves the rest to the pack.
func fastNorm(w string, norm func(string) string) string {
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c == '\'' {
			return norm(w)
		}
		if c >= 'A' && c <= 'Z' {
			lower = false
		}
	}
	if lower {
		return w
	}
	return strings.ToLower(w)
}

func digitAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsDigit(r)
}

func alnumAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// threeDigitsAt reports whether exactly three digits start at s[i] (a thousands group).
func threeDigitsAt(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for k := i; k < i+3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return i+3 == len(s) || s[i+3] < '0' || s[i+3] > '9'
}
