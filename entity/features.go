package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokInfo is what the feature templates need to know about one word, computed once.
type tokInfo struct {
	lower string
	gaz   uint16 // gazetteer kinds of the word (and of the stem before a hyphen)
	role  uint16
	hyph  uint16 // gazetteer kinds of the part before the first hyphen
	dict  uint8  // 1: a German word in lower case, 2: a capitalised German word (dictionary)
	first bool   // a given name
	upper bool   // starts with an upper-case letter
	cand  bool   // may be part of a name; other words are tagged O without scoring
	// particle: the pack joins a person's name's parts with it ("von"); joiner: it, or a
	// mark, stands inside names of any kind ("für", "of", "&").
	particle, joiner bool
	// lexStart and gazStart: the word (or its stem without adjective ending) may begin a
	// multi-word name of the lexicon or the gazetteer.
	lexStart, gazStart bool
	lex                uint8  // lexicon kinds of the word (see gazetteer.lex)
	span               uint16 // lexicon kinds of a multi-word name the word is in, <<2, | 1 first word, | 2 later word

	// Hashes of the lower-cased word, its shape, prefixes of 2-4 and suffixes of 2-5
	// letters, and the parts around hyphens, computed once per word.
	hw, hs   uint64
	hpre     [3]uint64
	hsuf     [4]uint64
	hyphen   bool
	hhf, hhl uint64

	clu, cluHL uint32 // word clusters (see clusters.go) of the word and of its last hyphen part

	// hhead and cluHead: the head of a capitalised compound without hyphen, the longest
	// proper ending of at least four letters the dictionary writes capitalised
	// ("Bundesjustizministerium" -> "ministerium", "Umweltbundesamt" -> "bundesamt"), and
	// its cluster; 0 when none. German names organisations and places by compounds whose
	// head says what they are; the head generalises to compounds never seen.
	hhead   uint64
	cluHead uint32

	// scores is the summed weights of the word's feature groups under the model of the
	// wordCache that produced this info, or nil.
	scores wordScores
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// shapeHash is the hash of a word's shape (see shapeInto), without building a string.
func shapeHash(s string) uint64 {
	var b [16]byte
	n := shapeInto(s, &b)
	h := uint64(fnvOffset)
	for _, c := range b[:n] {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// shapeInto writes a word's shape into b and returns its length: a short pattern of its
// character classes with runs collapsed ("Selenskyj" -> "Xx", "NATO" -> "X", "G20" -> "Xd",
// "11.000" -> "d.d").
func shapeInto(s string, b *[16]byte) int {
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r == '-':
			c = '-'
		case r == '.' || r == ',':
			c = '.'
		default:
			c = '#'
		}
		if c == last {
			continue
		}
		last = c
		if n < len(b) {
			b[n] = c
			n++
		}
	}
	return n
}

// joinerMarks are the marks found inside names ("Procter & Gamble", "St. Petersburg").
// With the pack's joiners (words: "von", "für", "of") and capitalised words, digits and
// adjectives of places they are the only words the tagger scores. Every other word is O
// without a look at the model: two thirds of the tokens of news text, and the same
// shortcut is taken in training, so the model is consistent with it.
var joinerMarks = map[string]bool{"&": true, ".": true, "-": true, "'": true,
	"/": true, "+": true, "!": true, "?": true, ":": true, "–": true}

// infos computes what the feature templates need for each word, taking the word-intrinsic
// part from c when it holds the word (c may be nil) and computing it under the language
// data wd otherwise (wd may be nil: no clusters, no dictionary).
func infos(ws []word, buf []tokInfo, c *wordCache, wd *wordData) []tokInfo {
	buf = buf[:0]
	for _, w := range ws {
		if e := c.get(w.text); e != nil {
			buf = append(buf, e.info)
		} else {
			buf = append(buf, wordInfo(w.text, wd))
		}
	}
	gazOnce().markLexSpans(buf)
	return buf
}

// wordInfo is everything about a word that does not depend on its neighbours (all but span).
func wordInfo(text string, wd *wordData) tokInfo {
	gaz := gazOnce()
	l := strings.ToLower(text)
	ti := tokInfo{lower: l, upper: isUpperStart(text)}
	ti.hw = hashStr(fnvOffset, l)
	ti.hs = shapeHash(text)
	for n := 2; n <= 4; n++ {
		ti.hpre[n-2] = hashStr(fnvOffset^uint64(n), prefix(l, n))
	}
	for n := 2; n <= 5; n++ {
		ti.hsuf[n-2] = hashStr(fnvPrime^uint64(n), suffix(l, n))
	}
	if i := strings.IndexByte(l, '-'); i > 0 {
		ti.hyphen = true
		ti.hhf = hashStr(fnvOffset, l[:i])
		ti.hhl = hashStr(fnvOffset, l[strings.LastIndexByte(l, '-')+1:])
		ti.cluHL = wd.cluster(ti.hhl)
	}
	ti.clu = wd.cluster(ti.hw)
	if len(text) == 1 && !isWordRune(rune(text[0])) {
		ti.joiner = joinerMarks[l]
		ti.cand = ti.joiner
		return ti // punctuation: no list holds it
	}
	if wd != nil {
		ti.particle, ti.joiner = wd.particles[l], wd.joiners[l] || joinerMarks[l]
	} else {
		ti.joiner = joinerMarks[l]
	}
	kind := gaz.kind[l]
	stem := stripAdjEnding(l)
	ti.gazStart = gaz.firstWord[l] || gaz.firstWord[stem]
	ti.lexStart = ti.upper && (gaz.lexFirst[l] || gaz.lexFirst[stem])
	ti.gaz, _ = gaz.lookupCase(text, l)
	if kind&gAdj != 0 {
		ti.gaz |= gAdj
	} else if stem != l && gaz.adj[stem] != "" {
		ti.gaz |= gAdj
	}
	ti.role = uint16(kind) & (gRole | gTitle)
	if ti.role == 0 && len(l) >= 5 && ti.upper { // roles are capitalised nouns
		ti.role = gaz.roleKind(l)
	}
	ti.first = kind&gFirst != 0 && ti.upper
	if !ti.first && ti.upper && strings.Count(l, "-") == 1 {
		// "Ernst-Volker", "Jean-Luc": both parts given names.
		h, t, _ := strings.Cut(l, "-")
		ti.first = gaz.kind[h]&gFirst != 0 && (gaz.kind[t]&gFirst != 0 || gaz.lex[t]&lxFirst != 0)
	}
	if ti.upper {
		ti.lex = gaz.lexLookup(l)
	}
	ti.dict = wd.dict(l)
	if ti.upper && !ti.hyphen && wd != nil {
		ti.hhead, ti.cluHead = compoundHead(l, wd)
	}
	if ti.hyphen {
		i := strings.IndexByte(l, '-')
		ti.hyph, _ = gaz.lookupCase(text[:i], l[:i])
	}
	r, _ := utf8.DecodeRuneInString(text)
	ti.cand = ti.upper || !unicode.IsLower(r) || ti.gaz != 0 || ti.joiner || strings.Contains(l, "isch") ||
		(ti.hyphen && strings.ContainsFunc(text, unicode.IsUpper))
	return ti
}

// compoundHead returns the hash and cluster of the longest proper ending of l, at least
// four letters long and starting after the third, that the dictionary writes capitalised;
// zeros when there is none.
func compoundHead(l string, wd *wordData) (uint64, uint32) {
	n := 0
	for i := range l {
		if n >= 3 && utf8.RuneCountInString(l[i:]) >= 4 && wd.dict(l[i:])&2 != 0 {
			h := hashStr(fnvOffset, l[i:])
			return h, wd.cluster(h)
		}
		n++
	}
	return 0, 0
}

// Feature template ids.
const (
	fBias byte = iota
	fWord
	fShape
	fPre
	fSuf
	fPrevW
	fNextW
	fPrev2W
	fNext2W
	fShapeP
	fShapeN
	fFirst
	fGaz
	fGazP
	fGazN
	fRoleP
	fRoleP2
	fHyphFirst
	fHyphLast
	fHyphGaz
	fLen
	fWordShapeP
	fDict
	fDictP
	fBigramP
	fBigramN
	fSufP
	fSufN
	fFirstName
	fClu
	fCluP
	fCluN
	fCluShape
	fCase
	fCluHL
	fCluP2
	fCluN2
	fPerson
	fLex
	fLexP
	fLexN
	fLexPC
	fSpan
	fHead
	fHeadClu
	fSource // a feature's copy private to one training corpus (see Sentence.Source)
)

func prefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

func suffix(s string, n int) string {
	c := utf8.RuneCountInString(s)
	if c <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == c-n {
			return s[j:]
		}
		i++
	}
	return s
}

