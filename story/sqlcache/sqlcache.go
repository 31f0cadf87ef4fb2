// Package sqlcache keeps the story stage's cache in SQLite tables of crosscheck's database:
// the stories list with its filters, built story models, article metadata, the entity and
// quotation indexes, and full-text search (FTS5). Its tables are prefixed story_ and have
// their own schema version, so they migrate apart from the store's.
package sqlcache

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"crosscheck/store"
	"crosscheck/story"
)

// migrations are applied in order; story_meta's "schema" holds how many ran.
var migrations = []string{
	`CREATE TABLE story_rows (
		n        INTEGER PRIMARY KEY,
		id       TEXT NOT NULL UNIQUE,
		kind     TEXT NOT NULL,
		stamp    TEXT NOT NULL,
		from_day TEXT NOT NULL,
		to_day   TEXT NOT NULL,
		row      TEXT NOT NULL
	);
	CREATE INDEX story_rows_list ON story_rows (kind, to_day DESC, id);
	CREATE TABLE story_facets (
		facet TEXT NOT NULL,
		value TEXT NOT NULL,
		id    TEXT NOT NULL,
		PRIMARY KEY (facet, value, id)
	) WITHOUT ROWID;
	CREATE INDEX story_facets_id ON story_facets (id);
	CREATE TABLE story_models (
		id    TEXT PRIMARY KEY,
		stamp TEXT NOT NULL,
		model BLOB NOT NULL
	) WITHOUT ROWID;
	CREATE TABLE story_articles (
		n         INTEGER PRIMARY KEY,
		id        TEXT NOT NULL UNIQUE,
		meta      TEXT NOT NULL,
		event     TEXT NOT NULL DEFAULT '',
		storyline TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX story_articles_event ON story_articles (event);
	CREATE TABLE story_mentions (
		name_key TEXT NOT NULL,
		name     TEXT NOT NULL,
		type     TEXT NOT NULL,
		article  TEXT NOT NULL,
		PRIMARY KEY (name_key, article)
	) WITHOUT ROWID;
	CREATE INDEX story_mentions_article ON story_mentions (article);
	CREATE TABLE story_quotes (
		speaker_key TEXT NOT NULL,
		speaker     TEXT NOT NULL,
		article     TEXT NOT NULL,
		start       INTEGER NOT NULL,
		"end"       INTEGER NOT NULL,
		text        TEXT NOT NULL,
		direct      INTEGER NOT NULL
	);
	CREATE INDEX story_quotes_speaker ON story_quotes (speaker_key);
	CREATE INDEX story_quotes_article ON story_quotes (article);
	CREATE VIRTUAL TABLE story_fts_articles USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
	CREATE VIRTUAL TABLE story_fts_stories USING fts5(title, tokenize = 'unicode61 remove_diacritics 2');`,
	// A facet row carries its story's kind and last day, so a list filtered by source
	// reads one index range in list order instead of every story of the kind.
	`ALTER TABLE story_facets ADD COLUMN kind TEXT NOT NULL DEFAULT '';
	ALTER TABLE story_facets ADD COLUMN to_day TEXT NOT NULL DEFAULT '';
	UPDATE story_facets SET
		kind = COALESCE((SELECT r.kind FROM story_rows r WHERE r.id = story_facets.id), ''),
		to_day = COALESCE((SELECT r.to_day FROM story_rows r WHERE r.id = story_facets.id), '');
	CREATE INDEX story_facets_list ON story_facets (facet, value, kind, to_day DESC, id);`,
	// A row carries how many outlets and articles its story has, so the list can put the
	// stories most outlets reported first from an index.
	`ALTER TABLE story_rows ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE story_rows ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
	UPDATE story_rows SET
		sources = COALESCE(json_array_length(row, '$.sources'), 0),
		articles = COALESCE(json_extract(row, '$.articles'), 0);
	CREATE INDEX story_rows_coverage ON story_rows (kind, sources DESC, articles DESC, to_day DESC, id);`,
}

// Cache is the SQLite story cache.
type Cache struct {
	db *sql.DB
}

var _ story.Cache = (*Cache)(nil)

