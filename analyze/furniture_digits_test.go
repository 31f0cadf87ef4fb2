package analyze_test

import (
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang/de"
)

// TestMarkFurniture: a paragraph holding a phrase of the pack's furniture list, and no longer
// than the phrase allows, is furniture; digits in a phrase stand for any digit, so a video's
// caption ("… Dauer 1:34 min …") is furniture whatever its length of play. Sentences we wrote.
func TestMarkFurnitureDigits(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Neues Rathaus in Neustadt eröffnet Dauer 0:45 min Der Bürgermeister schnitt am Morgen das Band durch.", true},
		{"Nachrichten 3.5.2024 Stadtrat beschließt Haushalt Dauer 12:05 min Der Stadtrat von Neustadt hat den Haushalt beschlossen.", true},
		{"Die Dauer der Sitzung des Stadtrats von Neustadt betrug am Ende 45 Minuten.", false},
		{"Der Stadtrat von Neustadt hat am Dienstag den neuen Haushalt beschlossen.", false},
	} {
		a := &article.Article{ID: "x", Language: "de", Text: c.text,
			Blocks: []article.Block{{Kind: article.BlockParagraph, Start: 0, End: len([]rune(c.text))}}}
		analyze.MarkFurniture(a, de.New())
		if got := a.Blocks[0].Kind == article.BlockFurniture; got != c.want {
			t.Errorf("%q: furniture %v, want %v", c.text, got, c.want)
		}
	}
}
