// Package serve is crosscheck's web UI and JSON API. Every page and answer renders the story
// stage's models (package story, read through story.Reader) and the contract's article
// object (package view): serve builds no story of its own. Routes are registered in one
// place; every response carries the security headers; errors under /api/ are JSON.
package serve

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"crosscheck/store"
	"crosscheck/story"
	"crosscheck/view"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Backend is what the server reads.
type Backend struct {
	Store  store.Store
	Reader *story.Reader
	Log    *slog.Logger
}

type server struct {
	b    Backend
	tmpl *template.Template
	api  []byte // the OpenAPI document
}

// Limits of what a request may send and how long it may take.
const (
	MaxBody       = 64 << 10
	MaxHeader     = 32 << 10
	requestBudget = 20 * time.Second
)

// NewServer returns the HTTP server for h with its timeouts set, so a slow or stalled
// client cannot hold a connection open.
func NewServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    MaxHeader,
	}
}

// Handler returns the HTTP handler with every route.
func Handler(b Backend) (http.Handler, error) {
	if b.Log == nil {
		b.Log = slog.New(slog.DiscardHandler)
	}
	t, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("serve: templates: %w", err)
	}
	doc, err := openAPI()
	if err != nil {
		return nil, err
	}
	s := &server{b: b, tmpl: t, api: doc}
	static, _ := fs.Sub(staticFS, "static")
	mux := http.NewServeMux()
	// Pages.
	mux.HandleFunc("GET /{$}", s.pageStories)
	mux.HandleFunc("GET /events/{id}", s.pageStory("event"))
	mux.HandleFunc("GET /storylines/{id}", s.pageStory("storyline"))
	mux.HandleFunc("GET /compare", s.pageCompare)
	mux.HandleFunc("GET /search", s.pageSearch)
	mux.HandleFunc("GET /feed.atom", s.feed)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	// JSON API.
	mux.HandleFunc("GET /api/stories", s.apiStories)
	mux.HandleFunc("GET /api/stories/{id}", s.apiStory(""))
	mux.HandleFunc("GET /api/events/{id}", s.apiStory("event"))
	mux.HandleFunc("GET /api/storylines/{id}", s.apiStory("storyline"))
	mux.HandleFunc("GET /api/articles", s.apiArticles)
	mux.HandleFunc("GET /api/compare", s.apiCompare)
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/openapi.json", s.apiOpenAPI)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.apiError(w, r, http.StatusNotFound, "not_found", "no such endpoint: see /api/openapi.json")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, http.StatusNotFound, "No such page.")
	})
	return s.secure(s.ids(mux)), nil
}

// ids serves the routes whose last part is an id that may hold slashes (article ids are
// often URLs): they are matched on the escaped path, so "/articles/https:%2F%2Fx%2Fy" is
// the article "https://x/y" and is never cleaned into "https:/x/y".
func (s *server) ids(next http.Handler) http.Handler {
	routes := []struct {
		prefix string
		h      func(http.ResponseWriter, *http.Request, string)
	}{
		{"/api/articles/", s.apiArticle},
		{"/api/entities/", s.apiEntity},
		{"/articles/", s.pageArticle},
		{"/entities/", s.pageEntity},
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.EscapedPath()
		for _, rt := range routes {
			rest, ok := strings.CutPrefix(p, rt.prefix)
			if !ok || rest == "" {
				continue
			}
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				s.methodNotAllowed(w, r)
				return
			}
			id, err := url.PathUnescape(rest)
			if err != nil {
				s.fail(w, r, badRequest("the id is not a valid escaped path"))
				return
			}
			rt.h(w, r, id)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// secure sets the security headers on every response, limits request bodies and the time a
// request may take, and answers methods other than GET and HEAD.
func (s *server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			s.methodNotAllowed(w, r)
			return
		}
		if r.ContentLength > MaxBody {
			if isAPI(r) {
				s.apiError(w, r, http.StatusRequestEntityTooLarge, "too_large", "the request body is too large")
			} else {
				s.pageError(w, r, http.StatusRequestEntityTooLarge, "The request body is too large.")
			}
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
		ctx, cancel := context.WithTimeout(r.Context(), requestBudget)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (s *server) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	if isAPI(r) {
		s.apiError(w, r, http.StatusMethodNotAllowed, "method_not_allowed", "only GET and HEAD are served")
		return
	}
	s.pageError(w, r, http.StatusMethodNotAllowed, "Only GET and HEAD are served.")
}

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// userError is an error whose message may be shown as it is.
type userError struct {
	status int
	code   string
	msg    string
}

func (e userError) Error() string { return e.msg }

func badRequest(msg string) error { return userError{http.StatusBadRequest, "bad_request", msg} }

// fail answers err: not found and bad requests with their message, anything else as an
// internal error whose details go to the log only.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, code, msg := http.StatusInternalServerError, "internal", "internal error; the server log has the details"
	var ue userError
	switch {
	case errors.As(err, &ue):
		status, code, msg = ue.status, ue.code, ue.msg
	case errors.Is(err, store.ErrNotFound):
		status, code, msg = http.StatusNotFound, "not_found", "not found"
	case errors.Is(err, context.DeadlineExceeded):
		status, code, msg = http.StatusServiceUnavailable, "timeout", "the request took too long"
	default:
		s.b.Log.Warn("request failed", "path", r.URL.Path, "err", err)
	}
	if isAPI(r) {
		s.apiError(w, r, status, code, msg)
		return
	}
	s.pageError(w, r, status, strings.ToUpper(msg[:1])+msg[1:]+".")
}

// apiErrorBody is every API error.
type apiErrorBody struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

func (s *server) apiError(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	writeJSON(w, status, apiErrorBody{Error: msg, Code: code})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// paging reads limit and offset, rejecting what is not a number.
func paging(r *http.Request) (limit, offset int, err error) {
	q := r.URL.Query()
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 0 {
			return 0, 0, badRequest("limit must be a number from 1 to " + strconv.Itoa(story.MaxLimit))
		}
	}
	if v := q.Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, badRequest("offset must be a number of 0 or more")
		}
	}
	return limit, offset, nil
}

