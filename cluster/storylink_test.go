package cluster

import (
	"reflect"
	"testing"
)

// TestLinkStorylines builds three single-event storylines by hand: the third event shares
// two characteristic features with the first and one with the second, so only the first
// and third storylines merge, into the earlier one.
func TestLinkStorylines(t *testing.T) {
	vec := func(ids ...uint32) sparse { return weighted(1, ids...) }
	tests := []struct {
		name      string
		third     sparse
		wantFirst int32 // storyline the third event ends in
		wantOther int32 // storyline the second event ends in
	}{
		{"two shared with first", vec(0, 1, 7, 8), 0, 1},
		{"one shared with each", vec(0, 4, 7, 8), 2, 1},
		{"nothing shared", vec(7, 8, 9), 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(Options{})
			c.st.Vocab = []string{"t:a", "t:b", "t:c", "t:d", "t:e", "t:f", "t:g", "t:h", "t:i", "t:j"}
			for _, cent := range []sparse{vec(0, 1, 2, 3), vec(4, 5, 6), tt.third} {
				ai := int32(len(c.st.Articles))
				c.st.Articles = append(c.st.Articles, artRec{Event: -1, Vec: cent, Norm: float32(cent.norm())})
				e := c.newEvent()
				c.attach(ai, e, cent)
				c.joinStoryline(e, -1)
				c.linkStorylines(e)
			}
			if got := c.aliveStory(c.st.Events[2].Story); got != tt.wantFirst {
				t.Errorf("third event in storyline %d, want %d", got, tt.wantFirst)
			}
			if got := c.aliveStory(c.st.Events[1].Story); got != tt.wantOther {
				t.Errorf("second event in storyline %d, want %d", got, tt.wantOther)
			}
			if got := c.aliveStory(c.st.Events[0].Story); got != 0 {
				t.Errorf("first event in storyline %d, want 0", got)
			}
		})
	}
}

// TestResolveStoryShortensChains: a chain of merged storylines resolves to the survivor and
// afterwards every storyline on it points there directly; a survivor resolves to itself.
func TestResolveStoryShortensChains(t *testing.T) {
	c := New(Options{})
	// 3 -> 2 -> 1 -> 0, and 4 alive on its own.
	for _, m := range []int32{-1, 0, 1, 2, -1} {
		c.st.Stories = append(c.st.Stories, story{Merged: m})
	}
	tests := []struct {
		from, want int32
	}{{3, 0}, {2, 0}, {0, 0}, {4, 4}, {-1, -1}}
	for _, tt := range tests {
		if got := c.resolveStory(tt.from); got != tt.want {
			t.Errorf("resolveStory(%d) = %d, want %d", tt.from, got, tt.want)
		}
	}
	for s, want := range []int32{-1, 0, 0, 0, -1} {
		if got := c.st.Stories[s].Merged; got != want {
			t.Errorf("storyline %d merged into %d after resolving, want %d", s, got, want)
		}
	}
}

// TestLongStorylineMerge: a storyline too long to rebuild article by article still takes in
// a storyline linked to it, with all events, the time span of both and a profile that holds
// the linked event's features.
func TestLongStorylineMerge(t *testing.T) {
	c := New(Options{})
	const n = storyRebuildArticles + 10
	for i := 0; i < 50; i++ {
		c.st.Vocab = append(c.st.Vocab, "t:x")
	}
	vec := func(ids ...uint32) sparse { return weighted(0.5, ids...) }
	place := func(v sparse, lo int64) int32 {
		ai := int32(len(c.st.Articles))
		c.st.Articles = append(c.st.Articles, artRec{Event: -1, Vec: v, Norm: float32(v.norm()), Lo: lo, Hi: lo, HasTime: true})
		e := c.newEvent()
		c.attach(ai, e, v)
		return e
	}
	// The long storyline: n events about features 0..3, all joined to the first.
	first := place(vec(0, 1, 2, 3), 1000)
	c.joinStoryline(first, -1)
	for i := 1; i < n; i++ {
		e := place(vec(0, 1, 2, 3), 1000+int64(i))
		c.joinStoryline(e, 0)
	}
	// A second storyline that does not share enough to be linked.
	other := place(vec(10, 11, 12, 13), 5000)
	c.joinStoryline(other, -1)
	// A third one that shares with both: it links the other into the long one.
	third := place(vec(0, 1, 10, 11, 20), 6000)
	c.joinStoryline(third, -1)
	c.linkStorylines(third)

	if got := c.aliveStory(c.st.Events[third].Story); got != 0 {
		t.Fatalf("linking event in storyline %d, want 0", got)
	}
	sls := c.Storylines()
	if len(sls) != 1 {
		t.Fatalf("%d storylines, want 1", len(sls))
	}
	if got := len(sls[0].Events); got != n+2 {
		t.Errorf("%d events in the merged storyline, want %d", got, n+2)
	}
	st := c.st.Stories[0]
	if st.Lo != 1000 || st.Hi != 6000 {
		t.Errorf("storyline spans %d..%d, want 1000..6000", st.Lo, st.Hi)
	}
	has := map[uint32]bool{}
	for _, id := range st.Profile.IDs {
		has[id] = true
	}
	for _, id := range []uint32{0, 10, 20} {
		if !has[id] {
			t.Errorf("merged profile lacks feature %d: %v", id, st.Profile.IDs)
		}
	}
}

// TestTruncateKeepsHeaviest: the heaviest entries survive, ties go to the lower id, and the
// result stays sorted by id.
func TestTruncateKeepsHeaviest(t *testing.T) {
	s := sparse{IDs: []uint32{1, 3, 5, 7, 9}, W: []float32{0.2, 0.9, 0.2, 0.5, 0.1}}
	tests := []struct {
		k    int
		want []uint32
	}{{1, []uint32{3}}, {2, []uint32{3, 7}}, {3, []uint32{1, 3, 7}}, {9, []uint32{1, 3, 5, 7, 9}}}
	for _, tt := range tests {
		got := s.truncate(tt.k)
		if !reflect.DeepEqual(got.IDs, tt.want) {
			t.Errorf("truncate(%d) = %v, want %v", tt.k, got.IDs, tt.want)
		}
	}
}

// weighted is a feature vector holding ids, each with weight w.
func weighted(w float32, ids ...uint32) sparse {
	s := sparse{}
	for _, id := range ids {
		s.IDs = append(s.IDs, id)
		s.W = append(s.W, w)
	}
	return s
}
