package link

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Docs fetches analysed articles by id; the store implements it.
type Docs interface {
	Doc(id string) (*Doc, error)
}

// Linker finds, for each new article, where it comes from (or what comes from it) among the
// articles it has seen. It keeps the retrieval index and, for every derived article, its
// current best source, so that a source arriving later, or a better one, replaces the old
// link. Safe for concurrent use; Link calls are serialised so results do not depend on timing.
type Linker struct {
	idx  *Index
	docs Docs

	mu   sync.Mutex
	best map[string]Derivation // derived article id -> its source
}

// NewLinker returns a linker over idx (reloaded from the store, or NewIndex()) that fetches
// candidates from docs.
func NewLinker(idx *Index, docs Docs) *Linker {
	if idx == nil {
		idx = NewIndex()
	}
	return &Linker{idx: idx, docs: docs, best: map[string]Derivation{}}
}

// Index returns the linker's retrieval index.
func (l *Linker) Index() *Index { return l.idx }

// Restore tells the linker the derivations already stored, so it can judge later ones against
// them after a restart.
func (l *Linker) Restore(ds []Derivation) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, d := range ds {
		l.best[d.Article] = d
	}
}

// Source returns the current source of article id, if it has one.
func (l *Linker) Source(id string) (Derivation, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	d, ok := l.best[id]
	return d, ok
}

// Link indexes d and returns the derivations involving it that are new or replace an earlier
// one: d derived from an earlier article (at most one, the best source), and earlier articles
// derived from d when d turns out to be their source. Each returned Derivation replaces any
// earlier one stored for the same Article. Sources that are not themselves derived are
// preferred, so two rewrites of one report link to the report, not to each other.
func (l *Linker) Link(d *Doc) ([]Derivation, error) {
	if d == nil || d.Article == nil || d.Analysis == nil {
		return nil, fmt.Errorf("link: link: article or analysis missing")
	}
	id := d.id()
	fd := features(d)
	sig := signatureOf(d, fd)
	l.mu.Lock()
	defer l.mu.Unlock()
	var found []Derivation
	for _, cid := range l.idx.Candidates(sig) {
		if cid == id {
			continue
		}
		cd, err := l.docs.Doc(cid)
		if err != nil {
			return nil, fmt.Errorf("link: fetch candidate %s: %w", cid, err)
		}
		if cd == nil {
			continue
		}
		if c := compareFeat(d, cd, fd, features(cd)); c.Derived != nil {
			found = append(found, *c.Derived)
		}
	}
	slices.SortFunc(found, func(a, b Derivation) int {
		return strings.Compare(a.Article+"\x00"+a.Source, b.Article+"\x00"+b.Source)
	})
	var out []Derivation
	// d's own source: roots first, then the strongest evidence.
	var mine *Derivation
	for k := range found {
		f := &found[k]
		if f.Article != id {
			continue
		}
		if mine == nil || l.better(*f, *mine) {
			mine = f
		}
	}
	if mine != nil {
		l.best[id] = *mine
		out = append(out, *mine)
	}
	// Articles derived from d. Unlinked ones first, so that when d becomes the source of two
	// rewrites that had linked to each other, both see the other as derived.
	for pass := range 2 {
		for _, f := range found {
			if f.Source != id || (mine != nil && mine.Source == f.Article) {
				continue
			}
			cur, has := l.best[f.Article]
			if pass == 0 && has || pass == 1 && (!has || cur.Source == id) {
				continue
			}
			if has && !l.better(f, cur) {
				continue
			}
			l.best[f.Article] = f
			out = append(out, f)
		}
	}
	l.idx.Add(id, sig)
	slices.SortFunc(out, func(a, b Derivation) int { return strings.Compare(a.Article, b.Article) })
	return out, nil
}

// better reports whether derivation a is a better source link than b for the same article:
// a source that is not itself derived beats one that is; then the stronger evidence; then
// the smaller id, for determinism.
func (l *Linker) better(a, b Derivation) bool {
	_, aDerived := l.best[a.Source]
	_, bDerived := l.best[b.Source]
	if aDerived != bDerived {
		return !aDerived
	}
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Source < b.Source
}
