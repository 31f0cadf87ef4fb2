package serve_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"crosscheck/app"
	"crosscheck/demo"
	"crosscheck/serve"
	"crosscheck/story"

	"golang.org/x/net/html"
)

var (
	once   sync.Once
	shared *httptest.Server
	setErr error
)

// newServer ingests the demo corpus and the XSS corpus into a fresh store and serves it;
// the tests share one server.
func newServer(t testing.TB) *httptest.Server {
	t.Helper()
	once.Do(func() { shared, setErr = start(tmp) })
	if setErr != nil {
		t.Fatal(setErr)
	}
	return shared
}

var tmp string

func TestMain(m *testing.M) {
	var err error
	if tmp, err = os.MkdirTemp("", "serve-test"); err != nil {
		panic(err)
	}
	code := m.Run()
	if shared != nil {
		shared.Close()
	}
	os.RemoveAll(tmp)
	os.Exit(code)
}

func start(dir string) (*httptest.Server, error) {
	ctx := context.Background()
	corpus := filepath.Join(dir, "corpus")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		return nil, err
	}
	if _, err := demo.WriteTo(corpus); err != nil {
		return nil, err
	}
	s, err := app.OpenStore(ctx, filepath.Join(dir, "x.db"))
	if err != nil {
		return nil, err
	}
	e, err := app.Engine(ctx, s)
	if err != nil {
		return nil, err
	}
	xss, _ := filepath.Abs("testdata/xss.jsonl")
	if _, fails, err := e.Run(ctx, []string{corpus, xss}, nil); err != nil || len(fails) > 0 {
		return nil, fmt.Errorf("ingest: %v %v", err, fails)
	}
	r, err := app.StoryReader(ctx, s)
	if err != nil {
		return nil, err
	}
	h, err := serve.Handler(serve.Backend{Store: s, Reader: r})
	if err != nil {
		return nil, err
	}
	return httptest.NewServer(h), nil
}

func get(t *testing.T, u string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// inert reports markup that could run: a script, style, frame, image or embed element, an
// event-handler attribute, or a javascript: URL. The pages themselves use none of these
// (inline SVG aside), so any occurrence came from the data.
func inert(body string) (links []string, problem string) {
	z := html.NewTokenizer(strings.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return links, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			switch t.Data {
			case "script", "style", "iframe", "img", "object", "embed", "details", "base", "meta":
				if t.Data != "meta" || len(t.Attr) != 1 || t.Attr[0].Key != "charset" && t.Attr[0].Key != "name" {
					if t.Data != "meta" {
						return links, "<" + t.Data + ">"
					}
				}
			}
			for _, a := range t.Attr {
				if strings.HasPrefix(a.Key, "on") {
					return links, "attribute " + a.Key
				}
				if (a.Key == "href" || a.Key == "src" || a.Key == "action") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
					return links, a.Key + "=" + a.Val
				}
				if a.Key == "href" {
					links = append(links, a.Val)
				}
			}
		}
	}
}

// TestCrawlEveryPage follows every link from the stories list: every page answers 200 with
// the security headers, and no payload of the XSS corpus reaches a page as markup.
func TestCrawlEveryPage(t *testing.T) {
	srv := newServer(t)
	seen := map[string]bool{}
	queue := []string{"/"}
	pages := 0
	for len(queue) > 0 && pages < 400 {
		u := queue[0]
		queue = queue[1:]
		if seen[u] {
			continue
		}
		seen[u] = true
		resp, body := get(t, srv.URL+u)
		pages++
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d", u, resp.StatusCode)
			continue
		}
		checkHeaders(t, u, resp)
		ct := resp.Header.Get("Content-Type")
		if !strings.HasPrefix(ct, "text/html") {
			continue
		}
		links, bad := inert(body)
		if bad != "" {
			t.Errorf("%s: markup from the data reached the page: %s", u, bad)
		}
		for _, h := range links {
			if strings.HasPrefix(h, "/") && !strings.HasPrefix(h, "//") && !seen[h] {
				queue = append(queue, h)
			}
		}
	}
	if pages < 30 {
		t.Errorf("crawled only %d pages", pages)
	}
}

