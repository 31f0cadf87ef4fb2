package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// A picture's caption scraped into the body ends in its credit ("Der Trainer am
// Spielfeldrand. © IMAGO/Max Muster"); the photographers and agencies the credit names are
// kept as the article's metadata (Article.PictureCredits).

const (
	// creditRunWords is the most words a credit run may have (a picture viewer's controls
	// after it not counted).
	creditRunWords = 12
	// creditPartWords is the most words one part of a credit may have to be kept as a name.
	creditPartWords = 5
)

var (
	// creditLeadRe is a picture credit's label: "Foto:", "Bild:", "Fotos:", "Bild ©",
	// "(Quelle: ", capitalised, at the start of the paragraph or after a space or bracket.
	creditLeadRe = regexp.MustCompile(`(?:^|[\s(])((?:Fotos?|Bild(?:er|rechte|quelle)?|Photos?|Quelle)\s*(?::|©))\s*`)
	// sentenceEndRe is a sentence end inside a caption.
	sentenceEndRe = regexp.MustCompile(`[.!?]["“”»«']?\s+(\p{Lu})`)
	// leadYear is the year of a copyright opening a credit ("© 2024 Getty Images").
	leadYear = regexp.MustCompile(`^(?:19|20)\d\d\s+`)
	// creditSplitRe splits a credit into its parts.
	creditSplitRe = regexp.MustCompile(`\s*[/|,;]\s*|\s+-\s+`)
)

// pictureAgency reports whether s (a credit's first words) opens with a picture agency.
func pictureAgency(s string) bool {
	s = strings.ToLower(strings.TrimLeft(s, " ©("))
	w := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '/' || r == '|' || r == ',' || r == ')' })
	for n := min(3, len(w)); n >= 1; n-- {
		if _, ok := tab.pictures[strings.Join(w[:n], " ")]; ok {
			return true
		}
	}
	return false
}

// creditStart finds where a picture credit starts in a paragraph: the byte offset of its
// marker ("©", a credit label, or an agency chain after the last sentence), or -1.
func creditStart(text string) int {
	if i := strings.LastIndex(text, "©"); i >= 0 {
		// "Bild © hr/…", "(© IMAGO / …)": the label and bracket belong to the credit.
		j := i
		for _, lead := range []string{"Bild ", "Foto ", "("} {
			if strings.HasSuffix(text[:j], lead) {
				j -= len(lead)
			}
		}
		return j
	}
	for _, m := range creditLeadRe.FindAllStringSubmatchIndex(text, -1) {
		label, rest := text[m[2]:m[3]], text[m[1]:]
		if creditAfterLabel(label, rest) {
			if m[0] > 0 && text[m[0]] == '(' {
				return m[0]
			}
			return m[2]
		}
	}
	// A chain naming an agency after the caption's last sentence: "… Vlahovic. IMAGO/Nordphoto",
	// "(picture alliance / Anadolu / …)", or a paragraph that is only "Getty Images".
	tail := 0
	if ms := sentenceEndRe.FindAllStringSubmatchIndex(text, -1); len(ms) > 0 {
		tail = ms[len(ms)-1][2]
	}
	if p := strings.LastIndex(text, " ("); p >= tail && strings.HasSuffix(text, ")") {
		tail = p + 1
	}
	run := text[tail:]
	if !pictureAgency(run) {
		return -1
	}
	if tail == 0 && isOnlyAgency(run) {
		return 0 // a paragraph that is only "Getty Images"
	}
	// "(dpa/AFP)" and "dts/dpa/red" credit the text, not a picture.
	if _, text := creditList(strings.Trim(run, " ().")); text || !strings.ContainsAny(run, "/|") {
		return -1
	}
	return tail
}

// isOnlyAgency reports whether s is nothing but a picture agency's name.
func isOnlyAgency(s string) bool {
	_, ok := tab.pictures[strings.ToLower(strings.Trim(s, " .()"))]
	return ok
}

