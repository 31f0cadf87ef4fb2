package quote

import (
	"bufio"
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"

	"golang.org/x/text/unicode/norm"
)

// given maps a lower-case given name to the sex it mostly belongs to ('m' or 'f'); see
// internal/gengiven.
//
//go:generate go run ./internal/gengiven -out data/given.txt
//go:embed data/given.txt
var givenText string

var given = sync.OnceValue(func() map[string]byte {
	m := map[string]byte{}
	sc := bufio.NewScanner(strings.NewReader(givenText))
	for sc.Scan() {
		name, sex, ok := strings.Cut(sc.Text(), "\t")
		if ok && !strings.HasPrefix(name, "#") && sex != "" {
			m[name] = sex[0]
		}
	}
	return m
})

// names knows the people and organisations an article mentions: the fullest form of each name
// (the speaker names quotations carry), where each mention stands, and what the article says
// about each person's sex (a given name, "Frau", "die Ministerin"), so that pronouns and
// epithets can agree with their antecedent.
type names struct {
	full     map[string]string   // last word (normalised) -> fullest clean name with that last word
	all      map[string][]string // last word -> every clean multi-word name with it (two people may share a surname)
	mentions []mention           // in text order
	sex      map[string]byte     // canonical -> 'm', 'f', or 0 when unknown or contradictory
	// against: canonical -> the sex most of the text's contradicting evidence gives ("Torhüter
	// Elvira Berg" beside "Keeperin Berg" and "Elvira"), when sex is 0 for a contradiction.
	against map[string]byte
	// nounSexed: canonicals whose sex a title, role noun or apposition gives, not only the
	// given name.
	nounSexed map[string]bool
}

// mention is one person or organisation named in the text.
type mention struct {
	pos, end int // code points
	tok      int // first token
	canon    string
	org      bool
	sent     int
	block    int
	quoted   bool // inside quotation marks: a person spoken about, never the speaker
	shared   bool // a bare surname that several full names of the article share ("Trump" beside "Donald" and "Eric Trump")
}

type roleRef struct {
	pos   int
	canon string
	mod   string // what narrows the role: "kanzlei" of "Kanzleichef", "defense" of "defense minister"
	gen   string // whose role, by the genitive after it: "spd-fraktion" of "Sprecher der SPD-Fraktion"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// hasPlain reports whether some entity's last token is the plain form norm.
func (c *ctx) hasPlain(ents []ent, norm string) bool {
	for _, x := range ents {
		if c.toks[x.te-1].Norm == norm {
			return true
		}
	}
	return false
}

func trimGenitive(norm string) string {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(norm, suf) && len(norm) > len(suf)+1 {
			return strings.TrimSuffix(norm, suf)
		}
	}
	if len(norm) > 3 && strings.HasSuffix(norm, "s") {
		return strings.TrimSuffix(norm, "s")
	}
	return norm
}

// ent is a person or organisation entity with its token range.
type ent struct {
	e      article.Entity
	ts, te int
}

