package analyze_test

import (
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang/de"
)

// TestVideoPlayerFurniture2000b (issue 12, fresh seed 2000): a site's notice about its video
// player ("Bitte nutze einen anderen Browser, um unseren Videoplayer …") was read as reported
// speech and given by coreference to the person the article names before it. A short paragraph
// about "unseren Videoplayer" is furniture; a longer one reporting on a player is not.
// Sentences we wrote.
func TestVideoPlayerFurniture2000b(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Bitte nutze einen aktuellen Browser, um unseren Videoplayer ohne Störungen sehen zu können!", true},
		{"Der Sender Nordfunk teilte mit, man habe unseren Videoplayer, wie ihn die Zuschauer nennen, im vergangenen Jahr für alle Geräte neu gebaut, nachdem viele Nutzer in Kiel und Lübeck über Störungen bei den Übertragungen der Spiele geklagt hätten und die Zahl der Beschwerden stark gestiegen sei.", false},
	} {
		a := &article.Article{ID: "x", Language: "de", Text: c.text,
			Blocks: []article.Block{{Kind: article.BlockParagraph, Start: 0, End: len([]rune(c.text))}}}
		analyze.MarkFurniture(a, de.New())
		if got := a.Blocks[0].Kind == article.BlockFurniture; got != c.want {
			t.Errorf("%q: furniture %v, want %v", c.text, got, c.want)
		}
	}
}
