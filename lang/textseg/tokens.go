package textseg

import (
	"strings"

	"crosscheck/article"
)

// Tokenizer splits text into word, number and punctuation tokens with code point offsets.
// Decisions (documented in lang/README.md):
//   - words keep inner hyphens ("NATO-Generalsekretär", "COVID-19", "3-jährige"), inner
//     apostrophes ("geht's", "O'Neill", after one letter also ‘: "D‘Agostino") and "&"
//     between capitals ("AT&T"); a word containing any letter is a word ("G20"), otherwise a
//     number;
//   - numbers keep inner "." and "," between digits ("11.000", "1,5", "8.15", "14.11.2024");
//     an ISO date "2024-11-14" is one number token, other digit-hyphen-digit ("1914-1918")
//     splits into number, "-", number so ranges stay visible; a trailing "." is never part of
//     a number (the ordinal "3." is "3" and ".");
//   - an abbreviation from the pack's list keeps its period ("Dr.", "bzw.", "z.B."); the
//     parts of a spaced one ("z. B.") become "z." and "B."; dotted short forms without
//     spaces ("U.S.", "e.g.") are one token;
//   - URLs (http://, https://, www.) and e-mail addresses are one word token;
//   - a truncated compound before a conjunction keeps its hyphen ("Ein- und Ausgang");
//   - a word written for both genders is one word ("Kolleg:innen", "Mitarbeiter*innen"),
//     with the pack's gender suffixes;
//   - every other non-space character is its own punctuation token, except that runs of
//     "." ("...") are one token.
//
// A Tokenizer is read-only after construction and safe for concurrent use.
type Tokenizer struct {
	abbrev abbrevSet
	conj   map[string]bool
	gender map[string]bool // suffixes after a gender mark ("innen")
}

// NewTokenizer returns a tokenizer that keeps the periods of the abbreviations in abbrev
// (lower-case keys with their periods and without spaces: "bzw.", "z.b.") and treats a
// hyphen before one of conj ("und", "oder") as the end of a truncated compound.
func NewTokenizer(abbrev map[string]string, conj []string) *Tokenizer {
	t := &Tokenizer{abbrev: newAbbrevSet(abbrev), conj: map[string]bool{}}
	for _, c := range conj {
		t.conj[c] = true
	}
	return t
}

// Tokens returns the tokens of text with Start, End, Text and Kind set; the pack fills Norm,
// Stem and Stop. Text fields are substrings of text.
func (t *Tokenizer) Tokens(text string) []article.Token {
	return t.AppendTokens(make([]article.Token, 0, len(text)/6+1), text)
}

// AppendTokens appends the tokens of text to toks (offsets from the start of text) and
// returns the extended slice: a caller that gathers the tokens of many texts saves a slice
// per text.
func (t *Tokenizer) AppendTokens(toks []article.Token, text string) []article.Token {
	i, c := 0, 0
	for i < len(text) {
		r, size := runeAt(text, i)
		if isSpace(r) {
			i += size
			c++
			continue
		}
		if isLetter(r) || isDigit(r) {
			end, kind := t.scanWord(text, i)
			if kind == article.TokWord && end < len(text) && text[end] == '.' {
				// Abbreviations, possibly in several spaced parts.
				if parts := t.abbrevParts(text, i, end); len(parts) > 0 {
					for _, p := range parts {
						c += runeCount(text[i:p[0]])
						n := runeCount(text[p[0]:p[1]])
						toks = append(toks, article.Token{Start: c, End: c + n, Text: text[p[0]:p[1]], Kind: article.TokWord})
						c += n
						i = p[1]
					}
					continue
				}
			}
			n := runeCount(text[i:end])
			toks = append(toks, article.Token{Start: c, End: c + n, Text: text[i:end], Kind: kind})
			i, c = end, c+n
			continue
		}
		end := i + size
		if r == '.' {
			for end < len(text) && text[end] == '.' {
				end++
			}
		}
		n := end - i
		if r != '.' {
			n = 1
		}
		toks = append(toks, article.Token{Start: c, End: c + n, Text: text[i:end], Kind: article.TokPunct})
		i, c = end, c+n
	}
	return toks
}

func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

var tlds = map[string]bool{
	"de": true, "at": true, "ch": true, "com": true, "org": true, "net": true, "eu": true,
	"uk": true, "fr": true, "it": true, "io": true, "info": true, "gov": true, "edu": true,
	"int": true, "ru": true, "ua": true, "us": true, "nl": true, "be": true, "pl": true,
	"es": true, "tv": true, "online": true, "news": true,
}

