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

// DocTerms is implemented by Docs that keep the Terms of articles they no longer hold whole:
// the linker asks for them before fetching a candidate and fetches only one that can pass
// its first test. ok is false when the Terms are not known (then the candidate is fetched).
type DocTerms interface {
	Terms(id string) (t Terms, ok bool)
}

// Sources answers which source an article currently derives from. The placement stage keeps
// the derivations in a table; NewLinker keeps them in memory.
type Sources interface {
	Source(id string) (Derivation, bool, error)
}

// Linker finds, for each new article, where it comes from (or what comes from it) among the
// articles it has seen. It keeps the retrieval index and, for every derived article, its
// current best source, so that a source arriving later, or a better one, replaces the old
// link. Safe for concurrent use; Link calls are serialised so results do not depend on timing.
type Linker struct {
	idx  *Index
	docs Docs
	src  Sources // nil: best, in memory

	mu   sync.Mutex
	best map[string]Derivation // derived article id -> its source, when kept in memory
}

// NewLinker returns a linker over idx (or a new index in memory) that fetches candidates from
// docs and keeps the derivations it finds in memory.
func NewLinker(idx *Index, docs Docs) *Linker {
	if idx == nil {
		idx = NewIndex()
	}
	return &Linker{idx: idx, docs: docs, best: map[string]Derivation{}}
}

// NewLinkerOn returns a linker whose current derivations are kept by src: Link reads them
// there, and the caller stores every derivation Link returns before the next call.
func NewLinkerOn(idx *Index, docs Docs, src Sources) *Linker {
	return &Linker{idx: idx, docs: docs, src: src}
}

// lookup returns the current source of id: what this call decided (overlay), else what is
// kept.
func (l *Linker) lookup(overlay map[string]Derivation, id string) (Derivation, bool, error) {
	if d, ok := overlay[id]; ok {
		return d, true, nil
	}
	if l.src != nil {
		return l.src.Source(id)
	}
	d, ok := l.best[id]
	return d, ok, nil
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
	d, ok, err := l.lookup(nil, id)
	return d, ok && err == nil
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
	if d.compact {
		return nil, fmt.Errorf("link: link: %s is a compact doc, a candidate only", d.id())
	}
	id := d.id()
	fd := d.cached()
	sig := d.signature()
	l.mu.Lock()
	defer l.mu.Unlock()
	cands, err := l.idx.Candidates(sig)
	if err != nil {
		return nil, fmt.Errorf("link: candidates of %s: %w", id, err)
	}
	var found []Derivation
	known, _ := l.docs.(DocTerms)
	for _, cid := range cands {
		if cid == id {
			continue
		}
		if known != nil {
			if t, ok := known.Terms(cid); ok && !mayDeriveTerms(fd, t) {
				continue // mayDerive would say no: skip the fetch
			}
		}
		cd, err := l.docs.Doc(cid)
		if err != nil {
			return nil, fmt.Errorf("link: fetch candidate %s: %w", cid, err)
		}
		if cd == nil {
			continue
		}
		cf := cd.cached()
		// the hashes first: comparing integers rejects most candidates at a fraction of
		// the cost of comparing the terms
		if !mayDeriveTerms(fd, cf.termHashes()) || !mayDerive(fd, cf) {
			continue
		}
		if c := compareFeat(d, cd, fd, cf, false); c.Derived != nil {
			found = append(found, *c.Derived)
		}
	}
	slices.SortFunc(found, func(a, b Derivation) int {
		return strings.Compare(a.Article+"\x00"+a.Source, b.Article+"\x00"+b.Source)
	})
	var out []Derivation
	overlay := map[string]Derivation{}
	// d's own source: roots first, then the strongest evidence.
	var mine *Derivation
	for k := range found {
		f := &found[k]
		if f.Article != id {
			continue
		}
		if mine == nil {
			mine = f
			continue
		}
		b, err := l.better(overlay, *f, *mine)
		if err != nil {
			return nil, err
		}
		if b {
			mine = f
		}
	}
	if mine != nil {
		overlay[id] = *mine
		out = append(out, *mine)
	}
	// Articles derived from d. Unlinked ones first, so that when d becomes the source of two
	// rewrites that had linked to each other, both see the other as derived.
	for pass := range 2 {
		for _, f := range found {
			if f.Source != id || (mine != nil && mine.Source == f.Article) {
				continue
			}
			cur, has, err := l.lookup(overlay, f.Article)
			if err != nil {
				return nil, err
			}
			if pass == 0 && has || pass == 1 && (!has || cur.Source == id) {
				continue
			}
			if has {
				b, err := l.better(overlay, f, cur)
				if err != nil {
					return nil, err
				}
				if !b {
					continue
				}
			}
			overlay[f.Article] = f
			out = append(out, f)
		}
	}
	if err := l.idx.Add(id, sig); err != nil {
		return nil, fmt.Errorf("link: index %s: %w", id, err)
	}
	if l.src == nil {
		for a, d := range overlay {
			l.best[a] = d
		}
	}
	slices.SortFunc(out, func(a, b Derivation) int { return strings.Compare(a.Article, b.Article) })
	return out, nil
}

// better reports whether derivation a is a better source link than b for the same article:
// a source that is not itself derived beats one that is; then the stronger evidence; then
// the smaller id, for determinism.
func (l *Linker) better(overlay map[string]Derivation, a, b Derivation) (bool, error) {
	_, aDerived, err := l.lookup(overlay, a.Source)
	if err != nil {
		return false, err
	}
	_, bDerived, err := l.lookup(overlay, b.Source)
	if err != nil {
		return false, err
	}
	if aDerived != bDerived {
		return !aDerived, nil
	}
	if a.Score != b.Score {
		return a.Score > b.Score, nil
	}
	return a.Source < b.Source, nil
}

// minSharedTerms is the share of the smaller article's distinct terms that the larger must
// also have for one to derive from the other: a copy, rewrite or summary keeps most of its
// words' roots, so below this the sentence alignment, the costly step, cannot find enough
// support and is skipped.
const minSharedTerms = 0.2

// MayDerive is the linker's cheap first test of two articles: false when they share too few
// terms for one to derive from the other, so the alignment need not run.
func MayDerive(a, b *Doc) bool { return mayDerive(a.cached(), b.cached()) }

func mayDerive(a, b *docFeat) bool {
	small := min(len(a.vocab), len(b.vocab))
	if small == 0 {
		return false
	}
	// Both vocabularies are sorted: count the terms they share in one pass.
	shared := 0
	va, vb := a.vocab, b.vocab
	for x, y := 0, 0; x < len(va) && y < len(vb); {
		switch c := compareTerms(a.pfx[x], va[x], b.pfx[y], vb[y]); {
		case c < 0:
			x++
		case c > 0:
			y++
		default:
			shared++
			x++
			y++
		}
	}
	return float64(shared) >= minSharedTerms*float64(small)
}

// mayDeriveTerms is mayDerive with b known by its Terms. Two different terms may share a
// hash, which can only add to the count of shared hashes, never take from it (each shared
// term is one shared hash), so it is false only where mayDerive is false.
func mayDeriveTerms(a *docFeat, b Terms) bool {
	small := min(len(a.vocab), len(b))
	if small == 0 {
		return false
	}
	shared := 0
	ha := a.termHashes()
	for x, y := 0, 0; x < len(ha) && y < len(b); {
		switch {
		case ha[x] < b[y]:
			x++
		case ha[x] > b[y]:
			y++
		default:
			shared++
			x++
			y++
		}
	}
	return float64(shared) >= minSharedTerms*float64(small)
}
