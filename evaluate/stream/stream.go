package stream

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/place"
	"crosscheck/store"
	"crosscheck/store/sqlite"
)

// Group is one predicted group, for the report's largest ones.
type Group struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Articles int    `json:"articles"`
}

// Baseline is the score of a simple method on the same articles.
type Baseline struct {
	Name     string `json:"name"`
	Events   int    `json:"events"`
	BCubed   Scores `json:"bcubed"`
	Pairwise Scores `json:"pairwise"`
}

// Report is the result of scoring one labelled window.
type Report struct {
	File             string     `json:"file"`
	Gold             string     `json:"gold"`
	Articles         int        `json:"articles"` // items in the file
	Scored           int        `json:"scored"`   // articles both the gold and the run label
	GoldEvents       int        `json:"gold_events"`
	Events           int        `json:"events"`
	BCubed           Scores     `json:"bcubed"`
	Pairwise         Scores     `json:"pairwise"`
	PairCounts       PairCounts `json:"pair_counts"`
	Storylines       Scores     `json:"storylines_bcubed"`
	GoldStorylines   int        `json:"gold_storylines"`
	StorylineCount   int        `json:"storylines"`
	LargestEvent     Group      `json:"largest_event"`
	LargestStoryline Group      `json:"largest_storyline"`
	Baselines        []Baseline `json:"baselines"`
	Seconds          float64    `json:"seconds"`
	Note             string     `json:"note,omitempty"`
	// PairErrors, when Options.Pairs asked for them, are every missed and wrong pair.
	PairErrors []PairError `json:"pair_errors,omitempty"`

	pred, lines map[string]string // each article's event and storyline
}

// Options choose the placement options (nil model: the shipped one) and where the
// temporary database goes ("": a temporary folder).
type Options struct {
	Place place.Options
	Dir   string
	// Only, when set, restricts the scores to these articles (cross-validation: the held-out
	// ones); pairwise counts the pairs that involve one of them.
	Only map[string]bool
	// NoBaselines skips the baselines (cross-validation runs many times).
	NoBaselines bool
	// Pairs lists every missed and wrong pair in the report (PairErrors), with what the
	// placer's pair model said of it.
	Pairs bool
}

// Evaluate ingests file (JSON Lines, in order) into a fresh database with the whole
// pipeline (ingest, analysis, store, provenance, placement), then scores its events and
// storylines against the gold file, with the two baselines on the same articles.
func Evaluate(ctx context.Context, file, goldPath string, opt Options) (*Report, error) {
	g, err := ReadGold(goldPath)
	if err != nil {
		return nil, err
	}
	dir := opt.Dir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "crosscheck-stream-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
	}
	gold := g.EventLabels()
	input, err := selectItems(file, dir, gold)
	if err != nil {
		return nil, err
	}
	s, err := sqlite.Open(ctx, filepath.Join(dir, "stream.db"))
	if err != nil {
		return nil, err
	}
	defer s.Close()
	var plog pairLog
	if opt.Pairs {
		opt.Place.Observe = plog.observe(opt.Place.Observe)
	}
	eng, err := app.EngineWith(ctx, s, opt.Place)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	st, fails, err := eng.Run(ctx, []string{input}, nil)
	if err != nil {
		return nil, err
	}
	secs := time.Since(start).Seconds()
	items, err := readItems(input)
	if err != nil {
		return nil, err
	}
	r, err := app.PlacementReader(ctx, s)
	if err != nil {
		return nil, err
	}
	pred, lines, titles, stored, err := labels(ctx, r, s, items)
	if err != nil {
		return nil, err
	}
	goldLines := g.StorylineLabels()
	rep := &Report{File: file, Gold: goldPath, Articles: st.Read, GoldEvents: len(g.Events), Seconds: secs}
	if len(fails) > 0 {
		rep.Note = fmt.Sprintf("%d item(s) failed to ingest: %v", len(fails), fails[0])
	}
	rep.Scored = len(common(pred, gold))
	rep.BCubed = BCubedOf(pred, gold, opt.Only)
	rep.PairCounts = Pairs(pred, gold, opt.Only)
	rep.Pairwise = rep.PairCounts.Scores()
	rep.Storylines = BCubedOf(lines, goldLines, opt.Only)
	rep.pred, rep.lines = pred, lines
	rep.Events = distinct(pred)
	rep.StorylineCount = distinct(lines)
	rep.GoldStorylines = distinct(goldLines)
	n, id := Largest(pred)
	rep.LargestEvent = Group{ID: id, Title: titles[id], Articles: n}
	n, id = Largest(lines)
	rep.LargestStoryline = Group{ID: id, Title: titles[id], Articles: n}
	if opt.Pairs {
		m := opt.Place.Model
		if m == nil {
			m = place.DefaultModel()
		}
		if rep.PairErrors, err = pairErrors(ctx, r, s, m, &plog, items, stored, pred, gold); err != nil {
			return nil, err
		}
	}
	if opt.NoBaselines {
		return rep, nil
	}
	docs, err := analysed(ctx, s, items)
	if err != nil {
		return nil, err
	}
	alone := map[string]string{}
	for id := range pred {
		alone[id] = id
	}
	rep.Baselines = append(rep.Baselines, baseline("every article alone", alone, gold))
	rep.Baselines = append(rep.Baselines, baseline("TF-IDF cosine single-pass within 3 days (0.2)", TFIDF(docs, 0.2, 3*24*time.Hour), gold))
	return rep, nil
}

