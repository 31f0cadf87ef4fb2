package place

import "slices"

// dirtyTerms is the set of terms whose counts a transaction changed and has not written
// yet (flushTerms), with their keys, and of them the terms not in place_terms yet. Ids are
// dense, so a term's place in the set is found in an array indexed by id rather than a map
// (the map's inserts were a third of Observe's CPU); emptying it clears only the entries
// it holds.
type dirtyTerms struct {
	ids   []uint32
	keys  []string
	fresh []bool
	at    []int32 // by id: the term's index in ids plus one; 0: not in the set
}

// add puts a term in the set (once); fresh marks it new to place_terms.
func (d *dirtyTerms) add(id uint32, key string, fresh bool) {
	if int(id) >= len(d.at) {
		n := max(int(id)+1, 2*len(d.at), 1024)
		d.at = append(d.at, make([]int32, n-len(d.at))...)
	}
	if k := d.at[id]; k != 0 {
		d.fresh[k-1] = d.fresh[k-1] || fresh
		return
	}
	d.ids = append(d.ids, id)
	d.keys = append(d.keys, key)
	d.fresh = append(d.fresh, fresh)
	d.at[id] = int32(len(d.ids))
}

// key returns a term's key when the term is in the set (d may be nil: an empty set).
func (d *dirtyTerms) key(id uint32) (string, bool) {
	if d != nil && int(id) < len(d.at) {
		if k := d.at[id]; k != 0 {
			return d.keys[k-1], true
		}
	}
	return "", false
}

func (d *dirtyTerms) has(id uint32) bool {
	_, ok := d.key(id)
	return ok
}

func (d *dirtyTerms) len() int { return len(d.ids) }

// sorted returns the set's ids in ascending order.
func (d *dirtyTerms) sorted() []uint32 {
	ids := make([]uint32, len(d.ids))
	copy(ids, d.ids)
	slices.Sort(ids)
	return ids
}

// clear empties the set, keeping its space.
func (d *dirtyTerms) clear() {
	for _, id := range d.ids {
		d.at[id] = 0
	}
	d.ids, d.keys, d.fresh = d.ids[:0], d.keys[:0], d.fresh[:0]
	clear(d.keys[:cap(d.keys)]) // let the keys go
}
