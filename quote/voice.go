package quote

import (
	"strings"

	"crosscheck/article"
)

// portraitSpeaker returns the one person who speaks in a portrait or an interview: every
// quotation of the article that names a speaker names the same person, at least one of them
// with a cue or a subject of its own, and the title or the lead names them. "" when the article
// gives voice to anyone else, or to no one we can name.
func (c *ctx) portraitSpeaker() string {
	p, cued := "", false
	for k := range c.out {
		q := &c.out[k].q
		if q.Speaker == "" || !q.Direct && (c.mediumNamed(q.Speaker) || c.plainMediumName(q.Speaker)) {
			// "Wie die Bild berichtet, …": a medium passing on news is no voice of the piece.
			continue
		}
		if p != "" && q.Speaker != p {
			return ""
		}
		p = q.Speaker
		if q.Direct && (q.Cue != nil || q.SpeakerHow == article.SpeakerSubject) {
			cued = true
		}
	}
	if p == "" || !cued || c.orgName(p) || c.names.sex[p] == 0 {
		return ""
	}
	surname := p
	if i := strings.LastIndexByte(p, ' '); i >= 0 {
		surname = p[i+1:]
	}
	about := strings.Contains(c.a.Title, surname)
	for i := range c.names.mentions {
		m := &c.names.mentions[i]
		if m.org || m.block > 0 {
			continue
		}
		if !strings.HasSuffix(" "+m.canon, " "+surname) {
			if strings.Contains(c.r.Slice(m.pos, m.end), " ") {
				// "Barbora Krejčíková besiegt Jasmine Paolini": a title about two people;
				// the one quoted so far may be the wrong one of them. A first name alone
				// ("Silvia am Sonntag") is a show's more often than a person's.
				return ""
			}
			continue
		}
		about = true
	}
	for i := range c.names.mentions {
		if m := &c.names.mentions[i]; m.canon == p && m.block == 1 {
			about = true
		}
	}
	if !about {
		return ""
	}
	return p
}

// portraitVoice gives the direct quotations without a cue, source or speaker of a portrait or
// interview to the one person who speaks in it (portraitSpeaker): paragraph after paragraph of
// their words in marks with no "sagte", the answers of an interview, a pull quote. Only a
// quotation that is a whole paragraph or a whole sentence of its own counts (words in marks
// inside the writer's sentence may be a title or a term), never one in the title, and only
// where no one else is named in its paragraph or the one before: there the words may be
// someone else's.
func (c *ctx) portraitVoice() {
	p := c.portraitSpeaker()
	if p == "" {
		return
	}
	c.portraitPronouns(p)
	for k := range c.out {
		f := &c.out[k]
		q := &f.q
		if !q.Direct || q.Partial || q.Speaker != "" || q.Cue != nil || q.Source != nil {
			continue
		}
		ts, te := c.tokAt(q.Start), c.tokAt(q.End-1)+1
		if ts < 1 || te >= len(c.toks) || te-ts < 4 || c.blockOf(q.Start) < 1 || !c.wholeSentence(ts-1, te) {
			continue
		}
		if c.headingLike(ts, te) || c.titleLike(ts, te) || c.workTitle(ts, te) {
			continue
		}
		if c.otherPersonNear(q.Start, q.End, p) || c.namedWithin(q.Start, q.End, p) || c.otherVoiceBefore(k, p) {
			continue
		}
		q.Speaker, q.SpeakerHow = p, article.SpeakerCoreference
	}
}

// wholeSentence reports whether the quotation marks at open and close enclose a sentence of
// their own: the opening mark starts its sentence and the closing one ends it, with at most a
// full stop after it.
func (c *ctx) wholeSentence(open, close int) bool {
	si := c.sentOf[open]
	if si < 0 || c.sentOf[close] != si {
		return false
	}
	ss, se := c.sentRange(si)
	if open != ss {
		return false
	}
	return close+1 == se || close+2 == se && isPunct(&c.toks[close+1], ".")
}

