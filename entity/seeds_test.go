package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/internal/testenv"
	"crosscheck/lang"
	"crosscheck/lang/de"
)

// seedArticle makes an Article from a seed file: every non-empty line is a paragraph.
func seedArticle(id, raw string) *article.Article {
	a := &article.Article{ID: id, Language: "de"}
	var tb article.TextBuilder
	for _, line := range strings.Split(raw, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			tb.Add(article.BlockParagraph, line)
		}
	}
	tb.Fill(a)
	return a
}

type seedGold struct {
	Entities struct {
		Person       []string `json:"person"`
		Organisation []string `json:"organisation"`
		Place        []string `json:"place"`
		Aliases      []struct {
			Canonical string   `json:"canonical"`
			Forms     []string `json:"forms"`
		} `json:"aliases"`
		NotPersons []string `json:"not_persons"`
	} `json:"entities"`
}

func analyzeSeeds(t *testing.T) (map[string]*article.Article, map[string]*article.Analysis) {
	t.Helper()
	dir := testenv.SharedFile(t, "corpus/seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s: %v", dir, err)
	}
	z := analyze.New(lang.NewRegistry(de.New()), New(nil, Options{}))
	arts := map[string]*article.Article{}
	ans := map[string]*article.Analysis{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := seedArticle(filepath.Base(f), string(raw))
		arts[a.ID] = a
		ans[a.ID] = z.Analyze(a)
	}
	return arts, ans
}

// TestSeeds checks the extractor against what a careful reader finds in the seed articles.
func TestSeeds(t *testing.T) {
	goldPath := testenv.SharedFile(t, "corpus/seeds.gold.json")
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var g seedGold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	arts, ans := analyzeSeeds(t)
	ids := make([]string, 0, len(arts))
	for id := range arts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	found := map[[2]string]bool{}
	for _, id := range ids {
		for _, e := range ans[id].Entities {
			found[[2]string{e.Type, e.Canonical}] = true
		}
	}
	missing := 0
	for _, c := range []struct {
		typ   string
		names []string
	}{{article.EntityPerson, g.Entities.Person}, {article.EntityOrganisation, g.Entities.Organisation}, {article.EntityPlace, g.Entities.Place}} {
		for _, n := range c.names {
			if !found[[2]string{c.typ, n}] {
				t.Errorf("%s %q not found", c.typ, n)
				missing++
			}
		}
	}
	for _, id := range ids {
		for _, e := range ans[id].Entities {
			if e.Type != article.EntityPerson {
				continue
			}
			for _, np := range g.Entities.NotPersons {
				if e.Text == np || e.Canonical == np {
					t.Errorf("%s: %q typed as a person", id, e.Text)
				}
			}
		}
	}
	for _, al := range g.Entities.Aliases {
		for _, form := range al.Forms {
			n := 0
			for _, id := range ids {
				a, an := arts[id], ans[id]
				for _, off := range occurrences(a.Text, form) {
					n++
					ok := false
					for _, e := range an.Entities {
						if e.Start < off+len([]rune(form)) && off < e.End && e.Canonical == al.Canonical {
							ok = true
						}
					}
					if !ok {
						t.Errorf("%s: %q at %d not resolved to %q", id, form, off, al.Canonical)
					}
				}
			}
			if n == 0 {
				t.Logf("alias form %q does not occur in the seeds", form)
			}
		}
	}
	if testing.Verbose() {
		for _, id := range ids {
			var parts []string
			for _, e := range ans[id].Entities {
				parts = append(parts, e.Text+"/"+e.Type[:3]+"/"+e.Canonical+"/"+e.Subtype)
			}
			t.Logf("%s: %s", id, strings.Join(parts, "; "))
		}
	}
}

// occurrences returns the code point offsets of whole-word occurrences of form in text.
func occurrences(text, form string) []int {
	var out []int
	rs := []rune(text)
	fr := []rune(form)
	for i := 0; i+len(fr) <= len(rs); i++ {
		if string(rs[i:i+len(fr)]) != form {
			continue
		}
		if i > 0 && (unicode.IsLetter(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
			continue
		}
		if j := i + len(fr); j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
			continue
		}
		out = append(out, i)
	}
	return out
}
