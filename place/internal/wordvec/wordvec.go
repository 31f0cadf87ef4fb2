// Package wordvec trains distributional word vectors: positive pointwise mutual information
// of the words within a few positions of each other, reduced to a few dimensions by a
// randomized singular value decomposition. Pure Go and deterministic (a fixed seed), so the
// same documents give the same vectors.
package wordvec

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// Options say how to train.
type Options struct {
	Window   int     // words either side that count as context (5)
	MinCount int     // a word needs this many occurrences to get a vector (5)
	MaxVocab int     // at most this many words, the most frequent (30000)
	Dim      int     // dimensions kept (100)
	Alpha    float64 // context distribution smoothing (0.75)
	Power    int     // power iterations of the randomized SVD (2)
	Seed     uint64
}

func (o Options) withDefaults() Options {
	if o.Window <= 0 {
		o.Window = 5
	}
	if o.MinCount <= 0 {
		o.MinCount = 5
	}
	if o.MaxVocab <= 0 {
		o.MaxVocab = 30000
	}
	if o.Dim <= 0 {
		o.Dim = 100
	}
	if o.Alpha <= 0 {
		o.Alpha = 0.75
	}
	if o.Power <= 0 {
		o.Power = 2
	}
	return o
}

// Vectors maps words to unit vectors of Dim dimensions.
type Vectors struct {
	Dim   int
	Index map[string]int
	Words []string
	Data  []float32 // len(Words)·Dim, row by row
}

// Vec returns the vector of w, nil when w has none.
func (v *Vectors) Vec(w string) []float32 {
	i, ok := v.Index[w]
	if !ok {
		return nil
	}
	return v.Data[i*v.Dim : (i+1)*v.Dim]
}

// Train learns vectors from documents given as sequences of words.
func Train(docs [][]string, o Options) *Vectors {
	o = o.withDefaults()
	count := map[string]int{}
	for _, d := range docs {
		for _, w := range d {
			count[w]++
		}
	}
	var words []string
	for w, n := range count {
		if n >= o.MinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > o.MaxVocab {
		words = words[:o.MaxVocab]
	}
	index := make(map[string]int, len(words))
	for i, w := range words {
		index[w] = i
	}
	n := len(words)
	co := map[uint64]float64{}
	for _, d := range docs {
		ids := make([]int, 0, len(d))
		for _, w := range d {
			if i, ok := index[w]; ok {
				ids = append(ids, i)
			} else {
				ids = append(ids, -1)
			}
		}
		for a, i := range ids {
			if i < 0 {
				continue
			}
			for b := a + 1; b <= a+o.Window && b < len(ids); b++ {
				j := ids[b]
				if j < 0 || j == i {
					continue
				}
				co[uint64(i)<<32|uint64(j)]++
				co[uint64(j)<<32|uint64(i)]++
			}
		}
	}
	rowSum := make([]float64, n)
	colSum := make([]float64, n)
	var total float64
	keys := make([]uint64, 0, len(co))
	for k, c := range co {
		keys = append(keys, k)
		rowSum[k>>32] += c
		colSum[k&0xffffffff] += c
		total += c
	}
	slices.Sort(keys)
	var alphaSum float64
	colA := make([]float64, n)
	for j, c := range colSum {
		colA[j] = math.Pow(c, o.Alpha)
		alphaSum += colA[j]
	}
	m := &csr{n: n, start: make([]int, n+1)}
	for _, k := range keys {
		i, j := int(k>>32), int(k&0xffffffff)
		pmi := math.Log(co[k] / total / (rowSum[i] / total * colA[j] / alphaSum))
		if pmi <= 0 {
			continue
		}
		m.col = append(m.col, int32(j))
		m.val = append(m.val, pmi)
		m.start[i+1]++
	}
	for i := range n {
		m.start[i+1] += m.start[i]
	}
	emb := rsvd(m, o)
	return &Vectors{Dim: o.Dim, Index: index, Words: words, Data: emb}
}

// csr is a sparse square matrix by rows.
type csr struct {
	n     int
	start []int
	col   []int32
	val   []float64
}

// mul returns m·x for x of n rows and l columns, row by row.
func (m *csr) mul(x []float64, l int) []float64 {
	out := make([]float64, m.n*l)
	for i := range m.n {
		o := out[i*l : (i+1)*l]
		for k := m.start[i]; k < m.start[i+1]; k++ {
			v, xr := m.val[k], x[int(m.col[k])*l:int(m.col[k]+1)*l]
			for c := range l {
				o[c] += v * xr[c]
			}
		}
	}
	return out
}

// mulT returns mᵀ·x.
func (m *csr) mulT(x []float64, l int) []float64 {
	out := make([]float64, m.n*l)
	for i := range m.n {
		xr := x[i*l : (i+1)*l]
		for k := m.start[i]; k < m.start[i+1]; k++ {
			v, o := m.val[k], out[int(m.col[k])*l:int(m.col[k]+1)*l]
			for c := range l {
				o[c] += v * xr[c]
			}
		}
	}
	return out
}

// orth makes the l columns of x (n rows, row by row) orthonormal (modified Gram-Schmidt).
func orth(x []float64, n, l int) {
	for c := range l {
		for p := range c {
			var d float64
			for i := range n {
				d += x[i*l+c] * x[i*l+p]
			}
			for i := range n {
				x[i*l+c] -= d * x[i*l+p]
			}
		}
		var s float64
		for i := range n {
			s += x[i*l+c] * x[i*l+c]
		}
		s = math.Sqrt(s)
		if s < 1e-12 {
			continue
		}
		for i := range n {
			x[i*l+c] /= s
		}
	}
}

// rsvd returns the rows of U·√Σ of m's leading singular vectors, each made unit length.
func rsvd(m *csr, o Options) []float32 {
	n, k := m.n, o.Dim
	l := k + 20
	if l > n {
		l = n
	}
	if k > l {
		k = l
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	om := make([]float64, n*l)
	for i := range om {
		om[i] = rng.NormFloat64()
	}
	y := m.mul(om, l)
	for range o.Power {
		orth(y, n, l)
		z := m.mulT(y, l)
		orth(z, n, l)
		y = m.mul(z, l)
	}
	orth(y, n, l)
	bt := m.mulT(y, l) // (Qᵀ M)ᵀ
	c := make([]float64, l*l)
	for i := range n {
		r := bt[i*l : (i+1)*l]
		for a := range l {
			for b := a; b < l; b++ {
				c[a*l+b] += r[a] * r[b]
			}
		}
	}
	for a := range l {
		for b := range a {
			c[a*l+b] = c[b*l+a]
		}
	}
	lam, w := jacobi(c, l)
	order := make([]int, l)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return lam[order[a]] > lam[order[b]] })
	out := make([]float32, n*k)
	row := make([]float64, k)
	for i := range n {
		q := y[i*l : (i+1)*l]
		var norm float64
		for d := range k {
			e := order[d]
			var s float64
			for a := range l {
				s += q[a] * w[a*l+e]
			}
			// Σ^½: σ = √λ of M Mᵀ.
			s *= math.Pow(math.Max(lam[e], 0), 0.25)
			row[d] = s
			norm += s * s
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			continue
		}
		for d := range k {
			out[i*k+d] = float32(row[d] / norm)
		}
	}
	// A vector's sign is arbitrary; fix it so that the result does not depend on rounding.
	for d := range k {
		var s float64
		for i := range n {
			s += float64(out[i*k+d])
		}
		if s < 0 {
			for i := range n {
				out[i*k+d] = -out[i*k+d]
			}
		}
	}
	return out
}

