// Package cluster groups analysed articles, in arrival order, into events (one happening,
// reported by several articles) and links events over time into storylines. Every decision
// is explained (shared terms and names, similarity, time gap), user corrections are kept and
// respected, and the whole state can be saved and restored to continue exactly where it was.
package cluster

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"crosscheck/article"
)

// Options tune the clusterer. The zero value of a field means its default (see Defaults).
type Options struct {
	// JoinThreshold is the cosine similarity an article needs to the event's centroid to join.
	JoinThreshold float64 `json:"join_threshold"`
	// StoryThreshold is the similarity a new event needs to a storyline's profile to join it.
	StoryThreshold float64 `json:"story_threshold"`
	// TimeGrace is the time gap that costs nothing; beyond it the threshold rises by
	// TimePenalty per TimeScale of further gap, and beyond MaxGap an event is not a candidate.
	TimeGrace   time.Duration `json:"time_grace"`
	TimeScale   time.Duration `json:"time_scale"`
	TimePenalty float64       `json:"time_penalty"`
	MaxGap      time.Duration `json:"max_gap"`
	// StoryWindow is the largest gap between an event and a storyline it may join.
	StoryWindow time.Duration `json:"story_window"`
	// PriorDocs smooths the online IDF while few articles have been seen: as if that many
	// earlier articles had held none of the terms.
	PriorDocs float64 `json:"prior_docs"`
	// ContentFloor is the part of the similarity that features other than names (terms,
	// figures, dates) must give for an article to join an event by content. A negative
	// value means no floor.
	ContentFloor float64 `json:"content_floor"`
	// Feature weights relative to stemmed terms.
	NameWeight   float64 `json:"name_weight"`
	FigureWeight float64 `json:"figure_weight"`
	DateWeight   float64 `json:"date_weight"`
	// Sizes that bound the work per article, so it stays constant as the store grows.
	ArticleTerms  int `json:"article_terms"`  // features kept per article
	CentroidTerms int `json:"centroid_terms"` // features kept per event centroid / storyline profile
	QueryTerms    int `json:"query_terms"`    // an article's features looked up in the index
	IndexTerms    int `json:"index_terms"`    // an event's features entered in the index
	PostingCap    int `json:"posting_cap"`    // most recent events kept per index entry
	MaxCandidates int `json:"max_candidates"` // events scored per article
}

// Defaults returns the tuned default options: JoinThreshold on the generated stream of
// evaluate/clustering analysed by the product's own analyzer (app.Analyzer). ContentFloor
// guards a case the stream does not model (different events with the same actors); on the
// stream it costs 0.002 BCubed F1 (see evaluate/clustering TestTune).
func Defaults() Options {
	return Options{
		JoinThreshold:  0.36,
		StoryThreshold: 0.12,
		ContentFloor:   0.16,
		TimeGrace:      72 * time.Hour,
		TimeScale:      7 * 24 * time.Hour,
		TimePenalty:    0.15,
		MaxGap:         30 * 24 * time.Hour,
		StoryWindow:    45 * 24 * time.Hour,
		PriorDocs:      50,
		NameWeight:     1.0,
		FigureWeight:   1.0,
		DateWeight:     1.0,
		ArticleTerms:   48,
		CentroidTerms:  96,
		QueryTerms:     16,
		IndexTerms:     24,
		PostingCap:     48,
		MaxCandidates:  16,
	}
}

func (o Options) withDefaults() Options {
	d := Defaults()
	f := func(v *float64, def float64) {
		if *v == 0 {
			*v = def
		}
	}
	i := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	t := func(v *time.Duration, def time.Duration) {
		if *v <= 0 {
			*v = def
		}
	}
	f(&o.JoinThreshold, d.JoinThreshold)
	f(&o.StoryThreshold, d.StoryThreshold)
	f(&o.ContentFloor, d.ContentFloor)
	t(&o.TimeGrace, d.TimeGrace)
	t(&o.TimeScale, d.TimeScale)
	f(&o.TimePenalty, d.TimePenalty)
	t(&o.MaxGap, d.MaxGap)
	t(&o.StoryWindow, d.StoryWindow)
	f(&o.PriorDocs, d.PriorDocs)
	f(&o.NameWeight, d.NameWeight)
	f(&o.FigureWeight, d.FigureWeight)
	f(&o.DateWeight, d.DateWeight)
	i(&o.ArticleTerms, d.ArticleTerms)
	i(&o.CentroidTerms, d.CentroidTerms)
	i(&o.QueryTerms, d.QueryTerms)
	i(&o.IndexTerms, d.IndexTerms)
	i(&o.PostingCap, d.PostingCap)
	i(&o.MaxCandidates, d.MaxCandidates)
	return o
}

