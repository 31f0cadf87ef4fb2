package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"crosscheck/article"
	"crosscheck/internal/testenv"
	"crosscheck/lang"
)

type seedGold struct {
	Quotes []struct {
		Article string `json:"article"`
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Partial bool   `json:"partial"`
	} `json:"quotes"`
	NotQuotes []struct {
		Article string `json:"article"`
		Text    string `json:"text"`
	} `json:"not_quotes"`
}

// TestSeeds checks every quote of the seed gold file is found with its speaker, and nothing
// the gold file lists as not a quote is reported.
func TestSeeds(t *testing.T) {
	t.Run("entities", func(t *testing.T) { testSeeds(t, runFull) })
	t.Run("fallback", func(t *testing.T) {
		testSeeds(t, func(a *article.Article, p lang.Pack) *article.Analysis { return run(a, p) })
	})
}

func testSeeds(t *testing.T, analyse func(*article.Article, lang.Pack) *article.Analysis) {
	dir := testenv.SharedFile(t, "corpus/seeds")
	raw, err := os.ReadFile(filepath.Join(testenv.Shared(t), "corpus", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold seedGold
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	got := map[string][]string{} // article -> "text\x00speaker"
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := filepath.Base(f)
		an := analyse(paragraphs(id, string(b)), dePack)
		for _, q := range an.Quotes {
			got[id] = append(got[id], q.Text+"\x00"+q.Speaker)
			if testing.Verbose() {
				cue, src := "", ""
				if q.Cue != nil {
					cue = q.Cue.Text
				}
				if q.Source != nil {
					src = q.Source.Text
				}
				t.Logf("%s direct=%v partial=%v cue=%q source=%q speaker=%q\n    %q", id, q.Direct, q.Partial, cue, src, q.Speaker, q.Text)
			}
		}
	}
	for _, g := range gold.Quotes {
		want := g.Text + "\x00" + g.Speaker
		ok := false
		for _, s := range got[g.Article] {
			if s == want {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: missing quote %q by %q", g.Article, g.Text, g.Speaker)
		}
	}
	for _, n := range gold.NotQuotes {
		for _, s := range got[n.Article] {
			if s[:len(n.Text)+0] == n.Text && (len(s) == len(n.Text) || s[len(n.Text)] == 0) {
				t.Errorf("%s: %q reported as a quote", n.Article, n.Text)
			}
		}
	}
}
