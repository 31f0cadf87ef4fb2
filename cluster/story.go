package cluster

import (
	"math"
	"slices"
	"sort"
	"time"
)

// Event is one happening and the articles that report it, as "stories --json" prints it.
type Event struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Articles  []string `json:"articles"`
	Storyline string   `json:"storyline"`
}

// Storyline is a run of events linked over time by shared actors and topic.
type Storyline struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Events   []string `json:"events"`
	Articles []string `json:"articles"`
}

// ArticleExplanation is one article of an event with why it is there.
type ArticleExplanation struct {
	Article     string      `json:"article"`
	Title       string      `json:"title"`
	Centrality  float64     `json:"centrality"` // cosine to the event's centroid
	Explanation Explanation `json:"explanation"`
}

// EventExplanation is what "crosscheck story ID" shows about how an event was formed.
type EventExplanation struct {
	Event       Event                `json:"event"`
	Articles    []ArticleExplanation `json:"articles"`
	TopTerms    []string             `json:"top_terms"`
	TopNames    []string             `json:"top_names"`
	Corrections []Correction         `json:"corrections,omitempty"`
}

func (c *Clusterer) aliveStory(s int32) int32 {
	for n := 0; s >= 0 && int(s) < len(c.st.Stories) && n < len(c.st.Stories); n++ {
		st := &c.st.Stories[s]
		if st.Merged < 0 {
			return s
		}
		s = st.Merged
	}
	return -1
}

// resolveStory is aliveStory that also points every merged storyline on the way at the
// survivor. Storylines merge into the earliest one again and again over months, and index
// entries keep naming the merged ones, so without this the chains grow with the store.
// Only the placing path calls it (read-only calls leave the state as it is); it changes no
// outcome, only how fast one is found.
func (c *Clusterer) resolveStory(s int32) int32 {
	root := c.aliveStory(s)
	if root < 0 {
		return root
	}
	for n := 0; s != root && n < len(c.st.Stories); n++ {
		st := &c.st.Stories[s]
		s, st.Merged = st.Merged, root
	}
	return root
}

// storyOf is the surviving storyline of event e, shortening the event's link to it.
func (c *Clusterer) storyOf(e int32) int32 {
	ev := &c.st.Events[e]
	s := c.resolveStory(ev.Story)
	if s >= 0 {
		ev.Story = s
	}
	return s
}

// chooseStoryline finds the storyline event e belongs to: the most similar one by names and
// topic within StoryWindow, or -1 for a new one.
func (c *Clusterer) chooseStoryline(e int32) (int32, float64, string) {
	ev := &c.st.Events[e]
	cands := c.candidates(ev.Cent, c.st.StoryPostings, func(s int32) int32 {
		s = c.resolveStory(s)
		if s >= 0 && len(c.st.Stories[s].Events) == 0 {
			return -1
		}
		return s
	})
	best, bestSim := int32(-1), math.Inf(-1)
	for _, s := range cands {
		st := &c.st.Stories[s]
		if ev.HasTime && st.HasTime {
			if time.Duration(gap(ev.Lo, ev.Hi, st.Lo, st.Hi))*time.Second > c.st.Opt.StoryWindow {
				continue
			}
		}
		sim := cosine(ev.Cent, st.Profile)
		if sim > bestSim || (sim == bestSim && s < best) {
			best, bestSim = s, sim
		}
	}
	if best >= 0 && bestSim >= c.st.Opt.StoryThreshold {
		return best, round(bestSim), "joined storyline by shared names and topic"
	}
	if best < 0 {
		bestSim = 0
	}
	return -1, round(bestSim), "opened new storyline"
}

// joinStoryline puts event e into storyline s, or a new one when s < 0.
func (c *Clusterer) joinStoryline(e, s int32) {
	if s < 0 {
		s = int32(len(c.st.Stories))
		c.st.Stories = append(c.st.Stories, story{Merged: -1})
	}
	ev := &c.st.Events[e]
	ev.Story = s
	st := &c.st.Stories[s]
	st.Events = append(st.Events, e)
	for _, a := range ev.Articles {
		c.addToStory(s, &c.st.Articles[a])
	}
}

