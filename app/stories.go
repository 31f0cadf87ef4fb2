package app

import (
	"context"
	"sort"

	"crosscheck/article"
	"crosscheck/link"
	"crosscheck/place"
	"crosscheck/store"
	"crosscheck/view"
)

// Stories builds the contract's stories object from what the store holds: events and
// storylines from the placement tables, derived-from links and unsupported sentences from
// the linking stage, dates and sources from the articles.
func Stories(ctx context.Context, s store.Store) (*view.Stories, error) {
	r, err := PlacementReader(ctx, s)
	if err != nil {
		return nil, err
	}
	events, err := r.Events(ctx)
	if err != nil {
		return nil, err
	}
	lines, err := r.Storylines(ctx)
	if err != nil {
		return nil, err
	}
	ds, err := r.Derivations(ctx)
	if err != nil {
		return nil, err
	}
	meta := map[string]*article.Article{}
	err = s.List(ctx, func(m store.Meta) error {
		meta[m.ID] = m.Article()
		return nil
	})
	if err != nil {
		return nil, err
	}
	return buildStories(events, lines, ds, meta), nil
}

func buildStories(events []place.Event, lines []place.Storyline, ds []link.Derivation, meta map[string]*article.Article) *view.Stories {
	out := &view.Stories{Events: []view.Event{}, Storylines: []view.Storyline{}, DerivedFrom: []view.Derived{}, Unsupported: []view.Unsupported{}}
	estimated := map[string]string{}
	via := map[string][]string{}
	sort.Slice(ds, func(i, j int) bool { return ds[i].Article < ds[j].Article })
	for _, d := range ds {
		out.DerivedFrom = append(out.DerivedFrom, view.Derived{Article: d.Article, Source: d.Source, Kind: d.Kind,
			Coverage: d.Coverage, Via: d.Via, EstimatedPublished: d.EstimatedPublished})
		estimated[d.Article] = d.EstimatedPublished
		via[d.Article] = d.Via
		for _, u := range d.Unsupported {
			out.Unsupported = append(out.Unsupported, view.Unsupported{Article: u.Article, Start: u.Start, End: u.End, Text: u.Text, Source: u.Source, Partial: u.Partial})
		}
	}
	for _, e := range events {
		v := view.Event{ID: e.ID, Title: e.Title, Articles: nonNilIDs(e.Articles), Storyline: e.Storyline}
		seen := map[string]bool{}
		for _, id := range e.Articles {
			a := meta[id]
			if a == nil {
				continue
			}
			date := a.Published
			if date == "" {
				date = estimated[id]
			}
			if len(date) > 10 {
				date = date[:10]
			}
			if date != "" {
				if v.From == "" || date < v.From {
					v.From = date
				}
				if date > v.To {
					v.To = date
				}
			}
			src := a.Source
			if src == "" && len(a.Credits) > 0 {
				src = a.Credits[0]
			}
			if src == "" && len(via[id]) > 0 {
				src = via[id][0]
			}
			if src != "" && !seen[src] {
				seen[src] = true
				v.Sources = append(v.Sources, src)
			}
		}
		sort.Strings(v.Sources)
		out.Events = append(out.Events, v)
	}
	for _, l := range lines {
		out.Storylines = append(out.Storylines, view.Storyline{ID: l.ID, Title: l.Title, Events: nonNilIDs(l.Events), Articles: nonNilIDs(l.Articles)})
	}
	return out
}

func nonNilIDs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