// otherPersonNear reports whether a person other than p is named outside quotation marks in the
// paragraph of the quotation [s, e) (by name, or before it by a role noun of the other sex), or
// in the paragraph before after the last time p was named or quoted there ("Peter Kloeppel und
// Ulrike von der Groeben sind froh … „…“, sagt Kloeppel." leaves him the last voice).
func (c *ctx) otherPersonNear(s, e int, p string) bool {
	b := c.blockOf(s)
	lastP, lastOther := -1, -1
	for i := range c.names.mentions {
		m := &c.names.mentions[i]
		if m.org || m.block < b-1 || m.block > c.blockOf(e) || m.quoted || c.inMarks(m.pos) {
			continue
		}
		switch {
		case m.canon == p:
			if m.pos < s {
				lastP = max(lastP, m.pos)
			}
		case m.block == b:
			return true
		default:
			lastOther = max(lastOther, m.pos)
		}
	}
	for k := c.tokAt(c.a.Blocks[b].Start); k < len(c.toks) && c.toks[k].Start < s; k++ {
		if sex := c.roleSex(k); sex != 0 && c.names.sex[p] != 0 && sex != c.names.sex[p] && !c.inMarks(c.toks[k].Start) {
			return true // "Die Verkehrsministerin wäre dafür. „…“" after his words: she may speak
		}
	}
	if b > 0 {
		for k := c.tokAt(c.a.Blocks[b-1].Start); k < len(c.toks) && c.toks[k].Start < s; k++ {
			if t := &c.toks[k]; c.opensSentence(k) && c.mentionAt(k) == nil && isCap(t) && given()[t.Norm] != 0 && !c.lx.p.Stopword(t.Norm) &&
				!c.inMarks(t.Start) && !strings.Contains(" "+strings.ToLower(p)+" ", " "+t.Norm+" ") {
				return true // "Rebecca, quoted at the start, …": a given name the tagger missed opens a sentence
			}
		}
	}
	for k := range c.out {
		if q := &c.out[k].q; q.Speaker == p && q.End <= s && c.blockOf(q.Start) >= b-1 {
			lastP = max(lastP, q.Start)
		}
	}
	return lastOther > lastP
}

// namedWithin reports whether the quotation [s, e) names p itself, by any word of the name
// ("Ich bin so froh, dass Jürgen ein Roter ist", the fans' song about him): someone speaks of
// them.
func (c *ctx) namedWithin(s, e int, p string) bool {
	words := strings.Fields(p)
	for k := c.tokAt(s); k < len(c.toks) && c.toks[k].Start < e; k++ {
		if t := &c.toks[k]; isCap(t) && isWord(t) {
			for _, w := range words {
				if strings.EqualFold(strings.TrimSuffix(t.Text, "s"), w) || strings.EqualFold(t.Text, w) {
					return true
				}
			}
		}
	}
	return false
}

// otherVoiceBefore reports whether the quotation before the k-th one, in its paragraph or the
// one before, is someone else's: another speaker's, or one without a speaker whose speech verb
// is plural ("…, schrieben ihre Angehörigen"): a group speaks, and may go on.
func (c *ctx) otherVoiceBefore(k int, p string) bool {
	q := &c.out[k].q
	prev := -1
	for j := range c.out {
		o := &c.out[j].q
		if j == k || o.End > q.Start || (prev >= 0 && o.End <= c.out[prev].q.End) {
			continue
		}
		prev = j
	}
	if prev < 0 || c.blockOf(c.out[prev].q.Start) < c.blockOf(q.Start)-1 {
		return false
	}
	f := &c.out[prev]
	if f.q.Speaker != "" {
		return f.q.Speaker != p
	}
	return f.cueTok >= 0 && c.pluralVerb(f.cueTok)
}

// portraitPronouns gives p the quotations whose cue has a personal pronoun of p's sex as its
// whole source and which found no one it stands for ("„…“, erklärt er", "Sie habe
// festgestellt: „…“"): in a portrait where only p speaks, under the same guards as
// portraitVoice, for whole direct quotations only (a fragment or a reported clause may give
// another's words or a question put to them). A plural verb beside the pronoun ("sagten sie")
// is a group.
func (c *ctx) portraitPronouns(p string) {
	for k := range c.out {
		f := &c.out[k]
		q := &f.q
		if !q.Direct || q.Partial || q.Speaker != "" || q.Cue == nil || f.srcStart < 0 || f.srcEnd != f.srcStart+1 || c.blockOf(q.Start) < 1 {
			continue
		}
		t := &c.toks[f.srcStart]
		sex, ok := c.lx.pronoun(t.Norm)
		if !ok || !isWord(t) || (sex != "m" && sex != "f") || sex[0] != c.names.sex[p] || c.pluralVerbBeside(f.srcStart) {
			continue
		}
		if c.otherPersonNear(q.Start, q.End, p) || c.otherVoiceBefore(k, p) || c.namedWithin(q.Start, q.End, p) {
			continue
		}
		if c.unreadSpeakerBetween(p, q.Start) {
			continue // "In a livestream, Vantolle said …": one the names do not hold spoke since
		}
		q.Speaker, q.SpeakerHow = p, article.SpeakerCoreference
	}
}
