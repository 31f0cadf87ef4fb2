package main

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func docOf(text string) doc {
	var d doc
	for _, w := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(w)
		d.toks = append(d.toks, strings.ToLower(w))
		d.caps = append(d.caps, unicode.IsUpper(r))
	}
	return d
}

func TestPersonEvidence(t *testing.T) {
	nouns := map[string]bool{"kanzlerin": true, "die": true, "sagte": true, "in": true}
	docs := []doc{docOf("gestern sagte Zorbak Quell in Trelnia , dass Quell bleibt . die Kanzlerin Vima sprach , Vima lachte .")}
	first, last := personEvidence(docs, nouns)
	if first["zorbak"] != 1 || last["quell"] != 1 {
		t.Errorf("first %v last %v, want zorbak as given name and quell as surname", first, last)
	}
	if first["kanzlerin"] != 0 {
		t.Error("a common noun counted as a given name")
	}
}

func TestSplit(t *testing.T) {
	// Two groups of words with disjoint contexts must never share a top-level cluster.
	var vecs []sparse
	for i := 0; i < 40; i++ {
		base := int32(0)
		if i%2 == 1 {
			base = 10
		}
		vecs = append(vecs, sparse{idx: []int32{base + int32(i%5), base + 5}, val: []float32{0.6, 0.8}})
	}
	members := make([]int, len(vecs))
	for i := range members {
		members[i] = i
	}
	paths := make([]string, len(vecs))
	split(vecs, members, "", paths, rand.New(rand.NewPCG(1, 2)))
	group := map[byte]int{}
	for i, p := range paths {
		if p == "" {
			t.Fatalf("word %d has no path", i)
		}
		if g, ok := group[p[0]]; ok && g != i%2 {
			t.Fatalf("top cluster %c holds words of both groups", p[0])
		}
		group[p[0]] = i % 2
	}
}
