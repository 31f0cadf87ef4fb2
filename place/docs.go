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
// compact (link.Doc.Compact: the article, its sentences and link features, no tokens; see
// put), so
// that an article compared with many later ones is read, decoded, tokenised and featurised
// once. Bounded: past maxDocs the least recently used half goes (an agency report that many
// later articles rewrite stays). Of a doc that goes, its link.Terms stay (up to maxTerms, 4
// bytes a term): most candidates the cache no longer holds share too few terms to be
// aligned, and the linker then skips fetching them.
type docCache struct {
	upto int64 // the Seq of the record being placed: candidates are read as stored before it
	st   Store
	reg  *lang.Registry

	mu    sync.Mutex
	docs  map[string]*docEntry
	tick  uint64
	terms map[string]*termsEntry
}

type docEntry struct {
	d    *link.Doc
	used uint64
}

type termsEntry struct {
	t    link.Terms
	used uint64
}

// maxDocs: kept compact, 8,192 docs take less memory than 2,048 whole ones did, and hold
// the 14-day candidate windows of a stream of about 300 articles a day.
const (
	maxDocs  = 8192
	maxTerms = 32768
)

func newDocCache(st Store, reg *lang.Registry) *docCache {
	return &docCache{st: st, reg: reg, docs: map[string]*docEntry{}, terms: map[string]*termsEntry{}}
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
		d := e.d.Compact() // the doc itself when compact already
		if d != e.d {
			c.mu.Lock()
			e.d = d
			c.mu.Unlock()
		}
		return d, nil
	}
	r, err := c.placed(id)
	if r == nil || err != nil {
		return nil, err
	}
	d := docOf(r, c.reg).Compact()
	return c.put(id, d), nil
}

// placed reads the version of article id that placement has seen: the latest stored before
// the record being placed (upto). Another process, or this one's batch, may have stored a
// later version already, whose text the candidate did not have when it was placed; reading
// that one made a placement depend on what the cache held (a resumed or shared placement
// then differed from one process placing everything).
func (c *docCache) placed(id string) (*store.Record, error) {
	ctx := context.Background()
	r, err := c.st.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil || c.upto == 0 || r.Seq < c.upto {
		return r, err
	}
	vs, err := c.st.Versions(ctx, id)
	if err != nil {
		return nil, err
	}
	for i := len(vs) - 1; i >= 0; i-- {
		if vs[i].Seq < c.upto {
			return vs[i], nil
		}
	}
	return nil, nil
}

// Terms implements link.DocTerms: the Terms of a doc the cache no longer holds whole.
func (c *docCache) Terms(id string) (link.Terms, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.docs[id]; ok {
		return nil, false // held whole: fetching it is free
	}
	e, ok := c.terms[id]
	if !ok {
		return nil, false
	}
	c.tick++
	e.used = c.tick
	return e.t, true
}

// put keeps d, compact (link.Doc.Compact) when its features were made, and returns what it
// keeps; a doc without them is compacted when first fetched (the linker then makes them
// anyway), so that none are made for a doc never compared.
func (c *docCache) put(id string, d *link.Doc) *link.Doc {
	if d.Featured() {
		d = d.Compact()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tick++
	delete(c.terms, id) // a new version's terms are its doc's
	if e, ok := c.docs[id]; ok {
		e.d, e.used = d, c.tick
		return d
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
				if t, ok := e.d.Terms(); ok {
					c.keepTerms(k, t, e.used)
				}
			}
		}
	}
	c.docs[id] = &docEntry{d: d, used: c.tick}
	return d
}

