package story

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/store"
)

// Query selects a page of the stories list, newest first unless Sort says otherwise.
type Query struct {
	Kind     string // "storyline" (default) or "event"
	Sort     string // SortNewest (default, "" too) or SortSources
	Source   string // only stories with an article from this outlet
	Language string // only stories with an article in this language
	From, To string // only stories with an article dated in [From, To] (days, either may be "")
	Limit    int
	Offset   int
}

// Orders of the stories list.
const (
	// SortNewest lists the stories whose last article is newest first.
	SortNewest = "newest"
	// SortSources lists the stories most outlets reported first (then most articles, then
	// newest): what a newsroom looks for first is what many wrote about, and in a real
	// stream most stories are one article of one outlet.
	SortSources = "sources"
)

// Page is one page of the stories list.
type Page struct {
	Stories []Row `json:"stories"`
	Total   int   `json:"total"`
	Limit   int   `json:"limit"`
	Offset  int   `json:"offset"`
}

// Meta is what lists show of an article, kept beside the stories so that lists need not
// read the articles.
type Meta struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Language  string `json:"language"`
	Published string `json:"published,omitempty"`
	Day       string `json:"day,omitempty"` // publication day
	Source    string `json:"source,omitempty"`
	Event     string `json:"event,omitempty"`
	Storyline string `json:"storyline,omitempty"`
}

// Indexed is an article as the cache indexes it for search and entity pages.
type Indexed struct {
	Meta     Meta
	Text     string
	Mentions []Mention
	Quotes   []IndexedQuote
}

// Mention is a named entity an article mentions.
type Mention struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// IndexedQuote is a quotation with its speaker, for entity pages.
type IndexedQuote struct {
	Speaker string `json:"speaker"`
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Direct  bool   `json:"direct"`
}

// Hit is one search result.
type Hit struct {
	Kind    string `json:"kind"` // "article" or "story"
	ID      string `json:"id"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"` // matched words between \x01 and \x02
	Event   string `json:"event,omitempty"`
}

// EntityPage is every story and quotation of one name.
type EntityPage struct {
	Name     string         `json:"name"`
	Type     string         `json:"type"`
	Stories  []Row          `json:"stories"`
	Articles []Meta         `json:"articles"`
	Quotes   []IndexedQuote `json:"quotes"`
}

// Cache keeps built stories, the stories list and the search index in the database, so a
// page reads a few rows. Rows carry the placement stamp they were built from.
type Cache interface {
	// Version is the placement version the rows were last brought up to ("" at first).
	Version(ctx context.Context) (string, error)
	SetVersion(ctx context.Context, v string) error
	// Stamps returns every row's id and stamp.
	Stamps(ctx context.Context) (map[string]string, error)
	// PutRows writes rows (dropping the built models of those ids) and removes gone ids.
	PutRows(ctx context.Context, rows []Row, gone []string) error
	// List returns a page of rows in the query's order (Sort is set).
	List(ctx context.Context, q Query) ([]Row, int, error)
	// Row returns one row, or an error wrapping store.ErrNotFound.
	Row(ctx context.Context, id string) (Row, error)
	// Model returns the built story id, or an error wrapping store.ErrNotFound.
	Model(ctx context.Context, id string) (*Story, error)
	PutModel(ctx context.Context, s *Story) error
	// Meta returns what is kept of the given articles (ids not indexed are left out).
	Meta(ctx context.Context, ids []string) (map[string]Meta, error)
	// Index adds or replaces articles in the search and entity indexes.
	Index(ctx context.Context, arts []Indexed) error
	// Place records which event and storyline each article is in.
	Place(ctx context.Context, placed map[string][2]string) error
	Search(ctx context.Context, q string, limit, offset int) ([]Hit, int, error)
	Entity(ctx context.Context, name string, limit int) (*EntityPage, error)
	// Articles lists kept article metadata, newest first.
	Articles(ctx context.Context, limit, offset int) ([]Meta, int, error)
	// Sources and Languages list the values the list can be filtered by.
	Facets(ctx context.Context) (sources, languages []string, err error)
}

