package story

import (
	"sort"
	"strings"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/entity"
)

// speakerBook says, for each speaker name a story's quotations give, which person or body
// it is: the name shown (the fullest the story's articles write), the entity type, and the
// other names the articles give the same speaker ("Sinner" and "Jannik Sinner" are one
// person).
type speakerBook struct {
	shown map[string]string   // name as the quotation stage gives it -> name shown
	typ   map[string]string   // name shown -> entity type ("" when no entity has the name)
	as    map[string][]string // name shown -> other names given to the same speaker
}

// nameInfo is what the story's articles say of one canonical name.
type nameInfo struct {
	name    string
	words   []string // lower case
	typ     string
	key     string // entity key of a person: the skeleton of the surname
	mention int    // how often the articles name it
	speaker bool
}

// speakers groups the speakers of the story's quotations by person: a surname alone, a
// name with a title or a misspelt surname joins the one full name of the story's articles
// it can stand for (the same person key, the entity stage's alias of a surname, or one
// letter off in a long surname), and a name that could stand for two people stays as it
// is. Names are compared with every person the articles name, not only speakers, so a
// speaker called "Sinner" everywhere still shows as "Jannik Sinner" when an article names
// him in full.
func (bd *build) speakers() *speakerBook {
	infos := map[string]*nameInfo{}
	types := map[string]map[string]int{}
	get := func(n string) *nameInfo {
		x := infos[n]
		if x == nil {
			x = &nameInfo{name: n, words: strings.Fields(strings.ToLower(n))}
			infos[n] = x
		}
		return x
	}
	// A body's common noun alone ("Polizei", "Ministerium") is whichever police or ministry
	// each article means; it joins no longer name ("Leipziger Polizei" in one article is not
	// the police of another city in the next).
	generic := map[string]bool{}
	read := map[string]bool{} // languages whose lists are in generic
	for _, d := range bd.docs {
		if d.pack != nil && !read[d.a.Language] {
			read[d.a.Language] = true
			for _, list := range []string{"quote_bodies", "quote_orgnouns"} {
				for w := range d.pack.Words(list) {
					generic[w] = true
				}
			}
		}
		for _, e := range d.an.Entities {
			if e.Canonical == "" || e.Subtype != "" {
				continue
			}
			x := get(e.Canonical)
			x.mention++
			if types[e.Canonical] == nil {
				types[e.Canonical] = map[string]int{}
			}
			types[e.Canonical][e.Type]++
		}
		for _, q := range d.an.Quotes {
			if q.Speaker != "" {
				get(q.Speaker).speaker = true
			}
		}
	}
	names := make([]string, 0, len(infos))
	for n, x := range infos {
		x.typ = mostCommon(types[n])
		if (x.typ == article.EntityPerson || x.typ == "" && x.speaker) && !(len(x.words) == 1 && generic[x.words[0]]) {
			x.key = entity.Key(article.EntityPerson, n)
		}
		names = append(names, n)
	}
	sort.Strings(names)
	// A "full name" whose first word is another person's surname is two names run
	// together by the tagger ("Höcke Voigt" beside "Björn Höcke"): no one to join.
	// A last word that opens a person's name the articles write more often is that person's
	// given name, run on to the name before it ("Marc Etzold Donald" beside 62 "Donald Trump"):
	// no surname.
	opens := map[string]int{}
	for _, x := range infos {
		if x.typ == article.EntityPerson && len(x.words) > 1 {
			opens[x.words[0]] = max(opens[x.words[0]], x.mention)
		}
	}
	surnames := map[string]bool{}
	for _, x := range infos {
		if last := x.words[len(x.words)-1]; x.typ == article.EntityPerson && len(x.words) > 1 && opens[last] <= x.mention {
			surnames[last] = true
		}
	}
	runTogether := func(x *nameInfo) bool { return len(x.words) > 1 && surnames[x.words[0]] }
	// Persons (and speakers the tagger did not type) are joined to the longer names they
	// can stand for; a short name that fits two people joins neither.
	sets := newDisjoint(len(names))
	at := map[string]int{}
	for i, n := range names {
		at[n] = i
	}
	for i, short := range names {
		s := infos[short]
		if s.key == "" {
			continue
		}
		var fits []int
		for j, long := range names {
			l := infos[long]
			if i == j || !personLike(l) || runTogether(l) || len(l.words) < len(s.words) || len(l.words) == len(s.words) && l.mention <= s.mention {
				continue
			}
			if samePerson(s, l) {
				fits = append(fits, j)
			}
		}
		if len(fits) == 0 && len(s.words) == 1 && s.speaker && !surnames[s.words[0]] {
			// A first name alone ("Roland (reported): …") stands for the one person of
			// the story who has it, when no one has it as a surname.
			for j, long := range names {
				l := infos[long]
				if l.typ == article.EntityPerson && len(l.words) > 1 && !runTogether(l) && l.words[0] == s.words[0] {
					fits = append(fits, j)
				}
			}
		}
		if len(fits) == 0 {
			continue
		}
		// Every fitting name must be one person: they share their first names.
		one := true
		for _, j := range fits[1:] {
			if !samePerson(infos[names[j]], infos[names[fits[0]]]) && !samePerson(infos[names[fits[0]]], infos[names[j]]) {
				one = false
			}
		}
		if one {
			for _, j := range fits {
				sets.union(i, j)
			}
		}
	}
	book := &speakerBook{shown: map[string]string{}, typ: map[string]string{}, as: map[string][]string{}}
	for _, set := range sets.sets() {
		// The name shown: of the full names (two words or more), the one the articles
		// write most ("Ronald Koeman", not "Bondscoach Ronald Koeman"), then the longest.
		best := names[set[0]]
		for _, k := range set[1:] {
			n := names[k]
			b, x := infos[best], infos[n]
			bf, xf := len(b.words) > 1, len(x.words) > 1
			if xf && !bf || xf == bf && (x.mention > b.mention || x.mention == b.mention && len(x.words) > len(b.words)) {
				best = n
			}
		}
		typ := infos[best].typ
		for _, k := range set {
			n := names[k]
			if !infos[n].speaker {
				continue
			}
			book.shown[n] = best
			if n != best {
				book.as[best] = append(book.as[best], n)
			}
		}
		book.typ[best] = typ
	}
	return book
}

