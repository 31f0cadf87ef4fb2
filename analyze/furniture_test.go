package analyze

import (
	"strings"
	"testing"

	"crosscheck/article"
	"crosscheck/lang/de"
)

// A paragraph is furniture when it holds a phrase of the list and is no longer than that
// phrase allows: each phrase by its own limit, whatever the others allow.
func TestMarkFurnitureLimits(t *testing.T) {
	filler := func(n int) string { return strings.TrimSpace(strings.Repeat("wort ", n)) }
	cases := []struct {
		para string
		want bool
	}{
		{"Mit dem Laden des Inhalts geben Sie Ihre Einwilligung. " + filler(50), true},  // 58 words, limit 60
		{"Mit dem Laden des Inhalts geben Sie Ihre Einwilligung. " + filler(55), false}, // 63 words
		{"An dieser Stelle finden Sie externen Inhalt. " + filler(80), true},            // 87 words, limit 90
		{"An dieser Stelle finden Sie externen Inhalt. " + filler(90), false},           // 97 words
		{"Die Regierung beschloss am Montag ein Gesetz.", false},
	}
	for _, c := range cases {
		var tb article.TextBuilder
		tb.Add(article.BlockTitle, "Titel")
		tb.Add(article.BlockParagraph, c.para)
		a := &article.Article{Language: "de"}
		tb.Fill(a)
		n := MarkFurniture(a, de.New())
		if got := a.Blocks[1].Kind == article.BlockFurniture; got != c.want || n != map[bool]int{true: 1}[c.want] {
			t.Errorf("%.50q…: furniture %v (%d marked), want %v", c.para, got, n, c.want)
		}
	}
}
