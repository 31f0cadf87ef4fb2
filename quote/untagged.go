package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// misspeltSurname resolves a lone capitalised source word that names nobody to the one person
// the article names in full whose surname it misspells ("Gus Maugherty … “…,” Maughtery
// said", "Marek Wolinski … Wolinksi said", "Rupa Tallinger … Talinger said"): the same first
// letter, and either the same letters in another order or one letter more or less. A form
// that only adds a letter at the end ("Hollands", a genitive) is no misspelling, nor is a
// different letter in the same place ("Bauer", "Bayer": another name), nor a given name.
func (c *ctx) misspeltSurname(k int) speaker {
	t := &c.toks[k]
	if !c.nameWord(k) || c.mentionAt(k) != nil || c.placeAt(k) != nil || c.otherNameAt(k) || c.inMarks(t.Start) ||
		!lowerAfterFirst(t.Text) || given()[t.Norm] != 0 || c.lx.loneNames[t.Norm] != "" ||
		c.lx.months[t.Norm] != "" || c.lx.weekdays[t.Norm] != "" {
		return noSpeaker
	}
	w := []rune(t.Norm)
	if len(w) < 4 {
		return noSpeaker
	}
	found := ""
	for i := range c.names.mentions {
		m := &c.names.mentions[i]
		sp := strings.LastIndexByte(m.canon, ' ')
		if m.org || m.quoted || sp < 0 || m.canon == found {
			continue
		}
		// (Checked before anything is built: the first letter and the length.)
		last := m.canon[sp+1:]
		r, _ := utf8.DecodeRuneInString(last)
		if n := utf8.RuneCountInString(last); unicode.ToLower(r) != w[0] || n < len(w)-1 || n > len(w)+1 {
			continue
		}
		if !nearMisspelling(w, []rune(strings.ToLower(last))) {
			continue
		}
		if found != "" {
			return noSpeaker // two people it could stand for
		}
		found = m.canon
	}
	if found == "" {
		return noSpeaker
	}
	return speaker{name: found, how: article.SpeakerCoreference}
}

// nearMisspelling reports whether w misspells the surname s (both lower case): the same first
// letter, and the same letters in another order, or s with one letter left out, or s with one
// letter added anywhere but at the end.
func nearMisspelling(w, s []rune) bool {
	if len(w) < 4 || len(s) < 4 || w[0] != s[0] || slices.Equal(w, s) {
		return false
	}
	switch len(w) - len(s) {
	case 0:
		if len(w) < 5 {
			return false
		}
		a, b := slices.Clone(w), slices.Clone(s)
		slices.Sort(a)
		slices.Sort(b)
		return slices.Equal(a, b)
	case -1:
		return dropsOne(s, w)
	case 1:
		return dropsOne(w, s) && !slices.Equal(w[:len(w)-1], s)
	}
	return false
}

// dropsOne reports whether short is long with exactly one letter left out.
func dropsOne(long, short []rune) bool {
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return slices.Equal(long[i+1:], short[i:])
}

// untaggedPerson reads a person the entity stage left untagged from a source phrase that
// apposes a role to two capitalised words ("said Kacey Fuller, the program director": an
// unknown given name and a surname that is also a common word): the role says the words name a
// person. Words the tagger read as anything, a role or title word, a stop word or a word of
// the grammar lists are no such name.
func (c *ctx) untaggedPerson(ss, se int) speaker {
	name := func(i int) bool {
		t := &c.toks[i]
		return c.nameWord(i) && isWord(t) && isCap(t) && lowerAfterFirst(t.Text) && c.mentionAt(i) == nil && c.placeAt(i) == nil &&
			!c.otherNameAt(i) && c.lx.class(t.Norm) == "" && !c.lx.p.Stopword(t.Norm) && c.lx.roleHead(t.Norm) == "" &&
			!c.lx.titleHead(t.Norm) && c.lx.months[t.Norm] == "" && c.lx.weekdays[t.Norm] == "" && !c.inMarks(t.Start)
	}
	if se-ss == 2 && name(ss) && name(ss+1) && se+2 < len(c.toks) && isPunct(&c.toks[se], ",") && c.definite(se+1) {
		// "Kacey Fuller, the clinic director.": the apposition after the phrase ends in a role.
		for h := se + 2; h < len(c.toks) && h < se+8 && c.sentOf[h] == c.sentOf[se]; h++ {
			if isWord(&c.toks[h]) {
				continue
			}
			if h > se+2 && c.lx.roleHead(c.toks[h-1].Norm) != "" && isLowerWord(&c.toks[h-1]) && !isPunct(&c.toks[h], "-") {
				return speaker{name: c.r.Slice(c.toks[ss].Start, c.toks[ss+1].End), how: article.SpeakerSubject}
			}
			if !isPunct(&c.toks[h], "-") {
				break
			}
		}
	}
	return noSpeaker
}
