package serve_test

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"crosscheck/internal/testenv"
)

// browser starts Debian's chromium headless with a fresh profile and no network beyond
// the test server, or skips (fails under CROSSCHECK_REQUIRE_ALL=1) when it is missing.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := os.Getenv("CROSSCHECK_CHROMIUM")
	if path == "" {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
			if p, err := exec.LookPath(name); err == nil {
				path = p
				break
			}
		}
	}
	if path == "" {
		testenv.Skip(t, "the browser tests need chromium (apt-get install -y chromium, or set CROSSCHECK_CHROMIUM)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium at %s: %v", path, err)
	}
	return ctx
}

// artefacts is where screenshots go: $CROSSCHECK_ARTIFACTS, else a folder in the temp dir.
func artefacts(t *testing.T) string {
	dir := os.Getenv("CROSSCHECK_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "crosscheck-browser")
	}
	dir = filepath.Join(dir, "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// visit opens u, waits for sel, saves a screenshot and reports whether a payload ran.
func visit(t *testing.T, ctx context.Context, u, sel, shot string) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(u), chromedp.WaitVisible(chromedp.CSS(sel))); err != nil {
		t.Errorf("%s: %s not visible: %v", u, sel, err)
		return
	}
	if shot != "" {
		png, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Errorf("%s: screenshot: %v", u, err)
		} else if err := os.WriteFile(filepath.Join(artefacts(t), shot+".png"), png, 0o644); err != nil {
			t.Error(err)
		}
	}
	// A payload that ran sets window.__xss; one that reached the DOM as markup shows as an
	// element or attribute the pages never use (the CSP would stop it running, but the
	// escaping must stop it first).
	ran, err := chromedp.Run(tctx, chromedp.Evaluate[bool](`window.__xss !== undefined || document.body.style.display === "none" ||
		document.querySelectorAll('script, iframe, img, details, style, [onload], [onerror], [onmouseover], [ontoggle], a[href^="javascript:"]').length > 0`))
	if err != nil {
		t.Errorf("%s: %v", u, err)
	}
	if ran {
		t.Errorf("%s: a payload of the XSS corpus ran", u)
	}
}

// links returns the same-site links of the page open in ctx.
func links(t *testing.T, ctx context.Context) []string {
	t.Helper()
	hrefs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("a[href^='/']")).map(a => a.getAttribute("href"))`))
	if err != nil {
		t.Fatal(err)
	}
	return hrefs
}

// TestBrowser drives chromium over the demo and XSS corpora: every page opens and shows
// what it must, links lead somewhere, an article whose id is a URL opens, and nothing of the
// XSS corpus runs (no payload sets window.__xss, no dialog opens).
func TestBrowser(t *testing.T) {
	srv := newServer(t)
	ctx := browser(t)
	var dialogs atomic.Int32
	evs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for _, err := range evs {
			if err != nil {
				return
			}
			dialogs.Add(1)
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()

	visit(t, ctx, srv.URL+"/", ".story-row", "stories")
	var stories []string
	for _, h := range links(t, ctx) {
		if strings.HasPrefix(h, "/storylines/") || strings.HasPrefix(h, "/events/") {
			stories = append(stories, h)
		}
	}
	if len(stories) < 3 {
		t.Fatalf("stories list links %d stories", len(stories))
	}
	// The demo storyline shows everything a reader needs.
	visit(t, ctx, srv.URL+"/storylines/s1", "#summary li.summary-sentence", "story-s1")
	for _, sel := range []string{".timeline-entry", "#timeline svg", ".figure-row", ".speaker .said.direct q", ".speaker .said.reported", "#provenance svg", "#articles .card"} {
		visit(t, ctx, srv.URL+"/storylines/s1", sel, "")
	}
	followed := 0
	for _, h := range links(t, ctx) {
		if followed == 12 {
			break
		}
		if strings.HasPrefix(h, "/api/") || strings.HasPrefix(h, "/feed") || strings.HasPrefix(h, "/static/") {
			continue
		}
		sel := "main"
		switch {
		case strings.HasPrefix(h, "/articles/"):
			sel = ".article-page .text"
		case strings.HasPrefix(h, "/events/"), strings.HasPrefix(h, "/storylines/"):
			sel = "#summary"
		case strings.HasPrefix(h, "/compare"):
			sel = "table.side tr.added"
		}
		visit(t, ctx, srv.URL+h, sel, "")
		followed++
	}
	for _, h := range stories {
		visit(t, ctx, srv.URL+h, "#summary", "story-"+strings.ReplaceAll(strings.Trim(h, "/"), "/", "-"))
	}
	// An article whose id is a URL.
	id := "https://kuestenkurier.example/2025/10/sturmnacht-kurz"
	visit(t, ctx, srv.URL+"/articles/"+url.PathEscape(id), "a.original", "article-url-id")
	title, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h2")))
	if err != nil || !strings.Contains(title, "Sturmnacht in Kürze") {
		t.Errorf("URL-id article: %q %v", title, err)
	}
	visit(t, ctx, srv.URL+"/compare?a=03_blog_zusaetze.html&b=01_agentur_sturm.txt", "tr.added", "compare")
	visit(t, ctx, srv.URL+"/entities/"+url.PathEscape("Katrin Albers"), "main h2", "entity")
	visit(t, ctx, srv.URL+"/search?q=Soforthilfe", "li.hit mark", "search")
	// Every page of the XSS corpus, and a search that echoes a payload.
	visit(t, ctx, srv.URL+"/search?q="+url.QueryEscape(`<script>window.__xss=1</script>`), "main", "")
	visit(t, ctx, srv.URL+"/?kind=event&source="+url.QueryEscape(`Hafenblatt <img src=x onerror="window.__xss=1">`), "main", "xss-list")
	xssPages := 0
	for _, h := range stories {
		visit(t, ctx, srv.URL+h, "main", "")
		if strings.Contains(strings.Join(links(t, ctx), " "), "xss-") {
			for _, l := range links(t, ctx) {
				if strings.Contains(l, "xss-") && !strings.HasPrefix(l, "/api/") || strings.HasPrefix(l, "/entities/") {
					visit(t, ctx, srv.URL+l, "main", "")
					xssPages++
				}
			}
			visit(t, ctx, srv.URL+h, "main", "xss-story")
		}
	}
	if xssPages == 0 {
		t.Error("no page of the XSS corpus was opened")
	}
	if n := dialogs.Load(); n > 0 {
		t.Errorf("%d dialogs opened", n)
	}
	t.Logf("screenshots in %s", artefacts(t))
}
