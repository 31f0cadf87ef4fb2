package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestTooLargeSaysSizesThatDiffer(t *testing.T) {
	for _, c := range []struct {
		size, limit int64
		want        string
	}{
		{40_000_000, DefaultMaxBytes, "too large (40.0 MB > limit 33.6 MB)"},
		{DefaultMaxBytes + 1, DefaultMaxBytes, "too large (33554433 bytes > limit 33554432 bytes)"},
		{203, 10, "too large (203 bytes > limit 10 bytes)"},
	} {
		if got := tooLarge(c.size, c.limit).Error(); got != c.want {
			t.Errorf("tooLarge(%d, %d) = %q, want %q", c.size, c.limit, got, c.want)
		}
	}
	if got := overLimit(DefaultMaxBytes).Error(); got != "too large (more than the limit of 33.6 MB)" {
		t.Errorf("overLimit: %q", got)
	}
}

func TestNotProse(t *testing.T) {
	prose := strings.Repeat("Der Stadtrat hat am Mittwoch den Haushalt beschlossen, sagte die Sprecherin. ", 500)
	if err := notProse(prose); err != nil {
		t.Errorf("prose refused: %v", err)
	}
	// Lines without punctuation (a list) are prose enough; one endless line is not.
	list := strings.Repeat("Eins zwei drei vier fünf sechs sieben acht neun zehn\n", 2000)
	if err := notProse(list); err != nil {
		t.Errorf("a list refused: %v", err)
	}
	endless := strings.Repeat("Wort ohne Ende ", 2000)
	err := notProse("Ein Satz. " + endless)
	if !errors.Is(err, ErrNotProse) || !strings.Contains(err.Error(), "30001 characters from character 9 on without a sentence end") {
		t.Errorf("endless line: %v", err)
	}
	err = notProse(strings.Repeat("Merkel. ", 3000) + "Und ein Satz dazu.")
	if !errors.Is(err, ErrNotProse) || !strings.Contains(err.Error(), `one word, "Merkel.", makes up 3000 of its 3004 words`) {
		t.Errorf("one word: %v", err)
	}
}

func TestShortQuotesAPrefix(t *testing.T) {
	if got := Short("kurz"); got != `"kurz"` {
		t.Errorf("Short(kurz) = %s", got)
	}
	long := strings.Repeat("ü", 300_000) // 600,000 bytes; the cut must not split a character
	got := Short(long)
	if len(got) > 100 || !strings.HasSuffix(got, "… (600000 bytes)") || strings.Contains(got, `\x`) {
		t.Errorf("Short(600 KB) = %s", got)
	}
}

func TestDecodeUTF16WithoutBOM(t *testing.T) {
	text := "Der Bürgermeister eröffnete die Brücke über den Fluss. Sie kostete zwölf Millionen Euro."
	units := utf16.Encode([]rune(text))
	le, be := make([]byte, 2*len(units)), make([]byte, 2*len(units))
	for i, u := range units {
		le[2*i], le[2*i+1] = byte(u), byte(u>>8)
		be[2*i], be[2*i+1] = byte(u>>8), byte(u)
	}
	for name, data := range map[string][]byte{"LE": le, "BE": be, "LE with BOM": append([]byte{0xff, 0xfe}, le...)} {
		got, err := decodeText(data)
		if err != nil || got != text {
			t.Errorf("%s: %q, %v", name, got, err)
		}
	}
	// Binary data with zeros at both parities stays binary.
	if _, err := decodeText([]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00")); !errors.Is(err, ErrBinary) {
		t.Errorf("ELF header: %v", err)
	}
}

func TestIsURLAnyCase(t *testing.T) {
	for s, want := range map[string]bool{"http://a.example/": true, "HTTP://A.EXAMPLE/": true, "Https://a.example": true,
		"ftp://a.example": false, "/tmp/http://x": false, "feed.rss": false, "hTTp:/kaputt": false} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) = %v", s, !want)
		}
	}
}

