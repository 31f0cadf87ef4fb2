package story

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/link"
	"crosscheck/store"
)

// ErrNotFound is returned for a story id that placement does not know (it wraps
// store.ErrNotFound, so callers may test for either).
var ErrNotFound = fmt.Errorf("story: %w", store.ErrNotFound)

// Articles is where the stage reads stored articles (store.Store satisfies it).
type Articles interface {
	Get(ctx context.Context, id string) (*store.Record, error)
}

// Builder builds story models from stored articles and placement.
type Builder struct {
	Articles  Articles
	Placement Placement
	Packs     *lang.Registry   // tokens and the story_* word lists per language
	Formats   *lang.Formatters // dates and figures per language
}

// build is one story under construction.
type build struct {
	b      *Builder
	st     *Story
	docs   []*doc
	byID   map[string]int
	event  []int // doc -> index into events
	events []Event
	sup    *support
	fmt    lang.Formatter
	quants []quantGroup
}

// find returns the events of the event or storyline id.
func (b *Builder) find(ctx context.Context, id string) (kind string, events []Event, line *Storyline, err error) {
	e, err := b.Placement.Event(ctx, id)
	if err == nil {
		return "event", []Event{e}, nil, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return "", nil, nil, err
	}
	l, err := b.Placement.Storyline(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return "", nil, nil, fmt.Errorf("%w: no event or storyline %q", ErrNotFound, id)
	}
	if err != nil {
		return "", nil, nil, err
	}
	for _, eid := range l.Events {
		e, err := b.Placement.Event(ctx, eid)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return "", nil, nil, err
		}
		events = append(events, e)
	}
	return "storyline", events, &l, nil
}

