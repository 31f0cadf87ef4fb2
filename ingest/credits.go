package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// creditSep splits "dts/dpa/red", "dpa, AFP", "dpa und Reuters".
	creditSep = regexp.MustCompile(`(?i)\s*(?:[/,;&+|]|\bund\b|\band\b)\s*`)
	// creditLead opens a line that is only a credit: "Quelle: dpa", "Mit Material von dpa",
	// "© Reuters 2024", "Fotos: ..." is not one (photo credits are handled as noise).
	creditLead = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\b|quellen?\s*:|sources?\s*:|agentur(?:en)?\s*:|` +
		`(?:mit|unter\s+verwendung\s+von)\s+(?:material|informationen|agenturmaterial)\s+(?:von|der|des)\s+(?:den\s+|der\s+)?(?:nachrichtenagentur(?:en)?\s+|agentur(?:en)?\s+)?|` +
		`(?:with\s+)?(?:material|reporting)\s+(?:from|by)\s+(?:the\s+)?(?:news\s+agenc(?:y|ies)\s+)?)`)
	// trailingParen is a parenthesis that ends a paragraph: "... Getreideabkommen. (dts/dpa/red)".
	trailingParen = regexp.MustCompile(`\s*\(([^()]{1,60})\)\s*$`)
	// dateline opens a wire story: "Berlin (dpa) - ", "LONDON, 14. Nov (Reuters) – ", "(AFP) - ",
	// "HOUSTON, Texas (KTRK) -- ".
	dateline = regexp.MustCompile(`^(?:[\p{Lu}][\p{L}\p{M}.'’/ \-]{0,40}?(?:,\s*[^()\n]{0,30}?)?\s*)?\(([^()]{1,40})\)\s*(?:--|[-–—―:])\s+`)
	// placeDateline opens a story with its place alone, in capitals, as American papers write
	// it: "WASHINGTON — ", "ST. PAUL, Minn. -- ", "SAITAMA, Japan — ". Only capitals: "Wien – Die
	// Gewerkschaft …" may be the subject of the sentence.
	placeDateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]+){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?)\s*(?:--|[–—―])\s+`)
	// photoCredit is an image caption credit line, noise rather than a text credit.
	photoCredit = regexp.MustCompile(`(?i)^(?:fotos?|bilder?|photos?|images?|grafik|video|bildquelle|titelbild)\s*:\s*\S`)
)

// notAgency lists the credit tokens that are staff, not agencies ("red" is Redaktion).
var notAgency = map[string]bool{"red": true, "redaktion": true}

// agency returns the agency code for one credit token ("dpa", "AFP", "dpa-infocom").
func agency(tok string) (string, bool) {
	t := strings.ToLower(strings.Trim(tok, " \t.:©()[]\"'„“”‚‘’«»"))
	if t == "" {
		return "", false
	}
	if c, ok := tab.agencies[t]; ok {
		return c, true
	}
	if i := strings.IndexAny(t, "-:"); i > 0 {
		if c, ok := tab.agencies[t[:i]]; ok {
			return c, true
		}
	}
	return "", false
}

// creditList parses "dts/dpa/red" or "dpa und Reuters": every part must be an agency or a
// short staff code, and at least one an agency.
func creditList(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 80 {
		return nil, false
	}
	var out []string
	for _, part := range creditSep.Split(s, -1) {
		part = strings.Trim(part, " \t.")
		if part == "" {
			continue
		}
		if c, ok := agency(part); ok {
			out = append(out, c)
			continue
		}
		if d, ok := matchDate(part); ok && d.n == len(part) {
			continue // "(APA, 14.11.2024)"
		}
		if !staffCode(part) {
			return nil, false
		}
	}
	out = dedupe(out, nil)
	return out, len(out) > 0
}

// staffCode reports whether tok looks like an editor's initials or "red": 2-4 lower-case letters.
func staffCode(tok string) bool {
	if notAgency[strings.ToLower(tok)] {
		return true
	}
	n := 0
	for _, r := range tok {
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// creditLine recognises a line that is only an agency credit and returns the agencies in it.
func creditLine(line string) ([]string, bool) {
	s := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "-–—*•"))
	s = strings.TrimRight(s, ". ")
	if s == "" || utf8.RuneCountInString(s) > 100 {
		return nil, false
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		return creditList(s[1 : len(s)-1])
	}
	if m := creditLead.FindStringIndex(s); m != nil {
		rest := strings.TrimSpace(s[m[1]:])
		if strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") {
			rest = rest[1 : len(rest)-1]
		}
		if c, ok := creditList(rest); ok {
			return c, true
		}
		// "© dpa-infocom, dpa:241114-99-123" and "© 2024 Reuters. All rights reserved":
		// take the agencies named in a short copyright line.
		if strings.HasPrefix(s, "©") || strings.HasPrefix(strings.ToLower(s), "(c)") || strings.HasPrefix(strings.ToLower(s), "copyright") {
			var out []string
			for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '/' || r == ';' }) {
				if c, ok := agency(w); ok {
					out = append(out, c)
				}
			}
			if len(out) > 0 && len(strings.Fields(rest)) <= 8 {
				return dedupe(out, nil), true
			}
		}
		return nil, false
	}
	return creditList(s)
}

// trailingCredit finds a credit parenthesis at the end of a paragraph and returns the
// paragraph without it.
func trailingCredit(text string) (string, []string, bool) {
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	open := strings.LastIndexByte(text, '(')
	if !strings.HasSuffix(text, ")") || open < 0 || len(text)-open > 200 {
		return text, nil, false
	}
	// Match only the tail: an unanchored pattern over a whole paragraph is slow.
	start := open
	m := trailingParen.FindStringSubmatchIndex(text[start:])
	for i := range m {
		if m[i] >= 0 {
			m[i] += start
		}
	}
	if m == nil {
		return text, nil, false
	}
	c, ok := creditList(text[m[2]:m[3]])
	if !ok {
		return text, nil, false
	}
	return strings.TrimSpace(text[:m[0]]), c, true
}

// stripPlaceDateline removes a place dateline at the start of the body and returns the
// place. A kicker in capitals ("PREVENTING PARKINSON'S – ") is no place: a possessive ends it.
func stripPlaceDateline(text string) (rest, place string, ok bool) {
	m := placeDateline.FindStringSubmatchIndex(text)
	if m == nil || m[1] >= len(text) {
		return text, "", false
	}
	place = text[m[2]:m[3]]
	for _, w := range strings.Fields(strings.SplitN(place, ",", 2)[0]) {
		if strings.HasSuffix(w, "'S") || strings.HasSuffix(w, "’S") {
			return text, "", false
		}
	}
	rest = text[m[1]:]
	if !opensText(rest, wireQuotes+"“‘") {
		return text, "", false
	}
	return rest, place, true
}

// wireQuotes are the quotation marks a wire story's text may open with after its dateline.
const wireQuotes = "„\"«»‚'"

// opensText reports whether rest starts as a story's text does after a dateline: a capital
// letter, a digit or one of the quotation marks quotes.
func opensText(rest, quotes string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(quotes, r)
}

// stripDateline removes a wire dateline at the start of the body and returns its agencies.
func stripDateline(text string) (string, []string, bool) {
	m := dateline.FindStringSubmatchIndex(text)
	if m == nil {
		return text, nil, false
	}
	c, ok := creditList(text[m[2]:m[3]])
	if !ok || m[1] >= len(text) {
		return text, nil, false
	}
	rest := text[m[1]:]
	if !opensText(rest, wireQuotes) {
		return text, nil, false
	}
	return rest, c, true
}
