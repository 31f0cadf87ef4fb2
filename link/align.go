package link

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

// Alignment statuses, as CONTRACT.md "compare" names them.
const (
	StatusSame     = "same"
	StatusReworded = "reworded"
	StatusAdded    = "added"   // only in a
	StatusDropped  = "dropped" // only in b
)

// Pair is one row of an alignment: sentence A of article a with sentence B of article b, or
// one of them alone (B == -1: added; A == -1: dropped). Offsets are code points into each
// article's text, for the terminal and web views; they are not part of the JSON.
type Pair struct {
	A, B         int // sentence indexes, -1 when absent
	Status       string
	Score        float64
	AStart, AEnd int
	BStart, BEnd int
}

// MarshalJSON writes the contract's {"a":i,"b":j|null,"status":...,"score":...}; the score is
// left out for added and dropped sentences.
func (p Pair) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteString(`{"a":`)
	writeIndex(&b, p.A)
	b.WriteString(`,"b":`)
	writeIndex(&b, p.B)
	b.WriteString(`,"status":`)
	st, err := json.Marshal(p.Status) // strconv.Quote writes Go escapes ("\x7f") that are no JSON
	if err != nil {
		return nil, err
	}
	b.Write(st)
	if p.A >= 0 && p.B >= 0 {
		b.WriteString(`,"score":`)
		b.WriteString(strconv.FormatFloat(round3(p.Score), 'f', -1, 64))
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// UnmarshalJSON reads what MarshalJSON writes (offsets are not in the JSON and stay zero).
func (p *Pair) UnmarshalJSON(data []byte) error {
	var raw struct {
		A      *int    `json:"a"`
		B      *int    `json:"b"`
		Status string  `json:"status"`
		Score  float64 `json:"score"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("link: pair: %w", err)
	}
	*p = Pair{A: -1, B: -1, Status: raw.Status, Score: raw.Score}
	if raw.A != nil {
		p.A = *raw.A
	}
	if raw.B != nil {
		p.B = *raw.B
	}
	return nil
}

func writeIndex(b *strings.Builder, i int) {
	if i < 0 {
		b.WriteString("null")
		return
	}
	b.WriteString(strconv.Itoa(i))
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// Comparison is the alignment of two articles, in the JSON shape of CONTRACT.md "compare".
type Comparison struct {
	A          string      `json:"a"`
	B          string      `json:"b"`
	Similarity float64     `json:"similarity"`
	Derived    *Derivation `json:"derived"`
	Pairs      []Pair      `json:"pairs"`

	// CoverageA and CoverageB are the shares of each article's sentences that align to the
	// other (sentences without content words are not counted).
	CoverageA float64 `json:"-"`
	CoverageB float64 `json:"-"`
	// Score is the strength of the derivation evidence: the alignment's mean pair score times
	// the derived side's coverage (0 when no derivation).
	Score float64 `json:"-"`

	strong int // pairs of near-verbatim sentences
}

// Alignment thresholds. A pair needs this Dice score of weighted terms, or a lower one when
// one sentence largely contains the other (merges and splits).
const (
	pairMin        = 0.34
	pairContainMin = 0.2
	containMin     = 0.55
	sameMin        = 0.9
	// A near-verbatim sentence pair: independent reports of one event rarely share one.
	strongMin       = 0.6
	strongMinShared = 5
)

type aligner struct {
	fa, fb *docFeat
	wid    []float64 // weight by term id
	idsA   [][]int32 // each sentence's term ids, sorted
	idsB   [][]int32
	wa, wb []float64
	// score (Dice), shared (summed weight of the shared terms) and nshared (their number)
	// of sentence i of a with sentence j of b, at i*nb+j.
	score    []float64
	shared   []float64
	nshared  []int32
	bestA    []int // best b for each a
	bestB    []int // best a for each b
	na, nb   int
	relA     []float64
	relB     []float64
	keptPair []bool // at i*nb+j
	// nzA, nzB: the pairs that share a term (the only ones that can align), in (a, b) order
	nzA, nzB []int32
	relaxed  bool

	// Working memory kept between comparisons (see alignerPool): the dense pair matrices
	// were a tenth of what a placement allocated. Nothing of it reaches a Comparison.
	buf               []float64
	start, post, fill []int32
	mapA, mapB, flat  []int32
	sums              []float64
	alignedA          []bool // stats: the sentences of a and b in a kept pair
	alignedB          []bool
}

// alignerPool holds aligners between comparisons, for their working memory.
var alignerPool = sync.Pool{New: func() any { return new(aligner) }}

// zeroed returns s resliced to n elements, all zero, allocating only when s is too short.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// Compare aligns the sentences of a with those of b, not assuming they come in the same order,
// and decides whether one derives from the other.
func Compare(a, b *Doc) *Comparison {
	return compareFeat(a, b, features(a), features(b), true)
}

// compareFeat is Compare with the features already extracted (the linker reuses the new
// article's features for every candidate). Unless full, a comparison whose strict
// alignment shows the two unrelated (most of those the linker makes) comes back with its
// ids and nothing else: no derivation, the only thing the linker reads, as with full.
func compareFeat(a, b *Doc, fa, fb *docFeat, full bool) *Comparison {
	al := alignerPool.Get().(*aligner)
	defer func() {
		al.fa, al.fb = nil, nil
		alignerPool.Put(al)
	}()
	al.reset(fa, fb)
	al.weights()
	al.scoreAll()
	al.choose()
	if !full && !relatedBy(al.stats(), fa, fb) {
		return &Comparison{A: a.id(), B: b.id(), Pairs: []Pair{}}
	}
	c := al.result()
	if related(c, fa, fb) {
		// Once the two are known to be related, looser paraphrases count as support too.
		al.relaxed = true
		al.choose()
		c = al.result()
	}
	c.A, c.B = a.id(), b.id()
	decide(c, a, b, fa, fb)
	return c
}

// reset readies a pooled aligner for comparing fa with fb, keeping its working memory.
func (al *aligner) reset(fa, fb *docFeat) {
	al.fa, al.fb, al.na, al.nb = fa, fb, len(fa.sents), len(fb.sents)
	al.relaxed = false
	al.nzA, al.nzB = al.nzA[:0], al.nzB[:0]
}

// weights gives each term an inverse sentence frequency over both articles, so words that
// run through the whole story ("Ukraine") count less than the details of one sentence.
func (al *aligner) weights() {
	fa, fb := al.fa, al.fb
	n := fa.nonEmpty + fb.nonEmpty
	// Terms as small integers, numbered in sorted order so each sentence's ids stay sorted:
	// scoreAll then intersects integer lists instead of comparing strings. Both vocabularies
	// are sorted, so one merge numbers their union.
	va, vb := fa.vocab, fb.vocab
	al.mapA, al.mapB = zeroed(al.mapA, len(va)), zeroed(al.mapB, len(vb))
	mapA, mapB := al.mapA, al.mapB
	al.wid = zeroed(al.wid, len(va)+len(vb))[:0]
	// the weight of a df, made once per df (most terms occur in one or two sentences)
	var logs [32]float64
	x, y := 0, 0
	for x < len(va) || y < len(vb) {
		k := int32(len(al.wid))
		var p uint64 // the term's prefix8: its first byte tells its kind
		var df int
		c := 0 // va[x] against vb[y], when both are left
		if x < len(va) && y < len(vb) {
			c = compareTerms(fa.pfx[x], va[x], fb.pfx[y], vb[y])
		}
		switch {
		case y == len(vb) || x < len(va) && c < 0:
			p, df = fa.pfx[x], fa.cnt[x]
			mapA[x] = k
			x++
		case x == len(va) || c > 0:
			p, df = fb.pfx[y], fb.cnt[y]
			mapB[y] = k
			y++
		default:
			p, df = fa.pfx[x], fa.cnt[x]+fb.cnt[y]
			mapA[x], mapB[y] = k, k
			x++
			y++
		}
		var w float64
		if df < len(logs) {
			if logs[df] == 0 {
				logs[df] = math.Log(1 + float64(n)/float64(df))
			}
			w = logs[df]
		} else {
			w = math.Log(1 + float64(n)/float64(df))
		}
		switch {
		case byte(p>>56) == numPrefix[0]: // strings.HasPrefix(t, numPrefix), without reading t
			w *= 1.5
		case byte(p>>56) == namePrefix[0]:
			w *= 1.2
		}
		al.wid = append(al.wid, w)
	}
	// each sentence's ids, all in one flat slice
	total := 0
	for _, loc := range fa.local {
		total += len(loc)
	}
	for _, loc := range fb.local {
		total += len(loc)
	}
	al.flat = zeroed(al.flat, total)
	flat := al.flat
	al.sums = zeroed(al.sums, len(fa.local)+len(fb.local))
	sums := al.sums
	ids := func(f *docFeat, m []int32, out [][]int32) ([][]int32, []float64) {
		out = zeroed(out, len(f.local))
		sum := sums[:len(f.local):len(f.local)]
		sums = sums[len(f.local):]
		for i, loc := range f.local {
			v := flat[:len(loc):len(loc)]
			flat = flat[len(loc):]
			for k, l := range loc {
				v[k] = m[l]
				sum[i] += al.wid[v[k]]
			}
			out[i] = v
		}
		return out, sum
	}
	al.idsA, al.wa = ids(fa, mapA, al.idsA)
	al.idsB, al.wb = ids(fb, mapB, al.idsB)
	al.relA = relPositions(al.relA, al.na)
	al.relB = relPositions(al.relB, al.nb)
}

func relPositions(out []float64, n int) []float64 {
	out = zeroed(out, n)
	for i := range out {
		if n > 1 {
			out[i] = float64(i) / float64(n-1)
		}
	}
	return out
}

// scoreAll scores every sentence pair. It walks, for each sentence of a, the sentences of b
// that hold each of its terms (b's sentences by term), so pairs that share nothing, most of
// them, cost nothing; a pair's shared weight is still summed in ascending term order, as a
// merge of the two sorted term lists would, so the scores are the same to the last bit.
func (al *aligner) scoreAll() {
	na, nb := al.na, al.nb
	n := na * nb
	al.buf = zeroed(al.buf, 2*n)
	al.score, al.shared = al.buf[:n:n], al.buf[n:]
	al.nshared = zeroed(al.nshared, n)
	// b's sentences by term id, each list in ascending sentence order
	al.start = zeroed(al.start, len(al.wid)+1)
	start := al.start
	for _, tb := range al.idsB {
		for _, t := range tb {
			start[t+1]++
		}
	}
	for t := 1; t < len(start); t++ {
		start[t] += start[t-1]
	}
	al.post = zeroed(al.post, int(start[len(start)-1]))
	post := al.post
	al.fill = zeroed(al.fill, len(al.wid))
	fill := al.fill
	copy(fill, start)
	for j, tb := range al.idsB {
		for _, t := range tb {
			post[fill[t]] = int32(j)
			fill[t]++
		}
	}
	for i, ta := range al.idsA {
		if len(ta) == 0 {
			continue
		}
		row := i * nb
		shared, nshared := al.shared[row:row+nb], al.nshared[row:row+nb]
		for _, t := range ta {
			w := al.wid[t]
			for _, j := range post[start[t]:start[t+1]] {
				shared[j] += w
				nshared[j]++
			}
		}
		score := al.score[row : row+nb]
		for j, sh := range shared {
			if sh > 0 {
				score[j] = 2 * sh / (al.wa[i] + al.wb[j])
			}
			if nshared[j] > 0 {
				al.nzA = append(al.nzA, int32(i))
				al.nzB = append(al.nzB, int32(j))
			}
		}
	}
}

// acceptable reports whether sentences i and j say the same thing at all.
func (al *aligner) acceptable(i, j int) bool {
	k := i*al.nb + j
	n := int(al.nshared[k])
	minShared := min(2, len(al.fa.sents[i].terms), len(al.fb.sents[j].terms))
	if n < minShared || n == 0 {
		return false
	}
	s := al.score[k]
	if s >= pairMin {
		return true
	}
	return s >= pairContainMin && max(al.containA(i, j), al.containB(i, j)) >= containMin
}

// containA is the share of a's sentence i that b's sentence j covers; containB the reverse.
func (al *aligner) containA(i, j int) float64 {
	if al.wa[i] == 0 {
		return 0
	}
	return al.shared[i*al.nb+j] / al.wa[i]
}

func (al *aligner) containB(i, j int) float64 {
	if al.wb[j] == 0 {
		return 0
	}
	return al.shared[i*al.nb+j] / al.wb[j]
}

// rank orders candidate partners: by score, then closeness of relative position, then index.
func (al *aligner) better(s1, d1 float64, k1 int, s2, d2 float64, k2 int) bool {
	if s1 != s2 {
		return s1 > s2
	}
	if d1 != d2 {
		return d1 < d2
	}
	return k1 < k2
}

// choose keeps mutual best pairs, plus merges and splits: a second partner whose sentence the
// first one largely contains.
// Only pairs that share a term can be acceptable, so the loops walk those, in (a, b)
// order: for each a sentence its b partners in ascending order and for each b sentence its
// a partners in ascending order, as loops over all pairs would meet them.
func (al *aligner) choose() {
	al.bestA = zeroed(al.bestA, al.na)
	al.bestB = zeroed(al.bestB, al.nb)
	for i := range al.bestA {
		al.bestA[i] = -1
	}
	for j := range al.bestB {
		al.bestB[j] = -1
	}
	for n, i32 := range al.nzA {
		i, j := int(i32), int(al.nzB[n])
		if !al.acceptable(i, j) {
			continue
		}
		if k := al.bestA[i]; k < 0 || al.better(al.score[i*al.nb+j], math.Abs(al.relA[i]-al.relB[j]), j,
			al.score[i*al.nb+k], math.Abs(al.relA[i]-al.relB[k]), k) {
			al.bestA[i] = j
		}
		if k := al.bestB[j]; k < 0 || al.better(al.score[i*al.nb+j], math.Abs(al.relA[i]-al.relB[j]), i,
			al.score[k*al.nb+j], math.Abs(al.relA[k]-al.relB[j]), k) {
			al.bestB[j] = i
		}
	}
	al.keptPair = zeroed(al.keptPair, al.na*al.nb)
	for n, i32 := range al.nzA {
		i, j := int(i32), int(al.nzB[n])
		if !al.acceptable(i, j) {
			continue
		}
		bi, bj := al.bestA[i] == j, al.bestB[j] == i
		keep := (bi && bj) ||
			// a's sentence i merges b's j with others: j lies mostly inside i
			(bj && al.containB(i, j) >= containMin) ||
			// a's sentence i is one half of b's j, split
			(bi && al.containA(i, j) >= containMin)
		if keep {
			al.keptPair[i*al.nb+j] = true
		}
	}
	if al.relaxed {
		al.relax()
	}
}

// Relaxed alignment, for articles already known to be related: a sentence still without a
// partner takes its best partner when they share this many terms at this Dice score.
const (
	relaxedMin       = 0.2
	relaxedMinShared = 3
)

func (al *aligner) relax() {
	hasA := make([]bool, al.na)
	hasB := make([]bool, al.nb)
	for k, kept := range al.keptPair {
		if kept {
			hasA[k/al.nb], hasB[k%al.nb] = true, true
		}
	}
	pick := func(i, j int) bool {
		return al.score[i*al.nb+j] >= relaxedMin && al.nshared[i*al.nb+j] >= relaxedMinShared
	}
	// each a sentence without a partner takes its best (the first of equals); then each b
	// sentence still without one (hasB as the a sentences left it)
	bestA := make([]int, al.na)
	for i := range bestA {
		bestA[i] = -1
	}
	for n, i32 := range al.nzA {
		i, j := int(i32), int(al.nzB[n])
		if hasA[i] || !pick(i, j) {
			continue
		}
		if best := bestA[i]; best < 0 || al.score[i*al.nb+j] > al.score[i*al.nb+best] {
			bestA[i] = j
		}
	}
	for i, best := range bestA {
		if best >= 0 {
			al.keptPair[i*al.nb+best] = true
			hasB[best] = true
		}
	}
	bestB := make([]int, al.nb)
	for j := range bestB {
		bestB[j] = -1
	}
	for n, i32 := range al.nzA {
		i, j := int(i32), int(al.nzB[n])
		if hasB[j] || !pick(i, j) {
			continue
		}
		if best := bestB[j]; best < 0 || al.score[i*al.nb+j] > al.score[best*al.nb+j] {
			bestB[j] = i
		}
	}
	for j, best := range bestB {
		if best >= 0 {
			al.keptPair[best*al.nb+j] = true
		}
	}
}

func (al *aligner) result() *Comparison {
	c := &Comparison{Pairs: []Pair{}}
	byA := make([][]int, al.na)
	alignedB := make([]bool, al.nb)
	// kept pairs in (a, b) order: the flat matrix is laid out that way
	var keys [][2]int
	for k, kept := range al.keptPair {
		if kept {
			keys = append(keys, [2]int{k / al.nb, k % al.nb})
		}
	}
	for _, k := range keys {
		byA[k[0]] = append(byA[k[0]], k[1])
		alignedB[k[1]] = true
	}
	// Dropped sentences of b go after the rows of the a sentence aligned to the nearest
	// earlier b sentence, so a side-by-side view reads in b's order too.
	dropAfter := map[int][]int{} // a index (-1: before everything) -> dropped b indexes
	lastA := -1
	ownerOfB := make([]int, al.nb)
	for j := range ownerOfB {
		ownerOfB[j] = -1
	}
	for _, k := range keys {
		if ownerOfB[k[1]] < 0 {
			ownerOfB[k[1]] = k[0]
		}
	}
	for j := range al.nb {
		if alignedB[j] {
			lastA = ownerOfB[j]
			continue
		}
		dropAfter[lastA] = append(dropAfter[lastA], j)
	}
	emitDropped := func(after int) {
		for _, j := range dropAfter[after] {
			s := al.fb.sents[j]
			if s.heading {
				continue
			}
			c.Pairs = append(c.Pairs, Pair{A: -1, B: j, Status: StatusDropped, BStart: s.start, BEnd: s.end})
		}
	}
	emitDropped(-1)
	sumA, sumB := make([]float64, al.na), make([]float64, al.nb)
	for i := range al.na {
		sa := al.fa.sents[i]
		if len(byA[i]) == 0 && !sa.heading {
			c.Pairs = append(c.Pairs, Pair{A: i, B: -1, Status: StatusAdded, AStart: sa.start, AEnd: sa.end})
		}
		for _, j := range byA[i] {
			sb := al.fb.sents[j]
			st := StatusReworded
			if sameWords(sa.words, sb.words) {
				st = StatusSame
			}
			s := al.score[i*al.nb+j]
			c.Pairs = append(c.Pairs, Pair{A: i, B: j, Status: st, Score: s,
				AStart: sa.start, AEnd: sa.end, BStart: sb.start, BEnd: sb.end})
			sumA[i] = max(sumA[i], s)
			sumB[j] = max(sumB[j], s)
			if s >= strongMin && al.nshared[i*al.nb+j] >= strongMinShared {
				c.strong++
			}
		}
		emitDropped(i)
	}
	// Headings count for similarity when they align, never for coverage.
	var contentA, contentB, alA, alB, simN int
	var simSum float64
	for i, s := range al.fa.sents {
		if len(s.terms) == 0 || (s.heading && len(byA[i]) == 0) {
			continue
		}
		simN++
		simSum += sumA[i]
		if s.heading {
			continue
		}
		contentA++
		if len(byA[i]) > 0 {
			alA++
		}
	}
	for j, s := range al.fb.sents {
		if len(s.terms) == 0 || (s.heading && !alignedB[j]) {
			continue
		}
		simN++
		simSum += sumB[j]
		if s.heading {
			continue
		}
		contentB++
		if alignedB[j] {
			alB++
		}
	}
	if contentA > 0 {
		c.CoverageA = float64(alA) / float64(contentA)
	}
	if contentB > 0 {
		c.CoverageB = float64(alB) / float64(contentB)
	}
	if simN > 0 {
		c.Similarity = round3(simSum / float64(simN))
	}
	return c
}

// alignStats is what related reads of a Comparison: its aligned pairs (sentences of both
// articles), their mean score, the coverages and the near-verbatim pairs.
type alignStats struct {
	pairs                int
	mean                 float64
	coverageA, coverageB float64
	strong               int
}

// statsOf is the alignStats of c.
func statsOf(c *Comparison) alignStats {
	pairs, mean := pairStats(c)
	return alignStats{pairs: pairs, mean: mean, coverageA: c.CoverageA, coverageB: c.CoverageB, strong: c.strong}
}

// stats is statsOf(al.result()) without making the result: the kept pairs' scores summed
// in the order result lists them (a's sentences in order, each one's partners in order,
// the flat matrix's order), so the mean is the same to the bit, and the coverages counted
// as result counts them.
func (al *aligner) stats() alignStats {
	var st alignStats
	sum := 0.0
	for k, kept := range al.keptPair {
		if !kept {
			continue
		}
		st.pairs++
		sum += al.score[k]
		if al.score[k] >= strongMin && al.nshared[k] >= strongMinShared {
			st.strong++
		}
	}
	if st.pairs > 0 {
		st.mean = sum / float64(st.pairs)
	}
	al.alignedA, al.alignedB = zeroed(al.alignedA, al.na), zeroed(al.alignedB, al.nb)
	alignedA, alignedB := al.alignedA, al.alignedB
	for k, kept := range al.keptPair {
		if kept {
			alignedA[k/al.nb], alignedB[k%al.nb] = true, true
		}
	}
	cov := func(sents []sentFeat, aligned []bool) float64 {
		content, n := 0, 0
		for i, s := range sents {
			if len(s.terms) == 0 || s.heading {
				continue
			}
			content++
			if aligned[i] {
				n++
			}
		}
		if content == 0 {
			return 0
		}
		return float64(n) / float64(content)
	}
	st.coverageA, st.coverageB = cov(al.fa.sents, alignedA), cov(al.fb.sents, alignedB)
	return st
}

// sameWords reports near-identical wording: the word sequences agree in at least sameMin of
// their word bigrams (so a changed inflection or one swapped word still counts as same).
func sameWords(a, b string) bool {
	if a == b {
		return true
	}
	sc := samePool.Get().(*sameScratch)
	defer func() {
		clear(sc.wa)
		clear(sc.wb)
		clear(sc.ma)
		clear(sc.mb)
		samePool.Put(sc)
	}()
	sc.wa, sc.wb = appendFields(sc.wa[:0], a), appendFields(sc.wb[:0], b)
	wa, wb := sc.wa, sc.wb
	if len(wa) < 2 || len(wb) < 2 {
		return false
	}
	// A bigram is its two words: Fields' words hold no space, so the pair is the bigram
	// "w1 w2" without making that string.
	bg := func(m map[[2]string]int, w []string) {
		for k := 0; k+1 < len(w); k++ {
			m[[2]string{w[k], w[k+1]}]++
		}
	}
	bg(sc.ma, wa)
	bg(sc.mb, wb)
	common := 0
	for k, n := range sc.ma {
		common += min(n, sc.mb[k])
	}
	dice := 2 * float64(common) / float64(len(wa)-1+len(wb)-1)
	return dice >= sameMin
}

// sameScratch is what sameWords reuses from one call to the next (samePool).
type sameScratch struct {
	wa, wb []string
	ma, mb map[[2]string]int
}

var samePool = sync.Pool{New: func() any {
	return &sameScratch{ma: map[[2]string]int{}, mb: map[[2]string]int{}}
}}

// appendFields appends the words of s, as strings.Fields splits it, to dst.
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}
