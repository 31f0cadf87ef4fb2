package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"crosscheck/app"
	"crosscheck/store"
)

// badItem is one input of the bad-input corpus and what ingest must make of it: stored (with
// a text it must hold), or failed with a message.
type badItem struct {
	name   string // item name relative to the corpus folder (a file, or file:line)
	stored string // text the stored article holds; "" for a failure
	fails  string // what the failure message says
}

// writeBadInputs writes the corpus into dir and returns what each item must come to. Every
// text is written here, for this test.
func writeBadInputs(t *testing.T, dir string) []badItem {
	t.Helper()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var items []badItem
	want := func(name, stored, fails string) { items = append(items, badItem{name, stored, fails}) }

	write("a_empty.txt", nil)
	want("a_empty.txt", "", "empty")
	write("a_blank.txt", []byte(" \n\n\t \n"))
	want("a_blank.txt", "", "empty")
	write("b_binary.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00\x01\x00"))
	want("b_binary.bin", "", "binary file")
	write("b_nul.txt", []byte(strings.Replace(goodText, "Stadtrat", "Stadt\x00rat", 1)))
	want("b_nul.txt", "", "binary file")
	write("c_latin1.txt", []byte("Der B\xfcrgermeister er\xf6ffnete am Freitag die neue Br\xfccke \xfcber den Fluss. Sie kostete 12 Millionen Euro, sagte er."))
	want("c_latin1.txt", "Bürgermeister eröffnete", "")
	u16 := utf16.Encode([]rune(strings.ReplaceAll(goodText, "Haushalt", "Radweg")))
	le, be := []byte{0xff, 0xfe}, []byte{}
	for _, u := range u16 {
		le = append(le, byte(u), byte(u>>8))
		be = append(be, byte(u>>8), byte(u))
	}
	write("c_utf16_bom.txt", le)
	want("c_utf16_bom.txt", "Radweg", "")
	write("c_utf16_ohne_bom.txt", bytes.ReplaceAll(be, []byte{0, 'R', 0, 'a', 0, 'd'}, []byte{0, 'F', 0, 'u', 0, 0xdf}))
	want("c_utf16_ohne_bom.txt", "Fußweg", "")

	big, err := os.Create(filepath.Join(dir, "d_50mb.txt"))
	if err != nil {
		t.Fatal(err)
	}
	chunk := strings.Repeat("Ein Satz über nichts Besonderes. ", 1<<10)
	for n := 0; n < 50<<20; n += len(chunk) {
		big.WriteString(chunk)
	}
	big.Close()
	want("d_50mb.txt", "", "too large (52.4 MB > limit 33.6 MB)")
	rng := rand.New(rand.NewPCG(16, 5))
	words := strings.Fields("der die das und in von mit Regierung Stadt Menschen Jahr Polizei Präsident Berlin Hamburg sagte 12 300 Millionen Euro")
	var line strings.Builder
	for line.Len() < 5<<20 {
		line.WriteString(words[rng.IntN(len(words))] + " ")
	}
	write("d_5mb_eine_zeile.txt", []byte(line.String()))
	want("d_5mb_eine_zeile.txt", "", "characters from character 0 on without a sentence end or line break (limit 20000)")
	write("d_ein_wort.txt", []byte(strings.Repeat("Merkel Merkel Merkel. ", 2000)))
	want("d_ein_wort.txt", "", `not prose: one word, "Merkel", makes up 4000 of its 6000 words`)

	write("e_kaputt.html", []byte("<html><body><div><p>\x00\x01<<<</div></span></html"))
	want("e_kaputt.html", "", "no extractable text in HTML page")
	write("e_verschachtelt.html", []byte("<html><body>"+strings.Repeat("<div>", 100_000)+"<p>"+goodText+"</p>"+strings.Repeat("</div>", 100_000)+"</body></html>"))
	want("e_verschachtelt.html", "", "HTML nested more than 512 elements deep")
	write("e_windows1252.html", []byte("<html><head><meta charset=\"windows-1252\"><title>Br\xfccke er\xf6ffnet</title></head><body><article><h1>Br\xfccke er\xf6ffnet</h1>"+
		"<p>Der B\xfcrgermeister er\xf6ffnete am Freitag die neue Br\xfccke \x96 sie kostete 12 Millionen Euro, sagte er am Abend vor G\xe4sten.</p>"+
		"<p>Die Arbeiten hatten zwei Jahre gedauert, teilte die Stadt mit.</p></article></body></html>"))
	want("e_windows1252.html", "Brücke – sie kostete", "")
	write("e_titel_offen.html", []byte("<html><head><title>Stadtrat beschließt Haushalt\n<meta charset=\"utf-8\"></head><body><article><h1>Stadtrat beschließt Haushalt</h1><p>"+
		strings.ReplaceAll(goodText, "\n", " ")+"</p></article></body></html>"))
	want("e_titel_offen.html", "Die Stadt will 40 Millionen Euro in Schulen investieren", "")

	write("f_kaputt.rss", []byte("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>a</item></channel>"))
	want("f_kaputt.rss", "", "invalid feed")
	var feed strings.Builder
	feed.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Musterzeitung</title>`)
	vocab := strings.Fields(`Stadtrat Gemeinderat Kreistag Landtag Bürgermeisterin Feuerwehr Polizei Schule Brücke Radweg Bahnhof Klinik
		Hafen Museum Bibliothek Theater Stadion Flughafen Kanal Park Marktplatz Rathaus Sporthalle Kita Friedhof Wasserwerk`)
	verbs := strings.Fields("beschließt berät eröffnet schließt plant prüft saniert verschiebt erweitert verkauft")
	// 10,000 entries, one in 50 with a text: the others are named, each once, as failures.
	for i := range 10_000 {
		a, b, v := vocab[rng.IntN(len(vocab))], vocab[rng.IntN(len(vocab))], verbs[rng.IntN(len(verbs))]
		desc := ""
		if i%50 == 49 {
			desc = fmt.Sprintf(`<description>Der %s %s am Montag über %s Nummer %d. Die Entscheidung fiel mit %d Stimmen.</description>`, a, v, b, i, rng.IntN(60))
		}
		fmt.Fprintf(&feed, `<item><title>%s %s %s</title><link>https://musterzeitung.example/m/%d</link>%s</item>`, a, v, b, i, desc)
	}
	feed.WriteString(`</channel></rss>`)
	write("f_10000.rss", []byte(feed.String()))
	want("https://musterzeitung.example/m/9999", "Nummer 9999", "")
	want("https://musterzeitung.example/m/9998", "", "feed entry has no content or description")
	want("https://musterzeitung.example/m/0", "", "feed entry has no content or description")

	writeWARC(t, filepath.Join(dir, "g_abgebrochen.warc.gz"), true)
	want("https://example.org/bericht-1", "Großbrand in einer Lagerhalle", "")
	want("https://example.org/bericht-2", "", "the archive g_abgebrochen.warc.gz breaks off in this record")
	write("g_bombe.warc.gz", bombWARC(t))
	want("https://bombe.example/", "", "too large (more than the limit of 33.6 MB)")
	var zeros bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&zeros, gzip.BestCompression)
	zw.Write(make([]byte, 100<<20))
	zw.Close()
	write("g_bombe.txt.gz", zeros.Bytes())
	want("g_bombe.txt.gz", "", "binary file")

	good := `"text":"Der Gemeinderat tagt am Donnerstag öffentlich. Auf der Tagesordnung steht der Haushalt."`
	jsonl := []string{
		`{"id":"j-gut",` + good + `}`,
		`{"id":"kaputt", "text": "abgebrochen`,
		`{"id":["a","b"],` + good + `}`,
		`{"id":"` + strings.Repeat("x", 500_000) + `",` + good + `}`,
		`{"id":"j-datum","published":"9999-12-31",` + good + `}`,
		`{"id":"j-titel","title":"` + strings.Repeat("Titel ", 200_000) + `",` + good + `}`,
		`{"id":"j-leer","text":""}`,
		`{"id":"j-zahl","text":17}`,
		`{"id":"j-riesig","text":"` + strings.Repeat("Ein Satz. ", 3_500_000) + `"}`,
		`{"id":"j-gut2","published":"2025-10-14",` + strings.Replace(good, "Donnerstag", "Freitag", 1) + `}`,
	}
	write("h_zeilen.jsonl", []byte(strings.Join(jsonl, "\n")+"\n"))
	want("h_zeilen.jsonl:1", "Gemeinderat tagt am Donnerstag", "")
	want("h_zeilen.jsonl:2", "", "bad JSON: invalid character")
	want("h_zeilen.jsonl:3", "", "id must be a string or a number, not an array")
	want("h_zeilen.jsonl:4", "", "id too long (limit 1000 bytes)")
	want("h_zeilen.jsonl:5", "", `published "9999-12-31" is a date out of range (years 1800 to 2200)`)
	want("h_zeilen.jsonl:6", "", "title too long (limit 2000 bytes)")
	want("h_zeilen.jsonl:7", "", "no text and no html field")
	want("h_zeilen.jsonl:8", "", "bad JSON: text must be a string, not a number")
	want("h_zeilen.jsonl:9", "", "too large (35.0 MB > limit 33.6 MB)")
	want("h_zeilen.jsonl:10", "Gemeinderat tagt am Freitag", "")
	return items
}

