package timex

import (
	"unicode"
	"unicode/utf8"
)

// tokKind classifies the grammar's own tokens.
type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// tok is one token of the grammar's own lexer. The grammar does not use the pack's tokens
// because it needs digits, letters and dots apart ("3.", "14.11.2024", "1930er-Jahre",
// "8.15") whatever the pack's tokenizer decides to merge.
type tok struct {
	s      string // as written
	n      string // pack-normalised (lower case)
	kind   tokKind
	b0, b1 int  // byte offsets into the lexed text
	r0, r1 int  // code point offsets into the lexed text
	glue   bool // no space between the previous token and this one
	upper  bool // starts with an upper-case letter
	val    int  // value of a number token (capped)
	digits int  // digit count of a number token
	cand   bool // may start an expression (set by the tagger)
	// Set by lexicon.annotate for words:
	exact []feat // the word's own readings
	infl  []feat // readings of its stems without an inflection ending
	known bool   // the lexicon knows the word or a shape of it
}

// lex splits text[from:to] into tokens with byte offsets into text; rfrom is the code point
// offset of from, so that tokens carry code point offsets too without an index of the text.
func lex(text string, from, to, rfrom int, norm func(string) string, out []tok) []tok {
	to = min(to, len(text))
	i := max(from, 0)
	if out == nil {
		out = make([]tok, 0, (to-i)/5+8)
	}
	prevEnd := -1
	rc := rfrom // code point offset of i
	for i < to {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += sz
			rc++
			continue
		}
		j := i + sz
		t := tok{b0: i, r0: rc, glue: prevEnd == i}
		rc++
		switch {
		case r >= '0' && r <= '9':
			for j < to && text[j] >= '0' && text[j] <= '9' {
				j++
				rc++
			}
			t.kind = tNum
			t.digits = j - i
			for _, c := range text[i:j] {
				if t.val < 1e8 {
					t.val = t.val*10 + int(c-'0')
				}
			}
		case unicode.IsLetter(r):
			for j < to {
				r2, sz2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += sz2
				rc++
			}
			t.kind = tWord
			t.upper = unicode.IsUpper(r)
		default:
			t.kind = tPunct
		}
		t.b1, t.r1 = j, rc
		t.s = text[i:j]
		if t.kind == tWord {
			t.n = norm(t.s)
		} else {
			t.n = t.s
		}
		out = append(out, t)
		prevEnd = j
		i = j
	}
	return out
}
