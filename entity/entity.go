// Package entity finds the people, organisations, places and other named things in an
// analysed article and resolves their mentions to one canonical name per entity. It combines
// a linear-chain CRF tagger trained by our own code (see Train), word clusters mined from
// unlabelled news, gazetteers built from Debian's iso-codes and our own lists, and rules for
// titles, roles and compounds. `go generate ./entity` rebuilds all data (gazetteers,
// dictionary filter, clusters, then model.bin) from ../shared/eval and Debian packages.
package entity

import (
	"errors"
	"io/fs"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang"
)

// Options tune the Extractor.
type Options struct {
	// KeepUnresolvedDerived keeps derived mentions ("ukrainische") whose place or
	// organisation is not known; by default only those that map to a name are kept.
	// Evaluation on GermEval sets it, since there every derivation counts.
	KeepUnresolvedDerived bool
	// NoRules switches the rules and gazetteers off and returns the tagger's output only
	// (for measuring what each part contributes).
	NoRules bool
	// MinConfidence, when above 0, drops a mention the tagger alone found (no list, title
	// or other cue supports it) whose posterior probability, of its exact span and type, is
	// below it. Off by default: on GermEval it trades recall for precision as expected, but
	// on real news the tagger's wrong mentions are not its doubtful ones (docs/quality.md,
	// "Confidence gate"), so the shipped extractor does not use it.
	MinConfidence float64
}

// Extractor finds and resolves entity mentions. It is safe for concurrent use.
type Extractor struct {
	model *Model // for every language; nil: each pack's own (LoadModel)
	opt   Options
	words *wordCache // for model
	packs sync.Map   // pack code -> *packTagger, when model is nil
	bufs  sync.Pool  // of *buffers
}

// packTagger is the tagger of one language pack and its word cache; model is nil when the
// pack ships none.
type packTagger struct {
	once  sync.Once
	model *Model
	words *wordCache
}

// buffers is the working memory of one Extract call.
type buffers struct {
	sc    scratch
	words []word
	infos []tokInfo
	prob  []float32
}

// probs returns room for n chunk probabilities.
func (b *buffers) probs(n int) []float32 {
	if cap(b.prob) < n {
		b.prob = make([]float32, 2*n)
	}
	return b.prob[:n]
}

// New returns an Extractor that tags every language with model m, or, when m is nil, each
// language with the model its pack ships (LoadModel), loaded on the first article of that
// language. For a pack that ships none it runs the rules and gazetteers only, and logs so
// once.
func New(m *Model, opt Options) *Extractor {
	x := &Extractor{model: m, opt: opt}
	if m != nil {
		x.words = newWordCache(m, cacheWords)
	}
	return x
}

// tagger returns the model and word cache for pack p.
func (x *Extractor) tagger(p lang.Pack) (*Model, *wordCache) {
	if x.model != nil || p == nil {
		return x.model, x.words
	}
	v, _ := x.packs.LoadOrStore(p.Code(), &packTagger{})
	t := v.(*packTagger)
	t.once.Do(func() {
		m, err := LoadModel(p)
		if err != nil {
			// A pack without a tagger is a choice (English runs on rules and gazetteers): it
			// is no news to a user and is said only in debug logs; a tagger that is there but
			// unreadable is a fault.
			if errors.Is(err, fs.ErrNotExist) {
				slog.Debug("entity: no tagger for this language; names come from rules and gazetteers only", "language", p.Code())
				return
			}
			slog.Warn("entity: the language's tagger cannot be read; names come from rules and gazetteers only",
				"language", p.Code(), "err", err)
			return
		}
		t.model, t.words = m, newWordCache(m, cacheWords)
	})
	return t.model, t.words
}

// Subtypes of mentions, as GermEval 2014 names them.
const (
	SubtypeDerived = "deriv" // an adjective of a name: "ukrainische" (Ukraine)
	SubtypePart    = "part"  // a name inside a compound: "NATO" in "NATO-Generalsekretär"
)

