// Package sqlstore is the store.Store both SQL databases share: the same tables, the same
// statements (placeholders $1, $2, ... which SQLite and PostgreSQL both read) and the same Put
// logic over database/sql. store/sqlite and store/postgres open the connections, own their
// schema migrations and locks, and hand them to New.
package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

	"crosscheck/article"
	"crosscheck/store"
)

// Locker is a lock across processes.
type Locker interface {
	// Lock waits for the lock and returns the function that releases it.
	Lock(ctx context.Context) (unlock func(), err error)
	// TryLock takes the lock if it is free.
	TryLock(ctx context.Context) (unlock func(), ok bool, err error)
}

// Config is what a database brings.
type Config struct {
	Name    string            // "sqlite" or "postgres", for messages
	Dialect store.Dialect     // the SQL a Tx speaks
	Write   *sql.DB           // write transactions (SQLite: one connection, BEGIN IMMEDIATE)
	Read    *sql.DB           // reads; may be Write
	Lock    Locker            // the placement lock
	Serial  string            // run first in every write transaction that puts or migrates (PostgreSQL: an advisory transaction lock), or ""
	Horizon string            // Placeable's upper bound on seq as an SQL expression, or "" for none
	Wrap    func(error) error // turns a driver error into one that says what to do, or nil
}

// Store implements store.Store over database/sql.
type Store struct {
	c     Config
	stmts sync.Map // stmtKey -> *sql.Stmt: hot statements prepared once per pool
}

type stmtKey struct {
	db *sql.DB
	q  string
}

// prepared returns q prepared on db, preparing it on first use. Preparing costs about as
// much as running a lookup, and ingest runs several lookups per article.
func (s *Store) prepared(ctx context.Context, db *sql.DB, q string) (*sql.Stmt, error) {
	k := stmtKey{db, q}
	if st, ok := s.stmts.Load(k); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if old, loaded := s.stmts.LoadOrStore(k, st); loaded {
		st.Close()
		return old.(*sql.Stmt), nil
	}
	return st, nil
}

// queryRow runs a prepared single-row query on the read pool.
func (s *Store) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := s.prepared(ctx, s.c.Read, q)
	if err != nil {
		return s.c.Read.QueryRowContext(ctx, q, args...) // reports the same error when scanned
	}
	return st.QueryRowContext(ctx, args...)
}

// txQueryRow and txExec run q inside tx, through the statement New prepared if there is one.
func (s *Store) txQueryRow(ctx context.Context, tx *sql.Tx, q string, args ...any) *sql.Row {
	if st, ok := s.stmts.Load(stmtKey{s.c.Write, q}); ok {
		return tx.StmtContext(ctx, st.(*sql.Stmt)).QueryRowContext(ctx, args...)
	}
	return tx.QueryRowContext(ctx, q, args...)
}

func (s *Store) txExec(ctx context.Context, tx *sql.Tx, q string, args ...any) error {
	var err error
	if st, ok := s.stmts.Load(stmtKey{s.c.Write, q}); ok {
		_, err = tx.StmtContext(ctx, st.(*sql.Stmt)).ExecContext(ctx, args...)
	} else {
		_, err = tx.ExecContext(ctx, q, args...)
	}
	return err
}

// New returns the store; the schema must exist.
func New(c Config) *Store {
	if c.Read == nil {
		c.Read = c.Write
	}
	if c.Wrap == nil {
		c.Wrap = func(err error) error { return err }
	}
	s := &Store{c: c}
	// Statements used inside write transactions are prepared now: preparing later would wait
	// for a connection of the write pool, which (SQLite) is the one the transaction holds.
	for _, q := range []string{qLatestByID, qLatestByURL, qHasVersion, qCountNew, qInsert, qInsertSeq} {
		if st, err := c.Write.PrepareContext(context.Background(), q); err == nil {
			s.stmts.Store(stmtKey{c.Write, q}, st)
		}
	}
	return s
}

var _ store.Store = (*Store)(nil)

