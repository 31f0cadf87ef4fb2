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

func TestSite(t *testing.T) {
	for _, tc := range []struct{ url, source, want string }{
		{"https://www.Zeitung.example/sport/a", "Zeitung", "zeitung.example"},
		{"https://blatt.example:8443/x", "", "blatt.example"},
		{"", " Nordblick ", "nordblick"},
		{"not a url", "dpa", "dpa"},
	} {
		a := &Article{URL: tc.url, Source: tc.source}
		if got := a.Site(); got != tc.want {
			t.Errorf("Site(%q, %q) = %q, want %q", tc.url, tc.source, got, tc.want)
		}
	}
}
