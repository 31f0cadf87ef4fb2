package quote

import "crosscheck/article"

// relayed returns who speaks when an organisation or a medium is the subject of a verb that
// passes on another's words ("zitierte die Nachrichtenagentur den General", "zitierte der
// Sender aus einer Mitteilung"): the person its clause names outside the subject, else nobody.
// The organisation only relays; giving it the words would credit the messenger. A passive
// ("„…“, wird der Verein zitiert") makes its subject the one quoted, and keeps spk.
func (c *ctx) relayed(cue int, spk speaker) speaker {
	if cue < 0 || !spk.known() || spk.how != article.SpeakerSubject || !c.lx.verbs[c.toks[cue].Norm].relays || !c.orgName(spk.name) {
		return spk
	}
	lo, hi := c.punctClause(cue)
	if c.passive(lo, cue) {
		return spk
	}
	var only onlyName
	for k := range c.names.mentions {
		m := &c.names.mentions[k]
		if m.org || m.quoted || m.canon == spk.name || m.tok < lo || m.tok >= hi {
			continue
		}
		only.add(m.canon)
	}
	if n := only.get(); n != "" {
		return speaker{name: n, how: article.SpeakerSubject}
	}
	return noSpeaker
}

// punctClause returns the tokens [lo, hi) around k up to the nearest punctuation on either
// side within k's sentence; quotation marks around a name ("die Zeitung „Nordkurier“") do
// not end it.
func (c *ctx) punctClause(k int) (int, int) {
	ss, se := c.sentRange(c.sentOf[k])
	lo, hi := k, k+1
	for lo > ss && (c.toks[lo-1].Kind != article.TokPunct || isQuoteMark(&c.toks[lo-1]) && lo-1 > ss && c.toks[lo-2].Kind == article.TokWord) {
		lo--
	}
	for hi < se && (c.toks[hi].Kind != article.TokPunct || isQuoteMark(&c.toks[hi]) && hi+1 < se && c.toks[hi+1].Kind == article.TokWord) {
		hi++
	}
	return lo, hi
}

// mediumIn reports whether tokens [s, e) name a news medium or agency.
func (c *ctx) mediumIn(s, e int) bool {
	for j := max(s, 0); j < e && j < len(c.toks); j++ {
		if c.lx.media(c.toks[j].Norm) && c.mediaAt(j, e) {
			return true
		}
	}
	return false
}
