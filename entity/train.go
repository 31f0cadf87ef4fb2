package entity

import (
	"crosscheck/lang"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// ex is one training sentence as feature ids per word (nil for words that are always O)
// and gold label numbers.
type ex struct {
	feats [][]int32
	gold  []int
}

// Sentence is one tagged training sentence: words and their BIO tags (GermEval 2014 outer tags).
type Sentence struct {
	Words []string
	Tags  []string
	// Source names the corpus of a sentence from other data than the target's (MobIE,
	// SmartData ...); "" for the target's own. Every feature of such a sentence gets a copy
	// private to its source, which training may use to fit what that corpus does
	// differently (its own annotation conventions, its domain's words) and which the
	// finished model leaves out: the shared weights learn what the corpora agree on
	// (feature augmentation, Daumé 2007, with the target's copies dropped).
	Source string
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs int     // passes over the data; 0 means 10 (CRF) or 20 (perceptron)
	Seed   uint64  // shuffling seed, for reproducible models
	Prune  float32 // drop final weights smaller than this in magnitude; 0 means 0.05
	// MinCount leaves out features seen fewer times in the training data, before training:
	// 2 gives a model less than half the size, at about 0.5 F1 in cross-validation. 0 means 1.
	MinCount int
	// Perceptron trains the averaged structured perceptron (the first tagger, kept for
	// comparison) instead of the CRF. Same features, same Model.
	Perceptron bool
	// L2 is the CRF's regularisation strength; 0 means 1e-4.
	L2 float64
	// Rate is the CRF's AdaGrad step size; 0 means 0.05. With about 2,000 sentences, ten
	// passes at this rate beat longer training in cross-validation.
	Rate float64
	// OBias is subtracted from the score of O (no name) at every word of the finished
	// model, folded into the transitions into O (every word gets exactly one label, so a
	// constant on O's transitions is a constant on O's emission): a CRF trained on sparse
	// labels is cautious, and a small bias trades some of its precision for recall.
	OBias float64
	// TargetCopies gives the target's own sentences (Source "") private feature copies
	// too, when there are sentences of other sources, and folds them into the shared
	// weights of the finished model (Daumé 2007 in full: shared, per-source and target
	// weights, the target's kept), so the target's conventions need not be carried by the
	// weights the other corpora pull on. +1.4 F1 in GermEval cross-validation with the
	// extra corpora, but lower precision on real news (entity and quotation audits), so
	// the shipped model is trained without (docs/quality.md).
	TargetCopies bool
	// Pack is the language whose word data (clusters, dictionary; see lang.Data) the
	// features read; nil or a pack without them trains without those features.
	Pack lang.Pack
}

// Train fits a tagger, by default a linear-chain CRF (see trainCRF); with opt.Perceptron
// the averaged structured perceptron (Collins 2002): decode each sentence with the current
// weights, and where the best path differs from the gold path, move weights towards the
// gold features and away from the predicted ones.
func Train(sents []Sentence, opt TrainOptions) *Model {
	if opt.Epochs == 0 {
		opt.Epochs = 10
		if opt.Perceptron {
			opt.Epochs = 20
		}
	}
	if opt.Prune == 0 {
		// Keeps the model a few MB; cross-validation loses nothing down to here.
		opt.Prune = 0.05
	}
	if opt.MinCount == 0 {
		opt.MinCount = 1
	}
	if opt.L2 == 0 {
		opt.L2 = 1e-4
	}
	if opt.Rate == 0 {
		opt.Rate = 0.05
	}
	wd, err := wordDataOf(opt.Pack)
	if err != nil {
		// A pack without clusters or dictionary trains without those features, with its
		// joiners of names.
		wd = &wordData{particles: wd.particles, joiners: wd.joiners}
	}
	L := numLabels
	index := map[uint64]int32{}
	var keys []uint64
	var seen []int32             // occurrences of each feature in the training data
	private := map[uint64]bool{} // features private to one source, left out of the model
	data := make([]ex, 0, len(sents))
	var ws []word
	var ti []tokInfo
	var fb []uint64
	mixed := slices.ContainsFunc(sents, func(s Sentence) bool { return s.Source != "" })
	for _, s := range sents {
		if len(s.Words) == 0 || len(s.Words) != len(s.Tags) {
			continue
		}
		ws = ws[:0]
		for _, w := range s.Words {
			ws = append(ws, word{text: w})
		}
		ti = infos(ws, ti, nil, wd)
		e := ex{feats: make([][]int32, len(ws)), gold: make([]int, len(ws))}
		for i := range ws {
			if !ti[i].cand {
				continue // always O, as in tagging
			}
			fb = features(ti, i, fb[:0])
			shared := len(fb)
			if s.Source != "" || (opt.TargetCopies && mixed) {
				sh := hashStr(fnvOffset, s.Source)
				for _, f := range fb[:shared] {
					fb = append(fb, mix2(fSource, f, sh))
				}
			}
			ids := make([]int32, len(fb))
			for j, f := range fb {
				id, ok := index[f]
				if !ok {
					id = int32(len(keys))
					index[f] = id
					keys = append(keys, f)
					seen = append(seen, 0)
					if j >= shared {
						private[f] = true
					}
				}
				seen[id]++
				ids[j] = id
			}
			e.feats[i] = ids
			l := LabelIndex(s.Tags[i])
			if l < 0 {
				l = 0
			}
			if labels[l].inside && (i == 0 || labels[e.gold[i-1]].typ != labels[l].typ) {
				l = labelIdx["B-"+tagTypes[labels[l].typ]] // its chunk began on a word never tagged
			}
			e.gold[i] = l
		}
		data = append(data, e)
	}
	if opt.MinCount > 1 {
		keys, seen = dropRare(data, keys, seen, int32(opt.MinCount))
	}
	if !opt.Perceptron {
		w, tr := trainCRF(data, len(keys), opt)
		if opt.TargetCopies && mixed {
			foldTarget(w, keys)
		}
		return finish(w, tr, keys, seen, opt, wd, private)
	}
	nf := len(keys)
	w := make([]float32, nf*L)
	u := make([]float32, nf*L) // sum of c*update, for averaging
	tr := make([]float32, (L+1)*L)
	tu := make([]float32, (L+1)*L)
	var sc scratch
	c := float32(1)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	prevRow := func(seq []int, i int) int {
		if i == 0 {
			return L
		}
		return seq[i-1]
	}
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			e := &data[di]
			n := len(e.gold)
			sc.grow(n)
			em := sc.em[:n*L]
			for i := range em {
				em[i] = 0
			}
			for i, ids := range e.feats {
				row := em[i*L : (i+1)*L]
				if ids == nil {
					for l := 1; l < L; l++ {
						row[l] = notCand
					}
					continue
				}
				for _, id := range ids {
					wr := w[int(id)*L : int(id)*L+L]
					for l := range row {
						row[l] += wr[l]
					}
				}
			}
			pred := viterbi(em, n, tr, &sc)
			for i := 0; i < n; i++ {
				g, p := e.gold[i], pred[i]
				gp, pp := prevRow(e.gold, i), prevRow(pred, i)
				if g != p {
					for _, id := range e.feats[i] {
						w[int(id)*L+g]++
						u[int(id)*L+g] += c
						w[int(id)*L+p]--
						u[int(id)*L+p] -= c
					}
				}
				if g != p || gp != pp {
					tr[gp*L+g]++
					tu[gp*L+g] += c
					tr[pp*L+p]--
					tu[pp*L+p] -= c
				}
			}
			c++
		}
	}
	for i := range tr {
		tr[i] -= tu[i] / c
	}
	for i := range w {
		w[i] -= u[i] / c
	}
	if opt.TargetCopies && mixed {
		foldTarget(w, keys)
	}
	return finish(w, tr, keys, seen, opt, wd, private)
}

