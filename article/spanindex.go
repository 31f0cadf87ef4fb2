package article

import "sort"

// SpanIndex narrows the search for the spans (entities, quotes) that overlap a range to a
// stretch of them found by binary search, so that a look-up per token or per mention does
// not pass over all of an article's spans, which makes long texts quadratic. Spans must come
// sorted by start, as the extractors give them; when they are not, every look-up returns
// all of them, which is slow but still right.
type SpanIndex struct {
	starts []int // start of each span
	maxEnd []int // maxEnd[k] is the largest end of spans 0..k
	sorted bool
}

// NewSpanIndex indexes n spans; span(i) gives the i-th.
func NewSpanIndex(n int, span func(i int) (start, end int)) SpanIndex {
	x := SpanIndex{starts: make([]int, n), maxEnd: make([]int, n), sorted: true}
	m := -1 << 62
	for k := range n {
		s, e := span(k)
		if k > 0 && s < x.starts[k-1] {
			x.sorted = false
		}
		m = max(m, e)
		x.starts[k], x.maxEnd[k] = s, m
	}
	return x
}

// Around returns [lo, hi): every span that overlaps [s, e], including one that ends at s or
// starts at e, has its index in it, in the spans' order. Callers keep their own test.
func (x SpanIndex) Around(s, e int) (lo, hi int) {
	n := len(x.starts)
	if !x.sorted {
		return 0, n
	}
	lo = sort.SearchInts(x.maxEnd, s)
	hi = sort.SearchInts(x.starts, e+1)
	return lo, max(lo, hi)
}
