package place

import (
	"math"
	"strings"
	"unicode"

	"crosscheck/link"
)

// Pair features: what the model weighs to decide whether two articles report the same
// happening. The order is the order of Model.Weights.
var featureNames = []string{
	"title",        // cosine of the headlines' terms and names
	"lead",         // cosine of headline and first paragraph
	"body",         // cosine of the heaviest body terms
	"names",        // cosine of the names in the bodies
	"title_names",  // cosine of the names in the headlines
	"lead_names",   // cosine of the names in headline and lead
	"cross",        // the better of one's headline against the other's lead
	"rare_name",    // rarity (idf) of the rarest name both leads share
	"missing",      // rarity of the rarest headline name of one that the other never names
	"numbers",      // log(1 + numbers both texts write, with the results ("2:1") of their headlines and leads)
	"dates",        // log(1 + dates both texts mention)
	"gap",          // log(1 + days between them); unknown dates count as one day
	"same_host",    // both from one site
	"derived",      // one derives from the other (provenance)
	"announce",     // how differently the two lean to announcing rather than reporting
	"grams",        // cosine of the letter 4-grams of headline and lead
	"actors_topic", // names times body: the same actors doing the same thing
	"lead_terms",   // cosine of headline and first paragraph without the names: what happened
	"lead_cover",   // the lesser share (by rarity) of one's headline and lead names that the other names
}

// numFeatures is len(featureNames).
const numFeatures = 19

// Pair is the evidence that two articles report the same happening.
type Pair struct {
	X [numFeatures]float64
	// Apart is set when a rule keeps them apart whatever the model says: one is a preview
	// and the other is not, or their headlines give different match results.
	Apart string
}

// Reasons a rule keeps two articles apart.
const (
	ApartPreview = "one previews the happening the other reports"
	ApartScore   = "their headlines give different results"
	ApartSite    = "one site's recurring rubric on another day: its next page, not the same report"
)

// pairOf computes the pair features of a and b. derived says whether one derives from the
// other.
func pairOf(a, b *Profile, v Vocab, derived bool) (Pair, error) {
	w := weigher{v: v}
	return pairOfSides(newPairSide(a), newPairSide(b), &w, derived)
}

// pairSide is one profile of pairs, with the weights of its vectors made once when first
// asked for: the article being placed is compared with every candidate, and a candidate's
// headline and lead are weighed twice in one pair.
type pairSide struct {
	p    *Profile
	have [numSideVectors]bool
	vecs [numSideVectors]weighed
}

// The vectors of a pairSide.
const (
	sideTitle = iota
	sideLead
	sideBody
	sideNames
	sideTitleNames
	sideLeadNames
	sideGrams
	sideLeadTerms // the lead without its names
	numSideVectors
)

func newPairSide(p *Profile) *pairSide { return &pairSide{p: p} }

// vec returns a vector of the side, weighed by w (the first time).
func (s *pairSide) vec(k int, w *weigher) *weighed {
	if !s.have[k] {
		p := s.p
		var v Vector
		switch k {
		case sideTitle:
			v = p.Title
		case sideLead:
			v = p.Lead
		case sideBody:
			v = p.Body
		case sideNames:
			v = p.Names
		case sideTitleNames:
			v = p.TitleNames
		case sideLeadNames:
			v = p.LeadNames
		case sideGrams:
			v = p.Grams
		case sideLeadTerms:
			v = without(p.Lead, p.LeadNames)
		}
		s.vecs[k], s.have[k] = weighed{v: v}, true
	}
	return &s.vecs[k]
}

// weighed is a vector with the weights of its terms and its squared norm, made once (when
// first compared with a vector that is not empty).
type weighed struct {
	v    Vector
	w    []float64
	norm float64
	done bool
}

func (x *weighed) weigh(w *weigher) {
	if x.done {
		return
	}
	x.done = true
	x.w = make([]float64, len(x.v))
	for i, tc := range x.v {
		y := w.weight(tc)
		x.w[i] = y
		x.norm += y * y
	}
}

