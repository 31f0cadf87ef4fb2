package entity

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// Types the tagger predicts, GermEval 2014's outer types: the four kinds of name, and their
// derivations ("ukrainische": LOCderiv) and parts of compounds ("NATO-Generalsekretär": ORGpart).
// Derivations and parts are single words, so they have no I- label: fewer labels make
// decoding (quadratic in the label count) much faster.
var tagTypes = []string{"PER", "ORG", "LOC", "OTH",
	"PERderiv", "ORGderiv", "LOCderiv", "OTHderiv",
	"PERpart", "ORGpart", "LOCpart", "OTHpart"}

// label is one tag the tagger predicts: a type index into tagTypes (-1 for O) and whether
// it continues a chunk (I-) or starts one (B-).
type label struct {
	typ    int
	inside bool
}

var labels, labelIdx = buildLabels()

// numLabels is the number of labels; label 0 is O.
var numLabels = len(labels)

// preds lists, per label, the labels allowed before it (I-X only after B-X or I-X).
var preds = buildPreds()

func buildLabels() ([]label, map[string]int) {
	ls := []label{{typ: -1}}
	idx := map[string]int{"O": 0}
	for k, t := range tagTypes {
		idx["B-"+t] = len(ls)
		ls = append(ls, label{typ: k})
		if k < 4 {
			idx["I-"+t] = len(ls)
			ls = append(ls, label{typ: k, inside: true})
		}
	}
	return ls, idx
}

func buildPreds() [][]int {
	out := make([][]int, len(labels))
	for b := range labels {
		for a := range labels {
			if allowed(a, b) {
				out[b] = append(out[b], a)
			}
		}
	}
	return out
}

// LabelIndex maps a BIO tag ("B-LOC", "O") to its label number: 0 (O) for tags the tagger
// does not predict, -1 for malformed tags.
func LabelIndex(tag string) int {
	if l, ok := labelIdx[tag]; ok {
		return l
	}
	if tag == "" || strings.HasPrefix(tag, "I-") || strings.HasPrefix(tag, "B-") {
		return 0
	}
	return -1
}

// LabelName is the BIO tag of label number l.
func LabelName(l int) string {
	if l <= 0 || l >= numLabels {
		return "O"
	}
	if labels[l].inside {
		return "I-" + tagTypes[labels[l].typ]
	}
	return "B-" + tagTypes[labels[l].typ]
}

// allowed reports whether label b may follow label a.
func allowed(a, b int) bool {
	if !labels[b].inside {
		return true
	}
	return a != 0 && labels[a].typ == labels[b].typ
}

// Model is a trained sequence tagger: a linear model over hashed word features with label
// transition weights, decoded with Viterbi. Its weights are read-only after loading.
type Model struct {
	trans []float32 // (numLabels+1) x numLabels; the last row is the sentence start
	tab   featTable
	// words is the language data the features read (clusters, dictionary), the same the
	// weights were trained with; nil: none.
	words *wordData
}

// featTable maps feature hashes to their non-zero weights, quantised to 16 bits. Slots hold
// a 32-bit fingerprint and where the feature's weights start, so the probe array stays small
// enough for the CPU cache; a lookup touches one slot and, on a hit, a few packed weights
// (three on average: most features speak for few labels).
type featTable struct {
	slots []slot
	mask  uint64
	keys  []uint64 // full hash of each feature, for writing the model
	first []uint32 // per feature: index of its first weight in ents; len(keys)+1 entries
	ents  []uint32 // label<<16 | uint16(weight)
	scale float32  // weight = quantised value * scale
}

type slot struct {
	fp  uint32 // 0: empty
	off uint32 // index into ents << 5 | count
}

func fingerprint(key uint64) uint32 { return uint32(key>>32) | 1 }