// features appends the hashed features of word i to out. They look at one sentence only:
// the tagger is trained on single sentences, so article-level evidence is left to the rules.
// All string hashing happens once per word in infos; here hashes are only combined.
//
// The features fall into groups by what they look at: the word alone, one neighbour alone
// (the previous, next, second previous or second next word) and the word with its
// neighbours. The tagger caches the summed weights of the first five groups per distinct
// word (see wordCache), so only the last group is looked up per occurrence.
func features(ti []tokInfo, i int, out []uint64) []uint64 {
	out = ownFeatures(&ti[i], out)
	out = prevFeatures(at(ti, i-1), out)
	out = nextFeatures(at(ti, i+1), out)
	out = prev2Features(at(ti, i-2), out)
	out = next2Features(at(ti, i+2), out)
	return pairFeatures(ti, i, out)
}

// at returns word i of a sentence, or nil beyond its ends.
func at(ti []tokInfo, i int) *tokInfo {
	if i < 0 || i >= len(ti) {
		return nil
	}
	return &ti[i]
}

// ownFeatures appends the features that depend on the word alone.
func ownFeatures(t *tokInfo, out []uint64) []uint64 {
	out = append(out, mix(fBias, 0), mix(fWord, t.hw), mix(fShape, t.hs),
		mix(fPre, t.hpre[0]), mix(fPre, t.hpre[1]), mix(fPre, t.hpre[2]),
		mix(fSuf, t.hsuf[0]), mix(fSuf, t.hsuf[1]), mix(fSuf, t.hsuf[2]), mix(fSuf, t.hsuf[3]),
		mix(fGaz, uint64(t.gaz&^gTeam)), // (gTeam is no feature: the model was trained without it)
		mix(fClu, cluPrefix(t.clu, 2)), mix(fClu, cluPrefix(t.clu, 4)), mix(fClu, cluPrefix(t.clu, 6)),
		mix2(fCluShape, cluPrefix(t.clu, 3), t.hs))
	if t.hyphen {
		out = append(out, mix(fCluHL, cluPrefix(t.cluHL, 4)),
			mix(fHyphFirst, t.hhf), mix(fHyphLast, t.hhl), mix(fHyphGaz, uint64(t.hyph)))
	}
	if t.lex != 0 {
		out = append(out, mix(fLex, uint64(t.lex)|uint64(t.dict)<<8))
	}
	if t.hhead != 0 {
		out = append(out, mix(fHead, t.hhead), mix(fHeadClu, cluPrefix(t.cluHead, 4)))
	}
	if t.role != 0 {
		out = append(out, mix(fLen, uint64(t.role)))
	}
	return out
}

