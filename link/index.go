package link

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"crosscheck/article"
)

// MinHash and LSH shape: numHashes minima in bands of rows; two articles whose shingle sets
// have Jaccard similarity J share a band with probability 1-(1-J^rows)^bands (0.5 at J≈0.5).
const (
	numHashes = 64
	bands     = 16
	rows      = numHashes / bands
	// maxAnchors is how many distinctive terms (names, numbers, long compounds) a signature
	// keeps for the rare-term path, which finds rewrites that share few exact shingles.
	maxAnchors = 24
	// queryAnchors is how many of them, the rarest in the index, a lookup uses.
	queryAnchors = 16
	// maxPosting: anchors in more articles than this are too common to point anywhere, and
	// skipping them keeps a lookup's cost bounded whatever the index size.
	maxPosting = 1000
	// minSharedAnchors: a candidate found only by rare terms must share this many.
	minSharedAnchors = 3
	// maxCandidates bounds what one lookup returns (the best by evidence).
	maxCandidates = 32
)

// Signature is what the index keeps of an article: MinHash minima over its word shingles and
// the hashes of its distinctive terms. It is small and serialisable, so a store can keep it
// and rebuild the index on start.
type Signature struct {
	Mins    []uint32 // numHashes minima, or none for an article without words
	Anchors []uint64 // sorted term hashes, at most maxAnchors
}

// NewSignature computes the signature of an analysed article.
func NewSignature(d *Doc) Signature {
	if d == nil {
		return signatureOf(d, features(d))
	}
	return d.signature() // the linker has usually made it already
}

func signatureOf(d *Doc, f *docFeat) Signature {
	var sig Signature
	shingles := shingleHashes(d)
	if len(shingles) > 0 {
		sig.Mins = make([]uint32, numHashes)
		for k := range sig.Mins {
			sig.Mins[k] = math.MaxUint32
		}
		for _, h := range shingles {
			for k := range numHashes {
				if v := permute(h, k); v < sig.Mins[k] {
					sig.Mins[k] = v
				}
			}
		}
	}
	sig.Anchors = anchors(f)
	return sig
}

// shingleHashes hashes the 2-shingles of content stems within each sentence (a sentence with
// one content word gives that word), so reordered sentences keep their shingles.
func shingleHashes(d *Doc) []uint64 {
	if d == nil || d.Analysis == nil {
		return nil
	}
	an := d.Analysis
	sp := shinglePool.Get().(*shingleScratch)
	defer func() {
		clear(sp.seen)
		clear(sp.words)
		sp.words = sp.words[:0]
		shinglePool.Put(sp)
	}()
	seen := sp.seen
	var out []uint64
	words := sp.words[:0]
	for _, s := range an.Sentences {
		if s.TokStart < 0 || s.TokEnd > len(an.Tokens) || s.TokStart > s.TokEnd {
			continue
		}
		words = words[:0]
		for _, t := range an.Tokens[s.TokStart:s.TokEnd] {
			switch {
			case t.Kind == article.TokNumber:
				words = append(words, normNumber(t.Text))
			case t.Kind == article.TokWord && !t.Stop && utf8.RuneCountInString(t.Norm) >= 2:
				st := t.Stem
				if st == "" {
					st = t.Norm
				}
				words = append(words, st)
			}
		}
		add := func(h uint64) {
			if _, ok := seen[h]; !ok {
				seen[h] = struct{}{}
				out = append(out, h)
			}
		}
		if len(words) == 1 {
			add(hashString(words[0]))
		}
		for k := 0; k+1 < len(words); k++ {
			add(hashPair(words[k], words[k+1]))
		}
	}
	sp.words = words
	return out
}

// shingleScratch is what shingleHashes reuses between documents (shinglePool).
type shingleScratch struct {
	seen  map[uint64]struct{}
	words []string
}

var shinglePool = sync.Pool{New: func() any { return &shingleScratch{seen: map[uint64]struct{}{}} }}

// hashPair is hashString(a + " " + b), without making that string.
func hashPair(a, b string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(a); i++ {
		h ^= uint64(a[i])
		h *= fnvPrime
	}
	h ^= ' '
	h *= fnvPrime
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= fnvPrime
	}
	return mix64(h)
}

