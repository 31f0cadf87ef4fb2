package place

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"crosscheck/link"
)

// cache holds what placement reads often, valid only while no other process has placed
// since (the placer checks the cursor at the start of every transaction and drops it when
// someone else moved it). Bounded: when a map grows past its limit it is emptied.
type cache struct {
	termID   map[string]uint32
	counts   termCounts // document frequencies and background counts by term id
	docs     int64      // documents counted; -1 when unknown
	profiles map[int64]*Profile
	// events holds decoded event profiles as events.profile has them; whoever writes an
	// event's profile deletes it here (write).
	events  map[int64]*Profile
	meta    map[string]string // place_meta as read, with this transaction's changes; nil: not read
	changed map[string]bool   // meta keys changed and not yet written
	// dirty: the terms whose counts changed and are not yet written, with their keys, and
	// of them those not in place_terms yet (flushTerms inserts them).
	dirty    dirtyTerms
	nextTerm int64 // the id the next new term gets; 0: not read yet
	// complete: termID holds every term of place_terms (the table was empty when this
	// cache first read it, and every term since was added through it), so a key it does
	// not know is new without asking the table.
	complete bool
	// readVocab: the first Observe of this cache reads the whole of place_terms when it is
	// small enough (readAllTerms), so that a placer starting on a filled store looks no term
	// up. Set on the first cache of a Placer only: a cache dropped because another process
	// placed would otherwise read the whole table again at every turn.
	readVocab bool
	named     map[uint32]bool     // name terms known to have a written form in place_names
	labels    map[uint32]string   // what terms answered for ids, each read once (terms)
	keys      map[keyRef][]keyRow // complete posting lists of link_keys (keycache.go); nil: none
	keyRefs   map[string]int32    // the refs of the article ids in keys (refOf)
	keyIDs    []string            // the article ids in keys, by ref
	keyRows   int                 // rows in keys
	// keysAll: keys holds every posting list of link_keys (the table was empty when keys
	// was made, and every row since was filed through keysAdded), so a key it does not
	// hold has no rows, without asking the table.
	keysAll bool
	// keyFilter holds every key of link_keys when it was read and every key added through
	// this cache since (keycache.go); nil: none. readKeys: the cache's first lookup of keys
	// reads it (set on a Placer's first cache only).
	keyFilter *keyFilter
	readKeys  bool
	// keysLater: rows of link_keys not yet written: endTx writes them in key order, which
	// costs less than writing each article's keys where they fall. keysLaterOut holds the
	// keys of those rows that keys does not hold (never when keysAll): a lookup that must
	// read one of them from the table writes keysLater first (keyLists).
	keysLater    [][]any
	keysLaterOut map[keyRef]bool
	memo         idfMemo // the idfs of the current placement (txVocab.memo)
	// posts mirrors the postings for the candidate searches (postcache.go); nil: they read
	// the tables. postsKnown: the cache has decided which (postCacheOf).
	posts      *postCache
	postsKnown bool
	readPosts  bool // the mirror may be read from filled tables (a Placer's first cache only)
	// furn mirrors the furniture table's counts (furniture.go); nil: furniture reads the
	// table. furnKnown: the cache has decided which (furnCacheOf).
	furn      furnCache
	furnKnown bool
	pg        bool // the tables are PostgreSQL's (set by the placer in every transaction)
}

// flushTerms writes the changed document frequencies in statements of a few hundred: the
// terms new in this transaction are inserted with their counts (once, rather than inserted
// by Observe and updated here), the others updated.
func (c *cache) flushTerms(ctx context.Context, tx *sql.Tx) error {
	rows := make([][]any, 0, c.dirty.len())
	var fresh [][]any
	// The rows' values in one array rather than a slice each (a batch changes thousands).
	vals := make([]any, 0, 4*c.dirty.len())
	row := func(v ...any) []any {
		lo := len(vals)
		vals = append(vals, v...)
		return vals[lo:len(vals):len(vals)]
	}
	for _, id := range c.dirty.sorted() { // in id order
		k := c.dirty.at[id] - 1
		term := c.dirty.keys[k]
		df, _ := c.counts.df(id)
		if c.dirty.fresh[k] {
			fresh = append(fresh, row(int64(id), term, df, c.counts.prior(id)))
			continue
		}
		rows = append(rows, row(int64(id), term, df))
	}
	if err := c.insert(ctx, tx, "place_terms (id, term, df, prior)", []string{"bigint", "text", "bigint", "real"}, "", fresh); err != nil {
		return fmt.Errorf("place: add terms: %w", err)
	}
	if err := c.insert(ctx, tx, "place_terms (id, term, df)", []string{"bigint", "text", "bigint"}, "ON CONFLICT (id) DO UPDATE SET df = excluded.df", rows); err != nil {
		return fmt.Errorf("place: write term counts: %w", err)
	}
	// Emptied, not made anew: the next transaction's terms fill the same space again.
	c.dirty.clear()
	return nil
}

