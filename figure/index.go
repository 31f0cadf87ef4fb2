package figure

import "sort"

// sentIndex holds what the figures of one sentence all look up, found once per sentence on
// first use: looked up anew per figure, a sentence without punctuation cost time quadratic
// in its length.
type sentIndex struct {
	cues   []cueRef  // where cues start
	breaks []int     // where clause marks are
	pps    []placePP // prepositional phrases that hold a place
	auxes  []int     // where passive auxiliaries are
	nouns  [2][]int  // where nouns are: all, and those outside entities
	done   uint8     // which of the above are filled (bits in the order above)
}

// cueRef is a cue of the sentence: its kind and its n tokens from k.
type cueRef struct {
	kind string
	k, n int
}

// placePP is a prepositional phrase on tokens [k, e) that holds a place entity.
type placePP struct{ k, e int }

func (x *sentIndex) reset() {
	x.cues, x.breaks, x.pps, x.auxes, x.done = x.cues[:0], x.breaks[:0], x.pps[:0], x.auxes[:0], 0
	x.nouns[0], x.nouns[1] = x.nouns[0][:0], x.nouns[1][:0]
}

// first reports whether part bit is asked for the first time in this sentence.
func (x *sentIndex) first(bit uint8) bool {
	if x.done&bit != 0 {
		return false
	}
	x.done |= bit
	return true
}

// sentenceCues lists where a cue starts in the current sentence t.
func (r *run) sentenceCues(t []tok) []cueRef {
	if r.idx.first(1) {
		for k := range t {
			if kind, n, ok := r.cueAt(t, k); ok {
				r.idx.cues = append(r.idx.cues, cueRef{kind: kind, k: k, n: n})
			}
		}
	}
	return r.idx.cues
}

// clause returns the tokens [lo, hi) of the figure's clause in the current sentence t: from
// after the clause mark before it to the clause mark after it.
func (r *run) clause(t []tok, c cand) (lo, hi int) {
	if r.idx.first(2) {
		for k := range t {
			if isClauseBreak(t[k]) {
				r.idx.breaks = append(r.idx.breaks, k)
			}
		}
	}
	b := r.idx.breaks
	if i := sort.SearchInts(b, c.a); i > 0 {
		lo = b[i-1] + 1
	}
	hi = len(t)
	if i := sort.SearchInts(b, c.b); i < len(b) {
		hi = b[i]
	}
	return lo, hi
}

// placePPs lists the prepositional phrases of place in the current sentence t ("in der
// Region Kursk").
func (r *run) placePPs(t []tok) []placePP {
	if r.idx.first(4) {
		for k := range t {
			if e, ok := r.ppAt(t, k, r.lex.locPreps); ok && r.hasPlace(k, e) {
				r.idx.pps = append(r.idx.pps, placePP{k: k, e: e})
			}
		}
	}
	return r.idx.pps
}

// auxes lists where a passive auxiliary stands in the current sentence t.
func (r *run) auxes(t []tok) []int {
	if r.idx.first(8) {
		for k := range t {
			if t[k].kind == tWord && isIn(r.lex.passiveAux, t[k].norm) {
				r.idx.auxes = append(r.idx.auxes, k)
			}
		}
	}
	return r.idx.auxes
}

// nounBefore returns the nearest noun left of the figure in its clause, not the sentence's
// first word (capitalised whatever it is), and outside entities when plain is set; else -1.
func (r *run) nounBefore(t []tok, c cand, plain bool) int {
	lo, _ := r.clause(t, c)
	lo = max(lo, 1)
	// The noun is mostly a few words away: looked for directly there, and in the lists only
	// beyond, so that ordinary sentences do not pay for the lists.
	for k := c.a - 1; k >= lo && k >= c.a-nearNouns; k-- {
		if r.isNoun(t[k]) && (!plain || r.entityAt(k) == nil) && !r.inPP(t, k) && !r.dayName(t[k]) {
			return k
		}
	}
	if c.a-nearNouns <= lo {
		return -1
	}
	if r.idx.first(16) {
		for k := range t {
			if r.isNoun(t[k]) {
				r.idx.nouns[0] = append(r.idx.nouns[0], k)
				if r.entityAt(k) == nil {
					r.idx.nouns[1] = append(r.idx.nouns[1], k)
				}
			}
		}
	}
	ns := r.idx.nouns[0]
	if plain {
		ns = r.idx.nouns[1]
	}
	for i := sort.SearchInts(ns, c.a); i > 0 && ns[i-1] >= lo; i-- {
		if !r.inPP(t, ns[i-1]) && !r.dayName(t[ns[i-1]]) {
			return ns[i-1]
		}
	}
	return -1
}

// dayName reports whether a word names a weekday or a month: the nearest noun before a
// figure may say when ("bis Dienstag werden bis zu 60 …"), which is never what is counted.
func (r *run) dayName(x tok) bool {
	_, wd := r.lex.weekdays[x.norm]
	_, mo := r.lex.months[x.norm]
	return wd || mo
}

// inPP reports whether noun t[k] heads a prepositional phrase of the pack's figure_pp_heads
// list: only articles and modifiers stand between the preposition and it ("im ersten
// Halbjahr", "laut Feuerwehr"), or is followed by a postposition ("den Angaben zufolge"). Such a noun says where or by whose account, not what is
// counted; the noun before the phrase does ("die Personalkosten in der Verwaltung").
func (r *run) inPP(t []tok, k int) bool {
	if k+1 < len(t) && t[k+1].kind == tWord && r.lex.ppHeads[t[k+1].norm] == "post" {
		return true // "den Angaben zufolge"
	}
	gen := false
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		x := t[j]
		if x.kind != tWord {
			return false
		}
		if v, ok := r.lex.ppHeads[x.norm]; ok && v != "post" {
			return true
		}
		if gen && r.isNoun(x) && r.lex.capNouns {
			// "nach Auszählung aller Wahlbezirke": a genitive inside a phrase is in it.
			return r.inPP(t, j)
		}
		gen = r.lex.cases[x.norm] == "gen" || x.norm == "aller" // right before the noun it follows
		if gen {
			continue
		}
		if !r.lex.stop(x.norm) && !r.isAdj(x) {
			return false
		}
	}
	return false
}

// nearNouns is how far nounBefore looks word by word before it turns to the sentence's list.
const nearNouns = 16
