package textseg

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// formCache keeps, per word form as written, what a word token gets besides its text: its
// norm, whether it is a stop word, and its stem. News repeats its words, and one probe of
// this table replaced three steps per token (normalising, which allocates a lower-cased
// copy of every capitalised word; the stop-word lookup; the stem cache's locked map),
// which were 70 % of tokenising.
//
// The table is open addressing over atomic pointers: readers take no lock, a miss is
// published with one compare-and-swap, entries are never replaced or removed, and it stops
// taking forms at half its size, so memory stays bounded on an endless stream. Cached and
// computed values are identical, so tokens never depend on what is cached.
type formCache struct {
	seed  maphash.Seed
	slots []atomic.Pointer[form]
	mask  uint64
	n     atomic.Int64
	max   int64
}

type form struct {
	hash             uint64
	text, norm, stem string
	stop             bool
}

// cacheForms is how many word forms a pack caches (about 100 bytes each with their
// strings, 20 MB when full).
const cacheForms = 200_000

func newFormCache(forms int) *formCache {
	size := 1
	for size < 2*forms {
		size <<= 1
	}
	return &formCache{seed: maphash.MakeSeed(), slots: make([]atomic.Pointer[form], size),
		mask: uint64(size - 1), max: int64(forms)}
}

// word fills in a word token's norm, stop flag and stem (the text is the token's).
func (p *Pack) word(text string) (norm, stem string, stop bool) {
	c := p.forms
	h := maphash.String(c.seed, text)
	i := h & c.mask
	for {
		e := c.slots[i].Load()
		if e == nil {
			break
		}
		if e.hash == h && e.text == text {
			return e.norm, e.stem, e.stop
		}
		i = (i + 1) & c.mask
	}
	room := c.n.Load() < c.max
	if room {
		// A token's text is a slice of its article: a stored copy (and a norm and stem
		// made from it) lets the article go.
		text = strings.Clone(text)
	}
	e := &form{hash: h, text: text}
	e.norm = Normalize(text)
	e.stop = p.Stopword(e.norm)
	if e.stop || strings.HasSuffix(e.norm, ".") {
		e.stem = e.norm
	} else {
		e.stem = p.stems.Stem(e.norm)
	}
	// The table is never more than half full, so the probe above ended at an empty slot.
	// Losing the race for it to another form only means this one is not cached.
	if room && c.slots[i].CompareAndSwap(nil, e) {
		c.n.Add(1)
	}
	return e.norm, e.stem, e.stop
}
