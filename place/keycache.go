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
		case err != nil:
			c.keys = nil
			return nil, fmt.Errorf("place: read keys: %w", err)
		default:
			c.keysAll = false
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