// query reads the stories list's filters.
func query(r *http.Request) (story.Query, error) {
	q := r.URL.Query()
	limit, offset, err := paging(r)
	if err != nil {
		return story.Query{}, err
	}
	sq := story.Query{Kind: q.Get("kind"), Sort: q.Get("sort"), Source: q.Get("source"), Language: q.Get("language"),
		From: q.Get("from"), To: q.Get("to"), Limit: limit, Offset: offset}
	if sq.Kind != "" && sq.Kind != "event" && sq.Kind != "storyline" {
		return sq, badRequest("kind must be event or storyline")
	}
	if sq.Sort != "" && sq.Sort != story.SortNewest && sq.Sort != story.SortSources {
		return sq, badRequest("sort must be newest or sources")
	}
	for _, d := range []string{sq.From, sq.To} {
		if d != "" {
			if _, err := time.Parse("2006-01-02", d); err != nil {
				return sq, badRequest("from and to are days: YYYY-MM-DD")
			}
		}
	}
	return sq, nil
}

func (s *server) apiStories(w http.ResponseWriter, r *http.Request) {
	q, err := query(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := s.b.Reader.List(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// storyOf returns the story id, checking its kind when kind is set.
func (s *server) storyOf(ctx context.Context, id, kind string) (*story.Story, error) {
	st, err := s.b.Reader.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	if kind != "" && st.Kind != kind {
		return nil, fmt.Errorf("serve: %s is a %s: %w", id, st.Kind, store.ErrNotFound)
	}
	return st, nil
}

func (s *server) apiStory(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st, err := s.storyOf(r.Context(), r.PathValue("id"), kind)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, st)
	}
}

// articlesPage is a page of the articles list.
type articlesPage struct {
	Articles []story.Meta `json:"articles"`
	Total    int          `json:"total"`
	Limit    int          `json:"limit"`
	Offset   int          `json:"offset"`
}

func (s *server) apiArticles(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ms, total, err := s.b.Reader.Articles(r.Context(), limit, offset)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if limit <= 0 {
		limit = story.DefaultLimit
	}
	writeJSON(w, http.StatusOK, articlesPage{Articles: ms, Total: total, Limit: min(limit, story.MaxLimit), Offset: offset})
}

func (s *server) apiArticle(w http.ResponseWriter, r *http.Request, id string) {
	rec, err := s.b.Store.Get(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, view.NewArticle(rec.Article, rec.Analysis))
}

func (s *server) compare(r *http.Request) (*story.SideBySide, error) {
	a, b := r.URL.Query().Get("a"), r.URL.Query().Get("b")
	if a == "" || b == "" {
		return nil, badRequest("name two articles: ?a=ID&b=ID")
	}
	return s.b.Reader.B.Compare(r.Context(), a, b)
}

func (s *server) apiCompare(w http.ResponseWriter, r *http.Request) {
	c, err := s.compare(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

// searchPage is a page of search results.
type searchPage struct {
	Query  string      `json:"query"`
	Hits   []story.Hit `json:"hits"`
	Total  int         `json:"total"`
	Limit  int         `json:"limit"`
	Offset int         `json:"offset"`
}

func (s *server) search(r *http.Request) (*searchPage, error) {
	limit, offset, err := paging(r)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = story.DefaultLimit
	}
	limit = min(limit, story.MaxLimit)
	q := r.URL.Query().Get("q")
	if len(q) > 200 {
		return nil, badRequest("the query is too long (at most 200 bytes)")
	}
	hits, total, err := s.b.Reader.Search(r.Context(), q, limit, offset)
	if err != nil {
		return nil, err
	}
	return &searchPage{Query: q, Hits: hits, Total: total, Limit: limit, Offset: offset}, nil
}

func (s *server) apiSearch(w http.ResponseWriter, r *http.Request) {
	p, err := s.search(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	for i := range p.Hits {
		// The API shows matches as plain text; the page marks them.
		p.Hits[i].Snippet = strings.NewReplacer("\x01", "", "\x02", "").Replace(p.Hits[i].Snippet)
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *server) apiEntity(w http.ResponseWriter, r *http.Request, name string) {
	p, err := s.b.Reader.Entity(r.Context(), name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(s.api)
}
