package place

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"sync"
	"time"

	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/link"
	"crosscheck/store"
)

// Options tune placement. The zero value of a field means its default.
type Options struct {
	// Model decides whether two articles report one happening; nil means the generated
	// default (weights.go).
	Model *Model
	// Window is how far apart in time an article and a candidate may be.
	Window time.Duration
	// EventSpan is the longest time one event may cover: a happening is reported over a few
	// days, so reports that would stretch an event further start a new one (which may join
	// its storyline) instead of letting it drift from one happening to the next.
	EventSpan time.Duration
	// StoryWindow is how far back a storyline's events count when an event asks to join it.
	StoryWindow time.Duration
	// StoryNames and StoryTopic are how similar an event's names and terms must be to a
	// storyline's recent events for the event to join it, and StoryScore how high their sum.
	// Names weigh more than the topic (0.35 and 0.07; 0.28 and 0.14 before stop 25): the body
	// terms of a match's preview, its report and its aftermath, or of a product launch and its
	// live ticker, differ, while their actors are the same (left out by window: storylines P
	// 0.968 → 0.970, R 0.774 → 0.788; docs/quality.md).
	StoryNames, StoryTopic, StoryScore float64
	// StoryShared is how many names an event must share with a storyline (0: 2), StoryRecent
	// how many of a storyline's most recent events make its profile (0: 12), and
	// StoryCandidates how many storylines are weighed as a whole for one event (0: 3).
	StoryShared, StoryRecent, StoryCandidates int
	// The news-cycle join (place/storyline.go): an event within CycleSpan (0: 30 hours) of one
	// of a storyline's articles joins it on CycleShared shared names (0: 3), a names cosine
	// of CycleNames (0: 0.30) and a topic of CycleTopic (0: 0.08). These and the fields above
	// are set by measuring tools (evaluate/stream StoryStudy); the product keeps the defaults.
	CycleSpan              time.Duration
	CycleShared            int
	CycleNames, CycleTopic float64
	// Furniture: a paragraph seen in this many earlier articles of one site is furniture.
	Furniture int
	// QueryTerms is how many of an article's headline and lead terms (the rarest) look for
	// candidates; MaxCandidates bounds the articles compared.
	QueryTerms, MaxCandidates int
	// Batch is how many articles one transaction places at most (0: 512, so that a placement
	// session of the pipeline, pipeline.DefaultPlaceEvery stored versions, is one transaction:
	// each commit writes again every page of place_terms and link_keys that the batch's
	// counts and keys touched).
	Batch int
	// Log receives what goes wrong with single articles (nil: slog's default).
	Log *slog.Logger
	// Observe, when set, is told every pair the placer scores for events (the article being
	// placed first): the weight generator learns from them.
	Observe func(article, candidate string, p Pair)
	// ObserveProfile, when set, is told the profile of every article the placer places by
	// content (before its candidates) and the vocabulary's idf of the moment: measuring tools
	// pool them as events do.
	ObserveProfile func(p *Profile, idf func(uint32) (float64, error))
}

func (o Options) withDefaults() Options {
	if o.Model == nil {
		o.Model = DefaultModel()
	}
	orDefault(&o.Window, 4*24*time.Hour)
	orDefault(&o.EventSpan, 7*24*time.Hour)
	orDefault(&o.StoryWindow, 14*24*time.Hour)
	orDefault(&o.StoryNames, 0.35)
	orDefault(&o.StoryTopic, 0.07)
	orDefault(&o.StoryScore, o.StoryNames+o.StoryTopic)
	orDefault(&o.StoryShared, 2)
	orDefault(&o.StoryRecent, 12)
	orDefault(&o.StoryCandidates, 3)
	orDefault(&o.CycleSpan, 30*time.Hour)
	orDefault(&o.CycleShared, 3)
	orDefault(&o.CycleNames, 0.30)
	orDefault(&o.CycleTopic, 0.08)
	orDefault(&o.Furniture, 3)
	orDefault(&o.Batch, 512)
	if o.Log == nil {
		o.Log = slog.Default()
	}
	orDefault(&o.QueryTerms, 24)
	orDefault(&o.MaxCandidates, 64)
	return o
}

// orDefault sets *v to d when it is not set (zero or less).
func orDefault[T int | float64 | time.Duration](v *T, d T) {
	if *v <= 0 {
		*v = d
	}
}

