package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"crosscheck/internal/testenv"
)

// goldDoc is the part of seeds.gold.json "documents" that ingest must reproduce.
type goldDoc struct {
	Title     *string  `json:"title"`
	Published *string  `json:"published"`
	Section   *string  `json:"section"`
	Tags      []string `json:"tags"`
	Credits   []string `json:"credits"`
	Headings  []string `json:"headings"`
	Noise     []string `json:"noise"`
}

func TestSeedsMatchGold(t *testing.T) {
	shared := testenv.Shared(t)
	raw, err := os.ReadFile(filepath.Join(shared, "corpus", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents map[string]goldDoc `json:"documents"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	if len(gold.Documents) == 0 {
		t.Fatal("no documents in gold file")
	}
	for name, g := range gold.Documents {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(shared, "corpus", "seeds", name))
			if err != nil {
				t.Fatal(err)
			}
			a, err := FromText(name, string(data))
			if err != nil {
				t.Fatal(err)
			}
			str := func(p *string) string {
				if p == nil {
					return ""
				}
				return *p
			}
			if a.ID != name {
				t.Errorf("id = %q", a.ID)
			}
			if a.Title != str(g.Title) {
				t.Errorf("title = %q, want %q", a.Title, str(g.Title))
			}
			if a.Published != str(g.Published) {
				t.Errorf("published = %q, want %q", a.Published, str(g.Published))
			}
			if a.Section != str(g.Section) {
				t.Errorf("section = %q, want %q", a.Section, str(g.Section))
			}
			eq := func(what string, got, want []string) {
				if len(got) == 0 && len(want) == 0 {
					return
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %q, want %q", what, got, want)
				}
			}
			eq("tags", a.Tags, g.Tags)
			eq("credits", a.Credits, g.Credits)
			eq("headings", a.Headings, g.Headings)
			for _, n := range g.Noise {
				if strings.Contains(a.Text, n) {
					t.Errorf("noise %q left in text", n)
				}
			}
			if a.Title != "" {
				if c := strings.Count(a.Text, a.Title); c != 1 {
					t.Errorf("title occurs %d times in text", c)
				}
				if a.Blocks[0].Kind != "title" || !strings.HasPrefix(a.Text, a.Title) {
					t.Errorf("first block %+v is not the title", a.Blocks[0])
				}
			}
			checkBlocks(t, a)
		})
	}
}
