package place

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// ApartSpan is why an article stays out of an event that would otherwise span too long.
const ApartSpan = "the event would span more than its happening's few days"

// Reasons an article is where it is.
const (
	ReasonOpened      = "opened new event"
	ReasonContent     = "joined by content"
	ReasonSupport     = "joined by content of several of its articles"
	ReasonMatch       = "joined a report of the same match on the same day"
	ReasonDerived     = "joined via derived-from"
	ReasonDerivedBack = "joined the event of an article derived from it"
	ReasonPinned      = "kept where a user put it"
	ReasonMerged      = "corrected: events merged"
	ReasonSplit       = "corrected: split into a new event"
	ReasonMoved       = "corrected: moved by a user"
)

// Explanation says why an article was placed where it is.
type Explanation struct {
	Reason string `json:"reason"`
	// Probability is the model's probability that the article reports the happening of the
	// event it joined (or, for a new event, of the best candidate), and Threshold what it
	// had to reach.
	Probability float64 `json:"probability"`
	Threshold   float64 `json:"threshold"`
	Candidate   string  `json:"candidate,omitempty"` // the article that decided
	GapHours    float64 `json:"gap_hours"`
	// SharedNames and SharedTerms are what the article and Candidate share in their
	// headlines and leads, rarest first.
	SharedNames []string `json:"shared_names,omitempty"`
	SharedTerms []string `json:"shared_terms,omitempty"`
	Candidates  int      `json:"candidates"` // articles compared
	// Support is the event's support (see Support) when several of its articles together,
	// and none alone, reached the threshold.
	Support float64 `json:"support,omitempty"`
	Source  string  `json:"source,omitempty"` // the derived-from article, when that decided
	// KeptApart lists events a rule kept the article out of, with the rule.
	KeptApart []string `json:"kept_apart,omitempty"`
	// ByHeadline: the body is only site furniture, so headline and lead decided.
	ByHeadline bool `json:"by_headline,omitempty"`
	// Storyline says how the event came into its storyline (set on the event's first
	// article, and on the article that linked it).
	Storyline string `json:"storyline_reason,omitempty"`
}

// decision is where an article goes.
type decision struct {
	event int64 // 0: a new event
	ex    Explanation
	best  *candidate
}

// derivedDays is the gap under which text reuse alone places an article with its source.
const derivedDays = 2

// reuseFloor is the pair model's probability under which text reuse does not place an
// article with its source (half the threshold where that is lower).
const reuseFloor = 0.3

// decide picks the event: the one a user pinned the article to; its source's event; the
// event of an article derived from it (either with some agreement of content); else the event whose most similar member the model
// finds likely enough to report the same happening; else a new event.
func (pl *placement) decide(prof *Profile, cands []candidate, source string, derivedFrom map[string]bool, pinned int64) (decision, error) {
	th := pl.p.opt.Model.Threshold
	d := decision{ex: Explanation{Threshold: th, Candidates: len(cands)}}
	if prof.Flags&FlagFurniture != 0 {
		d.ex.ByHeadline = true
	}
	if pinned != 0 {
		d.event, d.ex.Reason = pinned, ReasonPinned
		return d, nil
	}
	// Text reuse places an article with its source only where the content agrees at least
	// reuseFloor: reused site boilerplate or a shared ticker shell makes a derivation between
	// reports of different happenings, and such pairs score far below it (on the labelled
	// windows every derived join under 0.3 was wrong). The floor is a probability of its own,
	// not a share of the threshold: a threshold chosen higher for joins by content says
	// nothing about how much content a rewrite must share with its source.
	//
	// And only within a day: text reused two or more days later is background (a cup
	// tie's second leg retelling the first, a transfer done that was a rumour, a
	// president's withdrawal quoting the pressure on him); the content must decide.
	floor := min(reuseFloor, th/2)
	reuse := func(c *candidate) bool {
		return !c.tooLong && c.pair.Apart == "" && c.prob >= floor && gapDays(prof.Time, c.prof.Time) < derivedDays
	}
	for i := range cands {
		c := &cands[i]
		if source != "" && c.prof.ID == source && reuse(c) {
			d.event, d.best, d.ex.Reason, d.ex.Source = c.event, c, ReasonDerived, source
			break
		}
	}
	if d.event == 0 {
		for i := range cands {
			c := &cands[i]
			if derivedFrom[c.prof.ID] && reuse(c) {
				d.event, d.best, d.ex.Reason, d.ex.Source = c.event, c, ReasonDerivedBack, c.prof.ID
				break
			}
		}
	}
	apart := map[int64]string{}
	if d.event == 0 {
		// The best member of each event speaks for it (cands are sorted best first).
		for i := range cands {
			c := &cands[i]
			if (c.pair.Apart != "" || c.tooLong) && c.raw >= th {
				if _, ok := apart[c.event]; !ok {
					why := c.pair.Apart
					if why == "" {
						why = ApartSpan
					}
					apart[c.event] = why
				}
			}
			if d.best == nil {
				d.best = c
			}
		}
		if d.best != nil && d.best.prob >= th {
			d.event, d.ex.Reason = d.best.event, ReasonContent
		}
		if d.event == 0 {
			// Several members of one event each fairly likely to report the article's
			// happening say more than the best of them alone.
			if c, sup := supported(cands, th); c != nil {
				d.event, d.best, d.ex.Reason, d.ex.Support = c.event, c, ReasonSupport, round3(sup)
			}
		}
		if d.event == 0 {
			if c := matchJoin(prof, cands, th); c != nil {
				d.event, d.best, d.ex.Reason = c.event, c, ReasonMatch
			}
		}
	}
	if d.event == 0 {
		d.ex.Reason = ReasonOpened
	}
	for e, why := range apart {
		if e != d.event {
			d.ex.KeptApart = append(d.ex.KeptApart, fmt.Sprintf("e%d: %s", e, why))
		}
	}
	slices.Sort(d.ex.KeptApart)
	if d.best != nil {
		d.ex.Probability = round3(d.best.prob)
		d.ex.Candidate = d.best.prof.ID
		d.ex.GapHours = math.Round(gapDays(prof.Time, d.best.prof.Time)*24*10) / 10
		if prof.Time == 0 || d.best.prof.Time == 0 {
			d.ex.GapHours = 0
		}
		if err := pl.shared(prof, d.best.prof, &d.ex); err != nil {
			return d, err
		}
	}
	return d, nil
}

