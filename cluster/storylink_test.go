package cluster

import "testing"

// TestLinkStorylines builds three single-event storylines by hand: the third event shares
// two characteristic features with the first and one with the second, so only the first
// and third storylines merge, into the earlier one.
func TestLinkStorylines(t *testing.T) {
	vec := func(ids ...uint32) sparse {
		s := sparse{}
		for _, id := range ids {
			s.IDs = append(s.IDs, id)
			s.W = append(s.W, 1)
		}
		return s
	}
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