// Build synthesises the event or storyline id.
func (b *Builder) Build(ctx context.Context, id string) (*Story, error) {
	kind, events, line, err := b.find(ctx, id)
	if err != nil {
		return nil, err
	}
	st := &Story{ID: id, Kind: kind, Sources: []string{}, Events: []EventRef{}, Articles: []ArticleRef{}, Summary: []Cited{},
		Timeline: []Entry{}, Figures: []Quantity{}, Quotes: []Said{}, DerivedFrom: []Derived{}, Unsupported: []Unsupported{}, ModelVersion: ModelVersion}
	if kind == "event" {
		st.Title, st.Storyline, st.Stamp = events[0].Title, events[0].Storyline, events[0].Stamp
	} else {
		st.Title, st.Stamp = line.Title, line.Stamp
	}
	bd := &build{b: b, st: st, byID: map[string]int{}, events: events}
	var ids []string
	for ei, e := range events {
		for _, aid := range e.Articles {
			if _, dup := bd.byID[aid]; dup {
				continue
			}
			r, err := b.Articles.Get(ctx, aid)
			if errors.Is(err, store.ErrNotFound) {
				continue // placed, then removed: the story goes on without it
			}
			if err != nil {
				return nil, fmt.Errorf("story %s: %w", id, err)
			}
			if err := b.markFurniture(ctx, r); err != nil {
				return nil, fmt.Errorf("story %s: %w", id, err)
			}
			bd.byID[aid] = len(bd.docs)
			bd.docs = append(bd.docs, newDoc(r, b.Packs))
			bd.event = append(bd.event, ei)
			ids = append(ids, aid)
		}
	}
	ds, err := b.Placement.Derivations(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	as, err := b.Placement.Assignments(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	bd.language()
	bd.dates(ds)
	var extra [][2]int
	for _, d := range ds {
		i, ok1 := bd.byID[d.Article]
		j, ok2 := bd.byID[d.Source]
		if ok1 && ok2 {
			extra = append(extra, [2]int{i, j})
		}
	}
	bd.sup = align(bd.docs, bd.event, extra)
	bd.articles(as)
	bd.eventRefs()
	st.Title = bd.retitle(st.Title, nil)
	bd.provenance(ds)
	bd.figures()
	bd.summary()
	bd.timeline()
	bd.quotes()
	return st, nil
}

// language picks the language most articles are in; formats follow it.
func (bd *build) language() {
	n := map[string]int{}
	for _, d := range bd.docs {
		n[d.a.Language]++
	}
	best := ""
	for l, c := range n {
		if best == "" || c > n[best] || c == n[best] && l < best {
			best = l
		}
	}
	if best == "" {
		best = "und"
	}
	bd.st.Language = best
	bd.fmt = bd.b.Formats.Get(best)
	if o, c := bd.fmt.Phrase("quote open"), bd.fmt.Phrase("quote close"); o != "quote open" && c != "quote close" {
		bd.st.QuoteMarks = []string{o, c} // a formatter that has none leaves the view's default
	}
}

// dates gives each doc its publication day, estimated from its source when it has none.
func (bd *build) dates(ds []link.Derivation) {
	est := map[string]string{}
	for _, d := range ds {
		est[d.Article] = d.EstimatedPublished
	}
	for _, d := range bd.docs {
		p := d.a.Published
		if p == "" {
			p = est[d.a.ID]
		}
		if t, prec := article.ParsePublished(p); prec >= article.PrecisionDay {
			d.date = t.Format("2006-01-02")
		}
	}
}

// source names an article's outlet: its source, else its first credit.
func source(a *article.Article) string {
	if a.Source != "" {
		return a.Source
	}
	if len(a.Credits) > 0 {
		return a.Credits[0]
	}
	return ""
}

// Title is what lists show for an article: its title, or else its first words. A title
// that is only the site's name ("GoogleWatchBlog" on a tag page) says nothing of the
// article and counts as none.
func Title(a *article.Article) string {
	if a.Title != "" && !article.IsSiteName(a.Title, a.Site()) {
		return a.Title
	}
	f := strings.Fields(a.Text)
	if len(f) > 0 && article.IsSiteName(f[0], a.Site()) {
		f = f[1:] // the site's name heading the page
	}
	if len(f) > 12 {
		return strings.Join(f[:12], " ") + " …"
	}
	return strings.Join(f, " ")
}

func (bd *build) articles(as map[string]Assignment) {
	est := map[string]string{}
	for _, d := range bd.st.DerivedFrom {
		est[d.Article] = d.EstimatedPublished
	}
	for i, d := range bd.docs {
		a := d.a
		ref := ArticleRef{ID: a.ID, Title: Title(a), URL: a.URL, Language: a.Language, Published: a.Published,
			Source: a.Source, Credits: nonNil(a.Credits), Event: bd.events[bd.event[i]].ID}
		if x, ok := as[a.ID]; ok {
			ref.Why = x.Why
			if x.Explanation != nil {
				if b, err := json.Marshal(x.Explanation); err == nil {
					ref.Explanation = b
				}
			}
		}
		bd.st.Articles = append(bd.st.Articles, ref)
	}
}

// span returns the date range of docs and its reader's form.
func (bd *build) span(docs []int) (from, to, text string) {
	for _, i := range docs {
		d := bd.docs[i].date
		if d == "" {
			continue
		}
		if from == "" || d < from {
			from = d
		}
		if d > to {
			to = d
		}
	}
	return from, to, bd.dateRange(from, to)
}

func (bd *build) dateRange(from, to string) string { return dateRange(bd.fmt, from, to) }

func (bd *build) dateText(value, mod string) string {
	p, ok := lang.ParseTimex(value, mod)
	if !ok {
		return value
	}
	return bd.fmt.Date(p)
}

func (bd *build) eventRefs() {
	var all []int
	srcs := map[string]bool{}
	for ei, e := range bd.events {
		var docs []int
		es := map[string]bool{}
		for i := range bd.docs {
			if bd.event[i] == ei {
				docs = append(docs, i)
				if s := source(bd.docs[i].a); s != "" {
					es[s], srcs[s] = true, true
				}
			}
		}
		all = append(all, docs...)
		ref := EventRef{ID: e.ID, Title: bd.retitle(e.Title, docs), Articles: nonNil(e.Articles), Sources: keys(es)}
		ref.From, ref.To, ref.Dates = bd.span(docs)
		bd.st.Events = append(bd.st.Events, ref)
	}
	// A storyline reads in the order things happened; undated events go last.
	sort.SliceStable(bd.st.Events, func(i, j int) bool {
		a, b := bd.st.Events[i].From, bd.st.Events[j].From
		return a != "" && (b == "" || a < b)
	})
	bd.st.From, bd.st.To, bd.st.Dates = bd.span(all)
	bd.st.Sources = keys(srcs)
}

func (bd *build) provenance(ds []link.Derivation) {
	sort.Slice(ds, func(i, j int) bool { return ds[i].Article < ds[j].Article })
	for _, d := range ds {
		i, ok := bd.byID[d.Article]
		if !ok {
			continue
		}
		bd.st.DerivedFrom = append(bd.st.DerivedFrom, Derived{Article: d.Article, Source: d.Source, Kind: d.Kind,
			Coverage: d.Coverage, Via: nonNil(d.Via), EstimatedPublished: d.EstimatedPublished})
		j, ok := bd.byID[d.Source]
		if !ok {
			continue
		}
		// What the derived article says that its source does not: from the same alignment
		// as the citations, so a sentence cited to the source is never listed here.
		var list []Unsupported
		var facts []bool
		for si, s := range bd.docs[i].sents {
			if !s.usable || s.question || s.heading {
				continue // a question asks and a heading names; neither states anything to check
			}
			if _, ok := bd.sup.stated(i, si)[j]; ok {
				continue
			}
			u := Unsupported{Article: d.Article, Start: s.start, End: s.end,
				Text: s.text, Source: d.Source, Partial: bd.sup.partial[i][si][j]}
			also := map[string]bool{}
			for k := range bd.sup.stated(i, si) {
				if k != i && k != j {
					also[bd.docs[k].a.ID] = true
				}
			}
			for _, p := range bd.sup.pairedWith[i][si] {
				// A sentence the alignment paired with it tells the same in other words,
				// even where it does not state every name and number of it.
				if p[0] != i && p[0] != j && bd.docs[p[0]].sents[p[1]].usable {
					also[bd.docs[p[0]].a.ID] = true
				}
			}
			u.StatedBy = keys(also)
			if len(u.StatedBy) == 0 {
				bd.st.SingleSourceTotal++
			}
			list = append(list, u)
			facts = append(facts, len(s.nums)+len(s.names)+len(s.dates) > 0)
		}
		bd.st.UnsupportedTotal += len(list)
		if len(list) > MaxUnsupported {
			// Keep the claims only this article makes first, those with figures, names or
			// dates before the others, in text order.
			var keep []Unsupported
			for pass := 0; pass < 4 && len(keep) < MaxUnsupported; pass++ {
				for k, u := range list {
					if (len(u.StatedBy) == 0) == (pass < 2) && facts[k] == (pass%2 == 0) && len(keep) < MaxUnsupported {
						keep = append(keep, u)
					}
				}
			}
			sort.Slice(keep, func(a, b int) bool { return keep[a].Start < keep[b].Start })
			list = keep
		}
		bd.st.Unsupported = append(bd.st.Unsupported, list...)
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// furnitureSpans is what placements that learn site furniture by repetition offer (the
// placement tables do): the spans of an article found to be furniture after it was analysed.
type furnitureSpans interface {
	Furniture(ctx context.Context, id string) ([]article.Span, error)
}

// markFurniture turns the blocks placement found to be site furniture into blocks of kind
// furniture, so no summary or citation reads them. The record is a copy read for this build.
func (b *Builder) markFurniture(ctx context.Context, r *store.Record) error {
	fs, ok := b.Placement.(furnitureSpans)
	if !ok || r.Article == nil {
		return nil
	}
	spans, err := fs.Furniture(ctx, r.Article.ID)
	if err != nil || len(spans) == 0 {
		return err
	}
	a := *r.Article
	a.Blocks = append([]article.Block(nil), a.Blocks...)
	for i, bl := range a.Blocks {
		for _, sp := range spans {
			if bl.Start == sp.Start && bl.End == sp.End {
				a.Blocks[i].Kind = article.BlockFurniture
			}
		}
	}
	r.Article = &a
	return nil
}

// retitle replaces a title placement chose that is only a site's name by the first
// article's own title or first words (docs: the articles to take it from, nil for all).
func (bd *build) retitle(title string, docs []int) string {
	if docs == nil {
		docs = make([]int, len(bd.docs))
		for i := range docs {
			docs[i] = i
		}
	}
	named := false
	for _, i := range docs {
		named = named || article.IsSiteName(title, bd.docs[i].a.Site())
	}
	if len(docs) == 0 {
		return title
	}
	if !named {
		if broken(title) {
			if t := bd.bestTitle(docs); t != "" {
				return t
			}
		}
		return title
	}
	return Title(bd.docs[docs[0]].a)
}

// broken reports whether a title is a teaser cut off ("Automobilindustrie - VW-Sparkurs:
// Werksschließungen und ...") or a live ticker's shell of fields ("Liveticker | Deutschland -
// Ungarn 2:0 | 1. Spieltag | …"): a reader needs a whole headline.
func broken(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") || strings.Count(t, " | ") >= 2
}

// bestTitle picks, of the complete titles of docs, the one whose words the other titles
// share most (the headline nearest the story's centre), "" when none is complete.
func (bd *build) bestTitle(docs []int) string {
	stems := make([]map[string]bool, len(docs))
	for k, i := range docs {
		stems[k] = bd.titleStems(bd.docs[i].a.Title)
	}
	best, bestN := "", -1
	for k, i := range docs {
		t := strings.TrimSpace(bd.docs[i].a.Title)
		if len(t) < 20 || broken(t) || article.IsSiteName(t, bd.docs[i].a.Site()) {
			continue
		}
		n := 0
		for m := range docs {
			if m == k {
				continue
			}
			for w := range stems[k] {
				if stems[m][w] {
					n++
				}
			}
		}
		if n > bestN {
			best, bestN = t, n
		}
	}
	return best
}
