package place

import "math"

// Features that separate a happening's actors from its topic. Two reports of one happening
// name each other's main actors (the names of one's headline and lead turn up somewhere in
// the other) and say the same thing about them (the headline and lead words that are not
// names); two happenings with the same actors (a carmaker's trial and its cost cuts) share
// the names but not the words, and two matches of one league share the words but not the
// teams.

// without returns the terms of v that are not in drop (both sorted by id).
func without(v, drop Vector) Vector {
	if len(drop) == 0 {
		return v
	}
	out := make(Vector, 0, len(v))
	j := 0
	for _, t := range v {
		for j < len(drop) && drop[j].ID < t.ID {
			j++
		}
		if j < len(drop) && drop[j].ID == t.ID {
			continue
		}
		out = append(out, t)
	}
	return out
}

// contains reports whether sorted vector v holds term id.
func contains(v Vector, id uint32) bool {
	lo, hi := 0, len(v)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case v[m].ID == id:
			return true
		case v[m].ID < id:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false
}

// cover is the share, weighted by rarity, of the names in a that the other article names
// anywhere (in any of in); -1 when a has no names.
func (w *weigher) cover(a Vector, in ...Vector) float64 {
	if len(a) == 0 {
		return -1
	}
	var got, all float64
	for _, t := range a {
		x := w.idf(t.ID)
		all += x
		for _, v := range in {
			if contains(v, t.ID) {
				got += x
				break
			}
		}
	}
	if all == 0 {
		return -1
	}
	return got / all
}

// mutualCover is the lesser of the two articles' covers of each other's headline and lead
// names (looked up among all the other's names): the one whose actors the other leaves out
// decides. When only one of them has such names, its cover; when neither, one half (no
// evidence either way). (The same for headline names alone added nothing in
// cross-validation.)
func (w *weigher) mutualCover(a, b *Profile) float64 {
	x := w.cover(a.LeadNames, b.Names, b.LeadNames)
	y := w.cover(b.LeadNames, a.Names, a.LeadNames)
	switch {
	case x < 0 && y < 0:
		return 0.5
	case x < 0:
		return y
	case y < 0:
		return x
	}
	return math.Min(x, y)
}
