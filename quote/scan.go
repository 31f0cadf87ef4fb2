package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Marked is one stretch of text between a pair of quotation marks, in code point offsets into
// the scanned text. Open and Close are the offsets of the marks themselves; Start and End
// delimit the words between them, trimmed of surrounding space. A quotation that runs on into
// the next paragraph has no closing mark in its own: Close is then the full stop (or question or
// exclamation mark) that ends the paragraph, and End lies before it.
type Marked struct {
	Open, Close int
	Start, End  int
}

// closers maps each opening mark to the marks that may close it. „ closes with “ in German
// and ” in some typesetting; “ opens an English quotation closed by ”; » and « pair either way
// round (German »…«, Swiss and French «…»). Texts that mix curly and straight double marks
// („…", “…", "…”) close with either.
var closers = map[rune]string{
	'„': "“”\"",
	'“': "”\"",
	'»': "«",
	'«': "»",
	'‚': "‘’",
	'"': "\"”",
}

// maxQuote bounds the length of a quotation in code points, so that an unbalanced mark does not
// swallow the rest of a long text.
const maxQuote = 4000

// Scan finds the quotation-mark pairs of text. Quotations do not nest: marks inside an open
// quotation other than its closing mark are part of the quoted words. In text that uses „,
// “ only closes. A paragraph break ("\n\n")
// ends an unclosed quotation, which is then dropped, unless the paragraph ends a sentence and the
// next opens with the same mark: the convention for one speaker's words over several
// paragraphs, each opened and only the last closed. It never fails; unpaired marks are ignored.
func Scan(text string) []Marked {
	rs := []rune(text)
	// Where „ is in use, “ is its closing mark and never opens (German typesetting).
	lowOpen := strings.ContainsRune(text, '„')
	var out []Marked
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r < utf8.RuneSelf && r != '"' {
			continue // the only opening mark in ASCII is the straight one
		}
		cl, ok := closers[r]
		if !ok || cl == "" || (r == '“' && lowOpen) {
			continue
		}
		if r == '"' && !straightOpens(rs, i) {
			continue
		}
		j := findClose(rs, i, cl)
		if j < 0 {
			continue
		}
		s, e := i+1, j
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
		for e > s && unicode.IsSpace(rs[e-1]) {
			e--
		}
		if s < e {
			out = append(out, Marked{Open: i, Close: j, Start: s, End: e})
		}
		i = j
	}
	return out
}

// straightOpens reports whether a straight double quote at i can open a quotation: it stands
// at the start, after space or an opening bracket, or after a colon or dash.
func straightOpens(rs []rune, i int) bool {
	if i+1 >= len(rs) {
		return false
	}
	if i == 0 {
		return true
	}
	p := rs[i-1]
	return unicode.IsSpace(p) || p == '(' || p == '[' || p == ':' || p == '–' || p == '-' || p == '/'
}

func findClose(rs []rune, i int, cl string) int {
	limit := min(len(rs), i+1+maxQuote)
	for j := i + 1; j < limit; j++ {
		r := rs[j]
		if r == '\n' && j+1 < len(rs) && rs[j+1] == '\n' {
			return runOn(rs, i, j)
		}
		for _, c := range cl {
			if r == c {
				if r == '"' && j+1 < len(rs) && unicode.IsLetter(rs[j+1]) && j > 0 && unicode.IsSpace(rs[j-1]) {
					// A straight quote between a space and a letter opens, not closes.
					return -1
				}
				return j
			}
		}
	}
	return -1
}

// runOn returns the offset of the punctuation that ends the paragraph which the quotation
// opened at i leaves unclosed at the paragraph break at brk, when the next paragraph opens with
// the same mark ("“… the start.\n\n“There are …”"), or -1. A paragraph that stops without
// ending a sentence ("Fans entsetzt: „Irre") is a heading, and a second opening mark of the
// same kind inside ("“even in times of crisis.“ He added:"), or a mark right after a word
// ("… gut“, sagte sie"), shows marks set wrongly.
func runOn(rs []rune, i, brk int) int {
	if i > 0 && !unicode.IsSpace(rs[i-1]) && !strings.ContainsRune("([:–-/", rs[i-1]) {
		return -1 // "… lief es gut“, sagte sie": a closing mark set as an opening one
	}
	e := brk
	for e > i+1 && unicode.IsSpace(rs[e-1]) {
		e--
	}
	if e <= i+1 || !strings.ContainsRune(".!?", rs[e-1]) {
		return -1
	}
	for k := i + 1; k < e; k++ {
		if rs[k] == rs[i] {
			return -1
		}
	}
	n := brk
	for n < len(rs) && unicode.IsSpace(rs[n]) {
		n++
	}
	if n >= len(rs) || rs[n] != rs[i] {
		return -1
	}
	return e - 1
}
