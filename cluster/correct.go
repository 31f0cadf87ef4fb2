package cluster

import (
	"fmt"
	"sort"
)

// Correction is one user decision, kept in the state so that later arrivals respect it.
type Correction struct {
	Kind     string   `json:"kind"` // "merge", "split" or "move"
	Event    string   `json:"event"`
	Other    string   `json:"other,omitempty"` // merge: the event merged in; split: the new event; move: the event left
	Articles []string `json:"articles,omitempty"`
	Seq      int      `json:"seq"` // articles placed when the correction was made
}

// Corrections lists the corrections made so far, oldest first.
func (c *Clusterer) Corrections() []Correction {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Correction(nil), c.st.Corrections...)
}

// Relink records that article derives from derivedFrom, found after both were placed, and
// moves the article into its source's event. An article a user has placed is left where it
// is (the returned assignment says so).
func (c *Clusterer) Relink(articleID, derivedFrom string) (Assignment, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ai, ok := c.byID[articleID]
	if !ok {
		return Assignment{}, fmt.Errorf("cluster: relink: unknown article %q", articleID)
	}
	si, ok := c.byID[derivedFrom]
	if !ok || si == ai {
		return Assignment{}, fmt.Errorf("cluster: relink: unknown source %q", derivedFrom)
	}
	c.relink(ai, si)
	return c.assignment(ai), nil
}

// relink moves article ai into the event of its source si, unless a user placed it.
func (c *Clusterer) relink(ai, si int32) {
	r := &c.st.Articles[ai]
	r.DerivedFrom = c.st.Articles[si].ID
	to, from := c.alive(c.st.Articles[si].Event), c.alive(r.Event)
	if r.Pinned || to < 0 || to == from {
		return
	}
	c.move(ai, to)
	r = &c.st.Articles[ai]
	ex := c.explain(r.Vec, r.Lo, r.Hi, r.HasTime, to)
	ex.Reason, ex.Source = ReasonRelinked, r.DerivedFrom
	r.Expl = ex
}

// move takes article ai out of its event and into event to (a new one when to < 0, in the
// storyline of the event it left), rebuilding what changed.
func (c *Clusterer) move(ai, to int32) int32 {
	r := &c.st.Articles[ai]
	from := c.alive(r.Event)
	fromStory := int32(-1)
	if from >= 0 {
		ev := &c.st.Events[from]
		fromStory = c.aliveStory(ev.Story)
		for i, a := range ev.Articles {
			if a == ai {
				ev.Articles = append(ev.Articles[:i:i], ev.Articles[i+1:]...)
				break
			}
		}
		c.rebuildEvent(from)
	}
	opened := to < 0
	if opened {
		to = c.newEvent()
		c.st.Events[to].Story = fromStory
	}
	c.st.Articles[ai].Event = to
	ev := &c.st.Events[to]
	ev.Articles = append(ev.Articles, ai)
	sort.Slice(ev.Articles, func(i, j int) bool { return ev.Articles[i] < ev.Articles[j] })
	c.rebuildEvent(to)
	if opened {
		if fromStory >= 0 {
			st := &c.st.Stories[fromStory]
			st.Events = append(st.Events, to)
		} else {
			c.joinStoryline(to, -1)
		}
	}
	for _, s := range uniq(fromStory, c.aliveStory(c.st.Events[to].Story)) {
		c.rebuildStory(s)
	}
	return to
}

