package analyze

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang"
)

// defaultFurnitureWords is how long a paragraph may be and still be taken for furniture by
// a phrase of the pack's "furniture" list that gives no length of its own.
const defaultFurnitureWords = 60

// MarkFurniture turns paragraphs and headings that are site furniture into blocks of kind
// furniture (a paywall's "Freier Zugang zu allen Artikeln" scraped as a sub-heading is no
// heading of the article): a block holding a phrase of the pack's "furniture" list (consent
// and paywall banners, newsletter and app promotions, "Stand: … Uhr" lines, live-ticker
// shells, a video's caption) and no longer than the phrase allows; a digit in a phrase stands for any digit. The text
// stays as it is, so offsets hold; later stages leave furniture out of sentences, mentions,
// similarity and summaries. It reports how many blocks it marked.
func MarkFurniture(a *article.Article, p lang.Pack) int {
	if len(a.Blocks) == 0 {
		return 0
	}
	return markFurniture(a, p, article.NewRunes(a.Text))
}

// markFurniture is MarkFurniture with r, the code point index of a.Text.
func markFurniture(a *article.Article, p lang.Pack, r *article.Runes) int {
	phrases := p.Words("furniture")
	if len(phrases) == 0 || len(a.Blocks) == 0 {
		return 0
	}
	// Each phrase with its word limit, read once per article; a paragraph longer than the
	// largest limit holds none that counts, and is not searched.
	type limited struct {
		phrase string
		max    int
	}
	list := make([]limited, 0, len(phrases))
	longest := 0
	for phrase, limit := range phrases {
		words := defaultFurnitureWords
		if limit != "" {
			if v, err := strconv.Atoi(limit); err == nil {
				words = v
			}
		}
		list = append(list, limited{digitShape(phrase), words})
		longest = max(longest, words)
	}
	n := 0
	var buf []byte
	var pairs bytePairs
	for i, b := range a.Blocks {
		if (b.Kind != article.BlockParagraph && b.Kind != article.BlockHeading) || b.Start < 0 || b.End > r.Len() || b.Start >= b.End {
			continue
		}
		buf = shapeParagraph(buf, r.Slice(b.Start, b.End))
		words := 0
		if len(buf) > 0 {
			words = bytes.Count(buf, []byte{' '}) + 1
		}
		if words > longest {
			continue
		}
		text := string(buf)
		pairs.of(buf)
		for _, l := range list {
			if words <= l.max && pairs.mayHold(l.phrase) && HasPhrase(text, l.phrase) {
				a.Blocks[i].Kind = article.BlockFurniture
				n++
				break
			}
		}
	}
	return n
}

// bytePairs is the set of adjacent byte pairs of a text, hashed into 4,096 bits: a phrase
// with a pair the text lacks does not occur in it, and is not searched for (most phrases
// of the furniture list are not in most paragraphs). A pair it seems to have is searched
// for as before, so the set only spares searches that would fail.
type bytePairs [64]uint64

func pairBit(a, b byte) uint { return (uint(a)<<6 ^ uint(b)) & 4095 }

// of makes the set the pairs of text.
func (s *bytePairs) of(text []byte) {
	*s = bytePairs{}
	for i := 0; i+1 < len(text); i++ {
		k := pairBit(text[i], text[i+1])
		s[k>>6] |= 1 << (k & 63)
	}
}

// mayHold reports whether every adjacent byte pair of phrase is in the set.
func (s *bytePairs) mayHold(phrase string) bool {
	for i := 0; i+1 < len(phrase); i++ {
		k := pairBit(phrase[i], phrase[i+1])
		if s[k>>6]&(1<<(k&63)) == 0 {
			return false
		}
	}
	return true
}

// shapeParagraph appends to buf[:0] digitShape(strings.ToLower(article.NormalizeSpace(s))),
// made in one pass: white space folded to single spaces and trimmed, letters lower-cased,
// digits written as 0.
func shapeParagraph(buf []byte, s string) []byte {
	buf = buf[:0]
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(buf) > 0 {
			buf = append(buf, ' ')
		}
		space = false
		if r = unicode.ToLower(r); unicode.IsDigit(r) {
			r = '0'
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// digitShape writes every digit as 0, so that a phrase of the list matches text whose numbers
// have its shape ("dauer 0:00 min" matches "Dauer 1:34 min", a video player's caption).
func digitShape(s string) string {
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, s)
}

// HasPhrase reports whether phrase occurs in s as whole words (a letter or digit on neither
// side).
func HasPhrase(s, phrase string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], phrase)
		if k < 0 {
			return false
		}
		k += i
		if edge(s, k, true) && edge(s, k+len(phrase), false) {
			return true
		}
		i = k + 1
	}
}

// edge reports whether byte position i of s is a word boundary (before i when before).
func edge(s string, i int, before bool) bool {
	var r rune
	if before {
		if i <= 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		if i >= len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