func buildNames(c *ctx) *names {
	n := &names{full: map[string]string{}, all: map[string][]string{}, sex: map[string]byte{}, against: map[string]byte{}, nounSexed: map[string]bool{}}
	var ents []ent
	surnames := c.fullSurnames()
	for _, e := range c.an.Entities {
		ts, te := c.tokAt(e.Start), c.tokAt(max(e.Start, e.End-1))+1
		if ts >= len(c.toks) || te > len(c.toks) || ts >= te {
			continue
		}
		if e.Type == article.EntityPerson && (c.twoSurnames(surnames, ts, te) || c.givenBesideName(surnames, ts, te)) {
			// "bezeichnete Ancelotti Kroos als …", "hielt Habeck Lang für …": the tagger glued
			// the surnames of two people of the article, subject and object side by side
			// after the verb; each is a name of its own.
			for k := ts; k < te; k++ {
				t := c.toks[k]
				one := e
				one.Start, one.End = t.Start, t.End
				one.Text = c.r.Slice(t.Start, t.End)
				one.Canonical = ""
				ents = append(ents, ent{e: one, ts: k, te: k + 1})
			}
			continue
		}
		if e.Type != article.EntityPerson && te-ts >= 2 && te-ts <= 4 && given()[c.toks[ts].Norm] != 0 && c.nameWord(te-1) {
			// A name of two to four words led by a given name is a person whatever the
			// tagger said ("Daralyn Durie" as a place, "Alexandria Ocasio-Cortez" as an
			// organisation).
			e.Type = article.EntityPerson
		}
		if e.Type != article.EntityPerson && e.Type != article.EntityOrganisation {
			continue
		}
		if te-ts == 1 && c.lx.notAName(c.toks[ts].Norm) {
			continue // "Friday", "But": tagger noise, never a speaker
		}
		if e.Type == article.EntityPerson && c.truncatedCompound(te) {
			// "laut dem Sprecher Haut- oder Atemwegsreizungen": half a compound noun ends no
			// person's name ("Landesbund für Vogel- und Naturschutz" is a body's)
			continue
		}
		if e.Type == article.EntityPerson && c.namesake(ts, te) {
			continue // "das Arthur Ashe Stadium": a thing named after a person
		}
		if e.Type == article.EntityPerson && te-ts == 1 && given()[c.toks[ts].Norm] != 0 {
			// "Diana zur Löwen" that the tagger cut after the given name: the particle and
			// the name word after it belong to the name.
			if k := te; k+1 < len(c.toks) && c.lx.nameParticle(c.toks[k].Norm) && c.toks[k].Norm != "zu" && isCap(&c.toks[k+1]) && c.toks[k].Start == c.toks[k-1].End+1 && c.toks[k+1].Start == c.toks[k].End+1 && c.taggedNameAt(k+1) {
				te = k + 2
				e.End = c.toks[k+1].End
			}
		}
		ents = append(ents, ent{e: e, ts: ts, te: te})
	}
	// The fullest clean form of each person's name, keyed by its last word: entity mentions
	// stripped of titles and role nouns ("Influencerin Diana" is Diana), never across a
	// common noun the tagger took in ("Winterkorn Drei Anklagen").
	seen := map[string]int{}    // how often each clean full form occurs
	spoke := map[string]bool{}  // the full forms a speech verb stands beside
	firstAt := map[string]int{} // where each clean full form is first given
	inEnt := make([]bool, len(c.toks))
	for _, x := range ents {
		for k := x.ts; k < x.te; k++ {
			inEnt[k] = true
		}
	}
	for _, x := range ents {
		if x.e.Type != article.EntityPerson {
			continue
		}
		ts, te := c.cleanName(x.ts, x.te)
		if ts < 0 {
			continue
		}
		name := c.r.Slice(c.toks[ts].Start, c.toks[te-1].End)
		norm := c.toks[te-1].Norm
		k := trimGenitive(norm)
		if k != norm && c.hasPlain(ents, k) {
			continue // "Schmyts": the genitive of a name the text also gives plainly
		}
		seen[name]++
		if p, ok := firstAt[name]; !ok || x.e.Start < p {
			firstAt[name] = x.e.Start
		}
		if e := te; ts > 0 && isLowerWord(&c.toks[ts-1]) && c.isSpeechVerb(ts-1) && c.sentOf[ts-1] == c.sentOf[ts] ||
			e < len(c.toks) && isLowerWord(&c.toks[e]) && c.isSpeechVerb(e) && c.sentOf[e] == c.sentOf[ts] {
			spoke[name] = true // ("erklärte Ricarda Louk", "Ricarda Louk sagte")
		}
		if old, ok := n.full[k]; !ok || !sameForm(old, name) && fuller(name, old, seen, c.lx.nameParticle) ||
			strings.Contains(name, " ") && sameForm(old, name) && old == strings.ToUpper(old) && name != strings.ToUpper(name) {
			n.full[k] = name // (a heading's capitals, "ILKAY GÜNDOGAN", are no fuller form)
		}
		if te-ts >= 2 && !containsForm(n.all[k], name) {
			n.all[k] = append(n.all[k], name)
		}
	}
	for k, all := range n.all {
		all = surnameForms(all, c.lx.nameParticle)
		n.all[k] = all
		// "Weltranglistenersten Sinner" once beside "Jannik Sinner" twice: a noun the tagger
		// took in, not a second person of that surname.
		var named []string
		for _, a := range all {
			if givenFirst(a, c.lx.nameParticle) || seen[a] >= 2 {
				named = append(named, a)
			}
		}
		if len(named) > 0 && len(named) < len(all) {
			n.all[k] = named
			best := named[0]
			for _, a := range named[1:] {
				if fuller(a, best, seen, c.lx.nameParticle) {
					best = a
				}
			}
			n.full[k] = best
		}
	}
	c.nicknames(n)
	fromEntities := len(ents) > 0
	if !fromEntities {
		// Without an entity extractor: runs of capitalised words ("Andrij Jermak", "Kim Jong Un").
		c.nameRuns(func(si, i, j int) {
			canon := c.r.Slice(c.toks[i].Start, c.toks[j-1].End)
			k := c.toks[j-1].Norm
			if old, ok := n.full[k]; !ok || len(canon) > len(old) {
				n.full[k] = canon
			}
		})
	}
	for _, x := range ents {
		org := x.e.Type == article.EntityOrganisation
		canon := x.e.Canonical
		if canon == "" {
			canon = x.e.Text
		}
		shared := false
		if org && x.te-x.ts == 1 && len(n.all[trimGenitive(c.toks[x.ts].Norm)]) > 1 {
			// "Weber selbst …" tagged an organisation beside "Karl" and "Erik Weber": maybe
			// the firm, maybe one of them; a person candidate all the same (see antecedent).
			shared = true
		}
		if !org {
			ts, te := c.cleanName(x.ts, x.te)
			if ts < 0 && c.knownSurname(n, x.ts, x.te) {
				ts, te = x.ts, x.te // "sagte Richter" after "Martin Richter"
			}
			if ts < 0 {
				continue
			}
			k := trimGenitive(c.toks[te-1].Norm)
			canon = n.lookup(k)
			main := ""
			if full := n.all[k]; len(full) > 1 && te-ts < 2 {
				main = mainForm(full, seen, spoke)
			}
			if main != "" {
				// "Martin Feifel" five times, his father "Gernot Feifel" once: the article is
				// about the one it names again and again, and so is its bare surname.
				canon = main
			} else if full := n.all[k]; len(full) > 1 && te-ts < 2 {
				// Two people share the surname ("Mark" and "Sebastian Ridley-Thomas"): the
				// text alone does not say which one a bare surname means.
				canon = c.r.Slice(c.toks[ts].Start, c.toks[te-1].End)
				shared = true
			} else if name := c.r.Slice(c.toks[ts].Start, c.toks[te-1].End); len(full) > 1 && contains(full, name) {
				canon = name // "Klaus Toppmöller" is not his son "Dino Toppmöller"
			} else if te-ts == 2 && strings.Contains(canon, " ") && name != canon && c.speechVerbBefore(ts) && c.givenElsewhere(n, ts, te) {
				// "sagte Mischa Zverev" beside "Alexander Zverev" all through the text, after
				// "Bruder Mischa und Sergej Bubka": the subject of a speech verb given in full
				// is the person so named, though his given name is one we do not know and he
				// is named in full once; the bare surname still means the fuller name.
				canon = name
			} else if g, _, _ := strings.Cut(canon, " "); te-ts == 2 && strings.Contains(canon, " ") && g != c.toks[ts].Text && ts > 0 && c.lx.roleHead(c.toks[ts-1].Norm) != "" && c.lx.class(c.toks[ts].Norm) == "" {
				// "sagte Hertha-Trainer Pal Dardai" beside his son "Palkó Dardai", named more
				// often: after a role noun the word before the surname is a given name, though
				// not one we know, and the one so named in full is that person; the bare
				// surname still means the fuller name.
				canon = name
			}
			if !strings.Contains(canon, " ") && te-ts == 1 && !(ts > 0 && given()[c.toks[ts].Norm] == 0 && !inEnt[ts-1] && c.nameWord(ts-1) && c.toks[ts].Start == c.toks[ts-1].End+1) {
				// (not "Fleetwood" of "Mick Fleetwood" that the tagger cut: no given name, after
				// a first name we do not know, so a surname, never "Fleetwood Mac")
				if full := n.full[k]; !strings.Contains(full, " ") {
					if full := n.byGiven(c.toks[ts].Norm); full != "" {
						canon = full // "Jannik" after "Jannik Sinner"
					} else if norm := c.toks[ts].Norm; k != norm && given()[norm] == 0 && given()[k] != 0 {
						if full := n.byGiven(k); full != "" {
							canon = full // "Heidis" after "Heidi Klum" (not "Andreas" after "Andrea Roth")
						}
					}
				} // (the surname of a full name of the article is no given name: "Trump" beside "Donald Trump" is not "Trump Jr.")
			}
			if canon == "" {
				canon = c.r.Slice(c.toks[ts].Start, c.toks[te-1].End)
			}
			canon = n.knownPrefix(canon)
		}
		n.mentions = append(n.mentions, mention{pos: x.e.Start, end: x.e.End, tok: x.ts, canon: canon, org: org,
			sent: c.sentOf[x.ts], block: c.blockOf(x.e.Start), quoted: c.inMarks(x.e.Start), shared: shared})
	}
	if fromEntities {
		covered := make([]bool, len(c.toks))
		for _, x := range ents {
			for k := x.ts; k < x.te; k++ {
				covered[k] = true
			}
		}
		// A name the tagger missed after a role or title ("die Influencerin Diana zur Löwen"):
		// a given name and further name words.
		for k := 1; k < len(c.toks); k++ {
			if covered[k] || !isCap(&c.toks[k]) || given()[c.toks[k].Norm] == 0 || c.inFurniture(k) {
				continue
			}
			end := k + 1
			for end < len(c.toks) && !covered[end] && (c.nameWord(end) || c.lx.nameParticle(c.toks[end].Norm) && end+1 < len(c.toks) && c.nameWord(end+1)) {
				end++
			}
			if end-k < 2 || !c.nameWord(end-1) {
				continue
			}
			if p := c.toks[k-1].Norm; c.lx.roleHead(p) == "" && !strings.HasPrefix(c.lx.class(p), "title") && !c.speechVerbName(k, end) || c.lx.namesakes[p] == "before" {
				continue // no role before it, or a party named after the person ("Bündnis Jana Krüger")
			}
			name := c.r.Slice(c.toks[k].Start, c.toks[end-1].End)
			key := trimGenitive(c.toks[end-1].Norm)
			if old, ok := n.full[key]; !ok || len([]rune(name)) > len([]rune(old)) {
				n.full[key] = name
			}
			t := &c.toks[k]
			n.mentions = append(n.mentions, mention{pos: t.Start, end: c.toks[end-1].End, tok: k, canon: name,
				sent: c.sentOf[k], block: c.blockOf(t.Start), quoted: c.inMarks(t.Start)})
			for j := k; j < end; j++ {
				covered[j] = true
			}
		}
		// A surname the tagger missed ("Durie said") after the full name was given.
		for k := range c.toks {
			if covered[k] {
				continue
			}
			// The look-up first: most words are no surname of a full name.
			canon, ok := n.full[c.toks[k].Norm]
			if !ok || !strings.Contains(canon, " ") || !c.nameWord(k) || c.inFurniture(k) {
				continue
			}
			if (k == 0 || c.sentOf[k-1] != c.sentOf[k]) && !strings.EqualFold(lastField(canon), c.toks[k].Text) && strings.EqualFold(lastField(canon), c.toks[k].Text+"s") {
				// "New officials get elected" beside "Kaiser Health News", which the tagger took
				// for a person: the word opening a sentence owes its capital to the sentence,
				// and it matches the surname only once the surname's final "s" is read as a
				// genitive; a different word, not the surname.
				continue
			}
			if p, ok := firstAt[canon]; ok && p > c.toks[k].Start {
				// The word comes before the full name is given: coreference never looks
				// forward, and a word that only reads as the surname later may be anything.
				continue
			}
			if k > 0 && isWord(&c.toks[k-1]) && (isLowerWord(&c.toks[k-1]) || c.sentOf[k-1] != c.sentOf[max(k-2, 0)] || k == 1) && c.lx.isDet(c.toks[k-1].Norm) {
				// "für eine Tour" beside "die Isabel Lang Tour 2024", which the tagger took
				// for a name: a common noun after an article, never the surname of a name; so
				// after the article that opens a sentence ("Die Bank erklärte" beside "Good
				// Banks", a term the tagger took for a person).
				continue
			}
			if (k+1 >= len(c.toks) || !c.nameWord(k+1)) && (k == 0 || !c.nameWord(k-1)) {
				t := &c.toks[k]
				n.mentions = append(n.mentions, mention{pos: t.Start, end: t.End, tok: k, canon: canon,
					sent: c.sentOf[k], block: c.blockOf(t.Start), quoted: c.inMarks(t.Start)})
			}
		}
		sort.Slice(n.mentions, func(i, j int) bool { return n.mentions[i].pos < n.mentions[j].pos })
	}
	if !fromEntities {
		c.nameRuns(func(si, i, j int) {
			st := c.toks[i].Start
			n.mentions = append(n.mentions, mention{pos: st, end: c.toks[j-1].End, tok: i, canon: n.full[c.toks[j-1].Norm],
				sent: si, block: c.blockOf(st), quoted: c.inMarks(st)})
		})
	}
	// A "person" the tagger also calls an organisation elsewhere ("Blue Origin") is an
	// organisation.
	orgs := map[string]bool{}
	for _, m := range n.mentions {
		if m.org {
			orgs[m.canon] = true
		}
	}
	for k := range n.mentions {
		if m := &n.mentions[k]; !m.org && orgs[m.canon] {
			m.org = true
		}
	}
	n.sexes(c)
	return n
}