// scanWord returns the end of the word or number starting at byte i and its kind.
func (t *Tokenizer) scanWord(s string, i int) (int, article.TokenKind) {
	if end := scanURL(s, i); end > i {
		return end, article.TokWord
	}
	j := i
	hasLetter := false
	prev := rune(' ')
	for j < len(s) {
		r, size := runeAt(s, j)
		switch {
		case isLetter(r):
			hasLetter = true
		case isDigit(r):
		case r == '.' || r == ',':
			nr, _ := runeAt(s, j+1)
			if isDigit(prev) && isDigit(nr) {
				break
			}
			if r == '.' && isLetter(prev) && isLetter(nr) {
				if end := dottedEnd(s, i, j); end > j {
					return end, article.TokWord
				}
			}
			return j, kindOf(hasLetter)
		case isHyphen(r):
			nr, nsize := runeAt(s, j+size)
			if isLetter(nr) && (isLetter(prev) || isDigit(prev)) || isDigit(nr) && isLetter(prev) {
				break
			}
			if isDigit(prev) && isDigit(nr) {
				if !hasLetter && isoDate(s, i, j) {
					return i + 10, article.TokNumber
				}
				return j, kindOf(hasLetter)
			}
			if isLetter(prev) && (nr == ' ' || nr == ',') && t.beforeConj(s, j+size+nsize-1, nr) {
				return j + size, article.TokWord
			}
			return j, kindOf(hasLetter)
		case isApostrophe(r):
			nr, _ := runeAt(s, j+size)
			if isLetter(prev) && isLetter(nr) {
				break
			}
			return j, kindOf(hasLetter)
		case (r == 0x2018 || r == 0x02BC) && isLetter(prev) && runeCount(s[i:j]) == 1:
			// After one letter a turned comma or a modifier letter is an elision's
			// apostrophe ("D‘Agostino", "N‘Golo"); elsewhere it is a quotation mark.
			nr, _ := runeAt(s, j+size)
			if isLetter(nr) {
				break
			}
			return j, kindOf(hasLetter)
		case r == '&':
			nr, _ := runeAt(s, j+size)
			if isUpper(prev) && isUpper(nr) {
				break
			}
			return j, kindOf(hasLetter)
		case r == '@':
			if end := emailEnd(s, j); end > j {
				return end, article.TokWord
			}
			return j, kindOf(hasLetter)
		case r == ':' || r == '*' || r == '_' || r == '/' || r == '·':
			if isLetter(prev) && t.genderAt(s, j+size) {
				break
			}
			return j, kindOf(hasLetter)
		default:
			return j, kindOf(hasLetter)
		}
		prev = r
		j += size
	}
	return j, kindOf(hasLetter)
}

func kindOf(hasLetter bool) article.TokenKind {
	if hasLetter {
		return article.TokWord
	}
	return article.TokNumber
}

// beforeConj reports whether a conjunction from the list follows byte k (after one space
// or a comma and a space), which marks a truncated compound ("Ein- und Ausgang").
func (t *Tokenizer) beforeConj(s string, k int, nr rune) bool {
	if nr == ',' {
		return true
	}
	k++
	e := k
	for e < len(s) && e-k < 8 && ('a' <= s[e] && s[e] <= 'z') {
		e++
	}
	if e == k || e < len(s) && s[e] != ' ' {
		return false
	}
	return t.conj[s[k:e]]
}

// isoDate reports whether s[i:] starts with a four-digit year and "-MM-DD".
func isoDate(s string, i, hyph int) bool {
	if hyph-i != 4 || len(s) < i+10 {
		return false
	}
	d := s[i : i+10]
	for k := 0; k < 10; k++ {
		switch k {
		case 4, 7:
			if d[k] != '-' {
				return false
			}
		default:
			if d[k] < '0' || d[k] > '9' {
				return false
			}
		}
	}
	return i+10 == len(s) || !isDigit(rune(s[i+10]))
}