// mention is a candidate entity before resolution.
type mention struct {
	start, end int // code points into the article text
	typ        string
	sub        string
	canon      string // fixed canonical from a gazetteer or adjective table, or ""
	strong     bool   // from a list or a title cue: outranks the tagger on type
	sent       int
	hasFirst   bool // a person name of two or more words
	roleCue    bool
	prob       float32 // the tagger's posterior of span and type; 0: not the tagger's alone
	// block marks, with an empty typ, words that are no name of any type the cues give
	// ("Berkeley Lights"): they keep other mentions out and are dropped by resolve.
	block bool
	team  bool // a sports team of the teams list
	cued  bool // typed by a noun before it ("die Band Coldplay"): the article's reading of the name
	// credit marks, with block, a picture's credit ("© Lena Berger/dpa"): the resolver
	// finds no name in its words either.
	credit bool
}

// Extract implements the analyze.Extractor interface: it appends the article's entity
// mentions to an.Entities, sorted by start offset.
func (x *Extractor) Extract(a *article.Article, an *article.Analysis, p lang.Pack) {
	if a == nil || an == nil || a.Text == "" {
		return
	}
	x.ExtractRunes(a, an, p, article.NewRunes(a.Text))
}

// ExtractRunes is Extract with r, the code point index of a.Text (analyze.RunesExtractor).
func (x *Extractor) ExtractRunes(a *article.Article, an *article.Analysis, p lang.Pack, r *article.Runes) {
	if a == nil || an == nil || a.Text == "" {
		return
	}
	spans := make([]article.Span, 0, len(an.Sentences))
	for _, s := range an.Sentences {
		spans = append(spans, article.Span{Start: s.Start, End: s.End})
	}
	if len(spans) == 0 {
		spans = append(spans, article.Span{Start: 0, End: r.Len()})
	}
	// Working memory comes from a pool: a fresh article-wide slice of word infos per
	// article was a fifth of all the memory analysis allocated.
	b, _ := x.bufs.Get().(*buffers)
	if b == nil {
		b = &buffers{}
	}
	defer x.bufs.Put(b)
	sc := &b.sc
	var ms []mention
	// All words and their features live in two article-wide slices; sentences are windows.
	type window struct{ lo, hi, si int }
	wins := make([]window, 0, len(spans))
	allW := b.words[:0]
	for si, s := range spans {
		if s.Start < 0 || s.End > r.Len() || s.Start >= s.End {
			continue
		}
		lo := len(allW)
		allW = tokenize(r.Slice(s.Start, s.End), s.Start, allW)
		if len(allW) > lo {
			wins = append(wins, window{lo, len(allW), si})
		}
	}
	model, cache := x.tagger(p)
	rw := rulesOf(p)
	wd := model.data()
	if model == nil && p != nil {
		wd, _ = wordDataOf(p)
	}
	allI := infos(allW, b.infos[:0], cache, wd)
	b.words, b.infos = allW, allI
	gate := x.opt.MinConfidence
	sents := make([][]word, len(wins))
	infoss := make([][]tokInfo, len(wins))
	for k, w := range wins {
		ws, ti := allW[w.lo:w.hi:w.hi], allI[w.lo:w.hi:w.hi]
		sents[k], infoss[k] = ws, ti
		var tags []int
		var probs []float32
		if model != nil {
			tags = model.tag(ti, sc)
			if gate > 0 && slices.ContainsFunc(tags, func(l int) bool { return l != 0 }) {
				probs = b.probs(len(tags))
				model.chunkProbs(tags, sc, probs)
			}
		}
		first := len(ms)
		ms = x.fromLabels(ms, ws, ti, tags, probs, w.si, rw, wd)
		if !x.opt.NoRules {
			ms = applyRules(ms, first, ws, ti, w.si, rw, wd)
			if model == nil {
				ms = capitalSpans(ms, first, ws, ti, w.si, rw, wd)
			}
			ms = refineNames(ms, first, ws, ti, w.si, rw, wd)
			ms = trimNonNames(ms, first, ws, ti, rw, wd)
			ms = splitPairings(ms, first, ws)
			ms = splitFullNames(ms, first, ws, ti, rw, wd)
			ms = splitCountryTail(ms, first, ws, ti, w.si)
			ms = splitGenitiveNames(ms, first, ws, ti, wd)
			initialsPersons(ms, first, ws, ti)
			ms = middleInitials(ms, first, ws, ti, w.si)
			personBeforeBody(ms, first, ws, ti, rw)
			rolePrefixPersons(ms, first, ws, ti, rw)
			roleInsideNames(ms, first, ws, ti, rw, wd)
			particleEnds(ms, first, ws, ti, rw)
		}
		if probs != nil {
			ms = slices.DeleteFunc(ms[:len(ms):len(ms)], func(m mention) bool {
				return m.sent == w.si && !m.strong && m.prob > 0 && float64(m.prob) < gate
			})
		}
	}
	if !x.opt.NoRules {
		ms = articlePlaceAdjectives(ms, sents, infoss, r, rw)
		ms = articleNamesInPersons(ms, sents, infoss, r)
		ms = articleRunOnNames(ms, sents, infoss, r)
		ms = articleGenitiveRunOn(ms, sents, infoss, r)
		ms = articleLeadWords(ms, sents, infoss, r, wd)
		ms = articleRolesBeforeNames(ms, sents, infoss, r, rw, wd)
		ms = articleTeamCities(ms, r, rw)
		ms = articleNounSurnames(ms, sents, infoss, r, rw, wd)
		ms = articleLoneNouns(ms, sents, infoss, r, rw, wd)
		ms = articleCuedNames(ms, r)
		ms = articleCorporateNames(ms, sents, infoss, wd, rw)
		ms = articleTitleCaseNames(ms, sents, r, rw, titleSpan(a))
		if model == nil {
			ms = articleSurnamePersons(ms, sents, infoss, wd, rw)
			ms = articleSpeakingBodies(ms, sents, infoss, wd, rw)
		}
		ms = articleCredits(ms, sents, infoss, r, rw)
	}
	res := resolve(ms, sents, infoss, r, x.opt, wd, rw, model != nil)
	if len(an.Entities) == 0 && len(res) > 0 {
		an.Entities = res // (no copy: the usual case, the first extractor)
	} else {
		an.Entities = append(an.Entities, res...)
	}
}