// Store is what placement reads of the store: articles by id (candidates for provenance),
// their versions (a candidate as it was placed, when a later version is stored already) and
// the stored versions after a sequence number, in order, as far as they are placeable (a
// queued job still being analysed stops the list, so placement never skips ahead).
type Store interface {
	Get(ctx context.Context, id string) (*store.Record, error)
	Versions(ctx context.Context, id string) ([]*store.Record, error)
	Placeable(ctx context.Context, after int64, limit int) ([]*store.Record, error)
}

// Placer is the placement stage. Safe for concurrent use: placements are serialised, in this
// process by a mutex and between processes by the database (a write transaction per
// article that holds the placement lock).
type Placer struct {
	db  DB
	st  Store
	reg *lang.Registry
	opt Options

	log *slog.Logger

	mu     sync.Mutex
	c      *cache
	docs   *docCache
	primed primed
	cursor int64 // the cursor as this process last left it; -1 unknown
}

// Open migrates the placement tables and returns a placer over them. It does not place
// anything yet: call PlacePending to catch up with articles stored but not placed (after a
// crash, or by another process).
func Open(ctx context.Context, db DB, st Store, reg *lang.Registry, opt Options) (*Placer, error) {
	if err := migrate(ctx, db); err != nil {
		return nil, err
	}
	opt = opt.withDefaults()
	return &Placer{db: db, st: st, reg: reg, opt: opt, log: opt.Log, c: newCache(), docs: newDocCache(st, reg), cursor: -1}, nil
}

// Cursor returns the store sequence number placement has placed through.
func (p *Placer) Cursor(ctx context.Context) (int64, error) {
	v, err := getMeta(ctx, p.db.DB(), "cursor")
	if err != nil {
		return 0, err
	}
	n, _ := strconv.ParseInt(v, 10, 64)
	return n, nil
}

// Place places one stored article version. Versions are placed in the store's order: when
// earlier ones are still unplaced (another process stored them, or a crash interrupted),
// those are placed first. Placing what is already placed does nothing.
func (p *Placer) Place(ctx context.Context, rec *store.Record) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	for {
		if p.cursor >= rec.Seq {
			return nil
		}
		n, err := p.placeBatch(ctx, rec)
		if err != nil || n == 0 {
			return err
		}
	}
}

// PlacePending places every stored version not placed yet, in order, and returns how many.
func (p *Placer) PlacePending(ctx context.Context) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	total := 0
	for {
		n, err := p.placeBatch(ctx, nil)
		total += n
		if err != nil || n == 0 {
			return total, err
		}
	}
}

// placeBatch places the versions after the cursor, up to Options.Batch of them, in one
// transaction (so commits and the vocabulary's counts are written once per batch). want,
// when given and among them, saves reading it back from the store. When one of them cannot
// be placed, the batch is placed again one version per transaction, and a version that still
// fails is recorded in place_failures and passed over, so one bad article never stops the
// stream. It returns how many versions it placed or passed.
func (p *Placer) placeBatch(ctx context.Context, want *store.Record) (int, error) {
	tx, err := begin(ctx, p.db)
	if err != nil {
		return 0, fmt.Errorf("place: begin: %w", err)
	}
	defer tx.Rollback()
	done := ctx
	ctx = p.statementContext(ctx)
	cursor, err := p.startTx(ctx, tx)
	if err != nil {
		return 0, err
	}
	recs, err := p.placeable(ctx, cursor)
	if err != nil {
		return 0, fmt.Errorf("place: read stored articles after %d: %w", cursor, err)
	}
	if len(recs) == 0 {
		return 0, nil
	}
	for i, r := range recs {
		if want != nil && r.Seq == want.Seq {
			recs[i] = want
		}
	}
	for _, r := range recs {
		if err := done.Err(); err != nil {
			tx.Rollback()
			p.c = newCache()
			return 0, err
		}
		if err := p.place(ctx, tx, r); err != nil {
			tx.Rollback()
			p.c = newCache()
			if len(recs) == 1 {
				return p.passOver(done, r, err)
			}
			return p.placeSingly(done, recs)
		}
	}
	if err := p.endTx(ctx, tx, recs[len(recs)-1].Seq); err != nil {
		return 0, err
	}
	return len(recs), nil
}

// statementContext is the context of the statements of a batch's transaction, once begun.
// On SQLite it is never done: the driver watches a context that can be (ingest's) with a
// goroutine of its own for every statement, to interrupt it, and placement runs some thirty
// short statements an article (the goroutines were 2-3 % of its CPU). placeBatch asks ctx
// between versions instead, and the transaction, begun with ctx, is still rolled back when
// ctx is done. PostgreSQL's statements keep ctx: one may wait for another process.
func (p *Placer) statementContext(ctx context.Context) context.Context {
	if p.db.Dialect() == store.Postgres {
		return ctx
	}
	return context.WithoutCancel(ctx)
}

