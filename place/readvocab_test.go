package place

import (
	"context"
	"reflect"
	"testing"
)

// TestReadVocabIsLookup: a placer's first cache reads place_terms whole (readVocab) and then
// knows every term without asking; it gives new and known terms the same ids, counts and
// priors as a cache that looks the terms up, and a cache not allowed to read the table whole
// does not.
func TestReadVocabIsLookup(t *testing.T) {
	ctx := context.Background()
	s := migratedSQLite(t)
	prior := func(k string) float64 { return float64(len(k)) / 10 }
	// A first batch counts terms and writes them.
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := newCache()
	v := newTxVocab(ctx, tx, c)
	for _, keys := range [][]string{{"t:hafen", "t:sturm"}, {"t:flut", "t:hafen"}, {"t:deich"}} {
		if _, err := v.Observe(keys, prior); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.flushTerms(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	type seen struct {
		ids      []uint32
		df       []int64
		prior    []float64
		idf      []float64
		complete bool
	}
	observe := func(readVocab bool) seen {
		tx, err := s.DB().BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		c := newCache()
		c.readVocab = readVocab
		v := newTxVocab(ctx, tx, c)
		keys := []string{"t:alarm", "t:flut", "t:sturm"}
		ids, err := v.Observe(keys, prior)
		if err != nil {
			t.Fatal(err)
		}
		out := seen{ids: ids, complete: c.complete}
		for _, id := range []uint32{1, 2, 3, 4, 5} { // every term, the new one too
			x, err := v.IDF(id) // a term not asked for is read by itself when not known
			if err != nil {
				t.Fatal(err)
			}
			df, _ := c.counts.df(id)
			out.df = append(out.df, df)
			out.prior = append(out.prior, c.counts.prior(id))
			out.idf = append(out.idf, x)
		}
		return out
	}
	read, looked := observe(true), observe(false)
	if !read.complete || looked.complete {
		t.Errorf("complete: %v read whole, %v looked up; want true, false", read.complete, looked.complete)
	}
	read.complete = looked.complete
	if !reflect.DeepEqual(read, looked) {
		t.Errorf("read whole %+v, looked up %+v", read, looked)
	}
	if !reflect.DeepEqual(read.df, []int64{2, 2, 2, 1, 1}) {
		t.Errorf("counts %v: the test shows nothing", read.df)
	}
}