// trim empties what grew past its bound, after the counts were written.
func (c *cache) trim() {
	if len(c.termID) > maxCachedTerms || c.counts.len() > maxCachedTerms {
		c.termID, c.counts = map[string]uint32{}, termCounts{}
		c.complete = false
	}
	if len(c.profiles) > maxCachedProfiles {
		c.profiles = map[int64]*Profile{}
	}
	if len(c.events) > maxCachedProfiles {
		c.events = map[int64]*Profile{}
	}
	c.trimKeys()
}

// getMeta reads a place_meta value through the cache (one statement reads them all).
func (c *cache) getMeta(ctx context.Context, q querier, key string) (string, error) {
	if c.meta == nil {
		rows, err := q.QueryContext(ctx, `SELECT key, value FROM place_meta`)
		if err != nil {
			return "", fmt.Errorf("place: read meta: %w", err)
		}
		m := map[string]string{}
		for rows.Next() {
			var k, v string
			if err := rows.Scan(&k, &v); err != nil {
				rows.Close()
				return "", err
			}
			m[k] = v
		}
		if err := rows.Close(); err != nil {
			return "", err
		}
		c.meta, c.changed = m, map[string]bool{}
	}
	return c.meta[key], nil
}

// setMeta changes a place_meta value in the cache; flushMeta writes the changes.
func (c *cache) setMeta(ctx context.Context, q querier, key, value string) error {
	if _, err := c.getMeta(ctx, q, key); err != nil {
		return err
	}
	c.meta[key] = value
	c.changed[key] = true
	return nil
}

// flushMeta writes the changed place_meta values in one statement.
func (c *cache) flushMeta(ctx context.Context, tx *sql.Tx) error {
	var rows [][]any
	for k := range c.changed {
		rows = append(rows, []any{k, c.meta[k]})
	}
	slices.SortFunc(rows, func(a, b []any) int { return strings.Compare(a[0].(string), b[0].(string)) })
	if err := insertRows(ctx, tx, "place_meta (key, value)", "ON CONFLICT (key) DO UPDATE SET value = excluded.value", rows); err != nil {
		return fmt.Errorf("place: write meta: %w", err)
	}
	c.changed = map[string]bool{}
	return nil
}

const (
	maxCachedTerms    = 1 << 21
	maxCachedProfiles = 1 << 15
)

func newCache() *cache {
	return &cache{termID: map[string]uint32{}, docs: -1, profiles: map[int64]*Profile{}, events: map[int64]*Profile{}, named: map[uint32]bool{}, labels: map[uint32]string{}}
}

// txVocab is the vocabulary in the place_terms table, read and written through one
// transaction.
type txVocab struct {
	ctx context.Context
	tx  *sql.Tx
	c   *cache
	// memo holds the idf of terms asked for since the counts last changed: comparing an
	// article with its candidates asks for the same terms hundreds of times. It lives in
	// the cache (its arrays are reused) and is forgotten when the transaction's vocabulary
	// is made and whenever the counts change.
	memo *idfMemo
}

// newTxVocab is the vocabulary of one placement.
func newTxVocab(ctx context.Context, tx *sql.Tx, c *cache) *txVocab {
	c.memo.counts = &c.counts
	c.memo.forget()
	return &txVocab{ctx: ctx, tx: tx, c: c, memo: &c.memo}
}

// idfMemo is the generation of the idfs remembered with the term counts (termCounts.memo;
// ids are dense, so the idfs sit in arrays indexed by term id next to the counts they come
// from: looking them up in a map was two thirds of what weighing a pair's vectors cost). An
// idf counts only when it was set in the current generation, so forgetting everything is
// one increment.
type idfMemo struct {
	gen    uint32
	counts *termCounts
}

