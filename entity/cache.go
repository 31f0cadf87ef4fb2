package entity

import (
	"strings"
	"sync/atomic"
)

// wordCache keeps, per distinct word form, what infos computes for it and, under one
// model, the summed weights of each feature group that looks at that word alone (its own
// features, and those it lends its neighbours; see wordScores). News repeats its words:
// most tokens are forms seen before, and a cached word costs one probe of a small table
// instead of a dozen dictionary lookups and some thirty feature-table lookups, most of
// them CPU cache misses. Only the pair features are looked up per occurrence.
//
// The table is open addressing over atomic pointers: readers take no lock, a miss is
// published with one compare-and-swap, and entries are never replaced or removed. It stops
// taking words at half its size (the first forms seen, which in a news stream are mostly
// the common ones), so memory stays bounded on an endless stream. Cached and computed
// values are identical, so output never depends on what is cached.
type wordCache struct {
	model *Model
	slots []atomic.Pointer[cachedWord]
	mask  uint64
	n     atomic.Int64
	max   int64
}

type cachedWord struct {
	text string
	hash uint64
	info tokInfo
}

// cacheWords is how many word forms an Extractor caches: about 75 MB, most of it the
// summed weights (five groups of 17 labels per word). The trends-de stream (4,927
// articles, 2.7 million tokens) has 133,000 distinct forms, half of them seen once; with
// room for 65,536 its tokens missed the cache 199,000 times, with 131,072 132,000 times
// (each form's first occurrence).
const cacheWords = 1 << 17

func newWordCache(m *Model, words int) *wordCache {
	size := 1
	for size < 2*words {
		size <<= 1
	}
	return &wordCache{model: m, slots: make([]atomic.Pointer[cachedWord], size),
		mask: uint64(size - 1), max: int64(words)}
}

// get returns the cached entry of a word form, computing and (while there is room)
// storing it on a miss. A nil cache returns nil.
func (c *wordCache) get(text string) *cachedWord {
	if c == nil {
		return nil
	}
	h := hashStr(fnvOffset, text)
	i := h & c.mask
	for {
		e := c.slots[i].Load()
		if e == nil {
			break
		}
		if e.hash == h && e.text == text {
			return e
		}
		i = (i + 1) & c.mask
	}
	room := c.n.Load() < c.max
	if room {
		// A word is a slice of its article's text: a stored copy lets the article go.
		text = strings.Clone(text)
	}
	e := &cachedWord{text: text, hash: h, info: wordInfo(text, c.model.data())}
	if c.model != nil && room {
		// A word the full table will not keep is scored where the tagger needs it
		// (Model.group), only for the neighbours that are candidates, as an uncached
		// word is: the same sums.
		e.info.scores = c.model.scoresOf(&e.info)
	}
	// The table is never more than half full, so the probe above ended at an empty slot.
	// Losing the race for it to another word only means this one is not cached.
	if room && c.slots[i].CompareAndSwap(nil, e) {
		c.n.Add(1)
	}
	return e
}
