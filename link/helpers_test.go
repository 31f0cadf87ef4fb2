package link

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang/de"
	_ "crosscheck/lang/en" // its number words, as in the binary
)

var testPack = de.New()

var (
	dateLine   = regexp.MustCompile(`^date (\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*`)
	creditTail = regexp.MustCompile(`\s*\(([a-zA-Z]+(?:/[a-zA-Z]+)*)\)\s*$`)
)

// docFromLines stands in for ingest: each non-empty line is a paragraph; a leading
// "date YYYY-MM" field becomes the date, a trailing "(dts/dpa/red)" the credits, and a
// trailing "- Themen:" list the tags.
func docFromLines(id, text string) *Doc {
	a := &article.Article{ID: id, Language: "de"}
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		if m := dateLine.FindStringSubmatch(lines[0]); m != nil {
			a.Published = m[1]
			lines[0] = strings.TrimSpace(lines[0][len(m[0]):])
		}
	}
	for k, l := range lines {
		if strings.HasPrefix(l, "- ") && strings.HasSuffix(l, ":") {
			for _, t := range lines[k+1:] {
				a.Tags = append(a.Tags, strings.TrimPrefix(strings.TrimPrefix(t, "- "), "#"))
			}
			lines = lines[:k]
			break
		}
	}
	if n := len(lines); n > 0 {
		if m := creditTail.FindStringSubmatch(lines[n-1]); m != nil {
			for _, c := range strings.Split(m[1], "/") {
				if c != "red" {
					a.Credits = append(a.Credits, c)
				}
			}
			lines[n-1] = strings.TrimSpace(lines[n-1][:len(lines[n-1])-len(m[0])])
		}
	}
	var tb article.TextBuilder
	for _, l := range lines {
		tb.Add(article.BlockParagraph, l)
	}
	tb.Fill(a)
	return analyseDoc(a)
}

func analyseDoc(a *article.Article) *Doc {
	an := &article.Analysis{}
	analyze.Segment(a, an, testPack)
	return &Doc{Article: a, Analysis: an}
}

func readSeed(t testing.TB, dir, name string) *Doc {
	t.Helper()
	b, err := os.ReadFile(dir + "/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return docFromLines(name, string(b))
}
