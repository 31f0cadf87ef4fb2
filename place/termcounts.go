package place

// termCounts holds the document frequencies and background counts of the terms the cache
// knows, indexed by term id. Ids are dense (issued in order), so pages of arrays replace
// two maps: looking ids up in maps was a twentieth of ingest's CPU. A term's df is known or
// not, as a map entry is present or not; its prior is 0 until set, as a map's zero value.
type termCounts struct {
	pages []*termPage
	n     int // terms whose df is known
}

const termPageBits = 12

type termPage struct {
	df    [1 << termPageBits]int64
	prior [1 << termPageBits]float64
	known [1 << termPageBits / 64]uint64
}

func (t *termCounts) page(id uint32, grow bool) *termPage {
	i := int(id >> termPageBits)
	if i < len(t.pages) && t.pages[i] != nil {
		return t.pages[i]
	}
	if !grow {
		return nil
	}
	if i >= len(t.pages) {
		t.pages = append(t.pages, make([]*termPage, i+1-len(t.pages))...)
	}
	t.pages[i] = &termPage{}
	return t.pages[i]
}

// df returns a term's document frequency and whether it is known.
func (t *termCounts) df(id uint32) (int64, bool) {
	p := t.page(id, false)
	if p == nil {
		return 0, false
	}
	k := id & (1<<termPageBits - 1)
	if p.known[k/64]&(1<<(k%64)) == 0 {
		return 0, false
	}
	return p.df[k], true
}

// setDF sets a term's document frequency (it is known from then on).
func (t *termCounts) setDF(id uint32, df int64) {
	p := t.page(id, true)
	k := id & (1<<termPageBits - 1)
	if p.known[k/64]&(1<<(k%64)) == 0 {
		p.known[k/64] |= 1 << (k % 64)
		t.n++
	}
	p.df[k] = df
}

// prior returns a term's background count, 0 when not set.
func (t *termCounts) prior(id uint32) float64 {
	p := t.page(id, false)
	if p == nil {
		return 0
	}
	return p.prior[id&(1<<termPageBits-1)]
}

func (t *termCounts) setPrior(id uint32, x float64) {
	t.page(id, true).prior[id&(1<<termPageBits-1)] = x
}

// len is how many terms' document frequencies are known.
func (t *termCounts) len() int { return t.n }
