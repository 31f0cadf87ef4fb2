package place

import (
	"database/sql"
	"errors"
	"fmt"
	"slices"
)

// The provenance index's lookups read the posting lists of an article's 16 band keys and up
// to 16 anchor keys (names, numbers, long compounds): up to a thousand rows each, and the
// same common anchors come back article after article. Reading them from link_keys was a
// seventh of placement's CPU on the real stream. The cache keeps whole posting lists as
// read, and adds to them what this process writes, so a lookup reads the table only for
// keys it has not seen, and never when the cache was made while link_keys was empty (it
// then holds every list, cache.keysAll); it is part of the placer's cache, so it is
// dropped whenever another process placed or a transaction rolled back, and emptied past
// maxCachedKeyRows.

// keyRef names one posting list.
type keyRef struct {
	kind uint8
	key  uint64
}

// keyRow is one entry of a posting list: the version that added it and its article's ref
// (link.RefKeys; cache.keyIDs).
type keyRow struct {
	seq int64
	ref int32
}

// maxCachedKeyRows bounds the rows the key cache holds (16 bytes each, the ids held once).
const maxCachedKeyRows = 1 << 21

// keyLists returns the complete posting lists of keys (latest first, as the table orders
// them), reading the ones not cached in one statement per few hundred keys.
func (k *txKeys) keyLists(kind uint8, keys []uint64) (map[uint64][]keyRow, error) {
	c := k.c
	if c.keys == nil {
		if err := c.flushKeys(k.ctx, k.tx); err != nil { // rows kept for later are read as the table's
			return nil, err
		}
		c.keys, c.keyRefs, c.keyIDs, c.keyRows = map[keyRef][]keyRow{}, map[string]int32{}, nil, 0
		var one int
		switch err := k.tx.QueryRowContext(k.ctx, `SELECT 1 FROM link_keys LIMIT 1`).Scan(&one); {
		case errors.Is(err, sql.ErrNoRows):
			c.keysAll = true
			c.readKeys = false
		case err != nil:
			c.keys = nil
			return nil, fmt.Errorf("place: read keys: %w", err)
		default:
			c.keysAll = false
			if c.readKeys {
				c.readKeys = false
				if err := c.readKeyFilter(k); err != nil {
					c.keys = nil
					return nil, err
				}
			}
		}
	}
	out := make(map[uint64][]keyRow, len(keys))
	var need []any
	flush := false
	for _, key := range keys {
		if _, done := out[key]; done {
			continue
		}
		rows, ok := c.keys[keyRef{kind, key}]
		if !ok && !c.keysAll && c.keyFilter != nil && !c.keyFilter.has(keyRef{kind, key}) {
			// Never in the table, nor added since: no rows, as the table would answer.
			out[key] = nil
			c.keys[keyRef{kind, key}] = nil
			continue
		}
		if !ok && !c.keysAll {
			need = append(need, int64(key))
			out[key] = nil
			if c.keysLaterOut[keyRef{kind, key}] {
				flush = true
			}
			continue
		}
		out[key] = rows
	}
	if flush {
		// Rows of a key to read are still waiting for the end of the transaction.
		if err := c.flushKeys(k.ctx, k.tx); err != nil {
			return nil, err
		}
	}
	for lo := 0; lo < len(need); lo += maxParams - 1 {
		part := need[lo:min(len(need), lo+maxParams-1)]
		args := append([]any{int64(kind)}, part...)
		rows, err := k.tx.QueryContext(k.ctx, `SELECT key, seq, article FROM link_keys WHERE kind = $1 AND key IN (`+placeholders(2, len(part))+`)
			ORDER BY key, seq DESC`, args...)
		if err != nil {
			return nil, fmt.Errorf("place: read keys: %w", err)
		}
		for rows.Next() {
			var key, seq int64
			var id string
			if err := rows.Scan(&key, &seq, &id); err != nil {
				rows.Close()
				return nil, err
			}
			out[uint64(key)] = append(out[uint64(key)], keyRow{seq, c.refOf(id)})
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		for _, key := range part {
			key := uint64(key.(int64))
			c.keys[keyRef{kind, key}] = out[key]
			c.keyRows += len(out[key])
		}
	}
	return out, nil
}

// refOf is the ref of an article id: its index in keyIDs, given on first sight.
func (c *cache) refOf(id string) int32 {
	if r, ok := c.keyRefs[id]; ok {
		return r
	}
	r := int32(len(c.keyIDs))
	c.keyRefs[id] = r
	c.keyIDs = append(c.keyIDs, id)
	return r
}

// keysAdded records rows just inserted into link_keys in the cached lists (a row whose key
// already has one of its version is not inserted: the table's key is (kind, key, seq)).
func (c *cache) keysAdded(rows [][]any) {
	if c.keyFilter != nil {
		for _, r := range rows {
			c.keyFilter.add(keyRef{uint8(r[0].(int64)), uint64(r[1].(int64))})
		}
	}
	if c.keys == nil {
		return
	}
	for _, r := range rows {
		ref := keyRef{uint8(r[0].(int64)), uint64(r[1].(int64))}
		list, ok := c.keys[ref]
		if !ok && !c.keysAll {
			// Not cached: read from the table when needed, this row with it (written
			// first, keyLists).
			if c.keysLaterOut == nil {
				c.keysLaterOut = map[keyRef]bool{}
			}
			c.keysLaterOut[ref] = true
			continue
		}
		seq, id := r[2].(int64), r[3].(string)
		i, found := slices.BinarySearchFunc(list, seq, func(e keyRow, s int64) int {
			switch {
			case e.seq > s:
				return -1
			case e.seq < s:
				return 1
			}
			return 0
		})
		if found {
			continue
		}
		c.keys[ref] = slices.Insert(list, i, keyRow{seq, c.refOf(id)})
		c.keyRows++
	}
}

// trimKeys empties the key cache when it holds too much.
func (c *cache) trimKeys() {
	if c.keyRows > maxCachedKeyRows || len(c.keyIDs) > maxCachedKeyRows/8 {
		c.keys, c.keyRefs, c.keyIDs, c.keyRows, c.keysAll = nil, nil, nil, 0, false
	}
}

// A placer starting on a filled link_keys reads the posting lists of every new article's band
// keys, and nearly all of them are absent: 16 index probes an article that find nothing, the
// largest part of what placing costs more at 100,000 stored than at 1,000. The first cache of
// a Placer (cache.readKeys, as readVocab) reads the keys of link_keys once into a Bloom filter
// (keyFilter), to which every key added through the cache is added too, so a key it does not
// hold has no rows, without asking the table; one it holds (or a false positive, about one
// in a few hundred) is read as before. Later caches (after another process placed) have
// none: they would read the whole table again at every turn.

// keyFilterBits is the filter's size (4 MiB): with 4 probes, about one false positive in 900
// at 1.7M keys (100,000 generated articles), one in 70 at 4M.
const keyFilterBits = 1 << 25

// maxFilterKeys bounds the rows readKeyFilter reads; past it, there is no filter.
const maxFilterKeys = 1 << 23

type keyFilter struct{ bits []uint64 }

func (f *keyFilter) probes(r keyRef) (h1, h2 uint64) {
	h1 = mix64(r.key ^ uint64(r.kind)*0x9e3779b97f4a7c15)
	return h1, mix64(h1) | 1
}

func (f *keyFilter) add(r keyRef) {
	h1, h2 := f.probes(r)
	for i := range uint64(4) {
		b := (h1 + i*h2) & (keyFilterBits - 1)
		f.bits[b/64] |= 1 << (b % 64)
	}
}

func (f *keyFilter) has(r keyRef) bool {
	h1, h2 := f.probes(r)
	for i := range uint64(4) {
		b := (h1 + i*h2) & (keyFilterBits - 1)
		if f.bits[b/64]&(1<<(b%64)) == 0 {
			return false
		}
	}
	return true
}

// mix64 is splitmix64's finaliser.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// readKeyFilter reads every key of link_keys into a new filter (none past maxFilterKeys
// rows). Rows kept for later must have been written (keyLists flushes them first).
func (c *cache) readKeyFilter(k *txKeys) error {
	rows, err := k.tx.QueryContext(k.ctx, `SELECT kind, key FROM link_keys`)
	if err != nil {
		return fmt.Errorf("place: read keys: %w", err)
	}
	f := &keyFilter{bits: make([]uint64, keyFilterBits/64)}
	n := 0
	for rows.Next() {
		if n++; n > maxFilterKeys {
			rows.Close()
			return nil
		}
		var kind, key int64
		if err := rows.Scan(&kind, &key); err != nil {
			rows.Close()
			return err
		}
		f.add(keyRef{uint8(kind), uint64(key)})
	}
	if err := rows.Close(); err != nil {
		return err
	}
	c.keyFilter = f
	return nil
}