// speechVerbName reports whether the words [k, end), a given name and one or two name words
// the tagger missed, stand right after a speech verb or right before one ("said Jay Reeve,
// the chair", "“…,” Sean Welsh told me"), when the article writes the surname again alone: a
// person who speaks. Only in a pack that lists lone given names, whose capitals mark names
// only; a place first, a body's noun in the run or a run in quotation marks name no person.
func (c *ctx) speechVerbName(k, end int) bool {
	if len(c.lx.loneNames) == 0 || end-k > 3 || c.placeAt(k) != nil || c.inMarks(c.toks[k].Start) {
		return false
	}
	for j := k; j < end; j++ {
		if c.lx.orgNoun(c.toks[j].Norm) || !lowerAfterFirst(c.toks[j].Text) {
			return false
		}
	}
	before := k > 0 && isLowerWord(&c.toks[k-1]) && c.isSpeechVerb(k-1) && c.sentOf[k-1] == c.sentOf[k]
	after := end < len(c.toks) && isLowerWord(&c.toks[end]) && c.isSpeechVerb(end) && c.sentOf[end] == c.sentOf[k]
	return (before || after) && c.surnameAlone(k, end)
}

// surnameAlone reports whether the article writes the last word of the run [k, end) again on
// its own, inside a sentence ("Reeve said" after "Jay Reeve"): the way a person's surname
// recurs, which a body's name ("Georgia Power") rarely does.
func (c *ctx) surnameAlone(k, end int) bool {
	last := c.toks[end-1].Norm
	for i := range c.toks {
		if i >= k && i < end || c.toks[i].Norm != last || !isCap(&c.toks[i]) || c.opensSentence(i) {
			continue
		}
		if (i == 0 || !c.nameWord(i-1)) && (i+1 >= len(c.toks) || !c.nameWord(i+1)) {
			return true
		}
	}
	return false
}

// nameRuns calls fn for each run [i, j) of two or more name words in sentence si, not opened
// by a capitalised stop word.
func (c *ctx) nameRuns(fn func(si, i, j int)) {
	for si := range c.sents {
		ss, se := c.sentRange(si)
		for i := ss; i < se; {
			j := i
			for j < se && c.nameWord(j) {
				j++
			}
			if j-i >= 2 && !(i == ss && c.lx.p.Stopword(c.toks[i].Norm)) && !(i > 0 && c.lx.namesakes[c.toks[i-1].Norm] == "before") {
				fn(si, i, j)
			}
			i = max(j, i+1)
		}
	}
}