// Open creates or migrates the cache's tables in db.
func Open(ctx context.Context, db *sql.DB) (*Cache, error) {
	c := &Cache{db: db}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS story_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`); err != nil {
		return nil, fmt.Errorf("sqlcache: %w", err)
	}
	v, err := c.get(ctx, "schema")
	if err != nil {
		return nil, err
	}
	n, _ := strconv.Atoi(v)
	if n > len(migrations) {
		return nil, fmt.Errorf("sqlcache: story cache schema %d is newer than this crosscheck knows (%d): upgrade crosscheck", n, len(migrations))
	}
	for i := n; i < len(migrations); i++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("sqlcache: migrate: %w", err)
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("sqlcache: migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_meta (key, value) VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(i+1)); err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("sqlcache: migration %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return nil, fmt.Errorf("sqlcache: migration %d: %w", i+1, err)
		}
	}
	return c, nil
}

func (c *Cache) get(ctx context.Context, key string) (string, error) {
	var v string
	err := c.db.QueryRowContext(ctx, `SELECT value FROM story_meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("sqlcache: read %s: %w", key, err)
	}
	return v, nil
}

// Version implements story.Cache.
func (c *Cache) Version(ctx context.Context) (string, error) { return c.get(ctx, "placement_version") }

// SetVersion implements story.Cache.
func (c *Cache) SetVersion(ctx context.Context, v string) error {
	_, err := c.db.ExecContext(ctx, `INSERT INTO story_meta (key, value) VALUES ('placement_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, v)
	if err != nil {
		return fmt.Errorf("sqlcache: set version: %w", err)
	}
	return nil
}

// Stamps implements story.Cache.
func (c *Cache) Stamps(ctx context.Context) (map[string]string, error) {
	rows, err := c.db.QueryContext(ctx, `SELECT id, stamp FROM story_rows`)
	if err != nil {
		return nil, fmt.Errorf("sqlcache: stamps: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, st string
		if err := rows.Scan(&id, &st); err != nil {
			return nil, fmt.Errorf("sqlcache: stamps: %w", err)
		}
		out[id] = st
	}
	return out, rows.Err()
}

// PutRows implements story.Cache.
func (c *Cache) PutRows(ctx context.Context, rs []story.Row, gone []string) error {
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlcache: put rows: %w", err)
	}
	defer tx.Rollback()
	drop := func(id string) error {
		var n int64
		err := tx.QueryRowContext(ctx, `SELECT n FROM story_rows WHERE id = ?`, id).Scan(&n)
		if err == nil {
			if _, err := tx.ExecContext(ctx, `DELETE FROM story_fts_stories WHERE rowid = ?`, n); err != nil {
				return err
			}
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		for _, q := range []string{`DELETE FROM story_facets WHERE id = ?`, `DELETE FROM story_models WHERE id = ?`} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return err
			}
		}
		return nil
	}
	for _, id := range gone {
		if err := drop(id); err != nil {
			return fmt.Errorf("sqlcache: remove %s: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_rows WHERE id = ?`, id); err != nil {
			return fmt.Errorf("sqlcache: remove %s: %w", id, err)
		}
	}
	for _, r := range rs {
		if err := drop(r.ID); err != nil {
			return fmt.Errorf("sqlcache: put %s: %w", r.ID, err)
		}
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("sqlcache: put %s: %w", r.ID, err)
		}
		var n int64
		err = tx.QueryRowContext(ctx, `INSERT INTO story_rows (id, kind, stamp, from_day, to_day, sources, articles, row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, stamp = excluded.stamp, from_day = excluded.from_day, to_day = excluded.to_day,
				sources = excluded.sources, articles = excluded.articles, row = excluded.row
			RETURNING n`, r.ID, r.Kind, r.Stamp, r.From, r.To, len(r.Sources), r.Articles, string(b)).Scan(&n)
		if err != nil {
			return fmt.Errorf("sqlcache: put %s: %w", r.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_fts_stories (rowid, title) VALUES (?, ?)`, n, r.Title); err != nil {
			return fmt.Errorf("sqlcache: index %s: %w", r.ID, err)
		}
		for facet, vals := range map[string][]string{"source": r.Sources, "language": r.Languages} {
			for _, v := range vals {
				if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_facets (facet, value, id, kind, to_day) VALUES (?, ?, ?, ?, ?)`, facet, v, r.ID, r.Kind, r.To); err != nil {
					return fmt.Errorf("sqlcache: put %s: %w", r.ID, err)
				}
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlcache: put rows: %w", err)
	}
	return nil
}

