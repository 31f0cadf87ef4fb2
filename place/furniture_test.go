package place

import (
	"testing"

	"crosscheck/article"
	"crosscheck/link"
)

func TestWithoutFurniture(t *testing.T) {
	an := &article.Analysis{Sentences: []article.Sentence{{Start: 0, End: 10, Block: 0}, {Start: 11, End: 20, Block: 1}, {Start: 21, End: 30, Block: 2}}}
	d := &link.Doc{Article: &article.Article{ID: "a"}, Analysis: an}
	got := withoutFurniture(d, map[int]bool{1: true})
	if len(got.Analysis.Sentences) != 2 || got.Analysis.Sentences[0].Block != 0 || got.Analysis.Sentences[1].Block != 2 {
		t.Errorf("sentences %+v, want blocks 0 and 2", got.Analysis.Sentences)
	}
	if len(d.Analysis.Sentences) != 3 {
		t.Errorf("the cached doc lost sentences: %+v", d.Analysis.Sentences)
	}
	if withoutFurniture(d, nil) != d {
		t.Error("no furniture should give the doc itself")
	}
}
