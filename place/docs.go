package place

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"sync"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/link"
	"crosscheck/store"
)

// docCache fetches candidates for provenance from the store and keeps the recently used ones
// with their tokens and link features, so that an article compared with many later ones is
// read, decoded, tokenised and featurised once. Bounded: past maxDocs the least recently
// used half goes (an agency report that many later articles rewrite stays).
type docCache struct {
	st  Store
	reg *lang.Registry

	mu   sync.Mutex
	docs map[string]*docEntry
	tick uint64
}

type docEntry struct {
	d    *link.Doc
	used uint64
}

const maxDocs = 2048

func newDocCache(st Store, reg *lang.Registry) *docCache {
	return &docCache{st: st, reg: reg, docs: map[string]*docEntry{}}
}

// Doc implements link.Docs.
func (c *docCache) Doc(id string) (*link.Doc, error) {
	c.mu.Lock()
	e, ok := c.docs[id]
	if ok {
		c.tick++
		e.used = c.tick
	}
	c.mu.Unlock()
	if ok {
		return e.d, nil
	}
	r, err := c.st.Get(context.Background(), id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	d := docOf(r, c.reg)
	c.put(id, d)
	return d, nil
}

func (c *docCache) put(id string, d *link.Doc) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tick++
	if e, ok := c.docs[id]; ok {
		e.d, e.used = d, c.tick
		return
	}
	if len(c.docs) >= maxDocs {
		es := make([]*docEntry, 0, len(c.docs))
		for _, e := range c.docs {
			es = append(es, e)
		}
		slices.SortFunc(es, func(a, b *docEntry) int { return cmp.Compare(a.used, b.used) })
		cut := es[maxDocs/2].used
		for k, e := range c.docs {
			if e.used < cut {
				delete(c.docs, k)
			}
		}
	}
	c.docs[id] = &docEntry{d: d, used: c.tick}
}

// Doc returns a stored article as the linking stage reads it, with tokens rebuilt by reg's
// pack.
func Doc(r *store.Record, reg *lang.Registry) *link.Doc { return docOf(r, reg) }

// docOf returns a stored article as the linking stage reads it. Tokens are not stored (they
// are cheap to remake and large), so they are rebuilt with the article's pack.
func docOf(r *store.Record, reg *lang.Registry) *link.Doc {
	an := r.Analysis
	if an == nil {
		an = &article.Analysis{}
	}
	if len(an.Tokens) == 0 && r.Article.Text != "" {
		p, _ := reg.Get(r.Article.Language)
		seg := &article.Analysis{}
		analyze.Segment(r.Article, seg, p)
		cp := *an
		cp.Tokens, cp.Sentences = seg.Tokens, seg.Sentences
		an = &cp
	}
	return &link.Doc{Article: r.Article, Analysis: an}
}