func (t *featTable) get(key uint64) []uint32 {
	if len(t.slots) == 0 {
		return nil
	}
	fp := fingerprint(key)
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.fp == fp {
			st := s.off >> 5
			return t.ents[st : st+s.off&31]
		}
		if s.fp == 0 {
			return nil
		}
	}
}

func buildTable(feats map[uint64][]float32) featTable {
	size := 1
	for size < len(feats)*2 {
		size <<= 1
	}
	t := featTable{slots: make([]slot, size), mask: uint64(size - 1)}
	maxAbs := float32(0)
	for _, ws := range feats {
		for _, w := range ws {
			maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
		}
	}
	t.scale = maxAbs / 32767
	if t.scale == 0 {
		t.scale = 1
	}
	t.keys = sortedKeys(feats)
	t.first = make([]uint32, 0, len(t.keys)+1)
	for _, key := range t.keys {
		st := uint32(len(t.ents))
		t.first = append(t.first, st)
		for l, w := range feats[key] {
			if q := int16(math.Round(float64(w / t.scale))); q != 0 && l < numLabels {
				t.ents = append(t.ents, uint32(l)<<16|uint32(uint16(q)))
			}
		}
		i := key & t.mask
		for t.slots[i].fp != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{fp: fingerprint(key), off: st<<5 | (uint32(len(t.ents)) - st)}
	}
	t.first = append(t.first, uint32(len(t.ents)))
	return t
}

// tag returns the best label sequence for a sentence of words. Words that carry their
// summed weights from a wordCache of this model (see wordScores) skip those lookups.
func (m *Model) tag(ti []tokInfo, sc *scratch) []int {
	n := len(ti)
	L := numLabels
	sc.grow(n)
	em := sc.em[:n*L]
	for i := range em {
		em[i] = 0
	}
	var acc [64]int32
	for i := 0; i < n; i++ {
		if !ti[i].cand {
			row := em[i*L : (i+1)*L]
			for l := 1; l < L; l++ {
				row[l] = notCand
			}
			continue
		}
		a := acc[:L]
		clear(a)
		m.group(a, &ti[i], sOwn, sc)
		m.group(a, at(ti, i-1), sPrev, sc)
		m.group(a, at(ti, i+1), sNext, sc)
		m.group(a, at(ti, i-2), sPrev2, sc)
		m.group(a, at(ti, i+2), sNext2, sc)
		sc.feats = pairFeatures(ti, i, sc.feats[:0])
		m.sum(sc.feats, a)
		row := em[i*L : (i+1)*L]
		for l, v := range a {
			row[l] = float32(v) * m.tab.scale
		}
	}
	return viterbi(em, n, m.trans, sc)
}

// group adds the weights of feature group k of word t (nil: beyond the sentence), from its
// cached scores when it has them.
func (m *Model) group(a []int32, t *tokInfo, k int, sc *scratch) {
	if t != nil && t.scores != nil {
		add(a, t.scores.part(k))
		return
	}
	sc.feats = groupFeatures[k](t, sc.feats[:0])
	m.sum(sc.feats, a)
}

func add(a, b []int32) {
	for l := range a {
		a[l] += b[l]
	}
}

// sum adds the quantised weights of features fs to a, per label.
func (m *Model) sum(fs []uint64, a []int32) {
	for _, f := range fs {
		for _, e := range m.tab.get(f) {
			a[(e>>16)&63] += int32(int16(uint16(e)))
		}
	}
}

// Feature groups that depend on one word alone, and their order in wordScores.
const (
	sOwn = iota
	sPrev
	sNext
	sPrev2
	sNext2
	numGroups
)

var groupFeatures = [numGroups]func(*tokInfo, []uint64) []uint64{
	ownFeatures, prevFeatures, nextFeatures, prev2Features, next2Features}

// wordScores is the summed weights, per label in the model's quantised units, of each
// group of features that depends on one word alone: the word's own, and those it gives
// its neighbours as their previous, next, second previous and second next word.
type wordScores []int32

