package entity

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"strings"
)

// Word clusters from unlabelled news (see internal/gen/clusters): a path in a tree of
// distributionally similar words, and how the word is usually written. Prefixes of the path
// let the tagger generalise from its small labelled set to words it never saw labelled.
// A pack serves them as FileClusters (see wordData).

// A word's cluster is packed into a uint32: path digits (2 bits each, first level highest),
// then the path's depth, then the case bucket; 0 means the word is unknown.
const (
	cluLevels   = 6
	cluDepthSh  = 2 * cluLevels
	cluCaseSh   = cluDepthSh + 3
	cluPersonSh = cluCaseSh + 3
	cluKnownBit = 1 << 31
)

// loadClusters reads the clusters file into a map from hashStr(fnvOffset, lower-cased
// word) to its packed cluster; read-only once loaded.
func loadClusters(data []byte) map[uint64]uint32 {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil // the tests check the data is readable
	}
	defer zr.Close()
	out := make(map[uint64]uint32, 32768)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		var v uint32
		w, rest, ok := strings.Cut(line, "\t")
		path, rest, ok2 := strings.Cut(rest, "\t")
		cs, pe, _ := strings.Cut(rest, "\t")
		if !ok || !ok2 || len(path) > cluLevels || len(cs) != 1 {
			continue
		}
		if len(pe) == 1 {
			v |= uint32(strings.IndexByte("-FSB", pe[0])&3) << cluPersonSh
		}
		for k := 0; k < len(path); k++ {
			v |= uint32((path[k]-'0')&3) << (2 * (cluLevels - 1 - k))
		}
		v |= uint32(len(path)) << cluDepthSh
		v |= uint32(strings.IndexByte("-CclL", cs[0])+1) << cluCaseSh
		out[hashStr(fnvOffset, w)] = v | cluKnownBit
	}
	return out
}

// cluPrefix is the cluster's path cut to n levels, with the depth it really has, as a
// feature value; unknown words give 0.
func cluPrefix(c uint32, n int) uint64 {
	if c == 0 {
		return 0
	}
	d := int(c>>cluDepthSh) & 7
	p := (c & (1<<cluDepthSh - 1)) >> (2 * (cluLevels - n))
	return uint64(p)<<8 | uint64(min(d, n))<<4 | uint64(n)
}

// cluPerson says whether unlabelled text used the word as a given name (1), a surname (2)
// or both (3).
func cluPerson(c uint32) uint64 { return uint64(c>>cluPersonSh) & 3 }

// cluCase is the case bucket (1 no letter, 2 always capitalised ... 5 always lower), 0 unknown.
func cluCase(c uint32) uint64 { return uint64(c>>cluCaseSh) & 7 }
