package app

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"crosscheck/article"
	"crosscheck/figure"
	"crosscheck/place"
	"crosscheck/quote"
	"crosscheck/store"
	"crosscheck/timex"
	"crosscheck/view"
)

// Story synthesises one event ("e3") or storyline ("s1"): its articles with the reasons they
// are there, a summary whose every sentence cites the articles that say it, a timeline of
// resolved dates, the figures grouped by what they measure with conflicts flagged, who said
// what, and the statements only one rewrite makes.
func Story(ctx context.Context, s store.Store, id string) (*view.Story, error) {
	st, err := Stories(ctx, s)
	if err != nil {
		return nil, err
	}
	pr, err := Placement(ctx, s)
	if err != nil {
		return nil, err
	}
	story := &view.Story{ID: id, Events: []view.Event{}, Articles: []view.StoryArticle{}, Summary: []view.Cited{},
		Timeline: []view.Dated{}, Figures: []figure.Quantity{}, Quotes: []view.Said{}, DerivedFrom: []view.Derived{}, Unsupported: []view.Unsupported{}}
	var ids []string
	events := map[string]view.Event{}
	for _, e := range st.Events {
		events[e.ID] = e
	}
	if e, ok := events[id]; ok {
		story.Kind, story.Title, story.From, story.To = "event", e.Title, e.From, e.To
		story.Events = append(story.Events, e)
		ids = e.Articles
	}
	for _, l := range st.Storylines {
		if l.ID == id {
			story.Kind, story.Title = "storyline", l.Title
			for _, eid := range l.Events {
				e := events[eid]
				story.Events = append(story.Events, e)
				if e.From != "" && (story.From == "" || e.From < story.From) {
					story.From = e.From
				}
				if e.To > story.To {
					story.To = e.To
				}
			}
			ids = l.Articles
		}
	}
	if story.Kind == "" {
		return nil, fmt.Errorf("story %q: %w ('crosscheck stories' lists event ids e1.. and storyline ids s1..)", id, store.ErrNotFound)
	}
	in := map[string]bool{}
	var recs []*store.Record
	for _, aid := range ids {
		r, err := s.Get(ctx, aid)
		if err != nil {
			return nil, err
		}
		in[aid] = true
		recs = append(recs, r)
	}
	estimated := map[string]string{}
	for _, d := range st.DerivedFrom {
		if in[d.Article] {
			story.DerivedFrom = append(story.DerivedFrom, d)
			estimated[d.Article] = d.EstimatedPublished
		}
	}
	for _, u := range st.Unsupported {
		if in[u.Article] {
			story.Unsupported = append(story.Unsupported, u)
		}
	}
	var figs []figure.Reported
	var quotes []quote.Reported
	for _, r := range recs {
		a := r.Article
		sa := view.StoryArticle{ID: a.ID, Title: view.Title(a), Published: a.Published, Estimated: estimated[a.ID], Source: a.Source, Credits: a.Credits}
		if as, err := pr.Assignment(ctx, a.ID); err == nil {
			sa.Event, sa.Explanation, sa.Why = as.Event, as.Explanation, why(as.Explanation)
		}
		story.Articles = append(story.Articles, sa)
		for _, f := range r.Analysis.Figures {
			figs = append(figs, figure.Reported{Article: a.ID, Figure: f})
		}
		for _, q := range r.Analysis.Quotes {
			quotes = append(quotes, quote.Reported{Article: a.ID, Quote: q})
		}
		if t, ok := timex.Published(a); ok {
			story.Timeline = append(story.Timeline, view.Dated{Value: t.Value, Text: "published", Article: a.ID, Start: -1, End: -1, Published: true})
		}
		story.Timeline = append(story.Timeline, timeline(r)...)
	}
	sort.SliceStable(story.Timeline, func(i, j int) bool { return story.Timeline[i].Value < story.Timeline[j].Value })
	for _, q := range figure.Group(figs) {
		if q.Significant() {
			story.Figures = append(story.Figures, q)
		}
	}
	for _, g := range quote.Link(quotes) {
		if g.Speaker == "" {
			continue // who-said-what lists attributed statements only
		}
		direct := false
		for _, m := range g.Members {
			direct = direct || quotes[m].Quote.Direct
		}
		story.Quotes = append(story.Quotes, view.Said{Speaker: g.Speaker, Text: g.Text, Articles: g.Articles, Reworded: g.Reworded, Direct: direct})
	}
	sort.SliceStable(story.Quotes, func(i, j int) bool {
		if len(story.Quotes[i].Articles) != len(story.Quotes[j].Articles) {
			return len(story.Quotes[i].Articles) > len(story.Quotes[j].Articles)
		}
		return story.Quotes[i].Speaker < story.Quotes[j].Speaker
	})
	story.Summary = summarize(recs, unsupportedSet(story.Unsupported))
	return story, nil
}

// timeline lists the article's resolved dates (not durations or sets) with their sentences.
func timeline(r *store.Record) []view.Dated {
	var out []view.Dated
	rs := article.NewRunes(r.Article.Text)
	for _, t := range r.Analysis.Times {
		if t.Type != article.TimeDate || t.Value == "" || strings.HasSuffix(t.Value, "_REF") {
			continue
		}
		sent := t.Text
		if i := r.Analysis.SentenceAt(t.Start); i >= 0 {
			s := r.Analysis.Sentences[i]
			sent = rs.Slice(s.Start, s.End)
		}
		out = append(out, view.Dated{Value: t.Value, Text: t.Text, Sentence: sent, Article: r.Article.ID, Start: t.Start, End: t.End})
	}
	return out
}

func unsupportedSet(us []view.Unsupported) map[string]bool {
	m := map[string]bool{}
	for _, u := range us {
		m[fmt.Sprintf("%s:%d", u.Article, u.Start)] = true
	}
	return m
}

// why says in one line why an article is in its event.
func why(e place.Explanation) string {
	var b strings.Builder
	b.WriteString(e.Reason)
	if e.Source != "" {
		fmt.Fprintf(&b, " (source %s)", e.Source)
	}
	if e.Probability > 0 {
		fmt.Fprintf(&b, "; same happening as %s with probability %.2f (needed %.2f)", e.Candidate, e.Probability, e.Threshold)
	}
	if e.GapHours > 0 {
		fmt.Fprintf(&b, "; %.0f h apart", e.GapHours)
	}
	if len(e.SharedNames) > 0 {
		fmt.Fprintf(&b, "; shared names: %s", strings.Join(e.SharedNames, ", "))
	}
	if len(e.SharedTerms) > 0 {
		fmt.Fprintf(&b, "; shared terms: %s", strings.Join(e.SharedTerms, ", "))
	}
	return b.String()
}