// Statements of the store's own tables. Tests run EXPLAIN on each to check it uses an index.
const (
	qLatestByID  = `SELECT seq, id, version, hash FROM articles WHERE id = $1 AND latest = 1`
	qLatestByURL = `SELECT seq, id, version, hash FROM articles WHERE url = $1 AND latest = 1 AND url <> '' ORDER BY seq LIMIT 1`
	qHasVersion  = `SELECT count(*) FROM articles WHERE id = $1 AND hash = $2`
	qUnlatest    = `UPDATE articles SET latest = 0 WHERE seq = $1`
	insertCols   = `id, version, latest, hash, url, ingested, source, title, published, language, credits, chars, lead, article, analysis`
	qInsert      = `INSERT INTO articles (` + insertCols + `) VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING seq`
	qInsertSeq   = `INSERT INTO articles (seq, ` + insertCols + `) VALUES ($15, $1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`
	recordCols   = `seq, version, hash, ingested, article, analysis`
	metaCols     = `seq, version, id, url, source, title, published, language, credits, chars, lead`
	qGet         = `SELECT ` + recordCols + ` FROM articles WHERE id = $1 AND latest = 1`
	qVersions    = `SELECT ` + recordCols + ` FROM articles WHERE id = $1 ORDER BY version`
	qPage        = `SELECT ` + recordCols + ` FROM articles WHERE latest = 1 AND seq > $1 ORDER BY seq LIMIT $2`
	qMetaPage    = `SELECT ` + metaCols + ` FROM articles WHERE latest = 1 AND seq > $1 ORDER BY seq LIMIT $2`
	qCount       = `SELECT n FROM counters WHERE name = 'articles'`
	qCountNew    = `UPDATE counters SET n = n + 1 WHERE name = 'articles'`
	qPlaceable   = `SELECT ` + recordCols + ` FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`
	// qPlaceableKeys is qPlaceable's rows without their article and analysis.
	qPlaceableKeys = `SELECT seq, version, hash FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`
	qSetValue      = `INSERT INTO kv (kind, key, value) VALUES ($1, $2, $3) ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value`
	qValue         = `SELECT value FROM kv WHERE kind = $1 AND key = $2`
	qValues        = `SELECT key, value FROM kv WHERE kind = $1 ORDER BY key`
	qDeleteValue   = `DELETE FROM kv WHERE kind = $1 AND key = $2`
	qSchemaTable   = `CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT PRIMARY KEY, version INTEGER NOT NULL)`
	qSchemaGet     = `SELECT version FROM schema_migrations WHERE component = $1`
	qSchemaSet     = `INSERT INTO schema_migrations (component, version) VALUES ($1, $2) ON CONFLICT (component) DO UPDATE SET version = excluded.version`
)

// Statements returns every query the store runs with its name, for plan checks.
func Statements() map[string]string {
	return map[string]string{
		"latest by id": qLatestByID, "latest by url": qLatestByURL, "has version": qHasVersion,
		"unlatest": qUnlatest, "insert": qInsert, "insert at seq": qInsertSeq, "get": qGet, "versions": qVersions,
		"page": qPage, "meta page": qMetaPage, "count": qCount, "count new": qCountNew, "placeable": qPlaceable, "placeable keys": qPlaceableKeys,
		"set value": qSetValue, "value": qValue, "values": qValues, "delete value": qDeleteValue,
		"schema get": qSchemaGet, "schema set": qSchemaSet,
	}
}

// Close implements store.Store.
func (s *Store) Close() error {
	s.stmts.Range(func(_, v any) bool { v.(*sql.Stmt).Close(); return true })
	err := s.c.Write.Close()
	if s.c.Read != s.c.Write {
		if e := s.c.Read.Close(); err == nil {
			err = e
		}
	}
	return err
}

// Dialect implements store.Store.
func (s *Store) Dialect() store.Dialect { return s.c.Dialect }

// DB returns the write pool, for the queue of a database that has one.
func (s *Store) DB() *sql.DB { return s.c.Write }

func (s *Store) errorf(format string, args ...any) error {
	for i, a := range args {
		if err, ok := a.(error); ok {
			args[i] = s.c.Wrap(err)
		}
	}
	return fmt.Errorf(s.c.Name+": "+format, args...)
}