// cleanName returns the tokens of a person mention [ts, te) without leading titles and role
// nouns and without a trailing possessive, cut before the first word that cannot be part of a
// name; -1, -1 when nothing of a name is left.
func (c *ctx) cleanName(ts, te int) (int, int) {
	// Titles and roles come before the name ("Assistant U.S. Attorney Lindsey Dotson").
	for k := te - 2; k >= ts; k-- {
		n := c.toks[k].Norm
		if c.lx.isDet(n) && k > ts && c.lx.nameParticle(c.toks[k-1].Norm) {
			if k+1 < te && (c.lx.orgNoun(c.toks[k+1].Norm) || c.speakingCompound(c.toks[k+1].Norm)) {
				te = k - 1 // "Michael Heinrich von der Polizeidirektion": where he works
				continue
			}
			continue // "von der Leyen", "Van der Bellen": the article belongs to the surname
		}
		if c.lx.roleHead(n) != "" || strings.HasPrefix(c.lx.class(n), "title") || c.lx.isDet(n) {
			ts = k + 1
			break
		}
	}
	for ts < te && c.toks[ts].Kind != article.TokWord {
		ts++
	}
	for k := ts; k < te; k++ {
		t := &c.toks[k]
		if isPunct(t, "-") || isPunct(t, "’") || isPunct(t, "'") || isPunct(t, ".") && k > ts && k+1 < te && c.initialAt(k-1) {
			continue // an initial's full stop: "J. D. Vance"
		}
		if t.Kind == article.TokWord && c.surnameAfterGiven(k, ts, te) {
			continue // "Martin Richter", "Stephan Weil": a surname that is also a common word
		}
		if t.Kind == article.TokWord && te-ts == 2 && k == ts+1 && isCap(t) && c.lx.media(t.Norm) && given()[c.toks[ts].Norm] != 0 {
			continue // "Joaquin Phoenix": a given name and a surname that also names a channel
		}
		if k == ts && k+2 < te && isCap(t) && c.lx.nameParticle(t.Norm) && !isCap(&c.toks[k+1]) && (c.lx.isDet(c.toks[k+1].Norm) || c.lx.nameParticle(c.toks[k+1].Norm)) {
			continue // "Von der Leyen" opening a sentence: the particle is capitalised there
		}
		if t.Kind != article.TokWord || (isCap(t) && !c.nameInside(k, k == ts)) || (!isCap(t) && !c.lx.nameParticle(t.Norm) && !(c.lx.isDet(t.Norm) && k > ts && c.lx.nameParticle(c.toks[k-1].Norm))) {
			te = k
			break
		}
	}
	for te > ts && (c.toks[te-1].Kind != article.TokWord || c.lx.nameParticle(c.toks[te-1].Norm)) {
		te--
	}
	if ts >= te {
		return -1, -1
	}
	return ts, te
}

// namesake reports whether the person name [ts, te) names a thing after a person: a noun
// such as "Stadion" or "Preis" ends it or follows it ("Arthur Ashe Stadium").
func (c *ctx) namesake(ts, te int) bool {
	if k := ts - 1; k >= 0 && isCap(&c.toks[k]) && c.lx.namesakes[c.toks[k].Norm] == "before" {
		return true // "das Bündnis Sahra Wagenknecht": a party named after her
	}
	for _, k := range []int{te - 1, te} {
		if k == te-1 && te-ts < 3 {
			continue // "Mick Hall": a surname, not "Hall"
		}
		if k > ts && k < len(c.toks) && isCap(&c.toks[k]) {
			if v, ok := c.lx.namesakes[c.toks[k].Norm]; ok && v != "before" {
				return true
			}
		}
	}
	return false
}

// surnameAfterGiven reports whether token k, the last of a person mention [ts, te), is a
// surname that is also a common word, a role or a conjunction ("Richter", "Weil", "Koch"):
// the tagger put it in the name right after a given name.
func (c *ctx) surnameAfterGiven(k, ts, te int) bool {
	if k != te-1 || k == ts || !isCap(&c.toks[k]) || given()[c.toks[k-1].Norm] == 0 || !isCap(&c.toks[k-1]) {
		return false
	}
	n := c.toks[k].Norm
	_, num := c.lx.numbers[n]
	// A quantifier ("Mark Few", "Ann Many") can be a surname; an article cannot.
	return !num && (!c.lx.isDet(n) || c.lx.class(n) == "indef") && !c.lx.media(n) && !c.lx.titleHead(n) && given()[n] == 0
}

// speechVerbBefore reports whether the word right before token k is a speech verb in lower case
// ("sagte Mischa Zverev").
// truncatedCompound reports whether the word before token k is half a compound whose rest the
// next word ends ("Haut- oder Atemwegsreizungen", "Ein- und Ausgang"): it ends in a hyphen and
// a lower-case word follows.
func (c *ctx) truncatedCompound(k int) bool {
	return k > 0 && k < len(c.toks) && strings.HasSuffix(c.toks[k-1].Text, "-") && isLowerWord(&c.toks[k])
}

func (c *ctx) speechVerbBefore(k int) bool {
	if k == 0 || !isLowerWord(&c.toks[k-1]) {
		return false
	}
	_, ok := c.lx.verbs[c.toks[k-1].Norm]
	return ok
}

// givenElsewhere reports whether the first word of the two-word name [ts, te) is a given name
// by the text's own use: it is no particle, the surname no genitive, and elsewhere the word
// stands alone as a name after a noun ("Bruder Mischa und …"), which a role noun that the text
// puts before a surname ("Stadtbrandmeister Schwarz") or another person's surname ("nannte
// Höcke Voigt") does not.
func (c *ctx) givenElsewhere(n *names, ts, te int) bool {
	first, last := &c.toks[ts], &c.toks[te-1]
	if !isCap(first) || !isWord(first) || c.lx.nameParticle(first.Norm) || trimGenitive(last.Norm) != last.Norm || strings.Contains(n.full[first.Norm], " ") {
		return false
	}
	for k := 1; k+1 < len(c.toks); k++ {
		if k == ts || c.toks[k].Norm != first.Norm || c.toks[k].Text != first.Text {
			continue
		}
		p, nx := &c.toks[k-1], &c.toks[k+1]
		if isWord(p) && isCap(p) && c.lx.class(p.Norm) == "" && !c.lx.isDet(p.Norm) && c.toks[k].Start == p.End+1 && isLowerWord(nx) {
			return true
		}
	}
	return false
}

// nameInside reports whether the capitalised token k can continue a name the entity tagger
// found: any capitalised word but articles, roles, titles, media, numbers and, at the start, stop
// words ("Stephan Weil" keeps "Weil"; "Winterkorn Drei Anklagen" ends before "Drei").
func (c *ctx) nameInside(k int, first bool) bool {
	t := &c.toks[k]
	if first {
		return c.nameWord(k)
	}
	_, num := c.lx.numbers[t.Norm]
	return !num && !c.lx.isDet(t.Norm) && c.lx.roleHead(t.Norm) == "" && !c.lx.titleHead(t.Norm) && !c.lx.media(t.Norm) &&
		(c.lx.class(t.Norm) == "" || !c.lx.p.Stopword(t.Norm)) && !c.isVerbForm(t.Norm)
}

