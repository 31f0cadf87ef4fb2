package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"crosscheck/internal/testenv"
)

// runCLI runs crosscheck with args in a private data folder and returns status and output.
func runCLI(t *testing.T, data string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Log: slog.New(slog.DiscardHandler),
		Getenv: func(k string) string {
			if k == "XDG_DATA_HOME" {
				return data
			}
			return ""
		}}
	code := run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

const goodText = `Stadtrat beschließt neuen Haushalt

Der Stadtrat hat am Mittwoch den Haushalt für das kommende Jahr beschlossen. Die Stadt will 40 Millionen Euro in Schulen investieren, sagte der Kämmerer.

Die Opposition stimmte dagegen. (dpa)
`

func writeWARC(t *testing.T, path string, truncate bool) {
	t.Helper()
	var buf bytes.Buffer
	for i, body := range []string{
		"<html><head><title>Erster Bericht</title></head><body><article><h1>Erster Bericht</h1><p>Die Feuerwehr rückte am Montag zu einem Großbrand in einer Lagerhalle aus. Verletzt wurde niemand, teilte die Polizei mit. Der Schaden wird auf mehrere Hunderttausend Euro geschätzt.</p><p>Die Ursache des Feuers ist noch unklar, die Ermittlungen dauern an.</p></article></body></html>",
		"<html><head><title>Zweiter Bericht</title></head><body><article><h1>Zweiter Bericht</h1><p>Der Landtag hat am Dienstag ein neues Schulgesetz verabschiedet. Es sieht kleinere Klassen und mehr Lehrkräfte vor, sagte die Ministerin nach der Abstimmung.</p><p>Die Gewerkschaft begrüßte das Gesetz, forderte aber mehr Geld.</p></article></body></html>",
	} {
		http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + fmt.Sprint(len(body)) + "\r\n\r\n" + body
		rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/bericht-%d\r\nWARC-Date: 2025-01-0%dT10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%d>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", i+1, i+1, i+1, len(http), http)
		zw := gzip.NewWriter(&buf)
		io.WriteString(zw, rec)
		zw.Close()
	}
	b := buf.Bytes()
	if truncate {
		b = b[:len(b)-len(b)/4]
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestIngestBadInputKeepsGoodItemsAndStoredData(t *testing.T) {
	data := t.TempDir()
	dir := t.TempDir()
	first := filepath.Join(t.TempDir(), "frueher.txt")
	os.WriteFile(first, []byte(strings.ReplaceAll(goodText, "Haushalt", "Nachtragshaushalt")), 0o644)
	if code, out, errs := runCLI(t, data, "ingest", "-q", first); code != 0 {
		t.Fatalf("first ingest: %d %s %s", code, out, errs)
	}

	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("gut.txt", []byte(goodText))
	write("leer.txt", nil)
	write("binaer.bin", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0, 0xff, 0xfe, 0, 0})
	latin1 := []byte("Der B\xfcrgermeister er\xf6ffnete am Freitag die neue Br\xfccke \xfcber den Fluss. Sie kostete 12 Millionen Euro, sagte er.")
	write("latin1.txt", latin1)
	write("kaputt.html", []byte("<html><body><div><p>\x00\x01<<<</div></span></html"))
	write("kaputt.rss", []byte("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>a</item></channel>"))
	writeWARC(t, filepath.Join(dir, "abgebrochen.warc.gz"), true)
	big, err := os.Create(filepath.Join(dir, "riesig.txt"))
	if err != nil {
		t.Fatal(err)
	}
	chunk := strings.Repeat(strings.Repeat("Ein Satz über nichts Besonderes. ", 32)+"\n", 1024)
	for written := 0; written <= 50<<20; written += len(chunk) {
		big.WriteString(chunk)
	}
	big.Close()

	code, out, errs := runCLI(t, data, "ingest", "-q", dir)
	if code != 1 {
		t.Fatalf("exit status %d, want 1\nstdout: %s\nstderr: %s", code, out, errs)
	}
	for _, bad := range []string{"leer.txt", "binaer.bin", "riesig.txt", "kaputt.rss", "abgebrochen.warc.gz"} {
		if !strings.Contains(errs, bad) {
			t.Errorf("stderr does not name %s:\n%s", bad, errs)
		}
	}
	code, out, _ = runCLI(t, data, "articles", "--json")
	if code != 0 {
		t.Fatalf("articles: %d", code)
	}
	for _, want := range []string{`"frueher.txt"`, `"gut.txt"`, `"latin1.txt"`, `https://example.org/bericht-1`} {
		if !strings.Contains(out, want) {
			t.Errorf("stored articles miss %s:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, data, "article", "--json", "latin1.txt")
	if code != 0 || !strings.Contains(out, "Bürgermeister") {
		t.Errorf("Latin-1 file not decoded: %d %s", code, out)
	}
}

func TestReingestChangesNothing(t *testing.T) {
	data := t.TempDir()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(goodText), 0o644)
	if code, out, errs := runCLI(t, data, "ingest", "-q", dir); code != 0 || !strings.Contains(out, "new 1") {
		t.Fatalf("first: %d %q %q", code, out, errs)
	}
	if code, out, _ := runCLI(t, data, "ingest", "-q", dir); code != 0 || !strings.Contains(out, "new 0, unchanged 1, updated 0") {
		t.Fatalf("again: %d %q", code, out)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(goodText+"\nEin neuer Absatz kam hinzu.\n"), 0o644)
	if code, out, _ := runCLI(t, data, "ingest", "-q", dir); code != 0 || !strings.Contains(out, "updated 1") {
		t.Fatalf("changed: %d %q", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	data := t.TempDir()
	for _, args := range [][]string{{}, {"nosuch"}, {"ingest"}, {"analyze"}, {"eval", "nosuch", "x"}, {"ingest", "--nosuchflag", "x"}} {
		if code, _, _ := runCLI(t, data, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestAnalyzeJSONShape(t *testing.T) {
	shared := testenv.Shared(t)
	seeds, _ := filepath.Glob(filepath.Join(shared, "corpus", "seeds", "*.txt"))
	if len(seeds) != 5 {
		t.Fatalf("found %d seeds", len(seeds))
	}
	code, out, errs := runCLI(t, t.TempDir(), append([]string{"analyze", "--json"}, seeds...)...)
	if code != 0 {
		t.Fatalf("analyze: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d JSON lines, want 5", len(lines))
	}
	for _, l := range lines {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"id", "language", "title", "published", "section", "tags", "credits", "headings", "text", "sentences", "entities", "quotes", "figures", "times"} {
			if _, ok := m[k]; !ok {
				t.Errorf("%s: no %q", m["id"], k)
			}
		}
	}
}

func TestDemo(t *testing.T) {
	data := t.TempDir()
	code, out, errs := runCLI(t, data, "demo")
	if code != 0 {
		t.Fatalf("demo: %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, "new 10") || !strings.Contains(out, "crosscheck serve --db") {
		t.Errorf("demo output:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(data, "crosscheck", "demo.db")); err != nil {
		t.Errorf("demo database: %v", err)
	}
}

func TestCorrectionsPersist(t *testing.T) {
	data := t.TempDir()
	if code, out, errs := runCLI(t, data, "demo"); code != 0 {
		t.Fatalf("demo: %d %s %s", code, out, errs)
	}
	db := filepath.Join(data, "crosscheck", "demo.db")
	stories := func() map[string][]string {
		code, out, errs := runCLI(t, data, "stories", "--json", "--db", db)
		if code != 0 {
			t.Fatalf("stories: %d %s", code, errs)
		}
		var st struct {
			Events []struct {
				ID       string
				Articles []string
			}
		}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatal(err)
		}
		m := map[string][]string{}
		for _, e := range st.Events {
			m[e.ID] = e.Articles
		}
		return m
	}
	before := stories()
	if len(before) < 3 {
		t.Fatalf("demo has %d events", len(before))
	}
	var ids []string
	for id := range before {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	a, b := ids[0], ids[1]
	if code, out, errs := runCLI(t, data, "merge", "--db", db, a, b); code != 0 {
		t.Fatalf("merge: %d %s %s", code, out, errs)
	}
	after := stories()
	if _, still := after[b]; still || len(after[a]) != len(before[a])+len(before[b]) {
		t.Fatalf("after merging %s into %s: %v", b, a, after)
	}
	moved := before[b][0]
	if code, _, errs := runCLI(t, data, "move", "--db", db, moved, ids[2]); code != 0 {
		t.Fatalf("move: %s", errs)
	}
	if got := stories()[ids[2]]; !slices.Contains(got, moved) {
		t.Fatalf("%s not moved to %s: %v", moved, ids[2], got)
	}
	// A later ingest keeps the corrections.
	extra := filepath.Join(t.TempDir(), "neu.txt")
	os.WriteFile(extra, []byte(goodText), 0o644)
	if code, _, errs := runCLI(t, data, "ingest", "-q", "--db", db, extra); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	final := stories()
	if !slices.Contains(final[ids[2]], moved) {
		t.Errorf("correction lost after a new ingest: %v", final)
	}
	if code, _, _ := runCLI(t, data, "merge", "--db", db, a, "e999"); code == 0 {
		t.Errorf("merging an unknown event succeeded")
	}
}
