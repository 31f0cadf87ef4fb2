package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func addSeeds(f *testing.F) {
	f.Add("14. November, 2024\n\nPolitik\n\nTitel hier\n\nTitel hier\n\nText. (dpa)")
	f.Add(" date 2024-11 Die Zahl stieg.\n\nZwischentitel\n\nMehr Text. (dts/dpa/red)")
	f.Add("Titel\n- Themen:\n- #Energie")
	f.Add("Berlin (dpa) - Text\nSchlagworte: A, B\n© Reuters")
	f.Add("")
	f.Add("\x00\xff\xfe")
}

func FuzzFromText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		a, err := FromText("f", s)
		if err != nil {
			return
		}
		checkBlocks(t, a)
		if a.Title != "" && a.Blocks[0].Kind != "title" {
			t.Errorf("title %q not first block", a.Title)
		}
	})
}

func FuzzJSONLine(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","published":"2024-11","text":"T\n\nBody. (dpa)"}`))
	f.Add([]byte(`{"html":"<p>x</p>","tags":"a, b"}`))
	f.Add([]byte(`{"id":1.5,"text":"x","authors":[1]}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, line []byte) {
		a, err := fromJSONLine("f.jsonl:1", line)
		if err == nil {
			checkBlocks(t, a)
		}
	})
}

func FuzzHTML(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("testdata", "article.html")); err == nil {
		f.Add(data)
	}
	f.Add([]byte("<html><body><p>unclosed <b>bold <table><tr><td>x"))
	f.Add([]byte("<meta charset=\"koi8-r\"><p>\xc1\xc2\xc3</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := fromHTML("f.html", data, "", "")
		if err == nil {
			checkBlocks(t, a)
		}
	})
}

func FuzzFeed(f *testing.F) {
	for _, n := range []string{"feed.rss", "feed.atom"} {
		if data, err := os.ReadFile(filepath.Join("testdata", n)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<rss><channel><item><title>x</title"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &reader{ctx: context.Background(), fn: func(it Item) error {
			if it.Article != nil {
				checkBlocks(t, it.Article)
			}
			return nil
		}}
		if err := r.feed("f.rss", data); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzJSONLStream(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("testdata", "articles.jsonl")); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &reader{ctx: context.Background(), opt: Options{MaxBytes: 512}, fn: func(Item) error { return nil }}
		if err := r.jsonl("f.jsonl", bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzWARCFile(f *testing.F) {
	f.Add(warcRecord(f, "https://x.example/", "text/html", page("Titel", longPara), true))
	f.Add(warcRecord(f, "https://x.example/", "text/html", page("Titel", longPara), false))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.warc")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		err := Read(context.Background(), path, Options{}, func(it Item) error {
			if it.Article != nil {
				checkBlocks(t, it.Article)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
