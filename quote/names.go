package quote

import (
	"strings"

	"crosscheck/article"
)

// names resolves surnames to the fullest name the article gives. It prefers the entity
// extractor's canonical names and falls back to runs of capitalised words (so quotes can be
// attributed even when no entity extractor ran).
type names struct {
	full     map[string]string // last word (normalised) -> canonical
	mentions []mention         // person mentions in text order, for pronouns
}

type mention struct {
	pos   int
	canon string
}

type roleRef struct {
	pos   int
	canon string
}

func trimGenitive(norm string) string {
	if len(norm) > 3 && (strings.HasSuffix(norm, "s") || strings.HasSuffix(norm, "’s")) {
		return strings.TrimSuffix(strings.TrimSuffix(norm, "’s"), "s")
	}
	return norm
}

func buildNames(c *ctx) *names {
	n := &names{full: map[string]string{}}
	for _, e := range c.an.Entities {
		if e.Type != article.EntityPerson && e.Type != article.EntityOrganisation {
			continue
		}
		canon := e.Canonical
		if canon == "" {
			canon = e.Text
		}
		f := strings.Fields(canon)
		if len(f) == 0 {
			continue
		}
		k := c.lx.p.Normalize(f[len(f)-1])
		if old, ok := n.full[k]; !ok || len(canon) > len(old) {
			n.full[k] = canon
		}
		if e.Type == article.EntityPerson {
			n.mentions = append(n.mentions, mention{pos: e.Start, canon: canon})
		}
	}
	fromEntities := len(n.full) > 0
	// Runs of capitalised words ("Andrij Jermak", "Kim Jong Un"), outside role words.
	for si := range c.an.Sentences {
		ss, se := c.sentRange(si)
		for i := ss; i < se; {
			j := i
			for j < se && c.nameWord(j) {
				j++
			}
			if j-i >= 2 && !(i == ss && c.lx.p.Stopword(c.toks[i].Norm)) {
				s, e := c.toks[i].Start, c.toks[j-1].End
				canon := c.r.Slice(s, e)
				k := c.toks[j-1].Norm
				if _, ok := n.full[k]; !ok || (!fromEntities && len(canon) > len(n.full[k])) {
					n.full[k] = canon
				}
				if !fromEntities {
					n.mentions = append(n.mentions, mention{pos: s, canon: canon})
				}
			}
			i = max(j, i+1)
		}
	}
	return n
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
	return t.Kind == article.TokWord && isCap(t) && !c.lx.isDet(t.Norm) && !c.lx.p.Stopword(t.Norm) &&
		c.lx.roleHead(t.Norm) == "" && !c.lx.titleHead(t.Norm) && !c.isVerbForm(t.Norm) && !c.lx.phraseWords[t.Norm]
}

func (n *names) lookup(norm string) string {
	if g := trimGenitive(norm); g != norm {
		if v, ok := n.full[g]; ok {
			return v
		}
	}
	return n.full[norm]
}

// canonOf returns the canonical name for the words [ts, te): an entity overlapping them, or
// the fullest name ending in their last capitalised word.
func (c *ctx) canonOf(ts, te int) string {
	if ts < 0 || te <= ts {
		return ""
	}
	s, e := c.toks[ts].Start, c.toks[te-1].End
	best, place := -1, -1
	lo, hi := c.ents.Around(s, e)
	for k := lo; k < hi; k++ {
		en := c.an.Entities[k]
		if en.End <= s || en.Start >= e {
			continue
		}
		if en.Type == article.EntityPlace {
			place = k
			continue
		}
		if en.Type != article.EntityPerson && en.Type != article.EntityOrganisation {
			// Money, figures and other names never speak ("200 Millionen Euro").
			return ""
		}
		if best < 0 || (en.Type == article.EntityPerson && c.an.Entities[best].Type != article.EntityPerson) || en.Start > c.an.Entities[best].Start {
			best = k
		}
	}
	if best >= 0 {
		if c.an.Entities[best].Canonical != "" {
			return c.an.Entities[best].Canonical
		}
		return c.an.Entities[best].Text
	}
	if place >= 0 {
		// A country or city standing alone as the source acts through its government
		// ("Deutschland hat … zugesichert"); inside a longer phrase it only qualifies a
		// common noun ("die Führung Deutschlands").
		if !c.onlyEntity(ts, te, c.an.Entities[place]) {
			return ""
		}
		if c.an.Entities[place].Canonical != "" {
			return c.an.Entities[place].Canonical
		}
		return c.an.Entities[place].Text
	}
	if ts > 0 && c.toks[ts-1].Kind == article.TokNumber {
		return "" // "200 Millionen Euro": a measure, not a name
	}
	for i := te - 1; i >= ts; i-- {
		if c.nameWord(i) {
			if v := c.names.lookup(c.toks[i].Norm); v != "" {
				return v
			}
			// A name with no fuller form in the article counts when it is more than one
			// word; a single capitalised word may be any German noun.
			j := i
			for j > ts && c.nameWord(j-1) {
				j--
			}
			if j < i {
				return c.r.Slice(c.toks[j].Start, c.toks[i].End)
			}
			return ""
		}
	}
	return ""
}

