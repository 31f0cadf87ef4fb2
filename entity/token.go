package entity

import (
	"crosscheck/article"

	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token as the tagger sees it. The tagger tokenises sentences itself, the way
// GermEval 2014 (its training data) does: hyphenated compounds ("NATO-Generalsekretär") and
// numbers with separators stay one token, every other punctuation mark is a token of its own.
// That keeps the model independent of the language pack's tokenizer.
type word struct {
	start, end int // code point offsets into the text the tokens were cut from
	bstart     int // byte offsets, for slicing
	bend       int
	text       string
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// tokenize cuts s into words. base is added to the code point offsets.
func tokenize(s string, base int, out []word) []word {
	c := base // code point offset of byte i
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			c++
			continue
		}
		if !isWordRune(r) {
			out = append(out, word{start: c, end: c + 1, bstart: i, bend: i + n, text: s[i : i+n]})
			i += n
			c++
			continue
		}
		bs, cs := i, c
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				c++
				continue
			}
			// Inner joiners stay inside the word when a letter or digit follows.
			// A turned comma or a modifier letter stands for the apostrophe of "D‘Agostino",
			// "N‘Golo", "L‘Équipe" only after one letter: elsewhere it is a quotation mark.
			elided := (r == '‘' || r == 'ʼ' || r == '`') && utf8.RuneCountInString(s[bs:i]) == 1
			if r == '-' || r == '\'' || r == '’' || elided || r == '&' || ((r == '.' || r == ',') && i > bs && isDigitByte(s[i-1])) {
				if i+n < len(s) {
					r2, _ := utf8.DecodeRuneInString(s[i+n:])
					if isWordRune(r2) && (r != '.' && r != ',' || unicode.IsDigit(r2)) {
						i += n
						c++
						continue
					}
				}
			}
			break
		}
		// An English possessive is a word of its own ("Hamburg's" -> "Hamburg" "'s"), so
		// that the name matches its lists and its mention ends where the name does.
		if p := possessive(s[bs:i]); p > 0 {
			out = append(out, word{start: cs, end: c - 2, bstart: bs, bend: bs + p, text: s[bs : bs+p]})
			cs, bs = c-2, bs+p
		}
		out = append(out, word{start: cs, end: c, bstart: bs, bend: i, text: s[bs:i]})
	}
	return out
}

// possessive returns the byte length of a capitalised name before a final "'s" or "’s"
// ("Hamburg's", "Brandt’s"), or 0.
func possessive(w string) int {
	var p int
	switch {
	case strings.HasSuffix(w, "'s"):
		p = len(w) - 2
	case strings.HasSuffix(w, "’s"):
		p = len(w) - len("’s")
	default:
		return 0
	}
	if utf8.RuneCountInString(w[:p]) < 2 || !isUpperStart(w) {
		return 0
	}
	return p
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// Words cuts s into tokens the way the tagger does, for generators that derive data (word
// clusters) from raw text and must see the same words the tagger will look up.
func Words(s string) []string {
	ws := tokenize(s, 0, nil)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// WordSpans cuts s into tokens the way the tagger does and returns their code point spans,
// for readers of training data annotated with character offsets.
func WordSpans(s string) []article.Span {
	ws := tokenize(s, 0, nil)
	out := make([]article.Span, len(ws))
	for i, w := range ws {
		out[i] = article.Span{Start: w.start, End: w.end}
	}
	return out
}

// PlaceAdjective returns the place an adjective names, inflected or not ("ukrainischen":
// "Ukraine"), or "" when the word is none.
func PlaceAdjective(word string) string { return gazOnce().adjPlace(strings.ToLower(word)) }
