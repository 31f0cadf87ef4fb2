package entity

import (
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"crosscheck/lang"
)

// Files a language pack serves through lang.Data for the tagger: its weights (WriteTo's
// format), word clusters mined from unlabelled text of the language (see
// internal/gen/clusters), and Bloom filters of the language's dictionary words (see
// internal/gen/words). A pack without the weights gets rules and gazetteers only.
const (
	FileModel    = "entity/model.bin"
	FileClusters = "entity/clusters.gz"
	FileDict     = "entity/words.bin"
)

// wordData is the language data the features read besides the name lists: clusters and
// dictionary from the pack's data files, and the pack's particles and joiners of names
// (its entity_rules list), which decide which words the tagger scores.
type wordData struct {
	clusters             map[uint64]uint32
	dictLower, dictUpper *Bloom
	particles, joiners   map[string]bool
}

func (wd *wordData) cluster(h uint64) uint32 {
	if wd == nil {
		return 0
	}
	return wd.clusters[h]
}

// dict is 1 for a word the language writes in lower case, 2 for one it capitalises, 3 both.
func (wd *wordData) dict(lower string) uint8 {
	if wd == nil {
		return 0
	}
	var d uint8
	h1, h2 := bloomHashes(lower)
	if wd.dictLower.has(h1, h2) {
		d |= 1
	}
	if wd.dictUpper.has(h1, h2) {
		d |= 2
	}
	return d
}

func (m *Model) data() *wordData {
	if m == nil {
		return nil
	}
	return m.words
}

// packData caches what was loaded from each pack, by pack code: packs are long-lived and
// their data read-only, so each is decoded once per process, on first use.
var packData sync.Map // code -> *packEntry

type packEntry struct {
	words    sync.Once
	wd       *wordData
	wdErr    error
	model    sync.Once
	m        *Model
	modelErr error
	rules    sync.Once
	rw       *ruleWords
}

func entryOf(p lang.Pack) *packEntry {
	e, _ := packData.LoadOrStore(p.Code(), &packEntry{})
	return e.(*packEntry)
}

// readData reads a data file of a pack, or an error wrapping fs.ErrNotExist.
func readData(p lang.Pack, name string) ([]byte, error) {
	d, ok := p.(lang.Data)
	if !ok {
		return nil, fmt.Errorf("entity: language pack %q serves no data files: %w", p.Code(), fs.ErrNotExist)
	}
	b, err := d.Data(name)
	if err != nil {
		return nil, fmt.Errorf("entity: language pack %q: %w", p.Code(), err)
	}
	return b, nil
}

// wordDataOf loads (once) the clusters and dictionary of pack p; nil p gives nil data.
func wordDataOf(p lang.Pack) (*wordData, error) {
	if p == nil {
		return nil, nil
	}
	e := entryOf(p)
	e.words.Do(func() {
		rw := rulesOf(p)
		wd := &wordData{particles: rw.particles, joiners: rw.joiners}
		var errs []error
		if b, err := readData(p, FileClusters); err == nil {
			wd.clusters = loadClusters(b)
		} else {
			errs = append(errs, err)
		}
		if b, err := readData(p, FileDict); err == nil {
			wd.dictLower, wd.dictUpper = loadDict(b)
		} else {
			errs = append(errs, err)
		}
		e.wd, e.wdErr = wd, errors.Join(errs...)
	})
	return e.wd, e.wdErr
}

// LoadModel returns the tagger pack p ships (FileModel, with its word data), decoded once
// per process on first use; an error wrapping fs.ErrNotExist when the pack has none.
func LoadModel(p lang.Pack) (*Model, error) {
	e := entryOf(p)
	e.model.Do(func() {
		b, err := readData(p, FileModel)
		if err != nil {
			e.modelErr = err
			return
		}
		m, err := readModelBytes(b)
		if err != nil {
			e.modelErr = fmt.Errorf("entity: language pack %q: %w", p.Code(), err)
			return
		}
		// Weights trained with clusters and dictionary are read with them; a pack that
		// lacks them still tags, with those features silent.
		m.words, _ = wordDataOf(p)
		e.m = m
	})
	return e.m, e.modelErr
}
