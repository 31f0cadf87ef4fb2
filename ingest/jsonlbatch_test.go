package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJSONLBatchesKeepLineOrder: lines parsed on every core in batches come out in line
// order, each with its own name, language and failure, across batch boundaries and with a
// bad line, an over-long line and blank lines among them.
func TestJSONLBatchesKeepLineOrder(t *testing.T) {
	var b strings.Builder
	const lines = 3*jsonlBatch + 7
	want := make([]string, 0, lines)
	for i := 1; i <= lines; i++ {
		switch {
		case i%50 == 0:
			b.WriteString("{not json\n")
			want = append(want, fmt.Sprintf("FAIL:%d", i))
		case i%61 == 0:
			b.WriteString(`{"id":"long","text":"` + strings.Repeat("x", 4000) + "\"}\n")
			want = append(want, fmt.Sprintf("FAIL:%d", i))
		case i%37 == 0:
			b.WriteString("   \n") // no item
		default:
			fmt.Fprintf(&b, `{"id":"a%d","title":"Meldung %d","text":"Der Rat beschloss am Montag die Vorlage Nummer %d nach langer Beratung."}`+"\n", i, i, i)
			want = append(want, fmt.Sprintf("a%d:%d", i, i))
		}
	}
	path := filepath.Join(t.TempDir(), "s.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	items, _ := readAll(t, path, Options{MaxBytes: 2000, Detect: func(text string) string {
		if strings.Contains(text, "Rat") {
			return "de"
		}
		return "und"
	}})
	var got []string
	for _, it := range items {
		line := it.Name[strings.LastIndex(it.Name, ":")+1:]
		if it.Err != nil {
			got = append(got, "FAIL:"+line)
			continue
		}
		if it.Article.Language != "de" {
			t.Errorf("%s: language %q, want de", it.Name, it.Article.Language)
		}
		got = append(got, it.Article.ID+":"+line)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("items:\n got %v\nwant %v", got, want)
	}
}
