package textseg

import (
	"strings"
	"unicode/utf8"
)

// boundary decides whether the end punctuation text[ps:pe], followed by closing marks up to
// ae, ends a sentence.
func (sp *Splitter) boundary(text string, ps, pe, ae int) bool {
	k := ae
	for k < len(text) {
		r, size := runeAt(text, k)
		if !isSpace(r) {
			break
		}
		k += size
	}
	if k == len(text) {
		return true
	}
	if k == ae {
		// No space after: inside a number, a URL, "z.B.", or a typo; never a boundary.
		return false
	}
	nc, _ := runeAt(text, k)
	if isLower(nc) || nc == ',' || nc == ';' || nc == ':' || nc == ')' || nc == ']' || nc == '-' || nc == 0x2013 || nc == 0x2014 {
		return false
	}
	if isQuote(nc) && nc != qRightDoubl && nc != qRightSingl {
		// An opening quote followed by a lower-case word continues the sentence.
		if r2, _ := runeAt(text, k+utf8.RuneLen(nc)); isLower(r2) {
			return false
		}
	}
	run := text[ps:pe]
	if strings.ContainsAny(run, "!?") {
		return true
	}
	if run != "." {
		if run == ".." {
			return true // "X.." : the period of an abbreviation and the sentence's
		}
		// An ellipsis; "[…]" marks an omission inside a sentence.
		if p, _ := runeBefore(text, ps); p == '[' || p == '(' {
			return false
		}
		return true
	}
	ws := wordStart(text, ps)
	w := text[ws:ps]
	if w == "" {
		return true
	}
	if strings.Contains(w, "@") || strings.Contains(w, "://") || hasPrefixFold(w, "www.") {
		return true
	}
	// An acronym is written without periods ("SA", "VW", "ARD"): its period ends the sentence
	// though the list holds a lower-case abbreviation of the same letters ("Sa." for Samstag).
	// In a run of capitals ("ST. PAUL, Minn."), a dateline's abbreviation is in capitals too.
	if v, ok := sp.abbrev(text, ws, ps); ok && (!acronym(w) || acronym(nextWord(text, k))) {
		if v == "end" {
			return sp.starterAt(text, k)
		}
		return false
	}
	first, fsize := runeAt(w, 0)
	if isDigit(first) {
		if !sp.r.Ordinals {
			return true
		}
		return sp.afterNumber(text, w, ws, k, nc)
	}
	if fsize == len(w) && isLetter(first) || dottedInitials(w) {
		// An initial ("Peter F. Müller", "J.D. Salinger"), unless a sentence plainly starts next.
		return sp.starterAt(text, k)
	}
	if isRoman(w) {
		if p := prevWord(text, ws); p != "" {
			if r, _ := runeAt(p, 0); isUpper(r) {
				return sp.starterAt(text, k)
			}
		}
	}
	return true
}

// afterNumber decides a period after the number w (at byte ws) when the next word starts at k.
func (sp *Splitter) afterNumber(text, w string, ws, k int, nc rune) bool {
	digits := 0
	inner := false
	for i := 0; i < len(w); i++ {
		switch {
		case '0' <= w[i] && w[i] <= '9':
			digits++
		case w[i] == '.':
			inner = true
		default:
			// "3,5." or "G7." cannot be an ordinal.
			return true
		}
	}
	year := digits == 4 && !inner || inner && len(w) >= 8 && digits >= 6
	if isDigit(nc) {
		return year
	}
	if !isLetter(nc) {
		return true
	}
	n := nextWord(text, k)
	ln := lowerKey(n)
	if _, ok := sp.r.Months[ln]; ok {
		return false
	}
	if sp.ordinalNoun(ln) {
		return false
	}
	if _, ok := sp.r.Starters[ln]; ok {
		return true
	}
	if year || inner {
		return true
	}
	if digits <= 2 {
		// "(1. FC Köln)", "1. FSV": a bracketed ordinal, or one before an all-caps name.
		if p, _ := runeBefore(text, ws); p == '(' || allCaps(n) {
			return false
		}
	}
	pw := prevWord(text, ws)
	if digits <= 3 {
		if _, ok := sp.r.OrdinalLead[lowerKey(pw)]; ok {
			return false
		}
	}
	if digits <= 2 && len(pw) >= 5 {
		// An inflected adjective before the number ("des ausstrahlenden 1. Kanals").
		if r, _ := runeAt(pw, 0); isLower(r) {
			switch pw[len(pw)-2:] {
			case "en", "em", "er", "es":
				return false
			}
		}
	}
	return true
}