// titleSpan returns where the article's headline is in its text, or an empty span.
func titleSpan(a *article.Article) article.Span {
	for _, b := range a.Blocks {
		if b.Kind == article.BlockTitle {
			return article.Span{Start: b.Start, End: b.End}
		}
	}
	return article.Span{}
}

// splitPairings cuts a mention at a dash standing alone between words ("Bayern München -
// SC Freiburg", "Österreich – Frankreich"): a headline's pairing of two teams or people
// is two names, and a name that is one never spells its dash with spaces around it.
func splitPairings(ms []mention, first int, ws []word) []mention {
	for k := first; k < len(ms); k++ {
		m := ms[k]
		for i := 1; i+1 < len(ws); i++ {
			d := ws[i]
			if d.start <= m.start || d.end >= m.end || (d.text != "-" && d.text != "–" && d.text != "—") {
				continue
			}
			if ws[i-1].end == d.start || ws[i+1].start == d.end || ws[i-1].start < m.start || ws[i+1].end > m.end {
				continue // not spaced on both sides, or its neighbours are outside the name
			}
			left, right := m, m
			left.end, left.canon = ws[i-1].end, ""
			right.start, right.canon = ws[i+1].start, ""
			ms[k] = left
			ms = slices.Insert(ms, k+1, right)
			break
		}
	}
	return ms
}

