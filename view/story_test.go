package view_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"crosscheck/app"
	"crosscheck/demo"
	"crosscheck/story"
	"crosscheck/view"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// demoStory builds the demo's storyline s1.
func demoStory(t *testing.T) *story.Story {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := demo.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	s, err := app.OpenStore(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e, err := app.Engine(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if _, fails, err := e.Run(ctx, []string{dir}, nil); err != nil || len(fails) > 0 {
		t.Fatalf("ingest: %v %v", err, fails)
	}
	r, err := app.StoryReader(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	st, err := r.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./view -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./view -update rewrites it after a deliberate change):\n%s", name, got)
	}
}

// TestStoryGolden renders the demo storyline as text, Markdown and JSON.
func TestStoryGolden(t *testing.T) {
	st := demoStory(t)
	var txt, md bytes.Buffer
	view.WriteStory(&txt, st, false)
	view.WriteStory(&md, st, true)
	js, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "demo-s1.txt", txt.Bytes())
	golden(t, "demo-s1.md", md.Bytes())
	golden(t, "demo-s1.json", append(js, '\n'))
	checkMarkdown(t, md.Bytes(), st)
}

// checkMarkdown parses the Markdown as CommonMark: no code blocks or raw HTML, headings that
// never skip a level, and every summary sentence back as the text of one list item.
func checkMarkdown(t *testing.T, src []byte, st *story.Story) {
	t.Helper()
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	last := 0
	items := map[string]bool{}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock, *ast.RawHTML, *ast.CodeSpan:
			t.Errorf("markdown has a %s: %q", n.Kind(), nodeText(n, src))
		case *ast.Heading:
			if v.Level > last+1 {
				t.Errorf("heading level %d after %d: %q", v.Level, last, nodeText(n, src))
			}
			last = v.Level
		case *ast.ListItem:
			items[nodeText(n, src)] = true
		}
		return ast.WalkContinue, nil
	})
	for _, c := range st.Summary {
		want := c.Text + " [" + strings.Join(c.Sources, ", ") + "]"
		if !items[want] {
			t.Errorf("summary sentence not one list item: %q", want)
		}
	}
}

// nodeText is the text of a node as a reader sees it (escapes resolved).
func nodeText(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := c.(type) {
		case *ast.Text:
			b.Write(util.UnescapePunctuations(v.Segment.Value(src)))
			if v.SoftLineBreak() || v.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(v.Value)
		case *ast.List:
			if c != n {
				return ast.WalkSkipChildren, nil
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

func TestMarkdownEscape(t *testing.T) {
	for in, want := range map[string]string{
		"14. Oktober":       `14\. Oktober`,
		"- Punkt":           `\- Punkt`,
		"a *b* [c](d) <e>":  `a \*b\* \[c\](d) \<e\>`,
		"# Titel":           `\# Titel`,
		"1) eins":           `1\) eins`,
		"Zeile\nzwei":       "Zeile zwei",
		"Fluss_name `code`": "Fluss\\_name \\`code\\`",
	} {
		if got := view.MarkdownEscape(in); got != want {
			t.Errorf("MarkdownEscape(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestQuotedMarks: a direct quotation is written in the story's marks, without the comma an
// English quotation closes on; without marks it takes the German ones; reported speech is
// never quoted.
func TestQuotedMarks(t *testing.T) {
	tests := []struct {
		text   string
		direct bool
		marks  []string
		want   string
	}{
		{"He has to face the consequences,", true, []string{"“", "”"}, "“He has to face the consequences”"},
		{"„Wir bleiben hier“", true, []string{"„", "“"}, "„Wir bleiben hier“"},
		{"Wir bleiben hier", true, nil, "„Wir bleiben hier“"},
		{"er bleibe hier", false, []string{"“", "”"}, "er bleibe hier"},
	}
	for _, tc := range tests {
		if got := view.Quoted(story.Said{Text: tc.text, Direct: tc.direct}, tc.marks); got != tc.want {
			t.Errorf("Quoted(%q, %v) = %q, want %q", tc.text, tc.marks, got, tc.want)
		}
	}
}

func TestCount(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 articles"}, {1, "1 article"}, {2, "2 articles"}, {11, "11 articles"}} {
		if got := view.Count(c.n, "article", "articles"); got != c.want {
			t.Errorf("Count(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