// onlyEntity reports whether the words [ts, te) are the entity en and determiners around it.
func (c *ctx) onlyEntity(ts, te int, en article.Entity) bool {
	for i := ts; i < te; i++ {
		t := &c.toks[i]
		if t.Start >= en.Start && t.End <= en.End {
			continue
		}
		if !c.lx.isDet(t.Norm) {
			return false
		}
	}
	return true
}

// buildRoles maps role head nouns to the people the article gives them: "Präsident Wolodymyr
// Selenskyj", "Andrij Jermak, der Kanzleichef von Selenskyj", "Der Chef des Büros, Andrij
// Jermak,".
func buildRoles(c *ctx) map[string][]roleRef {
	roles := map[string][]roleRef{}
	for i := range c.toks {
		t := &c.toks[i]
		if t.Kind != article.TokWord || !isCap(t) {
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
			canon = c.canonOf(i+1, j)
		}
		// Name, der ROLE
		if canon == "" {
			k := i - 1
			for k > ss && (adjLike(c.toks[k].Norm) && isLowerWord(&c.toks[k])) {
				k--
			}
			if k > ss && c.lx.isDet(c.toks[k].Norm) && isPunct(&c.toks[k-1], ",") && k-2 >= ss && c.nameWord(k-2) {
				canon = c.canonOf(k-2, k-1)
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
						canon = c.canonOf(k+1, m)
					}
					break
				}
				if c.isVerb(k, ss, se) {
					break
				}
			}
		}
		if canon != "" && len(strings.Fields(canon)) >= 1 {
			roles[h] = append(roles[h], roleRef{pos: t.Start, canon: canon})
		}
	}
	return roles
}

// resolve returns the canonical speaker named by source words [ss, se) of a quote at off in
// sentence si: a name, a role the article has tied to a name, or a pronoun.
func (c *ctx) resolve(ss, se, off, si int) string {
	if ss < 0 || se <= ss {
		return ""
	}
	last := &c.toks[se-1]
	if se-ss == 1 {
		if _, ok := c.lx.pronoun(last.Norm); ok {
			if p := c.prevSpeaker(off, si, 3); p != nil {
				return p.q.Speaker
			}
			return c.lastPerson(c.toks[ss].Start)
		}
	}
	if h := c.lx.roleHead(last.Norm); h != "" {
		refs := c.roles[h]
		pos := c.toks[ss].Start
		best := ""
		for _, r := range refs {
			if r.pos < pos {
				best = r.canon
			}
		}
		if best == "" && len(refs) > 0 {
			best = refs[0].canon
		}
		if best != "" {
			return best
		}
		// An unnamed role ("ein Sprecher"): the speaker is not named.
		return ""
	}
	return c.canonOf(ss, se)
}

func (c *ctx) hasName(ts, te int) bool {
	for i := ts; i < te; i++ {
		if c.nameWord(i) {
			return true
		}
	}
	return false
}

// lastPerson returns the most recent person mentioned before off.
func (c *ctx) lastPerson(off int) string {
	best := ""
	bestPos := -1
	for _, m := range c.names.mentions {
		if m.pos < off && m.pos > bestPos {
			best, bestPos = m.canon, m.pos
		}
	}
	return best
}