// Reader answers the pages' and the API's questions from the cache, bringing it up to the
// placement's version first when that changed.
type Reader struct {
	B     *Builder
	Cache Cache
	// All reads every stored article, for the first indexing of a large store (store.Store's
	// Each); nil to read articles one by one.
	All func(ctx context.Context, fn func(*store.Record) error) error

	mu sync.Mutex
}

// manyChanged is the share of changed articles above which a refresh reads the whole
// store in one pass rather than article by article.
const manyChanged = 0.25

// Stale reports whether Refresh has work to do: articles were placed since the list and
// indexes were last brought up to date.
func (r *Reader) Stale(ctx context.Context) (bool, error) {
	v, err := r.B.Placement.Version(ctx)
	if err != nil {
		return false, err
	}
	cv, err := r.Cache.Version(ctx)
	if err != nil {
		return false, err
	}
	return v != cv, nil
}

// Refresh brings the list and indexes up to the placement version. Rows whose stamp is
// unchanged are kept; built models of changed stories are dropped and rebuilt on demand.
func (r *Reader) Refresh(ctx context.Context) error {
	v, err := r.B.Placement.Version(ctx)
	if err != nil {
		return err
	}
	cv, err := r.Cache.Version(ctx)
	if err != nil {
		return err
	}
	if v == cv {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if cv, err = r.Cache.Version(ctx); err != nil || cv == v {
		return err
	}
	events, err := r.B.Placement.Events(ctx)
	if err != nil {
		return err
	}
	lines, err := r.B.Placement.Storylines(ctx)
	if err != nil {
		return err
	}
	stamps, err := r.Cache.Stamps(ctx)
	if err != nil {
		return err
	}
	evByID := map[string]*Event{}
	live := map[string]bool{}
	var need []string
	placed := map[string][2]string{}
	var chEvents []*Event
	for i := range events {
		e := &events[i]
		evByID[e.ID], live[e.ID] = e, true
		if stamps[e.ID] != e.Stamp {
			chEvents = append(chEvents, e)
			for _, a := range e.Articles {
				need = append(need, a)
				placed[a] = [2]string{e.ID, e.Storyline}
			}
		}
	}
	var chLines []*Storyline
	for i := range lines {
		l := &lines[i]
		live[l.ID] = true
		if stamps[l.ID] != l.Stamp {
			chLines = append(chLines, l)
			for _, eid := range l.Events {
				if e := evByID[eid]; e != nil {
					need = append(need, e.Articles...)
				}
			}
		}
	}
	var gone []string
	for id := range stamps {
		if !live[id] {
			gone = append(gone, id)
		}
	}
	sort.Strings(gone)
	meta, err := r.meta(ctx, need, len(stamps) == 0)
	if err != nil {
		return err
	}
	if err := r.Cache.Place(ctx, placed); err != nil {
		return err
	}
	rows := make([]Row, 0, len(chEvents)+len(chLines))
	f := r.B.Formats
	for _, e := range chEvents {
		row := Row{ID: e.ID, Kind: "event", Title: e.Title, Storyline: e.Storyline, Stamp: e.Stamp, Events: []EventRef{}}
		fill(&row, e.Articles, meta)
		row.Dates = dateRange(f.Get(mainLanguage(row.Languages, e.Articles, meta)), row.From, row.To)
		rows = append(rows, row)
	}
	for _, l := range chLines {
		row := Row{ID: l.ID, Kind: "storyline", Title: l.Title, Stamp: l.Stamp, Events: []EventRef{}}
		var arts []string
		for _, eid := range l.Events {
			e := evByID[eid]
			if e == nil {
				continue
			}
			arts = append(arts, e.Articles...)
			er := Row{}
			fill(&er, e.Articles, meta)
			lf := f.Get(mainLanguage(er.Languages, e.Articles, meta))
			row.Events = append(row.Events, EventRef{ID: e.ID, Title: e.Title, From: er.From, To: er.To,
				Dates: dateRange(lf, er.From, er.To), Articles: nonNil(e.Articles), Sources: er.Sources})
		}
		sort.SliceStable(row.Events, func(i, j int) bool { return row.Events[i].To > row.Events[j].To })
		fill(&row, arts, meta)
		row.Dates = dateRange(f.Get(mainLanguage(row.Languages, arts, meta)), row.From, row.To)
		rows = append(rows, row)
	}
	if err := r.Cache.PutRows(ctx, rows, gone); err != nil {
		return err
	}
	return r.Cache.SetVersion(ctx, v)
}

// meta returns the kept metadata of ids, indexing the articles not kept yet.
func (r *Reader) meta(ctx context.Context, ids []string, first bool) (map[string]Meta, error) {
	meta, err := r.Cache.Meta(ctx, ids)
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, id := range ids {
		if _, ok := meta[id]; !ok {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return meta, nil
	}
	want := map[string]bool{}
	for _, id := range missing {
		want[id] = true
	}
	var batch []Indexed
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := r.Cache.Index(ctx, batch)
		for _, x := range batch {
			meta[x.Meta.ID] = x.Meta
		}
		batch = batch[:0]
		return err
	}
	add := func(rec *store.Record) error {
		if !want[rec.Article.ID] {
			return nil
		}
		batch = append(batch, indexed(rec))
		if len(batch) >= 500 {
			return flush()
		}
		return nil
	}
	if r.All != nil && (first || float64(len(missing)) > manyChanged*float64(len(ids))) && len(missing) > 200 {
		if err := r.All(ctx, add); err != nil {
			return nil, err
		}
	} else {
		for _, id := range missing {
			rec, err := r.B.Articles.Get(ctx, id)
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			if err != nil {
				return nil, err
			}
			if err := add(rec); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return meta, nil
}

func indexed(rec *store.Record) Indexed {
	a := rec.Article
	m := Meta{ID: a.ID, Title: Title(a), URL: a.URL, Language: a.Language, Published: a.Published, Source: source(a)}
	if t, p := article.ParsePublished(a.Published); p >= article.PrecisionDay {
		m.Day = t.Format("2006-01-02")
	}
	x := Indexed{Meta: m, Text: a.Text}
	seen := map[string]bool{}
	for _, e := range rec.Analysis.Entities {
		if e.Canonical == "" || e.Subtype == "part" || seen[e.Type+"\x00"+e.Canonical] {
			continue
		}
		seen[e.Type+"\x00"+e.Canonical] = true
		x.Mentions = append(x.Mentions, Mention{Name: e.Canonical, Type: e.Type})
	}
	for _, q := range rec.Analysis.Quotes {
		if q.Speaker != "" {
			x.Quotes = append(x.Quotes, IndexedQuote{Speaker: q.Speaker, Article: a.ID, Start: q.Start, End: q.End, Text: q.Text, Direct: q.Direct})
		}
	}
	return x
}

// fill sets a row's dates, sources, languages and size from its articles' metadata.
func fill(row *Row, arts []string, meta map[string]Meta) {
	srcs, langs := map[string]bool{}, map[string]bool{}
	for _, a := range arts {
		m, ok := meta[a]
		if !ok {
			continue
		}
		row.Articles++
		if m.Source != "" {
			srcs[m.Source] = true
		}
		if m.Language != "" {
			langs[m.Language] = true
		}
		if m.Day != "" {
			if row.From == "" || m.Day < row.From {
				row.From = m.Day
			}
			if m.Day > row.To {
				row.To = m.Day
			}
		}
	}
	row.Sources, row.Languages = keys(srcs), keys(langs)
}

func mainLanguage(langs []string, arts []string, meta map[string]Meta) string {
	n := map[string]int{}
	for _, a := range arts {
		n[meta[a].Language]++
	}
	best := ""
	for _, l := range langs {
		if best == "" || n[l] > n[best] {
			best = l
		}
	}
	return best
}

// dateRange writes from..to (days) as a reader of f's language does.
func dateRange(f lang.Formatter, from, to string) string {
	if from == "" {
		return ""
	}
	day := func(v string) string {
		p, ok := lang.ParseTimex(v, "")
		if !ok {
			return v
		}
		return f.Date(p)
	}
	if to == from || to == "" {
		return day(from)
	}
	return day(from) + " – " + day(to)
}

// Story returns the built story id, building and keeping it when the kept one is stale.
func (r *Reader) Story(ctx context.Context, id string) (*Story, error) {
	if err := r.Refresh(ctx); err != nil {
		return nil, err
	}
	row, err := r.Cache.Row(ctx, id)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("%w: no event or storyline %q", ErrNotFound, id)
		}
		return nil, err
	}
	m, err := r.Cache.Model(ctx, id)
	if err == nil && m.Stamp == row.Stamp && m.ModelVersion == ModelVersion {
		return m, nil
	}
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	m, err = r.B.Build(ctx, id)
	if err != nil {
		return nil, err
	}
	if m.Stamp == row.Stamp {
		if err := r.Cache.PutModel(ctx, m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// List returns a page of the stories list.
func (r *Reader) List(ctx context.Context, q Query) (*Page, error) {
	if err := r.Refresh(ctx); err != nil {
		return nil, err
	}
	if q.Kind == "" {
		q.Kind = "storyline"
	}
	if q.Sort == "" {
		q.Sort = SortNewest
	}
	if q.Sort != SortNewest && q.Sort != SortSources {
		return nil, fmt.Errorf("story: list order %q: want %s or %s", q.Sort, SortNewest, SortSources)
	}
	q.Limit = clampLimit(q.Limit)
	if q.Offset < 0 {
		q.Offset = 0
	}
	rows, total, err := r.Cache.List(ctx, q)
	if err != nil {
		return nil, err
	}
	if rows == nil {
		rows = []Row{}
	}
	return &Page{Stories: rows, Total: total, Limit: q.Limit, Offset: q.Offset}, nil
}

// Page sizes.
const (
	DefaultLimit = 20
	MaxLimit     = 100
)

func clampLimit(n int) int {
	if n <= 0 {
		return DefaultLimit
	}
	return min(n, MaxLimit)
}

// Search finds articles and stories by words.
func (r *Reader) Search(ctx context.Context, q string, limit, offset int) ([]Hit, int, error) {
	if err := r.Refresh(ctx); err != nil {
		return nil, 0, err
	}
	q = strings.TrimSpace(q)
	if q == "" {
		return []Hit{}, 0, nil
	}
	return r.Cache.Search(ctx, q, clampLimit(limit), max(0, offset))
}

// Entity returns the stories and quotations of one name.
func (r *Reader) Entity(ctx context.Context, name string) (*EntityPage, error) {
	if err := r.Refresh(ctx); err != nil {
		return nil, err
	}
	return r.Cache.Entity(ctx, name, MaxLimit)
}

// Facets lists the sources and languages the list can be filtered by.
func (r *Reader) Facets(ctx context.Context) ([]string, []string, error) {
	if err := r.Refresh(ctx); err != nil {
		return nil, nil, err
	}
	return r.Cache.Facets(ctx)
}

// Articles returns a page of the stored articles' metadata, newest first.
func (r *Reader) Articles(ctx context.Context, limit, offset int) ([]Meta, int, error) {
	if err := r.Refresh(ctx); err != nil {
		return nil, 0, err
	}
	return r.Cache.Articles(ctx, clampLimit(limit), max(0, offset))
}

// ArticleMeta returns what is kept of one article (its event and storyline included).
func (r *Reader) ArticleMeta(ctx context.Context, id string) (Meta, bool, error) {
	if err := r.Refresh(ctx); err != nil {
		return Meta{}, false, err
	}
	m, err := r.Cache.Meta(ctx, []string{id})
	if err != nil {
		return Meta{}, false, err
	}
	x, ok := m[id]
	return x, ok, nil
}
