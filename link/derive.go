package link

import (
	"slices"
	"strings"

	"crosscheck/article"
)

// Derivation kinds, as CONTRACT.md names them.
const (
	KindCopy      = "copy"
	KindRewrite   = "rewrite"
	KindAdditions = "rewrite with additions"
	KindSummary   = "summary"
)

// Derivation says that Article derives from Source. JSON as CONTRACT.md stories
// "derived_from", with the extra fields left out when empty.
type Derivation struct {
	Article  string  `json:"article"`
	Source   string  `json:"source"`
	Kind     string  `json:"kind"`
	Coverage float64 `json:"coverage"`
	// Via lists the wire services credited by the source, which the derived article carries over.
	Via []string `json:"via,omitempty"`
	// EstimatedPublished is set when the derived article has no date: it cannot be older than
	// its source, so it gets the source's date (an estimate, at the source's precision).
	EstimatedPublished string `json:"estimated_published,omitempty"`
	// Unsupported are the derived article's sentences that no sentence of the source supports.
	Unsupported []Unsupported `json:"unsupported,omitempty"`
	// Score is the strength of the evidence, for choosing the best of several sources.
	Score float64 `json:"-"`
}

// Unsupported is one sentence of a derived article without support in its source. JSON as
// CONTRACT.md stories "unsupported".
type Unsupported struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Source  string `json:"source"`
	// Partial marks a sentence that aligns with a source sentence (a reworded one) but whose
	// content the source, as a whole, largely lacks: a new claim dressed in a source sentence.
	Partial bool `json:"partial,omitempty"`
}

// Decision thresholds. A derivation needs enough aligned sentences, on the derived side a
// large share of its content, and pairs that agree well on average.
const (
	minAlignedPairs  = 3
	minCoverage      = 0.5
	minMeanPairScore = 0.42
	minEvidence      = 0.3 // coverage × mean pair score
	minStrongPairs   = 2
	minContainment   = 0.35
	// An added sentence shorter than this many words is a heading or a fragment: it is still
	// reported as added in the pairs, but is no claim.
	minClaimWords = 5
)

func pairStats(c *Comparison) (pairs int, mean float64) {
	sum := 0.0
	for _, p := range c.Pairs {
		if p.A >= 0 && p.B >= 0 {
			pairs++
			sum += p.Score
		}
	}
	if pairs > 0 {
		mean = sum / float64(pairs)
	}
	return pairs, mean
}

// related reports whether the strict alignment shows that one article derives from the other,
// in either direction: either most of one article aligns with good scores, or the two share
// near-verbatim sentences and one's distinctive terms are largely found in the other (a loose
// rewrite, which keeps the facts and a few sentences but changes most wording).
func related(c *Comparison, fa, fb *docFeat) bool { return relatedBy(statsOf(c), fa, fb) }

// relatedBy is related given what it reads of the comparison.
func relatedBy(st alignStats, fa, fb *docFeat) bool {
	// A page whose body is gone (a live ticker's shell, a headline over a consent wall) has
	// nothing to rewrite: its headline aligns with every report that names the happening.
	least := min(contentCount(fa), contentCount(fb))
	need := min(minAlignedPairs, least)
	if least == 0 || st.pairs < need {
		return false
	}
	cov := max(st.coverageA, st.coverageB)
	if st.mean >= minMeanPairScore && cov >= minCoverage && cov*st.mean >= minEvidence {
		return true
	}
	return st.strong >= minStrongPairs && max(containment(fa, fb), containment(fb, fa)) >= minContainment
}

// containment is the weighted share of a's distinct terms that occur anywhere in b; names,
// numbers and long words (compounds) weigh more, being rarer.
func containment(a, b *docFeat) float64 {
	var sh, tot float64
	for t := range a.all {
		w := 1.0
		switch {
		case strings.HasPrefix(t, namePrefix) || strings.HasPrefix(t, numPrefix):
			w = 2
		case len(t) >= 8:
			w = 1.5
		}
		tot += w
		if b.all[t] > 0 {
			sh += w
		}
	}
	if tot == 0 {
		return 0
	}
	return sh / tot
}