// prevFeatures appends the features that look at the previous word p alone (nil at the
// start of a sentence).
func prevFeatures(p *tokInfo, out []uint64) []uint64 {
	if p == nil {
		return append(out, mix(fPrevW, hBOS), mix(fGazP, 0), mix(fRoleP, 0), mix(fCluP, 1))
	}
	out = append(out, mix(fPrevW, p.hw), mix(fSufP, p.hsuf[1]), mix(fGazP, uint64(p.gaz&^gTeam)),
		mix(fRoleP, uint64(p.role)), mix(fCluP, cluPrefix(p.clu, 4)))
	if p.lex != 0 {
		out = append(out, mix(fLexP, uint64(p.lex)))
	}
	return out
}

// nextFeatures appends the features that look at the next word n alone (nil at the end).
func nextFeatures(n *tokInfo, out []uint64) []uint64 {
	if n == nil {
		return append(out, mix(fNextW, hEOS), mix(fGazN, 0), mix(fCluN, 2))
	}
	out = append(out, mix(fNextW, n.hw), mix(fSufN, n.hsuf[1]), mix(fGazN, uint64(n.gaz&^gTeam)),
		mix(fCluN, cluPrefix(n.clu, 4)))
	if n.lex != 0 {
		out = append(out, mix(fLexN, uint64(n.lex)))
	}
	return out
}

