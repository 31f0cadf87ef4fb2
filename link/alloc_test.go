package link

import (
	"testing"

	"crosscheck/article"
)

// hashPair hashes the shingle "a b" without making it: the same hash as the string.
func TestHashPairIsHashOfJoined(t *testing.T) {
	for _, c := range [][2]string{
		{"haus", "brand"}, {"", "x"}, {"x", ""}, {"", ""}, {"#12", "@müller"}, {"straße", "größer"},
	} {
		if got, want := hashPair(c[0], c[1]), hashString(c[0]+" "+c[1]); got != want {
			t.Errorf("hashPair(%q, %q) = %x, hashString of the joined string %x", c[0], c[1], got, want)
		}
	}
	if hashPair("a b", "c") != hashPair("a", "b c") {
		t.Error("hashPair is not the hash of the joined string: its two splits differ")
	}
}

// Each sentence's local terms point at the same terms in vocab, found by search.
func TestLocalIndexesAreVocabPositions(t *testing.T) {
	f := &docFeat{all: map[string]int{}}
	for _, terms := range [][]string{
		{"abend", "haus", "zug"}, nil, {"haus"}, {"#3", "@anna", "abend", "brand", "zug"}, {"zzz"},
	} {
		f.sents = append(f.sents, sentFeat{terms: terms})
		for _, x := range terms {
			f.all[x]++
		}
	}
	f.index()
	for i, s := range f.sents {
		if len(f.local[i]) != len(s.terms) {
			t.Fatalf("sentence %d: %d local terms, %d terms", i, len(f.local[i]), len(s.terms))
		}
		for k, x := range s.terms {
			if got := f.vocab[f.local[i][k]]; got != x {
				t.Errorf("sentence %d term %d: vocab gives %q, want %q", i, k, got, x)
			}
		}
	}
	if f.nonEmpty != 4 || f.cnt[0] != 1 {
		t.Errorf("nonEmpty %d (want 4), count of %q %d (want 1)", f.nonEmpty, f.vocab[0], f.cnt[0])
	}
}

// sameWords counts shared word bigrams, each as often as both texts have it.
func TestSameWordsBigrams(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"der zug fuhr ab", "der zug fuhr ab", true},
		{"der zug fuhr heute ab", "der zug fuhr gestern ab", false},
		{"a b c d e f g h i j k l m n o p q r s t u", "a b c d e f g h i j k l m n o p q r s t x", true},
		// The bigram "a b" twice in one, once in the other: counted once.
		{"a b a b a b", "a b x y z w", false},
		// Words that would join to the same string are still other bigrams.
		{"ab c", "a bc", false},
	} {
		if got := sameWords(c.a, c.b); got != c.want {
			t.Errorf("sameWords(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// anchors ranks a doc's names and numbers, then its long stems, from vocab and counts.
func TestAnchorsFromVocab(t *testing.T) {
	d := &Doc{Article: &article.Article{ID: "a", Text: "x"}, Analysis: &article.Analysis{}}
	f := features(d)
	for _, x := range []string{"#2024", "@berlin", "bahnhofsvorplatz", "zug", "@ab"} {
		f.all[x] = len(x)
	}
	f.index()
	got := anchors(f)
	want := []uint64{hashString("#2024"), hashString("@berlin"), hashString("bahnhofsvorplatz")}
	if len(got) != len(want) {
		t.Fatalf("anchors %x, want the hashes of #2024, @berlin, bahnhofsvorplatz", got)
	}
	seen := map[uint64]bool{}
	for _, h := range got {
		seen[h] = true
	}
	for _, h := range want {
		if !seen[h] {
			t.Errorf("anchors %x lack %x", got, h)
		}
	}
}

// A sentence's terms, gathered with repeats, come out distinct and sorted, empty not nil.
func TestTermSetSorted(t *testing.T) {
	for _, c := range []struct {
		in, want []string
	}{
		{[]string{"zug", "#3", "zug", "@anna", "abend", "#3"}, []string{"#3", "@anna", "abend", "zug"}},
		{[]string{"a"}, []string{"a"}},
		{nil, []string{}},
	} {
		got := termSet(c.in).sorted()
		if got == nil || len(got) != len(c.want) || len(got) != cap(got) {
			t.Fatalf("sorted(%q) = %q (cap %d), want %q", c.in, got, cap(got), c.want)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("sorted(%q) = %q, want %q", c.in, got, c.want)
				break
			}
		}
	}
}