func TestJSONLineFields(t *testing.T) {
	good := `"text":"Der Stadtrat tagt am Montag. Auf der Tagesordnung steht der Haushalt."`
	for _, c := range []struct{ line, want string }{
		{`{"id":["a","b"],` + good + `}`, "id must be a string or a number, not an array"},
		{`{"id":{"a":1},` + good + `}`, "id must be a string or a number, not an object"},
		{`{"id":true,` + good + `}`, "id must be a string or a number, not a boolean"},
		{`{"id":"a","published":"9999-12-31",` + good + `}`, `published "9999-12-31" is a date out of range (years 1800 to 2200)`},
		{`{"id":"a","published":"31.12.0999",` + good + `}`, "out of range"},
		{`{"id":"a","published":"gestern",` + good + `}`, `published "gestern" is not a date`},
		{`{"id":12.5,` + good + `}`, ""},
		{`{"id":"a","published":"2024-11-14",` + good + `}`, ""},
	} {
		a, err := fromJSONLine("f.jsonl:1", []byte(c.line))
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.line, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: %v, want %q", c.line, err, c.want)
		case c.want == "" && a.ID == "":
			t.Errorf("%s: no id", c.line)
		}
	}
}

func TestAbsurdFieldsRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.jsonl")
	text := "Der Stadtrat tagt am Montag. Auf der Tagesordnung steht der Haushalt."
	var lines, tags []string
	for i := range 1001 {
		tags = append(tags, fmt.Sprintf("Thema %d", i))
	}
	for _, rec := range []map[string]any{
		{"id": strings.Repeat("x", 500_000), "text": text},
		{"id": "u", "url": "https://a.example/" + strings.Repeat("y", 9000), "text": text},
		{"id": "t", "title": strings.Repeat("Titel ", 1000), "text": text},
		{"id": "g", "tags": tags, "text": text},
		{"id": "ok", "text": text},
	} {
		b, _ := json.Marshal(rec)
		lines = append(lines, string(b))
	}
	os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644)
	var got []string
	err := Read(context.Background(), path, Options{}, func(it Item) error {
		if it.Err != nil {
			got = append(got, it.Err.Error())
		} else {
			got = append(got, "stored "+it.Article.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"id too long (limit 1000 bytes)", "url too long (limit 8000 bytes)", "title too long (limit 2000 bytes)",
		"1001 tags and 0 authors (limit 500 each)", "stored ok"}
	for i, w := range want {
		if i >= len(got) || !strings.HasPrefix(got[i], w) || len(got[i]) > 200 {
			t.Errorf("line %d: %q, want %q… (at most 200 bytes)", i+1, got, w)
		}
	}
}

func TestUnclosedTitle(t *testing.T) {
	page := `<html><head><title>Sturm an der Küste – Nordblick
<meta charset="utf-8"></head><body><article><h1>Sturm an der Küste</h1>
<p>Der Sturm zog in der Nacht über die Küste und richtete Schäden an. Die Feuerwehr meldete zwölf Einsätze, verletzt wurde niemand.</p>
<p>Am Morgen fuhren die Züge wieder nach Plan, teilte die Bahn mit.</p></article></body></html>`
	a, err := fromHTML("sturm.html", []byte(page), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(a.Title+a.Text, "<>") || len(a.Title) > 60 {
		t.Errorf("markup or body in the title or text: title %q\ntext %q", a.Title, a.Text)
	}
	if strings.Contains(a.Source, "Sturm zog") || strings.Contains(a.Source, "Feuerwehr") {
		t.Errorf("a body sentence as source: %q", a.Source)
	}
	if !strings.Contains(a.Text, "Die Feuerwehr meldete zwölf Einsätze") {
		t.Errorf("body lost: %q", a.Text)
	}
	for in, want := range map[string]string{
		"<title>a</title><p>b": "<title>a</title><p>b",
		"<TITLE>a<p>b":         "<TITLE>a</title><p>b",
		"<title>a":             "<title>a</title>",
		"<titles>a":            "<titles>a",
	} {
		if got := closeTitle(in); got != want {
			t.Errorf("closeTitle(%q) = %q, want %q", in, got, want)
		}
	}
}
