package entity

import (
	"strings"
	"unicode"

	"crosscheck/analyze"
	"crosscheck/article"
)

// articleTitleCaseNames cuts the names of a headline written in title case ("Ron DeSantis
// Admits He 'Kind Of Likes' Trump's Insulting Name For Him") back to what the article's body
// writes. In such a headline every word is capitalised, so a name runs on into the verb after
// it ("Ron DeSantis Admits", "Christian Bale Is Not"). A headline mention the body never
// writes is cut to its longest start of whole words that is a mention of the body; one that
// has no such start and holds a capitalised function word inside it ("Alejandro Announce
// Their") is dropped. A headline is in title case when a word of the pack's title_case role
// stands capitalised inside it, neither first nor after a colon, dash or question mark; a
// pack without the role (German capitalises nouns, not its headlines' verbs) is never read
// so.
func articleTitleCaseNames(ms []mention, sents [][]word, r *article.Runes, rw *ruleWords, title article.Span) []mention {
	if len(rw.titleCase) == 0 || title.End <= title.Start {
		return ms
	}
	var tw []word
	for _, ws := range sents {
		for _, w := range ws {
			if w.start >= title.Start && w.end <= title.End {
				tw = append(tw, w)
			}
		}
	}
	if !titleCased(tw, r, rw) {
		return ms
	}
	body := map[string]bool{}
	for _, m := range ms {
		if m.start >= title.End && m.typ != "" {
			body[r.Slice(m.start, m.end)] = true
		}
	}
	rest := r.Slice(title.End, r.Len())
	out := ms[:0]
	for _, m := range ms {
		if m.typ == "" || m.start < title.Start || m.end > title.End || strings.Contains(rest, r.Slice(m.start, m.end)) {
			out = append(out, m)
			continue
		}
		var inside []word
		for _, w := range tw {
			if w.start >= m.start && w.end <= m.end {
				inside = append(inside, w)
			}
		}
		cut := -1
		for k := len(inside) - 1; k >= 1 && cut < 0; k-- {
			// The longest start the body writes as a whole that begins with one of its
			// mentions ("Shou Zi Chew", where the body's mention is "Shou Zi").
			pre := r.Slice(m.start, inside[k-1].end)
			if !analyze.HasPhrase(rest, pre) {
				continue
			}
			for j := k; j >= 1; j-- {
				if body[r.Slice(m.start, inside[j-1].end)] {
					cut = inside[k-1].end
					break
				}
			}
		}
		if cut > 0 {
			m.end, m.canon, m.hasFirst = cut, "", m.hasFirst && strings.Contains(r.Slice(m.start, cut), " ")
			out = append(out, m)
			continue
		}
		function := false
		for k := 1; k < len(inside); k++ {
			function = function || rw.titleCase[strings.ToLower(inside[k].text)] && capitalised(inside[k].text)
		}
		if !function {
			out = append(out, m)
		}
	}
	return out
}

// titleCased reports whether a headline's words show title case: a capitalised word of the
// pack's title_case role that is not the first word nor right after a colon, dash or
// question mark (where any word is capitalised).
func titleCased(tw []word, r *article.Runes, rw *ruleWords) bool {
	for k := 1; k < len(tw); k++ {
		w := tw[k]
		if !capitalised(w.text) || !rw.titleCase[strings.ToLower(w.text)] {
			continue
		}
		between := strings.TrimSpace(r.Slice(tw[k-1].end, w.start))
		if strings.ContainsAny(between, ":–—-?!|") {
			continue
		}
		return true
	}
	return false
}

// capitalised reports whether a word starts with an upper-case letter and goes on in lower
// case ("Their", not "THEIR" or "their").
func capitalised(s string) bool {
	rs := []rune(s)
	if len(rs) == 0 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, c := range rs[1:] {
		if unicode.IsUpper(c) {
			return false
		}
	}
	return true
}
