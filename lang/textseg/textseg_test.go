package textseg

import (
	"slices"
	"testing"
)

func TestOffsets(t *testing.T) {
	s := "„Ä“ b"
	offs := []int{0, 3, 5, 8, 9, 10}
	Offsets(s, offs)
	if want := []int{0, 1, 2, 3, 4, 5}; !slices.Equal(offs, want) {
		t.Errorf("Offsets = %v, want %v", offs, want)
	}
	ascii := []int{0, 2, 4}
	Offsets("abcd", ascii)
	if !slices.Equal(ascii, []int{0, 2, 4}) {
		t.Errorf("ASCII offsets changed: %v", ascii)
	}
}

func TestSplitterWithoutLists(t *testing.T) {
	sp := NewSplitter(Rules{})
	text := "Ä b. „C. D“, e fg. G h"
	var got []string
	rs := []rune(text)
	for _, s := range sp.Sentences(text) {
		got = append(got, string(rs[s.Start:s.End]))
	}
	want := []string{"Ä b.", "„C. D“, e fg.", "G h"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestStemCache(t *testing.T) {
	calls := 0
	c := NewStemCache(func(s string) string { calls++; return s + "!" }, 32)
	for range 3 {
		if got := c.Stem("a"); got != "a!" {
			t.Fatalf("Stem = %q", got)
		}
	}
	if calls != 1 {
		t.Errorf("stem called %d times, want 1", calls)
	}
}