// keepTerms keeps the Terms of a doc that leaves the cache, dropping the least recently
// used half of them past maxTerms.
func (c *docCache) keepTerms(id string, t link.Terms, used uint64) {
	if len(c.terms) >= maxTerms {
		us := make([]uint64, 0, len(c.terms))
		for _, e := range c.terms {
			us = append(us, e.used)
		}
		slices.Sort(us)
		cut := us[maxTerms/2]
		for k, e := range c.terms {
			if e.used < cut {
				delete(c.terms, k)
			}
		}
	}
	c.terms[id] = &termsEntry{t: t, used: used}
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

// primed holds the tokens and sentences of versions this process has just analysed and
// stored, by Seq, until they are placed: the store does not keep tokens, and remaking them
// for every article placed was 4% of an ingest's CPU, all of it in the serial placement.
// Bounded: past maxPrimed (versions another process placed, say) it is emptied.
type primed struct {
	mu sync.Mutex
	m  map[int64]primedDoc
}

type primedDoc struct {
	id, text string
	toks     []article.Token
	sents    []article.Sentence
	prep     *link.Doc  // made by Prepare, or nil
	paras    []paraHash // made by Prepare from prep's article, when parasOK
	parasOK  bool
	rec      *store.Record // the record as stored (its analysis with tokens)
	draft    *profileJob   // drafting prep's profile, when prepared
}

// profileJob drafts the profile of a prepared version in a goroutine of its own, started
// when the version is primed, so that the serial placement finds the draft made (a
// sixteenth of its CPU when made there). The draft assumes no furniture: placement uses it
// only when it finds none in the article, which it learns only from the placed ones.
type profileJob struct {
	a     *article.Article
	an    *article.Analysis
	words Words
	once  sync.Once
	d     *profileDraft
}

// draft returns the draft, making it if the goroutine has not; nil when drafting failed
// (placement then builds the profile itself and reports the failure).
func (j *profileJob) draft() *profileDraft {
	j.once.Do(func() {
		defer func() { _ = recover() }()
		j.d = draftProfile(j.a, j.an, j.words, nil)
	})
	return j.d
}

// profileJob returns the job drafting the profile of r's version as primed, or nil.
func (p *Placer) profileJob(r *store.Record) *profileJob {
	p.primed.mu.Lock()
	defer p.primed.mu.Unlock()
	return p.primed.m[r.Seq].draft
}

// draftFor returns the job's draft when it was made of the very article and analysis
// placement reads, a and an; else nil.
func (j *profileJob) draftFor(a *article.Article, an *article.Analysis) *profileDraft {
	if j == nil || j.a != a || j.an != an {
		return nil
	}
	return j.draft()
}

const maxPrimed = 4096

// Prime hands the placer a version this process has just stored with the analysis it made,
// tokens included, so that placing it does not tokenise it again. The tokens are those
// docOf would remake: the same pack, limits and furniture marks over the same text.
func (p *Placer) Prime(r *store.Record) { p.PrimePrepared(r, nil) }

// Prepare makes, from an article and the analysis just made of it, what placing it needs of
// them alone: its provenance features and signature (3-4 % of an ingest's CPU, all of it in
// the serial placement when made there) and the hashes of its paragraphs that furniture
// counts. It reads no placement state, so the pipeline calls it in its analysis goroutines,
// in parallel, and hands the result to PrimePrepared with the stored record.
func Prepare(a *article.Article, an *article.Analysis) any {
	if a == nil || an == nil || len(an.Tokens) == 0 {
		return nil
	}
	d := &link.Doc{Article: a, Analysis: an}
	d.Prepare()
	return &prepared{doc: d, paras: paragraphHashes(a)}
}

// prepared is what Prepare makes.
type prepared struct {
	doc   *link.Doc
	paras []paraHash // of doc.Article
}

// PrimePrepared is Prime with what Prepare made of the same article and analysis (nil: nothing).
func (p *Placer) PrimePrepared(r *store.Record, made any) {
	if r == nil || r.Article == nil || r.Analysis == nil || len(r.Analysis.Tokens) == 0 {
		return
	}
	pd := primedDoc{id: r.Article.ID, text: r.Article.Text, toks: r.Analysis.Tokens, sents: r.Analysis.Sentences, rec: r}
	// Prepared from this very analysis (the one the record was stored with), or not at all.
	if m, ok := made.(*prepared); ok {
		d := m.doc
		if d.Analysis == r.Analysis && d.Article.ID == pd.id && d.Article.Text == pd.text {
			pd.prep = d
			if slices.Equal(d.Article.Blocks, r.Article.Blocks) {
				pd.paras, pd.parasOK = m.paras, true
			}
			pack, _ := p.reg.Get(d.Article.Language)
			pd.draft = &profileJob{a: d.Article, an: d.Analysis, words: pack}
			go pd.draft.draft()
		}
	}
	p.primed.mu.Lock()
	defer p.primed.mu.Unlock()
	if p.primed.m == nil || len(p.primed.m) >= maxPrimed {
		p.primed.m = map[int64]primedDoc{}
	}
	p.primed.m[r.Seq] = pd
}

// paragraphsFor returns the paragraph hashes prepared for the article of r, and false when
// none were (furniture then makes them).
func (p *Placer) paragraphsFor(r *store.Record) ([]paraHash, bool) {
	p.primed.mu.Lock()
	defer p.primed.mu.Unlock()
	d, ok := p.primed.m[r.Seq]
	if !ok || !d.parasOK || d.prep == nil {
		return nil, false
	}
	a := d.prep.Article
	if a.Text != r.Article.Text || !slices.Equal(a.Blocks, r.Article.Blocks) {
		return nil, false
	}
	return d.paras, true
}

// reusingStore is a Store that can take back records the placer still holds as they were
// stored, instead of decoding them again (sqlstore's PlaceableReusing).
type reusingStore interface {
	PlaceableReusing(ctx context.Context, after int64, limit int, reuse func(seq int64, hash string) *store.Record) ([]*store.Record, error)
}

// placeable reads the versions to place after cursor; those this process primed come as
// the records it stored, not decoded from the store again.
func (p *Placer) placeable(ctx context.Context, cursor int64) ([]*store.Record, error) {
	rs, ok := p.st.(reusingStore)
	if !ok {
		return p.st.Placeable(ctx, cursor, p.opt.Batch)
	}
	return rs.PlaceableReusing(ctx, cursor, p.opt.Batch, func(seq int64, hash string) *store.Record {
		p.primed.mu.Lock()
		defer p.primed.mu.Unlock()
		if d, ok := p.primed.m[seq]; ok && d.rec != nil && d.rec.Hash == hash {
			return d.rec
		}
		return nil
	})
}

// docFor is docOf, with the tokens a primed version came with.
func (p *Placer) docFor(r *store.Record) *link.Doc {
	p.primed.mu.Lock()
	d, ok := p.primed.m[r.Seq]
	if ok {
		delete(p.primed.m, r.Seq)
	}
	p.primed.mu.Unlock()
	if ok && d.rec == r {
		// The record as this process stored it, tokens and all (placeable).
		if d.prep != nil && d.prep.Article == r.Article {
			return d.prep
		}
		return docOf(r, p.reg)
	}
	an := r.Analysis
	if !ok || d.id != r.Article.ID || d.text != r.Article.Text || an == nil || len(an.Tokens) > 0 {
		return docOf(r, p.reg)
	}
	cp := *an
	cp.Tokens, cp.Sentences = d.toks, d.sents
	doc := &link.Doc{Article: r.Article, Analysis: &cp}
	if d.prep != nil {
		// The record is the stored form of the prepared article and analysis, with the
		// same tokens and sentences (TestPreparedDocIsDocOf).
		doc.Adopt(d.prep)
	}
	return doc
}
