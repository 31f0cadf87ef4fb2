package place

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"crosscheck/article"
	"crosscheck/link"
	"crosscheck/store"
)

// Reader reads what placement decided. Readers (the CLI, the server) use it while placers
// write: every read is one statement or one read transaction.
type Reader struct {
	db DB
}

// NewReader migrates the placement tables if needed and returns a reader over them.
func NewReader(ctx context.Context, db DB) (*Reader, error) {
	if err := migrate(ctx, db); err != nil {
		return nil, err
	}
	return &Reader{db: db}, nil
}

// Reader returns a reader over the placer's tables.
func (p *Placer) Reader() *Reader { return &Reader{db: p.db} }

// Event is one happening and the articles that report it.
type Event struct {
	ID           string    `json:"id"` // "e12"
	Title        string    `json:"title"`
	TitleArticle string    `json:"title_article"` // the article whose headline is the title
	Storyline    string    `json:"storyline"`     // "s3"
	Articles     []string  `json:"articles"`      // in arrival order
	First, Last  time.Time `json:"-"`             // published range (zero when unknown)
	Changed      int64     `json:"-"`             // the store sequence number of the last change
}

// Storyline is events linked by a narrative thread.
type Storyline struct {
	ID       string   `json:"id"` // "s3"
	Title    string   `json:"title"`
	Events   []string `json:"events"`   // in order of their first article
	Articles []string `json:"articles"` // in arrival order
	// Links says, for each event that joined the storyline after the first, why.
	Links   map[string]string `json:"links,omitempty"`
	Changed int64             `json:"-"`
}

// Assignment is where an article was placed, and why.
type Assignment struct {
	Article     string      `json:"article"`
	Event       string      `json:"event"`
	Storyline   string      `json:"storyline"`
	Pinned      bool        `json:"pinned,omitempty"` // placed by a user; automatic moves leave it alone
	Explanation Explanation `json:"explanation"`
}

// EventID and StorylineID format ids as users see them.
func EventID(n int64) string     { return "e" + strconv.FormatInt(n, 10) }
func StorylineID(n int64) string { return "s" + strconv.FormatInt(n, 10) }

// parseID reads "e12" (prefix "e") as 12.
func parseID(s, prefix string) (int64, error) {
	n, err := strconv.ParseInt(strings.TrimPrefix(s, prefix), 10, 64)
	if err != nil || !strings.HasPrefix(s, prefix) || n <= 0 {
		return 0, fmt.Errorf("%q is not an id like %s12: %w", s, prefix, store.ErrNotFound)
	}
	return n, nil
}

func unixTime(t int64) time.Time {
	if t == 0 {
		return time.Time{}
	}
	return time.Unix(t, 0).UTC()
}