// Input is one analysed article to place.
type Input struct {
	ID          string
	Article     *article.Article
	Analysis    *article.Analysis
	DerivedFrom string    // id of the article this one derives from (from package link), or ""
	Time        time.Time // published or estimated; zero if unknown
	// Precision of Time (appended to the API): PrecisionMonth means "some day of that
	// month", and so on. The zero value (PrecisionNone) with a non-zero Time means exact.
	Precision article.Precision
}

// Reasons an article is where it is.
const (
	ReasonOpened      = "opened new event"
	ReasonContent     = "joined by content"
	ReasonDerived     = "joined via derived-from"
	ReasonDerivedBack = "joined the event of an article derived from it"
	ReasonRelinked    = "moved via derived-from found later"
	ReasonMerged      = "corrected: events merged"
	ReasonSplit       = "corrected: split into a new event"
	ReasonMoved       = "corrected: moved by a user"
	ReasonDuplicate   = "already placed"
)

// Explanation says why an article was placed where it is.
type Explanation struct {
	Reason      string   `json:"reason"`
	Similarity  float64  `json:"similarity"` // to the event joined, or to the best candidate when a new event was opened
	Threshold   float64  `json:"threshold"`  // what the similarity had to reach, after the time penalty
	Candidate   string   `json:"candidate,omitempty"`
	TimeKnown   bool     `json:"time_known"`
	GapHours    float64  `json:"gap_hours"` // time between the article and the event; 0 when unknown or overlapping
	SharedTerms []string `json:"shared_terms,omitempty"`
	SharedNames []string `json:"shared_names,omitempty"`
	SharedFacts []string `json:"shared_facts,omitempty"` // figures and dates
	Candidates  int      `json:"candidates"`             // events scored
	Source      string   `json:"source,omitempty"`       // the derived-from article, when that decided
	Storyline   string   `json:"storyline_reason,omitempty"`
	StorySim    float64  `json:"storyline_similarity,omitempty"`
	// NameSimilarity is the part of Similarity that shared names give.
	NameSimilarity float64 `json:"name_similarity"`
	// ContentFloor is what Similarity less NameSimilarity had to reach.
	ContentFloor float64 `json:"content_floor"`
}

// Assignment is where an article was placed, and why.
type Assignment struct {
	Article     string      `json:"article"`
	Event       string      `json:"event"`
	Storyline   string      `json:"storyline"`
	Explanation Explanation `json:"explanation"`
}

// Clusterer places articles into events and storylines. It is safe for concurrent use;
// calls are serialised, since each placement depends on all earlier ones.
type Clusterer struct {
	mu    sync.Mutex
	st    state
	vocab map[string]uint32 // rebuilt from st.Vocab
	kinds []uint8           // feature kind by id (kindOf of st.Vocab), rebuilt from st.Vocab
	// scratch is a dense table of the article being placed, indexed by feature id; all
	// zero between calls. Not state: a working buffer.
	scratch []float32
	// acc is a dense table for summing many vectors (rebuildStory); all zero between calls.
	acc []float64
	// hits is candidates' working table, empty between calls.
	hits map[int32]float64
	byID map[string]int32 // rebuilt from st.Articles
}

// New returns an empty Clusterer.
func New(opt Options) *Clusterer {
	c := &Clusterer{}
	c.st.Opt = opt.withDefaults()
	c.st.Version = stateVersion
	c.st.Pending = map[string][]int32{}
	c.st.Postings = map[uint32][]int32{}
	c.st.StoryPostings = map[uint32][]int32{}
	c.vocab = map[string]uint32{}
	c.byID = map[string]int32{}
	return c
}

