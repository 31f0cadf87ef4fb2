package ingest

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// unit is one candidate block of body text: a paragraph, a heading or a line of noise, kept
// as its lines so that the tail rules (tag lists, credit lines) can work line by line.
type unit struct {
	lines []string
	kind  article.BlockKind // set when markup says what the unit is; "" when undecided
}

func (u *unit) text() string { return joinLines(u.lines) }

// meta is what a structured source (JSONL fields, HTML metadata, a feed) already knows. Its
// values take precedence over what the cleanup finds in the text.
type meta struct {
	title, published, section string
	tags, authors             []string
	markup                    bool // units come from markup: headings are known, not guessed
}

// ErrEmpty is returned for a text with no body text left.
var ErrEmpty = errors.New("empty")

// FromText builds an Article from scraped plain text: it recovers the title, publication date,
// section, tags, credits and sub-headings that scraping leaves as lines of text, keeps them
// as metadata, and splits what remains into title, heading and paragraph blocks.
func FromText(id, text string) (*article.Article, error) {
	return clean(id, splitUnits(text), meta{})
}

// splitUnits cuts plain text into units: blank-line separated paragraphs, or one line per
// unit when the text has one paragraph a line. Hard-wrapped lines are joined.
func splitUnits(text string) []unit {
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	raw := strings.Split(text, "\n")
	lines := make([]string, len(raw))
	maxLen := 0
	for i, l := range raw {
		lines[i] = cleanLine(l)
		maxLen = max(maxLen, utf8.RuneCountInString(lines[i]))
	}
	wrapped := isWrapped(lines, maxLen)
	var out []unit
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, unit{lines: cur})
			cur = nil
		}
	}
	for i, l := range lines {
		if l == "" {
			flush()
			continue
		}
		cur = append(cur, l)
		next := ""
		if i+1 < len(lines) {
			next = lines[i+1]
		}
		if next == "" {
			continue
		}
		if !continues(l, next, wrapped, maxLen) {
			flush()
		}
	}
	flush()
	return out
}

// isWrapped reports whether the text is hard-wrapped at a fixed width: most lines that are
// followed by another line come close to the longest line, and no line is long.
func isWrapped(lines []string, maxLen int) bool {
	if maxLen > 120 || maxLen < 30 {
		return false
	}
	inner, long := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if lines[i] == "" || lines[i+1] == "" {
			continue
		}
		inner++
		if utf8.RuneCountInString(lines[i])*10 >= maxLen*6 {
			long++
		}
	}
	return inner >= 3 && long*10 >= inner*6
}

// continues reports whether line next continues the paragraph that line l belongs to.
func continues(l, next string, wrapped bool, maxLen int) bool {
	if isBullet(next) || isHashtagLine(next) {
		return false
	}
	if wrapped {
		return utf8.RuneCountInString(l)*10 >= maxLen*6
	}
	// One paragraph a line; only an obvious mid-sentence break joins.
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !endsSentence(l) && utf8.RuneCountInString(l) > 40
}

// inlineTag matches the inline markup that search engines and aggregators leave in titles
// ("<b>Kevin Costner</b>"): emphasis and spans only, so a title about "<div>" stays as written
// unless it is one of these.
var inlineTag = regexp.MustCompile(`(?i)</?(?:b|i|em|strong|u|mark|span|small|sup|sub|br)(?:\s[^<>]*)?/?>`)

// plainTitle is a title as text: inline markup dropped, then cleaned like any line.
func plainTitle(s string) string {
	return cleanLine(stripInline(s))
}

// stripInline drops the inline markup a scraper left in plain text (a search snippet's
// "<b>Vatertag</b>"); a line break tag becomes a space.
func stripInline(s string) string {
	if strings.IndexByte(s, '<') < 0 {
		return s
	}
	return inlineTag.ReplaceAllStringFunc(s, func(tag string) string {
		if len(tag) > 2 && (tag[1] == 'b' || tag[1] == 'B') && (tag[2] == 'r' || tag[2] == 'R') {
			return " " // a line break separates words
		}
		return ""
	})
}