// jacobi returns the eigenvalues and eigenvectors (columns of the row-major matrix) of the
// symmetric l×l matrix a, which it overwrites.
func jacobi(a []float64, l int) ([]float64, []float64) {
	v := make([]float64, l*l)
	for i := range l {
		v[i*l+i] = 1
	}
	for sweep := 0; sweep < 100; sweep++ {
		var off float64
		for p := range l {
			for q := p + 1; q < l; q++ {
				off += a[p*l+q] * a[p*l+q]
			}
		}
		if off < 1e-22 {
			break
		}
		for p := range l {
			for q := p + 1; q < l; q++ {
				apq := a[p*l+q]
				if math.Abs(apq) < 1e-300 {
					continue
				}
				theta := (a[q*l+q] - a[p*l+p]) / (2 * apq)
				t := 1 / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				if theta < 0 {
					t = -t
				}
				cs := 1 / math.Sqrt(t*t+1)
				sn := t * cs
				for k := range l {
					akp, akq := a[k*l+p], a[k*l+q]
					a[k*l+p] = cs*akp - sn*akq
					a[k*l+q] = sn*akp + cs*akq
				}
				for k := range l {
					apk, aqk := a[p*l+k], a[q*l+k]
					a[p*l+k] = cs*apk - sn*aqk
					a[q*l+k] = sn*apk + cs*aqk
				}
				for k := range l {
					vkp, vkq := v[k*l+p], v[k*l+q]
					v[k*l+p] = cs*vkp - sn*vkq
					v[k*l+q] = sn*vkp + cs*vkq
				}
			}
		}
	}
	lam := make([]float64, l)
	for i := range l {
		lam[i] = a[i*l+i]
	}
	return lam, v
}