// decide fills c.Derived (or leaves it nil) from the alignment.
func decide(c *Comparison, a, b *Doc, fa, fb *docFeat) {
	if !related(c, fa, fb) || daysApart(a, b) && sharedRuns(fa, fb) < minSharedRuns {
		return
	}
	_, mean := pairStats(c)
	aDerived := direction(c, a, b, fa, fb)
	cov := c.CoverageA
	if !aDerived {
		cov = c.CoverageB
	}
	der, src, fd, fs := a, b, fa, fb
	if !aDerived {
		der, src, fd, fs = b, a, fb, fa
	}
	d := &Derivation{Article: der.id(), Source: src.id(), Coverage: round3(cov), Score: cov * mean}
	if src.Article != nil {
		d.Via = wireCredits(src.Article, der.Article)
		if der.Article != nil && der.Article.Published == "" {
			d.EstimatedPublished = src.Article.Published
		}
	}
	d.Unsupported = unsupported(c, aDerived, der, src.id(), fd, fs)
	if sameSite(der, src) && leadUnsupported(d.Unsupported, der, fd) {
		// Two pages of one site that share all but their leads share the site's template
		// (a where-to-watch page for another match, a section's teaser, a profile series), not
		// a report: on the real stream most such "rewrites" were templates.
		return
	}
	if namesSwapped(c, fa, fb) {
		// The aligned sentences name, each, what its own headline is about and the other
		// article never names: one template filled twice (a site's where-to-watch page for
		// another match, a quiz show's page for another contestant), not a report rewritten.
		return
	}
	d.Kind = kind(c, aDerived, der, src, fd, fs, cov)
	c.Derived = d
	c.Score = d.Score
}

// namesSwapped reports whether at least minSwapped aligned sentence pairs swap the subjects of
// the two headlines: the sentence of a names someone or something of a's headline that b never
// names, the sentence of b one of b's headline that a never names, and the two share no name
// of either headline.
func namesSwapped(c *Comparison, fa, fb *docFeat) bool {
	ha, hb := headNames(fa), headNames(fb)
	own := func(h map[string]bool, other *docFeat) map[string]bool {
		m := map[string]bool{}
		for t := range h {
			if other.all[t] == 0 {
				m[t] = true
			}
		}
		return m
	}
	oa, ob := own(ha, fb), own(hb, fa)
	if len(oa) == 0 || len(ob) == 0 {
		return false
	}
	swapped := 0
	for _, p := range c.Pairs {
		if p.A < 0 || p.B < 0 || p.A >= len(fa.sents) || p.B >= len(fb.sents) {
			continue
		}
		if names(fa.sents[p.A].terms, oa) && names(fb.sents[p.B].terms, ob) &&
			!sharesOf(fa.sents[p.A].terms, fb.sents[p.B].terms, ha, hb) {
			swapped++
		}
	}
	return swapped >= minSwapped
}

// minSwapped is the fewest aligned pairs with swapped subjects that make a template.
const minSwapped = 2

// headNames are the name terms of a document's headings (its headline first among them).
func headNames(f *docFeat) map[string]bool {
	m := map[string]bool{}
	for _, s := range f.sents {
		if !s.heading {
			continue
		}
		for _, t := range s.terms {
			if strings.HasPrefix(t, namePrefix) {
				m[t] = true
			}
		}
	}
	return m
}

// names reports whether terms hold one of set.
func names(terms []string, set map[string]bool) bool {
	for _, t := range terms {
		if set[t] {
			return true
		}
	}
	return false
}

// sharesOf reports whether the sorted term lists a and b share a term of ha or hb.
func sharesOf(a, b []string, ha, hb map[string]bool) bool {
	for _, t := range a {
		if ha[t] || hb[t] {
			if _, ok := slices.BinarySearch(b, t); ok {
				return true
			}
		}
	}
	return false
}

func contentCount(f *docFeat) int {
	n := 0
	for _, s := range f.sents {
		if len(s.terms) > 0 && !s.heading {
			n++
		}
	}
	return n
}

// Direction by the extras: an extra sentence of the derived article is new to the source
// (added facts, commentary), one of the source is more of the same story, partly echoed in
// the rewrite. neutralNovelty is the novelty that says neither, for a side without extras;
// novelMargin the difference below which the evidence is too weak to use.
const (
	neutralNovelty = 0.6
	novelMargin    = 0.05
	coverageWeight = 0.5
)

