package view

import (
	"reflect"
	"testing"

	"crosscheck/story"
)

// TestFragmentsOfOneSentenceOnOneLine: two quoted fragments of one reporter's sentence show
// as that sentence once, each fragment marked; a whole quotation stays as it is.
func TestFragmentsOfOneSentenceOnOneLine(t *testing.T) {
	sentence := story.Statement{Article: "a1", Start: 100, End: 160,
		Text: "Sie sprach von einer „Zäsur“ und nannte den Plan „mutig“."}
	qs := []story.Said{
		{Speaker: "Jana Roth", Text: "Zäsur", Direct: true, Articles: []string{"a1"}, Spans: []story.Span{{Article: "a1", Start: 122, End: 127}}, Context: &sentence},
		{Speaker: "Jana Roth", Text: "Wir reden weiter", Direct: true, Articles: []string{"a2"}, Spans: []story.Span{{Article: "a2", Start: 5, End: 21}}},
		{Speaker: "Jana Roth", Text: "mutig", Direct: true, Articles: []string{"a1", "a3"}, Spans: []story.Span{{Article: "a1", Start: 150, End: 155}, {Article: "a3", Start: 7, End: 12}}, Context: &sentence},
	}
	g := SpeakerGroups(qs)
	if len(g) != 1 || len(g[0].Lines) != 2 {
		t.Fatalf("lines %+v, want the sentence and the whole quotation", g)
	}
	first := g[0].Lines[0]
	want := []Piece{{Text: "Sie sprach von einer "}, {Text: "Zäsur", Quoted: true}, {Text: " und nannte den Plan "}, {Text: "mutig", Quoted: true}, {Text: "."}}
	if !reflect.DeepEqual(first.Pieces, want) {
		t.Errorf("pieces %+v, want %+v", first.Pieces, want)
	}
	if !reflect.DeepEqual(first.Articles, []string{"a1", "a3"}) {
		t.Errorf("articles of the sentence line %q, want both fragments' articles", first.Articles)
	}
	if g[0].Lines[1].Pieces != nil || g[0].Lines[1].Text != "Wir reden weiter" {
		t.Errorf("a whole quotation is shown as it is: %+v", g[0].Lines[1])
	}
}