func checkHeaders(t *testing.T, u string, resp *http.Response) {
	t.Helper()
	h := resp.Header
	csp := h.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("%s: CSP %q", u, csp)
	}
	if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
		t.Errorf("%s: headers %v", u, h)
	}
}

// TestURLIDs: an article whose id is a URL opens from its escaped path, in the page and
// the API, and every story links it that way.
func TestURLIDs(t *testing.T) {
	srv := newServer(t)
	id := "https://kuestenkurier.example/2025/10/sturmnacht-kurz"
	for _, p := range []string{"/articles/", "/api/articles/"} {
		resp, body := get(t, srv.URL+p+url.PathEscape(id))
		if resp.StatusCode != 200 || !strings.Contains(body, "Sturmnacht in Kürze") {
			t.Errorf("%s%s: %d", p, url.PathEscape(id), resp.StatusCode)
		}
	}
	_, page := get(t, srv.URL+"/storylines/s1")
	if !strings.Contains(page, `href="/articles/`+url.PathEscape(id)+`"`) {
		t.Errorf("story page does not link %s by its escaped path", id)
	}
}

// TestAPIErrors: errors are JSON with a code and no internals.
func TestAPIErrors(t *testing.T) {
	srv := newServer(t)
	for _, c := range []struct {
		method, path string
		body         string
		status       int
		code         string
	}{
		{"GET", "/api/stories/e999", "", 404, "not_found"},
		{"GET", "/api/articles/nosuch", "", 404, "not_found"},
		{"GET", "/api/nosuch", "", 404, "not_found"},
		{"GET", "/api/stories?limit=x", "", 400, "bad_request"},
		{"GET", "/api/stories?from=gestern", "", 400, "bad_request"},
		{"GET", "/api/stories?sort=popular", "", 400, "bad_request"},
		{"GET", "/api/compare?a=01_agentur_sturm.txt", "", 400, "bad_request"},
		{"POST", "/api/stories", "{}", 405, "method_not_allowed"},
		{"GET", "/api/stories", strings.Repeat("x", serve.MaxBody+1), 413, "too_large"},
	} {
		req, _ := http.NewRequest(c.method, srv.URL+c.path, strings.NewReader(c.body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var e struct{ Error, Code string }
		if resp.StatusCode != c.status || json.Unmarshal(b, &e) != nil || e.Code != c.code || e.Error == "" {
			t.Errorf("%s %s: %d %s, want %d %s", c.method, c.path, resp.StatusCode, b, c.status, c.code)
		}
		if strings.Contains(string(b), "sqlite") || strings.Contains(string(b), "store:") {
			t.Errorf("%s %s: internals in %s", c.method, c.path, b)
		}
		checkHeaders(t, c.path, resp)
	}
	resp, _ := get(t, srv.URL+"/events/e999")
	if resp.StatusCode != 404 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("/events/e999: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}

// TestServerTimeouts: the server a command starts bounds every phase of a request.
func TestServerTimeouts(t *testing.T) {
	s := serve.NewServer(http.NotFoundHandler())
	if s.ReadHeaderTimeout <= 0 || s.ReadTimeout <= 0 || s.WriteTimeout <= 0 || s.IdleTimeout <= 0 || s.MaxHeaderBytes <= 0 {
		t.Errorf("unbounded server: %+v", s)
	}
}

// TestPagination: the stories list pages through every story exactly once, newest first,
// and the filters only keep stories that match.
func TestPagination(t *testing.T) {
	srv := newServer(t)
	var all []story.Row
	for off := 0; ; off += 2 {
		_, body := get(t, fmt.Sprintf("%s/api/stories?kind=event&limit=2&offset=%d", srv.URL, off))
		var p story.Page
		if err := json.Unmarshal([]byte(body), &p); err != nil {
			t.Fatal(err)
		}
		if len(p.Stories) > 2 {
			t.Fatalf("limit 2 gave %d", len(p.Stories))
		}
		all = append(all, p.Stories...)
		if len(p.Stories) < 2 {
			if len(all) != p.Total {
				t.Errorf("paged %d of %d", len(all), p.Total)
			}
			break
		}
	}
	ids := map[string]bool{}
	for i, r := range all {
		if ids[r.ID] {
			t.Errorf("%s twice", r.ID)
		}
		ids[r.ID] = true
		if i > 0 && r.To > all[i-1].To {
			t.Errorf("not newest first: %s (%s) after %s (%s)", r.ID, r.To, all[i-1].ID, all[i-1].To)
		}
	}
	_, body := get(t, srv.URL+"/api/stories?kind=event&language=en")
	var p story.Page
	json.Unmarshal([]byte(body), &p)
	if p.Total == 0 {
		t.Error("no English story")
	}
	for _, r := range p.Stories {
		if !contains(r.Languages, "en") {
			t.Errorf("language filter kept %s %v", r.ID, r.Languages)
		}
	}
	_, body = get(t, srv.URL+"/api/stories?kind=event&from=2025-10-20&to=2025-10-31")
	json.Unmarshal([]byte(body), &p)
	for _, r := range p.Stories {
		if r.To < "2025-10-20" || r.From > "2025-10-31" {
			t.Errorf("date filter kept %s %s..%s", r.ID, r.From, r.To)
		}
	}
	if p.Total == 0 {
		t.Error("date filter kept nothing")
	}
	_, body = get(t, srv.URL+"/api/stories?limit=1000")
	json.Unmarshal([]byte(body), &p)
	if p.Limit != story.MaxLimit {
		t.Errorf("limit not capped: %d", p.Limit)
	}
}

// TestSortBySources: sort=sources lists the stories most outlets reported first (then most
// articles), pages through each exactly once, keeps the filters, and the page offers it.
func TestSortBySources(t *testing.T) {
	srv := newServer(t)
	var all []story.Row
	total := -1
	for off := 0; ; off += 3 {
		_, body := get(t, fmt.Sprintf("%s/api/stories?kind=event&sort=sources&limit=3&offset=%d", srv.URL, off))
		var p story.Page
		if err := json.Unmarshal([]byte(body), &p); err != nil {
			t.Fatal(err)
		}
		total = p.Total
		all = append(all, p.Stories...)
		if len(p.Stories) < 3 {
			break
		}
	}
	if len(all) != total || total < 3 {
		t.Fatalf("paged %d of %d events", len(all), total)
	}
	seen := map[string]bool{}
	for i, r := range all {
		if seen[r.ID] {
			t.Errorf("%s twice", r.ID)
		}
		seen[r.ID] = true
		if i == 0 {
			continue
		}
		prev := all[i-1]
		if len(r.Sources) > len(prev.Sources) || len(r.Sources) == len(prev.Sources) && r.Articles > prev.Articles {
			t.Errorf("%s (%d sources, %d articles) after %s (%d sources, %d articles)", r.ID, len(r.Sources), r.Articles, prev.ID, len(prev.Sources), prev.Articles)
		}
	}
	if len(all[0].Sources) < 2 {
		t.Errorf("the first event has %d sources: the demo has events several outlets report", len(all[0].Sources))
	}
	src := all[0].Sources[0]
	_, body := get(t, srv.URL+"/api/stories?kind=event&sort=sources&source="+url.QueryEscape(src))
	var p story.Page
	json.Unmarshal([]byte(body), &p)
	if p.Total == 0 || p.Stories[0].ID != all[0].ID {
		t.Errorf("sources order filtered by %s: %+v, want %s first", src, p.Stories, all[0].ID)
	}
	for _, r := range p.Stories {
		if !contains(r.Sources, src) {
			t.Errorf("source filter kept %s %v", r.ID, r.Sources)
		}
	}
	_, page := get(t, srv.URL+"/?kind=event&sort=sources")
	if !strings.Contains(page, "most sources first") || !strings.Contains(page, `<option value="sources" selected>`) {
		t.Errorf("the stories page does not say or keep its order:\n%s", page)
	}
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// TestSearchAndEntity: full-text search finds stories and articles by words, and the entity
// page lists a person's stories and quotations.
func TestSearchAndEntity(t *testing.T) {
	srv := newServer(t)
	_, body := get(t, srv.URL+"/api/search?q="+url.QueryEscape("Soforthilfe Gemeinden"))
	var sp struct {
		Hits []story.Hit
	}
	json.Unmarshal([]byte(body), &sp)
	found := false
	for _, h := range sp.Hits {
		found = found || h.ID == "https://kuestenkurier.example/2025/10/soforthilfe"
	}
	if !found {
		t.Errorf("search missed the aid article: %s", body)
	}
	// FTS syntax in the query is read as words, never as an error.
	if resp, _ := get(t, srv.URL+"/api/search?q="+url.QueryEscape(`"NEAR( OR * AND`)); resp.StatusCode != 200 {
		t.Errorf("odd query: %d", resp.StatusCode)
	}
	_, body = get(t, srv.URL+"/api/entities/"+url.PathEscape("Katrin Albers"))
	var e story.EntityPage
	if err := json.Unmarshal([]byte(body), &e); err != nil {
		t.Fatal(err, body)
	}
	if len(e.Stories) == 0 || len(e.Quotes) == 0 {
		t.Errorf("entity page: %d stories, %d quotes", len(e.Stories), len(e.Quotes))
	}
}

// TestFeed: the Atom feed lists the storylines.
func TestFeed(t *testing.T) {
	srv := newServer(t)
	resp, body := get(t, srv.URL+"/feed.atom")
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/atom+xml") || strings.Count(body, "<entry>") < 3 {
		t.Errorf("feed: %s", body)
	}
	if strings.Contains(body, "<script") {
		t.Error("markup in the feed")
	}
}

// TestOpenAPI checks every API answer of the demo against the OpenAPI document.
func TestOpenAPI(t *testing.T) {
	srv := newServer(t)
	_, body := get(t, srv.URL+"/api/openapi.json")
	var doc map[string]any
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	defs := doc["components"].(map[string]any)["schemas"].(map[string]any)
	paths := doc["paths"].(map[string]any)
	schemaOf := func(path string, status string) map[string]any {
		op := paths[path].(map[string]any)["get"].(map[string]any)
		r := op["responses"].(map[string]any)[status].(map[string]any)
		return r["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any)
	}
	urls := map[string]string{
		"/api/stories?kind=event": "/api/stories", "/api/stories": "/api/stories", "/api/articles?limit=100": "/api/articles",
		"/api/compare?a=02_portal_umschrieben.txt&b=01_agentur_sturm.txt": "/api/compare",
		"/api/search?q=Sturm":                                     "/api/search",
		"/api/entities/" + url.PathEscape("Katrin Albers"):        "/api/entities/{name}",
		"/api/articles/" + url.PathEscape("01_agentur_sturm.txt"): "/api/articles/{id}",
	}
	_, list := get(t, srv.URL+"/api/stories?kind=event&limit=100")
	var p story.Page
	json.Unmarshal([]byte(list), &p)
	for _, r := range p.Stories {
		urls["/api/events/"+r.ID] = "/api/events/{id}"
		urls["/api/stories/"+r.Storyline] = "/api/stories/{id}"
		urls["/api/storylines/"+r.Storyline] = "/api/storylines/{id}"
	}
	_, arts := get(t, srv.URL+"/api/articles?limit=100")
	var ap struct{ Articles []story.Meta }
	json.Unmarshal([]byte(arts), &ap)
	for _, a := range ap.Articles {
		urls["/api/articles/"+url.PathEscape(a.ID)] = "/api/articles/{id}"
	}
	urls["/api/nosuch"] = ""
	keys := make([]string, 0, len(urls))
	for k := range urls {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, u := range keys {
		resp, body := get(t, srv.URL+u)
		var v any
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Errorf("%s: not JSON: %v", u, err)
			continue
		}
		var sch map[string]any
		if urls[u] == "" {
			sch = schemaOf("/api/stories", "default")
		} else {
			if resp.StatusCode != 200 {
				t.Errorf("%s: %d %s", u, resp.StatusCode, body)
				continue
			}
			sch = schemaOf(urls[u], "200")
		}
		for _, e := range validate(v, sch, defs, "$") {
			t.Errorf("%s: %s", u, e)
		}
	}
}

// validate checks v against the subset of OpenAPI schemas the document uses: $ref, allOf,
// nullable, type, properties, required, additionalProperties, items.
func validate(v any, s map[string]any, defs map[string]any, at string) []string {
	if ref, ok := s["$ref"].(string); ok {
		return validate(v, defs[strings.TrimPrefix(ref, "#/components/schemas/")].(map[string]any), defs, at)
	}
	if v == nil {
		if s["nullable"] == true || len(s) == 0 {
			return nil
		}
		return []string{at + ": null"}
	}
	if all, ok := s["allOf"].([]any); ok {
		var errs []string
		for _, x := range all {
			errs = append(errs, validate(v, x.(map[string]any), defs, at)...)
		}
		return errs
	}
	typ, _ := s["type"].(string)
	var errs []string
	switch typ {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return []string{at + ": not an object"}
		}
		props, _ := s["properties"].(map[string]any)
		for _, r := range asList(s["required"]) {
			if _, ok := m[r]; !ok {
				errs = append(errs, at+": missing "+r)
			}
		}
		for k, x := range m {
			if ps, ok := props[k]; ok {
				errs = append(errs, validate(x, ps.(map[string]any), defs, at+"."+k)...)
			} else if ap, ok := s["additionalProperties"].(map[string]any); ok {
				errs = append(errs, validate(x, ap, defs, at+"."+k)...)
			} else if s["additionalProperties"] == false {
				errs = append(errs, at+": unknown field "+k)
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			return []string{at + ": not an array"}
		}
		for i, x := range a {
			errs = append(errs, validate(x, s["items"].(map[string]any), defs, fmt.Sprintf("%s[%d]", at, i))...)
		}
	case "string":
		if _, ok := v.(string); !ok {
			errs = append(errs, at+": not a string")
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			errs = append(errs, at+": not a boolean")
		}
	case "integer", "number":
		f, ok := v.(float64)
		if !ok || typ == "integer" && f != float64(int64(f)) {
			errs = append(errs, at+": not an "+typ)
		}
	}
	return errs
}

func asList(v any) []string {
	var out []string
	for _, x := range asAny(v) {
		out = append(out, x.(string))
	}
	return out
}

func asAny(v any) []any {
	a, _ := v.([]any)
	return a
}

// TestStoryPageShowsEverything: the story page shows summary, timeline, figures, who said
// what and provenance, with direct quotations quoted and reported speech marked.
func TestStoryPageShowsEverything(t *testing.T) {
	srv := newServer(t)
	_, page := get(t, srv.URL+"/storylines/s1")
	for _, want := range []string{`id="summary"`, `class="summary-sentence"`, `class="timeline-entry"`, `class="figure-row"`,
		`class="speaker"`, `class="said direct"`, `<q>`, `(reported)`, `id="provenance"`, "<svg", "side by side", "why:"} {
		if !strings.Contains(page, want) {
			t.Errorf("story page lacks %s", want)
		}
	}
	_, cmp := get(t, srv.URL+"/compare?a=03_blog_zusaetze.html&b=01_agentur_sturm.txt")
	if !strings.Contains(cmp, `data-status="added"`) || !strings.Contains(cmp, "Klimawandels") {
		t.Errorf("side by side lacks the added sentences")
	}
}