// placeSingly places recs one per transaction, passing over the ones that fail.
func (p *Placer) placeSingly(ctx context.Context, recs []*store.Record) (int, error) {
	for i, r := range recs {
		tx, err := begin(ctx, p.db)
		if err != nil {
			return i, fmt.Errorf("place: begin: %w", err)
		}
		cursor, err := p.startTx(ctx, tx)
		if err != nil {
			tx.Rollback()
			return i, err
		}
		if cursor >= r.Seq {
			tx.Rollback()
			continue // another process got there first
		}
		if err := p.place(ctx, tx, r); err != nil {
			tx.Rollback()
			p.c = newCache()
			if _, err := p.passOver(ctx, r, err); err != nil {
				return i, err
			}
			continue
		}
		if err := p.endTx(ctx, tx, r.Seq); err != nil {
			tx.Rollback()
			return i, err
		}
	}
	return len(recs), nil
}

// passOver records that a version could not be placed (and why) and moves the cursor past
// it, in its own transaction. The article stays stored; `crosscheck ingest` of it again, or
// a fixed crosscheck, places it.
func (p *Placer) passOver(ctx context.Context, r *store.Record, why error) (int, error) {
	p.log.Error("placement failed; the article stays stored but in no event", "article", r.Article.ID, "err", why)
	tx, err := begin(ctx, p.db)
	if err != nil {
		return 0, fmt.Errorf("place: begin: %w", err)
	}
	defer tx.Rollback()
	if _, err := p.startTx(ctx, tx); err != nil {
		return 0, err
	}
	msg := why.Error()
	if len(msg) > 500 {
		msg = msg[:500]
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO place_failures (seq, article, error) VALUES ($1, $2, $3) ON CONFLICT (seq) DO UPDATE SET error = excluded.error`,
		r.Seq, r.Article.ID, msg); err != nil {
		return 0, fmt.Errorf("place: record failure of %s: %w", r.Article.ID, err)
	}
	if err := p.endTx(ctx, tx, r.Seq); err != nil {
		return 0, err
	}
	return 1, nil
}

// startTx reads the cursor in a new transaction and drops what is cached when another
// process placed since this one last did.
func (p *Placer) startTx(ctx context.Context, tx *sql.Tx) (int64, error) {
	cur, err := getMeta(ctx, tx, "cursor")
	if err != nil {
		return 0, err
	}
	cursor, _ := strconv.ParseInt(cur, 10, 64)
	if cursor != p.cursor {
		// Someone else placed (or this is the first transaction): what is cached may be stale.
		p.c = newCache()
		p.c.readVocab = p.cursor == -1 // this process's first transaction (cache.readVocab)
		p.c.readKeys = p.c.readVocab
		p.c.readPosts = p.c.readVocab
		p.docs = newDocCache(p.st, p.reg)
		p.cursor = cursor
	}
	p.c.meta = nil // read afresh in every transaction: cheap, and never stale
	p.c.pg = p.db.Dialect() == store.Postgres
	return cursor, nil
}

// endTx writes the cached counts and the cursor, and commits.
func (p *Placer) endTx(ctx context.Context, tx *sql.Tx, cursor int64) error {
	fail := func(err error) error {
		p.c = newCache()
		return err
	}
	if err := p.c.flushTerms(ctx, tx); err != nil {
		return fail(err)
	}
	if err := p.c.flushKeys(ctx, tx); err != nil {
		return fail(err)
	}
	if err := p.c.setMeta(ctx, tx, "cursor", strconv.FormatInt(cursor, 10)); err != nil {
		return fail(err)
	}
	if err := p.c.flushMeta(ctx, tx); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(fmt.Errorf("place: commit: %w", err))
	}
	p.cursor = cursor
	p.c.trim()
	return nil
}

// placement is the work of placing one article, inside its transaction.
type placement struct {
	p   *Placer
	ctx context.Context
	tx  *sql.Tx
	rec *store.Record
	v   *txVocab
}

// place places one version inside tx. A panic (a bug met by one odd article) becomes an
// error for that article, so the stream goes on.
func (p *Placer) place(ctx context.Context, tx *sql.Tx, rec *store.Record) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("placement failed (a bug, please report it with this article): %v", r)
		}
	}()
	pl := &placement{p: p, ctx: ctx, tx: tx, rec: rec, v: newTxVocab(ctx, tx, p.c)}
	return pl.run()
}

func (pl *placement) run() error {
	a, an := pl.rec.Article, pl.rec.Analysis
	if an == nil {
		an = &article.Analysis{}
	}
	pack, _ := pl.p.reg.Get(a.Language)
	var pinned int64
	if !pl.first() {
		var err error
		if pinned, err = pl.retire(a.ID); err != nil {
			return err
		}
	}
	host := a.Site()
	paras, prepared := pl.p.paragraphsFor(pl.rec)
	furn, err := pl.furniture(a, host, paras, prepared)
	if err != nil {
		return err
	}
	// A record read back from the store has no tokens (they are not stored): the doc
	// rebuilds them, so a placement resumed from the store equals one made inline.
	job := pl.p.profileJob(pl.rec)
	doc := pl.p.docFor(pl.rec)
	pl.p.docs.upto = pl.rec.Seq
	pl.p.docs.put(a.ID, doc)
	an = doc.Analysis
	ds, err := pl.link(withoutFurniture(doc, furn))
	if err != nil {
		return err
	}
	var prof *Profile
	var draft *profileDraft
	if len(furn) == 0 {
		draft = job.draftFor(a, an) // drafted without furniture, as there is none
	}
	if draft != nil {
		prof, err = draft.finish(pack, pl.v)
	} else {
		prof, err = BuildProfile(a, an, pack, furn, pl.v)
	}
	if err != nil {
		return err
	}
	prof.Seq, prof.ID = pl.rec.Seq, a.ID
	if err := pl.names(prof.Display); err != nil {
		return err
	}
	prof.Time = midpoint(a.Published)
	var source string
	derivedFrom := map[string]bool{}
	for _, d := range ds {
		if d.Article == a.ID {
			source = d.Source
			if prof.Time == 0 {
				prof.Time = midpoint(d.EstimatedPublished)
			}
		} else {
			derivedFrom[d.Article] = true
		}
	}
	when := prof.Time
	if when == 0 {
		// An undated article is indexed at the time of the stream around it.
		if s, err := pl.p.c.getMeta(pl.ctx, pl.tx, "last_time"); err == nil && s != "" {
			when, _ = strconv.ParseInt(s, 10, 64)
		}
	} else if err := pl.p.c.setMeta(pl.ctx, pl.tx, "last_time", strconv.FormatInt(prof.Time, 10)); err != nil {
		return err
	}
	cands, err := pl.candidates(prof, when, source, derivedFrom)
	if err != nil {
		return err
	}
	dec, err := pl.decide(prof, cands, source, derivedFrom, pinned)
	if err != nil {
		return err
	}
	return pl.write(prof, when, dec, cands)
}

// first reports whether the version being placed is its article's first: then no earlier
// version left an assignment, a signature or furniture spans to look up or take back (only
// placement writes those, and a version is placed once), which saves three statements per
// new article.
func (pl *placement) first() bool { return pl.rec.Version == 1 }

// names keeps a written form of each name key the first time it is seen, so explanations
// show "Hannover", not the key that joins it with "Hanover".
func (pl *placement) names(display map[string]string) error {
	var rows [][]any
	for k, n := range display {
		id, ok := pl.v.c.termID[k]
		if !ok || pl.p.c.named[id] {
			continue
		}
		pl.p.c.named[id] = true
		delete(pl.p.c.labels, id) // it may have a written name now
		rows = append(rows, []any{int64(id), n})
	}
	slices.SortFunc(rows, func(a, b []any) int { return int(a[0].(int64) - b[0].(int64)) })
	return pl.p.c.insert(pl.ctx, pl.tx, "place_names (term, name)", []string{"bigint", "text"}, "ON CONFLICT (term) DO NOTHING", rows)
}

// midpoint is the middle of the time a published date stands for, in unix seconds (0 when
// unknown): noon of a day, the middle of a month or year. A report dated only "2024-11" is
// then about as close to one of 14 November as it can be.
func midpoint(published string) int64 {
	t, prec := article.ParsePublished(published)
	var end time.Time
	switch prec {
	case article.PrecisionNone:
		return 0
	case article.PrecisionTime:
		return t.Unix()
	case article.PrecisionYear:
		end = t.AddDate(1, 0, 0)
	case article.PrecisionMonth:
		end = t.AddDate(0, 1, 0)
	default:
		end = t.AddDate(0, 0, 1)
	}
	return t.Unix() + (end.Unix()-t.Unix())/2
}

// retire takes an earlier version of the article out of its event (a new version replaces
// it). It returns the event a user pinned the article to, or 0.
func (pl *placement) retire(id string) (int64, error) {
	var event, pinned int64
	err := pl.tx.QueryRowContext(pl.ctx, `SELECT event, pinned FROM assignments WHERE article = $1`, id).Scan(&event, &pinned)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read placement of %s: %w", id, err)
	}
	pc, err := pl.p.c.postCacheOf(pl.ctx, pl.tx)
	if err != nil {
		return 0, err
	}
	if _, err := pl.tx.ExecContext(pl.ctx, `UPDATE place_articles SET active = 0 WHERE id = $1`, id); err != nil {
		return 0, err
	}
	if pc != nil {
		pc.retire(id)
	}
	if _, err := pl.tx.ExecContext(pl.ctx, `DELETE FROM assignments WHERE article = $1`, id); err != nil {
		return 0, err
	}
	if err := pl.recount(event); err != nil {
		return 0, err
	}
	if pinned != 0 {
		return resolveEvent(pl.ctx, pl.tx, event)
	}
	return 0, nil
}

// recount refreshes an event's size after an article left it.
func (pl *placement) recount(event int64) error {
	_, err := pl.tx.ExecContext(pl.ctx, `UPDATE events SET articles = (SELECT count(*) FROM assignments WHERE event = $1),
		t_first = coalesce((SELECT min(t) FROM place_articles WHERE event = $1 AND active = 1), t_first),
		t_last = coalesce((SELECT max(t) FROM place_articles WHERE event = $1 AND active = 1), t_last),
		changed = $2 WHERE id = $1`, event, pl.rec.Seq)
	return err
}

// resolveEvents resolves many events at once: one statement, and more only for the rare
// events merged by a user.
func resolveEvents(ctx context.Context, q querier, events []int64) (map[int64]int64, error) {
	out := map[int64]int64{}
	var ids []any
	for _, e := range events {
		if _, ok := out[e]; !ok {
			out[e] = e
			ids = append(ids, e)
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT id FROM events WHERE merged_into IS NOT NULL AND id IN (`+placeholders(1, len(ids))+`)`, ids...)
	if err != nil {
		return nil, err
	}
	var merged []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		merged = append(merged, id)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	for _, id := range merged {
		if out[id], err = resolveEvent(ctx, q, id); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// resolveEvent follows merges to the event that holds what event held.
func resolveEvent(ctx context.Context, q querier, event int64) (int64, error) {
	for range 64 {
		var into sql.NullInt64
		err := q.QueryRowContext(ctx, `SELECT merged_into FROM events WHERE id = $1`, event).Scan(&into)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, nil
		}
		if err != nil {
			return 0, err
		}
		if !into.Valid {
			return event, nil
		}
		event = into.Int64
	}
	return 0, fmt.Errorf("event %d: merges form a loop", event)
}

// link finds the article's provenance and stores it.
func (pl *placement) link(doc *link.Doc) ([]link.Derivation, error) {
	keys := &txKeys{ctx: pl.ctx, tx: pl.tx, c: pl.p.c, seq: pl.rec.Seq}
	var known int
	if !pl.first() {
		if err := pl.tx.QueryRowContext(pl.ctx, `SELECT count(*) FROM link_signatures WHERE article = $1`, doc.Article.ID).Scan(&known); err != nil {
			return nil, err
		}
	}
	if known > 0 {
		// A new version of a known article: keep its first signature (an id names one
		// article's content for the index) and its derivations.
		return nil, nil
	}
	l := link.NewLinkerOn(link.NewIndexOn(keys), pl.p.docs, &txSources{ctx: pl.ctx, tx: pl.tx})
	ds, err := l.Link(doc)
	if err != nil {
		return nil, err
	}
	if err := keys.flush(); err != nil {
		return nil, err
	}
	sig, err := link.NewSignature(doc).MarshalBinary()
	if err != nil {
		return nil, err
	}
	if _, err := pl.tx.ExecContext(pl.ctx, `INSERT INTO link_signatures (article, seq, sig) VALUES ($1, $2, $3)`, doc.Article.ID, pl.rec.Seq, sig); err != nil {
		return nil, err
	}
	n, err := keys.Len()
	if err != nil {
		return nil, err
	}
	if err := pl.p.c.setMeta(pl.ctx, pl.tx, "linked", strconv.Itoa(n+1)); err != nil {
		return nil, err
	}
	for _, d := range ds {
		b, err := json.Marshal(d)
		if err != nil {
			return nil, err
		}
		_, err = pl.tx.ExecContext(pl.ctx, `INSERT INTO derivations (article, source, data) VALUES ($1, $2, $3)
			ON CONFLICT (article) DO UPDATE SET source = excluded.source, data = excluded.data`, d.Article, d.Source, string(b))
		if err != nil {
			return nil, fmt.Errorf("store derivation of %s: %w", d.Article, err)
		}
		if d.Article != doc.Article.ID {
			// An earlier article found its source now: its event's stories change.
			if _, err := pl.tx.ExecContext(pl.ctx, `UPDATE events SET changed = $1 WHERE id = (SELECT event FROM assignments WHERE article = $2)`,
				pl.rec.Seq, d.Article); err != nil {
				return nil, err
			}
		}
	}
	return ds, nil
}

// candidate is an earlier article compared with the one being placed.
type candidate struct {
	prof  *Profile
	event int64
	pair  Pair
	prob  float64 // the model's, 0 when a rule keeps them apart
	raw   float64 // the model's, whatever the rules say
	// tooLong: joining the candidate's event would stretch it past Options.EventSpan.
	tooLong bool
}

// maxBuckets bounds the buckets of postings a candidate search asks for one by one.
const maxBuckets = 16

// postings scores the placed articles that share the query terms (term -> idf) within
// [from, to], by the summed idf of what they share, in one statement. except leaves out an
// event's own articles (0: none).
func (pl *placement) postings(idf map[int64]float64, from, to, except int64) (map[int64]float64, error) {
	score := map[int64]float64{}
	if len(idf) == 0 {
		return score, nil
	}
	pc, err := pl.p.c.postCacheOf(pl.ctx, pl.tx)
	if err != nil {
		return nil, err
	}
	if pc != nil && pc.covers(from) {
		return pc.score(idf, from, to, except), nil
	}
	return postingsSQL(pl.ctx, pl.tx, idf, from, to, except)
}

// postingsSQL is postings read from the tables, in one statement.
func postingsSQL(ctx context.Context, q querier, idf map[int64]float64, from, to, except int64) (map[int64]float64, error) {
	score := map[int64]float64{}
	args := []any{from, to, except}
	for t := range idf {
		args = append(args, t)
	}
	slices.SortFunc(args[3:], func(a, b any) int { return int(a.(int64) - b.(int64)) })
	// The buckets the window covers, each asked for by itself (an index seeks the terms
	// within each); a window of more than maxBuckets reads its buckets' range whole.
	lo, hi := postingBucket(from), postingBucket(to)
	buckets := fmt.Sprintf("p.bucket BETWEEN $%d AND $%d", len(args)+1, len(args)+2)
	if hi-lo < maxBuckets {
		n := len(args)
		for b := lo; b <= hi; b++ {
			args = append(args, b)
		}
		buckets = "p.bucket IN (" + placeholders(n+1, len(args)-n) + ")"
	} else {
		args = append(args, lo, hi)
	}
	// Ordered to the term, so that the scores sum the same terms in the same order whatever
	// the plan.
	rows, err := q.QueryContext(ctx, `SELECT p.term, p.seq FROM place_postings p JOIN place_articles a ON a.seq = p.seq
		WHERE `+buckets+` AND p.t BETWEEN $1 AND $2 AND a.active = 1 AND a.event <> $3 AND p.term IN (`+placeholders(4, len(idf))+`)
		ORDER BY p.t DESC, p.seq DESC, p.term LIMIT `+strconv.Itoa(maxPostingRows), args...)
	if err != nil {
		return nil, fmt.Errorf("read postings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var term, seq int64
		if err := rows.Scan(&term, &seq); err != nil {
			return nil, err
		}
		score[seq] += idf[term]
	}
	return score, rows.Err()
}

// prefetchAll reads the document frequencies of every term of the candidates in a few
// statements, before they are compared.
func (pl *placement) prefetchAll(cs []candidate) error {
	var vs []Vector
	for _, c := range cs {
		p := c.prof
		vs = append(vs, p.Title, p.Lead, p.Grams, p.Body, p.Names, p.TitleNames, p.LeadNames)
	}
	return pl.v.prefetch(vs...)
}

// eventSpans reads the time ranges of the candidates' events.
func (pl *placement) eventSpans(cs []candidate) (map[int64][2]int64, error) {
	out := map[int64][2]int64{}
	var ids []any
	for _, c := range cs {
		if _, ok := out[c.event]; !ok {
			out[c.event] = [2]int64{}
			ids = append(ids, c.event)
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := pl.tx.QueryContext(pl.ctx, `SELECT id, t_first, t_last FROM events WHERE id IN (`+placeholders(1, len(ids))+`)`, ids...)
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, a, b int64
		if err := rows.Scan(&id, &a, &b); err != nil {
			return nil, err
		}
		out[id] = [2]int64{a, b}
	}
	return out, rows.Err()
}

// retrieve returns up to n placed articles within [from, to], outside event except, that
// share the most (by summed idf) of the profile's rarest headline and lead terms, best
// first, the newer first among equals: the candidate search of events and storylines.
func (pl *placement) retrieve(prof *Profile, terms int, from, to, except int64, n int) ([]int64, error) {
	idf, err := pl.rarestLead(prof, terms)
	if err != nil {
		return nil, err
	}
	score, err := pl.postings(idf, from, to, except)
	if err != nil {
		return nil, err
	}
	seqs := make([]int64, 0, len(score))
	for s := range score {
		seqs = append(seqs, s)
	}
	slices.SortFunc(seqs, func(a, b int64) int {
		if score[a] != score[b] {
			if score[a] > score[b] {
				return -1
			}
			return 1
		}
		return int(b - a)
	})
	return seqs[:min(n, len(seqs))], nil
}

// rarestLead returns the n rarest of the profile's headline and lead terms that some earlier
// article has too (a term only this article has cannot find anything), with their idf: the
// query terms of both candidate searches.
func (pl *placement) rarestLead(prof *Profile, n int) (map[int64]float64, error) {
	if err := pl.v.prefetch(prof.Lead); err != nil {
		return nil, err
	}
	type tw struct {
		id  uint32
		idf float64
	}
	var qs []tw
	for _, tc := range prof.Lead {
		if pl.v.df(tc.ID) < 2 {
			continue
		}
		idf, err := pl.v.IDF(tc.ID)
		if err != nil {
			return nil, err
		}
		qs = append(qs, tw{tc.ID, idf})
	}
	slices.SortFunc(qs, func(a, b tw) int {
		if a.idf != b.idf {
			if a.idf > b.idf {
				return -1
			}
			return 1
		}
		return int(a.id) - int(b.id)
	})
	idf := map[int64]float64{}
	for _, q := range qs[:min(n, len(qs))] {
		idf[int64(q.id)] = q.idf
	}
	return idf, nil
}

// candidates finds earlier articles that may report the same happening: those sharing the
// rarest headline and lead terms within the time window (from the postings index), plus
// the article's source and the articles derived from it.
func (pl *placement) candidates(prof *Profile, when int64, source string, derivedFrom map[string]bool) ([]candidate, error) {
	o := pl.p.opt
	if o.ObserveProfile != nil {
		o.ObserveProfile(prof, pl.v.IDF)
	}
	win := int64(o.Window / time.Second)
	seqs, err := pl.retrieve(prof, o.QueryTerms, when-win, when+win, 0, o.MaxCandidates)
	if err != nil {
		return nil, err
	}
	// Provenance links are candidates whatever their terms and time (profiles reads them by
	// id).
	profs, err := pl.profiles(seqs, source, derivedFrom)
	if err != nil {
		return nil, err
	}
	spans, err := pl.eventSpans(profs)
	if err != nil {
		return nil, err
	}
	if err := pl.prefetchAll(profs); err != nil {
		return nil, err
	}
	var out []candidate
	self := newPairSide(prof) // its weights are made once for all the candidates
	for _, c := range profs {
		derived := c.prof.ID == source || derivedFrom[c.prof.ID]
		w := weigher{v: pl.v}
		pr, err := pairOfSides(self, newPairSide(c.prof), &w, derived)
		if err != nil {
			return nil, err
		}
		c.pair = pr
		if o.Observe != nil {
			o.Observe(prof.ID, c.prof.ID, pr)
		}
		c.raw = o.Model.Raw(pr.X[:])
		c.prob = o.Model.Prob(pr)
		if sp, ok := spans[c.event]; ok && when != 0 && sp[0] != 0 {
			if max(sp[1], when)-min(sp[0], when) > int64(o.EventSpan/time.Second) {
				c.prob, c.tooLong = 0, true
			}
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if a.prob != b.prob {
			if a.prob > b.prob {
				return -1
			}
			return 1
		}
		return int(a.prof.Seq - b.prof.Seq)
	})
	return out, nil
}

// profiles loads the active profiles of the given placed versions and of the articles
// named by id, with their current (merged-through) events. A profile the cache holds is not
// read again: the statements ask for the blobs of the others only.
func (pl *placement) profiles(seqs []int64, source string, derivedFrom map[string]bool) ([]candidate, error) {
	var out []candidate
	seen := map[int64]bool{}
	missing := map[int64]int{} // seq -> its index in out, for the profiles not cached
	addRow := func(seq, event int64) {
		if seen[seq] {
			return
		}
		seen[seq] = true
		prof := pl.p.c.profiles[seq]
		if prof == nil {
			missing[seq] = len(out)
		}
		out = append(out, candidate{prof: prof, event: event})
	}
	add := func(rows *sql.Rows) error {
		defer rows.Close()
		for rows.Next() {
			var seq, event int64
			var id string
			if err := rows.Scan(&seq, &id, &event); err != nil {
				return err
			}
			addRow(seq, event)
		}
		return rows.Err()
	}
	var want []any
	for _, s := range seqs {
		if s >= 0 {
			want = append(want, s)
		}
	}
	pc, err := pl.p.c.postCacheOf(pl.ctx, pl.tx)
	if err != nil {
		return nil, err
	}
	if pc != nil {
		// The mirror of place_articles answers the statement below when it holds every
		// version asked for (the order of out does not matter: it is sorted by seq at the
		// end, and the seqs are distinct).
		if arts, ok := pc.placed(want); ok {
			for i, s := range want {
				if arts[i].active {
					addRow(s.(int64), arts[i].event)
				}
			}
			want = nil
		}
	}
	if len(want) > 0 {
		rows, err := pl.tx.QueryContext(pl.ctx, `SELECT seq, id, event FROM place_articles WHERE active = 1 AND seq IN (`+placeholders(1, len(want))+`)`, want...)
		if err != nil {
			return nil, fmt.Errorf("read profiles: %w", err)
		}
		if err := add(rows); err != nil {
			return nil, err
		}
	}
	var named []any
	if source != "" {
		named = append(named, source)
	}
	for id := range derivedFrom {
		named = append(named, id)
	}
	slices.SortFunc(named, func(a, b any) int { return cmpString(a.(string), b.(string)) })
	if len(named) > 0 {
		rows, err := pl.tx.QueryContext(pl.ctx, `SELECT seq, id, event FROM place_articles WHERE active = 1 AND id IN (`+placeholders(1, len(named))+`)`, named...)
		if err != nil {
			return nil, fmt.Errorf("read profiles: %w", err)
		}
		if err := add(rows); err != nil {
			return nil, err
		}
	}
	if err := pl.readProfiles(out, missing); err != nil {
		return nil, err
	}
	merges, err := pl.p.c.getMeta(pl.ctx, pl.tx, "corrections")
	if err != nil {
		return nil, err
	}
	// Only a user's merge (a correction, counted in place_meta in its transaction) makes an
	// event merged into another: before the first correction every event is its own.
	if merges != "" {
		evs := make([]int64, len(out))
		for i := range out {
			evs[i] = out[i].event
		}
		res, err := resolveEvents(pl.ctx, pl.tx, evs)
		if err != nil {
			return nil, err
		}
		for i := range out {
			out[i].event = res[out[i].event]
		}
	}
	slices.SortFunc(out, func(a, b candidate) int { return int(a.prof.Seq - b.prof.Seq) })
	return out, nil
}

// readProfiles reads and decodes the profiles of the placed versions in missing (seq ->
// index in out), fills them in and caches them.
func (pl *placement) readProfiles(out []candidate, missing map[int64]int) error {
	if len(missing) == 0 {
		return nil
	}
	seqs := make([]any, 0, len(missing))
	for s := range missing {
		seqs = append(seqs, s)
	}
	slices.SortFunc(seqs, func(a, b any) int { return cmp.Compare(a.(int64), b.(int64)) })
	for lo := 0; lo < len(seqs); lo += maxParams {
		part := seqs[lo:min(len(seqs), lo+maxParams)]
		rows, err := pl.tx.QueryContext(pl.ctx, `SELECT seq, id, profile FROM place_articles WHERE seq IN (`+placeholders(1, len(part))+`)`, part...)
		if err != nil {
			return fmt.Errorf("read profiles: %w", err)
		}
		for rows.Next() {
			var seq int64
			var id string
			var blob []byte
			if err := rows.Scan(&seq, &id, &blob); err != nil {
				rows.Close()
				return err
			}
			prof := &Profile{}
			if err := prof.UnmarshalBinary(blob); err != nil {
				rows.Close()
				return fmt.Errorf("profile of %s: %w", id, err)
			}
			prof.Seq, prof.ID = seq, id
			if len(pl.p.c.profiles) >= maxCachedProfiles {
				pl.p.c.profiles = map[int64]*Profile{}
			}
			pl.p.c.profiles[seq] = prof
			out[missing[seq]].prof = prof
		}
		if err := rows.Close(); err != nil {
			return err
		}
	}
	for _, i := range missing {
		if out[i].prof == nil {
			return fmt.Errorf("read profiles: %w", sql.ErrNoRows)
		}
	}
	return nil
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
