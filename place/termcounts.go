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

// termPage holds a page of terms, each term's counts and remembered idf side by side, so
// that an idf computed or remembered reads one cache line, not one in each of three or four
// arrays (those misses were most of what asking for an idf cost).
type termPage struct {
	e     [1 << termPageBits]termEntry
	known [1 << termPageBits / 64]uint64
}

type termEntry struct {
	df    int64
	prior float64
	idf   float64 // the idf remembered in generation gen (idfMemo)
	gen   uint32
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
	return p.e[k].df, true
}

// setDF sets a term's document frequency (it is known from then on).
func (t *termCounts) setDF(id uint32, df int64) {
	p := t.page(id, true)
	k := id & (1<<termPageBits - 1)
	if p.known[k/64]&(1<<(k%64)) == 0 {
		p.known[k/64] |= 1 << (k % 64)
		t.n++
	}
	p.e[k].df = df
}

// prior returns a term's background count, 0 when not set.
func (t *termCounts) prior(id uint32) float64 {
	p := t.page(id, false)
	if p == nil {
		return 0
	}
	return p.e[id&(1<<termPageBits-1)].prior
}

func (t *termCounts) setPrior(id uint32, x float64) {
	t.page(id, true).e[id&(1<<termPageBits-1)].prior = x
}

// len is how many terms' document frequencies are known.
func (t *termCounts) len() int { return t.n }

// memo returns the idf remembered for a term in generation gen.
func (t *termCounts) memo(id, gen uint32) (float64, bool) {
	p := t.page(id, false)
	if p == nil {
		return 0, false
	}
	if e := &p.e[id&(1<<termPageBits-1)]; e.gen == gen {
		return e.idf, true
	}
	return 0, false
}

// remember keeps a term's idf for generation gen (a term without a page is not remembered).
func (t *termCounts) remember(id, gen uint32, x float64) {
	if p := t.page(id, false); p != nil {
		e := &p.e[id&(1<<termPageBits-1)]
		e.idf, e.gen = x, gen
	}
}

// forgetAll clears every remembered idf's generation.
func (t *termCounts) forgetAll() {
	for _, p := range t.pages {
		if p != nil {
			for k := range p.e {
				p.e[k].gen = 0
			}
		}
	}
}