// creditAfterLabel reports whether rest, the text after a credit label, is a credit: it names
// a picture agency or a chain ("dpa/Erika Beispiel"), or it is a short name closing the
// paragraph ("Foto: Max Muster", "Foto: privat"), not a sentence ("ein Foto: Es zeigt …").
func creditAfterLabel(label, rest string) bool {
	first := strings.Fields(cutWidgets(rest))
	if len(first) == 0 {
		return false
	}
	head := strings.Join(first[:min(3, len(first))], " ")
	if pictureAgency(rest) || strings.ContainsAny(head, "/|") {
		return true
	}
	if strings.HasPrefix(label, "Quelle") {
		return false
	}
	if len(first) > creditPartWords {
		return false
	}
	for i, w := range first {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && len(first) > 1 && !nameParticle[w] {
			return false
		}
		if i < len(first)-1 && strings.ContainsAny(w, ".!?") && !strings.HasSuffix(w, ".") {
			return false
		}
	}
	return !strings.HasSuffix(strings.TrimRight(rest, " "), ":")
}

// nameParticle are the lower-case words a photographer's name may hold.
var nameParticle = map[string]bool{"von": true, "van": true, "de": true, "der": true, "den": true, "la": true, "di": true, "da": true, "zu": true}

// creditParts splits a credit into the photographers and agencies it names, without labels.
func creditParts(credit string) []string {
	credit = strings.TrimSpace(credit)
	if m := creditLeadRe.FindStringSubmatchIndex(credit); m != nil && m[0] <= 1 {
		credit = credit[m[1]:]
	}
	credit = cutWidgets(credit)
	credit = strings.Trim(credit, " ()©.")
	var out []string
	for _, p := range creditSplitRe.Split(credit, -1) {
		p = strings.Trim(p, " ()©.\u200b")
		p = strings.TrimSpace(leadYear.ReplaceAllString(p, ""))
		// "abgerufen am 2. Oktober 2024", "9 Uhr": a date or time is no name.
		if p == "" || len(strings.Fields(p)) > creditPartWords || (strings.ContainsAny(p, "0123456789") && strings.Contains(p, " ")) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// pictureCredits takes the photographers and agencies of the pictures' credits in a's
// paragraphs and headings (a short caption without final punctuation is taken for a
// sub-heading) into a.PictureCredits. Blocks and text stay as they are: marked as furniture,
// the credits and captions left placement worse (docs/quality.md "Picture credits").
func pictureCredits(a *article.Article) {
	if !strings.ContainsAny(a.Text, "©:/|") {
		return
	}
	r := article.NewRunes(a.Text)
	var credits []string
	for _, b := range a.Blocks {
		if (b.Kind != article.BlockParagraph && b.Kind != article.BlockHeading) || b.Start < 0 || b.End > r.Len() || b.Start >= b.End {
			continue
		}
		if run, ok := creditRun(r.Slice(b.Start, b.End)); ok {
			credits = append(credits, creditParts(run)...)
		}
	}
	if len(credits) > 0 {
		a.PictureCredits = dedupe(append(a.PictureCredits, credits...), strings.ToLower)
	}
}

// creditRun returns the picture credit that closes a paragraph (or is all of it): "©
// IMAGO/Max Muster" of "Der Trainer am Spielfeldrand. © IMAGO/Max Muster".
func creditRun(text string) (string, bool) {
	k := creditStart(text)
	if k < 0 {
		return "", false
	}
	run := text[k:]
	if words(cutWidgets(run)) > creditRunWords {
		return "", false
	}
	return run, true
}

// cutWidgets cuts s where the first of a picture viewer's controls starts (the earliest,
// whatever order the map gives them in).
func cutWidgets(s string) string {
	low := strings.ToLower(s)
	cut := len(s)
	for w := range tab.widgets {
		if i := strings.Index(low, w); i > 0 && i < cut {
			cut = i
		}
	}
	return s[:cut]
}
