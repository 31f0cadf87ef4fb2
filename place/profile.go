package place

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/link"
)

// Profile is what placement keeps of an article: term counts of its headline, lead, body and
// names (term ids from the vocabulary, weighted by rarity only when compared, so weights
// follow the document frequencies as they grow), and the facts that identify a happening.
type Profile struct {
	Seq   int64  // the store's sequence number of the placed version
	ID    string // article id
	Time  int64  // unix seconds of the published (or estimated) date; 0 when unknown
	Host  string // site the article came from ("" when unknown)
	Lang  string // the article's language code
	Flags Flags

	Title      Vector // headline terms and names
	Lead       Vector // headline and first paragraph
	Grams      Vector // letter 4-grams of the headline's and lead's words (compounds, inflections)
	Body       Vector // the heaviest terms of the whole body text
	Names      Vector // people, organisations and places named in the body
	TitleNames Vector // names in the headline
	LeadNames  Vector // names in the headline and first paragraph

	// Scores identify the match or duel a headline is about: results ("2:0") and pairings of
	// two names ("vs:" and their keys: "Österreich gegen Frankreich").
	Scores []string
	// Announce is how much the headline and lead announce a happening rather than report it
	// (the pack's place_preview weights less its place_report weights).
	Announce float64
	Dates    []int32  // dates the text mentions, as days since 1970-01-01
	Nums     []uint64 // hashes of numbers written in the text, and of results in headline and lead

	Heading string // the headline as written, for event titles

	// Display holds, for the name keys of an article just profiled, the name as written
	// (not stored with the profile: placement keeps it in place_names for explanations).
	Display map[string]string
}

// Flags are yes/no facts of an article.
type Flags uint8

// Flag bits.
const (
	// FlagPreview: the headline or lead announces a happening (a preview, a TV or stream
	// listing); such articles form events of their own, linked to the happening by storyline.
	FlagPreview Flags = 1 << iota
	// FlagFurniture: the body is only site furniture (consent, paywall, ticker shell), so
	// the article was placed by its headline and lead alone.
	FlagFurniture
	// FlagLive: the headline is a live ticker's or live blog's ("Liveticker | Deutschland -
	// Ungarn 2:0"), so a result in it is the score when the page was fetched, not the final one.
	FlagLive
)

// TermCount is one term of a vector and how often it occurs.
type TermCount struct {
	ID uint32
	N  float32
}

// Vector is a sparse term vector, sorted by term id.
type Vector []TermCount

// Term keys: a kind prefix and a normal form, so one vocabulary holds stems and names.
const (
	keyTerm = "t:"
	keyName = "n:"
)

// Vocab issues term ids and counts document frequencies. The placer's vocabulary is a table
// with a cache; tests and the weight generator use MemVocab.
type Vocab interface {
	// Observe counts one more document holding each of keys (distinct) and returns their ids
	// in the same order. prior gives the background count of a key not seen before.
	Observe(keys []string, prior func(key string) float64) ([]uint32, error)
	// IDF returns the inverse document frequency of term id.
	IDF(id uint32) (float64, error)
}

// Words is what a profile needs of the article's language pack: its named word lists
// (lang.Pack.Words).
type Words interface {
	Words(list string) map[string]string
}

// raw is an article's features before they have term ids.
type raw struct {
	title, lead, body, names, titleNames, leadNames map[string]float32
	grams                                           map[string]float32
}

// sizes bound a profile, so comparing two costs the same whatever the articles' length.
const (
	bodyTerms = 64
	nameTerms = 32
)

// BuildProfile computes the profile of an analysed article. furniture lists the blocks
// (indexes into a.Blocks) to leave out besides those of kind furniture. The vocabulary counts
// the article as one more document.
func BuildProfile(a *article.Article, an *article.Analysis, words Words, furniture map[int]bool, v Vocab) (*Profile, error) {
	return draftProfile(a, an, words, furniture).finish(words, v)
}

// profileDraft is a profile before its terms have ids: all that BuildProfile makes of the
// article alone, without the vocabulary (placement drafts it ahead, in parallel: draftFor).
type profileDraft struct {
	p    *Profile
	r    raw
	keys []string // of r, sorted
}

