package entity

import (
	"strings"

	"crosscheck/article"
)

// articleRunOnNames splits a person's name that runs on into the surname of another person
// ("griff Armin Laschet Chrupalla an": Armin Laschet, then Chrupalla). German puts an
// object before its subject, so two people's names meet without a word between them, and
// the tagger reads one long name. A mention of three or four words is cut after its second
// when all of these hold: the first word is a given name, the second is none; the words
// after it are the surname of another person the article names in full ("Tino Chrupalla")
// without the second word and with another given name; the second word is a surname (the
// lexicon's, or one the article uses alone) or a role stands before the name; and the
// article nowhere else writes the second word and the last together.
// "Hans Peter Müller" (two given names) and "Gabriel García Márquez" (written so again
// as "García Márquez") stay one name.
func articleRunOnNames(ms []mention, sents [][]word, infoss [][]tokInfo, r *article.Runes) []mention {
	type span struct{ a, b int } // word indexes in the mention's sentence
	long := false
	for _, m := range ms {
		long = long || m.typ == article.EntityPerson && m.sub == "" && strings.Count(r.Slice(m.start, m.end), " ") >= 2
	}
	if !long {
		return ms
	}
	words := func(m mention) (span, bool) {
		a, b, ok := mentionWords(m, sents)
		return span{a, b}, ok
	}
	// Full names by their last word, and the capitalised words the article writes outside
	// every name of several words (a surname used alone: the resolver makes those mentions
	// later, so the words are read, not the mentions).
	full := map[string][]string{} // last word -> lower-cased full names
	inName := map[int][]span{}
	for _, m := range ms {
		if m.typ != article.EntityPerson || m.sub != "" {
			continue
		}
		s, ok := words(m)
		if !ok || s.b-s.a < 2 {
			continue
		}
		ti := infoss[m.sent]
		full[ti[s.b-1].lower] = append(full[ti[s.b-1].lower], strings.ToLower(r.Slice(m.start, m.end)))
		inName[m.sent] = append(inName[m.sent], s)
	}
	alone := map[string]bool{}
	for si, ti := range infoss {
	words:
		for i := range ti {
			if !ti[i].upper {
				continue
			}
			for _, s := range inName[si] {
				if s.a <= i && i < s.b {
					continue words
				}
			}
			alone[ti[i].lower] = true
		}
	}
	var added []mention
	for k := range ms {
		m := &ms[k]
		if m.typ != article.EntityPerson || m.sub != "" {
			continue
		}
		s, ok := words(*m)
		if !ok || s.b-s.a < 3 || s.b-s.a > 4 {
			continue
		}
		ws, ti := sents[m.sent], infoss[m.sent]
		g, sur := &ti[s.a], &ti[s.a+1]
		if !(g.first || g.lex&lxFirst != 0) || sur.first || sur.lex&lxFirst != 0 {
			continue
		}
		plain := true
		for i := s.a; i < s.b; i++ {
			plain = plain && ti[i].upper && !ti[i].particle && (i == s.a || ws[i].start == ws[i-1].end+1)
		}
		if !plain {
			continue
		}
		tail := strings.ToLower(r.Slice(ws[s.a+2].start, m.end))
		other, together := false, 0
		for _, f := range full[ti[s.b-1].lower] {
			// (Another person: not one of the same given name with a nickname between,
			// "Andrea Kiwi Kiewel" and "Andrea Kiewel".)
			other = other || strings.HasSuffix(f, " "+tail) && !strings.Contains(" "+f+" ", " "+sur.lower+" ") && !strings.HasPrefix(f, g.lower+" ")
			if strings.HasSuffix(f, " "+sur.lower+" "+tail) || f == sur.lower+" "+tail {
				together++
			}
		}
		// The second word is a surname (the lexicon's, or one the article uses alone), or a
		// role stands before the name ("CDU-Politiker Armin Laschet Chrupalla"): a middle
		// name of a relative ("Mutter Mary Gen Ledecky", "Jack Blues Bieber") has neither.
		known := sur.lex&lxSur != 0 || alone[sur.lower] || m.roleCue
		if !other || !known || together > 1 {
			continue // (together counts the mention itself)
		}
		added = append(added, mention{start: ws[s.a+2].start, end: m.end, typ: article.EntityPerson, sent: m.sent, hasFirst: s.b-s.a == 4})
		m.end, m.hasFirst = ws[s.a+1].end, true
	}
	if len(added) > 0 {
		ms = dedupe(append(ms, added...))
	}
	return ms
}

// mentionWords returns the words [a, b) of m's sentence that m covers exactly, or false when
// its ends fall inside words.
func mentionWords(m mention, sents [][]word) (a, b int, ok bool) {
	if m.sent >= len(sents) {
		return 0, 0, false
	}
	ws := sents[m.sent]
	a, b = wordStarting(ws, m.start), wordEnding(ws, m.end)
	if a < 0 || b < a || ws[a].start != m.start || ws[b].end != m.end {
		return 0, 0, false
	}
	return a, b + 1, true
}

// articleGenitiveRunOn cuts from a person's mention of three words or more a last word that
// is the genitive of the surname of a person the article names in full, when a common noun
// follows it: in "lobte Jan van Berg Hubers Talent" (Karl Huber named before) the talent is
// Huber's and van Berg speaks. Without the cut the mention reads as one name, which the
// resolver then takes for Huber, the person praised or criticised.
func articleGenitiveRunOn(ms []mention, sents [][]word, infoss [][]tokInfo, r *article.Runes) []mention {
	full := map[string][]string{} // last word -> lower-cased full names of several words
	for _, m := range ms {
		a, b, ok := mentionWords(m, sents)
		if m.typ != article.EntityPerson || m.sub != "" || !ok || b-a < 2 {
			continue
		}
		last := infoss[m.sent][b-1].lower
		full[last] = append(full[last], strings.ToLower(r.Slice(m.start, m.end)))
	}
	if len(full) == 0 {
		return ms
	}
	for k := range ms {
		m := &ms[k]
		a, e, ok := mentionWords(*m, sents)
		if m.typ != article.EntityPerson || m.sub != "" || !ok || e-a < 3 || e >= len(sents[m.sent]) {
			continue
		}
		ws, ti, b := sents[m.sent], infoss[m.sent], e-1 // b: the last word
		stem, ok := strings.CutSuffix(ti[b].lower, "s")
		if !ok || !ti[b].upper || len([]rune(stem)) < 3 {
			continue
		}
		other := false
		for _, f := range full[stem] {
			// Another person: not this one's own genitive ("George R. R. Martins Bücher").
			other = other || !strings.HasPrefix(f, ti[a].lower+" ")
		}
		if !other {
			continue
		}
		if n := &ti[b+1]; !n.upper || n.dict&2 == 0 || n.first || n.lex != 0 || ws[b+1].start != ws[b].end+1 {
			continue // the word after is no common noun: "Hubers" may be a name of its own
		}
		m.end, m.canon = ws[b-1].end, ""
	}
	return ms
}
