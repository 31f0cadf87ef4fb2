package textseg

import (
	"hash/maphash"
	"sync"
)

// StemCache remembers stems, because Snowball stemming is the most expensive step of
// tokenising and news text repeats its words. It is safe for concurrent use, owned by one
// pack (not global), and bounded: once full it stops adding and just computes.
type StemCache struct {
	stem   func(string) string
	seed   maphash.Seed
	shards [16]stemShard
	limit  int
}

type stemShard struct {
	mu sync.RWMutex
	m  map[string]string
}

// NewStemCache returns a cache in front of stem holding up to limit words.
func NewStemCache(stem func(string) string, limit int) *StemCache {
	c := &StemCache{stem: stem, seed: maphash.MakeSeed(), limit: limit / 16}
	for i := range c.shards {
		c.shards[i].m = map[string]string{}
	}
	return c
}

// Stem returns the stem of norm, from the cache when it has it.
func (c *StemCache) Stem(norm string) string {
	sh := &c.shards[maphash.String(c.seed, norm)&15]
	sh.mu.RLock()
	s, ok := sh.m[norm]
	sh.mu.RUnlock()
	if ok {
		return s
	}
	s = c.stem(norm)
	if s == norm {
		s = norm // share the word's memory
	}
	sh.mu.Lock()
	if len(sh.m) < c.limit {
		// The key may be a substring of a large article; copy it so the cache does not
		// keep the article alive.
		k := string([]byte(norm))
		sh.m[k] = s
	}
	sh.mu.Unlock()
	return s
}