// direction reports whether a derives from b (rather than b from a): the earlier article is
// the source; else the one crediting a wire service when the other credits none; else the one
// whose unaligned sentences are less new to the other (see neutralNovelty), with coverage
// weighed in; else the one
// whose content the other contains (the derived side has the higher coverage); else the longer.
func direction(c *Comparison, a, b *Doc, fa, fb *docFeat) bool {
	var aa, ab *article.Article
	if a != nil {
		aa = a.Article
	}
	if b != nil {
		ab = b.Article
	}
	if aa != nil && ab != nil {
		ta, pa := article.ParsePublished(aa.Published)
		tb, pb := article.ParsePublished(ab.Published)
		if pa != article.PrecisionNone && pb != article.PrecisionNone {
			p := min(pa, pb)
			sa, sb := article.FormatPublished(ta, p), article.FormatPublished(tb, p)
			if sa != sb {
				return sa > sb // the later one is derived
			}
		}
		ca, cb := len(aa.Credits) > 0, len(ab.Credits) > 0
		if ca != cb {
			return cb
		}
	}
	// Coverage is weak evidence in either direction (a rewrite drops sentences, or adds
	// them), so it only tips the balance.
	if ev := extrasEvidence(c, fa, fb) + coverageWeight*(c.CoverageA-c.CoverageB); ev >= novelMargin || ev <= -novelMargin {
		return ev > 0
	}
	if d := c.CoverageA - c.CoverageB; d > 0.1 || d < -0.1 {
		return d > 0
	}
	la, lb := textLen(a), textLen(b)
	if la != lb {
		return la < lb
	}
	return a.id() > b.id()
}

func textLen(d *Doc) int {
	if d == nil || d.Article == nil {
		return 0
	}
	return len(d.Article.Text)
}

// wireCredits returns the source's credits that the derived article does not already name.
func wireCredits(src, der *article.Article) []string {
	have := map[string]bool{}
	if der != nil {
		for _, c := range der.Credits {
			have[strings.ToLower(c)] = true
		}
	}
	var out []string
	for _, c := range src.Credits {
		if !have[strings.ToLower(c)] {
			out = append(out, c)
		}
	}
	return out
}

// unsupported lists the derived article's sentences that read as claims its source does not
// support: the added ones, and aligned ones whose content is largely new to the whole source
// (partial support: a reworded sentence that slips in a new fact). Sorted by offset.
func unsupported(c *Comparison, aDerived bool, der *Doc, src string, fd, fs *docFeat) []Unsupported {
	var out []Unsupported
	if der == nil || der.Article == nil || der.Analysis == nil {
		return nil
	}
	r := article.NewRunes(der.Article.Text)
	judged := map[int]bool{}
	for _, p := range c.Pairs {
		var idx, start, end int
		partial := false
		switch {
		case aDerived && p.Status == StatusAdded:
			idx, start, end = p.A, p.AStart, p.AEnd
		case !aDerived && p.Status == StatusDropped:
			idx, start, end = p.B, p.BStart, p.BEnd
		case p.A >= 0 && p.B >= 0 && p.Status == StatusReworded:
			idx, start, end = p.A, p.AStart, p.AEnd
			if !aDerived {
				idx, start, end = p.B, p.BStart, p.BEnd
			}
			if judged[idx] || idx >= len(fd.sents) {
				continue
			}
			judged[idx] = true
			if !newClaim(fd.sents[idx].terms, fs.all, fs.prefixes()) {
				continue
			}
			partial = true
		default:
			continue
		}
		if idx < len(fd.sents) && fd.sents[idx].heading || wordCount(fd, idx) < minClaimWords {
			continue
		}
		out = append(out, Unsupported{Article: der.id(), Start: start, End: end, Text: r.Slice(start, end), Source: src, Partial: partial})
	}
	slices.SortFunc(out, func(x, y Unsupported) int { return x.Start - y.Start })
	return out
}

// Words of one family share a long prefix: a name with its adjective ("Nordkorea",
// "nordkoreanisch"), a compound with its variants ("Grenzregion", "Grenzregionen"). Names
// compare by a shorter prefix than other words, whose prefixes are less telling.
const (
	namePrefixLen = 5
	wordPrefixLen = 7
)