// fromLabels turns BIO labels into mentions.
func (x *Extractor) fromLabels(ms []mention, ws []word, ti []tokInfo, tags []int, probs []float32, si int, rw *ruleWords, wd *wordData) []mention {
	for i := 0; i < len(tags); {
		l := tags[i]
		if l == 0 {
			i++
			continue
		}
		k := labels[l].typ
		if k == 0 && !isPersonWord(ws[i].text) {
			i++ // a person's name never starts with a lower-case word
			continue
		}
		j, cut := i+1, false
		for j < len(tags) && tags[j] != 0 && labels[tags[j]].inside && labels[tags[j]].typ == k {
			if k == 0 && !isPersonWord(ws[j].text) && !ti[j].particle && !prefixedSurname(ws[j].text) {
				break // nor holds one but a particle ("von der"): "Baerbocks ukrainischer"
			}
			if k == 0 && (articleParticle(ti, j, rw) || functionWord(ws[j].text, &ti[j], rw)) {
				cut = true
				break // nor an article ("Kai Wegner den Buzzer") or a function word ("Kuenne Als")
			}
			j++
		}
		next := j
		if cut {
			// The rest of the tagger's run is no name either ("den Buzzer", "Das
			// Blockbuch"), and one word left of it is no evidence ("MagentaTV Wann").
			for next < len(tags) && tags[next] != 0 && labels[tags[next]].inside && labels[tags[next]].typ == k {
				next++
			}
			if j == i+1 {
				i = next
				continue
			}
		}
		if k == 0 {
			// Nor with an article: "The German weather service" names no "The German".
			for i < j-1 && rw.nameArticles[ti[i].lower] {
				i++
			}
		}
		typ, sub := splitType(tagTypes[k])
		m := mention{start: ws[i].start, end: ws[j-1].end, typ: typ, sub: sub, sent: si}
		if probs != nil {
			m.prob = max(probs[i], 1e-9) // still the tagger's when the posterior underflows
		}
		switch sub {
		case SubtypePart:
			if j == i+1 && typ == article.EntityPlace && (placeDistrict(ws[i].text, wd) || kindType(ti[i].gaz) == article.EntityPlace) {
				// "Bremen-Vegesack", "Berlin-Charlottenburg": a place, not a part; so is a
				// double name the lists hold whole ("Sachsen-Anhalt").
				m.sub = ""
				ms = append(ms, m)
			} else if j == i+1 {
				if pm, ok := partMention(ws[i], ti[i], typ, si); ok && !rw.notAcronym[strings.ToLower(ws[i].text[:max(0, strings.LastIndexByte(ws[i].text, '-'))])] {
					pm.prob = m.prob
					ms = append(ms, pm)
				} else if x.opt.KeepUnresolvedDerived {
					ms = append(ms, m)
				}
			} else if x.opt.KeepUnresolvedDerived {
				ms = append(ms, m)
			}
		case SubtypeDerived:
			if p := gazOnce().adjPlace(ti[i].lower); p != "" && j == i+1 {
				m.canon = p
				m.typ = article.EntityPlace
				ms = append(ms, m)
			} else if x.opt.KeepUnresolvedDerived {
				ms = append(ms, m)
			}
		default:
			// A lone place adjective is an adjective whatever the tagger says: the German
			// model has never seen "German" in "the German weather service" and calls it a
			// person. Given names and surnames that are also adjectives ("Wiener") stay.
			if p := gazOnce().adjPlace(ti[i].lower); p != "" && j == i+1 && !ti[i].first && ti[i].lex&lxSur == 0 {
				m.typ, m.sub, m.canon = article.EntityPlace, SubtypeDerived, p
			}
			// A one-word "person" the lexicon knows as an organisation and as no given name
			// or surname is the firm or the club ("Cadillac" in a race's results, "Bayer" for
			// Leverkusen, "TikTok"); the lists find no name on their own.
			if m.typ == article.EntityPerson && j == i+1 && ti[i].lex&lxOrg != 0 && ti[i].lex&(lxFirst|lxSur) == 0 && !ti[i].first && ti[i].gaz&gFirst == 0 {
				m.typ = article.EntityOrganisation
			}
			// A name and a common noun in one hyphenated word ("McLaren-Teamhaus") is the
			// name as a part, as GermEval writes it, whatever the tagger said of the whole.
			if j == i+1 && m.sub == "" && ti[i].hyphen && kindType(ti[i].gaz) == "" && compoundWithNoun(ws[i].text, rw, wd) {
				if pm, ok := partMention(ws[i], ti[i], typ, si); ok {
					pm.prob = m.prob
					ms = append(ms, pm)
					break
				}
			}
			ms = append(ms, m)
		}
		i = next
	}
	return ms
}

