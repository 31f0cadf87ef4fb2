package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/cluster"
	"crosscheck/link"
	"crosscheck/store"
)

// Keys of the stage outputs in the store's key-value table.
const (
	kindSignature = "signature" // article id -> link.Signature
	kindDerived   = "derived"   // derived article id -> link.Derivation (JSON)
	kindCluster   = "cluster"   // "state" -> cluster.Clusterer state
	clusterKey    = "state"
)

// saveEvery bounds how many placements may be lost (and replayed on the next start) if the
// process dies between two saves of the clustering state.
const saveEvery = 200

// Placer is the linking and clustering stage: for every stored article it finds where the
// article comes from (link) and which event and storyline it belongs to (cluster), and
// keeps both in the store.
type Placer struct {
	s      store.Store
	reg    langRegistry
	linker *link.Linker
	cl     *cluster.Clusterer

	mu      sync.Mutex
	unsaved int
}

// storeDocs lets the linker fetch candidates from the store. Tokens are not stored (they
// are cheap to remake and large), so they are rebuilt here with the article's pack.
type storeDocs struct {
	s   store.Store
	reg langRegistry
}

func (d storeDocs) Doc(id string) (*link.Doc, error) {
	r, err := d.s.Get(context.Background(), id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return docOf(r, d.reg), nil
}

func docOf(r *store.Record, reg langRegistry) *link.Doc {
	an := r.Analysis
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

// NewPlacer loads the linking index, the known derivations and the clustering state from s,
// then places any stored article that was not placed yet (after a crash between storing an
// article and saving the state).
func NewPlacer(ctx context.Context, s store.Store) (*Placer, error) {
	reg := Registry()
	idx := link.NewIndex()
	err := s.Values(ctx, kindSignature, func(id string, v []byte) error {
		var sig link.Signature
		if err := sig.UnmarshalBinary(v); err != nil {
			return fmt.Errorf("signature of %s: %w", id, err)
		}
		idx.Add(id, sig)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("app: load link index: %w", err)
	}
	p := &Placer{s: s, reg: reg, linker: link.NewLinker(idx, storeDocs{s: s, reg: reg})}
	ds, err := LoadDerivations(ctx, s)
	if err != nil {
		return nil, err
	}
	p.linker.Restore(ds)
	p.cl, err = LoadClusterer(ctx, s)
	if err != nil {
		return nil, err
	}
	var missing []*store.Record
	err = s.Each(ctx, func(r *store.Record) error {
		if _, ok := p.cl.Assignment(r.Article.ID); !ok {
			missing = append(missing, r)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("app: check placements: %w", err)
	}
	for _, r := range missing {
		if err := p.Place(ctx, r); err != nil {
			return nil, err
		}
	}
	if len(missing) > 0 {
		if err := p.Flush(ctx); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// LoadDerivations returns every stored derived-from link, ordered by derived article.
func LoadDerivations(ctx context.Context, s store.Store) ([]link.Derivation, error) {
	var ds []link.Derivation
	err := s.Values(ctx, kindDerived, func(id string, v []byte) error {
		var d link.Derivation
		if err := json.Unmarshal(v, &d); err != nil {
			return fmt.Errorf("derivation of %s: %w", id, err)
		}
		ds = append(ds, d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("app: load derivations: %w", err)
	}
	return ds, nil
}

// LoadClusterer returns the stored clustering state, or a new clusterer for an empty store.
func LoadClusterer(ctx context.Context, s store.Store) (*cluster.Clusterer, error) {
	cl := cluster.New(cluster.Defaults())
	v, err := s.Value(ctx, kindCluster, clusterKey)
	if errors.Is(err, store.ErrNotFound) {
		return cl, nil
	}
	if err != nil {
		return nil, fmt.Errorf("app: load clustering state: %w", err)
	}
	if err := cl.UnmarshalBinary(v); err != nil {
		return nil, fmt.Errorf("app: clustering state is damaged (%w); delete the database's cluster state or re-ingest into a new --db", err)
	}
	return cl, nil
}

// SaveClusterer stores the clustering state (after corrections, say).
func SaveClusterer(ctx context.Context, s store.Store, cl *cluster.Clusterer) error {
	b, err := cl.MarshalBinary()
	if err != nil {
		return fmt.Errorf("app: save clustering state: %w", err)
	}
	if err := s.SetValue(ctx, kindCluster, clusterKey, b); err != nil {
		return err
	}
	return bumpPlacementVersion(ctx, s)
}

// Place links and clusters one stored article.
func (p *Placer) Place(ctx context.Context, r *store.Record) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	d := docOf(r, p.reg)
	id := r.Article.ID
	sig, err := link.NewSignature(d).MarshalBinary()
	if err != nil {
		return fmt.Errorf("link %s: %w", id, err)
	}
	if err := p.s.SetValue(ctx, kindSignature, id, sig); err != nil {
		return err
	}
	ds, err := p.linker.Link(d)
	if err != nil {
		return err
	}
	for _, dv := range ds {
		b, err := json.Marshal(dv)
		if err != nil {
			return fmt.Errorf("link %s: %w", id, err)
		}
		if err := p.s.SetValue(ctx, kindDerived, dv.Article, b); err != nil {
			return err
		}
	}
	in := cluster.Input{ID: id, Article: r.Article, Analysis: d.Analysis}
	pub := r.Article.Published
	if src, ok := p.linker.Source(id); ok {
		in.DerivedFrom = src.Source
		if pub == "" {
			pub = src.EstimatedPublished
		}
	}
	if t, prec := article.ParsePublished(pub); prec != article.PrecisionNone {
		in.Time, in.Precision = t, prec
		if prec == article.PrecisionTime {
			in.Precision = article.PrecisionNone // the clusterer reads None as exact
		}
	}
	p.cl.Add(in)
	for _, dv := range ds {
		if dv.Article != id {
			if _, err := p.cl.Relink(dv.Article, dv.Source); err != nil {
				return fmt.Errorf("cluster %s: %w", dv.Article, err)
			}
		}
	}
	p.unsaved++
	if p.unsaved >= saveEvery {
		return p.flushLocked(ctx)
	}
	return nil
}

// Flush saves the clustering state.
func (p *Placer) Flush(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.flushLocked(ctx)
}

func (p *Placer) flushLocked(ctx context.Context) error {
	if err := SaveClusterer(ctx, p.s, p.cl); err != nil {
		return err
	}
	p.unsaved = 0
	return nil
}

// Doc returns a stored article as the linking stage reads it (tokens rebuilt).
func Doc(r *store.Record) *link.Doc { return docOf(r, Registry()) }
