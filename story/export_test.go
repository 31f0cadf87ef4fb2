package story

import (
	"crosscheck/lang"
	"crosscheck/store"
)

// Standalone reads the first sentence of a stored record as the stage does: whether it
// can stand alone in a summary.
func Standalone(r *store.Record, packs *lang.Registry) bool {
	d := newDoc(r, packs)
	return len(d.sents) > 0 && d.sents[0].standalone
}

// States reports whether the first sentence of y states the first sentence of x.
func States(y, x *store.Record, packs *lang.Registry) bool {
	dy, dx := newDoc(y, packs), newDoc(x, packs)
	return len(dy.sents) > 0 && len(dx.sents) > 0 && states(&dy.sents[0], &dx.sents[0])
}

// Usable reads the first sentence of a stored record as the stage does: whether it may be
// summarised, dated, cited or listed at all.
func Usable(r *store.Record, packs *lang.Registry) bool {
	d := newDoc(r, packs)
	return len(d.sents) > 0 && d.sents[0].usable
}

// FigureBound reads the bound of the stored record's first figure as the stage does.
func FigureBound(r *store.Record, packs *lang.Registry) string {
	d := newDoc(r, packs)
	return d.figureBound(d.an.Figures[0])
}

// Leans reads the first sentence of a stored record as the stage does: whether it points
// back to what a sentence before it said or named.
func Leans(r *store.Record, packs *lang.Registry) bool {
	d := newDoc(r, packs)
	return len(d.sents) > 0 && d.sents[0].leans
}

// Usables reads every sentence of a stored record as the stage does, with its text: whether
// each may be summarised, dated, cited or listed.
func Usables(r *store.Record, packs *lang.Registry) (texts []string, usable []bool) {
	d := newDoc(r, packs)
	for _, s := range d.sents {
		texts = append(texts, s.text)
		usable = append(usable, s.usable)
	}
	return texts, usable
}