// cosW is w.cos(a.v, b.v), to the bit: the norms sum each vector's squared weights in its
// order, as cos does, and the dot product its shared terms in order.
func (w *weigher) cosW(a, b *weighed) float64 {
	if len(a.v) == 0 || len(b.v) == 0 {
		return 0
	}
	a.weigh(w)
	b.weigh(w)
	var dot float64
	i, j := 0, 0
	for i < len(a.v) && j < len(b.v) {
		switch {
		case a.v[i].ID < b.v[j].ID:
			i++
		case b.v[j].ID < a.v[i].ID:
			j++
		default:
			dot += a.w[i] * b.w[j]
			i++
			j++
		}
	}
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	return dot / math.Sqrt(a.norm*b.norm)
}

// pairOfSides is pairOf of two sides, whose weighed vectors it keeps for the next pair.
func pairOfSides(sa, sb *pairSide, w *weigher, derived bool) (Pair, error) {
	var pr Pair
	a, b := sa.p, sb.p
	cos := func(ka, kb int) float64 { return w.cosW(sa.vec(ka, w), sb.vec(kb, w)) }
	x := &pr.X
	x[0] = cos(sideTitle, sideTitle)
	x[1] = cos(sideLead, sideLead)
	x[2] = cos(sideBody, sideBody)
	x[3] = cos(sideNames, sideNames)
	x[4] = cos(sideTitleNames, sideTitleNames)
	x[5] = cos(sideLeadNames, sideLeadNames)
	x[6] = math.Max(cos(sideTitle, sideLead), cos(sideLead, sideTitle))
	x[7] = w.rarestShared(a.LeadNames, b.LeadNames)
	x[8] = math.Max(w.rarestMissing(a.TitleNames, b.Names), w.rarestMissing(b.TitleNames, a.Names))
	x[9] = math.Log1p(float64(link.SharedSorted(a.Nums, b.Nums)))
	x[10] = math.Log1p(float64(link.SharedSorted(a.Dates, b.Dates)))
	x[11] = math.Log1p(gapDays(a.Time, b.Time))
	if a.Host != "" && a.Host == b.Host {
		x[12] = 1
	}
	if derived {
		x[13] = 1
	}
	x[14] = math.Abs(clamp(a.Announce, -2, 2) - clamp(b.Announce, -2, 2))
	x[15] = cos(sideGrams, sideGrams)
	x[16] = x[3] * x[2]
	x[17] = cos(sideLeadTerms, sideLeadTerms)
	x[18] = w.mutualCover(a, b)
	if w.err != nil {
		return pr, w.err
	}
	switch {
	case a.Flags&FlagPreview != b.Flags&FlagPreview:
		pr.Apart = ApartPreview
	case differ(a.Scores, b.Scores, (a.Flags|b.Flags)&FlagLive != 0):
		pr.Apart = ApartScore
	case a.Host != "" && a.Host == b.Host && a.Time != 0 && b.Time != 0 && gapDays(a.Time, b.Time) >= 1 && sameRubric(a.Heading, b.Heading):
		// A site's recurring rubric ("NEXT Weather: 5 p.m. report") is a new page each day
		// about that day (tomorrow's forecast, the next episode): the storyline holds them.
		pr.Apart = ApartSite
	}
	return pr, nil
}

// sameRubric reports whether two headlines open with the same rubric: the words before a
// colon, digits aside ("NEXT Weather: 5 p.m. report", "NEXT Weather: Noon weather report").
func sameRubric(a, b string) bool {
	ra, oka := rubric(a)
	rb, okb := rubric(b)
	return oka && okb && ra == rb
}

