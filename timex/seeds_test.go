package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/internal/gnad"
	"crosscheck/internal/testenv"
)

type seedGold struct {
	Documents map[string]struct {
		Published string   `json:"published"`
		Noise     []string `json:"noise"`
	} `json:"documents"`
	TimeExpressions []struct {
		Article string  `json:"article"`
		Text    string  `json:"text"`
		Value   *string `json:"value"`
	} `json:"time_expressions"`
}

// seedArticle builds an article from a seed file the way ingest will: each non-empty line a
// paragraph, scraped noise lines (the gold's "noise") dropped, Published from the gold.
func seedArticle(t *testing.T, path, published string, noise []string) *article.Article {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{ID: filepath.Base(path), Language: "de", Published: published}
	var paras []string
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		for _, n := range noise {
			if strings.HasPrefix(line, n) {
				line = strings.TrimSpace(strings.TrimPrefix(line, n))
			}
			if strings.HasSuffix(line, n) {
				line = strings.TrimSpace(strings.TrimSuffix(line, n))
			}
		}
		if line != "" {
			paras = append(paras, line)
		}
	}
	pos := 0
	for _, p := range paras {
		n := len([]rune(p))
		a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockParagraph, Start: pos, End: pos + n})
		pos += n + 2
	}
	a.Text = strings.Join(paras, "\n\n")
	return a
}

func TestSeeds(t *testing.T) {
	dir := testenv.SharedFile(t, "corpus/seeds")
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(dir), "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold seedGold
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	ex := New(Options{})
	times := map[string][]article.Time{}
	published := map[string]article.Time{}
	for id, d := range gold.Documents {
		a := seedArticle(t, filepath.Join(dir, id), d.Published, d.Noise)
		an := &article.Analysis{}
		analyze.Segment(a, an, dePack)
		ex.Extract(a, an, dePack)
		times[id] = an.Times
		if p, ok := Published(a); ok {
			published[id] = p
		}
		r := article.NewRunes(a.Text)
		for _, tm := range an.Times {
			if tm.Start < 0 || r.Slice(tm.Start, tm.End) != tm.Text {
				t.Errorf("%s: bad offsets %+v", id, tm)
			}
		}
	}
	for _, g := range gold.TimeExpressions {
		want := ""
		if g.Value != nil {
			want = *g.Value
		}
		var found []article.Time
		for _, tm := range times[g.Article] {
			if tm.Text == g.Text {
				found = append(found, tm)
			}
		}
		if p, ok := published[g.Article]; ok && p.Value == want && len(found) == 0 {
			continue // the date line became Published: reported by Published, not in Times
		}
		if len(found) == 0 {
			t.Errorf("%s: %q not found; got %+v", g.Article, g.Text, times[g.Article])
			continue
		}
		for _, tm := range found {
			if tm.Value != want {
				t.Errorf("%s: %q = %q, want %q", g.Article, g.Text, tm.Value, want)
			}
		}
	}
}

// gnad reads up to n article texts of 10kGNAD's test.csv ("category;'text'" lines).
func gnadTexts(tb testing.TB, n int) []string {
	tb.Helper()
	return gnad.Texts(tb, n)
}

func BenchmarkExtract10kGNAD(b *testing.B) {
	texts := gnadTexts(b, 2000)
	arts := make([]*article.Article, len(texts))
	ans := make([]*article.Analysis, len(texts))
	bytes := 0
	for i, s := range texts {
		arts[i] = &article.Article{Language: "de", Published: "2016-05-01", Text: s}
		ans[i] = &article.Analysis{}
		analyze.Segment(arts[i], ans[i], dePack)
		bytes += len(s)
	}
	ex := New(Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, a := range arts {
			an := *ans[i]
			an.Times = nil
			ex.Extract(a, &an, dePack)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(arts))/sec, "articles/s")
	b.ReportMetric(float64(b.N*bytes)/sec/1e6, "MB/s")
}

// TestGNADRobust runs the extractor over real news and checks every mention's offsets.
func TestGNADRobust(t *testing.T) {
	ex := New(Options{})
	n := 0
	for _, s := range gnadTexts(t, 300) {
		a := &article.Article{Language: "de", Published: "2016-05-01", Text: s}
		an := &article.Analysis{}
		analyze.Segment(a, an, dePack)
		ex.Extract(a, an, dePack)
		r := article.NewRunes(s)
		for _, tm := range an.Times {
			n++
			if r.Slice(tm.Start, tm.End) != tm.Text || tm.Type == "" {
				t.Fatalf("bad mention %+v", tm)
			}
		}
	}
	if n < 300 {
		t.Errorf("only %d time expressions in 300 news articles", n)
	}
}