func (m *idfMemo) forget() {
	m.gen++
	if m.gen == 0 { // wrapped: old stamps could match again
		m.counts.forgetAll()
		m.gen = 1
	}
}

func (m *idfMemo) get(id uint32) (float64, bool) { return m.counts.memo(id, m.gen) }

func (m *idfMemo) set(id uint32, x float64) { m.counts.remember(id, m.gen, x) }

func (v *txVocab) ensureDocs() error {
	if v.c.docs >= 0 {
		return nil
	}
	s, err := v.c.getMeta(v.ctx, v.tx, "docs")
	if err != nil {
		return err
	}
	v.c.docs = 0
	if s != "" {
		v.c.docs, _ = strconv.ParseInt(s, 10, 64)
	}
	return nil
}

// Observe implements Vocab. Counts are kept in the cache and written once per batch
// (flushTerms); only terms the cache does not know yet are looked up, and new ones added.
func (v *txVocab) Observe(keys []string, prior func(key string) float64) ([]uint32, error) {
	v.memo.forget() // the counts change
	if err := v.ensureDocs(); err != nil {
		return nil, err
	}
	v.c.docs++
	if err := v.c.setMeta(v.ctx, v.tx, "docs", strconv.FormatInt(v.c.docs, 10)); err != nil {
		return nil, err
	}
	if v.c.nextTerm == 0 {
		if err := v.tx.QueryRowContext(v.ctx, `SELECT coalesce(max(id), 0) + 1 FROM place_terms`).Scan(&v.c.nextTerm); err != nil {
			return nil, fmt.Errorf("place: next term id: %w", err)
		}
		v.c.complete = v.c.nextTerm == 1 && len(v.c.termID) == 0
		if !v.c.complete && v.c.readVocab && v.c.nextTerm-1 <= maxReadAllTerms && v.c.dirty.len() == 0 {
			if err := v.readAll(); err != nil {
				return nil, err
			}
		}
		v.c.readVocab = false
	}
	out := make([]uint32, len(keys))
	var unknown []string
	var at []int // where in keys each unknown key is
	for i, k := range keys {
		if id, ok := v.c.termID[k]; ok {
			out[i] = id
		} else {
			unknown = append(unknown, k)
			at = append(at, i)
		}
	}
	if len(unknown) > 0 && !v.c.complete {
		if err := v.lookup(unknown); err != nil {
			return nil, err
		}
	}
	// New terms get the next ids in key order (keys are sorted): the same whatever was
	// rolled back before. flushTerms inserts them.
	for j, k := range unknown {
		id, ok := v.c.termID[k]
		if !ok {
			id = uint32(v.c.nextTerm)
			v.c.nextTerm++
			p := 0.0
			if prior != nil {
				p = prior(k)
			}
			v.c.termID[k] = id
			v.c.counts.setDF(id, 0)
			v.c.counts.setPrior(id, p)
			v.c.dirty.add(id, k, true)
		}
		out[at[j]] = id
	}
	for i, k := range keys {
		id := out[i]
		df, _ := v.c.counts.df(id)
		v.c.counts.setDF(id, df+1)
		v.c.dirty.add(id, k, false)
	}
	return out, nil
}

// maxReadAllTerms bounds the vocabulary readAll reads at once (about 100 bytes a term in
// the cache): 100,000 generated articles have 76,000 terms.
const maxReadAllTerms = 1 << 19

// readAll reads every term of place_terms, with its counts, into the cache, which then
// knows every term (complete): the terms of new articles are not looked up one batch of
// keys at a time (at 100,000 stored that was a twentieth of placement's CPU). The counts
// are the table's, as lookup and readTerm would read them.
func (v *txVocab) readAll() error {
	rows, err := v.tx.QueryContext(v.ctx, `SELECT id, term, df, prior FROM place_terms`)
	if err != nil {
		return fmt.Errorf("place: read terms: %w", err)
	}
	if err := v.scanTerms(rows); err != nil {
		return err
	}
	v.c.complete = true
	return nil
}

