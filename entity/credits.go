package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// articleCredits takes out of the people what a page prints around its pictures and
// players: a picture agency a credit names ("© IMAGO / Jan Huebner", "Foto: Sven Simon") is
// no person, and the page's furniture ("Fotostrecke", "Audio:", "Foto:") is no part of a
// name the tagger ran into it. A name never runs across a credit's end: the tagger's run
// from a credit into the caption's person ("IMAGO / Lena Berger Timo Kranich:") is two
// names, the photographer's and the person's (a photographer is a person, as the entity
// audits annotate, only not part of another's name). A person's name ending in a word only
// an organisation's name ends in ("Health News") is the organisation's. The words come
// from the pack (credit, credit_lead, furniture, org_tail); the tagger's features do not
// read them.
func articleCredits(ms []mention, sents [][]word, infoss [][]tokInfo, r *article.Runes, rw *ruleWords) []mention {
	if len(rw.creditLeads) == 0 && len(rw.furniture) == 0 && len(rw.credits) == 0 && len(rw.orgTails) == 0 {
		return ms
	}
	drop := false
	var added []mention
	for k := range ms {
		m := &ms[k]
		if m.typ != article.EntityPerson || m.sub != "" || m.block {
			continue
		}
		a, b, ok := mentionWords(*m, sents)
		if !ok {
			continue
		}
		ws, ti := sents[m.sent], infoss[m.sent]
		a0, b0 := a, b
		for a < b && furnitureWord(ws, ti, a, rw) {
			a++
		}
		for b > a && furnitureWord(ws, ti, b-1, rw) {
			b--
		}
		// A caption ends with its credit: "… im Zweikampf mit Jonas Brandl Reuters".
		if b-a >= 3 && isUpperStart(ws[b-1].text) && rw.credits[ti[b-1].lower] && lineEnd(r, ws[b-1].end) {
			b--
		}
		if a < b && inCredit(ws, ti, a, b, rw) {
			c, agency := b, false
			labelled := b < len(ws) && (ws[b].text == ":" || ws[b].text == "(")
			switch {
			case rw.credits[ti[a].lower]:
				c, agency = a+1, true
			case b-a >= 2 && rw.credits[ti[a].lower+" "+ti[a+1].lower]:
				c, agency = a+2, true
			case b-a >= 3 && innerCapital(ws[a].text):
				c, agency = a+1, true // an agency's brand ("PanoramiC", "DiZ-PiX"), then the person
			default:
				// A photographer's name (two words or more, or an initial and a surname:
				// "J.Berger"), then the caption's person from a given name on.
				for k := b - 2; k >= a+2 && k >= b-3; k-- {
					if plainWords(ws, ti, k, b) && (ti[k].first || ti[k].lex&lxFirst != 0) {
						c = k
						break
					}
				}
				if c == b && b-a == 4 && plainWords(ws, ti, a, b) {
					c = a + 2 // four names: two and two
				}
				if c == b && b-a == 3 && labelled && plainWords(ws, ti, a, b) {
					// Who speaks after the photographer: "Lena Berger Kranich: …" (a given
					// name opens the photographer's name), "Berger Timo Kranich: …".
					c = a + 1
					if ti[a].first || ti[a].lex&lxFirst != 0 {
						c = a + 2
					}
				}
			}
			// Without a given name the lists know, the person is one a colon or a
			// parenthesis follows, as a caption writes who speaks or plays where
			// ("Lena Berger Timo Kranich: ...", "… Timo Kranich (Mittelfeld)").
			rest := b-c >= 2 && plainWords(ws, ti, c, b) && ti[c].role == 0 && (ti[c].first || ti[c].lex&lxFirst != 0 || labelled) ||
				b-c == 1 && c-a >= 2 && labelled && !agency && ti[c].role == 0
			switch {
			case agency:
				// An agency is no one, and its words stay blocked, so that no later rule
				// takes its name ("Sven Simon") for a person of the article.
				added = append(added, mention{start: ws[a].start, end: ws[c-1].end, sent: m.sent, block: true, credit: true})
				if rest {
					a = c
				} else {
					a = b
				}
			case c < b && rest:
				// The photographer is a name of his own, not part of the caption's person.
				added = append(added, mention{start: ws[a].start, end: ws[c-1].end, typ: article.EntityPerson, sent: m.sent, hasFirst: c-a >= 2})
				a = c
			}
		}
		if a == b {
			m.block, drop = true, true
			continue
		}
		if b-a >= 2 && isUpperStart(ws[b-1].text) && rw.orgTails[ti[b-1].lower] {
			m.typ, m.hasFirst = article.EntityOrganisation, false
		} else if b-a == 1 && rw.orgTails[ti[a].lower] {
			m.block, drop = true, true
			continue
		}
		if a != a0 || b != b0 {
			m.start, m.end, m.canon = ws[a].start, ws[b-1].end, ""
			m.hasFirst = m.hasFirst && b-a >= 2
		}
	}
	if drop {
		ms = slices.DeleteFunc(ms, func(m mention) bool { return m.block && m.typ == article.EntityPerson })
	}
	return append(ms, added...)
}