// placeDistrict reports whether a hyphenated word is a place and its part of a place
// ("Bremen-Vegesack", "Niger-Kongo"): one hyphen, a known place before it, and after it a
// capitalised word that is a known place too or no word of the dictionary ("Berlin-Besuch"
// is a visit).
func placeDistrict(text string, wd *wordData) bool {
	head, tail, ok := strings.Cut(text, "-")
	if !ok || strings.Contains(tail, "-") || !isUpperStart(tail) || isAllCaps(tail) || isAllCaps(head) || utf8.RuneCountInString(tail) < 3 {
		return false
	}
	g := gazOnce()
	places := gCountry | gCity | gRegion | gSubdiv
	if k, _ := g.lookupCase(head, strings.ToLower(head)); k&places == 0 {
		return false
	}
	lt := strings.ToLower(tail)
	if k, _ := g.lookupCase(tail, lt); k&places != 0 || g.lexLookup(lt)&lxLoc != 0 {
		return true
	}
	if g.kind[lt]&gFirst != 0 || g.kind[strings.ToLower(head)]&gFirst != 0 || wd == nil || wd.dict(lt) != 0 || g.lexLookup(lt) != 0 {
		return false // "Erkki-Sven": a given name
	}
	return !dictCompound(lt, wd) // "Nachrichtensender" is a compound of the dictionary's words
}

// compoundWithNoun reports whether a hyphenated word is a name joined to a common noun
// ("McLaren-Teamhaus", "Pirelli-Chef"): its last part is a capitalised word of the
// dictionary, or two such words joined, and neither a noun that ends an organisation's or
// a place's name nor the second half of a place's double name.
func compoundWithNoun(text string, rw *ruleWords, wd *wordData) bool {
	last := strings.LastIndexByte(text, '-')
	if last <= 0 || wd == nil {
		return false
	}
	tail := text[last+1:]
	if !isUpperStart(tail) || isAllCaps(tail) || utf8.RuneCountInString(tail) < 3 || placeDistrict(text, wd) {
		return false
	}
	lt := strings.ToLower(tail)
	if rw.isOrgHead(lt) || rw.isPlaceNoun(lt) || rw.otherHeads[lt] || endsIn(strings.TrimSuffix(lt, "s"), rw.orgAfterName) {
		return false
	}
	g := gazOnce()
	if k, _ := g.lookupCase(text, strings.ToLower(text)); k != 0 {
		return false // "Sachsen-Anhalt"
	}
	if k, _ := g.lookupCase(tail, lt); k != 0 || g.lexLookup(lt)&^lxAdj != 0 || g.kind[lt]&gFirst != 0 {
		return false // "Baden-Württemberg", "Ernst-Volker": names on both sides
	}
	return wd.dict(lt)&2 != 0 || dictCompound(lt, wd)
}

// dictCompound reports whether a lower-case word is two words of the dictionary joined,
// with or without a linking s ("nachrichten|sender", "bau|finanzierer"; not "vege|sack").
func dictCompound(l string, wd *wordData) bool {
	n := 0
	for i := range l {
		if n >= 3 && utf8.RuneCountInString(l[i:]) >= 3 && wd.dict(l[i:])&2 != 0 {
			pre := l[:i]
			if wd.dict(pre) != 0 || strings.HasSuffix(pre, "s") && wd.dict(pre[:len(pre)-1]) != 0 {
				return true
			}
		}
		n++
	}
	return false
}

// prefixedSurname reports whether a word is a surname with an Arabic article or a
// patronymic written before it ("al-Sinwar", "el-Sisi", "bin-Salman"): lower case, yet
// part of a person's name.
func prefixedSurname(text string) bool {
	pre, rest, ok := strings.Cut(text, "-")
	switch pre {
	case "al", "el", "ad", "ar", "as", "at", "az", "ash", "bin", "ben", "ibn", "abu":
		return ok && isUpperStart(rest) && !strings.Contains(rest, "-")
	}
	return false
}