func (s wordScores) part(k int) []int32 { return s[k*numLabels : (k+1)*numLabels] }

// scoresOf computes a word's wordScores under the model.
func (m *Model) scoresOf(t *tokInfo) wordScores {
	s := make(wordScores, numGroups*numLabels)
	var buf [32]uint64 // more than any group has: its features need no allocation
	fs := buf[:0]
	for k, f := range groupFeatures {
		if k == sOwn && !t.cand {
			continue // never scored
		}
		fs = f(t, fs[:0])
		m.sum(fs, s.part(k))
	}
	return s
}

func viterbi(em []float32, n int, trans []float32, sc *scratch) []int {
	L := numLabels
	score := sc.score[:n*L]
	back := sc.back[:n*L]
	neg := float32(math.Inf(-1))
	for l := 0; l < L; l++ {
		if allowed(0, l) {
			score[l] = trans[L*L+l] + em[l]
		} else {
			score[l] = neg
		}
	}
	// Exact pruning: a previous label whose score trails the best by more than the spread
	// of the transition weights can never be the best predecessor of anything.
	// The bound is the widest column of the matrix (labels that start a chunk: an I- label
	// looks at all its few predecessors anyway), tighter than the spread of all weights.
	spread := float32(0)
	for l := 0; l < L; l++ {
		if labels[l].inside {
			continue
		}
		lo, hi := float32(math.Inf(1)), float32(math.Inf(-1))
		for p := 0; p < L; p++ {
			v := trans[p*L+l]
			lo, hi = min(lo, v), max(hi, v)
		}
		spread = max(spread, hi-lo)
	}
	active := sc.active[:0]
	for i := 1; i < n; i++ {
		prev := score[(i-1)*L : i*L]
		cur := score[i*L : (i+1)*L]
		ecur := em[i*L : (i+1)*L]
		bk := back[i*L : (i+1)*L]
		best := neg
		for _, v := range prev {
			best = max(best, v)
		}
		active = active[:0]
		for p, v := range prev {
			if v >= best-spread {
				active = append(active, p)
			}
		}
		for l := 0; l < L; l++ {
			best, bi := neg, 0
			if labels[l].inside {
				for _, p := range preds[l] {
					if s := prev[p] + trans[p*L+l]; s > best {
						best, bi = s, p
					}
				}
			} else {
				for _, p := range active {
					if s := prev[p] + trans[p*L+l]; s > best {
						best, bi = s, p
					}
				}
			}
			cur[l] = best + ecur[l]
			bk[l] = int32(bi)
		}
	}
	sc.active = active
	out := sc.out[:n]
	best, bl := neg, 0
	for l := 0; l < L; l++ {
		if s := score[(n-1)*L+l]; s > best {
			best, bl = s, l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = bl
		bl = int(back[i*L+bl])
	}
	return out
}

// notCand is the emission score of every label but O on a word that is no candidate.
const notCand = -1e9

// scratch is per-call working memory, so a Model can be shared across goroutines.
type scratch struct {
	em, score []float32
	back      []int32
	out       []int
	active    []int
	feats     []uint64
	// chunkProbs' working memory, and exp of the transition weights of model tFor.
	fw, bw, ex, cs, expT []float64
	tFor                 *Model
}

func (s *scratch) grow(n int) {
	L := numLabels
	if cap(s.em) < n*L {
		n = max(2*n, 64) // room for the longer sentences still to come
		s.em = make([]float32, n*L)
		s.score = make([]float32, n*L)
		s.back = make([]int32, n*L)
		s.out = make([]int, n)
	}
	s.em, s.score, s.back, s.out = s.em[:cap(s.em)], s.score[:cap(s.score)], s.back[:cap(s.back)], s.out[:cap(s.out)]
}

const modelMagic = "CCNER1"

// WriteTo writes the model compactly: gzip over the transition matrix and, per feature, its
// non-zero weights quantised to 16 bits.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	bw := bufio.NewWriter(zw)
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	bw.WriteString(modelMagic)
	put(uint16(numLabels))
	put(m.tab.scale)
	put(m.trans)
	put(uint32(len(m.tab.keys)))
	for r, k := range m.tab.keys {
		es := m.tab.ents[m.tab.first[r]:m.tab.first[r+1]]
		put(k)
		put(uint8(len(es)))
		for _, e := range es {
			put(uint8(e >> 16))
			put(int16(uint16(e)))
		}
	}
	if err := bw.Flush(); err != nil {
		return 0, fmt.Errorf("entity: write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return 0, fmt.Errorf("entity: write model: %w", err)
	}
	n, err := w.Write(buf.Bytes())
	if err != nil {
		return int64(n), fmt.Errorf("entity: write model: %w", err)
	}
	return int64(n), nil
}

// ReadModel reads a model written by WriteTo. The model has no language data: tagging with
// it leaves the cluster and dictionary features silent and scores no joiner words of names
// ("von", "of"), only marks (see LoadModel).
func ReadModel(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("entity: read model: %w", err)
	}
	return readModelBytes(b)
}