// Options returns the options in force (the restored ones after UnmarshalBinary).
func (c *Clusterer) Options() Options {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.st.Opt
}

// Len is the number of articles placed.
func (c *Clusterer) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.st.Articles)
}

// AddBatch places the inputs in order; the result is the same as adding them one by one.
func (c *Clusterer) AddBatch(ins []Input) []Assignment {
	out := make([]Assignment, len(ins))
	for i, in := range ins {
		out[i] = c.Add(in)
	}
	return out
}

// Add places one article: with its source when it derives from a known article, else in the
// most similar recent event when similar enough for the time between them, else in a new
// event, which then joins the most similar storyline or opens one. Adding an id again
// changes nothing and returns its current place.
func (c *Clusterer) Add(in Input) Assignment {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ai, ok := c.byID[in.ID]; ok {
		as := c.assignment(ai)
		as.Explanation.Reason = ReasonDuplicate
		return as
	}
	counts, display := features(in.Article, in.Analysis)
	vec := c.vectorize(counts, display)
	lo, hi, known := interval(in.Time, in.Precision)
	ai := int32(len(c.st.Articles))
	kept := vec.truncate(c.st.Opt.ArticleTerms)
	rec := artRec{ID: in.ID, Event: -1, Vec: kept, Norm: float32(kept.norm()), Lo: lo, Hi: hi, HasTime: known,
		Title: titleOf(in.Article, in.Analysis), DerivedFrom: in.DerivedFrom}
	c.st.Articles = append(c.st.Articles, rec)
	c.byID[in.ID] = ai

	ev := int32(-1)
	var ex Explanation
	if in.DerivedFrom != "" && in.DerivedFrom != in.ID {
		if si, ok := c.byID[in.DerivedFrom]; ok {
			ev = c.alive(c.st.Articles[si].Event)
			ex = c.explain(vec, lo, hi, known, ev)
			ex.Reason, ex.Source = ReasonDerived, in.DerivedFrom
		} else {
			c.st.Pending[in.DerivedFrom] = append(c.st.Pending[in.DerivedFrom], ai)
		}
	}
	derived := c.st.Pending[in.ID]
	delete(c.st.Pending, in.ID)
	if ev < 0 {
		for _, d := range derived {
			if e := c.alive(c.st.Articles[d].Event); e >= 0 {
				ev = e
				ex = c.explain(vec, lo, hi, known, ev)
				ex.Reason, ex.Source = ReasonDerivedBack, c.st.Articles[d].ID
				break
			}
		}
	}
	if ev < 0 {
		ev, ex = c.bestEvent(vec, lo, hi, known)
	}
	opened := ev < 0
	if opened {
		ev = c.newEvent()
		ex.Reason = ReasonOpened
	}
	c.attach(ai, ev, vec)
	if opened {
		sl, sim, why := c.chooseStoryline(ev)
		ex.Storyline, ex.StorySim = why, sim
		c.joinStoryline(ev, sl)
	}
	c.st.Articles[ai].Expl = ex
	c.linkStorylines(ev)
	// Articles that said they derive from this one before it arrived follow it, as a late
	// Relink would move them.
	for _, d := range derived {
		c.relink(d, ai)
	}
	return c.assignment(ai)
}

func (c *Clusterer) assignment(ai int32) Assignment {
	r := &c.st.Articles[ai]
	e := c.alive(r.Event)
	as := Assignment{Article: r.ID, Explanation: r.Expl}
	if e >= 0 {
		as.Event = eventID(e)
		if s := c.aliveStory(c.st.Events[e].Story); s >= 0 {
			as.Storyline = storyID(s)
		}
	}
	return as
}

func eventID(e int32) string { return fmt.Sprintf("e%d", e+1) }
func storyID(s int32) string { return fmt.Sprintf("s%d", s+1) }

