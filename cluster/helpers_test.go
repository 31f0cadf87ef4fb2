package cluster

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/internal/testenv"
	"crosscheck/lang/de"
)

var dePack = de.New()

// makeArticle builds an article whose paragraphs are the non-empty lines of text, the way
// the seeds are read until ingest lands.
func makeArticle(id, text string) (*article.Article, *article.Analysis) {
	a := &article.Article{ID: id, Language: "de"}
	var b strings.Builder
	pos := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
			pos += 2
		}
		n := len([]rune(line))
		a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockParagraph, Start: pos, End: pos + n})
		b.WriteString(line)
		pos += n
	}
	a.Text = b.String()
	an := &article.Analysis{}
	analyze.Segment(a, an, dePack)
	return a, an
}

var (
	seedDateLine   = regexp.MustCompile(`^\s*date\s+\d{4}(-\d{2}(-\d{2})?)?\s+`)
	seedCreditLine = regexp.MustCompile(`(?m)^\s*\([\p{L}/ ]+\)\s*$`)
)

type seed struct {
	id   string
	a    *article.Article
	an   *article.Analysis
	date string // published, as the gold file says
}

type seedGold struct {
	Documents map[string]struct {
		Published *string `json:"published"`
	} `json:"documents"`
	Events      [][]string `json:"events"`
	Storylines  [][]string `json:"storylines"`
	DerivedFrom []struct {
		Article string `json:"article"`
		Source  string `json:"source"`
	} `json:"derived_from"`
}

// loadSeeds reads the five seed articles, stripping the scraped wire date field and credit
// line that ingest will turn into metadata.
func loadSeeds(t testing.TB) []seed {
	t.Helper()
	dir := testenv.SharedFile(t, "corpus/seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s: %v", dir, err)
	}
	sort.Strings(files)
	var out []seed
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := seedDateLine.ReplaceAllString(string(raw), "")
		text = seedCreditLine.ReplaceAllString(text, "")
		id := filepath.Base(f)
		a, an := makeArticle(id, text)
		out = append(out, seed{id: id, a: a, an: an})
	}
	return out
}

func mustTime(t testing.TB, s string) (time.Time, article.Precision) {
	t.Helper()
	tm, p := article.ParsePublished(s)
	if p == article.PrecisionNone {
		t.Fatalf("bad date %q", s)
	}
	return tm, p
}
