// Package serve is crosscheck's JSON API and web UI. Both render the same models from package
// view that the CLI prints, so the three never disagree. Routes are registered in one place.
package serve

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"sort"
	"strings"

	"crosscheck/store"
	"crosscheck/view"
)

//go:embed templates/*.html
var templateFS embed.FS

// Backend is what the server reads.
type Backend struct {
	Store   store.Store
	Stories func(ctx context.Context) (*view.Stories, error)
	Log     *slog.Logger
}

type server struct {
	b    Backend
	tmpl *template.Template
}

// Handler returns the HTTP handler with every route.
func Handler(b Backend) (http.Handler, error) {
	t, err := template.New("").Funcs(template.FuncMap{"join": strings.Join}).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	if b.Log == nil {
		b.Log = slog.New(slog.DiscardHandler)
	}
	s := &server{b: b, tmpl: t}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/stories", s.apiStories)
	mux.HandleFunc("GET /api/events/{id}", s.apiEvent)
	mux.HandleFunc("GET /api/articles", s.apiArticles)
	mux.HandleFunc("GET /api/articles/{id...}", s.apiArticle)
	mux.HandleFunc("GET /{$}", s.pageStories)
	mux.HandleFunc("GET /events/{id}", s.pageEvent)
	mux.HandleFunc("GET /articles/{id...}", s.pageArticle)
	return mux, nil
}

func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := http.StatusInternalServerError
	if errors.Is(err, store.ErrNotFound) {
		code = http.StatusNotFound
	}
	s.b.Log.Warn("request failed", "path", r.URL.Path, "err", err)
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, code, map[string]string{"error": err.Error()})
		return
	}
	http.Error(w, err.Error(), code)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func (s *server) apiStories(w http.ResponseWriter, r *http.Request) {
	st, err := s.b.Stories(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// eventPage is one event with its articles and what links them.
type eventPage struct {
	Event       view.Event
	Storyline   *view.Storyline
	Articles    []*view.Article
	Derived     []view.Derived
	Unsupported []view.Unsupported
}

func (s *server) event(ctx context.Context, id string) (*eventPage, error) {
	st, err := s.b.Stories(ctx)
	if err != nil {
		return nil, err
	}
	var p *eventPage
	for _, e := range st.Events {
		if e.ID == id {
			p = &eventPage{Event: e}
		}
	}
	if p == nil {
		return nil, store.ErrNotFound
	}
	for i := range st.Storylines {
		if st.Storylines[i].ID == p.Event.Storyline {
			p.Storyline = &st.Storylines[i]
		}
	}
	in := map[string]bool{}
	for _, id := range p.Event.Articles {
		in[id] = true
		rec, err := s.b.Store.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		p.Articles = append(p.Articles, view.NewArticle(rec.Article, rec.Analysis))
	}
	for _, d := range st.DerivedFrom {
		if in[d.Article] {
			p.Derived = append(p.Derived, d)
		}
	}
	for _, u := range st.Unsupported {
		if in[u.Article] {
			p.Unsupported = append(p.Unsupported, u)
		}
	}
	return p, nil
}

func (s *server) apiEvent(w http.ResponseWriter, r *http.Request) {
	p, err := s.event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

type articleRow struct {
	ID, Title, Published, Language, Source string
}

func (s *server) articles(ctx context.Context) ([]articleRow, error) {
	var out []articleRow
	err := s.b.Store.Each(ctx, func(rec *store.Record) error {
		a := rec.Article
		out = append(out, articleRow{ID: a.ID, Title: view.Title(a), Published: a.Published, Language: a.Language, Source: a.Source})
		return nil
	})
	return out, err
}

func (s *server) apiArticles(w http.ResponseWriter, r *http.Request) {
	rows, err := s.articles(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rows)
}

func (s *server) apiArticle(w http.ResponseWriter, r *http.Request) {
	rec, err := s.b.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, view.NewArticle(rec.Article, rec.Analysis))
}

func (s *server) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.tmpl.ExecuteTemplate(w, name, data); err != nil {
		s.b.Log.Warn("render", "template", name, "err", err)
	}
}

func (s *server) pageStories(w http.ResponseWriter, r *http.Request) {
	st, err := s.b.Stories(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rows, err := s.articles(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	type line struct {
		Storyline view.Storyline
		Events    []view.Event
	}
	events := map[string]view.Event{}
	for _, e := range st.Events {
		events[e.ID] = e
	}
	var lines []line
	for _, sl := range st.Storylines {
		l := line{Storyline: sl}
		for _, id := range sl.Events {
			l.Events = append(l.Events, events[id])
		}
		lines = append(lines, l)
	}
	sort.SliceStable(lines, func(i, j int) bool { return len(lines[i].Storyline.Articles) > len(lines[j].Storyline.Articles) })
	s.render(w, r, "stories.html", map[string]any{"Lines": lines, "Articles": rows, "Stories": st})
}

func (s *server) pageEvent(w http.ResponseWriter, r *http.Request) {
	p, err := s.event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "event.html", p)
}

// segment is a piece of article text, highlighted when a mention covers it.
type segment struct {
	Text  string
	Class string
	Title string
}

func (s *server) pageArticle(w http.ResponseWriter, r *http.Request) {
	rec, err := s.b.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := view.NewArticle(rec.Article, rec.Analysis)
	s.render(w, r, "article.html", map[string]any{"A": v, "Segments": highlight(v)})
}

// highlight cuts the text at mention boundaries so the page can mark entities, quotes,
// figures and time expressions where they stand. Outer mentions win over nested ones.
func highlight(v *view.Article) []segment {
	type mark struct {
		start, end int
		class, tip string
	}
	var marks []mark
	for _, q := range v.Quotes {
		tip := "quote"
		if q.Speaker != nil {
			tip = "quote: " + *q.Speaker
		}
		marks = append(marks, mark{q.Start, q.End, "quote", tip})
	}
	for _, e := range v.Entities {
		marks = append(marks, mark{e.Start, e.End, "ent-" + e.Type, e.Type + ": " + e.Canonical})
	}
	for _, f := range v.Figures {
		marks = append(marks, mark{f.Start, f.End, "figure", "figure: " + f.What})
	}
	for _, t := range v.Times {
		val := "unresolved"
		if t.Value != nil {
			val = *t.Value
		}
		marks = append(marks, mark{t.Start, t.End, "time", "time: " + val})
	}
	rs := []rune(v.Text)
	class := make([]int, len(rs)) // index+1 into marks of the covering mark, 0 for none
	for i, m := range marks {
		for c := max(0, m.start); c < min(len(rs), m.end); c++ {
			if class[c] == 0 || (marks[class[c]-1].class == "quote" && m.class != "quote") {
				class[c] = i + 1
			}
		}
	}
	var out []segment
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && class[j] == class[i] {
			j++
		}
		seg := segment{Text: string(rs[i:j])}
		if class[i] > 0 {
			seg.Class, seg.Title = marks[class[i]-1].class, marks[class[i]-1].tip
		}
		out = append(out, seg)
		i = j
	}
	return out
}