// allCaps reports whether w has at least two letters, all upper case ("FC", "FSV").
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !isUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// dottedInitials reports whether w is initials joined by periods ("J.D", "V.K").
func dottedInitials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i, r := range w {
		if i%2 == 0 && !isUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// ordinalNoun reports whether n (lower case) is an ordinal noun, or a compound ending in one
// of at least five letters ("bundesliga", "fußball-bundesliga").
func (sp *Splitter) ordinalNoun(n string) bool {
	if _, ok := sp.r.OrdinalNouns[n]; ok {
		return true
	}
	if i := strings.LastIndexAny(n, "-\u2010\u2011"); i >= 0 {
		if _, ok := sp.r.OrdinalNouns[n[i+1:]]; ok {
			return true
		}
		n = n[:i]
		if _, ok := sp.r.OrdinalNouns[n]; ok {
			return true
		}
	}
	for i := 1; i < len(n)-4; i++ {
		if n[i]&0xC0 == 0x80 {
			continue
		}
		if v, ok := sp.r.OrdinalNouns[n[i:]]; ok && v != "exact" {
			return true
		}
	}
	return false
}

// abbrev looks up the word text[ws:ps] with its period, and spaced multi-part forms ending
// in it ("z. B.", "i. d. R."), in the abbreviation list.
func (sp *Splitter) abbrev(text string, ws, ps int) (string, bool) {
	if len(sp.abbrevs.m) == 0 {
		return "", false
	}
	w := text[ws : ps+1]
	// Spaced forms: walk back over short "x. " parts.
	if ps-ws <= 3 {
		s := ws
		for parts := 0; parts < 3; parts++ {
			if s < 3 || text[s-1] != ' ' || text[s-2] != '.' {
				break
			}
			b := wordStart(text, s-2)
			if b == s-2 || s-2-b > 3 {
				break
			}
			s = b
			if v, ok := sp.abbrevs.m[lowerKey(stripSpaces(text[s:ps+1]))]; ok {
				return v, true
			}
		}
	}
	return sp.abbrevs.lookup(lowerKey(w))
}

// starterAt reports whether the word at byte k is capitalised and a sentence starter.
func (sp *Splitter) starterAt(text string, k int) bool {
	r, size := runeAt(text, k)
	if isQuote(r) {
		r2, _ := runeAt(text, k+size)
		return isUpper(r2)
	}
	if !isUpper(r) {
		return false
	}
	_, ok := sp.r.Starters[lowerKey(nextWord(text, k))]
	return ok
}

// wordStart returns where the word ending at byte e begins: letters, digits, and inner
// periods, hyphens, apostrophes, "@", "/" and ":" (so URLs and dates stay whole).
func wordStart(text string, e int) int {
	s := e
	for s > 0 {
		r, size := runeBefore(text, s)
		if isLetter(r) || isDigit(r) || r == '.' || r == '@' || r == '/' || r == ':' || r == '_' || isHyphen(r) || isApostrophe(r) {
			s -= size
			continue
		}
		break
	}
	// Leading punctuation is not part of the word.
	for s < e {
		r, size := runeAt(text, s)
		if isLetter(r) || isDigit(r) {
			break
		}
		s += size
	}
	return s
}

// nextWord returns the letters (and inner hyphens) starting at byte k.
func nextWord(text string, k int) string {
	e := k
	for e < len(text) && e-k < 64 {
		r, size := runeAt(text, e)
		if isLetter(r) || isHyphen(r) && e > k {
			e += size
			continue
		}
		break
	}
	return text[k:e]
}

// prevWord returns the word before the one starting at byte ws (skipping one run of space).
func prevWord(text string, ws int) string {
	e := ws
	for e > 0 {
		r, size := runeBefore(text, e)
		if !isSpace(r) {
			break
		}
		e -= size
	}
	if e == ws {
		return ""
	}
	s := e
	for s > 0 {
		r, size := runeBefore(text, s)
		if !isLetter(r) {
			break
		}
		s -= size
	}
	return text[s:e]
}

// isRoman reports whether w is a Roman numeral of two to six letters ("II", "XIV").
func isRoman(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if strings.IndexByte("IVXLC", w[i]) < 0 {
			return false
		}
	}
	return true
}

// acronym reports whether w is two or more capital letters and nothing else, and no Roman
// numeral ("XVI." stays to the numeral's rule).
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !isUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && !isRoman(w)
}
