package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/article"
)

// TestSuffixTrieStartsIsMapScan checks that the trie marks exactly the positions where a
// map look-up of the word's rest finds a key, and every position of a word too long for
// the mask.
func TestSuffixTrieStartsIsMapScan(t *testing.T) {
	keys := map[string]string{"chef": "m", "kanzleichef": "m", "ef": "", "in": "f", "ärztin": "f", "a": "", "": "x"}
	tr := newSuffixTrie(keys)
	for _, w := range []string{"kanzleichef", "chef", "bürochef", "ärztin", "oberärztin", "zahnarzt", "ef", "f", "", "ba", "haus",
		strings.Repeat("x", 70) + "chef"} {
		m := tr.starts(w)
		for i := 0; i < len(w); i++ {
			_, want := keys[w[i:]]
			if got := m.at(i); len(w) < 64 && got != want || len(w) >= 64 && !got {
				t.Errorf("%q at %d: trie %v, map %v", w, i, got, want)
			}
		}
	}
}

// TestSuffixScansSameAsMapScans checks the scans that read the tries against the same
// scans probing the maps at every position, on words we made up and the pack's own keys.
func TestSuffixScansSameAsMapScans(t *testing.T) {
	for _, lx := range []*lexicon{newLexicon(dePack), newLexicon(newEnPack(t))} {
		words := []string{"kanzleichef", "pressesprecherin", "bundespolizei", "verteidigungsministerium", "polizeiangaben",
			"nachrichtenagentur", "ard-hauptstadtstudio", "wetterapp", "trapp", "politikerin", "77-jährige", "lawmaker",
			"expertenmeinung", "ministerium", "präsident", "präsidenten", "spokeswoman", "newspaper", "haus", "x", "ö"}
		for _, m := range []map[string]string{lx.titles, lx.mediaWords, lx.roles, lx.epithets, lx.sources, lx.bodies} {
			n := 0
			for k := range m {
				if n++; n > 300 {
					break
				}
				words = append(words, k, "vor"+k, k+"s", k+"n", k+"en", "x"+k)
			}
		}
		for _, w := range words {
			ref := mapScans(lx, w)
			got := [...]any{lx.roleHead(w), lx.titleHead(w), lx.media(w), lx.sourceNoun(w)}
			s, ok := lx.epithet(w)
			b, bare := lx.body(w)
			got2 := [...]any{s, ok, b, bare}
			if got != ref.a || got2 != ref.b {
				t.Errorf("%q: got %v %v, map scans %v %v", w, got, got2, ref.a, ref.b)
			}
		}
	}
}

type scanResults struct{ a, b [4]any }

// mapScans are the suffix scans as they were before the tries: a look-up at every position.
func mapScans(lx *lexicon, norm string) scanResults {
	role := ""
	if len(lx.roles) > 0 && norm != "" {
		for _, w := range []string{norm, strings.TrimSuffix(norm, "s"), strings.TrimSuffix(norm, "en"), strings.TrimSuffix(norm, "n")} {
			for i := range w {
				if i > 0 && !utf8.RuneStart(w[i]) {
					continue
				}
				if _, ok := lx.roles[w[i:]]; ok && len(w[i:]) > len(role) {
					role = w[i:]
					break
				}
			}
		}
	}
	title := false
	for _, w := range []string{norm, strings.TrimSuffix(norm, "s"), strings.TrimSuffix(norm, "es")} {
		for i := range w {
			if !utf8.RuneStart(w[i]) || i > 0 && utf8.RuneCountInString(w[:i]) < 3 {
				continue
			}
			if _, ok := lx.titles[w[i:]]; ok && len(w)-i >= 3 && len(lx.titles) > 0 {
				title = true
			}
		}
	}
	media := false
	if _, ok := lx.mediaWords[norm]; ok {
		media = true
	}
	if i := strings.LastIndexByte(norm, '-'); i >= 0 {
		if _, ok := lx.mediaWords[norm[i+1:]]; ok {
			media = true
		}
	}
	for i := 3; i+5 <= len(norm); i++ {
		if _, ok := lx.mediaWords[norm[i:]]; ok && utf8.RuneStart(norm[i]) {
			media = true
		}
	}
	source := false
	for i := range norm {
		if _, ok := lx.sources[norm[i:]]; ok && len(norm)-i >= 5 && utf8.RuneStart(norm[i]) {
			source = true
		}
	}
	var sex byte
	epi := false
found:
	for _, w := range []string{norm, strings.TrimSuffix(norm, "n")} {
		for i := range w {
			if i > 0 && !utf8.RuneStart(w[i]) {
				continue
			}
			if v, ok := lx.epithets[w[i:]]; ok && (i == 0 || len(w)-i >= 4) {
				if v != "" {
					sex = v[0]
				}
				epi = true
				break found
			}
		}
	}
	body, bare := false, false
	if len(lx.bodies) > 0 {
	bodies:
		for i := range norm {
			v, ok := lx.bodies[norm[i:]]
			switch {
			case !ok:
			case i == 0:
				body, bare = true, v == "compound"
				break bodies
			case i >= 3:
				body = true
				break bodies
			}
		}
	}
	return scanResults{[4]any{role, title, media, source}, [4]any{sex, epi, body, bare}}
}

// TestPhraseAtStopsOnlyWherePhrasesCannot checks phraseAt, which stops extending a run of
// words that starts no phrase, against every run up to the longest phrase.
func TestPhraseAtStopsOnlyWherePhrasesCannot(t *testing.T) {
	lx := newLexicon(dePack)
	var toks []article.Token
	add := func(words ...string) {
		for _, w := range words {
			toks = append(toks, article.Token{Text: w, Norm: w, Kind: article.TokWord})
		}
	}
	for k := range lx.phrases {
		add(strings.Fields(k)...)
		add("und")
		add(strings.Fields(k)[0], "heute")
	}
	add("nach", "angaben", "der", "polizei", "zufolge", "laut", "wie", "es", "hieß")
	c := &ctx{lx: lx, toks: toks}
	for p := range toks {
		for _, limit := range []int{len(toks), min(len(toks), p+2)} {
			wantN, wantKind := 0, ""
			for n := 1; n <= lx.maxPhrase && p+n <= limit; n++ {
				parts := make([]string, n)
				for j := range parts {
					parts[j] = toks[p+j].Norm
				}
				if k, ok := lx.phrases[strings.Join(parts, " ")]; ok {
					wantN, wantKind = n, k
				}
			}
			if n, kind := c.phraseAt(p, limit); n != wantN || kind != wantKind {
				t.Errorf("phraseAt(%d %q, %d) = %d %q, want %d %q", p, toks[p].Norm, limit, n, kind, wantN, wantKind)
			}
		}
	}
}

// TestScanSkipsOnlyNonMarks checks that the only ASCII opening mark is the straight
// double quote, which Scan's fast path for ASCII relies on.
func TestScanSkipsOnlyNonMarks(t *testing.T) {
	for r := range closers {
		if r < utf8.RuneSelf && r != '"' {
			t.Errorf("opening mark %q is ASCII: Scan skips it", r)
		}
	}
	if got := Scan(`Er sagte: "Wir kommen" und „Ihr auch“.`); len(got) != 2 {
		t.Errorf("Scan found %d quotations, want 2", len(got))
	}
}