// List implements story.Cache.
func (c *Cache) List(ctx context.Context, q story.Query) ([]story.Row, int, error) {
	if q.Source != "" && q.Language == "" && q.To == "" && q.Sort != story.SortSources {
		return c.listBySource(ctx, q)
	}
	where := []string{"r.kind = ?"}
	args := []any{q.Kind}
	if q.Source != "" {
		where = append(where, "r.id IN (SELECT id FROM story_facets WHERE facet = 'source' AND value = ?)")
		args = append(args, q.Source)
	}
	if q.Language != "" {
		where = append(where, "r.id IN (SELECT id FROM story_facets WHERE facet = 'language' AND value = ?)")
		args = append(args, q.Language)
	}
	if q.From != "" {
		where = append(where, "r.to_day >= ?")
		args = append(args, q.From)
	}
	if q.To != "" {
		where = append(where, "r.from_day <> '' AND r.from_day <= ?")
		args = append(args, q.To)
	}
	w := strings.Join(where, " AND ")
	var total int
	if err := c.db.QueryRowContext(ctx, `SELECT count(*) FROM story_rows r WHERE `+w, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlcache: list: %w", err)
	}
	order := `r.to_day DESC, r.id`
	if q.Sort == story.SortSources {
		order = `r.sources DESC, r.articles DESC, r.to_day DESC, r.id`
	}
	rows, err := c.db.QueryContext(ctx, `SELECT r.row FROM story_rows r WHERE `+w+` ORDER BY `+order+` LIMIT ? OFFSET ?`,
		append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlcache: list: %w", err)
	}
	out, err := scanRows(rows)
	return out, total, err
}

// listBySource reads a source's stories of one kind from the facet index, which holds
// them in list order: the count and the page's ids come from one index range, and only
// the page's rows are read.
func (c *Cache) listBySource(ctx context.Context, q story.Query) ([]story.Row, int, error) {
	where := "f.facet = 'source' AND f.value = ? AND f.kind = ?"
	args := []any{q.Source, q.Kind}
	if q.From != "" {
		where += " AND f.to_day >= ?"
		args = append(args, q.From)
	}
	var total int
	if err := c.db.QueryRowContext(ctx, `SELECT count(*) FROM story_facets f WHERE `+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlcache: list: %w", err)
	}
	rows, err := c.db.QueryContext(ctx, `SELECT r.row FROM story_rows r WHERE r.id IN (
			SELECT f.id FROM story_facets f WHERE `+where+` ORDER BY f.to_day DESC, f.id LIMIT ? OFFSET ?)
		ORDER BY r.to_day DESC, r.id`, append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlcache: list: %w", err)
	}
	out, err := scanRows(rows)
	return out, total, err
}

