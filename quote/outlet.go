package quote

import (
	"strings"

	"crosscheck/article"
)

// dropOwnOutlet drops a report in which the article's own outlet announces what the article
// tells ("SPORT1 stellt die besten Talente vor und prognostiziert, wo sie landen könnten",
// "Wir erklären, was das bedeutet"): an indirect question in the outlet's voice is the
// article's table of contents, not a statement anyone made. The outlet is known by the
// article's site (article.IsSiteName: "SPORT1" names sport1.de) or by the pack's pronoun of the outlet's
// own voice opening the sentence. A fact the outlet's research gives ("nach BILD-Recherchen
// hatte sie …") and a report of what another medium wrote stay.
func (c *ctx) dropOwnOutlet() {
	own := c.a.Site()
	keep := c.out[:0]
	for _, f := range c.out {
		if !c.ownAnnouncement(&f, own) {
			keep = append(keep, f)
		}
	}
	clear(c.out[len(keep):])
	c.out = keep
}

// ownAnnouncement reports whether f is a report whose message opens with an interrogative word
// and whose source is the article's outlet (own, its site as article.Site gives it) or the
// outlet's own "wir".
func (c *ctx) ownAnnouncement(f *found, own string) bool {
	q := &f.q
	if q.Direct || q.Partial || q.Cue == nil {
		return false
	}
	ts := c.tokAt(q.Start)
	if ts >= len(c.toks) || !c.questionWord(ts) {
		return false
	}
	if own != "" && q.Source != nil {
		for _, w := range strings.Fields(q.Source.Text) {
			if article.IsSiteName(w, own) {
				return true
			}
		}
	}
	// "Wir erklären, wo …": the pronoun opens the sentence and the cue follows it closely,
	// outside any quotation marks.
	v := f.cueTok
	if v < 0 || v >= len(c.toks) || len(c.lx.outletVoice) == 0 {
		return false
	}
	s0, _ := c.sentRange(c.sentOf[v])
	if v-s0 < 1 || v-s0 > 2 || c.sentOf[ts] != c.sentOf[v] {
		return false
	}
	if _, ok := c.lx.outletVoice[c.toks[s0].Norm]; !ok || !isWord(&c.toks[s0]) {
		return false
	}
	for _, m := range c.marks {
		if m.Open < c.toks[s0].Start && c.toks[s0].Start < m.Close {
			return false // someone's words in quotation marks say "wir" of themselves
		}
	}
	return true
}