// readModelBytes decodes a model file straight into its feature table: the keys are
// stored sorted and the weights quantised with the table's own scale, so the table is
// the one buildTable made when the model was written, without a map of float rows.
// maxModelBytes bounds a model file unpacked: about 20 times the shipped model.
const maxModelBytes = 1 << 28

func readModelBytes(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("entity: read model: %w", err)
	}
	// A few bytes of gzip can claim gigabytes: read at most what the largest model needs.
	raw, err := io.ReadAll(io.LimitReader(zr, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("entity: read model: %w", err)
	}
	if len(raw) > maxModelBytes {
		return nil, fmt.Errorf("entity: read model: larger than %d bytes unpacked", maxModelBytes)
	}
	if !bytes.HasPrefix(raw, []byte(modelMagic)) {
		return nil, errors.New("entity: read model: not a model file")
	}
	raw = raw[len(modelMagic):]
	short := errors.New("entity: read model: file too short")
	le := binary.LittleEndian
	if len(raw) < 6 {
		return nil, short
	}
	if int(le.Uint16(raw)) != numLabels {
		return nil, errors.New("entity: read model: label set differs from this build")
	}
	scale := math.Float32frombits(le.Uint32(raw[2:]))
	raw = raw[6:]
	m := &Model{trans: make([]float32, (numLabels+1)*numLabels)}
	if len(raw) < 4*len(m.trans)+4 {
		return nil, short
	}
	for i := range m.trans {
		m.trans[i] = math.Float32frombits(le.Uint32(raw[4*i:]))
	}
	raw = raw[4*len(m.trans):]
	nfeat := le.Uint32(raw)
	raw = raw[4:]
	if nfeat > 1<<26 || uint64(nfeat)*9 > uint64(len(raw)) {
		return nil, errors.New("entity: read model: bad feature count")
	}
	size := 1
	for size < int(nfeat)*2 {
		size <<= 1
	}
	t := featTable{slots: make([]slot, size), mask: uint64(size - 1), scale: scale,
		keys: make([]uint64, 0, nfeat), first: make([]uint32, 0, nfeat+1),
		ents: make([]uint32, 0, 3*int(nfeat))}
	prev := uint64(0)
	for i := uint32(0); i < nfeat; i++ {
		if len(raw) < 9 {
			return nil, short
		}
		k, n := le.Uint64(raw), int(raw[8])
		raw = raw[9:]
		if i > 0 && k <= prev {
			return nil, errors.New("entity: read model: feature keys out of order")
		}
		prev = k
		if len(raw) < 3*n || n >= 32 {
			return nil, short
		}
		st := uint32(len(t.ents))
		t.keys = append(t.keys, k)
		t.first = append(t.first, st)
		for j := 0; j < n; j++ {
			l, q := raw[3*j], le.Uint16(raw[3*j+1:])
			if int(l) < numLabels && q != 0 {
				t.ents = append(t.ents, uint32(l)<<16|uint32(q))
			}
		}
		raw = raw[3*n:]
		s := k & t.mask
		for t.slots[s].fp != 0 {
			s = (s + 1) & t.mask
		}
		t.slots[s] = slot{fp: fingerprint(k), off: st<<5 | (uint32(len(t.ents)) - st)}
	}
	t.first = append(t.first, uint32(len(t.ents)))
	if t.scale == 0 {
		t.scale = 1
	}
	m.tab = t
	return m, nil
}