// parseID reads "e12" (prefix p) back to index 11.
func parseID(s, p string) (int32, bool) {
	if !strings.HasPrefix(s, p) {
		return 0, false
	}
	var n int64
	for _, r := range s[len(p):] {
		if r < '0' || r > '9' || n > math.MaxInt32/10 {
			return 0, false
		}
		n = n*10 + int64(r-'0')
	}
	if n < 1 || len(s) == len(p) {
		return 0, false
	}
	return int32(n - 1), true
}

// interval turns a time at a precision into the unix-second range it may stand for.
func interval(t time.Time, p article.Precision) (lo, hi int64, known bool) {
	if t.IsZero() {
		return 0, 0, false
	}
	t = t.UTC()
	var end time.Time
	switch p {
	case article.PrecisionYear:
		t = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		end = t.AddDate(1, 0, 0)
	case article.PrecisionMonth:
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		end = t.AddDate(0, 1, 0)
	case article.PrecisionDay:
		t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		end = t.AddDate(0, 0, 1)
	default:
		end = t
	}
	return t.Unix(), end.Unix(), true
}

// gap is the distance in seconds between two ranges (0 when they overlap).
func gap(alo, ahi, blo, bhi int64) int64 {
	switch {
	case ahi < blo:
		return blo - ahi
	case bhi < alo:
		return alo - bhi
	}
	return 0
}

// threshold is what an article at time gap g (seconds) needs to join.
func (c *Clusterer) threshold(g int64) float64 {
	o := &c.st.Opt
	d := time.Duration(g) * time.Second
	if d <= o.TimeGrace {
		return o.JoinThreshold
	}
	return o.JoinThreshold + o.TimePenalty*float64(d-o.TimeGrace)/float64(o.TimeScale)
}

// candidates looks the article's heaviest features up in the index: recent events sharing
// most of them, at most MaxCandidates, never a scan of all events.
func (c *Clusterer) candidates(vec sparse, postings map[uint32][]int32, resolve func(int32) int32) []int32 {
	o := &c.st.Opt
	if c.hits == nil {
		c.hits = map[int32]float64{}
	}
	hits := c.hits
	defer clear(hits)
	for _, p := range vec.top(o.QueryTerms) {
		w := float64(vec.W[p])
		for _, e := range postings[vec.IDs[p]] {
			if e = resolve(e); e >= 0 {
				hits[e] += w
			}
		}
	}
	type hit struct {
		e int32
		w float64
	}
	all := make([]hit, 0, len(hits))
	for e, w := range hits {
		all = append(all, hit{e, w})
	}
	slices.SortFunc(all, func(a, b hit) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return cmp.Compare(b.e, a.e)
	})
	cands := make([]int32, 0, min(len(all), o.MaxCandidates))
	for _, h := range all[:min(len(all), o.MaxCandidates)] {
		cands = append(cands, h.e)
	}
	return cands
}

// bestEvent scores the candidate events; it returns the best one when it clears its
// time-dependent threshold with enough evidence besides names, else -1, with the
// explanation either way.
func (c *Clusterer) bestEvent(vec sparse, lo, hi int64, known bool) (int32, Explanation) {
	cands := c.candidates(vec, c.st.Postings, c.alive)
	c.load(vec)
	defer c.unload(vec)
	o := &c.st.Opt
	// The best qualifying event wins; when none qualifies, the closest one is named in the
	// explanation.
	best, bestMargin, bestOK := int32(-1), math.Inf(-1), false
	var bestSim, bestThr float64
	var bestGap int64
	for _, e := range cands {
		ev := &c.st.Events[e]
		var g int64
		if known && ev.HasTime {
			g = gap(lo, hi, ev.Lo, ev.Hi)
			if time.Duration(g)*time.Second > o.MaxGap {
				continue
			}
		}
		sim, parts := c.similarity(e)
		thr := c.threshold(g)
		m := sim - thr
		// Names are the actors of a whole storyline: two reports of different events about
		// the same people share them all. A report of the same event also shares what
		// happened, so the rest of the evidence must reach a floor of its own.
		ok := m >= 0 && sim-parts[featName] >= o.ContentFloor
		if (ok && !bestOK) || (ok == bestOK && (m > bestMargin || (m == bestMargin && e < best))) {
			best, bestMargin, bestOK, bestSim, bestThr, bestGap = e, m, ok, sim, thr, g
		}
	}
	ex := Explanation{Candidates: len(cands), Threshold: o.JoinThreshold}
	if best < 0 {
		return -1, ex
	}
	ex = c.explainLoaded(vec, lo, hi, known, best)
	ex.Candidates = len(cands)
	ex.Similarity, ex.Threshold = round(bestSim), round(bestThr)
	ex.GapHours = round(float64(bestGap) / 3600)
	if bestOK {
		ex.Reason = ReasonContent
		return best, ex
	}
	ex.Candidate = eventID(best)
	return -1, ex
}

