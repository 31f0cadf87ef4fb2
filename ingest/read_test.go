package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"crosscheck/article"
	"crosscheck/ingest/warc"
)

// readAll runs Read and returns its items by name.
func readAll(t *testing.T, src string, opt Options) ([]Item, map[string]Item) {
	t.Helper()
	var items []Item
	err := Read(context.Background(), src, opt, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%s): %v", src, err)
	}
	byName := map[string]Item{}
	for _, it := range items {
		if (it.Err == nil) == (it.Article == nil) {
			t.Errorf("item %s: Err=%v Article=%v; exactly one must be set", it.Name, it.Err, it.Article != nil)
		}
		// The name is Item.Name's to give: a printer puts it before the error, which must not
		// repeat it.
		if it.Err != nil && (strings.Contains(it.Err.Error(), it.Name) || !strings.Contains(it.Name, "://") && strings.Contains(it.Err.Error(), filepath.Base(it.Name))) {
			t.Errorf("item %s: error %q names the item again", it.Name, it.Err)
		}
		if it.Name == "" || len(it.Name) > 400 {
			t.Errorf("item name %q: empty or too long to print", it.Name)
		}
		if it.Article != nil {
			checkBlocks(t, it.Article)
		}
		byName[it.Name] = it
	}
	return items, byName
}

