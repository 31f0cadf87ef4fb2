package stream

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"crosscheck/place"
	"crosscheck/store"
)

// PairError is one pair a window's gold and the run disagree on: two articles of one gold
// event placed apart (missed) or two of different gold events placed together (wrong), with
// what the placer saw of them, so that a window's errors can be read and classed by cause.
type PairError struct {
	Kind string      `json:"kind"` // "missed" or "wrong"
	A    PairArticle `json:"a"`    // the earlier article (file order)
	B    PairArticle `json:"b"`
	// Offered: the candidate index brought one to the other when it was placed, so the pair
	// model scored them; else nothing compared them directly.
	Offered bool `json:"offered"`
	// Prob is the pair model's probability (0 when a rule keeps the two apart, Apart says
	// which), Raw the model's probability without the rules; Threshold the model's.
	Prob      float64 `json:"probability"`
	Raw       float64 `json:"raw"`
	Threshold float64 `json:"threshold"`
	Apart     string  `json:"apart,omitempty"`
	// Features are the pair's largest contributions to the model's log-odds (weight times
	// the standardised feature), largest magnitude first.
	Features []Contribution `json:"features,omitempty"`
	Cause    string         `json:"cause"` // the class the scorer can tell by itself
}

// PairArticle is one side of a PairError.
type PairArticle struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Site      string `json:"site"`
	Title     string `json:"title"`
	Event     string `json:"event"`      // the event the run placed it in
	GoldEvent string `json:"gold_event"` // its gold event
	// Reason is how the placer placed it (its explanation: the rule or candidate that
	// decided, or why it opened an event).
	Reason string `json:"reason"`
}

// Contribution is one feature's share of a pair's log-odds.
type Contribution struct {
	Feature string  `json:"feature"`
	Value   float64 `json:"value"` // the feature as computed
	LogOdds float64 `json:"log_odds"`
}

// The causes the scorer tells by itself (the rest is reading).
const (
	CauseNotOffered = "never compared: the candidate index did not bring them together"
	CauseRule       = "kept apart by a rule"
	CauseBelow      = "compared, below the threshold"
	CauseElsewhere  = "compared at or above the threshold, placed apart (a better event, the event's span, or a later move)"
	CauseDirect     = "joined directly: compared at or above the threshold"
	CauseIndirect   = "joined through other articles: compared below the threshold (support, a rule, or a third article)"
	CauseThird      = "joined through other articles: never compared"
)

// pairKey is an unordered pair of stored article ids.
type pairKey struct{ a, b string }

func keyOf(a, b string) pairKey {
	if a > b {
		a, b = b, a
	}
	return pairKey{a, b}
}

// pairLog keeps every pair the placer scored (the last time, if it scored one twice).
type pairLog struct {
	mu    sync.Mutex
	pairs map[pairKey]place.Pair
}

// observe returns an Observe hook that logs the pairs and then calls next, if any.
func (l *pairLog) observe(next func(a, b string, p place.Pair)) func(a, b string, p place.Pair) {
	l.pairs = map[pairKey]place.Pair{}
	return func(a, b string, p place.Pair) {
		l.mu.Lock()
		l.pairs[keyOf(a, b)] = p
		l.mu.Unlock()
		if next != nil {
			next(a, b, p)
		}
	}
}

// pairErrors lists the window's missed and wrong pairs. items are in file order; stored maps
// an item's id to the id it is stored (and was placed) under.
func pairErrors(ctx context.Context, r *place.Reader, s store.Store, m *place.Model, log *pairLog, items []item, stored, pred, gold map[string]string) ([]PairError, error) {
	order := map[string]int{}
	for i, it := range items {
		order[it.ID] = i
	}
	ids := common(pred, gold)
	slices.SortFunc(ids, func(a, b string) int { return cmp.Compare(order[a], order[b]) })
	info := map[string]PairArticle{}
	side := func(id string) (PairArticle, error) {
		if a, ok := info[id]; ok {
			return a, nil
		}
		a := PairArticle{ID: id, Event: pred[id], GoldEvent: gold[id]}
		sid := stored[id]
		if rec, err := s.Get(ctx, sid); err == nil {
			a.Title, a.Published, a.Site = rec.Article.Title, rec.Article.Published, rec.Article.Site()
		}
		if as, err := r.Assignment(ctx, sid); err == nil {
			a.Reason = as.Explanation.Reason
			if c := as.Explanation.Candidate; c != "" {
				a.Reason += fmt.Sprintf(" (%s, %.2f)", c, as.Explanation.Probability)
			}
		}
		info[id] = a
		return a, nil
	}
	out := []PairError{}
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			samePred, sameGold := pred[a] == pred[b], gold[a] == gold[b]
			if samePred == sameGold {
				continue
			}
			pa, err := side(a)
			if err != nil {
				return nil, err
			}
			pb, err := side(b)
			if err != nil {
				return nil, err
			}
			e := PairError{Kind: "missed", A: pa, B: pb, Threshold: m.Threshold}
			if samePred {
				e.Kind = "wrong"
			}
			p, ok := log.pairs[keyOf(stored[a], stored[b])]
			if ok {
				e.Offered, e.Apart = true, p.Apart
				e.Prob, e.Raw = m.Prob(p), m.Raw(p.X[:])
				e.Features = contributions(m, p)
			}
			e.Cause = causeOf(e)
			out = append(out, e)
		}
	}
	return out, nil
}

