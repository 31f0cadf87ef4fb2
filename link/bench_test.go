package link

import (
	"flag"
	"fmt"
	"math"
	"math/rand"
	"runtime"
	"strings"
	"testing"

	"crosscheck/article"
	"crosscheck/internal/gnad"
)

var bigIndex = flag.Bool("link.big", false, "also benchmark lookups in an index of 1M articles (slow to build, ~1 GB)")

// gnadDocs reads up to n 10kGNAD articles as analysed docs.
func gnadDocs(tb testing.TB, n int) []*Doc {
	tb.Helper()
	var out []*Doc
	for i, t := range gnad.Texts(tb, n) {
		out = append(out, analyseDoc(&article.Article{ID: fmt.Sprintf("g%04d", i), Language: "de", Text: t}))
	}
	return out
}

// BenchmarkCompare aligns each article with a rewrite of itself (every third sentence
// dropped, the rest reversed): alignment time per article.
func BenchmarkCompare(b *testing.B) {
	docs := gnadDocs(b, 200)
	var rws []*Doc
	bytesTotal := 0
	for _, d := range docs {
		r := article.NewRunes(d.Article.Text)
		var keep []string
		for i, s := range d.Analysis.Sentences {
			if i%3 != 2 {
				keep = append([]string{r.Slice(s.Start, s.End)}, keep...)
			}
		}
		rws = append(rws, docFromLines(d.Article.ID+"r", strings.Join(keep, "\n")))
		bytesTotal += len(d.Article.Text)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(docs)
		Compare(rws[k], docs[k])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(bytesTotal)/float64(len(docs))*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
}

// BenchmarkAlign aligns pairs of different 10kGNAD articles that pass the linker's cheap
// vocabulary test (mayDerive), with their features made beforehand, as the linker meets
// them: on a real stream most aligned candidates share a topic but derive from nothing.
func BenchmarkAlign(b *testing.B) {
	docs := gnadDocs(b, 400)
	type pair struct{ a, b *Doc }
	var pairs []pair
	for i, x := range docs {
		for _, y := range docs[i+1:] {
			if MayDerive(x, y) {
				pairs = append(pairs, pair{x, y})
			}
		}
	}
	if len(pairs) == 0 {
		b.Skip("no pair of articles shares enough terms")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pairs[i%len(pairs)]
		compareFeat(p.a, p.b, p.a.cached(), p.b.cached(), true)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkSignature: signature computation per article.
func BenchmarkSignature(b *testing.B) {
	docs := gnadDocs(b, 200)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		NewSignature(docs[i%len(docs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// synth makes synthetic signatures fast: each synthetic article is 12 sentences drawn from
// 10kGNAD, its shingles and anchors the union of its sentences' (precomputed).
type synth struct {
	shingles [][]uint64
	anchors  [][]uint64
}

func newSynth(tb testing.TB) *synth {
	s := &synth{}
	for _, d := range gnadDocs(tb, 1100) {
		f := features(d)
		for si := range d.Analysis.Sentences {
			one := &Doc{Article: d.Article, Analysis: &article.Analysis{Sentences: d.Analysis.Sentences[si : si+1], Tokens: d.Analysis.Tokens}}
			sh := shingleHashes(one)
			if len(sh) == 0 {
				continue
			}
			sf := &docFeat{all: map[string]int{}}
			for _, t := range f.sents[si].terms {
				sf.all[t]++
			}
			s.shingles = append(s.shingles, sh)
			s.anchors = append(s.anchors, anchors(sf))
		}
	}
	return s
}

func (s *synth) signature(rng *rand.Rand) Signature {
	sig := Signature{Mins: make([]uint32, numHashes)}
	for k := range sig.Mins {
		sig.Mins[k] = math.MaxUint32
	}
	seen := map[uint64]bool{}
	for range 12 {
		j := rng.Intn(len(s.shingles))
		for _, h := range s.shingles[j] {
			for k := range numHashes {
				if v := permute(h, k); v < sig.Mins[k] {
					sig.Mins[k] = v
				}
			}
		}
		for _, a := range s.anchors[j] {
			if len(seen) < maxAnchors && !seen[a] {
				seen[a] = true
				sig.Anchors = append(sig.Anchors, a)
			}
		}
	}
	return sig
}

// BenchmarkLookup measures Index.Candidates with 10k, 100k (and with -link.big 1M) synthetic
// articles indexed, and the memory each indexed article takes.
func BenchmarkLookup(b *testing.B) {
	s := newSynth(b)
	sizes := []int{10_000, 100_000}
	if *bigIndex {
		sizes = append(sizes, 1_000_000)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			rng := rand.New(rand.NewSource(1))
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			idx := NewIndex()
			for i := range n {
				idx.Add(fmt.Sprintf("a%07d", i), s.signature(rng))
			}
			runtime.GC()
			runtime.ReadMemStats(&after)
			perArticle := float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
			queries := make([]Signature, 256)
			for i := range queries {
				queries[i] = s.signature(rng)
			}
			b.ReportAllocs()
			b.ResetTimer()
			cands := 0
			for i := 0; i < b.N; i++ {
				cs, _ := idx.Candidates(queries[i%len(queries)])
				cands += len(cs)
			}
			b.ReportMetric(perArticle, "B/indexed")
			b.ReportMetric(float64(cands)/float64(b.N), "candidates/op")
			runtime.KeepAlive(idx)
		})
	}
}