// warcRecord writes one WARC response record holding an HTTP response, as one gzip member
// when gz is set.
func warcRecord(t testing.TB, uri, ctype, body string, gz bool) []byte {
	httpResp := "HTTP/1.1 200 OK\r\nContent-Type: " + ctype + "\r\nContent-Length: " + fmt.Sprint(len(body)) + "\r\n\r\n" + body
	var rec bytes.Buffer
	fmt.Fprintf(&rec, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-11-14T08:00:00Z\r\n"+
		"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(httpResp), httpResp)
	if !gz {
		return rec.Bytes()
	}
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	if _, err := w.Write(rec.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func page(title, para string) string {
	return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><nav><a href=\"/\">Start</a></nav><article><h1>" +
		title + "</h1><p>" + para + "</p><p>" + para + " Zweiter Absatz, der den ersten ergänzt und die Lage weiter beschreibt.</p></article></body></html>"
}

const longPara = "Der Landtag hat am Mittwoch nach langer Debatte ein neues Gesetz zum Schutz der Wälder beschlossen. Es sieht vor, dass Kahlschläge künftig genehmigt werden müssen und Aufforstungen gefördert werden."

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadBadInputFolder(t *testing.T) {
	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }
	writeFile(t, p("a_good.txt"), []byte("Wälder besser geschützt\n\n"+longPara+"\n"))
	writeFile(t, p("b_empty.txt"), nil)
	writeFile(t, p("c_blank.txt"), []byte(" \n\t\n  "))
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(i * 7 % 256)
	}
	writeFile(t, p("d_binary.dat"), bin)
	latin1, err := charmap.ISO8859_1.NewEncoder().String("Größere Straßen für Ärzte\n\nDie Übergänge in der Stadt werden breiter, sagte der Bürgermeister.")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, p("e_latin1.txt"), []byte(latin1))
	// 50 MB, sparse: the size check must reject it before reading.
	f, err := os.Create(p("f_huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	writeFile(t, p("g_broken.html"), []byte("<html><head><title>Menü</title><body><div><p><b><table><tr><td><td></b></p></div><nav><a href=/>Start</a></nav><script>var a = '<p>'"))
	writeFile(t, p("h_broken_text.html"), []byte("<html><body><article><h1>Wald</h1><p>"+longPara+"<p>"+longPara+" Nicht geschlossen <i>kursiv"))
	writeFile(t, p("i_invalid.rss"), []byte("<?xml version=\"1.0\"?><rss><channel><title>x</title><item><title>kaputt</title"))
	good := append(warcRecord(t, "https://a.example/1", "text/html; charset=utf-8", page("Erste Seite", longPara), true),
		warcRecord(t, "https://a.example/2", "text/html", page("Zweite Seite", longPara), true)...)
	full := append(good, warcRecord(t, "https://a.example/3", "text/html", page("Dritte Seite", longPara), true)...)
	writeFile(t, p("j_trunc.warc.gz"), full[:len(full)-40])
	writeFile(t, p("k_lines.jsonl"), []byte("{\"id\":\"x1\",\"text\":\"Ein Absatz mit Text.\"}\n{broken\n"))
	writeFile(t, p(".hidden.txt"), []byte("not read"))

	start := time.Now()
	items, byName := readAll(t, dir, Options{})
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("reading took %v; the 50 MB file must be rejected without reading it", d)
	}
	okNames := []string{p("a_good.txt"), p("e_latin1.txt"), p("h_broken_text.html"), "https://a.example/1", "https://a.example/2", p("k_lines.jsonl") + ":1"}
	for _, n := range okNames {
		if it, ok := byName[n]; !ok || it.Err != nil {
			t.Errorf("%s: want an article, got %+v", n, it)
		}
	}
	bad := map[string]error{
		p("b_empty.txt"): ErrEmpty, p("c_blank.txt"): ErrEmpty, p("d_binary.dat"): ErrBinary,
		p("f_huge.txt"): ErrTooLarge, p("g_broken.html"): ErrNoText, p("i_invalid.rss"): nil,
		"https://a.example/3": warc.ErrFormat, p("k_lines.jsonl") + ":2": nil,
	}
	for n, want := range bad {
		it, ok := byName[n]
		if !ok || it.Err == nil {
			t.Errorf("%s: want an error, got %+v", n, it)
			continue
		}
		if want != nil && !errors.Is(it.Err, want) {
			t.Errorf("%s: error %v, want %v", n, it.Err, want)
		}
		t.Logf("%s: %v", filepath.Base(n), it.Err)
	}
	if e := byName[p("f_huge.txt")].Err; e != nil && !strings.Contains(e.Error(), "too large (52.4 MB > limit 33.6 MB)") {
		t.Errorf("too-large message: %v", e)
	}
	if e := byName["https://a.example/3"].Err; e != nil && !strings.Contains(e.Error(), "record 3") {
		t.Errorf("truncated WARC error should name record 3: %v", e)
	}
	if e := byName[p("i_invalid.rss")].Err; e != nil && !strings.Contains(e.Error(), "invalid feed") {
		t.Errorf("invalid feed error: %v", e)
	}
	if a := byName[p("e_latin1.txt")].Article; a == nil || a.Title != "Größere Straßen für Ärzte" || !strings.Contains(a.Text, "Übergänge") {
		t.Errorf("Latin-1 file decoded wrongly: %+v", a)
	}
	if len(items) != len(okNames)+len(bad) {
		for _, it := range items {
			t.Logf("item %s err=%v", it.Name, it.Err)
		}
		t.Errorf("%d items, want %d", len(items), len(okNames)+len(bad))
	}
	// Determinism: a second read gives the same names in the same order.
	again, _ := readAll(t, dir, Options{})
	for i := range items {
		if i < len(again) && items[i].Name != again[i].Name {
			t.Errorf("order differs at %d: %s vs %s", i, items[i].Name, again[i].Name)
		}
	}
}

func TestReadMaxBytesOption(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	writeFile(t, path, []byte(longPara))
	_, by := readAll(t, path, Options{MaxBytes: 10})
	if !errors.Is(by[path].Err, ErrTooLarge) {
		t.Errorf("want too large, got %v", by[path].Err)
	}
	_, by = readAll(t, path, Options{Detect: func(string) string { return "de" }})
	if a := by[path].Article; a == nil || a.Language != "de" || a.ID != "a.txt" || a.Origin != path {
		t.Errorf("article %+v", a)
	}
}

func TestReadMissingSource(t *testing.T) {
	err := Read(context.Background(), filepath.Join(t.TempDir(), "nope.txt"), Options{}, func(Item) error { return nil })
	if err == nil {
		t.Fatal("want an error for a missing source")
	}
}

func TestReadCallbackErrorStops(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		writeFile(t, filepath.Join(dir, n), []byte(longPara))
	}
	stop := errors.New("stop")
	calls := 0
	err := Read(context.Background(), dir, Options{}, func(Item) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err=%v calls=%d", err, calls)
	}
}

