package stream

import "sort"

// Scores are precision, recall and F1 of one measure.
type Scores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// FBeta weighs precision beta times as much as recall (beta < 1 favours precision).
func (s Scores) FBeta(beta float64) float64 {
	b2 := beta * beta
	if d := b2*s.Precision + s.Recall; d > 0 {
		return (1 + b2) * s.Precision * s.Recall / d
	}
	return 0
}

func scores(p, r float64) Scores {
	s := Scores{Precision: p, Recall: r}
	if p+r > 0 {
		s.F1 = 2 * p * r / (p + r)
	}
	return s
}

// BCubed scores a predicted partition against a gold one over the items both label: for
// each item, precision is the share of its predicted group that shares its gold group, and
// recall the share of its gold group that shares its predicted group (Bagga and Baldwin).
func BCubed(pred, gold map[string]string) Scores { return BCubedOf(pred, gold, nil) }

// BCubedOf is BCubed averaged over the items in only (all when nil): in cross-validation,
// the held-out items, each scored against the whole partition.
func BCubedOf(pred, gold map[string]string, only map[string]bool) Scores {
	items := common(pred, gold)
	if len(items) == 0 {
		return Scores{}
	}
	type key struct{ p, g string }
	both := map[key]int{}
	np, ng := map[string]int{}, map[string]int{}
	for _, it := range items {
		both[key{pred[it], gold[it]}]++
		np[pred[it]]++
		ng[gold[it]]++
	}
	var p, r, n float64
	for _, it := range items {
		if only != nil && !only[it] {
			continue
		}
		k := both[key{pred[it], gold[it]}]
		p += float64(k) / float64(np[pred[it]])
		r += float64(k) / float64(ng[gold[it]])
		n++
	}
	if n == 0 {
		return Scores{}
	}
	return scores(p/n, r/n)
}

// PairCounts are the pairs of items placed together (predicted), together in the gold, and
// both.
type PairCounts struct {
	Predicted, Gold, Both int
}

// Scores turns the counts into pairwise precision, recall and F1. With no predicted pairs,
// precision is 1 (nothing wrong was said); with no gold pairs, recall is 1.
func (c PairCounts) Scores() Scores {
	p, r := 1.0, 1.0
	if c.Predicted > 0 {
		p = float64(c.Both) / float64(c.Predicted)
	}
	if c.Gold > 0 {
		r = float64(c.Both) / float64(c.Gold)
	}
	return scores(p, r)
}

// Pairs counts the pairs of items both partitions label. When only is non-nil, a pair
// counts only when at least one of its items is in only (cross-validation: the pairs that
// involve a held-out item).
func Pairs(pred, gold map[string]string, only map[string]bool) PairCounts {
	items := common(pred, gold)
	var c PairCounts
	for i, a := range items {
		for _, b := range items[i+1:] {
			if only != nil && !only[a] && !only[b] {
				continue
			}
			sp, sg := pred[a] == pred[b], gold[a] == gold[b]
			if sp {
				c.Predicted++
			}
			if sg {
				c.Gold++
			}
			if sp && sg {
				c.Both++
			}
		}
	}
	return c
}

func common(pred, gold map[string]string) []string {
	var items []string
	for it := range gold {
		if _, ok := pred[it]; ok {
			items = append(items, it)
		}
	}
	sort.Strings(items)
	return items
}

// Largest returns the size of the largest group and its label.
func Largest(labels map[string]string) (int, string) {
	n := map[string]int{}
	for _, l := range labels {
		n[l]++
	}
	best, bl := 0, ""
	for l, k := range n {
		if k > best || (k == best && l < bl) {
			best, bl = k, l
		}
	}
	return best, bl
}