// prev2Features appends the features of the word two before (nil: none).
func prev2Features(p *tokInfo, out []uint64) []uint64 {
	if p == nil {
		return append(out, mix(fPrev2W, hBOS), mix(fRoleP2, 0))
	}
	return append(out, mix(fPrev2W, p.hw), mix(fRoleP2, uint64(p.role)))
}

// next2Features appends the features of the word two after (nil: none).
func next2Features(n *tokInfo, out []uint64) []uint64 {
	if n == nil {
		return append(out, mix(fNext2W, hEOS))
	}
	return append(out, mix(fNext2W, n.hw))
}

// pairFeatures appends the features of word i that combine it with its neighbours or its
// position.
func pairFeatures(ti []tokInfo, i int, out []uint64) []uint64 {
	t := &ti[i]
	p, n := at(ti, i-1), at(ti, i+1)
	prevW, prevS, nextS := hBOS, hBOS, hEOS
	if p != nil {
		prevW, prevS = p.hw, p.hs
		out = append(out, mix(fDictP, uint64(p.dict)|uint64(t.dict)<<2))
	} else {
		out = append(out, mix(fFirst, t.hs))
	}
	if n != nil {
		nextS = n.hs
	}
	out = append(out, mix2(fShapeP, prevS, t.hs), mix2(fShapeN, t.hs, nextS),
		mix2(fWordShapeP, prevW, t.hs),
		mix(fDict, uint64(t.dict)|boolBit(t.upper, 4)|boolBit(i == 0, 8)),
		mix(fCase, cluCase(t.clu)|boolBit(t.upper, 8)|boolBit(i == 0, 16)))
	var fn uint64
	pe := cluPerson(t.clu)
	if t.first {
		fn |= 1
	}
	if p != nil {
		pe |= cluPerson(p.clu) << 2
		if p.first {
			fn |= 2
		}
		if p.lex != 0 && t.lex != 0 {
			out = append(out, mix2(fLexPC, uint64(p.lex), uint64(t.lex)))
		}
	}
	if n != nil {
		pe |= cluPerson(n.clu) << 4
		if n.first {
			fn |= 4
		}
	}
	if fn != 0 {
		out = append(out, mix(fFirstName, fn))
	}
	if pe != 0 {
		out = append(out, mix(fPerson, pe))
	}
	if t.span != 0 {
		out = append(out, mix(fSpan, uint64(t.span)))
	}
	return out
}

var hBOS, hEOS = hashStr(fnvOffset, "<s>"), hashStr(fnvOffset, "</s>")

// mix combines a feature template with a hash into the feature's key.
func mix(t byte, h uint64) uint64 {
	h ^= uint64(t+1) * 0x9E3779B97F4A7C15
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 31
	h *= 0x94D049BB133111EB
	return h ^ h>>29
}

func mix2(t byte, a, b uint64) uint64 { return mix(t, a*0xD6E8FEB86659FD93^b) }

func boolBit(b bool, bit uint64) uint64 {
	if b {
		return bit
	}
	return 0
}