func TestReadJSONL(t *testing.T) {
	path := filepath.Join("testdata", "articles.jsonl")
	items, by := readAll(t, path, Options{})
	if len(items) != 6 {
		t.Fatalf("%d items, want 6", len(items))
	}
	a := by[path+":1"].Article
	if a == nil {
		t.Fatalf("line 1: %v", by[path+":1"].Err)
	}
	want := article.Article{ID: "a1", URL: "https://zeitung.example/a1", Source: "Beispielzeitung", Title: "Brücke wird saniert",
		Published: "2024-11-14T08:00:00+01:00", Section: "Lokales", Tags: []string{"Verkehr", "Bau"}, Credits: []string{"dpa"},
		Authors: []string{"Erika Beispiel"}}
	if a.ID != want.ID || a.URL != want.URL || a.Source != want.Source || a.Title != want.Title || a.Published != want.Published ||
		a.Section != want.Section || fmt.Sprint(a.Tags) != fmt.Sprint(want.Tags) || fmt.Sprint(a.Credits) != fmt.Sprint(want.Credits) ||
		fmt.Sprint(a.Authors) != fmt.Sprint(want.Authors) {
		t.Errorf("line 1 = %+v", a)
	}
	if strings.Count(a.Text, "Brücke wird saniert") != 1 || strings.Contains(a.Text, "(dpa)") {
		t.Errorf("line 1 text %q", a.Text)
	}
	b := by[path+":2"].Article
	if b == nil || b.ID != "https://zeitung.example/a2" || b.Published != "2024-11" || b.Language != "de" || strings.Contains(b.Text, "12.11.2024") {
		t.Errorf("line 2 = %+v", b)
	}
	for _, n := range []int{3, 4} {
		if by[fmt.Sprintf("%s:%d", path, n)].Err == nil {
			t.Errorf("line %d should fail", n)
		}
	}
	c := by[path+":5"].Article
	if c == nil || c.Title != "Titel aus dem Feld" || c.Published != "2024-11-15" || c.ID != "articles.jsonl:5" || strings.Count(c.Text, "Titel aus dem Feld") != 1 {
		t.Errorf("line 5 = %+v (%v)", c, by[path+":5"].Err)
	}
	if d := by[path+":7"].Article; d == nil || d.ID != "7" || d.Title != "" {
		t.Errorf("line 7 = %+v", d)
	}
}

func TestReadFeeds(t *testing.T) {
	rss := filepath.Join("testdata", "feed.rss")
	items, by := readAll(t, rss, Options{})
	if len(items) != 3 {
		t.Fatalf("%d items", len(items))
	}
	a := by["https://zeitung.example/hochwasser-rhein"].Article
	if a == nil {
		t.Fatal("first entry missing")
	}
	if a.ID != "zeitung-4711" || a.Title != "Hochwasser: Pegel am Rhein steigt weiter" || a.Published != "2024-11-14T08:15:00+01:00" ||
		a.Source != "Beispielzeitung Nachrichten" || fmt.Sprint(a.Credits) != "[dpa]" || fmt.Sprint(a.Headings) != "[Schifffahrt eingestellt]" ||
		strings.Contains(a.Text, "Kurzfassung") || strings.Contains(a.Text, "(dpa)") || fmt.Sprint(a.Authors) != "[Max Mustermann]" {
		t.Errorf("entry 1 = %+v", a)
	}
	b := by["https://zeitung.example/buslinie"].Article
	if b == nil || b.ID != "https://zeitung.example/buslinie" || !strings.Contains(b.Text, "alle 20 Minuten") {
		t.Errorf("entry 2 = %+v", b)
	}
	if e := by["https://zeitung.example/leer"].Err; !errors.Is(e, ErrNoText) {
		t.Errorf("entry 3 error %v", e)
	}
	atom := filepath.Join("testdata", "feed.atom")
	_, by = readAll(t, atom, Options{})
	c := by["https://wire.example/budget"].Article
	if c == nil || c.ID != "urn:example:wire:1" || c.Published != "2024-11-14T09:00:00Z" || fmt.Sprint(c.Credits) != "[reuters]" ||
		!strings.HasPrefix(c.Text, "Parliament passes budget after long debate\n\nParliament passed") {
		t.Errorf("atom entry = %+v", c)
	}
}

