package cluster

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

const stateVersion = 1

// state is everything a Clusterer knows; MarshalBinary saves exactly this, so a restored
// Clusterer continues as if it had never stopped.
type state struct {
	Version       int
	Opt           Options
	N             int64    // articles seen, for IDF
	Vocab         []string // feature keys by id
	Display       []string // readable form of each key
	DF            []uint32 // document frequency by id
	Articles      []artRec
	Events        []event
	Stories       []story
	Postings      map[uint32][]int32 // feature id -> recent events
	StoryPostings map[uint32][]int32 // feature id -> recent storylines
	Pending       map[string][]int32 // source id not yet seen -> articles derived from it
	Corrections   []Correction
}

type artRec struct {
	ID          string
	Event       int32
	Vec         sparse
	Norm        float32 // of Vec
	Lo, Hi      int64
	HasTime     bool
	Title       string
	DerivedFrom string
	Pinned      bool // placed by a user: automatic moves leave it alone
	Expl        Explanation
}

type event struct {
	Articles []int32 // in arrival order
	Cent     sparse  // sum of the members' vectors, truncated
	Lo, Hi   int64
	HasTime  bool
	Story    int32
	Merged   int32 // surviving event after a merge, or -1
	// core is Cent's IndexTerms heaviest features, what storyline linking compares; kept
	// because linking compares each new event with many others. Derived from Cent, so not
	// saved (gob skips unexported fields) but rebuilt on restore.
	core sparse
}

// widenTime stretches the time range lo..hi (none when !has) to cover oLo..oHi when oHas.
func widenTime(lo, hi *int64, has *bool, oLo, oHi int64, oHas bool) {
	switch {
	case !oHas:
	case !*has:
		*lo, *hi, *has = oLo, oHi, true
	default:
		*lo, *hi = min(*lo, oLo), max(*hi, oHi)
	}
}

type story struct {
	Events  []int32
	Profile sparse // sum of member articles' vectors, truncated
	Lo, Hi  int64
	HasTime bool
	Merged  int32
}

// MarshalBinary saves the whole state (options, vocabulary, document frequencies, events,
// storylines, index and corrections).
func (c *Clusterer) MarshalBinary() ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&c.st); err != nil {
		return nil, fmt.Errorf("cluster: encode state: %w", err)
	}
	return b.Bytes(), nil
}

// UnmarshalBinary restores a state saved by MarshalBinary, options included, replacing
// everything the Clusterer held. Malformed data gives an error and leaves c unchanged.
func (c *Clusterer) UnmarshalBinary(data []byte) error {
	var st state
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&st); err != nil {
		return fmt.Errorf("cluster: decode state: %w", err)
	}
	if st.Version != stateVersion {
		return fmt.Errorf("cluster: state version %d, want %d", st.Version, stateVersion)
	}
	vocab, byID, err := st.check()
	if err != nil {
		return err
	}
	st.Opt = st.Opt.withDefaults()
	if st.Postings == nil {
		st.Postings = map[uint32][]int32{}
	}
	if st.StoryPostings == nil {
		st.StoryPostings = map[uint32][]int32{}
	}
	if st.Pending == nil {
		st.Pending = map[string][]int32{}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	kinds := make([]uint8, len(st.Vocab))
	for i, k := range st.Vocab {
		kinds[i] = kindOf(k)
	}
	c.st, c.vocab, c.kinds, c.byID, c.scratch = st, vocab, kinds, byID, nil
	for i := range c.st.Events {
		ev := &c.st.Events[i]
		c.setCent(ev, ev.Cent)
	}
	return nil
}

// check validates every index in a decoded state, so that no later call can go out of range.
func (st *state) check() (map[string]uint32, map[string]int32, error) {
	nv := len(st.Vocab)
	if len(st.Display) != nv || len(st.DF) != nv {
		return nil, nil, fmt.Errorf("cluster: state vocabulary tables differ in length")
	}
	vocab := make(map[string]uint32, nv)
	for i, k := range st.Vocab {
		if len(k) < 2 {
			return nil, nil, fmt.Errorf("cluster: state vocabulary key %q malformed", k)
		}
		vocab[k] = uint32(i)
	}
	vec := func(v sparse, what string) error {
		if len(v.IDs) != len(v.W) {
			return fmt.Errorf("cluster: state %s vector malformed", what)
		}
		for i, id := range v.IDs {
			if int(id) >= nv || (i > 0 && v.IDs[i-1] >= id) {
				return fmt.Errorf("cluster: state %s vector id out of range or unsorted", what)
			}
		}
		return nil
	}
	na, ne, ns := int32(len(st.Articles)), int32(len(st.Events)), int32(len(st.Stories))
	byID := make(map[string]int32, na)
	for i := range st.Articles {
		a := &st.Articles[i]
		if a.Event < -1 || a.Event >= ne {
			return nil, nil, fmt.Errorf("cluster: state article %q event out of range", a.ID)
		}
		if err := vec(a.Vec, "article"); err != nil {
			return nil, nil, err
		}
		byID[a.ID] = int32(i)
	}
	for i := range st.Events {
		e := &st.Events[i]
		if e.Story < -1 || e.Story >= ns || e.Merged < -1 || e.Merged >= ne {
			return nil, nil, fmt.Errorf("cluster: state event %d link out of range", i+1)
		}
		for _, a := range e.Articles {
			if a < 0 || a >= na {
				return nil, nil, fmt.Errorf("cluster: state event %d article out of range", i+1)
			}
		}
		if err := vec(e.Cent, "event"); err != nil {
			return nil, nil, err
		}
	}
	for i := range st.Stories {
		s := &st.Stories[i]
		if s.Merged < -1 || s.Merged >= ns {
			return nil, nil, fmt.Errorf("cluster: state storyline %d link out of range", i+1)
		}
		for _, e := range s.Events {
			if e < 0 || e >= ne {
				return nil, nil, fmt.Errorf("cluster: state storyline %d event out of range", i+1)
			}
		}
		if err := vec(s.Profile, "storyline"); err != nil {
			return nil, nil, err
		}
	}
	for _, p := range []struct {
		m map[uint32][]int32
		n int32
	}{{st.Postings, ne}, {st.StoryPostings, ns}} {
		for t, list := range p.m {
			if int(t) >= nv {
				return nil, nil, fmt.Errorf("cluster: state index term out of range")
			}
			for _, x := range list {
				if x < 0 || x >= p.n {
					return nil, nil, fmt.Errorf("cluster: state index entry out of range")
				}
			}
		}
	}
	for _, list := range st.Pending {
		for _, x := range list {
			if x < 0 || x >= na {
				return nil, nil, fmt.Errorf("cluster: state pending link out of range")
			}
		}
	}
	return vocab, byID, nil
}
