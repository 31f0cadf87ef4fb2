package quote

import (
	"strings"
	"unicode"
)

// dropOwnOutlet drops a report in which the article's own outlet announces what the article
// tells ("SPORT1 stellt die besten Talente vor und prognostiziert, wo sie landen könnten",
// "Wir erklären, was das bedeutet"): an indirect question in the outlet's voice is the
// article's table of contents, not a statement anyone made. The outlet is known by the
// article's source host ("sport1.de" is "SPORT1") or by the pack's pronoun of the outlet's
// own voice opening the sentence. A fact the outlet's research gives ("nach BILD-Recherchen
// hatte sie …") and a report of what another medium wrote stay.
func (c *ctx) dropOwnOutlet() {
	own := outletLabel(c.a.Source)
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
// and whose source is the article's outlet (own, folded) or the outlet's own "wir".
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
			if foldLabel(w) == own {
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

// outletLabel is the outlet's name as its web host spells it, folded: the label before the
// top-level domain ("sport1.de" → "sport1", "m.focus.de" → "focus", "n-tv.de" → "ntv"); a
// source without a dot is taken whole. Labels of fewer than three letters name no outlet
// reliably and give "".
func outletLabel(source string) string {
	h := strings.ToLower(strings.TrimSpace(source))
	if i := strings.Index(h, "://"); i >= 0 {
		h = h[i+3:]
	}
	if i := strings.IndexAny(h, "/:"); i >= 0 {
		h = h[:i]
	}
	parts := strings.Split(h, ".")
	if len(parts) >= 2 {
		h = parts[len(parts)-2]
	}
	h = foldLabel(h)
	if len([]rune(h)) < 3 {
		return ""
	}
	return h
}

// foldLabel keeps the lower-cased letters and digits of w.
func foldLabel(w string) string {
	var b strings.Builder
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
