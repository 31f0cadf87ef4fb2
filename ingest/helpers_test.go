package ingest

import (
	"strings"
	"testing"

	"crosscheck/article"
)

// checkBlocks asserts the invariants every article must hold: blocks tile the text in order,
// separated by blank lines, none empty; headings and title match their blocks.
func checkBlocks(t testing.TB, a *article.Article) {
	t.Helper()
	rs := article.NewRunes(a.Text)
	pos := 0
	var heads []string
	for i, b := range a.Blocks {
		if i > 0 {
			if got := rs.Slice(pos, b.Start); got != "\n\n" {
				t.Errorf("block %d: separator %q before it", i, got)
			}
		} else if b.Start != 0 {
			t.Errorf("first block starts at %d", b.Start)
		}
		if b.End <= b.Start {
			t.Errorf("block %d empty: %+v", i, b)
		}
		s := rs.Slice(b.Start, b.End)
		if s != strings.TrimSpace(s) || strings.Contains(s, "\n") {
			t.Errorf("block %d %q has outer space or a line break", i, s)
		}
		switch b.Kind {
		case article.BlockHeading:
			heads = append(heads, s)
		case article.BlockTitle:
			if i != 0 || s != a.Title {
				t.Errorf("title block %d = %q, title %q", i, s, a.Title)
			}
		}
		pos = b.End
	}
	if pos != rs.Len() {
		t.Errorf("blocks end at %d, text has %d code points", pos, rs.Len())
	}
	if strings.Join(heads, "\x00") != strings.Join(a.Headings, "\x00") {
		t.Errorf("headings %q differ from heading blocks %q", a.Headings, heads)
	}
}