func rubric(h string) (string, bool) {
	i := strings.IndexAny(h, ":|")
	if i <= 0 || i > 40 {
		return "", false
	}
	r := strings.Map(func(c rune) rune {
		if unicode.IsDigit(c) {
			return '0'
		}
		return unicode.ToLower(c)
	}, strings.TrimSpace(h[:i]))
	return r, r != ""
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

// gapDays is the time between two articles in days; unknown counts as one day, which is
// neither evidence for nor against.
func gapDays(a, b int64) float64 {
	if a == 0 || b == 0 {
		return 1
	}
	return math.Abs(float64(a-b)) / 86400
}

// weigher weighs vectors by (1+log n)·idf with the vocabulary's current frequencies,
// remembering the first error.
type weigher struct {
	v   Vocab
	err error
}

func (w *weigher) idf(id uint32) float64 {
	f, err := w.v.IDF(id)
	if err != nil && w.err == nil {
		w.err = err
	}
	return f
}

func (w *weigher) weight(tc TermCount) float64 {
	return tfWeight(tc.N) * w.idf(tc.ID)
}

// tfWeights are tfWeight's values of the small whole counts most terms have, made once.
var tfWeights = func() (t [64]float64) {
	for n := range t {
		t[n] = 1 + math.Log(math.Max(float64(float32(n)), 1))
	}
	return t
}()

// tfWeight is 1 + ln(n) of a term's count (n at least 1), from tfWeights for the small whole
// counts: the same value, without the logarithm.
func tfWeight(n float32) float64 {
	if n >= 0 && n < float32(len(tfWeights)) {
		if i := int(n); float32(i) == n {
			return tfWeights[i]
		}
	}
	return 1 + math.Log(math.Max(float64(n), 1))
}

// logCount is 1 + ln(n), from tfWeights when n is a whole count of at least 1 (where the
// two agree), computed otherwise (a count below 1 weighs less than 1 here).
func logCount(n float32) float64 {
	if n >= 1 && n < float32(len(tfWeights)) {
		if i := int(n); float32(i) == n {
			return tfWeights[i]
		}
	}
	return 1 + math.Log(float64(n))
}

func (w *weigher) cos(a, b Vector) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	var dot, na, nb float64
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i].ID < b[j].ID:
			x := w.weight(a[i])
			na += x * x
			i++
		case i >= len(a) || b[j].ID < a[i].ID:
			y := w.weight(b[j])
			nb += y * y
			j++
		default:
			x, y := w.weight(a[i]), w.weight(b[j])
			dot += x * y
			na += x * x
			nb += y * y
			i++
			j++
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

func (w *weigher) rarestShared(a, b Vector) float64 {
	best := 0.0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].ID == b[j].ID:
			best = math.Max(best, w.idf(a[i].ID))
			i++
			j++
		case a[i].ID < b[j].ID:
			i++
		default:
			j++
		}
	}
	return best
}

// rarestMissing is the idf of the rarest term of a that b lacks.
func (w *weigher) rarestMissing(a, b Vector) float64 {
	best := 0.0
	j := 0
	for _, t := range a {
		for j < len(b) && b[j].ID < t.ID {
			j++
		}
		if j < len(b) && b[j].ID == t.ID {
			continue
		}
		best = math.Max(best, w.idf(t.ID))
	}
	return best
}

// Model is a logistic regression over the pair features, with the features standardised.
type Model struct {
	Names     []string
	Mean      []float64
	Scale     []float64
	Weights   []float64
	Bias      float64
	Threshold float64 // probability an article needs to join an event
}

// Prob is the probability that the pair reports one happening (0 when a rule keeps the two
// apart).
func (m *Model) Prob(p Pair) float64 {
	if p.Apart != "" {
		return 0
	}
	return m.Raw(p.X[:])
}

// Raw is the model's probability without the rules.
func (m *Model) Raw(x []float64) float64 {
	z := m.Bias
	for i, w := range m.Weights {
		z += w * (x[i] - m.Mean[i]) / m.Scale[i]
	}
	return 1 / (1 + math.Exp(-z))
}
