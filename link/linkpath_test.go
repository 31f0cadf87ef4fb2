package link

import (
	"reflect"
	"strings"
	"testing"

	"crosscheck/article"
)

// linkPathDocs are articles made of the test sentences in different mixes: copies,
// rewrites, rewrites with additions, and pairs that share a sentence or nothing.
func linkPathDocs() []*Doc {
	mixes := [][]string{
		{sKursk, sWinter, sGuterres, sLawrow},
		{sKurskRew, sWinter, sGuterres, sLawrow},
		{sKursk, sWinter, sGuterres, sLawrow, sPutin, sAdded},
		{sKurskRew, sWinter},
		{sLawrow, sPutin, sAdded},
		{sAdded, sGuterres},
		{sPutin},
		{sWinter + " " + sKursk, sGuterres},
	}
	var out []*Doc
	for k, m := range mixes {
		out = append(out, docFromLines(string(rune('a'+k)), "date 2024-05-0"+string(rune('1'+k))+"\n"+strings.Join(m, "\n")))
	}
	return out
}

// The linker's comparisons skip making the result where the strict alignment shows two
// articles unrelated: what it reads instead (stats) must be what related reads of the
// result, to the bit, and the derivation found the same as Compare's.
func TestStatsAreTheResultsStats(t *testing.T) {
	docs := linkPathDocs()
	nRelated, nUnrelated := 0, 0
	for _, a := range docs {
		for _, b := range docs {
			fa, fb := a.cached(), b.cached()
			for _, relaxed := range []bool{false, true} {
				al := &aligner{}
				al.reset(fa, fb)
				al.relaxed = relaxed
				al.weights()
				al.scoreAll()
				al.choose()
				if got, want := al.stats(), statsOf(al.result()); got != want {
					t.Errorf("%s/%s relaxed %v: stats %+v, result's %+v", a.id(), b.id(), relaxed, got, want)
				}
			}
			full, quick := compareFeat(a, b, fa, fb, true), compareFeat(a, b, fa, fb, false)
			if !reflect.DeepEqual(full.Derived, quick.Derived) {
				t.Errorf("%s/%s: derivation %+v, the linker's %+v", a.id(), b.id(), full.Derived, quick.Derived)
			}
			if related(full, fa, fb) {
				nRelated++
			} else {
				nUnrelated++
			}
		}
	}
	if nRelated == 0 || nUnrelated == 0 {
		t.Fatalf("%d related and %d unrelated pairs: the test shows too little", nRelated, nUnrelated)
	}
}

// A compact doc compares as the doc it stands for, and wordCount reads the features as it
// read the tokens.
func TestCompactComparesAsTheDoc(t *testing.T) {
	docs := linkPathDocs()
	derived := 0
	for _, a := range docs {
		for _, b := range docs {
			want := Compare(a, b)
			bc := b.Compact()
			if bc.Analysis == nil || len(bc.Analysis.Tokens) != 0 {
				t.Fatal("a compact doc keeps tokens, or has no analysis")
			}
			got := compareFeat(a, bc, a.cached(), bc.cached(), true)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s/%s: compact candidate compares as %+v, the doc as %+v", a.id(), b.id(), got, want)
			}
			if want.Derived != nil {
				derived++
			}
		}
	}
	if derived == 0 {
		t.Fatal("no derivation: the test shows too little")
	}
	for _, d := range docs {
		an, f := d.Analysis, d.cached()
		for si, s := range an.Sentences {
			n := 0
			for _, t := range an.Tokens[s.TokStart:s.TokEnd] {
				if t.Kind != article.TokPunct {
					n++
				}
			}
			if got := wordCount(f, si); got != n {
				t.Errorf("%s sentence %d: wordCount %d, tokens %d", d.id(), si, got, n)
			}
		}
	}
	if _, err := NewLinker(nil, memDocs{}).Link(docs[0].Compact()); err == nil {
		t.Error("Link linked a compact doc")
	}
}