// isPersonWord reports whether a word may start a person's name: not a lower-case word.
func isPersonWord(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return !unicode.IsLower(r)
}

// splitType maps a GermEval type to our entity type and subtype.
func splitType(t string) (typ, sub string) {
	switch {
	case strings.HasSuffix(t, "deriv"):
		sub, t = SubtypeDerived, strings.TrimSuffix(t, "deriv")
	case strings.HasSuffix(t, "part"):
		sub, t = SubtypePart, strings.TrimSuffix(t, "part")
	}
	switch t {
	case "PER":
		return article.EntityPerson, sub
	case "ORG":
		return article.EntityOrganisation, sub
	case "LOC":
		return article.EntityPlace, sub
	}
	return article.EntityOther, sub
}

// partMention finds the name inside a hyphenated compound: the parts before the last
// hyphen ("UN" in "UN-Generalsekretär", "Kursk" in "Kursk-Region"), or, when the compound
// ends in a name ("Anti-Trump"), the last part.
func partMention(w word, t tokInfo, typ string, si int) (mention, bool) {
	text := w.text
	last := strings.LastIndexByte(text, '-')
	if last <= 0 {
		return mention{}, false
	}
	head, tail := text[:last], text[last+1:]
	m := mention{typ: typ, sub: SubtypePart, sent: si}
	if isUpperStart(head) {
		// Leading lower-case prefixes ("ex-") are not part of the name.
		m.start = w.start
		m.end = w.start + utf8.RuneCountInString(head)
	} else if isUpperStart(tail) {
		m.start = w.end - utf8.RuneCountInString(tail)
		m.end = w.end
		head = tail
	} else {
		return mention{}, false
	}
	if k, c := gazOnce().lookupCase(head, strings.ToLower(head)); k&^gSubdiv != 0 {
		m.typ, m.canon, m.strong = kindType(k), c, true
	}
	return m, true
}

// kindType maps gazetteer kinds to an entity type.
func kindType(k uint16) string {
	switch {
	case k&gOrg != 0:
		return article.EntityOrganisation
	case k&(gCountry|gCity|gRegion|gSubdiv) != 0:
		return article.EntityPlace
	}
	return ""
}

func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// articlePlaceAdjectives finds the adjectives of places the article names, which no list
// holds for a small town: "Wendlinger" where the article names Wendlingen, "Unterboihinger"
// beside Unterboihingen (the pack's place_adj endings, "er" in German, taken from the place's
// name or from its stem before "en"). Such a word is a derived place, also where the tagger
// called it a person or an organisation alone; the place itself must be a mention of the
// same article, so a surname that looks like an adjective meets no place.
func articlePlaceAdjectives(ms []mention, sents [][]word, infoss [][]tokInfo, r *article.Runes, rw *ruleWords) []mention {
	if len(rw.placeAdjEndings) == 0 {
		return ms
	}
	// Most articles have few words to look at, often none: capitalised words with such an
	// ending that are neither words of the dictionary ("Minister") nor known adjectives.
	var cands []string
	for si := range sents {
		for wi, w := range sents[si] {
			t := &infoss[si][wi]
			if t.dict&1 == 0 && isUpperStart(w.text) && endsIn(t.lower, rw.placeAdjEndings) &&
				gazOnce().adjPlace(t.lower) == "" && !slices.Contains(cands, t.lower) {
				cands = append(cands, t.lower)
			}
		}
	}
	if len(cands) == 0 {
		return ms
	}
	// Each candidate is matched against the article's places: the place's name, or its
	// stem before "en" or "e", and the ending.
	adjs := map[string]string{}
	for _, m := range ms {
		if m.typ != article.EntityPlace || m.sub != "" || m.end-m.start < 4 {
			continue
		}
		t := r.Slice(m.start, m.end)
		if strings.ContainsAny(t, " -") {
			continue
		}
		l := strings.ToLower(t)
		for _, c := range cands {
			for _, end := range rw.placeAdjEndings {
				stem, ok := strings.CutSuffix(c, end)
				if ok && utf8.RuneCountInString(stem) >= 3 && (l == stem || strings.HasPrefix(l, stem) && (l[len(stem):] == "en" || l[len(stem):] == "e")) {
					adjs[c] = t
				}
			}
		}
	}
	if len(adjs) == 0 {
		return ms
	}
	ms = dedupe(ms) // in text order, for the walk below
	var added []mention
	k := 0
	for si, ws := range sents {
		for wi, w := range ws {
			if !isUpperStart(w.text) || isAllCaps(w.text) {
				continue
			}
			p := adjs[infoss[si][wi].lower]
			if p == "" || gazOnce().adjPlace(infoss[si][wi].lower) != "" {
				continue
			}
			for k < len(ms) && ms[k].end <= w.start && ms[k].start < w.start {
				k++
			}
			cover := -1
			for j := k; j < len(ms) && ms[j].start < w.end; j++ {
				if ms[j].end > w.start {
					cover = j
					break
				}
			}
			switch {
			case cover < 0:
				added = append(added, mention{start: w.start, end: w.end, typ: article.EntityPlace, sub: SubtypeDerived, canon: p, strong: true, sent: si})
			case ms[cover].start == w.start && ms[cover].end == w.end && !ms[cover].strong && ms[cover].sub == "":
				ms[cover].typ, ms[cover].sub, ms[cover].canon, ms[cover].strong = article.EntityPlace, SubtypeDerived, p, true
			}
		}
	}
	if len(added) > 0 {
		ms = dedupe(append(ms, added...))
	}
	return ms
}