func (c *Clusterer) addToStory(s int32, r *artRec) {
	st := &c.st.Stories[s]
	st.Profile = add(st.Profile, r.Vec, 1).truncate(c.st.Opt.CentroidTerms)
	widenTime(&st.Lo, &st.Hi, &st.HasTime, r.Lo, r.Hi, r.HasTime)
	c.index(c.st.StoryPostings, st.Profile, s)
}

// rebuildEvent recomputes an event's centroid and time from its members (after a correction).
func (c *Clusterer) rebuildEvent(e int32) {
	ev := &c.st.Events[e]
	ev.HasTime, ev.Lo, ev.Hi = false, 0, 0
	var cent sparse
	for _, a := range ev.Articles {
		r := &c.st.Articles[a]
		cent = add(cent, r.Vec, 1).truncate(c.st.Opt.CentroidTerms)
		widenTime(&ev.Lo, &ev.Hi, &ev.HasTime, r.Lo, r.Hi, r.HasTime)
	}
	c.setCent(ev, cent)
	if len(ev.Articles) > 0 {
		c.index(c.st.Postings, ev.Cent, e)
	}
}

// rebuildStory recomputes a storyline's events and profile after a correction.
func (c *Clusterer) rebuildStory(s int32) {
	st := &c.st.Stories[s]
	evs := st.Events[:0]
	seen := map[int32]bool{}
	for _, e := range st.Events {
		if e = c.alive(e); e >= 0 && !seen[e] && c.aliveStory(c.st.Events[e].Story) == s {
			seen[e] = true
			evs = append(evs, e)
		}
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i] < evs[j] })
	st.Events = evs
	st.HasTime, st.Lo, st.Hi = false, 0, 0
	// The members are summed in a dense table and truncated once, so a rebuild costs one
	// addition per stored feature rather than a merge and truncation per article.
	if n := len(c.st.Vocab); len(c.acc) < n {
		c.acc = append(c.acc, make([]float64, n-len(c.acc)+n/4)...)
	}
	var ids []uint32
	for _, e := range evs {
		for _, a := range c.st.Events[e].Articles {
			r := &c.st.Articles[a]
			for i, id := range r.Vec.IDs {
				if c.acc[id] == 0 {
					ids = append(ids, id)
				}
				c.acc[id] += float64(r.Vec.W[i])
			}
			widenTime(&st.Lo, &st.Hi, &st.HasTime, r.Lo, r.Hi, r.HasTime)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	prof := sparse{IDs: make([]uint32, 0, len(ids)), W: make([]float32, 0, len(ids))}
	for _, id := range ids {
		if w := float32(c.acc[id]); w > 1e-9 {
			prof.IDs = append(prof.IDs, id)
			prof.W = append(prof.W, w)
		}
		c.acc[id] = 0
	}
	st.Profile = prof.truncate(c.st.Opt.CentroidTerms)
	if len(evs) > 0 {
		c.index(c.st.StoryPostings, st.Profile, s)
	}
}

// central returns the member of event e closest to its centroid (ties: earliest).
func (c *Clusterer) central(e int32) int32 {
	ev := &c.st.Events[e]
	best, bestSim := int32(-1), -1.0
	for _, a := range ev.Articles {
		if s := cosine(c.st.Articles[a].Vec, ev.Cent); s > bestSim {
			best, bestSim = a, s
		}
	}
	return best
}

func (c *Clusterer) eventView(e int32) Event {
	ev := &c.st.Events[e]
	out := Event{ID: eventID(e), Articles: make([]string, 0, len(ev.Articles))}
	arts := append([]int32(nil), ev.Articles...)
	sort.Slice(arts, func(i, j int) bool { return arts[i] < arts[j] })
	for _, a := range arts {
		out.Articles = append(out.Articles, c.st.Articles[a].ID)
	}
	if ca := c.central(e); ca >= 0 {
		out.Title = c.st.Articles[ca].Title
	}
	if s := c.aliveStory(ev.Story); s >= 0 {
		out.Storyline = storyID(s)
	}
	return out
}

// Events lists the events in order of creation, each with its articles in arrival order.
func (c *Clusterer) Events() []Event {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Event
	for e := range c.st.Events {
		if c.alive(int32(e)) == int32(e) {
			out = append(out, c.eventView(int32(e)))
		}
	}
	return out
}

// Storylines lists the storylines in order of creation, with their events and articles.
func (c *Clusterer) Storylines() []Storyline {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Storyline
	for s := range c.st.Stories {
		st := &c.st.Stories[s]
		if st.Merged >= 0 {
			continue
		}
		var evs []int32
		for _, e := range st.Events {
			if c.alive(e) == e && c.aliveStory(c.st.Events[e].Story) == int32(s) {
				evs = append(evs, e)
			}
		}
		if len(evs) == 0 {
			continue
		}
		slices.Sort(evs)
		evs = slices.Compact(evs)
		sl := Storyline{ID: storyID(int32(s))}
		var arts []int32
		biggest := evs[0]
		for _, e := range evs {
			sl.Events = append(sl.Events, eventID(e))
			arts = append(arts, c.st.Events[e].Articles...)
			if len(c.st.Events[e].Articles) > len(c.st.Events[biggest].Articles) {
				biggest = e
			}
		}
		sort.Slice(arts, func(i, j int) bool { return arts[i] < arts[j] })
		for _, a := range arts {
			sl.Articles = append(sl.Articles, c.st.Articles[a].ID)
		}
		// The storyline is named after its most reported event.
		if ca := c.central(biggest); ca >= 0 {
			sl.Title = c.st.Articles[ca].Title
		}
		out = append(out, sl)
	}
	return out
}

// Explain returns an event's articles with the reasons they were placed there, for
// "crosscheck story ID". ok is false when there is no such event.
func (c *Clusterer) Explain(eventID string) (EventExplanation, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.lookupEvent(eventID)
	if !ok {
		return EventExplanation{}, false
	}
	ev := &c.st.Events[e]
	out := EventExplanation{Event: c.eventView(e)}
	arts := append([]int32(nil), ev.Articles...)
	sort.Slice(arts, func(i, j int) bool { return arts[i] < arts[j] })
	for _, a := range arts {
		r := &c.st.Articles[a]
		out.Articles = append(out.Articles, ArticleExplanation{Article: r.ID, Title: r.Title,
			Centrality: round(cosine(r.Vec, ev.Cent)), Explanation: r.Expl})
	}
	out.TopTerms, out.TopNames, _ = c.shared(ev.Cent, ev.Cent, 10)
	for _, k := range c.st.Corrections {
		if k.Event == out.Event.ID || k.Other == out.Event.ID {
			out.Corrections = append(out.Corrections, k)
		}
	}
	return out, true
}

// Assignment returns where an article is now and why; ok is false for an unknown id.
func (c *Clusterer) Assignment(articleID string) (Assignment, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ai, ok := c.byID[articleID]
	if !ok {
		return Assignment{}, false
	}
	return c.assignment(ai), true
}

// lookupEvent resolves an event id, following merges.
func (c *Clusterer) lookupEvent(id string) (int32, bool) {
	e, ok := parseID(id, "e")
	if !ok || int(e) >= len(c.st.Events) {
		return -1, false
	}
	e = c.alive(e)
	return e, e >= 0
}

// Storylines are chosen when an event opens, against the whole profile of each candidate:
// a follow-up that opens before its storyline's other follow-ups may miss it and open a
// storyline of its own, which later events then join. linkStorylines repairs that split each
// time an event changes: it compares the event with the member events of nearby storylines
// on their characteristic features only (the heaviest IndexTerms, the ones entered in the
// index), where a whole-vector cosine is diluted by everything else the reports say.
const (
	// storyLinkShared is how many characteristic features two events of one storyline must
	// share: one alone ("said", a city) is often chance.
	storyLinkShared = 2
	// storyLinkEvents bounds the events of a storyline compared (the first and most recent).
	storyLinkEvents = 16
)

// linkStorylines merges into event e's storyline every other storyline within StoryWindow
// holding an event that shares at least storyLinkShared characteristic features with e and
// reaches half StoryThreshold on them. The later storylines are merged into the earliest, so
// that ids stay stable and the result does not depend on which event triggered it.
func (c *Clusterer) linkStorylines(e int32) {
	e = c.alive(e)
	if e < 0 {
		return
	}
	s := c.storyOf(e)
	if s < 0 {
		return
	}
	o := &c.st.Opt
	core := c.st.Events[e].core
	cands := c.candidates(core, c.st.StoryPostings, func(t int32) int32 {
		t = c.resolveStory(t)
		if t == s || t >= 0 && len(c.st.Stories[t].Events) == 0 {
			return -1
		}
		return t
	})
	sort.Slice(cands, func(i, j int) bool { return cands[i] < cands[j] })
	group := []int32{s}
	for _, t := range cands {
		if c.storyLinked(e, core, t) {
			group = append(group, t)
		}
	}
	if len(group) == 1 {
		return
	}
	sort.Slice(group, func(i, j int) bool { return group[i] < group[j] })
	into := group[0]
	// Rebuilding re-adds every member article, so the profile does not depend on the order
	// of the merges; a storyline that has run for months holds too many articles for that
	// on every merge, so beyond storyRebuildArticles the profiles are summed instead.
	rebuild := c.storyArticlesAtMost(group, storyRebuildArticles)
	dst := &c.st.Stories[into]
	for _, t := range group[1:] {
		from := &c.st.Stories[t]
		from.Merged = into
		if len(from.Events) > len(dst.Events) {
			// The order of the list does not matter (readers sort it), so the shorter one is
			// copied: a long storyline merged into a young one costs no more than the reverse.
			dst.Events, from.Events = from.Events, dst.Events
		}
		dst.Events = append(dst.Events, from.Events...)
		if !rebuild {
			dst.Profile = add(dst.Profile, from.Profile, 1)
			widenTime(&dst.Lo, &dst.Hi, &dst.HasTime, from.Lo, from.Hi, from.HasTime)
		}
		from.Events, from.Profile = nil, sparse{}
	}
	if rebuild {
		c.rebuildStory(into)
		return
	}
	dst.Profile = dst.Profile.truncate(o.CentroidTerms)
	c.index(c.st.StoryPostings, dst.Profile, into)
}

// storyRebuildArticles is the most articles a storyline merge re-adds one by one.
const storyRebuildArticles = 256

// storyArticlesAtMost reports whether the storylines together hold at most n articles,
// looking at no more than n of their event entries.
func (c *Clusterer) storyArticlesAtMost(stories []int32, n int) bool {
	total, seen := 0, 0
	for _, s := range stories {
		for _, e := range c.st.Stories[s].Events {
			if seen++; seen > n {
				return false
			}
			if e = c.alive(e); e >= 0 {
				if total += len(c.st.Events[e].Articles); total > n {
					return false
				}
			}
		}
	}
	return true
}

// storyLinked reports whether event e (whose characteristic features are core) belongs with
// storyline t: close enough in time, and sharing enough characteristic features with one of
// its events.
func (c *Clusterer) storyLinked(e int32, core sparse, t int32) bool {
	o := &c.st.Opt
	ev, st := &c.st.Events[e], &c.st.Stories[t]
	if ev.HasTime && st.HasTime &&
		time.Duration(gap(ev.Lo, ev.Hi, st.Lo, st.Hi))*time.Second > o.StoryWindow {
		return false
	}
	evs := st.Events
	if len(evs) > storyLinkEvents {
		const first = storyLinkEvents / 4
		evs = append(append([]int32(nil), evs[:first]...), evs[len(evs)-(storyLinkEvents-first):]...)
	}
	for _, x := range evs {
		if x = c.alive(x); x < 0 || x == e || c.storyOf(x) != t {
			continue
		}
		other := c.st.Events[x].core
		if sharedCount(core, other) >= storyLinkShared && cosine(core, other) >= o.StoryThreshold/2 {
			return true
		}
	}
	return false
}

// sharedCount is the number of features a and b both hold.
func sharedCount(a, b sparse) int {
	n, i, j := 0, 0, 0
	for i < len(a.IDs) && j < len(b.IDs) {
		switch {
		case a.IDs[i] < b.IDs[j]:
			i++
		case a.IDs[i] > b.IDs[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