func baseline(name string, pred, gold map[string]string) Baseline {
	return Baseline{Name: name, Events: distinct(pred), BCubed: BCubed(pred, gold), Pairwise: Pairs(pred, gold, nil).Scores()}
}

func distinct(m map[string]string) int {
	s := map[string]bool{}
	for _, v := range m {
		s[v] = true
	}
	return len(s)
}

// item is one line of the file: its id and URL, so that an item the store kept under
// another id (the same URL seen before) is scored with it.
type item struct {
	ID, URL   string
	Published string
}

func readItems(file string) ([]item, error) {
	recs, err := readJSONL(file)
	if err != nil {
		return nil, err
	}
	out := make([]item, 0, len(recs))
	for _, r := range recs {
		out = append(out, item(r))
	}
	return out, nil
}

// labels maps every item of the file to its predicted event and storyline: its own
// assignment, or that of the article stored under its URL (stored maps the item to the id it
// was placed under).
func labels(ctx context.Context, r *place.Reader, s store.Store, items []item) (ev, line, titles, stored map[string]string, err error) {
	events, err := r.Events(ctx)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	of, lineOf := map[string]string{}, map[string]string{}
	titles = map[string]string{}
	for _, e := range events {
		titles[e.ID] = e.Title
		for _, a := range e.Articles {
			of[a], lineOf[a] = e.ID, e.Storyline
		}
	}
	ls, err := r.Storylines(ctx)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	for _, l := range ls {
		titles[l.ID] = l.Title
	}
	byURL := map[string]string{}
	err = s.Each(ctx, func(rec *store.Record) error {
		if rec.Article.URL != "" {
			byURL[rec.Article.URL] = rec.Article.ID
		}
		return nil
	})
	if err != nil {
		return nil, nil, nil, nil, err
	}
	ev, line, stored = map[string]string{}, map[string]string{}, map[string]string{}
	for _, it := range items {
		id := it.ID
		if _, ok := of[id]; !ok {
			id = byURL[it.URL]
		}
		if e, ok := of[id]; ok {
			ev[it.ID], line[it.ID], stored[it.ID] = e, lineOf[id], id
		}
	}
	return ev, line, titles, stored, nil
}

// doc is what the TF-IDF baseline reads of an article.
type doc struct {
	id    string
	t     time.Time
	known bool
	words []string
}

// analysed returns the file's items with their stored text's words, in file order.
func analysed(ctx context.Context, s store.Store, items []item) ([]doc, error) {
	var out []doc
	for _, it := range items {
		rec, err := s.Get(ctx, it.ID)
		if err != nil {
			// Stored under another id (same URL): the item's words are that article's.
			continue
		}
		d := doc{id: it.ID}
		if t, prec := article.ParsePublished(it.Published); prec != article.PrecisionNone {
			d.t, d.known = t, true
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(rec.Article.Text), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '\u00a0' && r != '\u201e' && r != '\u201c' && r != '\u2013')
		}) {
			if len([]rune(w)) >= 3 {
				d.words = append(d.words, w)
			}
		}
		out = append(out, d)
	}
	return out, nil
}

