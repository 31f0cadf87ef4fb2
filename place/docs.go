package place

import (
	"context"
	"errors"
	"sync"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/link"
	"crosscheck/store"
)

// docCache fetches candidates for provenance from the store and keeps the recent ones with
// their tokens and link features, so that an article compared with many later ones is read,
// decoded, tokenised and featurised once. Bounded: past maxDocs the oldest half goes.
type docCache struct {
	st  Store
	reg *lang.Registry

	mu    sync.Mutex
	docs  map[string]*link.Doc
	order []string
}

const maxDocs = 2048

func newDocCache(st Store, reg *lang.Registry) *docCache {
	return &docCache{st: st, reg: reg, docs: map[string]*link.Doc{}}
}

// Doc implements link.Docs.
func (c *docCache) Doc(id string) (*link.Doc, error) {
	c.mu.Lock()
	d, ok := c.docs[id]
	c.mu.Unlock()
	if ok {
		return d, nil
	}
	r, err := c.st.Get(context.Background(), id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	d = docOf(r, c.reg)
	c.put(id, d)
	return d, nil
}

func (c *docCache) put(id string, d *link.Doc) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.docs[id]; ok {
		c.docs[id] = d
		return
	}
	if len(c.order) >= maxDocs {
		for _, old := range c.order[:maxDocs/2] {
			delete(c.docs, old)
		}
		c.order = append([]string(nil), c.order[maxDocs/2:]...)
	}
	c.docs[id] = d
	c.order = append(c.order, id)
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
