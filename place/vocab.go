package place

import "math"

// priorDocs smooths the idf while few documents have been seen: as if that many earlier
// documents had held none of the terms, so the first articles of a stream do not make every
// word look rare.
const priorDocs = 50

// idfOf is the inverse document frequency of a term in df of n documents.
func idfOf(df, n int64) float64 {
	return math.Log((float64(n) + priorDocs + 1) / (float64(df) + 1))
}

// MemVocab is a vocabulary in memory, for tests, benchmarks and the weight generator.
type MemVocab struct {
	ids  map[string]uint32
	df   []int64
	docs int64
}

// NewMemVocab returns an empty vocabulary.
func NewMemVocab() *MemVocab { return &MemVocab{ids: map[string]uint32{}} }

// Observe implements Vocab.
func (m *MemVocab) Observe(keys []string) ([]uint32, error) {
	m.docs++
	out := make([]uint32, len(keys))
	for i, k := range keys {
		id, ok := m.ids[k]
		if !ok {
			id = uint32(len(m.df) + 1)
			m.ids[k] = id
			m.df = append(m.df, 0)
		}
		m.df[id-1]++
		out[i] = id
	}
	return out, nil
}

// IDF implements Vocab.
func (m *MemVocab) IDF(id uint32) (float64, error) {
	var df int64
	if id >= 1 && int(id) <= len(m.df) {
		df = m.df[id-1]
	}
	return idfOf(df, m.docs), nil
}
