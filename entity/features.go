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
	lex   uint8  // lexicon kinds of the word (see gazetteer.lex)
	span  uint16 // lexicon kinds of a multi-word name the word is in, <<2, | 1 first word, | 2 later word

	// Hashes of the lower-cased word, its shape, prefixes of 2-4 and suffixes of 2-5
	// letters, and the parts around hyphens, computed once per word.
	hw, hs   uint64
	hpre     [3]uint64
	hsuf     [4]uint64
	hyphen   bool
	hhf, hhl uint64

	clu, cluHL uint32 // word clusters (see clusters.go) of the word and of its last hyphen part
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

// joiners are the lower-case words and marks found inside names ("Ole von Beust", "Verein
// für Socialpolitik", "Procter & Gamble", "St. Petersburg"); with capitalised words, digits
// and adjectives of places they are the only words the tagger scores. Every other word is
// O without a look at the model: two thirds of the tokens of news text, and the same
// shortcut is taken in training, so the model is consistent with it.
var joiners = map[string]bool{"von": true, "van": true, "de": true, "der": true, "des": true, "den": true,
	"dem": true, "die": true, "das": true, "du": true, "da": true, "di": true, "del": true, "la": true, "le": true,
	"zu": true, "zum": true, "zur": true, "für": true, "und": true, "am": true, "an": true, "im": true, "in": true,
	"auf": true, "bei": true, "of": true, "the": true, "and": true, "for": true, "y": true, "e": true, "bin": true,
	"al": true, "el": true, "ten": true, "ter": true, "vom": true, "&": true, ".": true, "-": true, "'": true,
	"/": true, "+": true, "!": true, "?": true, ":": true, "–": true}

