package link

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"crosscheck/article"
	"crosscheck/internal/gnad"
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

// batchKeys is memKeys looked up many keys at once, the keys in ascending order as a table
// compares them (signed), each key's ids the latest filed first: what the placement's table
// gives. refKeys gives the ids as refs too.
type batchKeys struct{ *memKeys }

func (b batchKeys) EachKeys(kind uint8, keys []uint64, limit int, fn func(key uint64, id string)) error {
	order := slices.Clone(keys)
	slices.SortFunc(order, func(x, y uint64) int { return cmp.Compare(int64(x), int64(y)) })
	order = slices.Compact(order)
	for _, k := range order {
		if err := b.EachKey(kind, k, limit, func(id string) { fn(k, id) }); err != nil {
			return err
		}
	}
	return nil
}

func (b batchKeys) CountKeys(kind uint8, keys []uint64) (map[uint64]int, error) {
	out := map[uint64]int{}
	for _, k := range keys {
		if n, _ := b.CountKey(kind, k, 1<<30); n > 0 {
			out[k] = n
		}
	}
	return out, nil
}

type refKeys struct{ batchKeys }

func (r refKeys) EachKeyRefs(kind uint8, keys []uint64, limit int, fn func(key uint64, ref int32)) error {
	return r.EachKeys(kind, keys, limit, func(key uint64, id string) { fn(key, int32(r.byID[id])) })
}

func (r refKeys) RefID(ref int32) string { return r.ids[ref] }

// The candidate search tallies postings by ref where the keys give refs: the same
// candidates, in the same order, search after search.
func TestCandidatesByRefAreByID(t *testing.T) {
	mem := NewIndex().mem
	byID, byRef := NewIndexOn(batchKeys{mem}), NewIndexOn(refKeys{batchKeys{mem}})
	var sigs []Signature
	for i, text := range gnad.Texts(t, 150) {
		d := docFromLines(fmt.Sprintf("g%03d", i), text)
		sigs = append(sigs, NewSignature(d))
	}
	for _, d := range linkPathDocs() {
		sigs = append(sigs, NewSignature(d))
	}
	found := 0
	for i, sig := range sigs {
		want, err := byID.Candidates(sig)
		if err != nil {
			t.Fatal(err)
		}
		got, err := byRef.Candidates(sig)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("search %d: candidates by ref %v, by id %v", i, got, want)
		}
		found += len(want)
		if err := byID.Add(fmt.Sprintf("a%03d", i), sig); err != nil {
			t.Fatal(err)
		}
	}
	if found == 0 {
		t.Fatal("no candidates: the test shows nothing")
	}
}
