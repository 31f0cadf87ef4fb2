package entity

import (
	"bytes"
	"encoding/binary"
	"errors"
)

// Bloom is a Bloom filter over strings: a compact set that may answer "yes" for a word it
// does not hold (about 1% of the time at 10 bits a word) but never "no" for one it holds.
type Bloom struct {
	bits []uint64
	m    uint64
	k    uint8
}

// NewBloom returns a filter sized for n words at bitsPerWord bits each.
func NewBloom(n, bitsPerWord int) *Bloom {
	m := uint64(max(n*bitsPerWord, 64))
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: 7}
}

func bloomHashes(s string) (uint64, uint64) {
	h1 := hashStr(fnvOffset, s)
	h2 := mix(0, h1) | 1
	return h1, h2
}

// Add puts s into the filter.
func (b *Bloom) Add(s string) {
	h1, h2 := bloomHashes(s)
	for i := uint64(0); i < uint64(b.k); i++ {
		p := (h1 + i*h2) % b.m
		b.bits[p/64] |= 1 << (p % 64)
	}
}

// Has reports whether s is (probably) in the filter.
func (b *Bloom) Has(s string) bool {
	h1, h2 := bloomHashes(s)
	return b.has(h1, h2)
}

func (b *Bloom) has(h1, h2 uint64) bool {
	if b == nil || b.m == 0 {
		return false
	}
	for i := uint64(0); i < uint64(b.k); i++ {
		p := (h1 + i*h2) % b.m
		if b.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

// WriteTo appends the filter to buf: bit count, hash count, bits.
func (b *Bloom) WriteTo(buf *bytes.Buffer) {
	_ = binary.Write(buf, binary.LittleEndian, b.m)
	buf.WriteByte(b.k)
	_ = binary.Write(buf, binary.LittleEndian, b.bits)
}

func readBloom(data []byte) (*Bloom, []byte, error) {
	if len(data) < 9 {
		return nil, nil, errors.New("entity: bloom: short data")
	}
	m := binary.LittleEndian.Uint64(data)
	k := data[8]
	n := (m + 63) / 64
	data = data[9:]
	if m == 0 || uint64(len(data)) < n*8 || k == 0 || k > 32 {
		return nil, nil, errors.New("entity: bloom: bad header")
	}
	b := &Bloom{bits: make([]uint64, n), m: m, k: k}
	for i := range b.bits {
		b.bits[i] = binary.LittleEndian.Uint64(data[8*i:])
	}
	return b, data[8*n:], nil
}

// loadDict reads the dictionary file (FileDict) into two filters: the language's words
// written in lower case and those written capitalised (lower-cased keys); nil when the
// data is unreadable.
func loadDict(data []byte) (*Bloom, *Bloom) {
	i := bytes.Index(data, []byte("#end\n"))
	if i < 0 {
		return nil, nil
	}
	lo, rest, err := readBloom(data[i+5:])
	if err != nil {
		return nil, nil
	}
	up, _, err := readBloom(rest)
	if err != nil {
		return lo, nil
	}
	return lo, up
}