func TestReadHTMLFile(t *testing.T) {
	path := filepath.Join("testdata", "article.html")
	_, by := readAll(t, path, Options{})
	a := by[path].Article
	if a == nil {
		t.Fatal(by[path].Err)
	}
	if a.ID != "article.html" || a.Title != "Stadtrat beschließt neuen Radweg am Fluss" || a.Published != "2024-03-05" ||
		a.Section != "Lokales" || fmt.Sprint(a.Credits) != "[dpa]" || fmt.Sprint(a.Headings) != "[Kritik von Anwohnern]" ||
		fmt.Sprint(a.Tags) != "[Verkehr Radweg]" || a.Source != "Beispielzeitung" {
		t.Errorf("article = %+v", a)
	}
	for _, noise := range []string{"Impressum", "Start", "Alle Rechte", "Von Erika Beispiel", "(dpa)"} {
		if strings.Contains(a.Text, noise) {
			t.Errorf("noise %q in text", noise)
		}
	}
}

func TestReadHTMLCharset(t *testing.T) {
	dir := t.TempDir()
	body := "<html><head><meta charset=\"iso-8859-1\"><title>Grüße</title></head><body><article><h1>Grüße aus Köln</h1><p>" + longPara +
		" Die Bürger äußerten sich erfreut.</p><p>" + longPara + "</p></article></body></html>"
	enc, err := charmap.ISO8859_1.NewEncoder().String(body)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "latin.html")
	writeFile(t, path, []byte(enc))
	_, by := readAll(t, path, Options{})
	a := by[path].Article
	if a == nil || !strings.Contains(a.Text, "Die Bürger äußerten sich erfreut.") {
		t.Errorf("charset not honoured: %+v %v", a, by[path].Err)
	}
}

func TestReadWARC(t *testing.T) {
	dir := t.TempDir()
	var data []byte
	data = append(data, []byte("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\ninfo\r\n\r\n")...)
	data = append(data, warcRecord(t, "https://b.example/1", "text/html", page("Eins", longPara), false)...)
	data = append(data, warcRecord(t, "https://b.example/img", "image/png", "\x89PNG....", false)...)
	// A chunked, gzip-encoded response.
	var gzBody bytes.Buffer
	zw := gzip.NewWriter(&gzBody)
	zw.Write([]byte(page("Zwei", longPara)))
	zw.Close()
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", gzBody.Len(), gzBody.String())
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" + chunked
	data = append(data, []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <https://b.example/2>\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(resp), resp))...)
	path := filepath.Join(dir, "x.warc")
	writeFile(t, path, data)
	items, by := readAll(t, path, Options{})
	if len(items) != 2 {
		for _, it := range items {
			t.Logf("%s %v", it.Name, it.Err)
		}
		t.Fatalf("%d items, want 2", len(items))
	}
	for _, n := range []string{"https://b.example/1", "https://b.example/2"} {
		a := by[n].Article
		if a == nil || a.ID != n || a.URL != n || !strings.Contains(a.Text, "Landtag") {
			t.Errorf("%s: %+v %v", n, a, by[n].Err)
		}
	}
}

func TestReadURL(t *testing.T) {
	rss, err := os.ReadFile(filepath.Join("testdata", "feed.rss"))
	if err != nil {
		t.Fatal(err)
	}
	htmlPage, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(rss)
		case "/page":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(htmlPage)
		case "/sniff":
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Write(rss)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	opt := Options{AllowPrivate: true} // the test server is on 127.0.0.1
	items, _ := readAll(t, srv.URL+"/feed", opt)
	if len(items) != 3 {
		t.Errorf("feed: %d items", len(items))
	}
	items, _ = readAll(t, srv.URL+"/sniff", opt)
	if len(items) != 3 {
		t.Errorf("sniffed feed: %d items", len(items))
	}
	_, by := readAll(t, srv.URL+"/page", opt)
	if a := by[srv.URL+"/page"].Article; a == nil || a.ID != srv.URL+"/page" || a.Title != "Stadtrat beschließt neuen Radweg am Fluss" {
		t.Errorf("page: %+v", a)
	}
	if err := Read(context.Background(), srv.URL+"/missing", opt, func(Item) error { return nil }); err == nil {
		t.Error("404 must fail the source")
	}
}