// sexes records what the text says about each person's sex: the given name, a title or a
// role noun before a mention ("Frau Berger", "Ministerin Anna Berger"), or an apposition
// after it ("Anna Berger, die Ministerin"). Contradicting evidence leaves it unknown.
func (n *names) sexes(c *ctx) {
	votes := map[string][2]int{}
	lone := map[string]bool{}
	vote := func(canon string, s byte) {
		v := votes[canon]
		switch s {
		case 'm':
			v[0]++
		case 'f':
			v[1]++
		}
		votes[canon] = v
	}
	for _, m := range n.mentions {
		if m.org {
			continue
		}
		if f := strings.Fields(m.canon); len(f) > 1 {
			vote(m.canon, givenSex(m.canon, c.lx.nameParticle))
		} else if full := n.all[trimGenitive(strings.ToLower(m.canon))]; len(full) > 1 {
			// A surname several people share: their sex, when they all have the same.
			var sex byte
			for i, name := range full {
				s := given()[strings.ToLower(strings.Fields(name)[0])]
				if i > 0 && s != sex {
					sex = 0
					break
				}
				sex = s
			}
			vote(m.canon, sex)
		} else if len(full) == 0 {
			lone[m.canon] = true
		}
		// A title or role noun right before the mention.
		ss, se := c.sentRange(m.sent)
		if k := m.tok - 1; k >= ss {
			if s := c.nounSex(k); s != 0 {
				vote(m.canon, s)
				n.nounSexed[m.canon] = true
			}
		}
		// "Name, die Ministerin" / "Name, der Sprecher".
		end := c.tokAt(max(m.pos, m.end-1)) + 1
		if end+1 < se && isPunct(&c.toks[end], ",") && c.lx.isDet(c.toks[end+1].Norm) {
			for k := end + 2; k < se && k <= end+4; k++ {
				if s := c.nounSex(k); s != 0 {
					vote(m.canon, s)
					n.nounSexed[m.canon] = true
					break
				}
			}
		}
	}
	for canon := range lone {
		if v := votes[canon]; v[0] == 0 && v[1] == 0 {
			// "Nicole", "Anna-Maria": a person the text calls by a given name alone, never
			// by a fuller name, is of that name's usual sex, unless a title or role says
			// otherwise ("Umweltministerin Walker").
			vote(canon, n.loneGiven(c, canon))
		}
	}
	for canon, v := range votes {
		switch {
		case v[0] > 0 && v[1] == 0:
			n.sex[canon] = 'm'
		case v[1] > 0 && v[0] == 0:
			n.sex[canon] = 'f'
		case v[0] > v[1]:
			n.against[canon] = 'm'
		case v[1] > v[0]:
			n.against[canon] = 'f'
		}
	}
}

// nounSex returns the sex a title or role noun at token k gives its bearer ("Frau", "Mr",
// "Ministerin" f, "Minister" m), or 0.
func (c *ctx) nounSex(k int) byte {
	t := &c.toks[k]
	if t.Kind != article.TokWord {
		return 0
	}
	switch c.lx.class(t.Norm) {
	case "title:m":
		return 'm'
	case "title:f":
		return 'f'
	}
	if !isCap(t) && c.lx.roleHead(t.Norm) == "" {
		return 0
	}
	if sex, ok := c.lx.epithet(t.Norm); ok && sex != 0 {
		return sex
	}
	if h := c.lx.roleHead(t.Norm); h != "" {
		switch c.lx.roles[h] {
		case "m":
			return 'm'
		case "f":
			return 'f'
		}
	}
	return 0
}

// nameWord reports whether token i can be part of a personal name.
func (c *ctx) nameWord(i int) bool {
	switch c.nameCache[i] {
	case 1:
		return true
	case 2:
		return false
	}
	ok := c.nameWordUncached(i)
	c.nameCache[i] = 2
	if ok {
		c.nameCache[i] = 1
	}
	return ok
}

func (c *ctx) nameWordUncached(i int) bool {
	t := &c.toks[i]
	// The single look-ups first, the suffix scans last; a determiner has a class.
	return t.Kind == article.TokWord && isCap(t) && c.lx.class(t.Norm) == "" && !c.lx.p.Stopword(t.Norm) &&
		!c.isVerbForm(t.Norm) && !c.lx.phraseWords[t.Norm] &&
		c.lx.roleHead(t.Norm) == "" && !c.lx.titleHead(t.Norm) && !c.lx.media(t.Norm)
}

// knownSurname reports whether the one-token person mention [ts, te) is the surname of a
// person the article names in full ("Richter" after "Martin Richter"), and not a common noun
// after an article ("der Richter").
func (c *ctx) knownSurname(n *names, ts, te int) bool {
	if te-ts != 1 || !isCap(&c.toks[ts]) || (ts > 0 && c.lx.isDet(c.toks[ts-1].Norm)) {
		return false
	}
	full := n.full[trimGenitive(c.toks[ts].Norm)]
	return strings.Contains(full, " ")
}

// taggedNameAt reports whether the tagger took token k alone for a place or a person ("Löwen"
// of "Diana zur Löwen"): a name word, not a common noun ("Fritz von Emotionen") or a club.
func (c *ctx) taggedNameAt(k int) bool {
	for _, e := range c.an.Entities {
		if (e.Type == article.EntityPlace || e.Type == article.EntityPerson) && e.Start == c.toks[k].Start && e.End == c.toks[k].End {
			return true
		}
	}
	return false
}

// mainForm returns the form of all (full names that share a surname) the text gives at least
// three times when it gives each other form once and never beside a speech verb, else "": a
// relative named once in passing ("Sohn des Mediziners Gernot Feifel") leaves the bare
// surname to the article's person; one who speaks ("erklärte Ricarda Louk", the mother of the
// article's "Shani Louk") may be whom "so Louk weiter" means.
func mainForm(all []string, seen map[string]int, spoke map[string]bool) string {
	main := ""
	for _, a := range all {
		switch {
		case seen[a] >= 3 && main == "":
			main = a
		case seen[a] != 1 || spoke[a]:
			return ""
		}
	}
	return main
}

// containsForm reports whether list holds name in the same letters but for case and
// diacritics: "THIBAUT COURTOIS" in a heading, "Zinedine Zidane" beside "Zinédine Zidane" and
// "Lebron James" beside "LeBron James" are one person, not two who share the surname.
func containsForm(list []string, name string) bool {
	for _, s := range list {
		if sameForm(s, name) {
			return true
		}
	}
	return false
}