// FNV-1a's 64-bit offset basis and prime (hashString, hashPair).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a (64 bits) of s, mixed; written out, as hash/fnv would allocate for
// every term.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return mix64(h)
}

// mix64 is a 64-bit finaliser (from the MurmurHash3 family): it spreads every input bit over
// the output, which FNV alone does poorly for short strings.
func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// permute is the k-th hash function of the MinHash family.
func permute(h uint64, k int) uint32 {
	return uint32(mix64(h+uint64(k+1)*0x9e3779b97f4a7c15) >> 32)
}

// anchors picks the distinctive terms of an article: names and numbers of at least two
// characters, then long stems (German compounds), the more frequent in the article first.
func anchors(f *docFeat) []uint64 {
	type cand struct {
		term  string
		class int
		n     int
	}
	// vocab and cnt are all's terms and counts, without a map's walk; the order of cs is
	// set by the sort below, whole.
	cs := make([]cand, 0, len(f.vocab)/2)
	for k, t := range f.vocab {
		n := f.cnt[k]
		class := -1
		switch {
		case strings.HasPrefix(t, numPrefix):
			if utf8.RuneCountInString(t) >= 3 {
				class = 0
			}
		case strings.HasPrefix(t, namePrefix):
			if utf8.RuneCountInString(t) >= 4 {
				class = 0
			}
		case utf8.RuneCountInString(t) >= 9:
			class = 1
		}
		if class >= 0 {
			cs = append(cs, cand{t, class, n})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if a.class != b.class {
			return a.class - b.class
		}
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.term, b.term)
	})
	if len(cs) > maxAnchors {
		cs = cs[:maxAnchors]
	}
	out := make([]uint64, 0, len(cs))
	for _, c := range cs {
		out = append(out, hashString(c.term))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

const sigVersion = 1

// MarshalBinary encodes the signature: a version byte, then the minima and the anchors, each
// as a uvarint count followed by little-endian values.
func (s Signature) MarshalBinary() ([]byte, error) {
	out := make([]byte, 0, 1+2*binary.MaxVarintLen64+4*len(s.Mins)+8*len(s.Anchors))
	out = append(out, sigVersion)
	out = binary.AppendUvarint(out, uint64(len(s.Mins)))
	for _, m := range s.Mins {
		out = binary.LittleEndian.AppendUint32(out, m)
	}
	out = binary.AppendUvarint(out, uint64(len(s.Anchors)))
	for _, a := range s.Anchors {
		out = binary.LittleEndian.AppendUint64(out, a)
	}
	return out, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote, rejecting anything malformed.
func (s *Signature) UnmarshalBinary(data []byte) error {
	if len(data) == 0 || data[0] != sigVersion {
		return errors.New("link: signature: unknown version")
	}
	data = data[1:]
	n, k := binary.Uvarint(data)
	if k <= 0 || (n != 0 && n != numHashes) {
		return fmt.Errorf("link: signature: bad minima count")
	}
	data = data[k:]
	if uint64(len(data)) < 4*n {
		return errors.New("link: signature: truncated minima")
	}
	mins := make([]uint32, n)
	for i := range mins {
		mins[i] = binary.LittleEndian.Uint32(data[4*i:])
	}
	data = data[4*n:]
	m, k := binary.Uvarint(data)
	if k <= 0 || m > maxAnchors {
		return errors.New("link: signature: bad anchor count")
	}
	data = data[k:]
	if uint64(len(data)) != 8*m {
		return errors.New("link: signature: anchors length mismatch")
	}
	anch := make([]uint64, m)
	for i := range anch {
		anch[i] = binary.LittleEndian.Uint64(data[8*i:])
	}
	if len(mins) == 0 {
		mins = nil
	}
	if len(anch) == 0 {
		anch = nil
	}
	*s = Signature{Mins: mins, Anchors: anch}
	return nil
}

// Keys is where an Index keeps its keys: MinHash band buckets (KindBand) and postings of
// distinctive terms (KindAnchor), each key holding the ids of the articles under it. The
// index in memory is NewIndex; the placement stage keeps them in a table.
type Keys interface {
	// AddKey files id under key.
	AddKey(kind uint8, key uint64, id string) error
	// EachKey calls fn for the ids under key, at most limit of them, the latest filed first.
	EachKey(kind uint8, key uint64, limit int, fn func(id string)) error
	// CountKey is the number of ids under key, counting no further than limit.
	CountKey(kind uint8, key uint64, limit int) (int, error)
	// Len is the number of articles indexed.
	Len() (int, error)
}

// BatchKeys is Keys that look up many keys at once (a table answers them in one statement).
// Index uses it when its Keys have it.
type BatchKeys interface {
	Keys
	// EachKeys calls fn for the ids under each of keys, at most limit per key, the latest
	// filed first within a key.
	EachKeys(kind uint8, keys []uint64, limit int, fn func(key uint64, id string)) error
	// CountKeys returns the number of ids under each of keys that has any.
	CountKeys(kind uint8, keys []uint64) (map[uint64]int, error)
}

// RefKeys is BatchKeys that also give each id as a ref: a small number, one per id, below
// Refs() once given. The candidate search then tallies postings in a slice by ref instead
// of a map by id (the map was half of the search).
type RefKeys interface {
	BatchKeys
	// EachKeyRefs is EachKeys with refs for ids.
	EachKeyRefs(kind uint8, keys []uint64, limit int, fn func(key uint64, ref int32)) error
	// RefID is the id of ref.
	RefID(ref int32) string
}

// Key kinds.
const (
	KindBand   uint8 = 0
	KindAnchor uint8 = 1
)

// multimap maps uint64 keys to lists of document numbers. Most keys (band buckets, rare
// terms) hold one document, so singletons live in a flat map and only shared keys get a slice:
// this roughly halves the memory per indexed article.
type multimap struct {
	single map[uint64]uint32
	multi  map[uint64][]uint32
}

func newMultimap() multimap {
	return multimap{single: map[uint64]uint32{}, multi: map[uint64][]uint32{}}
}

func (m *multimap) add(k uint64, v uint32) {
	if l, ok := m.multi[k]; ok {
		m.multi[k] = append(l, v)
		return
	}
	if s, ok := m.single[k]; ok {
		delete(m.single, k)
		m.multi[k] = []uint32{s, v}
		return
	}
	m.single[k] = v
}

func (m *multimap) count(k uint64) int {
	if l, ok := m.multi[k]; ok {
		return len(l)
	}
	if _, ok := m.single[k]; ok {
		return 1
	}
	return 0
}

// each calls fn for up to limit values under k, the latest added first.
func (m *multimap) each(k uint64, limit int, fn func(uint32)) {
	if l, ok := m.multi[k]; ok {
		for i := len(l) - 1; i >= 0 && len(l)-i <= limit; i-- {
			fn(l[i])
		}
		return
	}
	if v, ok := m.single[k]; ok && limit > 0 {
		fn(v)
	}
}

// memKeys keeps an index's keys in memory.
type memKeys struct {
	mu    sync.RWMutex
	ids   []string
	byID  map[string]uint32
	kinds [2]multimap
}

func (m *memKeys) num(id string) uint32 {
	n, ok := m.byID[id]
	if !ok {
		n = uint32(len(m.ids))
		m.ids = append(m.ids, id)
		m.byID[id] = n
	}
	return n
}

func (m *memKeys) AddKey(kind uint8, key uint64, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.kinds[kind&1].add(key, m.num(id))
	return nil
}

func (m *memKeys) EachKey(kind uint8, key uint64, limit int, fn func(id string)) error {
	m.mu.RLock()
	defer m.mu.RUnlock()
	m.kinds[kind&1].each(key, limit, func(v uint32) { fn(m.ids[v]) })
	return nil
}

func (m *memKeys) CountKey(kind uint8, key uint64, limit int) (int, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return min(m.kinds[kind&1].count(key), limit), nil
}

func (m *memKeys) Len() (int, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return len(m.ids), nil
}

// Index finds candidate sources for an article among many: LSH buckets over MinHash bands
// for copies and close rewrites, and an inverted index of distinctive terms for loose ones.
// A lookup touches a bounded number of buckets and postings, so its cost does not grow
// linearly with the index. Safe for concurrent use when its Keys are.
type Index struct {
	keys Keys
	mem  *memKeys // when the keys are in memory: to make Add of a known id a no-op
}

// NewIndex returns an empty index in memory.
func NewIndex() *Index {
	m := &memKeys{byID: map[string]uint32{}, kinds: [2]multimap{newMultimap(), newMultimap()}}
	return &Index{keys: m, mem: m}
}

// NewIndexOn returns an index over keys kept elsewhere (a table). The caller adds each
// article once.
func NewIndexOn(keys Keys) *Index { return &Index{keys: keys} }

// Len is the number of indexed articles.
func (x *Index) Len() int {
	n, _ := x.keys.Len()
	return n
}

func bandKey(mins []uint32, b int) uint64 {
	h := uint64(b+1) * 0x9e3779b97f4a7c15
	for _, m := range mins[b*rows : (b+1)*rows] {
		h = mix64(h ^ uint64(m))
	}
	return h
}

// Add indexes the article id with its signature. In memory, adding an id again does nothing:
// an id names one article's content.
func (x *Index) Add(id string, sig Signature) error {
	if x.mem != nil {
		x.mem.mu.RLock()
		_, known := x.mem.byID[id]
		x.mem.mu.RUnlock()
		if known {
			return nil
		}
		x.mem.mu.Lock()
		x.mem.num(id)
		x.mem.mu.Unlock()
	}
	if len(sig.Mins) == numHashes {
		for b := range bands {
			if err := x.keys.AddKey(KindBand, bandKey(sig.Mins, b), id); err != nil {
				return err
			}
		}
	}
	for _, a := range sig.Anchors {
		if err := x.keys.AddKey(KindAnchor, a, id); err != nil {
			return err
		}
	}
	return nil
}

// slotPool holds the slices by ref of Candidates (all -1 between searches).
var slotPool = sync.Pool{New: func() any { return new([]int32) }}

// tally is one candidate's evidence in Candidates: its score and shared anchors, found
// through one map lookup per posting (two maps were a fifth of the candidate search).
type tally struct {
	id     string
	score  float64
	shared int
	ref    int32 // with RefKeys
}

// tallyPool holds Candidates' tallies between searches (a search of a full index tallies
// thousands of articles: they were most of what the candidate search allocated).
var tallyPool = sync.Pool{New: func() any { return new([]tally) }}

// bucketLimit bounds what one band bucket contributes: a bucket holding more articles than
// this holds boilerplate, not a source.
const bucketLimit = 256

// Candidates returns the ids of indexed articles that may share a source with sig's article,
// best evidence first (ties by id), at most maxCandidates of them.
func (x *Index) Candidates(sig Signature) ([]string, error) {
	tp := tallyPool.Get().(*[]tally)
	tallies := (*tp)[:0]
	defer func() { // after slot's reset below, which reads the tallies' refs
		clear(tallies) // no ids kept alive by the pool
		*tp = tallies[:0]
		tallyPool.Put(tp)
	}()
	var at map[string]int32 // made on first use: with RefKeys, never
	of := func(id string) *tally {
		i, ok := at[id]
		if !ok {
			if at == nil {
				at = map[string]int32{}
			}
			i = int32(len(tallies))
			at[id] = i
			tallies = append(tallies, tally{id: id})
		}
		return &tallies[i]
	}
	batch, _ := x.keys.(BatchKeys)
	// With refs, each posting finds its tally through slot, by ref (-1: none yet); the
	// tallies are the same, in the same order, as through at.
	refs, _ := x.keys.(RefKeys)
	var slot []int32
	if refs != nil {
		sp := slotPool.Get().(*[]int32)
		slot = *sp
		defer func() {
			for _, t := range tallies {
				slot[t.ref] = -1 // all -1 again for the next search
			}
			*sp = slot
			slotPool.Put(sp)
		}()
	}
	ofRef := func(ref int32) *tally {
		for int(ref) >= len(slot) {
			slot = append(slot, -1)
		}
		i := slot[ref]
		if i < 0 {
			i = int32(len(tallies))
			slot[ref] = i
			tallies = append(tallies, tally{id: refs.RefID(ref), ref: ref})
		}
		return &tallies[i]
	}
	if len(sig.Mins) == numHashes {
		if refs != nil {
			keys := make([]uint64, bands)
			for b := range bands {
				keys[b] = bandKey(sig.Mins, b)
			}
			if err := refs.EachKeyRefs(KindBand, keys, bucketLimit, func(_ uint64, ref int32) { ofRef(ref).score += 100 }); err != nil {
				return nil, err
			}
		} else if batch != nil {
			keys := make([]uint64, bands)
			for b := range bands {
				keys[b] = bandKey(sig.Mins, b)
			}
			if err := batch.EachKeys(KindBand, keys, bucketLimit, func(_ uint64, id string) { of(id).score += 100 }); err != nil {
				return nil, err
			}
		} else {
			for b := range bands {
				err := x.keys.EachKey(KindBand, bandKey(sig.Mins, b), bucketLimit, func(id string) { of(id).score += 100 })
				if err != nil {
					return nil, err
				}
			}
		}
	}
	// The rarest anchors of the query, by their posting lengths.
	type an struct {
		h  uint64
		df int
	}
	var as []an
	var counts map[uint64]int
	if batch != nil && len(sig.Anchors) > 0 {
		var err error
		if counts, err = batch.CountKeys(KindAnchor, sig.Anchors); err != nil {
			return nil, err
		}
	}
	for _, h := range sig.Anchors {
		df, ok := counts[h]
		if counts == nil {
			var err error
			if df, err = x.keys.CountKey(KindAnchor, h, maxPosting+1); err != nil {
				return nil, err
			}
		} else if !ok {
			continue
		}
		if df > 0 && df <= maxPosting {
			as = append(as, an{h, df})
		}
	}
	slices.SortFunc(as, func(a, b an) int {
		if a.df != b.df {
			return a.df - b.df
		}
		if a.h < b.h {
			return -1
		}
		if a.h > b.h {
			return 1
		}
		return 0
	})
	if len(as) > queryAnchors {
		as = as[:queryAnchors]
	}
	n, err := x.keys.Len()
	if err != nil {
		return nil, err
	}
	total := float64(n) + 1
	weight := map[uint64]float64{}
	for _, a := range as {
		weight[a.h] = math.Log(total / float64(a.df))
	}
	if batch != nil && len(as) > 0 {
		keys := make([]uint64, len(as))
		for i, a := range as {
			keys[i] = a.h
		}
		// EachKeys gives a key's ids one after the other: its weight is looked up once.
		lastKey, w := keys[0], weight[keys[0]]
		add := func(k uint64, t *tally) {
			if k != lastKey {
				lastKey, w = k, weight[k]
			}
			t.shared++
			t.score += w
		}
		var err error
		if refs != nil {
			err = refs.EachKeyRefs(KindAnchor, keys, maxPosting, func(k uint64, ref int32) { add(k, ofRef(ref)) })
		} else {
			err = batch.EachKeys(KindAnchor, keys, maxPosting, func(k uint64, id string) { add(k, of(id)) })
		}
		if err != nil {
			return nil, err
		}
	} else {
		for _, a := range as {
			w := weight[a.h]
			err := x.keys.EachKey(KindAnchor, a.h, maxPosting, func(id string) {
				t := of(id)
				t.shared++
				t.score += w
			})
			if err != nil {
				return nil, err
			}
		}
	}
	type cand struct {
		id    string
		score float64
	}
	var cs []cand
	for _, t := range tallies {
		if t.score < 100 && t.shared < minSharedAnchors {
			continue
		}
		cs = append(cs, cand{t.id, t.score})
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return strings.Compare(a.id, b.id)
	})
	if len(cs) > maxCandidates {
		cs = cs[:maxCandidates]
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.id
	}
	return out, nil
}