// scanTerms puts rows of (id, term, df, prior) into the cache and closes them. A count this
// transaction changed (dirty) is the cache's own, newer than the table's.
func (v *txVocab) scanTerms(rows *sql.Rows) error {
	for rows.Next() {
		var id, df int64
		var term string
		var p float64
		if err := rows.Scan(&id, &term, &df, &p); err != nil {
			rows.Close()
			return err
		}
		v.c.termID[term] = uint32(id)
		v.c.counts.setPrior(uint32(id), p)
		if !v.c.dirty.has(uint32(id)) {
			v.c.counts.setDF(uint32(id), df)
		}
	}
	return rows.Close()
}

// lookup reads the ids and counts of terms the cache does not know, in statements of a few
// hundred.
func (v *txVocab) lookup(keys []string) error {
	for lo := 0; lo < len(keys); lo += maxParams {
		part := keys[lo:min(len(keys), lo+maxParams)]
		args := make([]any, len(part))
		for i, k := range part {
			args[i] = k
		}
		rows, err := v.tx.QueryContext(v.ctx, `SELECT id, term, df, prior FROM place_terms WHERE term IN (`+placeholders(1, len(part))+`)`, args...)
		if err != nil {
			return fmt.Errorf("place: look up terms: %w", err)
		}
		if err := v.scanTerms(rows); err != nil {
			return err
		}
	}
	return nil
}

// IDF implements Vocab.
func (v *txVocab) IDF(id uint32) (float64, error) {
	if x, ok := v.memo.get(id); ok {
		return x, nil
	}
	if err := v.ensureDocs(); err != nil {
		return 0, err
	}
	df, ok := v.c.counts.df(id)
	if !ok {
		var err error
		if df, err = v.readTerm(id); err != nil {
			return 0, err
		}
	}
	x := idfOf(df, v.c.counts.prior(id), v.c.docs)
	v.memo.set(id, x)
	return x, nil
}

// readTerm reads a term's counts the cache does not know into it and returns its document
// frequency (0 for a term not in place_terms). Apart from IDF, so that IDF's own variables
// do not escape to the heap on every call.
func (v *txVocab) readTerm(id uint32) (int64, error) {
	var df int64
	var p float64
	err := v.tx.QueryRowContext(v.ctx, `SELECT df, prior FROM place_terms WHERE id = $1`, int64(id)).Scan(&df, &p)
	if errors.Is(err, sql.ErrNoRows) {
		df = 0
	} else if err != nil {
		return 0, fmt.Errorf("place: read term %d: %w", id, err)
	}
	v.c.counts.setDF(id, df)
	v.c.counts.setPrior(id, p)
	return df, nil
}

// df is a term's document frequency as last read or counted (terms of the article being
// placed and of prefetched vectors are always known); 0 when not known.
func (v *txVocab) df(id uint32) int64 {
	df, _ := v.c.counts.df(id)
	return df
}

// prefetch reads the document frequencies of the given vectors' terms that are not cached,
// in one statement per few hundred.
func (v *txVocab) prefetch(vs ...Vector) error {
	var need []any
	seen := map[uint32]bool{}
	for _, vec := range vs {
		for _, tc := range vec {
			if _, ok := v.c.counts.df(tc.ID); !ok && !seen[tc.ID] {
				seen[tc.ID] = true
				need = append(need, int64(tc.ID))
			}
		}
	}
	for lo := 0; lo < len(need); lo += maxParams {
		part := need[lo:min(len(need), lo+maxParams)]
		rows, err := v.tx.QueryContext(v.ctx, `SELECT id, df, prior FROM place_terms WHERE id IN (`+placeholders(1, len(part))+`)`, part...)
		if err != nil {
			return fmt.Errorf("place: read terms: %w", err)
		}
		for rows.Next() {
			var id, df int64
			var p float64
			if err := rows.Scan(&id, &df, &p); err != nil {
				rows.Close()
				return err
			}
			v.c.counts.setDF(uint32(id), df)
			v.c.counts.setPrior(uint32(id), p)
		}
		if err := rows.Close(); err != nil {
			return err
		}
	}
	return nil
}

