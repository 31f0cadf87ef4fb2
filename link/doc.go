// Package link traces provenance: it finds, among the articles already seen, the one an article
// was copied or rewritten from (MinHash/LSH plus a rare-term index for retrieval), aligns the
// two sentence by sentence, decides the direction and kind of the derivation, and names the
// sentences of the derived article that its source does not support.
package link

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang"
)

// Doc is one analysed article: what every function of this package reads.
type Doc struct {
	Article  *article.Article
	Analysis *article.Analysis

	// feat caches what comparisons read of the doc, so a doc kept by a caller (the placement
	// stage keeps recent candidates) is featurised once; featured tells Terms it was.
	once     sync.Once
	feat     *docFeat
	featured atomic.Bool
	// sig is its signature, made once: the linker looks it up, the placement stage stores it.
	sigOnce sync.Once
	sig     Signature
	// compact: made by Compact, a stand-in for a candidate that Link must not link.
	compact bool
}

// cached returns the doc's features, computing them on first use.
func (d *Doc) cached() *docFeat {
	d.once.Do(func() {
		d.feat = features(d)
		d.featured.Store(true)
	})
	return d.feat
}

// Prepare makes the doc's features and signature now, so that a caller can make them where
// it has a core to spare (the pipeline's analysis goroutines) rather than in the serial
// placement, and hand them to the doc that is placed with Adopt.
func (d *Doc) Prepare() { d.signature() }

// Adopt gives d the features and signature from made, a prepared doc of the same article
// and analysis: the same text, blocks, sentences, tokens and entities, which are all that
// features and signatures read. What d made already it keeps.
func (d *Doc) Adopt(from *Doc) {
	f, sig := from.cached(), from.signature()
	d.once.Do(func() {
		d.feat = f
		d.featured.Store(true)
	})
	d.sigOnce.Do(func() { d.sig = sig })
}

// Compact returns a stand-in for d as the linker reads a candidate: its article, its
// sentences and its features (made now), without the tokens and the rest of the analysis,
// which comparisons with the features made do not read. A caller that keeps many
// candidates (the placement stage) keeps them so, in a third of the memory or less. A
// compact doc is a candidate only: Link refuses to link one, as its signature is not kept.
func (d *Doc) Compact() *Doc {
	if d == nil || d.compact {
		return d
	}
	f := d.cached()
	c := &Doc{Article: d.Article, Analysis: &article.Analysis{}, compact: true}
	if d.Analysis != nil {
		c.Analysis.Sentences = d.Analysis.Sentences
	}
	c.once.Do(func() { c.feat = f })
	c.featured.Store(true)
	return c
}

// Featured reports whether the doc's features were made (a compact doc's always were).
func (d *Doc) Featured() bool { return d.featured.Load() }

// Terms is what the linker's first, cheap test of a candidate (shared terms, see
// MayDerive) needs of it, in 4 bytes a term: the hashes of its distinct terms, sorted. A
// caller that can no longer keep a candidate whole keeps its Terms, and the linker then
// fetches it only when the test can pass (DocTerms).
type Terms []uint32

// Terms returns the doc's Terms, and false when its features were never made (making them
// only for this costs more than fetching the doc when needed).
func (d *Doc) Terms() (Terms, bool) {
	if !d.featured.Load() {
		return nil, false
	}
	f := d.cached()
	return f.termHashes(), true
}

// termHashes returns the hashes of the doc's distinct terms, sorted, made once.
func (f *docFeat) termHashes() Terms {
	f.hashOnce.Do(func() {
		f.hashes = make(Terms, len(f.vocab))
		for k, t := range f.vocab {
			f.hashes[k] = uint32(hashString(t))
		}
		slices.Sort(f.hashes)
	})
	return f.hashes
}

// signature returns the doc's signature, computing it on first use.
func (d *Doc) signature() Signature {
	d.sigOnce.Do(func() { d.sig = signatureOf(d, d.cached()) })
	return d.sig
}

// id returns the article's id, or "" for a doc without article.
func (d *Doc) id() string {
	if d == nil || d.Article == nil {
		return ""
	}
	return d.Article.ID
}