// draftProfile is BuildProfile up to the vocabulary.
func draftProfile(a *article.Article, an *article.Analysis, words Words, furniture map[int]bool) *profileDraft {
	p := &Profile{ID: a.ID, Host: a.Site(), Lang: a.Language, Heading: headline(a), Display: map[string]string{}}
	if t, prec := article.ParsePublished(a.Published); prec != article.PrecisionNone {
		p.Time = t.Unix()
	}
	r := raw{title: map[string]float32{}, lead: map[string]float32{}, body: map[string]float32{},
		names: map[string]float32{}, titleNames: map[string]float32{}, leadNames: map[string]float32{}, grams: map[string]float32{}}
	if an == nil {
		an = &article.Analysis{}
	}
	zone := zones(a, an, furniture)
	if zone.onlyFurniture {
		p.Flags |= FlagFurniture
	}
	nums := map[uint64]bool{}
	var weak map[string]string
	if words != nil {
		weak = words.Words("place_weak")
	}
	// A word inside a name counts as the name only: as a term too, names would weigh twice,
	// and two reports of different happenings with the same actors would look alike.
	inName := nameCover(an.Entities)
	for _, t := range an.Tokens {
		z := zone.of(t.Start)
		if z == zoneSkip {
			continue
		}
		if t.Kind == article.TokNumber {
			if len(t.Text) >= 2 {
				nums[hashString(t.Text)] = true
			}
			continue
		}
		if !contentWord(t) {
			continue
		}
		if _, ok := weak[strings.ToLower(t.Text)]; ok {
			continue
		}
		if z <= zoneLead {
			addGrams(r.grams, t.Norm)
		}
		if inName(t.Start, t.End) {
			continue
		}
		k := keyTerm + t.Stem
		r.body[k]++
		if z == zoneTitle {
			r.title[k]++
		}
		if z <= zoneLead {
			r.lead[k]++
		}
	}
	for _, e := range an.Entities {
		z := zone.of(e.Start)
		if z == zoneSkip {
			continue
		}
		n := e.Canonical
		if n == "" {
			n = e.Text
		}
		n = article.NormalizeSpace(n)
		if n == "" {
			continue
		}
		// The entity's language-independent key joins its names across languages
		// (Hannover and Hanover, Kiew and Kyiv); without one, the name in lower case.
		k := keyName + strings.ToLower(n)
		if e.Key != "" {
			k = keyName + e.Key
		}
		if _, ok := p.Display[k]; !ok {
			p.Display[k] = n
		}
		ks := []string{k}
		// A club or body named after its town ("Bayer 04 Leverkusen", "Eintracht
		// Frankfurt") is also that town, as other reports of its match call it.
		if e.Type == article.EntityOrganisation {
			tk, tw := towns(n)
			for i, pk := range tk {
				if pk != k {
					ks = append(ks, pk)
					// Shown as the town, not as its key, where an explanation names it.
					if _, ok := p.Display[pk]; !ok {
						p.Display[pk] = tw[i]
					}
				}
			}
		}
		for _, k := range ks {
			r.names[k]++
			if z == zoneTitle {
				r.title[k]++
				r.titleNames[k]++
			}
			if z <= zoneLead {
				r.lead[k]++
				r.leadNames[k]++
			}
		}
	}
	p.Scores = scoresOf(p.Heading)
	results := len(p.Scores)
	if words != nil && containsAny(strings.ToLower(p.Heading), words.Words("place_ticker")) {
		p.Flags |= FlagLive
	}
	p.Scores = append(p.Scores, pairingsOf(a, an, zone, words)...)
	slices.Sort(p.Scores)
	p.Announce = announces(zone.text(a, zoneLead), words)
	if p.Announce >= 1 && results == 0 {
		p.Flags |= FlagPreview
	}
	for _, tm := range an.Times {
		if zone.of(tm.Start) == zoneSkip || tm.Type != article.TimeDate || len(tm.Value) < 10 {
			continue
		}
		if d, err := time.Parse("2006-01-02", tm.Value[:10]); err == nil {
			p.Dates = append(p.Dates, int32(d.Unix()/86400))
		}
	}
	p.Dates = sortedUnique(p.Dates)
	// A match's result ("2:1") is what every report of it writes, its side stories too
	// ("nach dem 2:1 gegen England"); its digits alone are too short to count as numbers.
	// Headline and lead only: a body also holds a live page's interim scores and tables.
	for _, r := range scoresOf(zone.text(a, zoneLead)) {
		nums[hashString("result "+r)] = true
	}
	for h := range nums {
		p.Nums = append(p.Nums, h)
	}
	slices.Sort(p.Nums)

	// One document-frequency count per distinct key of the article, whichever part it is in.
	keys := make([]string, 0, len(r.body)+len(r.names))
	for k := range r.body {
		keys = append(keys, k)
	}
	for k := range r.names {
		keys = append(keys, k)
	}
	for k := range r.grams {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return &profileDraft{p: p, r: r, keys: keys}
}

// finish gives the draft's terms their ids and counts the article in the vocabulary. The
// draft is left as it was: each call makes a profile of its own.
func (d *profileDraft) finish(words Words, v Vocab) (*Profile, error) {
	r, keys := d.r, d.keys
	p := new(Profile)
	*p = *d.p
	p.Display = maps.Clone(d.p.Display)
	p.Scores, p.Dates, p.Nums = slices.Clone(p.Scores), slices.Clone(p.Dates), slices.Clone(p.Nums)
	ids, err := v.Observe(keys, func(k string) float64 { return Prior(words, k) })
	if err != nil {
		return nil, err
	}
	id := make(map[string]uint32, len(keys))
	for i, k := range keys {
		id[k] = ids[i]
	}
	if p.Title, err = vectorOf(r.title, id, v, 0); err != nil {
		return nil, err
	}
	if p.Lead, err = vectorOf(r.lead, id, v, 0); err != nil {
		return nil, err
	}
	if p.Grams, err = vectorOf(r.grams, id, v, 0); err != nil {
		return nil, err
	}
	if p.Body, err = vectorOf(r.body, id, v, bodyTerms); err != nil {
		return nil, err
	}
	if p.Names, err = vectorOf(r.names, id, v, nameTerms); err != nil {
		return nil, err
	}
	if p.TitleNames, err = vectorOf(r.titleNames, id, v, 0); err != nil {
		return nil, err
	}
	if p.LeadNames, err = vectorOf(r.leadNames, id, v, nameTerms); err != nil {
		return nil, err
	}
	return p, nil
}

// announces weighs the preview phrases of text against its report phrases.
func announces(text string, words Words) float64 {
	if words == nil {
		return 0 // a registry without packs gives none: nothing announces
	}
	low := strings.ToLower(text)
	var s float64
	for list, sign := range map[string]float64{"place_preview": 1, "place_report": -1} {
		for phrase, w := range words.Words(list) {
			if analyze.HasPhrase(low, phrase) {
				weight := 1.0
				if w != "" {
					if v, err := strconv.ParseFloat(w, 64); err == nil {
						weight = v
					}
				}
				s += sign * weight
			}
		}
	}
	return s
}

// nameCover returns a test for whether a token span lies wholly inside an entity mention.
// Tokens are asked in text order, so one pass over the sorted mentions answers all of them.
func nameCover(ents []article.Entity) func(start, end int) bool {
	spans := make([][2]int, 0, len(ents))
	for _, e := range ents {
		if e.End > e.Start {
			spans = append(spans, [2]int{e.Start, e.End})
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	// reach[i] is the furthest end among spans[:i+1], so a token is covered when some span
	// starting at or before it reaches its end.
	reach := make([]int, len(spans))
	for i, sp := range spans {
		reach[i] = sp[1]
		if i > 0 && reach[i-1] > reach[i] {
			reach[i] = reach[i-1]
		}
	}
	return func(start, end int) bool {
		i, _ := slices.BinarySearchFunc(spans, start+1, func(sp [2]int, t int) int { return sp[0] - t })
		i--
		return i >= 0 && reach[i] >= end
	}
}

// keyGram prefixes letter n-grams in the vocabulary.
const keyGram = "g:"

// gramSize is the length of the letter n-grams: four letters tie "Landtagswahl" to
// "Landtagswahlergebnis" and "Ungarn" to "ungarischen" where stems do not.
const gramSize = 4

// addGrams counts the letter n-grams of a word, with its start and end marked.
func addGrams(m map[string]float32, norm string) {
	rs := []rune("_" + norm + "_")
	if len(rs) <= gramSize {
		m[keyGram+string(rs)]++
		return
	}
	for i := 0; i+gramSize <= len(rs); i++ {
		m[keyGram+string(rs[i:i+gramSize])]++
	}
}

// contentWord: a word that can carry what an article is about (not a stop word, not a
// one- or two-letter form, with letters).
func contentWord(t article.Token) bool {
	if t.Kind != article.TokWord || t.Stop || t.Stem == "" || utf8.RuneCountInString(t.Norm) < 3 {
		return false
	}
	for _, r := range t.Norm {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// vectorOf turns counts into a vector of term ids, keeping the top heaviest by
// (1+log n)·idf when top > 0.
func vectorOf(counts map[string]float32, id map[string]uint32, v Vocab, top int) (Vector, error) {
	out := make(Vector, 0, len(counts))
	type kw struct {
		tc TermCount
		w  float64
	}
	var ws []kw
	for k, n := range counts {
		tc := TermCount{ID: id[k], N: n}
		if top <= 0 || len(counts) <= top {
			out = append(out, tc)
			continue
		}
		idf, err := v.IDF(tc.ID)
		if err != nil {
			return nil, err
		}
		ws = append(ws, kw{tc, logCount(n) * idf})
	}
	if len(ws) > 0 {
		slices.SortFunc(ws, func(a, b kw) int {
			if a.w != b.w {
				if a.w > b.w {
					return -1
				}
				return 1
			}
			return int(a.tc.ID) - int(b.tc.ID)
		})
		for _, x := range ws[:top] {
			out = append(out, x.tc)
		}
	}
	slices.SortFunc(out, func(a, b TermCount) int { return int(a.ID) - int(b.ID) })
	return out, nil
}

func sortedUnique[T int32 | uint64](s []T) []T {
	slices.Sort(s)
	return slices.Compact(s)
}

// Zones of an article's text, by how much they say about the happening.
const (
	zoneTitle = iota
	zoneLead
	zoneBody
	zoneSkip // site furniture
)

type zoneMap struct {
	starts, ends  []int
	kinds         []int
	onlyFurniture bool
}

// zones divides the text: the headline (the title block, or the first heading), the lead
// (the first paragraph of at least eight words that is not furniture), the rest of the body,
// and furniture.
func zones(a *article.Article, an *article.Analysis, furniture map[int]bool) zoneMap {
	var z zoneMap
	haveTitle, haveLead := false, false
	content := 0
	for i, b := range a.Blocks {
		k := zoneBody
		switch {
		case b.Kind == article.BlockFurniture || furniture[i]:
			k = zoneSkip
		case !haveTitle && (b.Kind == article.BlockTitle || b.Kind == article.BlockHeading && i == 0):
			k, haveTitle = zoneTitle, true
		case !haveLead && b.Kind == article.BlockParagraph && wordsIn(an, b) >= 8:
			k, haveLead = zoneLead, true
			// A text without paragraph breaks is one long "paragraph": its lead is only the
			// sentences that hold its first leadWords words.
			if cut := leadCut(an, b); cut < b.End {
				z.starts, z.ends, z.kinds = append(z.starts, b.Start), append(z.ends, cut), append(z.kinds, zoneLead)
				b.Start, k = cut, zoneBody
				content++
			}
		}
		if k == zoneBody || k == zoneLead {
			content++
		}
		z.starts, z.ends, z.kinds = append(z.starts, b.Start), append(z.ends, b.End), append(z.kinds, k)
	}
	z.onlyFurniture = content == 0 && len(a.Blocks) > 0
	return z
}

// text returns the article's text in the zones up to and including upto (the headline and
// lead for zoneLead), blocks separated by newlines.
func (z zoneMap) text(a *article.Article, upto int) string {
	r := article.NewRunes(a.Text)
	var b strings.Builder
	for i, k := range z.kinds {
		if k <= upto {
			b.WriteString(r.Slice(z.starts[i], z.ends[i]))
			b.WriteByte('\n')
		}
	}
	if b.Len() == 0 {
		return headline(a)
	}
	return b.String()
}

func (z zoneMap) of(pos int) int {
	i, _ := slices.BinarySearch(z.starts, pos+1)
	i--
	if i < 0 || pos >= z.ends[i] {
		if len(z.starts) == 0 {
			return zoneBody // no blocks: all body
		}
		return zoneSkip
	}
	return z.kinds[i]
}

// leadWords is how many words a lead holds at most (whole sentences).
const leadWords = 60

// leadCut returns where the lead of paragraph b ends: after the sentence that brings its
// words to leadWords, or at the paragraph's end.
func leadCut(an *article.Analysis, b article.Block) int {
	n := 0
	for _, s := range an.Sentences {
		if s.Start < b.Start || s.End > b.End {
			continue
		}
		for _, t := range an.Tokens[s.TokStart:s.TokEnd] {
			if t.Kind == article.TokWord {
				n++
			}
		}
		if n >= leadWords {
			return s.End
		}
	}
	return b.End
}

func wordsIn(an *article.Analysis, b article.Block) int {
	lo, _ := slices.BinarySearchFunc(an.Tokens, b.Start, func(t article.Token, s int) int { return t.Start - s })
	n := 0
	for _, t := range an.Tokens[lo:] {
		if t.Start >= b.End {
			break
		}
		if t.Kind == article.TokWord {
			n++
		}
	}
	return n
}

// headline is the article's title as written: the metadata title, else the first title or
// heading block.
func headline(a *article.Article) string {
	if a.Title != "" {
		return article.NormalizeSpace(a.Title)
	}
	r := article.NewRunes(a.Text)
	for _, b := range a.Blocks {
		if b.Kind == article.BlockTitle || b.Kind == article.BlockHeading {
			return article.NormalizeSpace(r.Slice(b.Start, b.End))
		}
	}
	return ""
}

// pairingPrefix marks a pairing among a profile's Scores.
const pairingPrefix = "vs:"

// pairingsOf finds in the headline two names joined by one of the pack's place_versus words
// ("Österreich gegen Frankreich", "Portugal vs. Tschechien", "Belgien - Slowakei"): the
// match or duel the article is about. Two reports whose headlines name different pairings are
// about different matches, however alike the rest of their words (a tournament's
// where-to-watch pages, its match reports).
func pairingsOf(a *article.Article, an *article.Analysis, zone zoneMap, words Words) []string {
	if words == nil {
		return nil
	}
	versus := words.Words("place_versus")
	if len(versus) == 0 {
		return nil
	}
	var title []article.Entity
	for _, e := range an.Entities {
		if zone.of(e.Start) == zoneTitle {
			title = append(title, e)
		}
	}
	slices.SortFunc(title, func(x, y article.Entity) int { return x.Start - y.Start })
	key := func(e article.Entity) string {
		if e.Key != "" {
			return e.Key
		}
		return strings.ToLower(article.NormalizeSpace(e.Text))
	}
	r := article.NewRunes(a.Text)
	var out []string
	for i := 1; i < len(title); i++ {
		x, y := title[i-1], title[i]
		if x.End > y.Start || y.Start-x.End > 12 || y.Start > r.Len() {
			continue
		}
		between := strings.ToLower(strings.TrimSpace(r.Slice(x.End, y.Start)))
		if _, ok := versus[between]; !ok {
			continue
		}
		kx, ky := side(key(x), r.Slice(x.Start, x.End)), side(key(y), r.Slice(y.Start, y.End))
		if kx == ky {
			continue
		}
		if ky < kx {
			kx, ky = ky, kx
		}
		out = append(out, pairingPrefix+kx+"|"+ky)
	}
	return out
}

// side is one name of a pairing as the words that may identify it elsewhere: its entity key
// (which makes "Holland" and "Niederlande" one) and its own words of three letters or more
// (which make "Bayern München" and "Bayern" one), lower case, space-separated.
func side(key, text string) string {
	// The key is one word however many it spells: the spaces of "organisation:~fk barn
	// mankhan" would make every "FC" club share a word with every other.
	ws := append([]string{strings.ReplaceAll(key, " ", "_")}, nameWords(text)...)
	slices.Sort(ws)
	return strings.Join(slices.Compact(ws), " ")
}

// nameWords are the words of a name or headline that may identify a side of a pairing: lower
// case, letters and digits, three or more.
func nameWords(text string) []string {
	var ws []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 3 {
			ws = append(ws, w)
		}
	}
	return ws
}

// differ reports whether two profiles' Scores name different matches: both give a result
// and no result is shared, or both give a pairing and no side of one may be a side of the
// other (see sameSide: "Bayern gegen Freiburg" and "Bayern München – SC Freiburg" are one
// match, "Türkei – Portugal" and "Portugal gegen Tschechien" may be, "Bochum – Bayern
// München" and "Cottbus – 1860 München" are not).
//
// A live page's result is a snapshot (2:0 when fetched, 5:0 at the final whistle): when
// live is set, results alone do not differ.
func differ(a, b []string, live bool) bool {
	split := func(s []string) (res, pairs []string) {
		for _, x := range s {
			if strings.HasPrefix(x, pairingPrefix) {
				pairs = append(pairs, x)
			} else {
				res = append(res, x)
			}
		}
		return res, pairs
	}
	ra, pa := split(a)
	rb, pb := split(b)
	if !live && len(ra) > 0 && len(rb) > 0 && link.SharedSorted(ra, rb) == 0 {
		return true
	}
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	for _, x := range pairings(pa) {
		for _, y := range pairings(pb) {
			for _, sx := range x {
				for _, sy := range y {
					if sameSide(sx, sy) {
						return false
					}
				}
			}
		}
	}
	return true
}

// sameSide reports whether two sides of pairings may name one team: they share their key or
// a word that is not a town's name, or one's words are all among the other's ("Stuttgart"
// and "VfB Stuttgart", "Bayern München" and "FC Bayern München"). A town's name alone does
// not make one team: "Bayern München" and "TSV 1860 München" are two.
func sameSide(a, b []string) bool {
	for _, w := range a {
		if slices.Contains(b, w) && (strings.Contains(w, ":") || !isTown(w)) {
			return true
		}
	}
	return within(a, b) || within(b, a)
}

// within reports whether a has a word, and every word of a (keys aside) is in b.
func within(a, b []string) bool {
	n := 0
	for _, w := range a {
		if strings.Contains(w, ":") {
			continue
		}
		if !slices.Contains(b, w) {
			return false
		}
		n++
	}
	return n > 0
}

// isTown reports whether a word of a side is the name of a listed place.
func isTown(w string) bool {
	k := entity.Key(article.EntityPlace, w)
	return strings.HasPrefix(k, article.EntityPlace+":geo:") || strings.HasPrefix(k, article.EntityPlace+":iso:")
}

// townsIn returns the name keys of the listed places (towns, regions, countries) that a
// name of several words holds as a word of its own.
func townsIn(name string) []string {
	keys, _ := towns(name)
	return keys
}

// towns returns townsIn's keys and, beside each, the word of the name that is the town.
func towns(name string) (keys, words []string) {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return nil, nil
	}
	for _, w := range ws {
		if utf8.RuneCountInString(w) < 4 || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		pk := entity.Key(article.EntityPlace, w)
		if strings.HasPrefix(pk, article.EntityPlace+":geo:") {
			keys, words = append(keys, keyName+pk), append(words, w)
		}
	}
	return keys, words
}

// scoresOf finds match results ("2:0", "1 : 3") in a headline: two reports whose headlines
// give different results are reports of different matches.
func scoresOf(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if !unicode.IsDigit(rs[i]) || i > 0 && (unicode.IsDigit(rs[i-1]) || rs[i-1] == ':' || rs[i-1] == '.') {
			continue
		}
		j := i
		for j < len(rs) && unicode.IsDigit(rs[j]) {
			j++
		}
		a := string(rs[i:j])
		k := j
		for k < len(rs) && rs[k] == ' ' {
			k++
		}
		if k >= len(rs) || rs[k] != ':' || j-i > 2 {
			continue
		}
		k++
		for k < len(rs) && rs[k] == ' ' {
			k++
		}
		m := k
		for m < len(rs) && unicode.IsDigit(rs[m]) {
			m++
		}
		if m == k || m-k > 2 || m < len(rs) && (unicode.IsDigit(rs[m]) || rs[m] == ':') {
			continue
		}
		// "20:15 Uhr" is a time of day, not a result.
		if rest := strings.TrimSpace(string(rs[m:min(len(rs), m+5)])); strings.HasPrefix(strings.ToLower(rest), "uhr") {
			continue
		}
		out = append(out, a+":"+string(rs[k:m]))
		i = m
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// MarshalBinary encodes the profile compactly (varints), for the place_articles table.
func (p *Profile) MarshalBinary() ([]byte, error) {
	b := []byte{profileVersion}
	b = binary.AppendVarint(b, p.Time)
	b = appendString(b, p.Host)
	b = append(b, byte(p.Flags))
	for _, v := range []Vector{p.Title, p.Lead, p.Grams, p.Body, p.Names, p.TitleNames, p.LeadNames} {
		b = binary.AppendUvarint(b, uint64(len(v)))
		prev := uint32(0)
		for _, tc := range v {
			b = binary.AppendUvarint(b, uint64(tc.ID-prev))
			prev = tc.ID
			b = binary.AppendUvarint(b, uint64(math.Round(float64(tc.N))))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(p.Scores)))
	for _, s := range p.Scores {
		b = appendString(b, s)
	}
	b = binary.AppendUvarint(b, uint64(len(p.Dates)))
	for _, d := range p.Dates {
		b = binary.AppendVarint(b, int64(d))
	}
	b = binary.AppendUvarint(b, uint64(len(p.Nums)))
	for _, n := range p.Nums {
		b = binary.LittleEndian.AppendUint64(b, n)
	}
	b = appendString(b, p.Heading)
	b = binary.AppendVarint(b, int64(math.Round(p.Announce*100)))
	b = appendString(b, p.Lang)
	return b, nil
}

const profileVersion = 1

// maxProfileItems bounds what a decoder believes of a length read from the data.
const maxProfileItems = 1 << 16

var errProfile = errors.New("place: malformed profile")

// UnmarshalBinary decodes what MarshalBinary wrote; Seq and ID come from the row.
func (p *Profile) UnmarshalBinary(data []byte) error {
	d := decoder{b: data}
	if v := d.byte(); v != profileVersion {
		return fmt.Errorf("%w: version %d", errProfile, v)
	}
	p.Time = d.varint()
	p.Host = d.string()
	p.Flags = Flags(d.byte())
	for _, v := range []*Vector{&p.Title, &p.Lead, &p.Grams, &p.Body, &p.Names, &p.TitleNames, &p.LeadNames} {
		n := d.count()
		*v = make(Vector, 0, n)
		prev := uint64(0)
		for range n {
			prev += d.uvarint()
			*v = append(*v, TermCount{ID: uint32(prev), N: float32(d.uvarint())})
		}
	}
	n := d.count()
	p.Scores = nil
	for range n {
		p.Scores = append(p.Scores, d.string())
	}
	n = d.count()
	p.Dates = nil
	for range n {
		p.Dates = append(p.Dates, int32(d.varint()))
	}
	n = d.count()
	p.Nums = nil
	for range n {
		p.Nums = append(p.Nums, d.uint64())
	}
	p.Heading = d.string()
	p.Announce = float64(d.varint()) / 100
	p.Lang = d.string()
	if d.err != nil {
		return d.err
	}
	return nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// decoder reads varints, remembering the first error so callers check once.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errProfile
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) < 1 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) count() int {
	n := d.uvarint()
	if n > maxProfileItems || n > uint64(len(d.b)) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) uint64() uint64 {
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	return v
}
