package link

import (
	"math"
	"strings"
)

// StoryModel weighs terms by their inverse document frequency over a collection of articles,
// for StoryModel.Similarity. The zero value (or nil) weighs by a static rarity proxy instead.
type StoryModel struct {
	df map[string]int
	n  int
}

// NewStoryModel counts document frequencies over docs.
func NewStoryModel(docs []*Doc) *StoryModel {
	m := &StoryModel{df: map[string]int{}}
	for _, d := range docs {
		m.n++
		for t := range features(d).all {
			m.df[t]++
		}
	}
	return m
}

// weight is the idf of t, or, without counts, a rarity proxy: names and numbers and long
// words (compounds) are rarer than short words.
func (m *StoryModel) weight(t string) float64 {
	if m != nil && m.n > 0 {
		return math.Log(float64(m.n+1) / float64(m.df[t]+1))
	}
	switch {
	case strings.HasPrefix(t, namePrefix), strings.HasPrefix(t, numPrefix):
		return 2
	case len(t) >= 8:
		return 1.5
	}
	return 1
}

// StorySimilarity is how likely two articles report the same story, in [0,1]: the cosine of
// their term vectors (log term frequency times rarity) blended with the overlap of their names
// and numbers. Unlike Compare it needs no sentence to match: independent reports of one event
// score high too.
func StorySimilarity(a, b *Doc) float64 {
	var m *StoryModel
	return m.Similarity(a, b)
}

// Similarity is StorySimilarity with the model's term weights.
func (m *StoryModel) Similarity(a, b *Doc) float64 {
	return m.similarity(features(a), features(b))
}

func (m *StoryModel) similarity(fa, fb *docFeat) float64 {
	vec := func(f *docFeat) map[string]float64 {
		v := make(map[string]float64, len(f.all))
		for t, n := range f.all {
			v[t] = (1 + math.Log(float64(n))) * m.weight(t)
		}
		return v
	}
	va, vb := vec(fa), vec(fb)
	var dot, na, nb float64
	for t, x := range va {
		na += x * x
		if y, ok := vb[t]; ok {
			dot += x * y
		}
	}
	for _, y := range vb {
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	cos := dot / math.Sqrt(na*nb)
	// names and numbers: weighted Jaccard
	var inter, union float64
	for t, x := range va {
		if !strings.HasPrefix(t, namePrefix) && !strings.HasPrefix(t, numPrefix) {
			continue
		}
		w := m.weight(t)
		if _, ok := vb[t]; ok {
			inter += w
		}
		union += w
		_ = x
	}
	for t := range vb {
		if !strings.HasPrefix(t, namePrefix) && !strings.HasPrefix(t, numPrefix) {
			continue
		}
		if _, ok := va[t]; !ok {
			union += m.weight(t)
		}
	}
	names := 0.0
	if union > 0 {
		names = inter / union
	}
	return math.Min(1, 0.75*cos+0.25*names)
}