// articleTeamCities reads a city as its club where the article names the club: beside
// "Barça" or "Real Madrid", "Barcelona" and "Madrid" alone are the teams, as a reader of
// sports news takes them, unless a preposition of place stands before them ("in
// Barcelona"). The places of a team's name are those of its name as written and of its
// canonical name in the teams list ("Bayern", "München", "Munich" of FC Bayern München).
func articleTeamCities(ms []mention, r *article.Runes, rw *ruleWords) []mention {
	g := gazOnce()
	var cities map[string]string
	for _, m := range ms {
		if !m.team || m.typ != article.EntityOrganisation || m.sub != "" {
			continue
		}
		l := strings.ToLower(r.Slice(m.start, m.end))
		canon := g.canon[l]
		if canon == "" {
			canon = r.Slice(m.start, m.end)
		}
		for _, w := range strings.Fields(l + " " + strings.ToLower(canon)) {
			if kindType(g.kind[w]&^gFirst) == article.EntityPlace {
				if cities == nil {
					cities = map[string]string{}
				}
				cities[w] = canon
			}
		}
	}
	// A place right before a team's record or a game's score is the team ("Wisconsin
	// (20-14) advances", "Wisconsin defeated Oregon 61-58").
	for _, m := range ms {
		if m.typ == article.EntityPlace && m.sub == "" && scoreAfter(r, m.end) && !locativeBefore(r, m.start, rw) {
			if cities == nil {
				cities = map[string]string{}
			}
			t := r.Slice(m.start, m.end)
			if _, ok := cities[strings.ToLower(t)]; !ok {
				cities[strings.ToLower(t)] = t
			}
		}
	}
	if cities == nil {
		return ms
	}
	for k := range ms {
		m := &ms[k]
		if m.typ != article.EntityPlace || m.sub != "" {
			continue
		}
		team, ok := cities[strings.ToLower(r.Slice(m.start, m.end))]
		if !ok || locativeBefore(r, m.start, rw) || dateline(r, m) {
			continue
		}
		m.typ, m.canon, m.strong = article.EntityOrganisation, team, true
	}
	return ms
}

