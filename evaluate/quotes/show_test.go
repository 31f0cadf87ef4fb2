package quotes

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/ingest"
	"crosscheck/internal/testenv"
)

// TestShowQuotes prints every quotation crosscheck finds in the development articles named
// by QUOTES_SHOW (comma-separated ids, or "dev2" for the second German development set),
// with cue, source words, speaker and how it was found; a tuning aid. Held-out sets are
// never shown. QUOTES_SHOW_FILE=<file under ../shared/eval> shows the named ids of that file
// instead (articles of no audit, such as a story's pages), and QUOTES_SHOW_GREP=<word> every
// article of it whose text holds the word.
func TestShowQuotes(t *testing.T) {
	want := os.Getenv("QUOTES_SHOW")
	if want == "" {
		t.Skip("set QUOTES_SHOW=id,id (or a development set's name) to print its quotations")
	}
	dir := testenv.SharedFile(t, "eval")
	sets, err := LoadAuditSets()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{} // id -> data file
	for _, s := range sets {
		if s.HeldOut {
			continue
		}
		for _, a := range s.Articles {
			if want == s.Name || strings.Contains(","+want+",", ","+a.ID+",") {
				ids[a.ID] = s.Data
			}
		}
	}
	heldOut := map[string]bool{}
	for _, s := range sets {
		for _, a := range s.Articles {
			if s.HeldOut {
				heldOut[a.ID] = true
			}
		}
	}
	grep := os.Getenv("QUOTES_SHOW_GREP")
	if f := os.Getenv("QUOTES_SHOW_FILE"); f != "" {
		ids = map[string]string{}
		for _, id := range strings.Split(want, ",") {
			ids[id] = f
		}
	}
	files := map[string]bool{}
	for _, d := range ids {
		files[d] = true
	}
	z := app.Analyzer(app.Registry())
	for f := range files {
		done := map[string]bool{}
		err := ingest.Read(context.Background(), filepath.Join(dir, f), app.IngestOptions(), func(it ingest.Item) error {
			if it.Err != nil || done[it.Article.ID] || heldOut[it.Article.ID] {
				return nil
			}
			if ids[it.Article.ID] == "" && (grep == "" || !strings.Contains(it.Article.Text, grep)) {
				return nil
			}
			done[it.Article.ID] = true
			an := z.Analyze(it.Article)
			t.Logf("== %s", it.Article.ID)
			if os.Getenv("QUOTES_SHOW_ENTITIES") != "" {
				for _, e := range an.Entities {
					t.Logf("  entity %s %q", e.Type, e.Text)
				}
			}
			for _, q := range an.Quotes {
				t.Logf("  %d %v %-11s %-22q cue=%q src=%q: %s", q.Start, q.Direct, q.SpeakerHow, q.Speaker, mk(q.Cue), mk(q.Source), clip(q.Text))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func mk(m *article.Mark) string {
	if m == nil {
		return ""
	}
	return m.Text
}