// Events lists the events that hold articles, in order of their first article.
func (r *Reader) Events(ctx context.Context) ([]Event, error) {
	rows, err := r.db.DB().QueryContext(ctx, `SELECT a.event, a.article FROM assignments a ORDER BY a.seq`)
	if err != nil {
		return nil, fmt.Errorf("place: read assignments: %w", err)
	}
	members := map[int64][]string{}
	var order []int64
	for rows.Next() {
		var e int64
		var id string
		if err := rows.Scan(&e, &id); err != nil {
			rows.Close()
			return nil, err
		}
		if _, ok := members[e]; !ok {
			order = append(order, e)
		}
		members[e] = append(members[e], id)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	evs, err := r.eventRows(ctx, "")
	if err != nil {
		return nil, err
	}
	out := make([]Event, 0, len(order))
	for _, e := range order {
		ev, ok := evs[e]
		if !ok {
			continue
		}
		ev.Articles = members[e]
		out = append(out, ev)
	}
	return out, nil
}

func (r *Reader) eventRows(ctx context.Context, where string, args ...any) (map[int64]Event, error) {
	rows, err := r.db.DB().QueryContext(ctx, `SELECT id, storyline, title, title_article, t_first, t_last, changed FROM events WHERE merged_into IS NULL`+where, args...)
	if err != nil {
		return nil, fmt.Errorf("place: read events: %w", err)
	}
	defer rows.Close()
	out := map[int64]Event{}
	for rows.Next() {
		var id, line, first, last, changed int64
		var ev Event
		if err := rows.Scan(&id, &line, &ev.Title, &ev.TitleArticle, &first, &last, &changed); err != nil {
			return nil, err
		}
		ev.ID, ev.Storyline, ev.First, ev.Last, ev.Changed = EventID(id), StorylineID(line), unixTime(first), unixTime(last), changed
		out[id] = ev
	}
	return out, rows.Err()
}

// Event returns one event with its articles.
func (r *Reader) Event(ctx context.Context, id string) (*Event, error) {
	n, err := parseID(id, "e")
	if err != nil {
		return nil, err
	}
	if n, err = resolveEvent(ctx, r.db.DB(), n); err != nil {
		return nil, err
	}
	evs, err := r.eventRows(ctx, " AND id = $1", n)
	if err != nil {
		return nil, err
	}
	ev, ok := evs[n]
	if !ok {
		return nil, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	rows, err := r.db.DB().QueryContext(ctx, `SELECT article FROM assignments WHERE event = $1 ORDER BY seq`, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		ev.Articles = append(ev.Articles, a)
	}
	if len(ev.Articles) == 0 {
		return nil, fmt.Errorf("event %s has no articles: %w", id, store.ErrNotFound)
	}
	return &ev, rows.Err()
}

// Storylines lists the storylines that hold articles, in order of their first article.
func (r *Reader) Storylines(ctx context.Context) ([]Storyline, error) {
	evs, err := r.Events(ctx)
	if err != nil {
		return nil, err
	}
	return r.storylinesOf(ctx, evs, "")
}

func (r *Reader) storylinesOf(ctx context.Context, evs []Event, only string) ([]Storyline, error) {
	byID := map[string]*Storyline{}
	var order []string
	for _, e := range evs {
		if only != "" && e.Storyline != only {
			continue
		}
		l, ok := byID[e.Storyline]
		if !ok {
			l = &Storyline{ID: e.Storyline}
			byID[e.Storyline] = l
			order = append(order, e.Storyline)
		}
		l.Events = append(l.Events, e.ID)
		l.Articles = append(l.Articles, e.Articles...)
	}
	q := `SELECT id, title, changed FROM storylines WHERE merged_into IS NULL`
	var args []any
	if only != "" {
		n, err := parseID(only, "s")
		if err != nil {
			return nil, err
		}
		q += ` AND id = $1`
		args = append(args, n)
	}
	rows, err := r.db.DB().QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("place: read storylines: %w", err)
	}
	for rows.Next() {
		var id, changed int64
		var title string
		if err := rows.Scan(&id, &title, &changed); err != nil {
			rows.Close()
			return nil, err
		}
		if l, ok := byID[StorylineID(id)]; ok {
			l.Title, l.Changed = title, changed
		}
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	links, err := r.db.DB().QueryContext(ctx, `SELECT event, storyline, explanation FROM story_links`)
	if err != nil {
		return nil, err
	}
	for links.Next() {
		var e, line int64
		var why string
		if err := links.Scan(&e, &line, &why); err != nil {
			links.Close()
			return nil, err
		}
		if l, ok := byID[StorylineID(line)]; ok {
			if l.Links == nil {
				l.Links = map[string]string{}
			}
			l.Links[EventID(e)] = why
		}
	}
	if err := links.Close(); err != nil {
		return nil, err
	}
	out := make([]Storyline, 0, len(order))
	for _, id := range order {
		l := byID[id]
		// Articles in arrival order across the events.
		out = append(out, *l)
	}
	return out, nil
}

// Storyline returns one storyline with its events and articles.
func (r *Reader) Storyline(ctx context.Context, id string) (*Storyline, error) {
	if _, err := parseID(id, "s"); err != nil {
		return nil, err
	}
	evs, err := r.Events(ctx)
	if err != nil {
		return nil, err
	}
	ls, err := r.storylinesOf(ctx, evs, id)
	if err != nil {
		return nil, err
	}
	if len(ls) == 0 {
		return nil, fmt.Errorf("storyline %s: %w", id, store.ErrNotFound)
	}
	return &ls[0], nil
}

// Assignment returns where an article was placed and why.
func (r *Reader) Assignment(ctx context.Context, articleID string) (*Assignment, error) {
	var e, pinned int64
	var ex string
	err := r.db.DB().QueryRowContext(ctx, `SELECT event, pinned, explanation FROM assignments WHERE article = $1`, articleID).Scan(&e, &pinned, &ex)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s is not placed: %w", articleID, store.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	as := &Assignment{Article: articleID, Event: EventID(e), Pinned: pinned != 0}
	if err := json.Unmarshal([]byte(ex), &as.Explanation); err != nil {
		return nil, fmt.Errorf("place: explanation of %s is damaged: %w", articleID, err)
	}
	var line int64
	if err := r.db.DB().QueryRowContext(ctx, `SELECT storyline FROM events WHERE id = $1`, e).Scan(&line); err == nil {
		as.Storyline = StorylineID(line)
	}
	return as, nil
}

// Derivations lists every current derived-from link, ordered by derived article.
func (r *Reader) Derivations(ctx context.Context) ([]link.Derivation, error) {
	rows, err := r.db.DB().QueryContext(ctx, `SELECT article, data FROM derivations ORDER BY article`)
	if err != nil {
		return nil, fmt.Errorf("place: read derivations: %w", err)
	}
	defer rows.Close()
	var out []link.Derivation
	for rows.Next() {
		var id, data string
		if err := rows.Scan(&id, &data); err != nil {
			return nil, err
		}
		var d link.Derivation
		if err := json.Unmarshal([]byte(data), &d); err != nil {
			return nil, fmt.Errorf("place: derivation of %s is damaged: %w", id, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// DerivationsOf returns the current derived-from links of the given derived articles (all
// of them when articles is nil).
func (r *Reader) DerivationsOf(ctx context.Context, articles []string) ([]link.Derivation, error) {
	if articles == nil {
		return r.Derivations(ctx)
	}
	var out []link.Derivation
	for lo := 0; lo < len(articles); lo += maxParams {
		part := articles[lo:min(len(articles), lo+maxParams)]
		args := make([]any, len(part))
		for i, a := range part {
			args[i] = a
		}
		rows, err := r.db.DB().QueryContext(ctx, `SELECT article, data FROM derivations WHERE article IN (`+placeholders(1, len(part))+`) ORDER BY article`, args...)
		if err != nil {
			return nil, fmt.Errorf("place: read derivations: %w", err)
		}
		for rows.Next() {
			var id, data string
			if err := rows.Scan(&id, &data); err != nil {
				rows.Close()
				return nil, err
			}
			var d link.Derivation
			if err := json.Unmarshal([]byte(data), &d); err != nil {
				rows.Close()
				return nil, fmt.Errorf("place: derivation of %s is damaged: %w", id, err)
			}
			out = append(out, d)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Furniture returns the spans of an article that placement found to be site furniture by
// repetition (those marked by the packs' phrase lists are blocks of kind furniture).
func (r *Reader) Furniture(ctx context.Context, articleID string) ([]article.Span, error) {
	rows, err := r.db.DB().QueryContext(ctx, `SELECT start, stop FROM furniture_spans WHERE article = $1 ORDER BY start`, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []article.Span
	for rows.Next() {
		var s article.Span
		if err := rows.Scan(&s.Start, &s.End); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Failure is an article placement passed over, and why.
type Failure struct {
	Article string `json:"article"`
	Error   string `json:"error"`
}

// Failures lists the articles that could not be placed, in arrival order.
func (r *Reader) Failures(ctx context.Context) ([]Failure, error) {
	rows, err := r.db.DB().QueryContext(ctx, `SELECT article, error FROM place_failures ORDER BY seq`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Failure
	for rows.Next() {
		var f Failure
		if err := rows.Scan(&f.Article, &f.Error); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// Version changes whenever placement or a correction changes anything, so a reader can
// cache what it built from the tables and rebuild only when this moves.
func (r *Reader) Version(ctx context.Context) (string, error) {
	cur, err := getMeta(ctx, r.db.DB(), "cursor")
	if err != nil {
		return "", err
	}
	corr, err := getMeta(ctx, r.db.DB(), "corrections")
	if err != nil {
		return "", err
	}
	return cur + "." + corr, nil
}
