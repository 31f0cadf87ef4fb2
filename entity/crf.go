package entity

import (
	"math"
	"math/rand/v2"
)

// negInf stands for an impossible label in log space; finite, so sums stay well defined.
const negInf = -1e30

// trainCRF fits feature and transition weights by maximising the conditional
// log-likelihood of the gold label sequences (Lafferty et al. 2001) with AdaGrad, one
// sentence at a time. Marginals come from forward-backward under the same constraints the
// decoder applies (I- only after its own type, non-candidate words always O), so training
// and tagging agree. Compared with the perceptron, it learns from every word's label
// distribution, not only from decoding mistakes, which matters with little labelled data.
func trainCRF(data []ex, nf int, opt TrainOptions) (w, tr []float32) {
	L := numLabels
	w = make([]float32, nf*L)
	gw := make([]float32, nf*L) // AdaGrad: sum of squared gradients
	trw := make([]float64, (L+1)*L)
	gtr := make([]float64, (L+1)*L)
	okTrans := make([]bool, (L+1)*L)
	for a := 0; a < L; a++ {
		for b := 0; b < L; b++ {
			okTrans[a*L+b] = allowed(a, b)
		}
	}
	for b := 0; b < L; b++ {
		okTrans[L*L+b] = allowed(0, b)
	}
	rate, l2 := float32(opt.Rate), float32(opt.L2)
	const eps = 1e-6
	var em, alpha, beta, marg []float64
	gT := make([]float64, (L+1)*L)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			e := &data[di]
			n := len(e.gold)
			if cap(em) < n*L {
				em = make([]float64, 2*n*L)
				alpha = make([]float64, 2*n*L)
				beta = make([]float64, 2*n*L)
				marg = make([]float64, 2*n*L)
			}
			em, alpha, beta, marg = em[:n*L], alpha[:n*L], beta[:n*L], marg[:n*L]
			for i, ids := range e.feats {
				row := em[i*L : (i+1)*L]
				if ids == nil {
					row[0] = 0
					for l := 1; l < L; l++ {
						row[l] = negInf
					}
					continue
				}
				clear(row)
				for _, id := range ids {
					wr := w[int(id)*L : int(id)*L+L]
					for l := range row {
						row[l] += float64(wr[l])
					}
				}
			}
			z := forwardBackward(em, n, trw, okTrans, alpha, beta)
			for i := 0; i < n*L; i++ {
				marg[i] = 0
				if alpha[i] > negInf/2 {
					marg[i] = math.Exp(alpha[i] + beta[i] - z)
				}
			}
			// Feature gradients: expected minus observed label, per word.
			var g [64]float32
			for i, ids := range e.feats {
				if ids == nil {
					continue
				}
				for l := 0; l < L; l++ {
					g[l] = float32(marg[i*L+l])
				}
				g[e.gold[i]]--
				for _, id := range ids {
					base := int(id) * L
					for l := 0; l < L; l++ {
						gl := g[l] + l2*w[base+l]
						if gl > -1e-7 && gl < 1e-7 {
							continue
						}
						gw[base+l] += gl * gl
						w[base+l] -= rate * gl / float32(math.Sqrt(float64(gw[base+l])+eps))
					}
				}
			}
			// Transition gradients from pairwise marginals.
			clear(gT)
			for l := 0; l < L; l++ {
				if okTrans[L*L+l] {
					gT[L*L+l] += marg[l]
				}
			}
			gT[L*L+e.gold[0]]--
			for i := 1; i < n; i++ {
				for p := 0; p < L; p++ {
					ap := alpha[(i-1)*L+p]
					if ap <= negInf/2 {
						continue
					}
					for l := 0; l < L; l++ {
						if !okTrans[p*L+l] || em[i*L+l] <= negInf/2 {
							continue
						}
						gT[p*L+l] += math.Exp(ap + trw[p*L+l] + em[i*L+l] + beta[i*L+l] - z)
					}
				}
				gT[e.gold[i-1]*L+e.gold[i]]--
			}
			for k, gk := range gT {
				if !okTrans[k] {
					continue
				}
				gk += float64(l2) * trw[k]
				gtr[k] += gk * gk
				trw[k] -= float64(rate) * gk / math.Sqrt(gtr[k]+eps)
			}
		}
	}
	tr = make([]float32, len(trw))
	for k, v := range trw {
		tr[k] = float32(v)
	}
	return w, tr
}

// forwardBackward fills alpha and beta (log space) and returns the log partition function.
func forwardBackward(em []float64, n int, trw []float64, ok []bool, alpha, beta []float64) float64 {
	L := numLabels
	var buf [64]float64
	for l := 0; l < L; l++ {
		if ok[L*L+l] {
			alpha[l] = trw[L*L+l] + em[l]
		} else {
			alpha[l] = negInf
		}
	}
	// Impossible states (every label but O on a non-candidate word, two thirds of all
	// words) are skipped: exp dominates training time.
	for i := 1; i < n; i++ {
		for l := 0; l < L; l++ {
			if em[i*L+l] <= negInf/2 {
				alpha[i*L+l] = negInf
				continue
			}
			k := 0
			for p := 0; p < L; p++ {
				if a := alpha[(i-1)*L+p]; ok[p*L+l] && a > negInf/2 {
					buf[k] = a + trw[p*L+l]
					k++
				}
			}
			alpha[i*L+l] = logSumExp(buf[:k]) + em[i*L+l]
		}
	}
	for l := 0; l < L; l++ {
		beta[(n-1)*L+l] = 0
	}
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < L; p++ {
			if em[i*L+p] <= negInf/2 {
				beta[i*L+p] = negInf
				continue
			}
			k := 0
			for l := 0; l < L; l++ {
				if e := em[(i+1)*L+l]; ok[p*L+l] && e > negInf/2 {
					buf[k] = trw[p*L+l] + e + beta[(i+1)*L+l]
					k++
				}
			}
			beta[i*L+p] = logSumExp(buf[:k])
		}
	}
	return logSumExp(alpha[(n-1)*L : n*L])
}

func logSumExp(xs []float64) float64 {
	m := math.Inf(-1)
	for _, x := range xs {
		m = max(m, x)
	}
	if m <= negInf/2 {
		return negInf
	}
	s := 0.0
	for _, x := range xs {
		s += math.Exp(x - m)
	}
	return m + math.Log(s)
}
