package textseg

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns word in lower case and NFC, without soft hyphens and zero-width
// characters, with the typographic apostrophe ’ as '. It returns word itself (no
// allocation) when nothing changes, which is the common case for lower-case ASCII words.
func Normalize(word string) string {
	ascii, upper := true, false
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if ascii {
		if upper {
			return strings.ToLower(word)
		}
		return word
	}
	w := word
	if strings.ContainsAny(w, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u2019") {
		w = strings.Map(func(r rune) rune {
			switch r {
			case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
				return -1
			case 0x2019:
				return '\''
			}
			return r
		}, w)
	}
	if !norm.NFC.IsNormalString(w) {
		w = norm.NFC.String(w)
	}
	return strings.ToLower(w)
}

// Fold spells a lower-case word without diacritics the German way: ä -> ae, ö -> oe,
// ü -> ue, ß -> ss; other Latin letters with diacritics lose them (é -> e, ł -> l).
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 4)
	for _, r := range s {
		switch r {
		case 'ä':
			b.WriteString("ae")
		case 'ö':
			b.WriteString("oe")
		case 'ü':
			b.WriteString("ue")
		case 'ß':
			b.WriteString("ss")
		case 'Ä':
			b.WriteString("Ae")
		case 'Ö':
			b.WriteString("Oe")
		case 'Ü':
			b.WriteString("Ue")
		default:
			if r < utf8.RuneSelf {
				b.WriteRune(r)
				continue
			}
			if f, ok := foldTable[r]; ok {
				b.WriteString(f)
				continue
			}
			// Decompose and drop combining marks.
			d := norm.NFD.String(string(r))
			for _, dr := range d {
				if dr < 0x300 || dr > 0x36F {
					b.WriteRune(dr)
				}
			}
		}
	}
	return b.String()
}

var foldTable = map[rune]string{
	'ł': "l", 'Ł': "L", 'ø': "o", 'Ø': "O", 'æ': "ae", 'Æ': "Ae", 'œ': "oe", 'Œ': "Oe",
	'đ': "d", 'Đ': "D", 'ı': "i", 'þ': "th", 'ð': "d",
}