// TFIDF is the baseline: every article joins the most similar earlier group whose last
// article is within window of it, when the cosine of their TF-IDF vectors (document
// frequencies over the whole file) reaches threshold; else it starts a group.
func TFIDF(docs []doc, threshold float64, window time.Duration) map[string]string {
	df := map[string]int{}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, w := range d.words {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	n := float64(len(docs))
	vec := func(d doc) map[string]float64 {
		tf := map[string]float64{}
		for _, w := range d.words {
			tf[w]++
		}
		v := map[string]float64{}
		var norm float64
		for w, c := range tf {
			x := (1 + math.Log(c)) * math.Log((n+1)/float64(df[w]+1))
			v[w] = x
			norm += x * x
		}
		norm = math.Sqrt(norm)
		for w := range v {
			v[w] /= norm
		}
		return v
	}
	type group struct {
		cent  map[string]float64
		n     float64
		last  time.Time
		known bool
	}
	var groups []*group
	out := map[string]string{}
	for _, d := range docs {
		v := vec(d)
		best, bs := -1, threshold
		for i, g := range groups {
			if d.known && g.known && absDur(d.t.Sub(g.last)) > window {
				continue
			}
			var dot, gn float64
			for w, x := range g.cent {
				gn += x * x
				dot += x * v[w]
			}
			if gn == 0 {
				continue
			}
			if c := dot / math.Sqrt(gn); c >= bs {
				best, bs = i, c
			}
		}
		if best < 0 {
			groups = append(groups, &group{cent: map[string]float64{}})
			best = len(groups) - 1
		}
		g := groups[best]
		for w, x := range v {
			g.cent[w] += x
		}
		g.n++
		if d.known && (!g.known || d.t.After(g.last)) {
			g.last, g.known = d.t, true
		}
		out[d.id] = fmt.Sprint(best)
	}
	return out
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// Text renders the report for people.
func (r *Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "stream: %s against %s\n", r.File, r.Gold)
	fmt.Fprintf(&b, "  articles %d (scored %d), gold events %d, events found %d, in %.1f s\n", r.Articles, r.Scored, r.GoldEvents, r.Events, r.Seconds)
	row := func(name string, bc, pw Scores, events int) {
		fmt.Fprintf(&b, "  %-48s %6d   %.3f %.3f %.3f   %.3f %.3f %.3f\n", name, events, bc.Precision, bc.Recall, bc.F1, pw.Precision, pw.Recall, pw.F1)
	}
	fmt.Fprintf(&b, "  %-48s %6s   %-17s   %s\n", "events", "groups", "BCubed P R F1", "pairwise P R F1")
	row("crosscheck", r.BCubed, r.Pairwise, r.Events)
	for _, bl := range r.Baselines {
		row(bl.Name, bl.BCubed, bl.Pairwise, bl.Events)
	}
	fmt.Fprintf(&b, "  pairs: predicted %d, gold %d, both %d\n", r.PairCounts.Predicted, r.PairCounts.Gold, r.PairCounts.Both)
	fmt.Fprintf(&b, "  storylines: %d found, %d in gold; BCubed P %.3f R %.3f F1 %.3f\n", r.StorylineCount, r.GoldStorylines, r.Storylines.Precision, r.Storylines.Recall, r.Storylines.F1)
	fmt.Fprintf(&b, "  largest event %s: %d articles (%.1f%%) %s\n", r.LargestEvent.ID, r.LargestEvent.Articles, pct(r.LargestEvent.Articles, r.Scored), r.LargestEvent.Title)
	fmt.Fprintf(&b, "  largest storyline %s: %d articles (%.1f%%) %s\n", r.LargestStoryline.ID, r.LargestStoryline.Articles, pct(r.LargestStoryline.Articles, r.Scored), r.LargestStoryline.Title)
	if r.Note != "" {
		fmt.Fprintf(&b, "  note: %s\n", r.Note)
	}
	if r.PairErrors != nil {
		b.WriteString("\n")
		b.WriteString(PairErrorsText(r.PairErrors))
	}
	return b.String()
}

func pct(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

// Sizes returns the sizes of a labelling's groups, largest first.
func Sizes(labels map[string]string) []int {
	n := map[string]int{}
	for _, l := range labels {
		n[l]++
	}
	var out []int
	for _, k := range n {
		out = append(out, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(out)))
	return out
}

// jsonItem is what the scorer reads of a JSON Lines item itself (ingest reads the rest).
type jsonItem struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

func readJSONL(file string) ([]jsonItem, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("stream: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var out []jsonItem
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var it jsonItem
		if err := json.Unmarshal(line, &it); err != nil {
			return nil, fmt.Errorf("stream: %s line %d: %w", file, len(out)+1, err)
		}
		out = append(out, it)
	}
	return out, sc.Err()
}

// selectItems writes the lines of file whose id the gold labels to a new file in dir, in
// file order, when the file holds more than the gold (a window cut from a longer stream);
// else it returns file.
func selectItems(file, dir string, gold map[string]string) (string, error) {
	items, err := readJSONL(file)
	if err != nil {
		return "", err
	}
	extra := false
	for _, it := range items {
		if _, ok := gold[it.ID]; !ok {
			extra = true
			break
		}
	}
	if !extra {
		return file, nil
	}
	in, err := os.Open(file)
	if err != nil {
		return "", err
	}
	defer in.Close()
	outPath := filepath.Join(dir, "window.jsonl")
	out, err := os.Create(outPath)
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	i := 0
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if _, ok := gold[items[i].ID]; ok {
			out.Write(line)
			out.Write([]byte{'\n'})
		}
		i++
	}
	if err := sc.Err(); err != nil {
		out.Close()
		return "", err
	}
	return outPath, out.Close()
}