// furnitureWord reports whether ws[i] is a capitalised word of the page's furniture
// ("Fotostrecke"), or a word that opens a credit with the colon after it ("Foto:").
func furnitureWord(ws []word, ti []tokInfo, i int, rw *ruleWords) bool {
	if !isUpperStart(ws[i].text) {
		return false
	}
	return rw.furniture[ti[i].lower] || rw.creditLeads[ti[i].lower] && i+1 < len(ws) && ws[i+1].text == ":"
}

// plainWords reports whether ws[a:b] are capitalised words with single spaces between.
func plainWords(ws []word, ti []tokInfo, a, b int) bool {
	for i := a; i < b; i++ {
		if !isUpperStart(ws[i].text) || ti[i].particle || i > a && ws[i].start != ws[i-1].end+1 {
			return false
		}
	}
	return true
}

// lineEnd reports whether the text ends, or a line does, at code point offset end.
func lineEnd(r *article.Runes, end int) bool {
	return end >= r.Len() || r.Slice(end, end+1) == "\n"
}

// inCredit reports whether the name ws[a:b] stands in a picture's credit: after "©" or a
// credit's lead and its colon ("Foto:"), or in a chain of names a slash or a bar joins of
// which one is a picture agency ("IMAGO / Lena Berger", "Lena Berger/dpa").
func inCredit(ws []word, ti []tokInfo, a, b int, rw *ruleWords) bool {
	if a > 1 && ws[a-1].text == "." && utf8.RuneCountInString(ws[a-2].text) == 1 && isUpperStart(ws[a-2].text) {
		a -= 2 // an initial: "dpa/M. Berger"
	}
	if creditMark(ws, ti, a-1, rw) {
		return true
	}
	sep := func(i int) bool { return i >= 0 && i < len(ws) && (ws[i].text == "/" || ws[i].text == "|") }
	// Backwards, element by element: "dpa/Anadolu/Halil Sagirkaya".
	for i, n := a-1, 0; sep(i) && n < 4; n++ {
		j := i - 1
		for j >= 0 && j > i-4 && !sep(j) && isWordText(ws[j].text) {
			j--
		}
		if j == i-1 {
			return false
		}
		// The agency is the element's last word or two ("im Audio RSS-Feed IMAGO / …").
		if creditElement(ti, i-1, i, rw) || j+1 < i-1 && creditElement(ti, i-2, i, rw) {
			return true
		}
		if creditMark(ws, ti, j, rw) {
			return true
		}
		i = j
	}
	// Forwards: "Lena Berger/dpa", "Lena Berger / imago images".
	if sep(b) {
		j := b + 1
		for j < len(ws) && j < b+3 && isWordText(ws[j].text) {
			j++
		}
		return j > b+1 && (creditElement(ti, b+1, b+2, rw) || j > b+2 && creditElement(ti, b+1, b+3, rw))
	}
	return false
}

// creditMark reports whether ws[i] opens a credit: "©", or the colon after a credit's lead
// ("Foto:").
func creditMark(ws []word, ti []tokInfo, i int, rw *ruleWords) bool {
	return i >= 0 && (ws[i].text == "©" || i > 0 && ws[i].text == ":" && rw.creditLeads[ti[i-1].lower])
}

// creditElement reports whether ti[a:b] is a picture agency of the pack's credits, one or
// two words, or one word that joins them with a hyphen ("imago-images").
func creditElement(ti []tokInfo, a, b int, rw *ruleWords) bool {
	if b-a < 1 || b-a > 2 {
		return false
	}
	l := ti[a].lower
	if b-a == 2 {
		l += " " + ti[a+1].lower
	}
	return rw.credits[l] || rw.credits[strings.ReplaceAll(l, "-", " ")] || b-a == 1 && rw.credits[strings.SplitN(l, "-", 2)[0]]
}

// isWordText reports whether a token is a word, not a mark.
func isWordText(s string) bool {
	for _, c := range s {
		return isWordRune(c)
	}
	return false
}

// innerCapital reports whether a word has a capital after a lower-case letter, as brands
// write themselves ("PanoramiC", "DiZ-PiX") and names do not, but for "Mc", "Mac" and a
// hyphen's parts ("McLaren", "Müller-Wohlfahrt").
func innerCapital(s string) bool {
	lower := false
	for i, c := range s {
		switch {
		case unicode.IsUpper(c) && lower && !strings.HasSuffix(s[:i], "Mc") && !strings.HasSuffix(s[:i], "Mac"):
			return true
		case unicode.IsLower(c):
			lower = true
		case c == '-':
			lower = false
		}
	}
	return false
}