// similarity of an article to event e: its best cosine with a member, and how much of that
// cosine each feature kind gives (indexed by kindOf). Members are compared one by one, not
// through the centroid, because a centroid of different reports is close to anything on the
// same topic, while a rewrite or follow-up is close to one report it retells. Only the first
// and the most recent members are compared, so the cost stays bounded. The article's vector
// must be loaded into the scratch table (see load).
func (c *Clusterer) similarity(e int32) (float64, [numKinds]float64) {
	arts := c.st.Events[e].Articles
	best := 0.0
	var bestParts [numKinds]float64
	check := func(a int32) {
		r := &c.st.Articles[a]
		if r.Norm == 0 {
			return
		}
		var parts [numKinds]float64
		for i, id := range r.Vec.IDs {
			parts[c.kinds[id]] += float64(c.scratch[id]) * float64(r.Vec.W[i])
		}
		var d float64
		for k := range parts {
			parts[k] /= float64(r.Norm)
			d += parts[k]
		}
		if d > best {
			best, bestParts = d, parts
		}
	}
	const first, last = 2, 6
	if len(arts) <= first+last {
		for _, a := range arts {
			check(a)
		}
		return best, bestParts
	}
	for _, a := range arts[:first] {
		check(a)
	}
	for _, a := range arts[len(arts)-last:] {
		check(a)
	}
	return best, bestParts
}

// load puts a unit vector into the dense scratch table, so that its dot product with a
// stored vector costs one lookup per stored entry; unload clears it again.
func (c *Clusterer) load(vec sparse) {
	if n := len(c.st.Vocab); len(c.scratch) < n {
		c.scratch = append(c.scratch, make([]float32, n-len(c.scratch)+n/4)...)
	}
	for i, id := range vec.IDs {
		c.scratch[id] = vec.W[i]
	}
}

func (c *Clusterer) unload(vec sparse) {
	for _, id := range vec.IDs {
		c.scratch[id] = 0
	}
}

// explain fills the evidence shared between an article and event e.
func (c *Clusterer) explain(vec sparse, lo, hi int64, known bool, e int32) Explanation {
	c.load(vec)
	defer c.unload(vec)
	return c.explainLoaded(vec, lo, hi, known, e)
}

func (c *Clusterer) explainLoaded(vec sparse, lo, hi int64, known bool, e int32) Explanation {
	ex := Explanation{TimeKnown: known, Threshold: round(c.st.Opt.JoinThreshold)}
	if e < 0 {
		return ex
	}
	ev := &c.st.Events[e]
	sim, parts := c.similarity(e)
	ex.Similarity = round(sim)
	ex.NameSimilarity = round(parts[featName])
	ex.ContentFloor = round(c.st.Opt.ContentFloor)
	if known && ev.HasTime {
		g := gap(lo, hi, ev.Lo, ev.Hi)
		ex.GapHours = round(float64(g) / 3600)
		ex.Threshold = round(c.threshold(g))
	}
	ex.SharedTerms, ex.SharedNames, ex.SharedFacts = c.shared(vec, ev.Cent, 6)
	return ex
}

