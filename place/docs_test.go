package place

import (
	"fmt"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang/de"
	"crosscheck/link"
)

// A doc that leaves the cache leaves its Terms behind when its features were made, and only
// then; a new version of the article drops them; a doc held whole has none to give.
func TestDocCacheKeepsTermsOfEvicted(t *testing.T) {
	c := newDocCache(nil, nil)
	pack := de.New()
	doc := func(id string) *link.Doc {
		text := "Die Regierung in Berlin beschloss am Montag ein neues Gesetz zur Rente von " + id + "."
		a := &article.Article{ID: id, Language: "de", Text: text}
		an := &article.Analysis{}
		analyze.Segment(a, an, pack)
		return &link.Doc{Article: a, Analysis: an}
	}
	featured := doc("featured")
	link.MayDerive(featured, featured) // makes its features
	c.put("featured", featured)
	c.put("plain", doc("plain"))
	if _, ok := c.Terms("featured"); ok {
		t.Fatal("Terms of a doc held whole: want false")
	}
	for i := range maxDocs {
		c.put(fmt.Sprint("filler", i), doc(fmt.Sprint("filler", i)))
	}
	if _, ok := c.docs["featured"]; ok {
		t.Fatal("the oldest doc is still held: the test evicts nothing")
	}
	want, _ := featured.Terms()
	if len(want) == 0 {
		t.Fatal("the doc has no terms: the test shows nothing")
	}
	if got, ok := c.Terms("featured"); !ok || len(got) != len(want) {
		t.Errorf("Terms of the evicted featured doc = %v, %v; want %v", got, ok, want)
	}
	if _, ok := c.Terms("plain"); ok {
		t.Error("Terms of an evicted doc never featurised: want false")
	}
	c.put("featured", doc("featured"))
	c.docs = map[string]*docEntry{}
	if _, ok := c.Terms("featured"); ok {
		t.Error("Terms of an earlier version after a new one was put: want false")
	}
}