// sameForm reports whether a and b are the same letters but for case and diacritics. Names
// in plain ASCII, most of them, are compared without building folded copies.
func sameForm(a, b string) bool {
	if isASCII(a) && isASCII(b) {
		return strings.EqualFold(a, b)
	}
	return foldForm(a) == foldForm(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldForm returns s in lower case without its diacritics.
func foldForm(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// givenFirst reports whether the name opens with a known given name ("Jannik Sinner").
// surnameForms drops from all the forms that open with a particle and are the end of another
// ("Von der Leyen" beside "Ursula von der Leyen", "de la Fuente" beside "Luis de la Fuente"): a
// surname with its particles is the same person, not a second one of that surname.
func surnameForms(all []string, particle func(string) bool) []string {
	if len(all) < 2 {
		return all
	}
	var out []string
	for _, a := range all {
		f := strings.Fields(a)
		part := false
		if len(f) == 0 || !particle(strings.ToLower(f[0])) {
			out = append(out, a)
			continue
		}
		for _, b := range all {
			if len(b) > len(a) && strings.HasSuffix(strings.ToLower(b), " "+strings.ToLower(a)) {
				part = true
				break
			}
		}
		if !part {
			out = append(out, a)
		}
	}
	return out
}

func givenFirst(name string, particle func(string) bool) bool {
	if givenSex(name, particle) != 0 {
		return true
	}
	// A hyphenated given name of known parts ("Hans-Joachim Wirtz" beside his son "Florian
	// Wirtz") leads a name as well; its sex is left to the text.
	f, _, _ := strings.Cut(name, " ")
	return strings.Contains(f, "-") && loneGivenSex(f) != 0
}

// loneGiven returns the usual sex of the given name canon when the text calls a person by it
// alone: no fuller name of the text opens with it ("Eva" beside "Eva Roth"), and no mention of
// it stands beside another name word, a particle or a given name ("Lutz van der Horst",
// "Wolfram Günther", "First Lady") that the tagger cut off, whose bearer may be of either sex.
func (n *names) loneGiven(c *ctx, canon string) byte {
	sex := loneGivenSex(canon)
	if sex == 0 {
		return 0
	}
	for _, full := range n.all {
		for _, name := range full {
			if f, _, _ := strings.Cut(name, " "); strings.EqualFold(f, canon) {
				return 0
			}
		}
	}
	for i := range n.mentions {
		m := &n.mentions[i]
		if m.canon != canon {
			continue
		}
		if k := c.tokAt(max(m.pos, m.end-1)) + 1; k < len(c.toks) && isWord(&c.toks[k]) && c.toks[k].Start == c.toks[k-1].End+1 &&
			(isCap(&c.toks[k]) || c.lx.nameParticle(c.toks[k].Norm)) {
			return 0
		}
		if k := m.tok - 1; k >= 0 && isWord(&c.toks[k]) && isCap(&c.toks[k]) && c.toks[m.tok].Start == c.toks[k].End+1 && !c.opensSentence(k) &&
			c.nounSex(k) == 0 && c.lx.roleHead(c.toks[k].Norm) == "" {
			return 0
		}
	}
	return sex
}

// loneGivenSex returns the usual sex of the given name word, each part of a hyphenated one
// ("Anna-Maria") agreeing, or 0.
func loneGivenSex(word string) byte {
	var sex byte
	for i, p := range strings.Split(strings.ToLower(word), "-") {
		s := given()[p]
		if s == 0 || i > 0 && s != sex {
			return 0
		}
		sex = s
	}
	return sex
}

// givenSex returns the sex of the given name that leads name, 0 when no given name leads it. A
// capitalised particle before a lowercase word opens a surname ("Von der Leyen" opening a
// sentence), though "Von" is also a given name in the census tables.
func givenSex(name string, particle func(string) bool) byte {
	f := strings.Fields(name)
	if len(f) < 2 {
		return 0
	}
	first := strings.ToLower(f[0])
	if particle(first) && f[1] == strings.ToLower(f[1]) {
		return 0
	}
	if s := given()[first]; s != 0 || !strings.Contains(first, "-") {
		return s
	}
	// "Frank-Walter Steinmeier", "Marie-Agnes Strack-Zimmermann": a hyphenated given name
	// the lists do not hold whole has the sex its parts agree on.
	return loneGivenSex(first)
}

// fuller reports whether name is a fuller form than old: one led by a given name beats one
// that is not ("Jannik Sinner" over "Weltranglistenersten Sinner"), then a form the text
// gives more than once, else the longer wins.
func fuller(name, old string, seen map[string]int, particle func(string) bool) bool {
	if g, h := givenFirst(name, particle), givenFirst(old, particle); g != h {
		return g
	}
	if a, b := seen[name] >= 2, seen[old] >= 2; a != b && strings.Contains(name, " ") && strings.Contains(old, " ") {
		return a // the form the text repeats ("Jannik Sinner" twice, "Italiener Sinner" once)
	}
	return len([]rune(name)) > len([]rune(old))
}

// nicknames maps a nickname the article gives with a full name to that name, so that the
// nickname alone later is the same person (of the given name's sex): one in quotation marks
// between a given name and a surname ("Jens „Knossi“ Knossalla") or one after "alias" on
// either side of a full name ("Jens Knossalla alias Knossi", "Knossi alias Jens Knossalla").
// A nickname that is the surname of someone else the article names is left alone.
func (c *ctx) nicknames(n *names) {
	set := func(nick *article.Token, full string) {
		k := nick.Norm
		if old, ok := n.full[k]; ok && strings.Contains(old, " ") && old != full {
			return // "Müller alias Thomas Berg" beside a Hans Müller: not ours to merge
		}
		n.full[k] = full
	}
	// fullAt returns the full name whose last word is token j when tokens i..j are name words
	// led by a given name, else "".
	fullAt := func(i, j int) string {
		if i < 0 || j >= len(c.toks) || j-i < 1 || j-i > 3 || given()[c.toks[i].Norm] == 0 {
			return ""
		}
		for k := i; k <= j; k++ {
			if !c.nameWord(k) {
				return ""
			}
		}
		if full := n.full[c.toks[j].Norm]; strings.Contains(full, " ") && strings.EqualFold(strings.Fields(full)[0], c.toks[i].Text) {
			return full
		}
		return c.r.Slice(c.toks[i].Start, c.toks[j].End)
	}
	lone := func(k int) bool { // a single capitalised word, no part of a longer name
		return k >= 0 && k < len(c.toks) && isWord(&c.toks[k]) && isCap(&c.toks[k]) && given()[c.toks[k].Norm] == 0 &&
			!c.lx.isDet(c.toks[k].Norm) && !c.lx.p.Stopword(c.toks[k].Norm) && c.lx.roleHead(c.toks[k].Norm) == ""
	}
	for k := 0; k+4 < len(c.toks); k++ {
		t := c.toks[k : k+5]
		if isQuoteMark(&t[1]) && isQuoteMark(&t[3]) && given()[t[0].Norm] != 0 && isCap(&t[0]) && lone(k+2) && c.nameWord(k+4) &&
			t[1].Start == t[0].End+1 && t[2].Start == t[1].End && t[3].Start == t[2].End && t[4].Start == t[3].End+1 {
			set(&t[2], t[0].Text+" "+t[4].Text)
		}
	}
	for k := 1; k+1 < len(c.toks); k++ {
		if c.toks[k].Norm != "alias" {
			continue
		}
		// "Jens Knossalla alias Knossi": the nickname stands alone after it.
		if lone(k+1) && (k+2 >= len(c.toks) || !c.nameWord(k+2)) {
			for i := k - 2; i >= max(0, k-4); i-- {
				if full := fullAt(i, k-1); full != "" {
					set(&c.toks[k+1], full)
					break
				}
			}
		}
		// "Knossi alias Jens Knossalla".
		if lone(k-1) && (k < 2 || !c.nameWord(k-2)) {
			for j := k + 2; j <= min(len(c.toks)-1, k+4); j++ {
				if full := fullAt(k+1, j); full != "" && (j+1 >= len(c.toks) || !c.nameWord(j+1)) {
					set(&c.toks[k-1], full)
					break
				}
			}
		}
	}
}

// knownPrefix returns the full name of the article that canon starts with when canon runs on
// past it ("Hannes Jaenicke Herzensprojekte", a noun the tagger took in), else canon.
func (n *names) knownPrefix(canon string) string {
	f := strings.Fields(canon)
	if len(f) < 3 {
		return canon
	}
	for k := len(f) - 1; k >= 2; k-- {
		pre := strings.Join(f[:k], " ")
		if n.full[strings.ToLower(f[k-1])] == pre {
			return pre
		}
	}
	return canon
}

// byGiven returns the one full name of the article that starts with the given name g, or ""
// when there is none or several ("Jannik" for "Jannik Sinner").
func (n *names) byGiven(g string) string {
	found := ""
	for _, full := range n.full {
		f := strings.Fields(full)
		if len(f) >= 2 && strings.ToLower(f[0]) == g {
			if found != "" && found != full {
				return ""
			}
			found = full
		}
	}
	return found
}

func (n *names) lookup(norm string) string {
	if g := trimGenitive(norm); g != norm {
		if v, ok := n.full[g]; ok {
			return v
		}
	}
	return n.full[norm]
}

// indexNames records, per token, the mention and the place or other entity that cover it, so
// that the questions below cost one slice read.
func (c *ctx) indexNames() {
	c.mentionOf = make([]int32, len(c.toks))
	c.placeOf = make([]int32, len(c.toks))
	c.otherName = make([]bool, len(c.toks))
	for i := range c.mentionOf {
		c.mentionOf[i], c.placeOf[i] = -1, -1
	}
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		for i := c.tokAt(m.pos); i < len(c.toks) && c.toks[i].Start < m.end; i++ {
			if c.mentionOf[i] < 0 {
				c.mentionOf[i] = int32(k)
			}
		}
	}
	for k := range c.an.Entities {
		e := &c.an.Entities[k]
		if e.Type == article.EntityPerson || e.Type == article.EntityOrganisation {
			continue
		}
		for i := c.tokAt(e.Start); i < len(c.toks) && c.toks[i].Start < e.End; i++ {
			if e.Type == article.EntityPlace {
				if c.placeOf[i] < 0 {
					c.placeOf[i] = int32(k)
				}
			} else {
				c.otherName[i] = true
			}
		}
	}
}

// mentionAt returns the person or organisation mention that covers token i, or nil.
func (c *ctx) mentionAt(i int) *mention {
	if i < 0 || i >= len(c.mentionOf) || c.mentionOf[i] < 0 {
		return nil
	}
	return &c.names.mentions[c.mentionOf[i]]
}

// placeAt returns the place entity covering token i, or nil.
func (c *ctx) placeAt(i int) *article.Entity {
	if i < 0 || i >= len(c.placeOf) || c.placeOf[i] < 0 {
		return nil
	}
	return &c.an.Entities[c.placeOf[i]]
}

// otherNameAt reports whether token i lies in a name that is no person, organisation or
// place (a law, an event, an amount): such a name never speaks.
func (c *ctx) otherNameAt(i int) bool {
	return i >= 0 && i < len(c.otherName) && c.otherName[i]
}

// buildRoles maps role head nouns to the people the article gives them: "Präsident Wolodymyr
// Selenskyj", "Andrij Jermak, der Kanzleichef von Selenskyj", "Der Chef des Büros, Andrij
// Jermak,", "Steffen Müller, Leiter der Abteilung".
func buildRoles(c *ctx) map[string][]roleRef {
	roles := map[string][]roleRef{}
	for i := range c.toks {
		t := &c.toks[i]
		if t.Kind != article.TokWord || !isCap(t) || c.inFurniture(i) || c.inMarks(t.Start) {
			// Inside quotation marks a role noun ties no one ("„… welcher Spieler Charakter
			// hat“").
			continue
		}
		h := c.lx.roleHead(t.Norm)
		if h == "" {
			continue
		}
		si := c.sentOf[i]
		ss, se := c.sentRange(si)
		canon := ""
		// Title + name.
		j := i + 1
		for j < se && c.nameWord(j) {
			j++
		}
		if j > i+1 {
			canon = c.personIn(i+1, j)
		}
		// Name, [der] [adjectives] ROLE
		if canon == "" {
			k := i - 1
			for k > ss && (adjLike(c.toks[k].Norm) && isLowerWord(&c.toks[k])) {
				k--
			}
			if k > ss && c.lx.isDet(c.toks[k].Norm) {
				k--
			}
			if k > ss && isPunct(&c.toks[k], ",") && c.nameWord(k-1) {
				canon = c.personIn(k-1, k)
			}
		}
		// Der ROLE des ..., Name,
		if canon == "" {
			for k := i + 1; k < se && k < i+8; k++ {
				if isPunct(&c.toks[k], ",") {
					m := k + 1
					for m < se && c.nameWord(m) {
						m++
					}
					if m > k+1 && (m >= se || isPunct(&c.toks[m], ",") || c.isVerb(m, ss, se)) {
						canon = c.personIn(k+1, m)
					}
					break
				}
				if c.isVerb(k, ss, se) {
					break
				}
			}
		}
		if canon != "" {
			roles[h] = append(roles[h], roleRef{pos: t.Start, canon: canon, mod: c.roleMod(i), gen: c.roleGen(i)})
		} else if k := i - 1; k >= ss && c.lx.class(c.toks[k].Norm) == "indef" {
			// "eines Bahnsprechers": someone in that role the text does not name; a later
			// "der Sprecher" is more likely this one than a named one before.
			roles[h] = append(roles[h], roleRef{pos: t.Start, mod: c.roleMod(i), gen: c.roleGen(i)})
		}
	}
	return roles
}

// roleMod returns what narrows the role noun at token i: the rest of a compound
// ("kanzlei" of "Kanzleichef"), or the noun before it ("defense" of "defense minister",
// "security" of "Security Minister"); "" when nothing does.
func (c *ctx) roleMod(i int) string {
	n := c.toks[i].Norm
	h := c.lx.roleHead(n)
	mod := n
	// The head may carry a genitive's s ("des Insolvenzverwalters"); another ending (a
	// plural's "Experten") keeps the whole word as the modifier, which ties to nobody.
	for _, w := range []string{n, strings.TrimSuffix(n, "s")} {
		if strings.HasSuffix(w, h) {
			mod = strings.TrimRight(strings.TrimSuffix(w, h), "-")
			break
		}
	}
	if mod == "" && i > 0 && c.sentOf[i-1] == c.sentOf[i] {
		// The word before in the same sentence only: a heading's last word ("… mit
		// Napoli-Wechsel" over "Trainer Karl Berti hat …") narrows nothing.
		p := &c.toks[i-1]
		// A speech verb before the role ("erklärte Coach Karl Berg") narrows nothing.
		if p.Kind == article.TokWord && !c.isVerbForm(p.Norm) && !c.lx.isDet(p.Norm) && !c.lx.p.Stopword(p.Norm) && c.lx.roleHead(p.Norm) == "" {
			mod = p.Norm
		}
	}
	return mod
}

// roleGen returns the organisation whose role the noun at token i is, by the genitive after it
// ("SPD" of "der Sprecher der SPD-Fraktion"), or "". A unit without a name ("Leiter der
// Abteilung …", later "Leiter der Insolvenzforschung") says nothing.
func (c *ctx) roleGen(i int) string {
	if i+2 >= len(c.toks) {
		return ""
	}
	switch d := &c.toks[i+1]; d.Norm {
	case "der", "des":
		if !isLowerWord(d) {
			return ""
		}
	default:
		return ""
	}
	if m := c.mentionAt(i + 2); m != nil && m.org {
		return m.canon
	}
	if i+3 < len(c.toks) && isWord(&c.toks[i+2]) && isCap(&c.toks[i+2]) && c.mentionAt(i+2) == nil {
		// "der Chef des Zulieferers AVL List": the kind of body, then its name.
		if m := c.mentionAt(i + 3); m != nil && m.org && m.pos == c.toks[i+3].Start {
			return m.canon
		}
	}
	return ""
}

// personIn returns the name of the person named by tokens [ts, te), or "".
func (c *ctx) personIn(ts, te int) string {
	for i := te - 1; i >= ts; i-- {
		if m := c.mentionAt(i); m != nil {
			if m.org {
				return ""
			}
			return m.canon
		}
	}
	if len(c.an.Entities) > 0 {
		return ""
	}
	// Without entities: a run of two or more name words, or a known surname.
	if v := c.names.lookup(c.toks[te-1].Norm); v != "" {
		return v
	}
	if te-ts >= 2 {
		return c.r.Slice(c.toks[ts].Start, c.toks[te-1].End)
	}
	return ""
}

// fullSurnames maps the last word of each person's name the article gives in two words or more
// without titles or roles ("Carlo Ancelotti") to that name; a name whose first word is the last word of another such
// name ("Ancelotti Kroos") is two surnames glued, not a full name.
func (c *ctx) fullSurnames() map[string]string {
	type span struct{ ts, te int }
	var full []span
	last := map[string]bool{}
	for _, e := range c.an.Entities {
		if e.Type != article.EntityPerson {
			continue
		}
		ts, te := c.tokAt(e.Start), c.tokAt(max(e.Start, e.End-1))+1
		if ts >= len(c.toks) || te > len(c.toks) || te-ts < 2 {
			continue
		}
		if ts, te = c.cleanName(ts, te); ts < 0 || te-ts < 2 {
			continue // "Vater Gjert": a role and one name
		}
		full = append(full, span{ts, te})
		last[c.toks[te-1].Norm] = true
	}
	out := map[string]string{}
	for _, x := range full {
		if !last[c.toks[x.ts].Norm] {
			out[c.toks[x.te-1].Norm] = c.r.Slice(c.toks[x.ts].Start, c.toks[x.te-1].End)
		}
	}
	return out
}

// twoSurnames reports whether the two words [ts, te) are the surnames of two different people
// the article names in full elsewhere, the second maybe in the genitive ("Hülkenberg
// Russells"), the first is no given name, and the article writes the two side by side once.
func (c *ctx) twoSurnames(surnames map[string]string, ts, te int) bool {
	if te-ts != 2 || given()[c.toks[ts].Norm] != 0 || c.toks[ts+1].Start != c.toks[ts].End+1 {
		return false
	}
	a, ok := surnames[c.toks[ts].Norm]
	if !ok {
		return false
	}
	second := c.toks[ts+1].Norm
	b, ok := surnames[second]
	if !ok && strings.HasSuffix(second, "s") {
		b, ok = surnames[strings.TrimSuffix(second, "s")]
	}
	if !ok || a == b {
		return false
	}
	// "Gjert Ingebrigtsen" again and again beside "Vater Gjert" is one man's full name; two
	// people side by side meet once.
	return c.personMentions(c.r.Slice(c.toks[ts].Start, c.toks[ts+1].End)) == 1
}

// personMentions counts the person entities written exactly as name.
func (c *ctx) personMentions(name string) int {
	n := 0
	for _, e := range c.an.Entities {
		if e.Type == article.EntityPerson && e.Text == name {
			n++
		}
	}
	return n
}

// givenBesideName reports whether the two words [ts, te) are a given name that stands for
// someone the article names in full with another surname and, side by side with it once, the
// name of a second person: "Am Abend lernt Lena Brandt kennen" beside "Lena Sommer" and
// "Lena" alone, and "Brandt" alone elsewhere. The tagger glued subject and object into one
// name; each is a name of its own.
func (c *ctx) givenBesideName(surnames map[string]string, ts, te int) bool {
	if te-ts != 2 || given()[c.toks[ts].Norm] == 0 || c.toks[ts+1].Start != c.toks[ts].End+1 {
		return false
	}
	g, second := c.toks[ts].Norm, c.toks[ts+1].Norm
	other := false
	for last, full := range surnames {
		// full opens with the given name and a space: "Lena Sommer" for "lena" (compared in
		// place, since this runs over every surname for every name).
		if last != second && len(full) > len(g) && full[len(g)] == ' ' && strings.EqualFold(full[:len(g)], g) {
			other = true
			break
		}
	}
	if !other {
		return false
	}
	pair := c.r.Slice(c.toks[ts].Start, c.toks[ts+1].End)
	if c.personMentions(pair) != 1 {
		return false
	}
	// Each word is also a name alone ("Amy" for the one named in full, "Blake" for the
	// other): "Thomas Tuchel" once beside "Thomas Müller", then "Tuchel" alone, is one man's
	// name, for nobody is "Thomas" alone.
	aloneG, aloneS := false, false
	for _, e := range c.an.Entities {
		if k := c.tokAt(e.Start); e.Type == article.EntityPerson && k != ts && k < len(c.toks) && c.tokAt(max(e.Start, e.End-1)) == k {
			aloneG = aloneG || c.toks[k].Norm == g
			aloneS = aloneS || c.toks[k].Norm == second
		}
	}
	return aloneG && aloneS
}

// lastField returns the last space-separated word of name ("News" of "Health News").
func lastField(name string) string {
	return name[strings.LastIndexByte(name, ' ')+1:]
}