func infos(ws []word, buf []tokInfo) []tokInfo {
	buf = buf[:0]
	for _, w := range ws {
		l := strings.ToLower(w.text)
		ti := tokInfo{lower: l, upper: isUpperStart(w.text)}
		ti.hw = hashStr(fnvOffset, l)
		ti.hs = shapeHash(w.text)
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
			ti.cluHL = clusters[ti.hhl]
		}
		ti.clu = clusters[ti.hw]
		if len(w.text) == 1 && !isWordRune(rune(w.text[0])) {
			ti.cand = joiners[l]
			buf = append(buf, ti) // punctuation: no list holds it
			continue
		}
		kind := gaz.kind[l]
		ti.gaz, _ = gaz.lookupCase(w.text, l)
		if kind&gAdj != 0 {
			ti.gaz |= gAdj
		} else if b := stripAdjEnding(l); b != l && gaz.adj[b] != "" {
			ti.gaz |= gAdj
		}
		ti.role = uint16(kind) & (gRole | gTitle)
		if ti.role == 0 && len(l) >= 5 && ti.upper { // roles are capitalised nouns
			ti.role = gaz.roleKind(l)
		}
		ti.first = kind&gFirst != 0 && ti.upper
		if ti.upper {
			ti.lex = gaz.lexLookup(l)
		}
		h1, h2 := bloomHashes(l)
		if dictLower.has(h1, h2) {
			ti.dict |= 1
		}
		if dictUpper.has(h1, h2) {
			ti.dict |= 2
		}
		if ti.hyphen {
			i := strings.IndexByte(l, '-')
			ti.hyph, _ = gaz.lookupCase(w.text[:i], l[:i])
		}
		r, _ := utf8.DecodeRuneInString(w.text)
		ti.cand = ti.upper || !unicode.IsLower(r) || ti.gaz != 0 || joiners[l] || strings.Contains(l, "isch") ||
			(ti.hyphen && strings.ContainsFunc(w.text, unicode.IsUpper))
		buf = append(buf, ti)
	}
	gaz.markLexSpans(buf)
	return buf
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
func features(ti []tokInfo, i int, out []uint64) []uint64 {
	t := &ti[i]
	out = append(out, mix(fBias, 0), mix(fWord, t.hw), mix(fShape, t.hs),
		mix(fPre, t.hpre[0]), mix(fPre, t.hpre[1]), mix(fPre, t.hpre[2]),
		mix(fSuf, t.hsuf[0]), mix(fSuf, t.hsuf[1]), mix(fSuf, t.hsuf[2]), mix(fSuf, t.hsuf[3]))
	prevW, prevS, prev2 := hBOS, hBOS, hBOS
	var prevG, prevR, prev2R uint16
	if i > 0 {
		p := &ti[i-1]
		prevW, prevS, prevG, prevR = p.hw, p.hs, p.gaz, p.role
		out = append(out, mix(fDictP, uint64(p.dict)|uint64(t.dict)<<2), mix(fSufP, p.hsuf[1]))
	} else {
		out = append(out, mix(fFirst, t.hs))
	}
	if i > 1 {
		prev2, prev2R = ti[i-2].hw, ti[i-2].role
	}
	nextW, nextS, next2 := hEOS, hEOS, hEOS
	var nextG uint16
	if i+1 < len(ti) {
		n := &ti[i+1]
		nextW, nextS, nextG = n.hw, n.hs, n.gaz
		out = append(out, mix(fSufN, n.hsuf[1]))
	}
	if i+2 < len(ti) {
		next2 = ti[i+2].hw
	}
	out = append(out,
		mix(fPrevW, prevW), mix(fNextW, nextW), mix(fPrev2W, prev2), mix(fNext2W, next2),
		mix2(fShapeP, prevS, t.hs), mix2(fShapeN, t.hs, nextS),
		mix(fGaz, uint64(t.gaz)), mix(fGazP, uint64(prevG)), mix(fGazN, uint64(nextG)),
		mix(fRoleP, uint64(prevR)), mix(fRoleP2, uint64(prev2R)),
		mix2(fWordShapeP, prevW, t.hs),
		mix(fDict, uint64(t.dict)|boolBit(t.upper, 4)|boolBit(i == 0, 8)),
	)
	var fn uint64
	if t.first {
		fn |= 1
	}
	if i > 0 && ti[i-1].first {
		fn |= 2
	}
	if i+1 < len(ti) && ti[i+1].first {
		fn |= 4
	}
	if fn != 0 {
		out = append(out, mix(fFirstName, fn))
	}
	var cp, cn uint64 = 1, 2 // sentence boundaries
	pe := cluPerson(t.clu)
	if i > 0 {
		cp = cluPrefix(ti[i-1].clu, 4)
		pe |= cluPerson(ti[i-1].clu) << 2
	}
	if i+1 < len(ti) {
		cn = cluPrefix(ti[i+1].clu, 4)
		pe |= cluPerson(ti[i+1].clu) << 4
	}
	if pe != 0 {
		out = append(out, mix(fPerson, pe))
	}
	out = append(out,
		mix(fClu, cluPrefix(t.clu, 2)), mix(fClu, cluPrefix(t.clu, 4)), mix(fClu, cluPrefix(t.clu, 6)),
		mix(fCluP, cp), mix(fCluN, cn),
		mix2(fCluShape, cluPrefix(t.clu, 3), t.hs),
		mix(fCase, cluCase(t.clu)|boolBit(t.upper, 8)|boolBit(i == 0, 16)))
	if t.hyphen {
		out = append(out, mix(fCluHL, cluPrefix(t.cluHL, 4)))
	}
	var pl, nl uint8
	if i > 0 {
		pl = ti[i-1].lex
	}
	if i+1 < len(ti) {
		nl = ti[i+1].lex
	}
	if t.lex != 0 {
		out = append(out, mix(fLex, uint64(t.lex)|uint64(t.dict)<<8))
	}
	if pl != 0 {
		out = append(out, mix(fLexP, uint64(pl)))
		if t.lex != 0 {
			out = append(out, mix2(fLexPC, uint64(pl), uint64(t.lex)))
		}
	}
	if nl != 0 {
		out = append(out, mix(fLexN, uint64(nl)))
	}
	if t.span != 0 {
		out = append(out, mix(fSpan, uint64(t.span)))
	}
	if t.hyphen {
		out = append(out, mix(fHyphFirst, t.hhf), mix(fHyphLast, t.hhl), mix(fHyphGaz, uint64(t.hyph)))
	}
	if t.role != 0 {
		out = append(out, mix(fLen, uint64(t.role)))
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
