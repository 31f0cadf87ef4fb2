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

	"crosscheck/store"
)

// Corrections by users. Each is one transaction, kept in the corrections table, and holds
// for what arrives later: a merged event stays merged (its articles' candidates resolve to
// the surviving event), and moved or split articles are pinned where the user put them.

// Merge moves every article of event other into event into and records the merge.
func (p *Placer) Merge(ctx context.Context, into, other string) error {
	return p.correct(ctx, "merge", []string{into, other}, func(c *corrector) error {
		a, err := c.event(into)
		if err != nil {
			return err
		}
		b, err := c.event(other)
		if err != nil {
			return err
		}
		if a == b {
			return fmt.Errorf("%s and %s are already one event", into, other)
		}
		ids, err := c.members(b)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if err := c.assign(id, a, ReasonMerged, false); err != nil {
				return err
			}
		}
		if _, err := c.tx.ExecContext(ctx, `UPDATE events SET merged_into = $1, articles = 0 WHERE id = $2`, a, b); err != nil {
			return err
		}
		return c.refresh(a, b)
	})
}

// Split moves the named articles of an event into a new event of their own (and a
// storyline of its own), pinned there. It returns the new event's id.
func (p *Placer) Split(ctx context.Context, event string, articles []string) (string, error) {
	var made string
	err := p.correct(ctx, "split", append([]string{event}, articles...), func(c *corrector) error {
		e, err := c.event(event)
		if err != nil {
			return err
		}
		ids, err := c.members(e)
		if err != nil {
			return err
		}
		for _, a := range articles {
			if !slices.Contains(ids, a) {
				return fmt.Errorf("article %s is not in %s: %w", a, event, store.ErrNotFound)
			}
		}
		if len(articles) == len(ids) {
			return fmt.Errorf("splitting every article out of %s would leave it empty; name fewer articles", event)
		}
		var title string
		var t int64
		if err := c.tx.QueryRowContext(ctx, `SELECT title, t_first FROM events WHERE id = $1`, e).Scan(&title, &t); err != nil {
			return err
		}
		var line, n int64
		if err := c.tx.QueryRowContext(ctx, `INSERT INTO storylines (id, title, t_first, t_last, events, articles, changed)
			VALUES ((SELECT coalesce(max(id), 0) + 1 FROM storylines), $1, $2, $2, 1, 0, $3) RETURNING id`, title, t, c.stamp).Scan(&line); err != nil {
			return err
		}
		empty, _ := (&Profile{}).MarshalBinary()
		if err := c.tx.QueryRowContext(ctx, `INSERT INTO events (id, storyline, title, title_article, title_score, t_first, t_last, articles, profile, changed)
			VALUES ((SELECT coalesce(max(id), 0) + 1 FROM events), $1, $2, $3, -1, $4, $4, 0, $5, $6) RETURNING id`, line, title, articles[0], t, empty, c.stamp).Scan(&n); err != nil {
			return err
		}
		for _, a := range articles {
			if err := c.assign(a, n, ReasonSplit, true); err != nil {
				return err
			}
		}
		made = EventID(n)
		return c.refresh(e, n)
	})
	return made, err
}

// Move moves one article into another event and pins it there.
func (p *Placer) Move(ctx context.Context, articleID, event string) error {
	return p.correct(ctx, "move", []string{articleID, event}, func(c *corrector) error {
		to, err := c.event(event)
		if err != nil {
			return err
		}
		var from int64
		err = c.tx.QueryRowContext(ctx, `SELECT event FROM assignments WHERE article = $1`, articleID).Scan(&from)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("article %s is not placed: %w", articleID, store.ErrNotFound)
		}
		if err != nil {
			return err
		}
		if err := c.assign(articleID, to, ReasonMoved, true); err != nil {
			return err
		}
		return c.refresh(from, to)
	})
}

// corrector is one correction's transaction.
type corrector struct {
	ctx   context.Context
	tx    *sql.Tx
	stamp int64 // the change stamp events get: the cursor, as no article is being placed
	words func(lang string) Words
}

func (p *Placer) correct(ctx context.Context, kind string, args []string, fn func(*corrector) error) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	tx, err := begin(ctx, p.db)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	cur, err := getMeta(ctx, tx, "cursor")
	if err != nil {
		return err
	}
	stamp, _ := strconv.ParseInt(cur, 10, 64)
	c := &corrector{ctx: ctx, tx: tx, stamp: stamp, words: func(code string) Words {
		if pack, _ := p.reg.Get(code); pack != nil {
			return pack
		}
		return nil
	}}
	if err := fn(c); err != nil {
		return err
	}
	data, _ := json.Marshal(args)
	if _, err := tx.ExecContext(ctx, `INSERT INTO corrections (kind, data) VALUES ($1, $2)`, kind, string(data)); err != nil {
		return err
	}
	n, err := getMeta(ctx, tx, "corrections")
	if err != nil {
		return err
	}
	k, _ := strconv.Atoi(n)
	if err := setMeta(ctx, tx, "corrections", strconv.Itoa(k+1)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	p.c = newCache()
	return nil
}