// bombWARC is a WARC record whose HTTP body is 100 MB of zeros in 100 KB of gzip.
func bombWARC(t *testing.T) []byte {
	var body bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&body, gzip.BestCompression)
	zw.Write(make([]byte, 100<<20))
	zw.Close()
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s", body.Len(), body.String())
	rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bombe.example/\r\nWARC-Date: 2025-01-01T10:00:00Z\r\n"+
		"WARC-Record-ID: <urn:uuid:b>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(http), http)
	var out bytes.Buffer
	gw := gzip.NewWriter(&out)
	gw.Write([]byte(rec))
	gw.Close()
	return out.Bytes()
}

// snapshot holds every stored article's latest version as JSON, by id.
func snapshot(t *testing.T, db string) map[string]string {
	t.Helper()
	ctx := context.Background()
	s, err := app.OpenStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out := map[string]string{}
	err = s.Each(ctx, func(r *store.Record) error {
		b, err := json.Marshal(struct {
			V  int
			H  string
			A  any
			An any
		}{r.Version, r.Hash, r.Article, r.Analysis})
		out[r.Article.ID] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBadInputCorpus ingests a corpus of bad inputs on top of a filled store: every bad item
// is named once with its reason, the good ones are stored, the run ends with status 1, and no
// article stored before changes. With CROSSCHECK_BADINPUT_DIR set, the corpus is written
// there and kept (to time the command on it).
func TestBadInputCorpus(t *testing.T) {
	data, db := t.TempDir(), filepath.Join(t.TempDir(), "x.db")
	if code, out, errs := runCLI(t, data, "ingest", "-q", "--db", db, filepath.Join("..", "demo", "corpus")); code != 0 {
		t.Fatalf("filling the store: %d\n%s%s", code, out, errs)
	}
	before := snapshot(t, db)
	dir := os.Getenv("CROSSCHECK_BADINPUT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	items := writeBadInputs(t, dir)

	code, out, errs := runCLI(t, data, "ingest", "-q", "--db", db, dir)
	if code != 1 {
		t.Fatalf("status %d, want 1\n%s", code, out)
	}
	failed := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
		rest, ok := strings.CutPrefix(l, "crosscheck: ")
		if !ok {
			continue
		}
		name, msg, _ := strings.Cut(strings.TrimPrefix(rest, dir+string(filepath.Separator)), ": ")
		if _, dup := failed[name]; dup {
			t.Errorf("%s named twice", name)
		}
		failed[name] = msg
		if len(l) > 400 {
			t.Errorf("message for %s is %d bytes long", name, len(l))
		}
		if strings.Contains(msg, name) {
			t.Errorf("message for %s names it again: %s", name, msg)
		}
	}
	after := snapshot(t, db)
	for _, it := range items {
		msg, isFailed := failed[it.name]
		switch {
		case it.fails != "" && !isFailed:
			t.Errorf("%s: not named as failed; want %q", it.name, it.fails)
		case it.fails != "" && !strings.Contains(msg, it.fails):
			t.Errorf("%s: %q, want %q", it.name, msg, it.fails)
		case it.stored != "" && isFailed:
			t.Errorf("%s failed: %s", it.name, msg)
		case it.stored != "":
			id := it.name
			if strings.HasPrefix(id, "h_zeilen") {
				id = map[string]string{"h_zeilen.jsonl:1": "j-gut", "h_zeilen.jsonl:10": "j-gut2"}[id]
			}
			if !strings.Contains(after[id], it.stored) {
				t.Errorf("%s: stored as %q, without %q", it.name, after[id][:min(len(after[id]), 300)], it.stored)
			}
		}
	}
	if n := len(after) - len(before); n != 200+8 {
		t.Errorf("%d new articles, want 208", n)
	}
	wantFailed := 9_800 // the feed's entries without a text
	for _, it := range items {
		if it.fails != "" && !strings.HasPrefix(it.name, "https://musterzeitung.example/") {
			wantFailed++
		}
	}
	if len(failed) != wantFailed {
		t.Errorf("%d items named as failed, want %d", len(failed), wantFailed)
	}
	for id, b := range before {
		if after[id] != b {
			t.Errorf("%s changed", id)
		}
	}
	t.Logf("%s", out)
}