// dottedEnd handles a period between letters at byte dot of the word starting at i: dotted
// short forms ("z.B.", "U.S.", "e.g.") end after their last period, host names ("spiegel.de")
// after their last label. It returns dot when neither applies.
func dottedEnd(s string, i, dot int) int {
	if dot-i <= 3 {
		// Segments of at most three letters, each followed by a period.
		j := dot + 1
		segs := 1
		for {
			k := j
			for k < len(s) && k-j < 4 {
				r, size := runeAt(s, k)
				if !isLetter(r) {
					break
				}
				k += size
			}
			if k == j || k-j > 3 || k >= len(s) || s[k] != '.' {
				break
			}
			segs++
			j = k + 1
			if nr, _ := runeAt(s, j); !isLetter(nr) {
				break
			}
		}
		if segs >= 2 {
			if nr, _ := runeAt(s, j); !isLetter(nr) && !isDigit(nr) {
				return j
			}
		}
	}
	// Host names: labels of letters, digits and hyphens ending in a known top-level domain.
	j := dot
	last := dot
	for j < len(s) && s[j] == '.' {
		k := j + 1
		for k < len(s) {
			r, size := runeAt(s, k)
			if !isLetter(r) && !isDigit(r) && r != '-' {
				break
			}
			k += size
		}
		if k == j+1 {
			break
		}
		if tlds[lowerKey(s[j+1:k])] {
			last = k
		}
		j = k
	}
	if last > dot {
		if nr, _ := runeAt(s, last); !isLetter(nr) {
			return last
		}
	}
	return dot
}

// scanURL returns the end of a URL starting at byte i, or i.
func scanURL(s string, i int) int {
	if c := s[i] | 0x20; c != 'h' && c != 'w' {
		return i
	}
	rest := s[i:]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")) {
		return i
	}
	j := i
	for j < len(s) {
		r, size := runeAt(s, j)
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == 0x201C || r == 0x201D || r == 0x201E || r == 0xAB || r == 0xBB {
			break
		}
		j += size
	}
	// Sentence punctuation after a URL is not part of it.
	for j > i {
		c := s[j-1]
		if strings.IndexByte(".,;:!?)]}'", c) < 0 {
			break
		}
		if c == ')' && strings.Contains(s[i:j], "(") {
			break
		}
		j--
	}
	if j-i <= 4 {
		return i
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// emailEnd returns the end of an e-mail address whose "@" is at byte at, or at.
func emailEnd(s string, at int) int {
	j := at + 1
	lastDot := -1
	for j < len(s) {
		c := s[j]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_':
		case c == '.':
			if j+1 < len(s) && isASCIIAlnum(s[j+1]) {
				lastDot = j
			} else {
				goto done
			}
		default:
			goto done
		}
		j++
	}
done:
	if lastDot < 0 || j-lastDot < 3 {
		return at
	}
	return j
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// abbrevParts reports the byte ranges of an abbreviation that starts with the word s[i:end]
// followed by a period: one range for "Dr.", several for a spaced abbreviation ("z. B.",
// "i. d. R."). It returns nil when no abbreviation of the list matches.
func (t *Tokenizer) abbrevParts(s string, i, end int) [][2]int {
	if len(t.abbrev.m) == 0 || end-i > 24 {
		return nil
	}
	var parts [4][2]int
	parts[0] = [2]int{i, end + 1}
	n := 1
	best := 0
	if _, ok := t.abbrev.lookup(lowerKey(s[i : end+1])); ok {
		best = 1
	}
	// Spaced parts: short words each followed by a period, one space apart.
	j := end + 1
	var key [48]byte
	kl := copy(key[:], s[i:end+1])
	for n < len(parts) && j+1 < len(s) && s[j] == ' ' && end-i <= 3 {
		k := j + 1
		for k < len(s) && k-j-1 < 4 {
			r, size := runeAt(s, k)
			if !isLetter(r) {
				break
			}
			k += size
		}
		if k == j+1 || k-j-1 > 3 || k >= len(s) || s[k] != '.' || kl+k+1-j-1 > len(key) {
			break
		}
		kl += copy(key[kl:], s[j+1:k+1])
		parts[n] = [2]int{j + 1, k + 1}
		n++
		if _, ok := t.abbrev.m[lowerKey(string(key[:kl]))]; ok {
			best = n
		}
		j = k + 1
	}
	if best == 0 {
		return nil
	}
	return parts[:best:best]
}

// genderAt reports whether one of the tokenizer's gender suffixes starts at byte k and ends
// the word ("innen" in "Kolleg:innen").
func (t *Tokenizer) genderAt(s string, k int) bool {
	if len(t.gender) == 0 {
		return false
	}
	e := k
	for e < len(s) && 'a' <= s[e] && s[e] <= 'z' {
		e++
	}
	if e == k || !t.gender[s[k:e]] {
		return false
	}
	r, _ := runeAt(s, e)
	return e == len(s) || !isLetter(r) && !isDigit(r)
}