func (c *corrector) event(id string) (int64, error) {
	n, err := parseID(id, "e")
	if err != nil {
		return 0, err
	}
	e, err := resolveEvent(c.ctx, c.tx, n)
	if err != nil {
		return 0, err
	}
	if e == 0 {
		return 0, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	return e, nil
}

func (c *corrector) members(e int64) ([]string, error) {
	rows, err := c.tx.QueryContext(c.ctx, `SELECT article FROM assignments WHERE event = $1 ORDER BY seq`, e)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// assign moves an article to event e, with the reason in its explanation.
func (c *corrector) assign(id string, e int64, reason string, pin bool) error {
	var ex string
	if err := c.tx.QueryRowContext(c.ctx, `SELECT explanation FROM assignments WHERE article = $1`, id).Scan(&ex); err != nil {
		return fmt.Errorf("article %s: %w", id, err)
	}
	var x Explanation
	_ = json.Unmarshal([]byte(ex), &x)
	x.Reason = reason
	b, _ := json.Marshal(x)
	pinned := 0
	if pin {
		pinned = 1
	}
	if _, err := c.tx.ExecContext(c.ctx, `UPDATE assignments SET event = $1, pinned = CASE WHEN $2 = 1 THEN 1 ELSE pinned END, explanation = $3 WHERE article = $4`,
		e, pinned, string(b), id); err != nil {
		return err
	}
	_, err := c.tx.ExecContext(c.ctx, `UPDATE place_articles SET event = $1 WHERE id = $2 AND active = 1`, e, id)
	return err
}

// refresh recomputes the sizes, time ranges, titles and storyline counts of the events
// touched.
func (c *corrector) refresh(events ...int64) error {
	lines := map[int64]bool{}
	for _, e := range events {
		if err := c.retitle(e); err != nil {
			return fmt.Errorf("title of e%d: %w", e, err)
		}
		_, err := c.tx.ExecContext(c.ctx, `UPDATE events SET
			articles = (SELECT count(*) FROM assignments WHERE event = $1),
			t_first = coalesce((SELECT min(t) FROM place_articles WHERE event = $1 AND active = 1), t_first),
			t_last = coalesce((SELECT max(t) FROM place_articles WHERE event = $1 AND active = 1), t_last),
			changed = $2 WHERE id = $1`, e, c.stamp)
		if err != nil {
			return err
		}
		var line int64
		if err := c.tx.QueryRowContext(c.ctx, `SELECT storyline FROM events WHERE id = $1`, e).Scan(&line); err != nil {
			return err
		}
		lines[line] = true
	}
	for line := range lines {
		_, err := c.tx.ExecContext(c.ctx, `UPDATE storylines SET
			events = (SELECT count(*) FROM events WHERE storyline = $1 AND merged_into IS NULL AND articles > 0),
			articles = (SELECT coalesce(sum(articles), 0) FROM events WHERE storyline = $1 AND merged_into IS NULL),
			title = coalesce((SELECT title FROM events WHERE storyline = $1 AND merged_into IS NULL ORDER BY articles DESC, title_score DESC, id LIMIT 1), title),
			changed = $2 WHERE id = $1`, line, c.stamp)
		if err != nil {
			return err
		}
	}
	return nil
}

// retitle gives an event whose title came from an article it no longer holds (one split
// or moved out, or a new event split off, whose title is not yet its own) the best headline
// of its members, as placement would (titleScore, without the model's centrality, which a
// correction does not have). A title from a member stays: titles are stable.
func (c *corrector) retitle(e int64) error {
	var titleArticle string
	var score float64
	if err := c.tx.QueryRowContext(c.ctx, `SELECT title_article, title_score FROM events WHERE id = $1`, e).Scan(&titleArticle, &score); err != nil {
		return err
	}
	rows, err := c.tx.QueryContext(c.ctx, `SELECT id, profile FROM place_articles WHERE event = $1 AND active = 1 ORDER BY seq`, e)
	if err != nil {
		return err
	}
	defer rows.Close()
	type option struct {
		id, head string
		score    float64
	}
	var best *option
	for rows.Next() {
		var id string
		var blob []byte
		if err := rows.Scan(&id, &blob); err != nil {
			return err
		}
		if id == titleArticle && score >= 0 {
			return rows.Close()
		}
		prof := &Profile{}
		if err := prof.UnmarshalBinary(blob); err != nil {
			return fmt.Errorf("profile of %s: %w", id, err)
		}
		head := cleanTitle(prof.Heading, prof.Host)
		o := option{id: id, head: head, score: -1}
		if w := c.words(prof.Lang); w != nil {
			o.score = titleScore(head, w, 0.5)
		}
		if head == "" {
			o.head = cmp.Or(prof.Heading, id)
		}
		if best == nil || o.score > best.score {
			best = &o
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if best == nil {
		return nil // no member left: the event is empty and shown nowhere
	}
	_, err = c.tx.ExecContext(c.ctx, `UPDATE events SET title = $1, title_article = $2, title_score = $3 WHERE id = $4`,
		best.head, best.id, max(best.score, 0), e)
	return err
}
