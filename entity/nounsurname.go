package entity

import (
	"strings"

	"crosscheck/article"
)

// articleNounSurnames makes whole a person's name whose surname is also a common noun
// ("Roland Kaiser", "Hauke Wahl", "Alexander König", "Juli Zeh"): the tagger, which has
// learned such words as nouns, stops at the given name ("Roland") or finds no name at all,
// and a quotation's speaker then becomes a given name alone or nobody ("so König").
// A given name followed by a simple noun of the dictionary is read as one name when the
// article shows it is one: a role noun stands before the given name ("Abwehrchef Hauke
// Wahl", "Meteorologe Alexander König"), or the article writes the same two words together
// at least twice and the surname alone as a name ("so Kaiser"). Without that evidence the noun may begin a new phrase ("Als Maria Angst
// bekam"), and a compound noun is never taken ("Sängerin Adele Konzertkarten").
func articleNounSurnames(ms []mention, sents [][]word, infoss [][]tokInfo, r *article.Runes, rw *ruleWords, wd *wordData) []mention {
	if wd == nil {
		return ms
	}
	given := func(t *tokInfo) bool { return t.first || t.lex&lxFirst != 0 }
	beforeNoun := func(lower string) bool { // an article, a determiner or a possessive
		return rw.nameArticles[lower] || rw.determiners[lower] || rw.possessives[lower]
	}
	// candidate reports whether words i, i+1 of sentence si may be a given name and a
	// surname that is a noun.
	candidate := func(si, i int) bool {
		ws, ti := sents[si], infoss[si]
		if i+1 >= len(ws) || !given(&ti[i]) || ti[i].hyphen || ti[i].dict&1 != 0 || isAllCaps(ti[i].lower) || isAllCaps(ws[i].text) {
			// (A given name that is also a lower-case word of the language is too often
			// the word: "In", "Von", "Man", "Rosa".)
			return false
		}
		n := &ti[i+1]
		if !n.upper || n.hyphen || given(n) || n.lex&lxSur != 0 || ws[i+1].start != ws[i].end+1 {
			return false // (a surname of the lists the tagger already reads as one)
		}
		if n.dict&2 == 0 || dictCompound(n.lower, wd) || len([]rune(n.lower)) < 3 {
			return false
		}
		g := gazOnce()
		if stem := strings.TrimSuffix(ti[i].lower, "s"); stem != ti[i].lower && (g.kind[stem]&gFirst != 0 || g.lexLookup(stem)&lxFirst != 0) {
			return false // "Peters Hof", "Kates Erkrankung": a genitive
		}
		return !rw.stop(n.lower)
	}
	// The pairs the article writes, and those it writes after a determiner or a possessive
	// once at least: "die Love Parade", "ihrer Eras Tour" name no one.
	pairs, banned := map[string]int{}, map[string]bool{}
	for si, ws := range sents {
		for i := range ws {
			if candidate(si, i) {
				k := infoss[si][i].lower + " " + infoss[si][i+1].lower
				pairs[k]++
				if i > 0 && beforeNoun(infoss[si][i-1].lower) {
					banned[k] = true
				}
			}
		}
	}
	if len(pairs) == 0 {
		return ms
	}
	// The surname alone, outside the pair and after no determiner or possessive ("so
	// König", "Kaiser sagte"): the article uses it as a name.
	alone := map[string]bool{}
	for si, ws := range sents {
		ti := infoss[si]
		for i := range ws {
			if ti[i].upper && (i == 0 || !given(&ti[i-1]) && !beforeNoun(ti[i-1].lower) && !ti[i-1].upper) {
				alone[ti[i].lower] = true
			}
		}
	}
	// Mentions by sentence, to find what covers a word.
	bySent := map[int][]int{}
	for k, m := range ms {
		bySent[m.sent] = append(bySent[m.sent], k)
	}
	covering := func(si, i int) (int, bool) {
		w := sents[si][i]
		for _, k := range bySent[si] {
			if ms[k].start < w.end && ms[k].end > w.start {
				return k, true
			}
		}
		return -1, false
	}
	var added []mention
	for si, ws := range sents {
		ti := infoss[si]
		for i := range ws {
			if !candidate(si, i) {
				continue
			}
			k := ti[i].lower + " " + ti[i+1].lower
			role := i > 0 && ti[i-1].upper && (ti[i-1].role != 0 || ti[i-1].hyphen && leadNoun(ws[i-1].text, &ti[i-1], rw, wd))
			if banned[k] || !role && (pairs[k] < 2 || !alone[ti[i+1].lower]) {
				continue
			}
			if _, in := covering(si, i+1); in {
				continue // the noun is part of a name already ("Schulze Solano")
			}
			if kg, in := covering(si, i); !in {
				added = append(added, mention{start: ws[i].start, end: ws[i+1].end, typ: article.EntityPerson, sent: si, hasFirst: true})
			} else if m := &ms[kg]; m.typ == article.EntityPerson && m.sub == "" && m.start == ws[i].start && m.end == ws[i].end {
				m.end, m.canon, m.hasFirst = ws[i+1].end, "", true
			}
		}
	}
	if len(added) > 0 {
		ms = dedupe(append(ms, added...))
	}
	return ms
}
