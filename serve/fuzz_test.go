package serve_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzRequests sends any path and query to the server's handler over the demo corpus: no
// request may make it fail (5xx) or answer an /api/ path in anything but JSON (redirects
// aside).
func FuzzRequests(f *testing.F) {
	for _, s := range []string{"", "stories?page=2&per_page=5", "api/stories?from=2025-10-01&to=x", "api/events/e1",
		"api/storylines/s1", "articles/https:%2F%2Fkuestenkurier.example%2F2025%2F10%2Fsoforthilfe", "search?q=%22Sturm",
		"api/search?q=*&page=-1", "entities/person:~albars", "api/nope", "compare?a=01_agentur_sturm.txt&b=",
		"feed.atom?source=%00", "stories?lang=de&source=" + strings.Repeat("x", 300)} {
		f.Add(s)
	}
	h := newServer(f).Config.Handler
	f.Fuzz(func(t *testing.T, s string) {
		u, err := url.Parse("/" + s)
		if err != nil || u.Host != "" || u.Scheme != "" {
			return // not a request target a client could send
		}
		req, err := http.NewRequest(http.MethodGet, u.String(), nil)
		if err != nil {
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("GET /%s: %d\n%.300s", s, rec.Code, rec.Body.String())
		}
		// A redirect to the cleaned path ("/api//0" to "/api/0") is the mux's, and fine.
		redirect := rec.Code >= 300 && rec.Code < 400
		if strings.HasPrefix(u.Path, "/api/") && !redirect && !strings.Contains(rec.Header().Get("Content-Type"), "json") {
			t.Fatalf("GET /%s: %d answered as %q", s, rec.Code, rec.Header().Get("Content-Type"))
		}
	})
}
