package entity

import (
	"slices"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
)

// titled makes an article of a headline and paragraphs.
func titled(lang, title string, paras ...string) *article.Article {
	a := &article.Article{ID: "t", Language: lang}
	var tb article.TextBuilder
	tb.Add(article.BlockTitle, title)
	for _, p := range paras {
		tb.Add(article.BlockParagraph, p)
	}
	tb.Fill(a)
	return a
}

// TestTitleCaseHeadline: in a headline written in title case, a name that runs on into the
// verb after it is cut back to what the body writes, and one with a function word inside
// that the body never writes is no name (stop 34, news-en: "Ron DeSantis Admits", "Christian
// Bale Is Not", "Alejandro Announce Their"). A German headline is never read so.
func TestTitleCaseHeadline(t *testing.T) {
	tests := []struct {
		analyzer *analyze.Analyzer
		a        *article.Article
		want     []string // headline mentions
		notWant  []string
	}{
		{englishAnalyzer, titled("en", "Ron Castell Admits He 'Kind Of Likes' The Nickname Given To Him",
			"Governor Ron Castell said he likes the nickname. Castell spoke to reporters."),
			[]string{"Ron Castell"}, []string{"Ron Castell Admits"}},
		{englishAnalyzer, titled("en", "Paul Brenner Is Not Afraid To Change His Body For A Role",
			"The actor Paul Brenner spoke about his work. Brenner is 50."),
			[]string{"Paul Brenner"}, []string{"Paul Brenner Is Not"}},
		// Sentence case: capitals still mark names.
		{englishAnalyzer, titled("en", "Dana Whitfield backs the new stadium plan in Riverton",
			"The mayor spoke on Monday."),
			[]string{"Dana Whitfield"}, nil},
	}
	for _, tc := range tests {
		an := tc.analyzer.Analyze(tc.a)
		var head []string
		for _, e := range an.Entities {
			if e.End <= len([]rune(tc.a.Text)) && e.Start < tc.a.Blocks[0].End {
				head = append(head, e.Text)
			}
		}
		for _, w := range tc.want {
			if !slices.Contains(head, w) {
				t.Errorf("%q: headline mentions %q, want %q among them", tc.a.Text[:40], head, w)
			}
		}
		for _, w := range tc.notWant {
			if slices.Contains(head, w) {
				t.Errorf("%q: headline mentions %q, want no %q", tc.a.Text[:40], head, w)
			}
		}
	}
}