// chunkProbs writes, at the first word of every chunk of tags (the labels tag just
// returned for the sentence, whose emission scores are still in sc.em), the posterior
// probability under the model that exactly this chunk starts there with this type and
// runs this far: forward-backward over the same scores Viterbi read, in probability space
// with one scale per word, so it costs one exp per label and word. Other entries are 0.
func (m *Model) chunkProbs(tags []int, sc *scratch, out []float32) {
	n, L := len(tags), numLabels
	if cap(sc.fw) < n*L {
		sc.fw = make([]float64, 2*n*L)
		sc.bw = make([]float64, 2*n*L)
		sc.ex = make([]float64, 2*n*L)
		sc.cs = make([]float64, 2*n)
	}
	if sc.tFor != m {
		sc.expT = make([]float64, (L+1)*L)
		for p := 0; p <= L; p++ {
			for l := 0; l < L; l++ {
				if p == L && allowed(0, l) || p < L && allowed(p, l) {
					sc.expT[p*L+l] = math.Exp(float64(m.trans[p*L+l]))
				}
			}
		}
		sc.tFor = m
	}
	fw, bw, ex, cs, T := sc.fw[:n*L], sc.bw[:n*L], sc.ex[:n*L], sc.cs[:n], sc.expT
	em := sc.em
	for i := 0; i < n; i++ {
		row := em[i*L : (i+1)*L]
		mx := row[0]
		for _, v := range row {
			mx = max(mx, v)
		}
		for l, v := range row {
			ex[i*L+l] = 0
			if v > notCand/2 {
				ex[i*L+l] = math.Exp(float64(v - mx))
			}
		}
	}
	for i := 0; i < n; i++ {
		s := 0.0
		for l := 0; l < L; l++ {
			e := ex[i*L+l]
			if e == 0 {
				fw[i*L+l] = 0
				continue
			}
			a := 0.0
			if i == 0 {
				a = T[L*L+l]
			} else {
				prev := fw[(i-1)*L : i*L]
				for p, v := range prev {
					if v != 0 {
						a += v * T[p*L+l]
					}
				}
			}
			fw[i*L+l] = a * e
			s += a * e
		}
		if s == 0 {
			s = 1
		}
		cs[i] = s
		for l := 0; l < L; l++ {
			fw[i*L+l] /= s
		}
	}
	for l := 0; l < L; l++ {
		bw[(n-1)*L+l] = 1
	}
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < L; p++ {
			b := 0.0
			for l := 0; l < L; l++ {
				if e := ex[(i+1)*L+l]; e != 0 {
					b += T[p*L+l] * e * bw[(i+1)*L+l]
				}
			}
			bw[i*L+p] = b / cs[i+1]
		}
	}
	for i := 0; i < n; {
		out[i] = 0
		l := tags[i]
		if l == 0 {
			i++
			continue
		}
		p := fw[i*L+l]
		j := i + 1
		for ; j < n && tags[j] != 0 && labels[tags[j]].inside && labels[tags[j]].typ == labels[l].typ; j++ {
			out[j] = 0
			p *= T[tags[j-1]*L+tags[j]] * ex[j*L+tags[j]] / cs[j]
		}
		out[i] = float32(p * bw[(j-1)*L+tags[j-1]])
		i = j
	}
}