func causeOf(e PairError) string {
	above := e.Offered && e.Prob >= e.Threshold
	if e.Kind == "missed" {
		switch {
		case !e.Offered:
			return CauseNotOffered
		case e.Apart != "":
			return CauseRule
		case above:
			return CauseElsewhere
		}
		return CauseBelow
	}
	switch {
	case !e.Offered:
		return CauseThird
	case above:
		return CauseDirect
	}
	return CauseIndirect
}

// contributions returns the pair's features by the size of their share of the log-odds.
func contributions(m *place.Model, p place.Pair) []Contribution {
	var cs []Contribution
	for i, w := range m.Weights {
		if i >= len(p.X) || i >= len(m.Names) {
			break
		}
		cs = append(cs, Contribution{Feature: m.Names[i], Value: p.X[i], LogOdds: w * (p.X[i] - m.Mean[i]) / m.Scale[i]})
	}
	slices.SortStableFunc(cs, func(a, b Contribution) int { return cmp.Compare(math.Abs(b.LogOdds), math.Abs(a.LogOdds)) })
	return cs
}

// PairErrorsText renders the pair errors for people: a count by cause, then every pair,
// missed first, each with both articles, the model's probability and its five largest
// contributions.
func PairErrorsText(errs []PairError) string {
	var b strings.Builder
	for _, kind := range []string{"missed", "wrong"} {
		var list []PairError
		n := map[string]int{}
		for _, e := range errs {
			if e.Kind == kind {
				list = append(list, e)
				n[e.Cause]++
			}
		}
		what := "missed pairs (one gold event, placed apart)"
		if kind == "wrong" {
			what = "wrong pairs (placed together, different gold events)"
		}
		fmt.Fprintf(&b, "%s: %d\n", what, len(list))
		causes := make([]string, 0, len(n))
		for c := range n {
			causes = append(causes, c)
		}
		slices.SortFunc(causes, func(x, y string) int {
			if n[x] != n[y] {
				return n[y] - n[x]
			}
			return strings.Compare(x, y)
		})
		for _, c := range causes {
			fmt.Fprintf(&b, "  %4d  %s\n", n[c], c)
		}
		// Grouped by the gold events (missed) or the predicted event (wrong), so one split
		// or one bridge reads as a block.
		slices.SortStableFunc(list, func(x, y PairError) int {
			if kind == "missed" {
				return strings.Compare(x.A.GoldEvent, y.A.GoldEvent)
			}
			return strings.Compare(x.A.Event, y.A.Event)
		})
		for _, e := range list {
			p := "not compared"
			if e.Offered {
				p = fmt.Sprintf("p %.2f", e.Prob)
				if e.Apart != "" {
					p = fmt.Sprintf("p 0 (raw %.2f; %s)", e.Raw, e.Apart)
				}
			}
			group := "gold " + e.A.GoldEvent
			if kind == "wrong" {
				group = "event " + e.A.Event
			}
			fmt.Fprintf(&b, "\n  [%s] %s, threshold %.2f — %s\n", group, p, e.Threshold, e.Cause)
			for _, a := range []PairArticle{e.A, e.B} {
				where := a.Event
				if kind == "wrong" {
					where = "gold " + a.GoldEvent
				}
				fmt.Fprintf(&b, "    %s %s %s %q [%s; %s]\n", a.ID, a.Published, a.Site, a.Title, where, a.Reason)
			}
			if len(e.Features) > 0 {
				var fs []string
				for _, c := range e.Features[:min(5, len(e.Features))] {
					fs = append(fs, fmt.Sprintf("%s %.2f (%+.2f)", c.Feature, c.Value, c.LogOdds))
				}
				fmt.Fprintf(&b, "    features: %s\n", strings.Join(fs, ", "))
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}
