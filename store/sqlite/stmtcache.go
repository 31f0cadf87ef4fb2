package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"strconv"
	"strings"

	sqlite "modernc.org/sqlite"
)

// The driver prepares (parses and plans) every statement anew each time it runs, and
// placement runs a few dozen statements per article, most of them the same texts again:
// parsing was a fifth of placement's CPU. Each connection here keeps the statements it
// prepared, by text, and runs them again bound to new arguments. The cache is per connection
// (a prepared statement belongs to one), bounded, and invisible to callers: database/sql
// still sees one connection running queries by text.

// maxCachedStmts bounds the statements one connection keeps; the least recently used goes.
// Placement's texts differ by the length of their IN lists and multi-row VALUES (up to
// maxParams each): on the stream's first 2,000 items a cache of 256 prepared 2,233 times,
// one of 1,024 prepared 531 times, each text once (a statement is a few KB).
// Texts longer than maxCachedText (multi-row inserts of many rows) are not kept: parsing is
// small beside running them, and each would hold much memory.
const (
	maxCachedStmts = 1024
	maxCachedText  = 8 << 10
)

// connector opens modernc.org/sqlite connections with a statement cache.
type connector struct {
	dsn string
	drv *sqlite.Driver
}

func openDB(dsn string) *sql.DB {
	return sql.OpenDB(connector{dsn: dsn, drv: &sqlite.Driver{}})
}

func (c connector) Connect(context.Context) (driver.Conn, error) {
	conn, err := c.drv.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	return &cachingConn{Conn: conn, stmts: map[string]*cachedStmt{}}, nil
}

func (c connector) Driver() driver.Driver { return c.drv }

// driverConn is what modernc.org/sqlite's connection implements and the cache passes on.
type driverConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
}

type cachingConn struct {
	driver.Conn
	stmts map[string]*cachedStmt
	tick  uint64
}

type cachedStmt struct {
	st   driver.Stmt
	used uint64
	busy bool // its rows are open: a second use of the text prepares a statement of its own
}

func (c *cachingConn) inner() driverConn { return c.Conn.(driverConn) }

// get returns the cached statement for query, preparing and keeping it when new; nil when
// the text is not kept or its statement is busy.
func (c *cachingConn) get(ctx context.Context, query string) (*cachedStmt, error) {
	if len(query) > maxCachedText {
		return nil, nil
	}
	c.tick++
	if s, ok := c.stmts[query]; ok {
		if s.busy {
			return nil, nil
		}
		s.used = c.tick
		return s, nil
	}
	st, err := c.inner().PrepareContext(ctx, positional(query))
	if err != nil {
		return nil, err
	}
	if len(c.stmts) >= maxCachedStmts {
		c.evict()
	}
	s := &cachedStmt{st: st, used: c.tick}
	c.stmts[query] = s
	return s, nil
}

// evict closes the least recently used statement that is not busy.
func (c *cachingConn) evict() {
	var oldest string
	var at uint64
	for q, s := range c.stmts {
		if !s.busy && (oldest == "" || s.used < at) {
			oldest, at = q, s.used
		}
	}
	if oldest != "" {
		c.stmts[oldest].st.Close()
		delete(c.stmts, oldest)
	}
}

func (c *cachingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	s, err := c.get(ctx, query)
	if err != nil {
		return nil, err
	}
	if s == nil {
		return c.inner().ExecContext(ctx, positional(query), args)
	}
	return s.st.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (c *cachingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	s, err := c.get(ctx, query)
	if err != nil {
		return nil, err
	}
	if s == nil {
		return c.inner().QueryContext(ctx, positional(query), args)
	}
	r, err := s.st.(driver.StmtQueryContext).QueryContext(ctx, args)
	if err != nil {
		return nil, err
	}
	s.busy = true
	return &cachedRows{Rows: r, s: s}, nil
}

// cachedRows frees its statement for the next use when closed (the driver resets it).
type cachedRows struct {
	driver.Rows
	s *cachedStmt
}

func (r *cachedRows) Close() error {
	err := r.Rows.Close()
	r.s.busy = false
	return err
}

func (c *cachingConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.inner().PrepareContext(ctx, positional(query))
}

// positional returns query with its parameters "$1, $2, ... $n" written "?" when they
// appear in that order, each once (most statements; PostgreSQL needs the numbers, and the
// store's SQL is shared). SQLite binds a "$N" parameter by name: the driver asks each one's
// name and SQLite finds it by a linear search of the statement's names, so binding a
// statement of n parameters cost n² steps (a tenth of placement's SQLite time in its
// multi-row inserts). "?" parameters have no names and bind by position, the same
// arguments to the same places. Quoted text ('...', "...") is left alone; any other use of
// "$", or a comment, keeps the text as it is.
func positional(query string) string {
	if !strings.Contains(query, "$") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query))
	next := 1
	for i := 0; i < len(query); {
		c := query[i]
		switch c {
		case '\'', '"':
			j := strings.IndexByte(query[i+1:], c)
			if j < 0 {
				return query
			}
			b.WriteString(query[i : i+j+2])
			i += j + 2
			continue
		case '-':
			if strings.HasPrefix(query[i:], "--") {
				return query // a comment: not worth reading
			}
		case '$':
			j := i + 1
			for j < len(query) && query[j] >= '0' && query[j] <= '9' {
				j++
			}
			if j == i+1 || query[i+1] == '0' {
				return query
			}
			n, err := strconv.Atoi(query[i+1 : j])
			if err != nil || n != next {
				return query
			}
			next++
			b.WriteByte('?')
			i = j
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

func (c *cachingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.inner().BeginTx(ctx, opts)
}

func (c *cachingConn) Ping(ctx context.Context) error { return c.inner().Ping(ctx) }

func (c *cachingConn) ResetSession(ctx context.Context) error {
	return c.inner().ResetSession(ctx)
}

func (c *cachingConn) IsValid() bool { return c.inner().IsValid() }

func (c *cachingConn) Close() error {
	var errs []error
	for q, s := range c.stmts {
		errs = append(errs, s.st.Close())
		delete(c.stmts, q)
	}
	return errors.Join(append(errs, c.Conn.Close())...)
}
