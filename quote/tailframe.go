package quote

import "strings"

// tailFrame finds a frame of the sentence's own at the end of a Konjunktiv sentence [ss, me):
// a comma, a finite verb the speech-verb list does not know and a subject that runs to the end
// ("…, seien Besitzer von morgen, beobachten Experten"). German puts the one who says, sees or
// assumes a report after it this way; the sentence names its source, so it carries on no report
// before it. It returns the comma and the subject [a, b), or comma -1.
func (c *ctx) tailFrame(ss, me int) (comma, a, b int) {
	k := c.lastCommaBefore(ss, me)
	if k < ss+3 || me-k < 3 || me-k > 7 || c.inMarks(c.toks[k].Start) {
		return -1, -1, -1
	}
	v := k + 1
	t := &c.toks[v]
	if !isLowerWord(t) || c.lx.p.Stopword(t.Norm) || c.lx.class(t.Norm) != "" || c.isVerbForm(t.Norm) || !c.lx.finiteLike(t.Norm) {
		return -1, -1, -1
	}
	a, b = c.npAfter(v+1, me)
	if a != v+1 || b != me || !c.plausibleCueSource(a, b) || c.isPronoun(a, b) {
		// A pronoun ("…, beobachtet er") is left to the rules that carry the report before.
		return -1, -1, -1
	}
	if c.definite(a) && (b-a == 2 || !c.namedIn(a, b)) {
		// So is an epithet ("…, lamentierte das Model", "…, analysierte der frühere Profi"):
		// it points back to someone named before, most often the one whose report runs on,
		// even where the tagger took the noun into that name.
		return -1, -1, -1
	}
	return k, a, b
}

// namedIn reports whether a name the article knows lies in [s, e), not only a role or person
// noun the tagger took into a name ("das Model" for the model named before).
func (c *ctx) namedIn(s, e int) bool {
	for k := s; k < e; k++ {
		if n := c.toks[k].Norm; c.mentionAt(k) != nil && c.lx.roleHead(n) == "" && !c.lx.personNoun(n) {
			return true
		}
	}
	return false
}

// finiteLike reports whether a lower-case word of five letters or more ends as the pack's
// finite verbs do (quote_finite_endings: "beobachtet", "beobachten", "bemerkte").
func (lx *lexicon) finiteLike(norm string) bool {
	if len(norm) < 5 {
		return false
	}
	for suf := range lx.finiteEndings {
		if strings.HasSuffix(norm, suf) {
			return true
		}
	}
	return false
}