// termPrefix is the key under which a term meets its family: "@" and the first namePrefixLen
// letters of a name, the first wordPrefixLen of another word, or "" for a short word.
func termPrefix(t string) string {
	n := wordPrefixLen
	if strings.HasPrefix(t, namePrefix) {
		n = namePrefixLen
		t = strings.TrimPrefix(t, namePrefix)
	} else if strings.HasPrefix(t, numPrefix) {
		return ""
	}
	k := 0
	for i := range t {
		if k == n {
			if n == namePrefixLen {
				return namePrefix + t[:i]
			}
			return t[:i]
		}
		k++
	}
	return ""
}

// prefixesOf returns the family keys of the source's terms; a name's family is also found
// among plain words (the adjective of a place name is not a name).
func prefixesOf(source map[string]int) map[string]bool {
	out := map[string]bool{}
	for t := range source {
		if strings.HasPrefix(t, numPrefix) {
			continue
		}
		base := strings.TrimPrefix(t, namePrefix)
		if p := termPrefix(namePrefix + base); p != "" {
			out[p] = true
		}
		if p := termPrefix(base); p != "" {
			out[p] = true
		}
	}
	delete(out, "")
	return out
}

// Partial support thresholds: the weighted share of an aligned sentence's terms that the whole
// source never uses. Rewording swaps some words for synonyms the source lacks, so the share
// alone must be high; a new name or number (a new fact, not new wording) lowers the bar.
// A short sentence reworded with two or three synonyms can lose most of its terms, so a claim
// also needs novelMinTerms new terms.
const (
	novelShare      = 0.75
	novelShareFacts = 0.45
	novelMinTerms   = 4
)

// newClaim reports whether a sentence with these terms says something the source, taken as
// a whole, does not.
func newClaim(terms []string, source map[string]int, pre map[string]bool) bool {
	share, facts, n := novelty(terms, source, pre)
	return n >= novelMinTerms && (share >= novelShare || (facts >= 1 && share >= novelShareFacts))
}

// novelty returns the weighted share of terms absent from the source (names and numbers weigh
// double, long words, mostly compounds, half again), how many of the absent terms are names or
// numbers, and how many there are in all.
func novelty(terms []string, source map[string]int, pre map[string]bool) (share float64, facts, n int) {
	absent, tot, facts, n := noveltyWeights(terms, source, pre)
	if tot == 0 {
		return 0, 0, 0
	}
	return absent / tot, facts, n
}

// noveltyWeights is novelty before the division: the weight of the absent terms and of all.
func noveltyWeights(terms []string, source map[string]int, pre map[string]bool) (absent, tot float64, facts, n int) {
	for _, t := range terms {
		isFact := strings.HasPrefix(t, namePrefix) || strings.HasPrefix(t, numPrefix)
		if !isFact {
			// A name's word is counted once, as the name (terms are sorted: "@" first).
			if _, dup := slices.BinarySearch(terms, namePrefix+t); dup {
				continue
			}
		}
		w := 1.0
		switch {
		case isFact:
			w = 2
		case len(t) >= 8:
			w = 1.5
		}
		tot += w
		if source[t] > 0 {
			continue
		}
		// A name the source has as a plain word, or the reverse, is not new.
		if strings.HasPrefix(t, namePrefix) && source[strings.TrimPrefix(t, namePrefix)] > 0 ||
			!isFact && source[namePrefix+t] > 0 || pre[termPrefix(t)] {
			continue
		}
		absent += w
		n++
		if isFact {
			facts++
		}
	}
	return absent, tot, facts, n
}

// wordCount is the number of word and number tokens of sentence si of the doc whose
// features are f (0 for a sentence out of range or without valid tokens): read from the
// features, so a compact doc, which has no tokens, counts alike.
func wordCount(f *docFeat, si int) int {
	if si < 0 || si >= len(f.sents) {
		return 0
	}
	return f.sents[si].nwords
}

