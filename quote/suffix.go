package quote

// suffixTrie holds the keys of a word list written backwards, so that one walk from the end
// of a word finds every position where a key ends it ("chef" and "kanzleichef" in
// "kanzleichef"). The lists read by suffix (titles, media, roles, epithets, sources, bodies)
// were probed with a map look-up at every position of every word; the walk stops at the
// first byte no key has there, mostly after one or two.
type suffixTrie struct {
	root  [256]int32 // the root's children by byte; 0 none
	nodes []trieNode // nodes[0] is unused (the root)
}

type trieNode struct {
	end  bool // a key ends here: the bytes from here to the word's end are a key
	kids []trieKid
}

type trieKid struct {
	b    byte
	node int32
}

func newSuffixTrie(m map[string]string) *suffixTrie {
	t := &suffixTrie{nodes: make([]trieNode, 1, 4*len(m)+1)}
	for k := range m {
		if k == "" {
			continue // never probed: the scans look at non-empty suffixes only
		}
		n := int32(0)
		for j := len(k) - 1; j >= 0; j-- {
			n = t.add(n, k[j])
		}
		t.nodes[n].end = true
	}
	return t
}

func (t *suffixTrie) child(n int32, b byte) int32 {
	if n == 0 {
		return t.root[b]
	}
	for _, k := range t.nodes[n].kids {
		if k.b == b {
			return k.node
		}
	}
	return 0
}

func (t *suffixTrie) add(n int32, b byte) int32 {
	if c := t.child(n, b); c != 0 {
		return c
	}
	t.nodes = append(t.nodes, trieNode{})
	c := int32(len(t.nodes) - 1)
	if n == 0 {
		t.root[b] = c
	} else {
		t.nodes[n].kids = append(t.nodes[n].kids, trieKid{b, c})
	}
	return c
}

// starts returns the positions i of w where w[i:] is a key. A word of 64 bytes or more
// gets every position (the caller's look-up decides).
func (t *suffixTrie) starts(w string) suffixMask {
	if len(w) >= 64 {
		return ^suffixMask(0)
	}
	var m suffixMask
	n := int32(0)
	for j := len(w) - 1; j >= 0; j-- {
		if n = t.child(n, w[j]); n == 0 {
			break
		}
		if t.nodes[n].end {
			m |= 1 << j
		}
	}
	return m
}

// suffixMask is a set of positions in a word, from suffixTrie.starts.
type suffixMask uint64

// at reports whether position i may start a key: false only where none does.
func (m suffixMask) at(i int) bool { return i >= 64 || m&(1<<i) != 0 }
