package serve_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/app"
	"crosscheck/demo"
	"crosscheck/serve"
	"crosscheck/view"
)

// newServer ingests the demo corpus into a fresh store and serves it.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := demo.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	s, err := app.OpenStore(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	e, err := app.Engine(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if _, fails, err := e.Run(ctx, []string{dir}, nil); err != nil || len(fails) > 0 {
		t.Fatalf("ingest demo: %v %v", err, fails)
	}
	h, err := serve.Handler(serve.Backend{Store: s, Stories: func(ctx context.Context) (*view.Stories, error) { return app.Stories(ctx, s) }})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestAPIAndPagesAgree(t *testing.T) {
	srv := newServer(t)
	code, body := get(t, srv.URL+"/api/stories")
	if code != 200 {
		t.Fatalf("/api/stories: %d %s", code, body)
	}
	var st view.Stories
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Events) == 0 || len(st.Storylines) == 0 {
		t.Fatalf("no stories: %s", body)
	}
	code, page := get(t, srv.URL+"/")
	if code != 200 {
		t.Fatalf("/: %d", code)
	}
	for _, e := range st.Events {
		if !strings.Contains(page, `href="/events/`+e.ID+`"`) {
			t.Errorf("stories page does not link event %s", e.ID)
		}
		code, ev := get(t, srv.URL+"/api/events/"+e.ID)
		if code != 200 || !strings.Contains(ev, e.Articles[0]) {
			t.Errorf("/api/events/%s: %d", e.ID, code)
		}
		if code, _ := get(t, srv.URL+"/events/"+e.ID); code != 200 {
			t.Errorf("/events/%s: %d", e.ID, code)
		}
	}
	code, art := get(t, srv.URL+"/articles/01_agentur_sturm.txt")
	if code != 200 || !strings.Contains(art, `class="quote"`) {
		t.Errorf("article page: %d, no highlighted quotation", code)
	}
	code, js := get(t, srv.URL+"/api/articles/01_agentur_sturm.txt")
	var a view.Article
	if code != 200 || json.Unmarshal([]byte(js), &a) != nil || a.ID != "01_agentur_sturm.txt" {
		t.Errorf("/api/articles/ID: %d %s", code, js)
	}
	if code, _ := get(t, srv.URL+"/api/articles/nosuch"); code != 404 {
		t.Errorf("missing article: %d, want 404", code)
	}
	if code, _ := get(t, srv.URL+"/events/e999"); code != 404 {
		t.Errorf("missing event: %d, want 404", code)
	}
}