// kind names the derivation. Copy: almost every sentence on both sides aligns, nearly all
// unchanged. Summary: the derived text is much shorter, almost all of it aligns, and it covers
// a small share of the source. Rewrite with additions: added claims that bring names or
// numbers the source never mentions (new facts, not commentary on the source's facts), or a
// large share of added sentences. Else rewrite.
func kind(c *Comparison, aDerived bool, der, src *Doc, fd, fs *docFeat, cov float64) string {
	srcCov := c.CoverageB
	if !aDerived {
		srcCov = c.CoverageA
	}
	same, aligned := 0, 0
	addedClaims, substantive := 0, 0
	for _, p := range c.Pairs {
		di := p.A
		if !aDerived {
			di = p.B
		}
		switch {
		case p.A >= 0 && p.B >= 0:
			aligned++
			if p.Status == StatusSame {
				same++
			}
		case di >= 0 && ((aDerived && p.Status == StatusAdded) || (!aDerived && p.Status == StatusDropped)):
			if wordCount(fd, di) < minClaimWords {
				continue
			}
			addedClaims++
			if newFacts(fd.sents[di].terms, fs.all) >= 1 {
				substantive++
			}
		}
	}
	if cov >= 0.9 && srcCov >= 0.9 && aligned > 0 && float64(same) >= 0.9*float64(aligned) {
		return KindCopy
	}
	claims := contentCount(fd)
	if textLen(der) > 0 && float64(textLen(der)) <= 0.5*float64(textLen(src)) && cov >= 0.8 && srcCov <= 0.6 {
		return KindSummary
	}
	if substantive >= 2 || (claims > 0 && float64(addedClaims) >= 0.3*float64(claims)) {
		return KindAdditions
	}
	return KindRewrite
}

// newFacts counts the names and numbers of a sentence that the source never mentions.
func newFacts(terms []string, source map[string]int) int {
	n := 0
	for _, t := range terms {
		if !strings.HasPrefix(t, namePrefix) && !strings.HasPrefix(t, numPrefix) {
			continue
		}
		if source[t] > 0 {
			continue
		}
		// A name the source has as a plain word (lower-case use, other position) is not new.
		if strings.HasPrefix(t, namePrefix) && source[strings.TrimPrefix(t, namePrefix)] > 0 {
			continue
		}
		n++
	}
	return n
}

// extrasEvidence is positive when the extras say a derives from b: a's unaligned sentences
// are newer to b than b's are to a.
func extrasEvidence(c *Comparison, fa, fb *docFeat) float64 {
	novA, nA := extrasNovelty(c, fa, fb, true)
	novB, nB := extrasNovelty(c, fb, fa, false)
	switch {
	case nA > 0 && nB > 0:
		return novA - novB
	case nA > 0:
		return novA - neutralNovelty
	case nB > 0:
		return neutralNovelty - novB
	}
	return 0
}

// extrasNovelty is the novelty (see novelty) of the unaligned sentences of one side, pooled,
// so long sentences count more than fragments, against the whole other article, and how
// many there are. Side A when isA.
func extrasNovelty(c *Comparison, own, other *docFeat, isA bool) (float64, int) {
	var absent, tot float64
	n := 0
	for _, p := range c.Pairs {
		idx := p.A
		if !isA {
			idx = p.B
		}
		if idx < 0 || p.A >= 0 && p.B >= 0 || idx >= len(own.sents) || len(own.sents[idx].terms) == 0 {
			continue
		}
		ab, to, _, _ := noveltyWeights(own.sents[idx].terms, other.all, other.prefixes())
		absent += ab
		tot += to
		n++
	}
	if n == 0 || tot == 0 {
		return 0, 0
	}
	return absent / tot, n
}

// sameSite reports whether two articles come from one site.
func sameSite(a, b *Doc) bool {
	if a == nil || b == nil || a.Article == nil || b.Article == nil {
		return false
	}
	ha := a.Article.Site()
	return ha != "" && ha == b.Article.Site()
}

// leadUnsupported reports whether the derived article's lead, its first sentence that is no
// heading and long enough to be a claim, has no support at all in the source.
func leadUnsupported(us []Unsupported, der *Doc, fd *docFeat) bool {
	for i, s := range fd.sents {
		if s.heading || wordCount(fd, i) < minClaimWords {
			continue
		}
		for _, u := range us {
			if !u.Partial && u.Start == s.start {
				return true
			}
		}
		return false
	}
	return false
}
