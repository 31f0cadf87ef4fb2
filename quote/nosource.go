package quote

// noSource reports whether the source words [s, e) of a quotation with cue token cue (or -1)
// name no one who could have spoken: a phrase whose head noun is a thing, place, time or
// feeling ("Seine Zuversicht", "den Plänen der polnischen Regierung", "Frankfurter
// Hauptbahnhof") that the rules or the ranker took for the source. A role, body, medium or
// noun for people before the head, or a person's or organisation's name anywhere, keeps it;
// so does a phrase cue ("laut den Plänen der Regierung", "so der Vorwurf": what the report
// goes by).
func (c *ctx) noSource(s, e, cue int) bool {
	if cue >= 0 && (c.lx.phrases[c.toks[cue].Norm] != "" || c.lx.class(c.toks[cue].Norm) == "so") {
		return false
	}
	h := c.headNoun(s, e)
	if h < 0 || !c.lx.nonSpeaker(c.toks[h].Norm) {
		return false
	}
	for k := s; k <= h; k++ {
		n := c.toks[k].Norm
		if c.lx.roleHead(n) != "" || c.orgWord(n) || c.lx.media(n) || c.lx.personNoun(n) || c.lx.sourceNoun(n) {
			return false
		}
		if _, ok := c.lx.epithet(n); ok {
			return false
		}
	}
	// A name anywhere in the phrase may be the one who spoke ("diesem Jahr der DGB").
	for i := range c.names.mentions {
		if m := &c.names.mentions[i]; m.tok >= s && m.tok < e {
			return false
		}
	}
	ps, pe := c.toks[s].Start, c.toks[e-1].End
	for _, en := range c.an.Entities {
		if en.Start < pe && en.End > ps && (en.Type == "person" || en.Type == "organisation") {
			return false
		}
	}
	return true
}