func scanRows(rows *sql.Rows) ([]story.Row, error) {
	defer rows.Close()
	var out []story.Row
	for rows.Next() {
		var b string
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("sqlcache: %w", err)
		}
		var r story.Row
		if err := json.Unmarshal([]byte(b), &r); err != nil {
			return nil, fmt.Errorf("sqlcache: damaged row: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Row implements story.Cache.
func (c *Cache) Row(ctx context.Context, id string) (story.Row, error) {
	var b, stamp string
	err := c.db.QueryRowContext(ctx, `SELECT row, stamp FROM story_rows WHERE id = ?`, id).Scan(&b, &stamp)
	if errors.Is(err, sql.ErrNoRows) {
		return story.Row{}, fmt.Errorf("sqlcache: story %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return story.Row{}, fmt.Errorf("sqlcache: story %q: %w", id, err)
	}
	var r story.Row
	if err := json.Unmarshal([]byte(b), &r); err != nil {
		return story.Row{}, fmt.Errorf("sqlcache: damaged row %q: %w", id, err)
	}
	r.Stamp = stamp
	return r, nil
}

// Model implements story.Cache.
func (c *Cache) Model(ctx context.Context, id string) (*story.Story, error) {
	var b []byte
	err := c.db.QueryRowContext(ctx, `SELECT model FROM story_models WHERE id = ?`, id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlcache: model %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlcache: model %q: %w", id, err)
	}
	s := new(story.Story)
	if err := json.Unmarshal(b, s); err != nil {
		return nil, fmt.Errorf("sqlcache: model %q: %w", id, store.ErrNotFound) // damaged: rebuild
	}
	return s, nil
}

// PutModel implements story.Cache.
func (c *Cache) PutModel(ctx context.Context, s *story.Story) error {
	b, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("sqlcache: put model %s: %w", s.ID, err)
	}
	_, err = c.db.ExecContext(ctx, `INSERT INTO story_models (id, stamp, model) VALUES (?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp, model = excluded.model`, s.ID, s.Stamp, b)
	if err != nil {
		return fmt.Errorf("sqlcache: put model %s: %w", s.ID, err)
	}
	return nil
}

// Meta implements story.Cache.
func (c *Cache) Meta(ctx context.Context, ids []string) (map[string]story.Meta, error) {
	out := map[string]story.Meta{}
	const chunk = 500
	for len(ids) > 0 {
		part := ids[:min(chunk, len(ids))]
		ids = ids[len(part):]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := c.db.QueryContext(ctx, `SELECT meta, event, storyline FROM story_articles WHERE id IN (?`+strings.Repeat(",?", len(part)-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlcache: article metadata: %w", err)
		}
		for rows.Next() {
			var b, ev, sl string
			if err := rows.Scan(&b, &ev, &sl); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlcache: article metadata: %w", err)
			}
			var m story.Meta
			if err := json.Unmarshal([]byte(b), &m); err != nil {
				continue // damaged: indexed again
			}
			m.Event, m.Storyline = ev, sl
			out[m.ID] = m
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("sqlcache: article metadata: %w", err)
		}
	}
	return out, nil
}

// Index implements story.Cache.
func (c *Cache) Index(ctx context.Context, arts []story.Indexed) error {
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlcache: index: %w", err)
	}
	defer tx.Rollback()
	for _, x := range arts {
		m := x.Meta
		b, err := json.Marshal(m)
		if err != nil {
			return fmt.Errorf("sqlcache: index %s: %w", m.ID, err)
		}
		var n int64
		err = tx.QueryRowContext(ctx, `INSERT INTO story_articles (id, meta) VALUES (?, ?)
			ON CONFLICT (id) DO UPDATE SET meta = excluded.meta RETURNING n`, m.ID, string(b)).Scan(&n)
		if err != nil {
			return fmt.Errorf("sqlcache: index %s: %w", m.ID, err)
		}
		for _, q := range []string{`DELETE FROM story_fts_articles WHERE rowid = ?`} {
			if _, err := tx.ExecContext(ctx, q, n); err != nil {
				return fmt.Errorf("sqlcache: index %s: %w", m.ID, err)
			}
		}
		for _, q := range []string{`DELETE FROM story_mentions WHERE article = ?`, `DELETE FROM story_quotes WHERE article = ?`} {
			if _, err := tx.ExecContext(ctx, q, m.ID); err != nil {
				return fmt.Errorf("sqlcache: index %s: %w", m.ID, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_fts_articles (rowid, title, body) VALUES (?, ?, ?)`, n, m.Title, x.Text); err != nil {
			return fmt.Errorf("sqlcache: index %s: %w", m.ID, err)
		}
		for _, e := range x.Mentions {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_mentions (name_key, name, type, article) VALUES (?, ?, ?, ?)`,
				strings.ToLower(e.Name), e.Name, e.Type, m.ID); err != nil {
				return fmt.Errorf("sqlcache: index %s: %w", m.ID, err)
			}
		}
		for _, q := range x.Quotes {
			if _, err := tx.ExecContext(ctx, `INSERT INTO story_quotes (speaker_key, speaker, article, start, "end", text, direct) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				strings.ToLower(q.Speaker), q.Speaker, m.ID, q.Start, q.End, q.Text, q.Direct); err != nil {
				return fmt.Errorf("sqlcache: index %s: %w", m.ID, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlcache: index: %w", err)
	}
	return nil
}

// Place implements story.Cache.
func (c *Cache) Place(ctx context.Context, placed map[string][2]string) error {
	if len(placed) == 0 {
		return nil
	}
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlcache: place: %w", err)
	}
	defer tx.Rollback()
	for id, p := range placed {
		if _, err := tx.ExecContext(ctx, `UPDATE story_articles SET event = ?, storyline = ? WHERE id = ?`, p[0], p[1], id); err != nil {
			return fmt.Errorf("sqlcache: place %s: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlcache: place: %w", err)
	}
	return nil
}

// ftsQuery turns what a user typed into an FTS5 query of quoted words (all must match;
// the last may be a prefix), so no input is read as FTS syntax.
func ftsQuery(q string) string {
	var terms []string
	for _, w := range strings.Fields(q) {
		w = strings.Map(func(r rune) rune {
			if r == '"' {
				return -1
			}
			return r
		}, w)
		if w != "" {
			terms = append(terms, `"`+w+`"`)
		}
	}
	if len(terms) == 0 {
		return ""
	}
	terms[len(terms)-1] += "*"
	return strings.Join(terms, " ")
}

// Search implements story.Cache: stories by title first, then articles by relevance.
func (c *Cache) Search(ctx context.Context, q string, limit, offset int) ([]story.Hit, int, error) {
	fq := ftsQuery(q)
	if fq == "" {
		return []story.Hit{}, 0, nil
	}
	var ns, na int
	if err := c.db.QueryRowContext(ctx, `SELECT count(*) FROM story_fts_stories WHERE story_fts_stories MATCH ?`, fq).Scan(&ns); err != nil {
		return nil, 0, fmt.Errorf("sqlcache: search: %w", err)
	}
	if err := c.db.QueryRowContext(ctx, `SELECT count(*) FROM story_fts_articles WHERE story_fts_articles MATCH ?`, fq).Scan(&na); err != nil {
		return nil, 0, fmt.Errorf("sqlcache: search: %w", err)
	}
	hits := []story.Hit{}
	if offset < ns {
		rows, err := c.db.QueryContext(ctx, `SELECT r.id, r.kind, r.row, highlight(story_fts_stories, 0, char(1), char(2))
			FROM story_fts_stories f JOIN story_rows r ON r.n = f.rowid WHERE story_fts_stories MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`, fq, limit, offset)
		if err != nil {
			return nil, 0, fmt.Errorf("sqlcache: search: %w", err)
		}
		for rows.Next() {
			var id, kind, row, hl string
			if err := rows.Scan(&id, &kind, &row, &hl); err != nil {
				rows.Close()
				return nil, 0, fmt.Errorf("sqlcache: search: %w", err)
			}
			var r story.Row
			_ = json.Unmarshal([]byte(row), &r)
			hits = append(hits, story.Hit{Kind: kind, ID: id, Title: r.Title, Snippet: hl})
		}
		rows.Close()
	}
	if rest := limit - len(hits); rest > 0 {
		rows, err := c.db.QueryContext(ctx, `SELECT a.id, a.meta, a.event, snippet(story_fts_articles, 1, char(1), char(2), '…', 16)
			FROM story_fts_articles f JOIN story_articles a ON a.n = f.rowid WHERE story_fts_articles MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`,
			fq, rest, max(0, offset-ns))
		if err != nil {
			return nil, 0, fmt.Errorf("sqlcache: search: %w", err)
		}
		for rows.Next() {
			var id, meta, ev, sn string
			if err := rows.Scan(&id, &meta, &ev, &sn); err != nil {
				rows.Close()
				return nil, 0, fmt.Errorf("sqlcache: search: %w", err)
			}
			var m story.Meta
			_ = json.Unmarshal([]byte(meta), &m)
			hits = append(hits, story.Hit{Kind: "article", ID: id, Title: m.Title, Snippet: sn, Event: ev})
		}
		rows.Close()
	}
	return hits, ns + na, nil
}

// Entity implements story.Cache.
func (c *Cache) Entity(ctx context.Context, name string, limit int) (*story.EntityPage, error) {
	key := strings.ToLower(name)
	p := &story.EntityPage{Name: name, Stories: []story.Row{}, Articles: []story.Meta{}, Quotes: []story.IndexedQuote{}}
	err := c.db.QueryRowContext(ctx, `SELECT name, type FROM story_mentions WHERE name_key = ? LIMIT 1`, key).Scan(&p.Name, &p.Type)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlcache: entity: %w", err)
	}
	rows, err := c.db.QueryContext(ctx, `SELECT a.meta FROM story_mentions m JOIN story_articles a ON a.id = m.article
		WHERE m.name_key = ? LIMIT ?`, key, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlcache: entity: %w", err)
	}
	for rows.Next() {
		var b string
		if err := rows.Scan(&b); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlcache: entity: %w", err)
		}
		var m story.Meta
		if json.Unmarshal([]byte(b), &m) == nil {
			p.Articles = append(p.Articles, m)
		}
	}
	rows.Close()
	rs, err := c.db.QueryContext(ctx, `SELECT r.row FROM story_rows r WHERE r.id IN (
			SELECT a.event FROM story_mentions m JOIN story_articles a ON a.id = m.article WHERE m.name_key = ?
			UNION SELECT a.event FROM story_quotes q JOIN story_articles a ON a.id = q.article WHERE q.speaker_key = ?)
		ORDER BY r.to_day DESC, r.id LIMIT ?`, key, key, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlcache: entity: %w", err)
	}
	if p.Stories, err = scanRows(rs); err != nil {
		return nil, err
	}
	if p.Stories == nil {
		p.Stories = []story.Row{}
	}
	qs, err := c.db.QueryContext(ctx, `SELECT speaker, article, start, "end", text, direct FROM story_quotes WHERE speaker_key = ? ORDER BY article, start LIMIT ?`, key, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlcache: entity: %w", err)
	}
	defer qs.Close()
	for qs.Next() {
		var q story.IndexedQuote
		if err := qs.Scan(&q.Speaker, &q.Article, &q.Start, &q.End, &q.Text, &q.Direct); err != nil {
			return nil, fmt.Errorf("sqlcache: entity: %w", err)
		}
		p.Quotes = append(p.Quotes, q)
	}
	if err := qs.Err(); err != nil {
		return nil, fmt.Errorf("sqlcache: entity: %w", err)
	}
	if p.Type == "" && len(p.Quotes) == 0 {
		// Not tagged as a name anywhere (a figure's source, say): the articles that write it.
		if err := c.entityByText(ctx, p, name, limit); err != nil {
			return nil, err
		}
		if len(p.Articles) == 0 {
			return nil, fmt.Errorf("sqlcache: entity %q: %w", name, store.ErrNotFound)
		}
	}
	return p, nil
}

// Facets implements story.Cache.
func (c *Cache) Facets(ctx context.Context) ([]string, []string, error) {
	get := func(facet string) ([]string, error) {
		rows, err := c.db.QueryContext(ctx, `SELECT DISTINCT value FROM story_facets WHERE facet = ? ORDER BY value LIMIT 500`, facet)
		if err != nil {
			return nil, fmt.Errorf("sqlcache: facets: %w", err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, rows.Err()
	}
	s, err := get("source")
	if err != nil {
		return nil, nil, err
	}
	l, err := get("language")
	return s, l, err
}

// Articles implements story.Cache.
func (c *Cache) Articles(ctx context.Context, limit, offset int) ([]story.Meta, int, error) {
	var total int
	if err := c.db.QueryRowContext(ctx, `SELECT count(*) FROM story_articles`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlcache: articles: %w", err)
	}
	rows, err := c.db.QueryContext(ctx, `SELECT meta, event, storyline FROM story_articles ORDER BY n DESC LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlcache: articles: %w", err)
	}
	defer rows.Close()
	out := []story.Meta{}
	for rows.Next() {
		var b, ev, sl string
		if err := rows.Scan(&b, &ev, &sl); err != nil {
			return nil, 0, fmt.Errorf("sqlcache: articles: %w", err)
		}
		var m story.Meta
		if json.Unmarshal([]byte(b), &m) == nil {
			m.Event, m.Storyline = ev, sl
			out = append(out, m)
		}
	}
	return out, total, rows.Err()
}

// entityByText fills p with the articles whose text holds name as a phrase, and their
// stories.
func (c *Cache) entityByText(ctx context.Context, p *story.EntityPage, name string, limit int) error {
	// Every word as a prefix, so an inflected form ("des Verbands") still counts.
	phrase := strings.ReplaceAll(ftsQuery(name), `" "`, `"* "`)
	if phrase == "" {
		return nil
	}
	rows, err := c.db.QueryContext(ctx, `SELECT a.meta, a.event FROM story_fts_articles f JOIN story_articles a ON a.n = f.rowid
		WHERE story_fts_articles MATCH ? ORDER BY f.rank LIMIT ?`, phrase, limit)
	if err != nil {
		return fmt.Errorf("sqlcache: entity: %w", err)
	}
	var events []any
	for rows.Next() {
		var b, ev string
		if err := rows.Scan(&b, &ev); err != nil {
			rows.Close()
			return fmt.Errorf("sqlcache: entity: %w", err)
		}
		var m story.Meta
		if json.Unmarshal([]byte(b), &m) == nil {
			p.Articles = append(p.Articles, m)
		}
		if ev != "" {
			events = append(events, ev)
		}
	}
	rows.Close()
	if len(events) == 0 {
		return rows.Err()
	}
	rs, err := c.db.QueryContext(ctx, `SELECT row FROM story_rows WHERE id IN (?`+strings.Repeat(",?", len(events)-1)+`) ORDER BY to_day DESC, id`, events...)
	if err != nil {
		return fmt.Errorf("sqlcache: entity: %w", err)
	}
	st, err := scanRows(rs)
	if err != nil {
		return err
	}
	p.Stories = append(p.Stories, st...)
	return nil
}