// shared fills the explanation with the names and terms two articles' headlines and leads
// share, rarest first (at most five each).
func (pl *placement) shared(a, b *Profile, ex *Explanation) error {
	type tw struct {
		id  uint32
		idf float64
	}
	var ids []tw
	j := 0
	for _, t := range a.Lead {
		for j < len(b.Lead) && b.Lead[j].ID < t.ID {
			j++
		}
		if j < len(b.Lead) && b.Lead[j].ID == t.ID {
			idf, err := pl.v.IDF(t.ID)
			if err != nil {
				return err
			}
			ids = append(ids, tw{t.ID, idf})
		}
	}
	slices.SortFunc(ids, func(x, y tw) int {
		if x.idf != y.idf {
			if x.idf > y.idf {
				return -1
			}
			return 1
		}
		return int(x.id) - int(y.id)
	})
	var want []uint32
	for _, t := range ids {
		want = append(want, t.id)
	}
	keys, err := terms(pl.ctx, pl.tx, want, pl.p.c)
	if err != nil {
		return err
	}
	for _, t := range ids {
		k := keys[t.id]
		switch {
		case strings.HasPrefix(k, keyName) && len(ex.SharedNames) < 5:
			ex.SharedNames = append(ex.SharedNames, k[len(keyName):])
		case strings.HasPrefix(k, keyTerm) && len(ex.SharedTerms) < 5:
			ex.SharedTerms = append(ex.SharedTerms, k[len(keyTerm):])
		}
	}
	return nil
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// Event support: an article joins an event none of whose members alone is likely enough to
// report its happening when the best member's probability plus supportWeight times the
// second's reaches the threshold, the second being at least supportFloor of the threshold.
// Two reports that each share part of the story with the article are more than either:
// left out, independent reports of one happening opened events of their own (measured by
// leaving each labelled window out, docs/quality.md).
const (
	supportWeight = 0.5
	supportFloor  = 0.5
)

// Support is an event's support for an article from its two most probable members.
func Support(best, second, threshold float64) float64 {
	if second < supportFloor*threshold {
		return best
	}
	return best + supportWeight*second
}

// supported returns the best member of the event with the highest support reaching the
// threshold (nil when none does), and that support. cands are sorted best first; rules
// and spans have set the probability of members they keep apart to 0.
func supported(cands []candidate, th float64) (*candidate, float64) {
	type top struct {
		first  *candidate
		second float64
	}
	tops := map[int64]*top{}
	var order []int64
	for i := range cands {
		c := &cands[i]
		t, ok := tops[c.event]
		if !ok {
			tops[c.event] = &top{first: c}
			order = append(order, c.event)
			continue
		}
		t.second = max(t.second, c.prob)
	}
	var best *candidate
	bs := 0.0
	for _, e := range order {
		t := tops[e]
		if s := Support(t.first.prob, t.second, th); s >= th && s > bs {
			best, bs = t.first, s
		}
	}
	return best, bs
}

// matchFloor is the share of the threshold a same-match join needs from the pair model
// (measured leaving each window out, any floor from 0 to half the threshold scores alike).
const matchFloor = 0.25

// sameDay reports whether two articles are dated the same day (both dated, under a day apart).
func sameDay(a, b *Profile) bool {
	return a.Time != 0 && b.Time != 0 && gapDays(a.Time, b.Time) < 1
}

// matchJoin returns the candidate whose event an article joins as a report of the same match
// on the same day (nil: none): one headline names the pairing ("Rumänien gegen Ukraine heute
// im Live-Ticker"), the other both its sides ("Rumänien schlägt Ukraine deutlich"). Their
// words differ (a ticker is minutes and players' names), but a match is played once a day.
// Neither may announce (a listing, a live page flagged as a preview), no rule may keep them
// apart, and the pair model must give matchFloor of the threshold.
func matchJoin(prof *Profile, cands []candidate, th float64) *candidate {
	if prof.Flags&FlagPreview != 0 {
		return nil
	}
	for i := range cands {
		c := &cands[i]
		if c.pair.Apart == "" && !c.tooLong && c.raw >= th*matchFloor && c.prof.Flags&FlagPreview == 0 &&
			sameDay(prof, c.prof) && matchPair(prof, c.prof) {
			return c
		}
	}
	return nil
}
