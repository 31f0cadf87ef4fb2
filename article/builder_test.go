package article

import (
	"reflect"
	"testing"
)

func TestTextBuilder(t *testing.T) {
	var tb TextBuilder
	tb.Add(BlockTitle, "Sturm über Köln")
	tb.Add(BlockParagraph, "Bäume fielen.")
	var a Article
	tb.Fill(&a)
	if a.Text != "Sturm über Köln\n\nBäume fielen." {
		t.Fatalf("Text = %q", a.Text)
	}
	want := []Block{{BlockTitle, 0, 15}, {BlockParagraph, 17, 30}}
	if !reflect.DeepEqual(a.Blocks, want) {
		t.Fatalf("Blocks = %v, want %v", a.Blocks, want)
	}
	r := NewRunes(a.Text)
	if got := r.Slice(a.Blocks[1].Start, a.Blocks[1].End); got != "Bäume fielen." {
		t.Errorf("second block = %q", got)
	}
}