// terms returns the keys of term ids, for explanations; a name key gives "n:" and the name
// as first written. c (may be nil) answers the ids it has answered before (a term's key never
// changes, nor its written name once there is one: names drops the ids it gives a name) and
// the keys of terms this transaction added.
func terms(ctx context.Context, q querier, ids []uint32, c *cache) (map[uint32]string, error) {
	var known *dirtyTerms
	var had map[uint32]string
	ask := ids
	if c != nil {
		known, had = &c.dirty, map[uint32]string{}
		ask = nil
		for _, id := range ids {
			if k, ok := c.labels[id]; ok {
				had[id] = k
			} else {
				ask = append(ask, id)
			}
		}
	}
	out, err := rawTerms(ctx, q, ask, known)
	if err != nil {
		return nil, err
	}
	if len(out) > 0 {
		args := make([]any, len(ask))
		for i, id := range ask {
			args[i] = int64(id)
		}
		rows, err := q.QueryContext(ctx, `SELECT term, name FROM place_names WHERE term IN (`+placeholders(1, len(ask))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("place: read names: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var n string
			if err := rows.Scan(&id, &n); err != nil {
				return nil, err
			}
			out[uint32(id)] = keyName + n
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	if c != nil {
		if len(c.labels) > maxCachedTerms {
			c.labels = map[uint32]string{}
		}
		for id, k := range out {
			c.labels[id] = k
		}
		for id, k := range had {
			out[id] = k
		}
	}
	return out, nil
}

// rawTerms returns the keys of term ids; known (may be nil) holds keys of some ids already,
// among them terms a transaction added and has not written yet.
func rawTerms(ctx context.Context, q querier, ids []uint32, known *dirtyTerms) (map[uint32]string, error) {
	out := map[uint32]string{}
	args := make([]any, 0, len(ids))
	for _, id := range ids {
		if k, ok := known.key(id); ok {
			out[id] = k
		} else {
			args = append(args, int64(id))
		}
	}
	if len(args) == 0 {
		return out, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT id, term FROM place_terms WHERE id IN (`+placeholders(1, len(args))+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("place: read terms: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var t string
		if err := rows.Scan(&id, &t); err != nil {
			return nil, err
		}
		out[uint32(id)] = t
	}
	return out, rows.Err()
}

// insertRows inserts rows (each of the same width) into table (with its column list) in
// statements of a few hundred rows, with suffix (an ON CONFLICT clause) after each.
// insert is insertRows, or on PostgreSQL insertArrays with the columns' types (bigint,
// text, real).
func (c *cache) insert(ctx context.Context, tx *sql.Tx, table string, types []string, suffix string, rows [][]any) error {
	if c.pg {
		return insertArrays(ctx, tx, table, types, suffix, rows)
	}
	return insertRows(ctx, tx, table, suffix, rows)
}

// insertArrays is insertRows in one statement whatever the number of rows, each column sent
// as one array of its type (PostgreSQL): the server parses and executes one statement per
// table and batch instead of one per hundred parameters (a transaction's place_terms counts
// were some 250 statements), and the client waits for one answer. The rows are inserted in
// the same order, so what ON CONFLICT keeps is the same. Rows must not repeat a key that ON
// CONFLICT DO UPDATE updates (PostgreSQL refuses to update a row twice in one statement).
func insertArrays(ctx context.Context, tx *sql.Tx, table string, types []string, suffix string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	args := make([]any, len(types))
	var q strings.Builder
	q.WriteString("INSERT INTO ")
	q.WriteString(table)
	q.WriteString(" SELECT * FROM unnest(")
	for j, t := range types {
		switch t {
		case "bigint":
			v := make([]int64, len(rows))
			for i, r := range rows {
				v[i] = r[j].(int64)
			}
			args[j] = v
		case "text":
			v := make([]string, len(rows))
			for i, r := range rows {
				v[i] = r[j].(string)
			}
			args[j] = v
		case "real":
			v := make([]float64, len(rows))
			for i, r := range rows {
				v[i] = r[j].(float64)
			}
			args[j] = v
		default:
			return fmt.Errorf("place: insert into %s: no arrays of %s", table, t)
		}
		if j > 0 {
			q.WriteString(", ")
		}
		fmt.Fprintf(&q, "$%d::%s[]", j+1, t)
	}
	q.WriteString(") ")
	q.WriteString(suffix)
	_, err := tx.ExecContext(ctx, q.String(), args...)
	return err
}

func insertRows(ctx context.Context, tx *sql.Tx, table, suffix string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	width := len(rows[0])
	per := max(1, maxParams/width)
	args := make([]any, 0, min(len(rows), per)*width)
	for lo := 0; lo < len(rows); lo += per {
		part := rows[lo:min(len(rows), lo+per)]
		args = args[:0]
		for _, r := range part {
			args = append(args, r...)
		}
		if _, err := tx.ExecContext(ctx, insertQuery(table, suffix, len(part), width), args...); err != nil {
			return err
		}
	}
	return nil
}

// insertQuery returns the statement insertRows writes n rows of width values into table
// with: "INSERT INTO table VALUES ($1, $2), ($3, $4) suffix". The statements of a batch
// are the same few, so each is made once (insertQueries).
func insertQuery(table, suffix string, n, width int) string {
	k := insertKey{table, suffix, n, width}
	insertQueries.mu.Lock()
	q, ok := insertQueries.m[k]
	insertQueries.mu.Unlock()
	if ok {
		return q
	}
	var b strings.Builder
	b.WriteString("INSERT INTO ")
	b.WriteString(table)
	b.WriteString(" VALUES ")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("(")
		b.WriteString(placeholders(i*width+1, width))
		b.WriteString(")")
	}
	b.WriteString(" ")
	b.WriteString(suffix)
	q = b.String()
	insertQueries.mu.Lock()
	if len(insertQueries.m) >= maxInsertQueries {
		clear(insertQueries.m)
	}
	insertQueries.m[k] = q
	insertQueries.mu.Unlock()
	return q
}

type insertKey struct {
	table, suffix string
	n, width      int
}

// insertQueries holds the statements insertQuery made, up to maxInsertQueries (the tables
// are a handful, and n is at most maxParams).
var insertQueries = struct {
	mu sync.Mutex
	m  map[insertKey]string
}{m: map[insertKey]string{}}

const maxInsertQueries = 1024

// placeholders returns "$from, $from+1, ..." for n parameters.
// maxParams bounds the parameters of one statement. SQLite looks a "$N" parameter up by name
// in a list of those seen before, so a statement's parse time grows with the square of its
// parameters: at 900 it was most of a batch's writing time; at 100, statements are many
// but cheap.
const maxParams = 100

func placeholders(from, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$")
		b.WriteString(strconv.Itoa(from + i))
	}
	return b.String()
}

// txKeys keeps the provenance index's keys in the link_keys table (link.Keys).
type txKeys struct {
	ctx     context.Context
	tx      *sql.Tx
	c       *cache
	seq     int64 // of the article being placed: orders each key's ids, latest first
	pending [][]any
}

// AddKey buffers the key; flush writes the article's keys in one statement.
func (k *txKeys) AddKey(kind uint8, key uint64, id string) error {
	k.pending = append(k.pending, []any{int64(kind), int64(key), k.seq, id})
	return nil
}

// Keys stop growing at these sizes: a band bucket that full holds boilerplate, and a term
// in more articles than the anchor limit points nowhere (link skips it), so more rows would
// only slow every lookup.
const (
	maxBucket = 257
	maxAnchor = 1001
)

func (k *txKeys) flush() error {
	counts := map[uint8]map[uint64]int{}
	for _, kind := range []uint8{link.KindBand, link.KindAnchor} {
		var keys []uint64
		for _, r := range k.pending {
			if uint8(r[0].(int64)) == kind {
				keys = append(keys, uint64(r[1].(int64)))
			}
		}
		c, err := k.CountKeys(kind, keys)
		if err != nil {
			return err
		}
		counts[kind] = c
	}
	rows := k.pending[:0]
	for _, r := range k.pending {
		kind, key := uint8(r[0].(int64)), uint64(r[1].(int64))
		limit := maxAnchor
		if kind == link.KindBand {
			limit = maxBucket
		}
		if counts[kind][key] < limit {
			rows = append(rows, r)
		}
	}
	k.c.keysLater = append(k.c.keysLater, rows...)
	k.c.keysAdded(rows)
	k.pending = nil
	return nil
}

// flushKeys writes the rows of link_keys kept for the end of the transaction (keysLater),
// in the table's key order.
func (c *cache) flushKeys(ctx context.Context, tx *sql.Tx) error {
	if len(c.keysLater) == 0 {
		return nil
	}
	slices.SortFunc(c.keysLater, func(a, b []any) int {
		for i := range 3 {
			if d := cmp.Compare(a[i].(int64), b[i].(int64)); d != 0 {
				return d
			}
		}
		return 0
	})
	if err := c.insert(ctx, tx, "link_keys (kind, key, seq, article)", []string{"bigint", "bigint", "bigint", "text"}, "ON CONFLICT DO NOTHING", c.keysLater); err != nil {
		return fmt.Errorf("place: index keys: %w", err)
	}
	c.keysLater, c.keysLaterOut = nil, nil
	return nil
}

func (k *txKeys) EachKey(kind uint8, key uint64, limit int, fn func(id string)) error {
	rows, err := k.tx.QueryContext(k.ctx, `SELECT article FROM link_keys WHERE kind = $1 AND key = $2 ORDER BY seq DESC LIMIT $3`,
		int64(kind), int64(key), limit)
	if err != nil {
		return fmt.Errorf("place: read key: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		fn(id)
	}
	return nil
}

// EachKeys implements link.BatchKeys from the cached posting lists. It yields what
// `SELECT key, article FROM link_keys WHERE kind = ? AND key IN (keys) ORDER BY key, seq DESC
// LIMIT limit*len(keys)` yields, each key's first limit rows: the keys in ascending order
// as the table compares them (signed), each once.
func (k *txKeys) EachKeys(kind uint8, keys []uint64, limit int, fn func(key uint64, id string)) error {
	return k.EachKeyRefs(kind, keys, limit, func(key uint64, ref int32) { fn(key, k.c.keyIDs[ref]) })
}

// EachKeyRefs implements link.RefKeys: EachKeys with the refs of the key cache.
func (k *txKeys) EachKeyRefs(kind uint8, keys []uint64, limit int, fn func(key uint64, ref int32)) error {
	if len(keys) == 0 {
		return nil
	}
	lists, err := k.keyLists(kind, keys)
	if err != nil {
		return err
	}
	order := make([]int64, 0, len(lists))
	for key := range lists {
		order = append(order, int64(key))
	}
	slices.Sort(order)
	budget := limit * len(keys)
	for _, key := range order {
		for n, r := range lists[uint64(key)] {
			if budget == 0 {
				return nil
			}
			budget--
			if n < limit {
				fn(uint64(key), r.ref)
			}
		}
	}
	return nil
}

var _ link.RefKeys = (*txKeys)(nil)

// RefID implements link.RefKeys.
func (k *txKeys) RefID(ref int32) string { return k.c.keyIDs[ref] }

// CountKeys implements link.BatchKeys from the cached posting lists: the keys that have
// rows, with how many.
func (k *txKeys) CountKeys(kind uint8, keys []uint64) (map[uint64]int, error) {
	out := map[uint64]int{}
	if len(keys) == 0 {
		return out, nil
	}
	lists, err := k.keyLists(kind, keys)
	if err != nil {
		return nil, err
	}
	for key, rows := range lists {
		if len(rows) > 0 {
			out[key] = len(rows)
		}
	}
	return out, nil
}

func (k *txKeys) CountKey(kind uint8, key uint64, limit int) (int, error) {
	var n int
	err := k.tx.QueryRowContext(k.ctx, `SELECT count(*) FROM (SELECT 1 FROM link_keys WHERE kind = $1 AND key = $2 LIMIT $3) AS k`,
		int64(kind), int64(key), limit).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("place: count key: %w", err)
	}
	return n, nil
}

func (k *txKeys) Len() (int, error) {
	s, err := k.c.getMeta(k.ctx, k.tx, "linked")
	if err != nil {
		return 0, err
	}
	n, _ := strconv.Atoi(s)
	return n, nil
}

// txSources reads current derivations from the derivations table (link.Sources).
type txSources struct {
	ctx context.Context
	tx  *sql.Tx
}

func (s *txSources) Source(id string) (link.Derivation, bool, error) {
	var data string
	err := s.tx.QueryRowContext(s.ctx, `SELECT data FROM derivations WHERE article = $1`, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return link.Derivation{}, false, nil
	}
	if err != nil {
		return link.Derivation{}, false, fmt.Errorf("place: read derivation of %s: %w", id, err)
	}
	var d link.Derivation
	if err := json.Unmarshal([]byte(data), &d); err != nil {
		return link.Derivation{}, false, fmt.Errorf("place: derivation of %s is damaged: %w", id, err)
	}
	return d, true, nil
}
