package cluster

import (
	"cmp"
	"math"
	"slices"
)

// sparse is a sparse vector over vocabulary ids, sorted by id, so dot products and sums are
// linear merges and the result never depends on map iteration order.
type sparse struct {
	IDs []uint32
	W   []float32
}

func (s sparse) Len() int { return len(s.IDs) }

func (s sparse) norm() float64 {
	var n float64
	for _, w := range s.W {
		n += float64(w) * float64(w)
	}
	return math.Sqrt(n)
}

func dot(a, b sparse) float64 {
	var d float64
	i, j := 0, 0
	for i < len(a.IDs) && j < len(b.IDs) {
		switch {
		case a.IDs[i] < b.IDs[j]:
			i++
		case a.IDs[i] > b.IDs[j]:
			j++
		default:
			d += float64(a.W[i]) * float64(b.W[j])
			i++
			j++
		}
	}
	return d
}

// cosine of a and b; 0 when either is empty.
func cosine(a, b sparse) float64 {
	na, nb := a.norm(), b.norm()
	if na == 0 || nb == 0 {
		return 0
	}
	return dot(a, b) / (na * nb)
}

// add returns a + scale*b as a new vector.
func add(a, b sparse, scale float32) sparse {
	out := sparse{IDs: make([]uint32, 0, len(a.IDs)+len(b.IDs)), W: make([]float32, 0, len(a.IDs)+len(b.IDs))}
	i, j := 0, 0
	for i < len(a.IDs) || j < len(b.IDs) {
		switch {
		case j >= len(b.IDs) || (i < len(a.IDs) && a.IDs[i] < b.IDs[j]):
			out.IDs = append(out.IDs, a.IDs[i])
			out.W = append(out.W, a.W[i])
			i++
		case i >= len(a.IDs) || a.IDs[i] > b.IDs[j]:
			out.IDs = append(out.IDs, b.IDs[j])
			out.W = append(out.W, scale*b.W[j])
			j++
		default:
			w := a.W[i] + scale*b.W[j]
			if w > 1e-9 {
				out.IDs = append(out.IDs, a.IDs[i])
				out.W = append(out.W, w)
			}
			i++
			j++
		}
	}
	return out
}

// top returns the positions of the k heaviest entries, heaviest first (ties: lower id first).
// It is called several times per article on vectors of up to CentroidTerms entries, so it
// sorts plain positions with a typed comparison rather than through reflection.
func (s sparse) top(k int) []int {
	idx := make([]int, len(s.IDs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(x, y int) int {
		wx, wy := s.W[x], s.W[y]
		switch {
		case wx > wy:
			return -1
		case wx < wy:
			return 1
		}
		return cmp.Compare(s.IDs[x], s.IDs[y])
	})
	if len(idx) > k {
		idx = idx[:k]
	}
	return idx
}

// truncate keeps the k heaviest entries, still sorted by id.
func (s sparse) truncate(k int) sparse {
	if len(s.IDs) <= k {
		return s
	}
	idx := s.top(k)
	slices.Sort(idx)
	out := sparse{IDs: make([]uint32, len(idx)), W: make([]float32, len(idx))}
	for i, p := range idx {
		out.IDs[i] = s.IDs[p]
		out.W[i] = s.W[p]
	}
	return out
}

// scaled returns s with every weight multiplied by f.
func (s sparse) scaled(f float64) sparse {
	out := sparse{IDs: append([]uint32(nil), s.IDs...), W: make([]float32, len(s.W))}
	for i, w := range s.W {
		out.W[i] = float32(float64(w) * f)
	}
	return out
}