// shared lists the features a and b have in common, heaviest product first, by kind.
func (c *Clusterer) shared(a, b sparse, k int) (terms, names, facts []string) {
	type s struct {
		id uint32
		w  float64
	}
	var sh []s
	i, j := 0, 0
	for i < len(a.IDs) && j < len(b.IDs) {
		switch {
		case a.IDs[i] < b.IDs[j]:
			i++
		case a.IDs[i] > b.IDs[j]:
			j++
		default:
			sh = append(sh, s{a.IDs[i], float64(a.W[i]) * float64(b.W[j])})
			i++
			j++
		}
	}
	sort.Slice(sh, func(x, y int) bool {
		if sh[x].w != sh[y].w {
			return sh[x].w > sh[y].w
		}
		return sh[x].id < sh[y].id
	})
	for _, f := range sh {
		key, disp := c.st.Vocab[f.id], c.st.Display[f.id]
		switch key[:2] {
		case kindTerm:
			if len(terms) < k {
				terms = append(terms, disp)
			}
		case kindName:
			if len(names) < k {
				names = append(names, disp)
			}
		default:
			if len(facts) < k {
				facts = append(facts, disp)
			}
		}
	}
	return terms, names, facts
}

func round(f float64) float64 { return math.Round(f*1000) / 1000 }

func (c *Clusterer) newEvent() int32 {
	e := int32(len(c.st.Events))
	c.st.Events = append(c.st.Events, event{Story: -1, Merged: -1})
	return e
}

// attach puts article ai into event e, updating the event's centroid, time, index entries and
// its storyline's profile.
func (c *Clusterer) attach(ai, e int32, vec sparse) {
	r := &c.st.Articles[ai]
	r.Event = e
	ev := &c.st.Events[e]
	ev.Articles = append(ev.Articles, ai)
	c.setCent(ev, add(ev.Cent, r.Vec, 1).truncate(c.st.Opt.CentroidTerms))
	widenTime(&ev.Lo, &ev.Hi, &ev.HasTime, r.Lo, r.Hi, r.HasTime)
	c.index(c.st.Postings, ev.Cent, e)
	if s := c.storyOf(e); s >= 0 {
		c.addToStory(s, r)
	}
}

// setCent replaces an event's centroid and the characteristic features derived from it.
func (c *Clusterer) setCent(ev *event, cent sparse) {
	ev.Cent = cent
	ev.core = cent.truncate(c.st.Opt.IndexTerms)
}

// index enters id under the top features of v, keeping each posting list to the most
// recently active PostingCap ids.
func (c *Clusterer) index(postings map[uint32][]int32, v sparse, id int32) {
	o := &c.st.Opt
	for _, p := range v.top(o.IndexTerms) {
		t := v.IDs[p]
		list := postings[t]
		found := -1
		for i, x := range list {
			if x == id {
				found = i
				break
			}
		}
		switch {
		case found >= 0:
			copy(list[found:], list[found+1:])
			list[len(list)-1] = id
		case len(list) >= o.PostingCap:
			copy(list, list[1:])
			list[len(list)-1] = id
		default:
			list = append(list, id)
		}
		postings[t] = list
	}
}

// alive follows merges to the surviving event; -1 when e is gone or empty.
func (c *Clusterer) alive(e int32) int32 {
	for n := 0; e >= 0 && int(e) < len(c.st.Events) && n < len(c.st.Events); n++ {
		ev := &c.st.Events[e]
		if ev.Merged < 0 {
			if len(ev.Articles) == 0 {
				return -1
			}
			return e
		}
		e = ev.Merged
	}
	return -1
}

// titleOf picks a short human title for an article: its title, first heading, or first
// sentence.
func titleOf(a *article.Article, an *article.Analysis) string {
	if a == nil {
		return ""
	}
	t := a.Title
	if t == "" && len(a.Headings) > 0 {
		t = a.Headings[0]
	}
	if t == "" && an != nil && len(an.Sentences) > 0 {
		r := article.NewRunes(a.Text)
		s := an.Sentences[0]
		if s.Start >= 0 && s.End <= r.Len() && s.Start < s.End {
			t = r.Slice(s.Start, s.End)
		}
	}
	if t == "" {
		t = a.Text
	}
	t = article.NormalizeSpace(t)
	if rs := []rune(t); len(rs) > 140 {
		cut := 140
		for cut > 80 && rs[cut] != ' ' {
			cut--
		}
		t = string(rs[:cut]) + " …"
	}
	return t
}