// TextHash is the hex SHA-256 of the article's normalised word sequence (token norms, without
// punctuation), so copies that differ only in spacing, case or punctuation hash alike.
func TextHash(d *Doc) string {
	h := sha256.New()
	if d != nil && d.Analysis != nil && len(d.Analysis.Tokens) > 0 {
		for _, t := range d.Analysis.Tokens {
			if t.Kind == article.TokPunct {
				continue
			}
			h.Write([]byte(t.Norm))
			h.Write([]byte{' '})
		}
	} else if d != nil && d.Article != nil {
		for _, w := range strings.FieldsFunc(d.Article.Text, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			h.Write([]byte(strings.ToLower(w)))
			h.Write([]byte{' '})
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// sentFeat is what alignment knows about one sentence.
type sentFeat struct {
	start, end int
	terms      []string // sorted unique: content stems, "#"-prefixed numbers, "@"-prefixed names
	words      string   // norms of the word and number tokens, space-joined, for "same"
	nwords     int      // word and number tokens: every token that is not punctuation
	// heading: the sentence is a title or heading. Headings align when they match, but are
	// never judged added or dropped: a short heading is no claim.
	heading bool
}

// docFeat is the per-document feature set used by alignment, retrieval and similarity.
type docFeat struct {
	sents []sentFeat
	// stems counts every content term over the whole document.
	all map[string]int
	// pre holds the family keys of all's terms (see prefixesOf), made on first use.
	pre map[string]bool
	// vocab is all's terms sorted, cnt their counts, local each sentence's terms as
	// indexes into vocab (in the sentence's order), nonEmpty the sentences with terms: the
	// aligner merges two documents' vocabularies with these instead of hashing and sorting
	// both documents' terms again for every pair.
	vocab    []string
	pfx      []uint64 // each vocab term's first 8 bytes, big-endian (see compareTerms)
	cnt      []int
	local    [][]int32
	nonEmpty int
	// hashes are vocab's terms hashed, sorted (termHashes)
	hashOnce sync.Once
	hashes   Terms
	// runs are the hashes of its runs of words (runHashes), made on first use.
	runOnce sync.Once
	runs    []uint64
}

// index fills vocab, cnt, local and nonEmpty.
func (f *docFeat) index() {
	f.vocab = make([]string, 0, len(f.all))
	for t := range f.all {
		f.vocab = append(f.vocab, t)
	}
	slices.Sort(f.vocab)
	f.pfx = make([]uint64, len(f.vocab))
	for k, t := range f.vocab {
		f.pfx[k] = prefix8(t)
	}
	f.cnt = make([]int, len(f.vocab))
	for k, t := range f.vocab {
		f.cnt[k] = f.all[t]
	}
	f.local = make([][]int32, len(f.sents))
	n := 0
	for _, s := range f.sents {
		n += len(s.terms)
	}
	// One array for all sentences' indexes; a sentence's terms are sorted, as vocab is,
	// so each is found by a search that starts after the one before.
	all := make([]int32, n)
	for i, s := range f.sents {
		if len(s.terms) > 0 {
			f.nonEmpty++
		}
		v := all[:len(s.terms):len(s.terms)]
		all = all[len(s.terms):]
		lo := 0
		for k, t := range s.terms {
			j, _ := slices.BinarySearch(f.vocab[lo:], t)
			v[k] = int32(lo + j)
			lo += j + 1
		}
		f.local[i] = v
	}
}

// prefix8 is s's first 8 bytes as a big-endian number, padded with zero bytes.
func prefix8(s string) uint64 {
	var p uint64
	for i := range 8 {
		p <<= 8
		if i < len(s) {
			p |= uint64(s[i])
		}
	}
	return p
}

// compareTerms is strings.Compare(a, b) given their prefix8: mostly an integer comparison.
// Where the prefixes differ, they differ first at a byte that both strings have (and it
// orders them), or where the shorter one has ended, and a string's end pads with a zero
// byte, smaller than any byte the longer can have there unless that byte is zero too, in
// which case the prefixes would not differ there.
func compareTerms(pa uint64, a string, pb uint64, b string) int {
	switch {
	case pa < pb:
		return -1
	case pa > pb:
		return 1
	}
	return strings.Compare(a, b)
}

// prefixes returns the family keys of the document's terms, computing them once.
func (f *docFeat) prefixes() map[string]bool {
	if f.pre == nil {
		f.pre = prefixesOf(f.all)
	}
	return f.pre
}

const (
	numPrefix  = "#"
	namePrefix = "@"
)

// features extracts sentence features from an analysed doc. Sentences without any word are
// kept (so indexes match Analysis.Sentences) but carry no terms.
func features(d *Doc) *docFeat {
	f := &docFeat{all: map[string]int{}}
	if d == nil || d.Analysis == nil {
		f.index()
		return f
	}
	an := d.Analysis
	entityNames := entityTerms(d)
	// Capitalised neighbours stand in for names only when no entity extractor has run: in
	// German they are mostly nouns ("weite Teile Norddeutschlands"), and a noun taken for a
	// name looks like a new fact in a reworded sentence.
	guessNames := len(an.Entities) == 0
	// One sentence's terms, repeats and all, sorted and made unique at its end (a
	// slice, emptied for the next, instead of a set: the same terms in the same order).
	var set termSet
	f.sents = make([]sentFeat, 0, len(an.Sentences))
	for si, s := range an.Sentences {
		sf := sentFeat{start: s.Start, end: s.End, heading: isHeading(d.Article, s)}
		if s.TokStart < 0 || s.TokEnd > len(an.Tokens) || s.TokStart > s.TokEnd {
			f.sents = append(f.sents, sf)
			continue
		}
		toks := an.Tokens[s.TokStart:s.TokEnd]
		set = set[:0]
		var words strings.Builder
		size := 0 // the words' length, so that the builder allocates once
		for _, t := range toks {
			if t.Kind == article.TokNumber || t.Kind == article.TokWord {
				size += len(t.Norm) + 1
			}
		}
		words.Grow(size)
		firstWord := true
		for k, t := range toks {
			switch t.Kind {
			case article.TokNumber:
				if n := normNumber(t.Text); n != "" {
					set = append(set, numPrefix+n)
				}
				words.WriteString(t.Norm)
				words.WriteByte(' ')
				sf.nwords++
				firstWord = false
			case article.TokWord:
				words.WriteString(t.Norm)
				words.WriteByte(' ')
				sf.nwords++
				initial := firstWord
				firstWord = false
				if n, ok := numberWord(t.Norm); ok {
					set = append(set, numPrefix+n)
				}
				if t.Stop || utf8.RuneCountInString(t.Norm) < 2 {
					continue
				}
				set = addContentTerms(set, t)
				if guessNames && isNameLike(toks, k, initial) {
					set = append(set, namePrefix+nameKey(t))
				}
			}
		}
		for _, e := range entityNames[si] {
			set = append(set, namePrefix+e)
		}
		sf.terms = set.sorted()
		sf.words = words.String()
		for _, t := range sf.terms {
			f.all[t]++
		}
		f.sents = append(f.sents, sf)
	}
	f.index()
	return f
}

// isHeading reports whether sentence s lies in a title or heading block of a. The sentence's
// block index is trusted only when that block contains it (an analysis reloaded from
// storage, or made without blocks, may not carry it); else the block is found by offsets.
func isHeading(a *article.Article, s article.Sentence) bool {
	if a == nil || len(a.Blocks) == 0 {
		return false
	}
	heading := func(b article.Block) bool {
		return b.Kind == article.BlockTitle || b.Kind == article.BlockHeading
	}
	if s.Block >= 0 && s.Block < len(a.Blocks) {
		if b := a.Blocks[s.Block]; b.Start <= s.Start && s.Start < b.End {
			return heading(b)
		}
	}
	for _, b := range a.Blocks {
		if b.Start <= s.Start && s.Start < b.End {
			return heading(b)
		}
	}
	return false
}

// addContentTerms adds the stem of a word token and, for hyphenated compounds, the lower-cased
// parts, so "US-Wahlen" shares "us" with "US-Außenminister" whichever way the tokenizer split.
func addContentTerms(set termSet, t article.Token) termSet {
	stem := t.Stem
	if stem == "" {
		stem = t.Norm
	}
	set = append(set, stem)
	// a byte test first: strings.ContainsAny with a non-ASCII set is slow on this hot path
	if strings.IndexByte(t.Norm, '-') >= 0 || strings.Contains(t.Norm, "‐") {
		for _, p := range strings.FieldsFunc(t.Norm, func(r rune) bool { return r == '-' || r == '‐' }) {
			if utf8.RuneCountInString(p) >= 2 {
				set = append(set, lightStem(p))
			}
		}
	}
	return set
}

// termSet gathers a sentence's terms, repeats included.
type termSet []string

// sorted returns the distinct terms, sorted, in a slice of their own (empty, not nil, for
// none): the keys of a set of the terms, sorted.
func (s termSet) sorted() []string {
	slices.Sort(s)
	u := slices.Compact(s)
	out := make([]string, len(u))
	copy(out, u)
	return out
}

// lightStem strips a few inflection endings from compound parts that the pack did not stem.
func lightStem(w string) string {
	for _, suf := range []string{"en", "er", "es", "s", "e", "n"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w)-utf8.RuneCountInString(suf) >= 3 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// nameKey is the key of a name-like token: its stem, which folds genitive "s" and case.
func nameKey(t article.Token) string {
	if t.Stem != "" {
		return t.Stem
	}
	return t.Norm
}

// isNameLike reports whether toks[k] looks like part of a proper name. German capitalises every
// noun, so capitalisation alone says little: a token counts when it is an acronym ("USA",
// "NATO"), or a capitalised word next to another capitalised non-initial word ("Donald Trump",
// "Nahen Osten"). The sentence's first word only counts as an acronym.
func isNameLike(toks []article.Token, k int, initial bool) bool {
	t := toks[k]
	if !startsUpper(t.Text) {
		return false
	}
	if isAcronym(t.Text) {
		return true
	}
	if initial {
		return false
	}
	neighbour := func(j int) bool {
		if j < 0 || j >= len(toks) {
			return false
		}
		u := toks[j]
		if u.Kind != article.TokWord || u.Stop || !startsUpper(u.Text) {
			return false
		}
		// the sentence's first word is capitalised anyway
		for i := 0; i < j; i++ {
			if toks[i].Kind == article.TokWord || toks[i].Kind == article.TokNumber {
				return true
			}
		}
		return false
	}
	return neighbour(k-1) || neighbour(k+1)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAcronym: at least two letters, all of them upper case ("USA", "EU", "NATO-Gipfel" is not).
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// entityTerms maps sentence index to the name keys of the entities the analysis found in it.
func entityTerms(d *Doc) map[int][]string {
	out := map[int][]string{}
	an := d.Analysis
	for _, e := range an.Entities {
		si := an.SentenceAt(e.Start)
		if si < 0 {
			continue
		}
		name := e.Canonical
		if name == "" {
			name = e.Text
		}
		for _, w := range strings.Fields(strings.ToLower(name)) {
			w = strings.Trim(w, ".,;:!?\"'()")
			if utf8.RuneCountInString(w) >= 2 {
				out[si] = append(out[si], lightStem(w))
			}
		}
	}
	return out
}

// normNumber writes a digit token in one canonical form: thousands separators removed,
// decimal comma as point ("11.000" -> "11000", "1,5" -> "1.5").
func normNumber(s string) string {
	var digits strings.Builder
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ',' })
	if len(parts) == 0 {
		return ""
	}
	for _, p := range parts {
		for _, r := range p {
			if !unicode.IsDigit(r) {
				return strings.ToLower(s)
			}
		}
	}
	// German: "." groups thousands, "," marks decimals. A trailing 3-digit group after "."
	// is a thousands group.
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		intPart := strings.ReplaceAll(s[:i], ".", "")
		return strings.TrimLeft(intPart, "0") + "." + s[i+1:]
	}
	for _, p := range parts {
		digits.WriteString(p)
	}
	out := strings.TrimLeft(digits.String(), "0")
	if out == "" {
		out = "0"
	}
	return out
}

// numberWord maps a spelled-out number or ordinal to its digits, so "elf" and "11" meet and
// "achte" is a number claim too.
func numberWord(norm string) (string, bool) {
	n, ok := numberWords()[norm]
	return n, ok
}

// numberWords is read from the "numbers" lists of every registered language pack
// (lang.Registered) on first use, read-only after: a report and its rewrite in another
// language still meet on "elf" and "eleven". Ordinals lose their period: "achte" and
// "acht" both claim the number 8. Zero, one and halves are left out: "ein", "erste",
// "halb" are everyday words more than figures.
var numberWords = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, p := range lang.Registered() {
		for w, v := range p.Words("numbers") {
			v = strings.TrimSuffix(v, ".")
			if v == "" || v == "0" || v == "1" || strings.Contains(v, ".") || utf8.RuneCountInString(w) < 3 {
				continue
			}
			out[strings.ToLower(w)] = v
		}
	}
	return out
})