func uniq(xs ...int32) []int32 {
	var out []int32
	for _, x := range xs {
		if x < 0 {
			continue
		}
		dup := false
		for _, y := range out {
			dup = dup || x == y
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

// Merge puts every article of event b into event a; b's id then resolves to a, and later
// arrivals can only join the merged event. Their storylines are merged too.
func (c *Clusterer) Merge(a, b string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	ea, ok := c.lookupEvent(a)
	if !ok {
		return fmt.Errorf("cluster: merge: unknown event %q", a)
	}
	eb, ok := c.lookupEvent(b)
	if !ok {
		return fmt.Errorf("cluster: merge: unknown event %q", b)
	}
	if ea == eb {
		return nil
	}
	evA, evB := &c.st.Events[ea], &c.st.Events[eb]
	names := make([]string, 0, len(evB.Articles))
	for _, x := range evB.Articles {
		c.st.Articles[x].Event = ea
		c.st.Articles[x].Pinned = true
		names = append(names, c.st.Articles[x].ID)
	}
	for _, x := range evA.Articles {
		c.st.Articles[x].Pinned = true
	}
	evA.Articles = append(evA.Articles, evB.Articles...)
	sort.Slice(evA.Articles, func(i, j int) bool { return evA.Articles[i] < evA.Articles[j] })
	evB.Articles, evB.Merged = nil, ea
	c.setCent(evB, sparse{})
	c.rebuildEvent(ea)
	sa, sb := c.aliveStory(evA.Story), c.aliveStory(evB.Story)
	if sa >= 0 && sb >= 0 && sa != sb {
		lo, hi := min(sa, sb), max(sa, sb)
		c.st.Stories[hi].Merged = lo
		c.st.Stories[lo].Events = append(c.st.Stories[lo].Events, c.st.Stories[hi].Events...)
		c.st.Stories[hi].Events = nil
		evA.Story = lo
		sa = lo
	}
	if sa >= 0 {
		c.rebuildStory(sa)
	}
	for i := range c.st.Articles {
		if c.st.Articles[i].Event == eb {
			c.st.Articles[i].Event = ea
		}
	}
	c.st.Corrections = append(c.st.Corrections, Correction{Kind: "merge", Event: eventID(ea), Other: eventID(eb),
		Articles: names, Seq: len(c.st.Articles)})
	return nil
}

// Split takes the named articles out of an event into a new one (same storyline) and
// returns its id. Every article of both parts is pinned, so no automatic move mixes them.
func (c *Clusterer) Split(eventID string, articles []string) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.lookupEvent(eventID)
	if !ok {
		return "", fmt.Errorf("cluster: split: unknown event %q", eventID)
	}
	var take []int32
	seen := map[int32]bool{}
	for _, id := range articles {
		ai, ok := c.byID[id]
		if !ok || c.alive(c.st.Articles[ai].Event) != e {
			return "", fmt.Errorf("cluster: split: article %q is not in event %s", id, eventID)
		}
		if !seen[ai] {
			seen[ai] = true
			take = append(take, ai)
		}
	}
	if len(take) == 0 || len(take) >= len(c.st.Events[e].Articles) {
		return "", fmt.Errorf("cluster: split: must leave at least one article in %s and take at least one", eventID)
	}
	sort.Slice(take, func(i, j int) bool { return take[i] < take[j] })
	for _, a := range c.st.Events[e].Articles {
		c.st.Articles[a].Pinned = true
	}
	ne := c.move(take[0], -1)
	for _, ai := range take[1:] {
		c.move(ai, ne)
	}
	var names []string
	for _, ai := range take {
		c.st.Articles[ai].Expl.Reason = ReasonSplit
		names = append(names, c.st.Articles[ai].ID)
	}
	id := eventIDOf(ne)
	c.st.Corrections = append(c.st.Corrections, Correction{Kind: "split", Event: eventIDOf(e), Other: id,
		Articles: names, Seq: len(c.st.Articles)})
	return id, nil
}

// Move puts an article into another event (a new one when event is ""), and pins it there.
func (c *Clusterer) Move(articleID, eventID string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	ai, ok := c.byID[articleID]
	if !ok {
		return fmt.Errorf("cluster: move: unknown article %q", articleID)
	}
	to := int32(-1)
	if eventID != "" {
		if to, ok = c.lookupEvent(eventID); !ok {
			return fmt.Errorf("cluster: move: unknown event %q", eventID)
		}
	}
	from := c.alive(c.st.Articles[ai].Event)
	if to == from {
		c.st.Articles[ai].Pinned = true
		return nil
	}
	to = c.move(ai, to)
	r := &c.st.Articles[ai]
	r.Pinned = true
	r.Expl.Reason = ReasonMoved
	left := ""
	if from >= 0 {
		left = eventIDOf(from)
	}
	c.st.Corrections = append(c.st.Corrections, Correction{Kind: "move", Event: eventIDOf(to), Other: left,
		Articles: []string{articleID}, Seq: len(c.st.Articles)})
	return nil
}

func eventIDOf(e int32) string { return eventID(e) }