// Begin starts a write transaction, serialised with other writers when the database needs it.
func (s *Store) Begin(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.c.Write.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	if s.c.Serial != "" {
		if _, err := tx.ExecContext(ctx, s.c.Serial); err != nil {
			tx.Rollback()
			return nil, err
		}
	}
	return tx, nil
}

// encoded is an item ready for insertion.
type encoded struct {
	a        *article.Article
	an       *article.Analysis
	hash     string
	aj, nj   []byte
	credits  string
	chars    int
	lead     string
	analysed bool
}

// encode encodes a and an for storing; hash is a.ContentHash(), or empty to compute it.
func encode(a *article.Article, an *article.Analysis, hash string) (*encoded, error) {
	if hash == "" {
		hash = a.ContentHash()
	}
	e := &encoded{a: a, an: an, hash: hash, analysed: an != nil}
	var err error
	if e.aj, err = json.Marshal(a); err != nil {
		return nil, fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	if an != nil {
		if e.nj, err = json.Marshal(an); err != nil {
			return nil, fmt.Errorf("encode analysis of %s: %w", a.ID, err)
		}
	}
	if len(a.Credits) > 0 {
		b, _ := json.Marshal(a.Credits)
		e.credits = string(b)
	}
	e.chars = utf8.RuneCountInString(a.Text)
	e.lead = Lead(a.Text)
	return e, nil
}

// jsonText is an encoded JSON value as the string the statement binds, without a copy:
// encode's buffers are made by json.Marshal for this item and never written again, and the
// drivers copy a bound string before the statement returns (a copy of every stored
// article and analysis was 2% of what an ingest allocated).
func jsonText(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// Lead returns the first store.LeadWords words of text.
func Lead(text string) string {
	// strings.Fields of the whole text was 2% of all an ingest allocated.
	var b strings.Builder
	n := 0
	for w := range strings.FieldsSeq(text) {
		if n == store.LeadWords {
			break
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		n++
	}
	return b.String()
}

// ErrNeedsAnalysis is returned by PutTx for an item without analysis whose content is not
// stored yet.
var ErrNeedsAnalysis = errors.New("content is new: analyse it first")

// PutTx puts one article inside tx. seq > 0 stores it at that Seq (a queued job's); an == nil
// is allowed when the caller expects the content to be known, and gives ErrNeedsAnalysis
// when it is not.
func (s *Store) PutTx(ctx context.Context, tx *sql.Tx, a *article.Article, an *article.Analysis, seq int64) (store.Result, error) {
	e, err := encode(a, an, "")
	if err != nil {
		return store.Result{}, err
	}
	return s.putEncoded(ctx, tx, e, seq)
}

func (s *Store) putEncoded(ctx context.Context, tx *sql.Tx, e *encoded, seq int64) (store.Result, error) {
	a := e.a
	// The latest version under this id, or else under this URL, decides what Put does.
	var (
		oldSeq  int64
		id      string
		version int
		oldHash string
	)
	err := s.txQueryRow(ctx, tx, qLatestByID, a.ID).Scan(&oldSeq, &id, &version, &oldHash)
	if errors.Is(err, sql.ErrNoRows) && a.URL != "" {
		err = s.txQueryRow(ctx, tx, qLatestByURL, a.URL).Scan(&oldSeq, &id, &version, &oldHash)
	}
	outcome := store.New
	switch {
	case errors.Is(err, sql.ErrNoRows):
		version = 1
	case err != nil:
		return store.Result{}, err
	case oldHash == e.hash:
		return store.Result{Outcome: store.Unchanged}, nil
	default:
		// Content an earlier version had is not new either: re-ingesting a stream in which
		// one URL comes back with older content must not add versions every time.
		var n int
		if version > 1 {
			if err := s.txQueryRow(ctx, tx, qHasVersion, id, e.hash).Scan(&n); err != nil {
				return store.Result{}, err
			}
		}
		if n > 0 {
			return store.Result{Outcome: store.Unchanged}, nil
		}
		outcome = store.Updated
		version++
	}
	if !e.analysed {
		return store.Result{}, ErrNeedsAnalysis
	}
	if outcome == store.New {
		if err := s.txExec(ctx, tx, qCountNew); err != nil {
			return store.Result{}, err
		}
	}
	if outcome == store.Updated {
		if _, err := tx.ExecContext(ctx, qUnlatest, oldSeq); err != nil {
			return store.Result{}, err
		}
		if id != a.ID {
			// Same URL under another id: keep the first id so links to it stay valid.
			b := *a
			b.ID = id
			a = &b
			if e.aj, err = json.Marshal(a); err != nil {
				return store.Result{}, fmt.Errorf("encode article %s: %w", a.ID, err)
			}
		}
	}
	now := time.Now().UTC()
	args := []any{a.ID, version, e.hash, a.URL, now.Format(time.RFC3339Nano), a.Source, a.Title, a.Published, a.Language,
		e.credits, e.chars, e.lead, jsonText(e.aj), jsonText(e.nj)}
	if seq > 0 {
		if err := s.txExec(ctx, tx, qInsertSeq, append(args, seq)...); err != nil {
			return store.Result{}, err
		}
	} else if err := s.txQueryRow(ctx, tx, qInsert, args...).Scan(&seq); err != nil {
		return store.Result{}, err
	}
	return store.Result{Outcome: outcome, Record: &store.Record{Seq: seq, Version: version, Hash: e.hash, Ingested: now, Article: a, Analysis: e.an}}, nil
}

// Put implements store.Store.
func (s *Store) Put(ctx context.Context, a *article.Article, an *article.Analysis) (store.Outcome, *store.Record, error) {
	rs, err := s.PutBatch(ctx, []store.Item{{Article: a, Analysis: an}})
	if err != nil {
		return 0, nil, err
	}
	return rs[0].Outcome, rs[0].Record, nil
}

// Encode implements store.Encoder: what PutBatch does to an item before its transaction.
func (s *Store) Encode(it store.Item) (any, error) {
	if it.Analysis == nil {
		it.Analysis = &article.Analysis{}
	}
	e, err := encode(it.Article, it.Analysis, it.Hash)
	if err != nil {
		return nil, err
	}
	return e, nil
}

// PutBatch implements store.Store.
func (s *Store) PutBatch(ctx context.Context, items []store.Item) ([]store.Result, error) {
	if len(items) == 0 {
		return nil, nil
	}
	es := make([]*encoded, len(items))
	for i, it := range items {
		if e, ok := it.Encoded.(*encoded); ok && e != nil && e.a == it.Article && (e.an == it.Analysis || it.Analysis == nil) {
			es[i] = e
			continue
		}
		e, err := s.Encode(it)
		if err != nil {
			return nil, s.errorf("put: %w", err)
		}
		es[i] = e.(*encoded)
	}
	name := items[0].Article.ID
	if len(items) > 1 {
		name = fmt.Sprintf("%s (and %d more)", name, len(items)-1)
	}
	tx, err := s.Begin(ctx)
	if err != nil {
		return nil, s.errorf("put %s: %w", name, err)
	}
	defer tx.Rollback()
	out := make([]store.Result, len(es))
	for i, e := range es {
		if out[i], err = s.putEncoded(ctx, tx, e, 0); err != nil {
			return nil, s.errorf("put %s: %w", e.a.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, s.errorf("put %s: %w", name, err)
	}
	return out, nil
}

// Known implements store.Store.
func (s *Store) Known(ctx context.Context, id, url, hash string) (bool, error) {
	var (
		seq           int64
		have, version int
		latest        string
	)
	err := s.queryRow(ctx, qLatestByID, id).Scan(&seq, &id, &version, &latest)
	if errors.Is(err, sql.ErrNoRows) && url != "" {
		err = s.queryRow(ctx, qLatestByURL, url).Scan(&seq, &id, &version, &latest)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err == nil && latest != hash && version > 1 {
		err = s.queryRow(ctx, qHasVersion, id, hash).Scan(&have)
	}
	if err != nil {
		return false, s.errorf("look up %s: %w", id, err)
	}
	return latest == hash || have > 0, nil
}

type scanner interface{ Scan(dest ...any) error }

func scanRecord(sc scanner) (*store.Record, error) {
	var (
		r        store.Record
		ingested string
		aj, nj   []byte
	)
	if err := sc.Scan(&r.Seq, &r.Version, &r.Hash, &ingested, &aj, &nj); err != nil {
		return nil, err
	}
	if err := decodeRecord(&r, ingested, aj, nj); err != nil {
		return nil, err
	}
	return &r, nil
}

// decodeRecord fills in r's time, article and analysis from their stored forms.
func decodeRecord(r *store.Record, ingested string, aj, nj []byte) error {
	r.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
	r.Article = new(article.Article)
	if err := json.Unmarshal(aj, r.Article); err != nil {
		return fmt.Errorf("decode article at seq %d: %w", r.Seq, err)
	}
	r.Analysis = new(article.Analysis)
	if err := json.Unmarshal(nj, r.Analysis); err != nil {
		return fmt.Errorf("decode analysis of %s: %w", r.Article.ID, err)
	}
	return nil
}

// Get implements store.Store.
func (s *Store) Get(ctx context.Context, id string) (*store.Record, error) {
	r, err := scanRecord(s.queryRow(ctx, qGet, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%s: article %q: %w", s.c.Name, id, store.ErrNotFound)
	}
	if err != nil {
		return nil, s.errorf("article %q: %w", id, err)
	}
	return r, nil
}

// Versions implements store.Store.
func (s *Store) Versions(ctx context.Context, id string) ([]*store.Record, error) {
	out, err := s.records(ctx, qVersions, id)
	if err != nil {
		return nil, s.errorf("versions of %q: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: article %q: %w", s.c.Name, id, store.ErrNotFound)
	}
	return out, nil
}

func (s *Store) records(ctx context.Context, query string, args ...any) ([]*store.Record, error) {
	rows, err := s.c.Read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*store.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// page is how many rows Each and List read at a time: fn runs between pages, without a
// connection held, so it may use the store itself.
const page = 256

// Each implements store.Store.
func (s *Store) Each(ctx context.Context, fn func(*store.Record) error) error {
	last := int64(0)
	for {
		recs, err := s.records(ctx, qPage, last, page)
		if err != nil {
			return s.errorf("list articles: %w", err)
		}
		for _, r := range recs {
			if err := fn(r); err != nil {
				return err
			}
			last = r.Seq
		}
		if len(recs) < page {
			return nil
		}
	}
}

// List implements store.Store.
func (s *Store) List(ctx context.Context, fn func(store.Meta) error) error {
	last := int64(0)
	for {
		ms, err := s.metaPage(ctx, last)
		if err != nil {
			return s.errorf("list articles: %w", err)
		}
		for _, m := range ms {
			if err := fn(m); err != nil {
				return err
			}
			last = m.Seq
		}
		if len(ms) < page {
			return nil
		}
	}
}

func (s *Store) metaPage(ctx context.Context, after int64) ([]store.Meta, error) {
	rows, err := s.c.Read.QueryContext(ctx, qMetaPage, after, page)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Meta
	for rows.Next() {
		var m store.Meta
		var credits string
		if err := rows.Scan(&m.Seq, &m.Version, &m.ID, &m.URL, &m.Source, &m.Title, &m.Published, &m.Language, &credits, &m.Chars, &m.Lead); err != nil {
			return nil, err
		}
		if credits != "" {
			if err := json.Unmarshal([]byte(credits), &m.Credits); err != nil {
				return nil, fmt.Errorf("credits of %s: %w", m.ID, err)
			}
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Count implements store.Store.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.c.Read.QueryRowContext(ctx, qCount).Scan(&n); err != nil {
		return 0, s.errorf("count: %w", err)
	}
	return n, nil
}

// Placeable implements store.Store.
func (s *Store) Placeable(ctx context.Context, after int64, limit int) ([]*store.Record, error) {
	q := qPlaceable
	if s.c.Horizon != "" {
		q = strings.Replace(q, "WHERE seq > $1", "WHERE seq > $1 AND seq < ("+s.c.Horizon+")", 1)
	}
	out, err := s.records(ctx, q, after, limit)
	if err != nil {
		return nil, s.errorf("placeable articles: %w", err)
	}
	return out, nil
}

// PlaceableReusing is Placeable for a caller that still holds some of the records in memory
// as they were stored (this process stored them a moment ago): reuse returns such a record
// for a row's Seq and content hash, or nil, and a row it returns is not decoded again.
// Decoding every placeable version was 5 % of the serial placement's CPU.
func (s *Store) PlaceableReusing(ctx context.Context, after int64, limit int, reuse func(seq int64, hash string) *store.Record) ([]*store.Record, error) {
	if out, ok, err := s.placeableReused(ctx, after, limit, reuse); ok || err != nil {
		return out, err
	}
	q := qPlaceable
	if s.c.Horizon != "" {
		q = strings.Replace(q, "WHERE seq > $1", "WHERE seq > $1 AND seq < ("+s.c.Horizon+")", 1)
	}
	rows, err := s.c.Read.QueryContext(ctx, q, after, limit)
	if err != nil {
		return nil, s.errorf("placeable articles: %w", err)
	}
	defer rows.Close()
	var out []*store.Record
	for rows.Next() {
		var (
			r        store.Record
			ingested string
			aj, nj   sql.RawBytes
		)
		if err := rows.Scan(&r.Seq, &r.Version, &r.Hash, &ingested, &aj, &nj); err != nil {
			return nil, s.errorf("placeable articles: %w", err)
		}
		if m := reuse(r.Seq, r.Hash); m != nil && m.Seq == r.Seq && m.Version == r.Version && m.Hash == r.Hash && m.Article != nil && m.Analysis != nil {
			out = append(out, m)
			continue
		}
		if err := decodeRecord(&r, ingested, aj, nj); err != nil {
			return nil, s.errorf("placeable articles: %w", err)
		}
		out = append(out, &r)
	}
	if err := rows.Err(); err != nil {
		return nil, s.errorf("placeable articles: %w", err)
	}
	return out, nil
}

// placeableReused is PlaceableReusing when reuse holds every row: it reads the rows' keys
// alone, not the article and analysis that would be thrown away (the rows' largest columns,
// read and copied for every placed article). ok is false when reuse lacks a row; the caller
// then reads them whole.
func (s *Store) placeableReused(ctx context.Context, after int64, limit int, reuse func(seq int64, hash string) *store.Record) (out []*store.Record, ok bool, err error) {
	q := qPlaceableKeys
	if s.c.Horizon != "" {
		q = strings.Replace(q, "WHERE seq > $1", "WHERE seq > $1 AND seq < ("+s.c.Horizon+")", 1)
	}
	rows, err := s.c.Read.QueryContext(ctx, q, after, limit)
	if err != nil {
		return nil, false, s.errorf("placeable articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r store.Record
		if err := rows.Scan(&r.Seq, &r.Version, &r.Hash); err != nil {
			return nil, false, s.errorf("placeable articles: %w", err)
		}
		m := reuse(r.Seq, r.Hash)
		if m == nil || m.Seq != r.Seq || m.Version != r.Version || m.Hash != r.Hash || m.Article == nil || m.Analysis == nil {
			return nil, false, nil
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, false, s.errorf("placeable articles: %w", err)
	}
	return out, true, nil
}

// WithPlacementLock implements store.Store.
func (s *Store) WithPlacementLock(ctx context.Context, fn func(context.Context) error) error {
	unlock, err := s.c.Lock.Lock(ctx)
	if err != nil {
		return s.errorf("placement lock: %w", err)
	}
	defer unlock()
	return fn(ctx)
}

// TryPlacementLock implements store.Store.
func (s *Store) TryPlacementLock(ctx context.Context, fn func(context.Context) error) (bool, error) {
	unlock, ok, err := s.c.Lock.TryLock(ctx)
	if err != nil {
		return false, s.errorf("placement lock: %w", err)
	}
	if !ok {
		return false, nil
	}
	defer unlock()
	return true, fn(ctx)
}

// Tx implements store.Store.
func (s *Store) Tx(ctx context.Context, fn func(store.Tx) error) error {
	tx, err := s.c.Write.BeginTx(ctx, nil)
	if err != nil {
		return s.errorf("begin: %w", err)
	}
	defer tx.Rollback()
	if err := fn(sqlTx{tx: tx, d: s.c.Dialect}); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return s.errorf("commit: %w", err)
	}
	return nil
}

type sqlTx struct {
	tx *sql.Tx
	d  store.Dialect
}

func (t sqlTx) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	res, err := t.tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (t sqlTx) Query(ctx context.Context, query string, args ...any) (store.Rows, error) {
	return t.tx.QueryContext(ctx, query, args...)
}

func (t sqlTx) QueryRow(ctx context.Context, query string, args ...any) store.Row {
	return row{t.tx.QueryRowContext(ctx, query, args...)}
}

func (t sqlTx) Dialect() store.Dialect { return t.d }

type row struct{ r *sql.Row }

func (r row) Scan(dest ...any) error {
	err := r.r.Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return store.ErrNotFound
	}
	return err
}

// Migrate implements store.Store.
func (s *Store) Migrate(ctx context.Context, component string, steps []string) error {
	fns := make([]func(context.Context, *sql.Tx) error, len(steps))
	for i, step := range steps {
		fns[i] = func(ctx context.Context, tx *sql.Tx) error {
			_, err := tx.ExecContext(ctx, step)
			return err
		}
	}
	return s.MigrateFuncs(ctx, component, fns)
}

// MigrateFuncs is Migrate with steps written in Go.
func (s *Store) MigrateFuncs(ctx context.Context, component string, steps []func(context.Context, *sql.Tx) error) error {
	for i, step := range steps {
		done, err := s.migrateStep(ctx, component, i+1, step)
		if err != nil {
			return s.errorf("migration %d of %s: %w", i+1, component, err)
		}
		if done < 0 {
			return fmt.Errorf("%s: the database's %s schema is newer than this crosscheck knows: upgrade crosscheck", s.c.Name, component)
		}
	}
	return nil
}

// migrateStep applies step version v if the database is at v-1. It returns -1 when the
// database is ahead of this program.
func (s *Store) migrateStep(ctx context.Context, component string, v int, step func(context.Context, *sql.Tx) error) (int, error) {
	tx, err := s.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, qSchemaTable); err != nil {
		return 0, err
	}
	var have int
	if err := tx.QueryRowContext(ctx, qSchemaGet, component).Scan(&have); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if have >= v {
		return 0, nil
	}
	if have < v-1 {
		return 0, fmt.Errorf("at version %d, cannot apply %d", have, v)
	}
	if err := step(ctx, tx); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, qSchemaSet, component, v); err != nil {
		return 0, err
	}
	return 1, tx.Commit()
}

// SetValue implements store.Store.
func (s *Store) SetValue(ctx context.Context, kind, key string, value []byte) error {
	if _, err := s.c.Write.ExecContext(ctx, qSetValue, kind, key, value); err != nil {
		return s.errorf("set %s/%s: %w", kind, key, err)
	}
	return nil
}

// Value implements store.Store.
func (s *Store) Value(ctx context.Context, kind, key string) ([]byte, error) {
	var v []byte
	err := s.c.Read.QueryRowContext(ctx, qValue, kind, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%s: %s/%s: %w", s.c.Name, kind, key, store.ErrNotFound)
	}
	if err != nil {
		return nil, s.errorf("%s/%s: %w", kind, key, err)
	}
	return v, nil
}

// Values implements store.Store. All rows are read before fn runs, so fn may use the store.
func (s *Store) Values(ctx context.Context, kind string, fn func(key string, value []byte) error) error {
	rows, err := s.c.Read.QueryContext(ctx, qValues, kind)
	if err != nil {
		return s.errorf("list %s: %w", kind, err)
	}
	type kv struct {
		k string
		v []byte
	}
	var all []kv
	for rows.Next() {
		var e kv
		if err := rows.Scan(&e.k, &e.v); err != nil {
			rows.Close()
			return s.errorf("list %s: %w", kind, err)
		}
		all = append(all, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return s.errorf("list %s: %w", kind, err)
	}
	for _, e := range all {
		if err := fn(e.k, e.v); err != nil {
			return err
		}
	}
	return nil
}

// DeleteValue implements store.Store.
func (s *Store) DeleteValue(ctx context.Context, kind, key string) error {
	if _, err := s.c.Write.ExecContext(ctx, qDeleteValue, kind, key); err != nil {
		return s.errorf("delete %s/%s: %w", kind, key, err)
	}
	return nil
}