// cleanLine removes control and invisible characters and folds white space.
func cleanLine(l string) string {
	if isPlain(l) {
		return strings.TrimSpace(l)
	}
	var b strings.Builder
	b.Grow(len(l))
	space := false
	for _, r := range l {
		switch {
		case r == '\u00AD' || unicode.Is(unicode.Cf, r):
			continue // soft hyphen, zero-width and direction marks
		case unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError:
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isPlain reports whether l needs no cleaning: no control or invisible characters, no
// unusual or repeated spaces. Most lines pass, and then cost no allocation.
func isPlain(l string) bool {
	prevSpace := true
	for i := 0; i < len(l); {
		c := l[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f || (c == ' ' && prevSpace) {
				return false
			}
			prevSpace = c == ' '
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(l[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u00AD' {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || l == ""
}

// joinLines joins the lines of one paragraph, undoing end-of-line hyphenation.
func joinLines(lines []string) string {
	if len(lines) == 1 {
		return lines[0]
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			r, _ := utf8.DecodeRuneInString(l)
			if strings.HasSuffix(prev, "-") && len(prev) > 1 && unicode.IsLetter(lastRuneBefore(prev, 1)) && unicode.IsLower(r) {
				s := b.String()
				b.Reset()
				b.WriteString(s[:len(s)-1])
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

func lastRuneBefore(s string, skip int) rune {
	s = s[:len(s)-skip]
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// endsSentence reports whether s ends with sentence or clause final punctuation, also before a
// closing quotation mark or bracket.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch {
		case strings.ContainsRune(".!?:;,…", r):
			return true
		case strings.ContainsRune("\"'“”„‘’‚«»)]", r):
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}

var (
	bulletRe  = regexp.MustCompile(`^(?:[-–—*•·▪►]|\d{1,2}[.)])\s+`)
	tagLabel  = regexp.MustCompile(`(?i)^(?:[-–*•]\s*)?(?:themen|thema|schlagworte|schlagwörter|stichworte|stichwörter|schlüsselwörter|tags?|topics?|keywords?|mehr zum thema|weitere themen|related topics)\s*(?::\s*(.*))?$`)
	authorRe  = regexp.MustCompile(`^(?i:von:?|by|autor(?:in)?\s*:|author\s*:|text\s*:)\s+(.{3,80})$`)
	nameRe    = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+(?:(?:von|van|de|der|den|zu|da|di|le|la|el|al|bin)\s+)?\p{Lu}[\p{L}\p{M}.'’\-]*){1,3}$`)
	nameSplit = regexp.MustCompile(`\s*(?:,|\bund\b|\band\b|&)\s*`)
	// runOnByline is a by-line run on into the lead in one paragraph ("von Anna Muster Die
	// Notenbank hat …", "von Anna Muster und Bernd Beispiel 08.06.2024 • 15:21 …"): a
	// lower-case "von" (no sentence opens with it), names of a given name and a surname
	// joined by commas, "und" or "sowie von", then the lead.
	bylineJoin = regexp.MustCompile(bylineJoiner)
	// runOnAgency is an outlet's or agency's by-line run on into a dated lead ("von SPORT1
	// 05.06.2024 • 16:48 Uhr …", "von SID …"), and bulletDate that date field before the lead.
	runOnAgency = regexp.MustCompile(`^von (\p{Lu}[\p{Lu}\d]{1,9}) (\d{1,2}\.\d{1,2}\.\d{4} • .*)$`)
	bulletDate  = regexp.MustCompile(`^(\d{1,2}\.\d{1,2}\.\d{4}) • (\d{1,2}:\d{2}) Uhr (\S.*)$`)
	runOnByline = regexp.MustCompile(`^von (` + bylineName + `(?:(?:` + bylineJoiner + `)` + bylineName + `)*) ([\p{Lu}\d"„“«»].*)$`)
)

func isBullet(l string) bool { return mayBullet(l) && bulletRe.MatchString(l) }

// mayBullet is a cheap pre-check for bulletRe.
func mayBullet(l string) bool {
	if l == "" {
		return false
	}
	c := l[0]
	return c == '-' || c == '*' || (c >= '0' && c <= '9') || c >= utf8.RuneSelf
}

func stripBullet(l string) string {
	if !mayBullet(l) {
		return l
	}
	if m := bulletRe.FindStringIndex(l); m != nil {
		return l[m[1]:]
	}
	return l
}

// isHashtagLine reports whether l is only hashtags: "#Energie #Ukraine" or "- #Energie".
func isHashtagLine(l string) bool {
	l = strings.TrimSpace(stripBullet(l))
	if !strings.HasPrefix(l, "#") || len(l) > 300 {
		return false
	}
	f := strings.Fields(l)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if len(w) < 2 || w[0] != '#' {
			return false
		}
	}
	return true
}

// splitTags splits a tag list value into tags without '#'.
func splitTags(s string) []string {
	var parts []string
	if strings.ContainsAny(s, ",;|·") {
		parts = strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",;|·", r) })
	} else if strings.Count(s, "#") > 1 {
		parts = strings.Fields(s)
	} else {
		parts = []string{s}
	}
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(p), "#"))
		p = strings.TrimRight(p, ".")
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// listItem reports whether a tail line could be a tag in a list under a label: a few words
// without final punctuation.
func listItem(l string) (string, bool) {
	s := strings.TrimSpace(strings.TrimLeft(stripBullet(l), "#"))
	if s == "" || endsSentence(s) || utf8.RuneCountInString(s) > 40 || len(strings.Fields(s)) > 4 {
		return "", false
	}
	return s, true
}

// words counts space separated words.
func words(s string) int { return len(strings.Fields(s)) }

// headingLike reports whether a unit reads like a title or sub-heading: short, starting with
// a capital, digit or quote, and without final punctuation.
func headingLike(s string, maxWords, maxRunes int) bool {
	if s == "" || isBullet(s) || endsSentence(s) {
		return false
	}
	if utf8.RuneCountInString(s) > maxRunes || words(s) > maxWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"„“«»‚'", r)
}

func sameText(a, b string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.TrimRight(article.NormalizeSpace(s), " .:!?"))
	}
	return norm(a) == norm(b)
}

// completes reports whether line is the whole of a headline that title gives cut off with an
// ellipsis, and returns it.
func completes(title, line string) (string, bool) {
	t := strings.TrimSpace(title)
	cut, ok := strings.CutSuffix(t, "...")
	if !ok {
		cut, ok = strings.CutSuffix(t, "…")
	}
	cut = strings.TrimSpace(cut)
	if !ok || utf8.RuneCountInString(cut) < 15 {
		return "", false
	}
	l := article.NormalizeSpace(line)
	at, end := indexFold(l, article.NormalizeSpace(cut))
	if at < 0 {
		return "", false
	}
	// From where the cut title begins: a kicker before it ("2. Runde ausgelost - ") is not
	// part of the headline.
	rest := l[end:]
	l = l[at:]
	if strings.TrimSpace(rest) == "" || utf8.RuneCountInString(l) > 200 || clockOrDate.MatchString(rest) || endsSentence(l) && words(l) > 25 {
		return "", false // nothing more, a paragraph, or a date field run on ("… Stand: 08.09.2024 16:48 Uhr")
	}
	return l, true
}

// indexFold returns the byte span of the first match of sub in s, case folded; -1 when
// there is none. Lower-casing both and indexing would give offsets into the lower-cased
// text, whose length differs from the original's for some letters ("ẞ", "İ").
func indexFold(s, sub string) (int, int) {
	n := utf8.RuneCountInString(sub)
	_, w0 := utf8.DecodeRuneInString(sub)
	for i := range s {
		if n > 0 {
			// A match starts with a rune that folds to sub's first: others are passed over
			// without reading n runes on.
			if _, w := utf8.DecodeRuneInString(s[i:]); !strings.EqualFold(s[i:i+w], sub[:w0]) {
				continue
			}
		}
		j := i
		for k := 0; k < n && j < len(s); k++ {
			_, w := utf8.DecodeRuneInString(s[j:])
			j += w
		}
		if strings.EqualFold(s[i:j], sub) {
			return i, j
		}
		if j == len(s) && utf8.RuneCountInString(s[i:]) < n {
			break
		}
	}
	return -1, -1
}

// clockOrDate finds a time or date written with digits ("16:48", "08.09.").
var clockOrDate = regexp.MustCompile(`\d{1,2}[.:]\d{2}`)

// sectionName reports whether line is a department name from the section list.
func sectionName(line string) bool {
	if words(line) > 3 || endsSentence(line) {
		return false
	}
	_, ok := tab.sections[strings.ToLower(line)]
	return ok
}

// authorLine reads a by-line: "Von Anna Muster", "By Jane Doe and John Roe".
// bylineName is a name of a run-on by-line: two capitalised words, a given name and a surname.
// By-lines of three words would leave their last word in the lead; on the stream none was.
const bylineName = `\p{Lu}[\p{L}\p{M}'’\-]+ \p{Lu}[\p{L}\p{M}'’\-]+`

// bylineJoiner joins the names of a run-on by-line.
const bylineJoiner = ` ?, | und | sowie von `

// bylineUnit reads the i-th unit after the header as a by-line of its own: any by-line within
// leadReach, and within runOnReach one in lower case, as the run-on ones are written, which
// may say where the author writes from ("von Anna Muster aus Rom").
func bylineUnit(u unit, i int) ([]string, bool) {
	if len(u.lines) != 1 {
		return nil, false
	}
	line := u.lines[0]
	if i < leadReach {
		if names, ok := authorLine(line); ok {
			return names, true
		}
	}
	if !strings.HasPrefix(line, "von ") {
		return nil, false
	}
	if j := strings.LastIndex(line, " aus "); j > 0 && words(line[j+len(" aus "):]) == 1 {
		line = line[:j]
	}
	return authorLine(line)
}

// runOnAuthors takes a by-line run on into the lead apart: its names and the lead.
func runOnAuthors(line string) ([]string, string, bool) {
	m := runOnByline.FindStringSubmatch(line)
	if m == nil {
		return nil, "", false
	}
	var names []string
	for _, p := range bylineJoin.Split(m[1], -1) {
		names = append(names, strings.TrimSpace(p))
	}
	return names, m[2], true
}

func authorLine(line string) ([]string, bool) {
	m := authorRe.FindStringSubmatch(line)
	if m == nil {
		return nil, false
	}
	var out []string
	for i, p := range nameSplit.Split(strings.TrimSpace(m[1]), -1) {
		if nameRe.MatchString(p) {
			out = append(out, p)
			continue
		}
		// A place after the names ("Von Anna Muster, Berlin") is allowed, nothing else.
		if i > 0 && words(p) == 1 && len(out) > 0 {
			continue
		}
		return nil, false
	}
	return out, len(out) > 0
}

// subHeading reports whether a unit of plain text not yet given a kind reads as a sub-heading:
// a short line without final punctuation (between paragraphs, which the caller checks).
func subHeading(u unit) bool { return u.kind == "" && headingLike(u.text(), 12, 100) }

// placeDatelineParas is how many paragraphs from the top a place dateline is looked for in.
const placeDatelineParas = 3

// clean applies the scraped-text rules to units and assembles the Article.
func clean(id string, units []unit, m meta) (*article.Article, error) {
	a := &article.Article{ID: id, Title: m.title, Published: m.published, Section: m.section}
	a.Authors = append(a.Authors, m.authors...)
	var credits []string

	// Drop empty units and lines.
	keep := units[:0:0]
	for _, u := range units {
		var ls []string
		for _, l := range u.lines {
			if l = cleanLine(l); l != "" {
				ls = append(ls, l)
			}
		}
		if len(ls) > 0 {
			keep = append(keep, unit{lines: ls, kind: u.kind})
		}
	}
	units = keep

	units = header(a, units, m)
	units = titledDateFields(a, units)
	units, leadCredits := leadBylines(a, units)
	credits = append(credits, leadCredits...)
	units, tags, tailCredits := tail(units)

	// Photo credit lines are caption noise wherever they stand.
	keep = units[:0]
	for _, u := range units {
		if len(u.lines) == 1 && u.kind != article.BlockTitle && photoCredit.MatchString(u.lines[0]) && words(u.lines[0]) <= 12 {
			continue
		}
		keep = append(keep, u)
	}
	units = keep

	// A wire dateline opens the first paragraph after the title. A place dateline opens the
	// story, which may come after a summary paragraph or a video's caption ("… first test
	// of the new majority." "WASHINGTON — The House failed …").
	for i, n := 0, 0; i < len(units) && n < placeDatelineParas; i++ {
		if units[i].kind == article.BlockTitle || units[i].kind == article.BlockHeading {
			continue
		}
		if n > 0 && !m.markup && subHeading(units[i]) {
			continue // a sub-heading, found as such below ("How homeowners can prepare for spring melt")
		}
		n++
		if n == 1 {
			if rest, c, ok := stripDateline(units[i].text()); ok {
				credits = append(c, credits...)
				units[i].lines = []string{rest}
				break
			}
		}
		if rest, place, ok := stripPlaceDateline(units[i].text()); ok {
			a.Dateline = place
			units[i].lines = []string{rest}
			break
		}
	}
	// A credit parenthesis closes the last paragraph.
	if n := len(units); n > 0 && units[n-1].kind != article.BlockTitle {
		if rest, c, ok := trailingCredit(units[n-1].text()); ok {
			// It stands before the credit lines below it.
			credits = append(credits, c...)
			if rest == "" {
				units = units[:n-1]
			} else {
				units[n-1].lines = []string{rest}
			}
		}
	}

	if !m.markup {
		// Sub-headings: short lines without final punctuation between paragraphs.
		for i := range units {
			if i > 0 && i < len(units)-1 && subHeading(units[i]) {
				units[i].kind = article.BlockHeading
			}
		}
	}
	if m.tags != nil {
		tags = append(append([]string(nil), m.tags...), tags...)
	}
	a.Tags = dedupe(tags, strings.ToLower)
	a.Credits = dedupe(append(credits, tailCredits...), nil)
	assemble(a, units)
	pictureCredits(a)
	if a.Text == "" || (len(a.Blocks) == 1 && a.Blocks[0].Kind == article.BlockTitle) {
		return nil, fmt.Errorf("%w: no body text", ErrEmpty)
	}
	return a, nil
}

// header recovers date, by-line, section and title from the first units and drops their
// repetitions and navigation debris, stopping at the first unit of body text.
//
// Of the short lines above the body, the title is the first with more than three words that
// is not a department name, else the last one; short lines above it are the section (a
// department name, else a kicker such as "Ukraine-Krieg") or navigation debris.
func header(a *article.Article, units []unit, m meta) []unit {
	titled := a.Title != ""
	// Pass 1: strip date fields and by-lines; find where the body starts.
	var head []unit // candidate lines above the body, in order
	i := 0
	for ; i < len(units) && i < 12; i++ {
		u := units[i]
		t := u.text()
		if u.kind != article.BlockHeading {
			if v, rest, whole, ok := dateLine(t); ok {
				if a.Published == "" {
					a.Published = v
				}
				if whole {
					continue
				}
				// The field sat at the start of the first line of body text.
				u.lines = []string{rest}
				units[i] = u
				break
			}
		}
		if names, ok := authorLine(t); ok && len(u.lines) == 1 {
			a.Authors = append(a.Authors, names...)
			continue
		}
		if len(u.lines) == 1 && u.kind != article.BlockTitle && photoCredit.MatchString(t) && words(t) <= 12 {
			continue
		}
		if u.kind == article.BlockParagraph || !headingLike(t, 25, 200) {
			break
		}
		head = append(head, u)
	}
	body := units[i:]
	if len(body) == 0 && len(head) > 0 {
		// No body text: the short lines are the body (a list, a poem); nothing is a title.
		body, head = head, nil
	}

	// Pass 2: choose the title among the head lines.
	ti := -1
	if titled {
		for j, u := range head {
			if sameText(u.text(), a.Title) {
				ti = j
				break
			}
		}
		if ti < 0 {
			// A title cut off by the feed ("Volkswagen erwägt, erstmals Werke in ...") gives way
			// to the page's own full headline, which may sit below a teaser or after a kicker.
			for j, u := range units[:min(len(units), 12)] {
				if len(u.lines) != 1 {
					continue
				}
				if full, ok := completes(a.Title, u.text()); ok {
					a.Title = full
					if j < len(head) {
						ti = j
					}
					break
				}
			}
		}
	} else if !m.markup {
		for j, u := range head {
			t := u.text()
			if words(t) > 3 && !sectionName(t) && !navLine(t) {
				ti = j
				break
			}
		}
		if ti < 0 {
			for j := len(head) - 1; j >= 0; j-- {
				if t := head[j].text(); !sectionName(t) && !navLine(t) {
					ti = j
					break
				}
			}
		}
		if ti >= 0 {
			a.Title = head[ti].text()
		}
	}
	// Lines above the title: a department name is the section; without one, the line just
	// above a title found here is its kicker.
	above := head
	if ti >= 0 {
		above = head[:ti]
	}
	if a.Section == "" {
		for _, u := range above {
			if t := u.text(); sectionName(t) {
				a.Section = t
				break
			}
		}
		if a.Section == "" && ti >= 0 && !titled {
			for j := len(above) - 1; j >= 0; j-- {
				if t := above[j].text(); words(t) <= 3 && !navLine(t) {
					a.Section = t
					break
				}
			}
		}
	}
	var out []unit
	if a.Title != "" {
		out = append(out, unit{lines: []string{a.Title}, kind: article.BlockTitle})
	}
	for j, u := range head {
		t := u.text()
		switch {
		case j == ti, a.Title != "" && sameText(t, a.Title), navLine(t):
			continue // the title, its repetitions, navigation debris
		case t == a.Section && (ti < 0 || j < ti):
			continue
		case j < ti && !titled:
			continue // short debris above a title found here
		}
		out = append(out, u)
	}
	return append(out, body...)
}

// navLine reports whether line is navigation debris ("Startseite", "Teilen").
func navLine(line string) bool {
	_, ok := tab.nav[strings.ToLower(strings.TrimSpace(line))]
	return ok
}

// tail strips tag lists and credit lines from the end of the text, line by line across units.
func tail(units []unit) ([]unit, []string, []string) {
	var tags, credits []string // collected bottom-up, reversed at the end
	var pending []string       // short list lines that are tags only if a label follows above
	cut := 0                   // lines to remove from the end, committed
	scanned := 0
	lines := tailLines(units, 40)
	for _, l := range lines {
		scanned++
		if isHashtagLine(l) && len(pending) == 0 {
			tags = append(tags, reverse(splitTags(stripBullet(l)))...)
			cut = scanned
			continue
		}
		if m := tagLabel.FindStringSubmatch(l); m != nil && (m[1] == "" || !endsSentence(m[1]) || strings.ContainsAny(m[1], ",;|#")) {
			tags = append(tags, pending...)
			pending = nil
			tags = append(tags, reverse(splitTags(m[1]))...)
			cut = scanned
			continue
		}
		if c, ok := creditLine(l); ok && len(pending) == 0 {
			credits = append(credits, reverse(c)...)
			cut = scanned
			continue
		}
		if s, ok := listItem(l); ok && len(pending) < 20 {
			pending = append(pending, s)
			continue
		}
		break
	}
	// Remove cut lines from the end.
	for cut > 0 && len(units) > 0 {
		u := &units[len(units)-1]
		n := min(cut, len(u.lines))
		u.lines = u.lines[:len(u.lines)-n]
		cut -= n
		if len(u.lines) == 0 {
			units = units[:len(units)-1]
		}
	}
	return units, reverse(tags), reverse(credits)
}

// tailLines lists up to n lines from the end of the units, last first.
func tailLines(units []unit, n int) []string {
	var out []string
	for i := len(units) - 1; i >= 0 && len(out) < n; i-- {
		if units[i].kind == article.BlockTitle {
			break
		}
		for j := len(units[i].lines) - 1; j >= 0 && len(out) < n; j-- {
			out = append(out, units[i].lines[j])
		}
	}
	return out
}

func reverse(s []string) []string {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return s
}

// dedupe keeps the first of equal strings (compared after key, when not nil), in order.
func dedupe(s []string, key func(string) string) []string {
	if len(s) == 0 {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, v := range s {
		k := v
		if key != nil {
			k = key(v)
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}

// assemble joins the units into the body text with blank lines between blocks and records
// each block's code point span.
func assemble(a *article.Article, units []unit) {
	var b strings.Builder
	pos := 0
	for _, u := range units {
		t := u.text()
		if t == "" {
			continue
		}
		kind := u.kind
		if kind == "" {
			kind = article.BlockParagraph
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
			pos += 2
		}
		n := utf8.RuneCountInString(t)
		b.WriteString(t)
		a.Blocks = append(a.Blocks, article.Block{Kind: kind, Start: pos, End: pos + n})
		pos += n
		switch kind {
		case article.BlockHeading:
			a.Headings = append(a.Headings, t)
		case article.BlockTitle:
			if a.Title == "" {
				a.Title = t
			}
		}
	}
	a.Text = b.String()
}

// leadReach is how many units after the header may still hold the header's fields: sites put
// a by-line or a dated headline after a teaser or the lead ("Von: Anna Muster" below the
// teaser), not later.
const leadReach = 4

// runOnReach is leadReach for a by-line run on into the lead, whose shape no sentence has
// (it opens with a lower-case "von"): it stands after a teaser, a summary and a repeated
// headline too (stern.de, capital.de).
const runOnReach = 5

// leadBylines takes the by-lines among the first units of the body (after the lead, where the
// header does not look) into the authors: those that stand as one-line paragraphs are dropped,
// those run on into the lead are cut from it. A by-line is no sentence of the article.
func leadBylines(a *article.Article, units []unit) ([]unit, []string) {
	out := units[:0:0]
	var credits []string
	for i, u := range units {
		if u.kind == article.BlockTitle || i >= runOnReach {
			out = append(out, u)
			continue
		}
		if names, ok := bylineUnit(u, i); ok {
			a.Authors = append(a.Authors, names...)
			continue
		}
		if len(u.lines) > 0 {
			if names, rest, ok := runOnAuthors(u.lines[0]); ok {
				// "von Anna Muster Die Notenbank …": the author goes to the metadata, the
				// lead keeps its paragraph (two articles of one author shared her name in
				// their leads).
				a.Authors = append(a.Authors, names...)
				u.lines = append([]string{rest}, u.lines[1:]...)
			} else if m := runOnAgency.FindStringSubmatch(u.lines[0]); m != nil {
				// "von SPORT1 05.06.2024 • 16:48 Uhr …": the outlet or agency is a credit.
				credits = append(credits, strings.ToLower(m[1]))
				u.lines = append([]string{m[2]}, u.lines[1:]...)
			}
			if m := bulletDate.FindStringSubmatch(u.lines[0]); m != nil {
				// "05.06.2024 • 16:48 Uhr Bei den French Open …": the date field run on
				// before the lead goes to the metadata.
				if v, err := parseDate(m[1] + " " + m[2]); err == nil {
					if a.Published == "" {
						a.Published = v
					}
					u.lines = append([]string{m[3]}, u.lines[1:]...)
				}
			}
		}
		out = append(out, u)
	}
	return out, credits
}

// titledDateFields takes apart the headline repeated with its date field run on in the first
// units of the body (after a teaser, where the header does not look): "Headline Stand:
// 12.04.2024 20:59 Uhr Lead …". The date is the publication date when none is known; the
// headline is dropped when it is the title, else kept as a heading of its own; the lead keeps
// its paragraph.
func titledDateFields(a *article.Article, units []unit) []unit {
	out := units[:0:0]
	for i, u := range units {
		if i < leadReach && u.kind != article.BlockTitle && len(u.lines) > 0 {
			v, rest, _, ok := dateLine(u.lines[0]) // the field alone opens the line ("Stand: … Uhr Naby Keïta steht …")
			if !ok {
				var head string
				var isTitle bool
				if v, head, rest, isTitle, ok = titledDateField(u.lines[0], a.Title); ok && !isTitle {
					out = append(out, unit{lines: []string{head}, kind: article.BlockHeading})
				}
			}
			if ok {
				if a.Published == "" {
					a.Published = v
				}
				u.lines = u.lines[1:]
				if rest != "" {
					u.lines = append([]string{rest}, u.lines...)
				}
				if len(u.lines) == 0 {
					continue
				}
			}
		}
		out = append(out, u)
	}
	return out
}

// titledDateField reads a line that opens with a headline and runs a labelled date field on
// after it ("Tourismus im Harz: … Fördergelder Stand: 08.04.2024 20:45 Uhr Die
// Nationalparkverwaltung …"): the date's value, the headline, what follows the field, and
// whether the headline is the title (or the whole of a title cut off with an ellipsis, quotes
// aside). Words before the field that are no headline leave the line as it is.
func titledDateField(line, title string) (value, head, rest string, isTitle, ok bool) {
	l := article.NormalizeSpace(line)
	for i := 1; i < len(l) && i < 300; i++ {
		if l[i-1] != ' ' || tab.dateRe.label.FindStringIndex(l[i:]) == nil {
			continue
		}
		head = strings.TrimSpace(l[:i])
		if words(head) < 3 || !headingLike(strings.TrimRight(head, "?!"), 25, 200) { // a headline may ask or exclaim
			return "", "", "", false, false
		}
		v, r, whole, ok := dateLine(l[i:])
		if !ok {
			continue
		}
		if whole {
			r = ""
		}
		if first, _ := utf8.DecodeRuneInString(r); r != "" && !unicode.IsUpper(first) && !strings.ContainsRune("\"„“«", first) {
			return "", "", "", false, false // "… Stand: 12.04.2024 mit einem Fest": the field is inside a sentence
		}
		h, t := foldQuotes(head), foldQuotes(title)
		full, cut := completes(t, h)
		isTitle = title != "" && sameText(h, t) || cut && full == h
		return v, head, r, isTitle, true
	}
	return "", "", "", false, false
}

// foldQuotes writes every quotation mark as the straight double quote, so that a headline
// quoted „so“ in the text and 'so' in the feed's title compare equal.
func foldQuotes(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '„', '“', '”', '‚', '‘', '’', '\'', '«', '»', '‹', '›':
			return '"'
		}
		return r
	}, s)
}