// personLike reports whether a name is a person's: typed so by the entity stage, or a full
// name that speaks without a type ("Donald Trump" as a quotation's speaker where the articles'
// entities write only "Trump"), which a surname alone may stand for as much as any other.
func personLike(x *nameInfo) bool {
	return x.typ == article.EntityPerson || x.typ == "" && x.speaker && len(x.words) > 1
}

// samePerson reports whether name s can stand for the longer name l of a person: its words
// are l's last words ("Sinner", "Dominique Lebrun" of "Monsignore Dominique Lebrun"), or its
// first words are l's and its surname has l's person key or is one letter off a long one
// ("Nancy Faser" for "Nancy Faeser", "Seldaczek" for "Esther Sedlaczek").
func samePerson(s, l *nameInfo) bool {
	if len(s.words) == 0 || len(l.words) < len(s.words) {
		return false
	}
	off := len(l.words) - len(s.words)
	for k := 0; k < len(s.words)-1; k++ {
		if s.words[k] != l.words[off+k] && (k > 0 || s.words[0] != l.words[0]) {
			return false
		}
	}
	sl, ll := s.words[len(s.words)-1], l.words[len(l.words)-1]
	if sl == ll {
		return true
	}
	if utf8.RuneCountInString(sl) < 4 {
		return false
	}
	if s.key != "" && s.key == l.key {
		return true
	}
	return utf8.RuneCountInString(sl) >= 6 && damerau(sl, ll) <= 1
}

// damerau is the optimal string alignment distance of a and b: insertions, deletions,
// substitutions and swaps of two neighbouring letters.
func damerau(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			c := 1
			if x[i-1] == y[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// shownSpeaker reports whether quotations of a speaker of this type are shown: persons,
// organisations, and speakers no entity names (a body such as "die Polizei"); a place or a
// thing ("Frankreich", "Olympia") does not speak, so a quotation given to one has lost its
// speaker.
func shownSpeaker(typ string) bool {
	return typ == "" || typ == article.EntityPerson || typ == article.EntityOrganisation
}