// foldTarget adds the weights of each feature's copy private to the target (Source "")
// to the feature's shared weights: the finished model tags the target's kind of text.
func foldTarget(w []float32, keys []uint64) {
	L := numLabels
	id := make(map[uint64]int, len(keys))
	for i, k := range keys {
		id[k] = i
	}
	th := hashStr(fnvOffset, "")
	for i, k := range keys {
		if j, ok := id[mix2(fSource, k, th)]; ok {
			for l := 0; l < L; l++ {
				w[i*L+l] += w[j*L+l]
			}
		}
	}
}

// biasO subtracts b from every transition into O (see TrainOptions.OBias).
func (m *Model) biasO(b float64) {
	for p := 0; p <= numLabels; p++ {
		m.trans[p*numLabels] -= float32(b)
	}
}

// WithOBias returns a copy of m, sharing its weights, with b more subtracted from the
// score of O (see TrainOptions.OBias): one trained model, several points of the
// precision-recall trade-off.
func (m *Model) WithOBias(b float64) *Model {
	c := *m
	c.trans = append([]float32(nil), m.trans...)
	c.biasO(b)
	return &c
}

// dropRare removes the features seen fewer than min times from the data and renumbers the rest.
func dropRare(data []ex, keys []uint64, seen []int32, min int32) ([]uint64, []int32) {
	newID := make([]int32, len(keys))
	var k2 []uint64
	var s2 []int32
	for id, k := range keys {
		newID[id] = -1
		if seen[id] >= min {
			newID[id] = int32(len(k2))
			k2 = append(k2, k)
			s2 = append(s2, seen[id])
		}
	}
	for _, e := range data {
		for i, ids := range e.feats {
			if ids == nil {
				continue
			}
			out := ids[:0]
			for _, id := range ids {
				if n := newID[id]; n >= 0 {
					out = append(out, n)
				}
			}
			e.feats[i] = out // never nil: the word is still a candidate
		}
	}
	return k2, s2
}

// finish builds a Model from trained weights, dropping rare features and small weights.
func finish(w, tr []float32, keys []uint64, seen []int32, opt TrainOptions, wd *wordData, private map[uint64]bool) *Model {
	L := numLabels
	m := &Model{trans: tr, words: wd}
	m.biasO(opt.OBias)
	feats := make(map[uint64][]float32, len(keys))
	med := make([]float32, L)
	for id, k := range keys {
		if private[k] {
			continue
		}
		// Adding the same amount to every label's weight of a feature changes no decision
		// (each word's label scores all move together), so centre each feature on its
		// median: most of its weights then sit near zero and are pruned, which keeps the
		// model small and tagging fast.
		copy(med, w[id*L:id*L+L])
		slices.Sort(med)
		c := med[L/2]
		var row []float32
		for l := 0; l < L; l++ {
			v := w[id*L+l] - c
			if float32(math.Abs(float64(v))) < opt.Prune {
				continue
			}
			if row == nil {
				row = make([]float32, L)
			}
			row[l] = v
		}
		if row != nil {
			feats[k] = row
		}
	}
	m.tab = buildTable(feats)
	return m
}

func sortedKeys(m map[uint64][]float32) []uint64 {
	ks := make([]uint64, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}