// scoreAfter reports whether a team's record or a game's score follows offset end: " (20-14)",
// " 61-58" (numbers of one to three digits, a hyphen or dash between; no digit after).
func scoreAfter(r *article.Runes, end int) bool {
	s := r.Slice(end, min(r.Len(), end+16))
	if !strings.HasPrefix(s, " ") {
		return false
	}
	s = s[1:]
	paren := strings.HasPrefix(s, "(")
	if paren {
		s = s[1:]
	}
	digits := func() int {
		n := 0
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		s = s[n:]
		return n
	}
	if n := digits(); n < 1 || n > 3 {
		return false
	}
	switch {
	case strings.HasPrefix(s, "-"):
		s = s[1:]
	case strings.HasPrefix(s, "–"):
		s = s[len("–"):]
	default:
		return false
	}
	if n := digits(); n < 1 || n > 3 {
		return false
	}
	if paren {
		return strings.HasPrefix(s, ")")
	}
	return s == "" || !(s[0] >= '0' && s[0] <= '9') && s[0] != '-' && s[0] != '.' && s[0] != ','
}

// locativeBefore reports whether a preposition of place (the pack's after_place words)
// stands before offset start, or before the list of names that leads to it ("through
// Chicago, Minnesota, Houston and Utah").
func locativeBefore(r *article.Runes, start int, rw *ruleWords) bool {
	before := r.Slice(max(0, start-160), start)
	if i := strings.LastIndexAny(before, ".;:!?\n"); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.Fields(strings.ReplaceAll(before, ",", " , "))
	for i := len(ws) - 1; i >= 0; i-- {
		l := strings.ToLower(ws[i])
		if rw.afterPlace[l] {
			return true
		}
		// Back over one listed name and the comma or "and" before it.
		if (l == "," || rw.stop(l) && len(l) <= 3) && i > 0 && isUpperStart(ws[i-1]) {
			i--
			continue
		}
		return false
	}
	return false
}

// dateline reports whether a mention opens a paragraph and a period or comma follows it
// ("Wiesbaden. Einen Tag nach ..."): the place the report comes from.
func dateline(r *article.Runes, m *mention) bool {
	if m.start > 0 && r.Slice(m.start-1, m.start) != "\n" {
		return false
	}
	if m.end >= r.Len() {
		return false
	}
	c := r.Slice(m.end, m.end+1)
	return c == "." || c == ","
}

// articleNamesInPersons cuts a person's name before a particle that introduces a name the
// article gives elsewhere, on a list's or a cue's word, as an organisation or a place:
// "Chris Martin von Coldplay" in a headline, where the text says "die Band Coldplay", is
// Chris Martin and Coldplay; "Ursula von der Leyen" meets no such name and stays whole.
func articleNamesInPersons(ms []mention, sents [][]word, infoss [][]tokInfo, r *article.Runes) []mention {
	withParticle := false
	for _, m := range ms {
		if m.typ == article.EntityPerson && m.sub == "" && m.sent < len(sents) && !withParticle {
			if a := wordStarting(sents[m.sent], m.start); a >= 0 {
				for i := a + 1; i < len(sents[m.sent]) && sents[m.sent][i].end <= m.end; i++ {
					withParticle = withParticle || infoss[m.sent][i].particle
				}
			}
		}
	}
	if !withParticle {
		return ms
	}
	named := map[string]mention{}
	for _, m := range ms {
		if m.strong && m.sub == "" && (m.typ == article.EntityOrganisation || m.typ == article.EntityPlace) {
			named[strings.ToLower(r.Slice(m.start, m.end))] = m
		}
	}
	if len(named) == 0 {
		return ms
	}
	var added []mention
	for k := range ms {
		m := &ms[k]
		if m.typ != article.EntityPerson || m.sub != "" || m.sent >= len(sents) {
			continue
		}
		ws, ti := sents[m.sent], infoss[m.sent]
		a := wordStarting(ws, m.start)
		if a < 0 {
			continue
		}
		for i := a + 2; i < len(ws) && ws[i].end <= m.end; i++ {
			if !ti[i-1].particle || ti[i].particle {
				continue
			}
			o, ok := named[strings.ToLower(r.Slice(ws[i].start, m.end))]
			if !ok {
				continue
			}
			c := i - 1
			for c > a+1 && ti[c-1].particle {
				c--
			}
			added = append(added, mention{start: ws[i].start, end: m.end, typ: o.typ, canon: o.canon, strong: true, sent: m.sent})
			m.end = ws[c-1].end
			break
		}
	}
	if len(added) > 0 {
		ms = dedupe(append(ms, added...))
	}
	return ms
}
