package quote

// kinNamedAfterGenitive reports whether the kin noun at k, right after a person's name in the
// genitive, is followed at j by the name of another person ("Spurlocks Bruder Craig",
// "Camerons Tochter Donna Roy"): the name is the kin's own, in apposition, not the object
// of the speech verb.
func (c *ctx) kinNamedAfterGenitive(k, j int) bool {
	if k != j-1 || k < 1 || !c.kinNoun(k) || !c.genitiveName(k-1) {
		return false
	}
	m, owner := c.mentionAt(j), c.mentionAt(k-1)
	return m != nil && !m.org && m.pos == c.toks[j].Start && owner != nil && !owner.org && m.canon != owner.canon
}
