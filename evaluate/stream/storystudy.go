package stream

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"crosscheck/app"
	"crosscheck/internal/files"
	"crosscheck/pipeline"
	"crosscheck/place"
	"crosscheck/store/sqlite"
)

// StorySetting is one setting of the storyline join's thresholds (place.Options' Story* and
// Cycle* fields); the shipped setting is ShippedStory.
type StorySetting struct {
	Names, Topic           float64
	Shared                 int
	CycleSpan              time.Duration
	CycleShared            int
	CycleNames, CycleTopic float64
	Recent, Candidates     int
}

// ShippedStory is the setting the product places with (place.Options' defaults).
var ShippedStory = StorySetting{Names: 0.35, Topic: 0.07, Shared: 2, CycleSpan: 30 * time.Hour, CycleShared: 3,
	CycleNames: 0.30, CycleTopic: 0.08, Recent: 12, Candidates: 3}

func (s StorySetting) apply(o *place.Options) {
	o.StoryNames, o.StoryTopic, o.StoryShared = s.Names, s.Topic, s.Shared
	o.StoryScore = 0 // names + topic
	o.CycleSpan, o.CycleShared, o.CycleNames, o.CycleTopic = s.CycleSpan, s.CycleShared, s.CycleNames, s.CycleTopic
	o.StoryRecent, o.StoryCandidates = s.Recent, s.Candidates
}

func (s StorySetting) String() string {
	return fmt.Sprintf("names %.2f topic %.2f shared %d | cycle %gh shared %d names %.2f topic %.2f | recent %d cands %d",
		s.Names, s.Topic, s.Shared, s.CycleSpan.Hours(), s.CycleShared, s.CycleNames, s.CycleTopic, s.Recent, s.Candidates)
}

// StoryGrid returns the shipped setting followed by every combination of the values spec
// gives, the other fields shipped: spec is space-separated axes "field=v1,v2,…" with the
// fields names, topic, shared, cycle-hours, cycle-shared, cycle-names, cycle-topic, recent,
// cands.
func StoryGrid(spec string) ([]StorySetting, error) {
	grid := []StorySetting{ShippedStory}
	for _, axis := range strings.Fields(spec) {
		field, vals, ok := strings.Cut(axis, "=")
		if !ok {
			return nil, fmt.Errorf("story grid: %q is not field=v1,v2", axis)
		}
		var next []StorySetting
		for _, v := range strings.Split(vals, ",") {
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return nil, fmt.Errorf("story grid: %s: %w", axis, err)
			}
			for _, s := range grid[min(1, len(grid)-1):] {
				switch field {
				case "names":
					s.Names = x
				case "topic":
					s.Topic = x
				case "shared":
					s.Shared = int(x)
				case "cycle-hours":
					s.CycleSpan = time.Duration(x * float64(time.Hour))
				case "cycle-shared":
					s.CycleShared = int(x)
				case "cycle-names":
					s.CycleNames = x
				case "cycle-topic":
					s.CycleTopic = x
				case "recent":
					s.Recent = int(x)
				case "cands":
					s.Candidates = int(x)
				default:
					return nil, fmt.Errorf("story grid: no field %q", field)
				}
				next = append(next, s)
			}
		}
		grid = append(grid[:1], next...)
	}
	// The shipped setting once, first.
	out := []StorySetting{grid[0]}
	for _, s := range grid[1:] {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out, nil
}

// StoryCell is one window placed with one setting.
type StoryCell struct {
	Articles   int
	Storylines Scores
	Events     PairCounts // to check that only storylines moved
	BCubed     Scores
}

// StoryStudyResult holds every window placed with every setting (Cells[window][setting]),
// and for each criterion the setting each window's fold chose on the other windows.
type StoryStudyResult struct {
	Windows  []string
	Settings []StorySetting
	Cells    [][]StoryCell
}

// StoryStudy places every window with the event model fitted on the other windows (as
// LeaveWindowOut does) once per storyline setting, through the product. Which setting a
// window would get is then chosen on the other windows' storylines (see Chosen), so the
// storyline join is measured where it was not chosen. Events do not depend on the storyline
// join; Text reports any window whose events moved. progress, when not nil, hears of each
// window and setting placed.
func StoryStudy(ctx context.Context, windows []Window, pairs []Pair, l2 float64, settings []StorySetting, workers int, progress func(done, total int)) (*StoryStudyResult, error) {
	res := &StoryStudyResult{Settings: settings, Cells: make([][]StoryCell, len(windows))}
	models := make([]*place.Model, len(windows))
	for wi, w := range windows {
		res.Windows = append(res.Windows, w.Gold)
		res.Cells[wi] = make([]StoryCell, len(settings))
		if models[wi] = leftOutModel(pairs, w.Gold, l2); models[wi] == nil {
			return nil, fmt.Errorf("%s: no pairs of another window to fit its model on", w.Gold)
		}
	}
	// Each window is ingested and analysed once; each setting places a copy of its
	// database, as the placer places what was stored before a restart.
	dir, err := os.MkdirTemp("", "crosscheck-storystudy-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	stored := make([]*storedWindow, len(windows))
	for wi, w := range windows {
		if stored[wi], err = storeWindow(ctx, w, filepath.Join(dir, strconv.Itoa(wi))); err != nil {
			return nil, fmt.Errorf("%s: %w", w.Gold, err)
		}
	}
	type job struct{ w, s int }
	jobs := make(chan job)
	var mu sync.Mutex
	var firstErr error
	done := 0
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				opt := place.Options{Model: models[j.w]}
				settings[j.s].apply(&opt)
				cell, err := stored[j.w].place(ctx, filepath.Join(dir, fmt.Sprintf("%d-%d", j.w, j.s)), opt)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = fmt.Errorf("%s, %v: %w", windows[j.w].Gold, settings[j.s], err)
				}
				res.Cells[j.w][j.s] = cell
				done++
				if progress != nil {
					progress(done, len(windows)*len(settings)) // a grid runs for tens of minutes
				}
				mu.Unlock()
			}
		}()
	}
	for s := range settings {
		for w := range windows {
			jobs <- job{w, s}
		}
	}
	close(jobs)
	wg.Wait()
	return res, firstErr
}

// StoryCriterion chooses a setting from pooled storyline scores.
type StoryCriterion struct {
	Name string
	// Better reports whether a beats b (pooled precision and recall).
	Better func(a, b Scores) bool
}

func f05(s Scores) float64 {
	if s.Precision+s.Recall == 0 {
		return 0
	}
	return 1.25 * s.Precision * s.Recall / (0.25*s.Precision + s.Recall)
}

// StoryCriteria are the two choices measured: the best F0.5 (precision first, as the event
// threshold is chosen) and the highest recall at a precision of at least 0.95 (the issue's
// bar; a setting under it only beats another under it by precision).
var StoryCriteria = []StoryCriterion{
	{"F0.5", func(a, b Scores) bool {
		fa, fb := round4(f05(a)), round4(f05(b))
		return fa > fb || fa == fb && a.Precision > b.Precision
	}},
	{"recall at P>=0.95", func(a, b Scores) bool {
		oka, okb := a.Precision >= 0.95, b.Precision >= 0.95
		switch {
		case oka && !okb:
			return true
		case !oka && okb:
			return false
		case !oka:
			return a.Precision > b.Precision
		}
		return a.Recall > b.Recall || a.Recall == b.Recall && a.Precision > b.Precision
	}},
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// pooled weighs each window's storyline precision and recall by its articles, as
// LeaveWindowOut pools them.
func (r *StoryStudyResult) pooled(s int, use func(w int) bool) Scores {
	var p, rc, n float64
	for w := range r.Windows {
		if !use(w) {
			continue
		}
		c := r.Cells[w][s]
		k := float64(c.Articles)
		p, rc, n = p+c.Storylines.Precision*k, rc+c.Storylines.Recall*k, n+k
	}
	if n == 0 {
		return Scores{}
	}
	return scores(p/n, rc/n)
}

// Chosen returns, for each window, the setting the criterion picks on the other windows
// pooled (ties: the earlier setting, the shipped one first), and the setting it picks on all.
func (r *StoryStudyResult) Chosen(c StoryCriterion) (perWindow []int, all int) {
	pick := func(use func(int) bool) int {
		best := 0
		for s := 1; s < len(r.Settings); s++ {
			if c.Better(r.pooled(s, use), r.pooled(best, use)) {
				best = s
			}
		}
		return best
	}
	for w := range r.Windows {
		perWindow = append(perWindow, pick(func(o int) bool { return o != w }))
	}
	return perWindow, pick(func(int) bool { return true })
}

// Text renders the study: each setting over all windows (in sample: for reading, not
// quoting), then for each criterion each window left out with the setting chosen without
// it, against the shipped setting.
func (r *StoryStudyResult) Text() string {
	var b strings.Builder
	all := func(int) bool { return true }
	moved := 0
	for w := range r.Windows {
		for s := range r.Settings {
			if r.Cells[w][s].Events != r.Cells[w][0].Events || r.Cells[w][s].BCubed != r.Cells[w][0].BCubed {
				moved++
			}
		}
	}
	fmt.Fprintf(&b, "storyline join: %d settings, each window placed with its left-out event model (events moved in %d cells)\n", len(r.Settings), moved)
	fmt.Fprintf(&b, "  %3s  %-100s  %-13s %s\n", "#", "setting", "all 7 P R", "F0.5")
	for s, st := range r.Settings {
		p := r.pooled(s, all)
		fmt.Fprintf(&b, "  %3d  %-100s  %.3f %.3f   %.4f\n", s, st, p.Precision, p.Recall, f05(p))
	}
	for _, c := range StoryCriteria {
		per, whole := r.Chosen(c)
		fmt.Fprintf(&b, "chosen on the other windows by %s; each window left out (shipped → chosen):\n", c.Name)
		var bp, br, cp, cr, n float64
		for w, name := range r.Windows {
			if i := strings.LastIndex(name, "/"); i >= 0 {
				name = name[i+1:]
			}
			base, got := r.Cells[w][0], r.Cells[w][per[w]]
			fmt.Fprintf(&b, "  %-34s %.3f %.3f → %.3f %.3f   #%d\n", name, base.Storylines.Precision, base.Storylines.Recall,
				got.Storylines.Precision, got.Storylines.Recall, per[w])
			k := float64(base.Articles)
			bp, br, cp, cr, n = bp+base.Storylines.Precision*k, br+base.Storylines.Recall*k, cp+got.Storylines.Precision*k, cr+got.Storylines.Recall*k, n+k
		}
		if n > 0 {
			fmt.Fprintf(&b, "  %-34s %.3f %.3f → %.3f %.3f\n", "pooled", bp/n, br/n, cp/n, cr/n)
		}
		fmt.Fprintf(&b, "  chosen on all windows: #%d %s\n", whole, r.Settings[whole])
	}
	return b.String()
}

// storedWindow is a window's articles ingested and analysed into a database, not placed.
type storedWindow struct {
	db    string
	items []item
	gold  *Gold
}

func storeWindow(ctx context.Context, w Window, dir string) (*storedWindow, error) {
	g, err := ReadGold(w.Gold)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	input, err := selectItems(w.File, dir, g.EventLabels())
	if err != nil {
		return nil, err
	}
	db := filepath.Join(dir, "stream.db")
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		return nil, err
	}
	eng := &pipeline.Engine{Store: s, Analyzer: app.Analyzer(app.Registry()), Ingest: app.IngestOptions()}
	if _, _, err := eng.Run(ctx, []string{input}, nil); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.Close(); err != nil {
		return nil, err
	}
	items, err := readItems(input)
	if err != nil {
		return nil, err
	}
	return &storedWindow{db: db, items: items, gold: g}, nil
}

// place places a copy of the window's database (in dir, removed after) with opt and scores it.
func (sw *storedWindow) place(ctx context.Context, dir string, opt place.Options) (StoryCell, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return StoryCell{}, err
	}
	defer os.RemoveAll(dir)
	db := filepath.Join(dir, "stream.db")
	for _, suffix := range []string{"", "-wal"} {
		if err := files.Copy(sw.db+suffix, db+suffix); err != nil && !(suffix != "" && os.IsNotExist(err)) {
			return StoryCell{}, err
		}
	}
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		return StoryCell{}, err
	}
	defer s.Close()
	if _, err := app.NewPlacerWith(ctx, s, opt); err != nil {
		return StoryCell{}, err
	}
	r, err := app.PlacementReader(ctx, s)
	if err != nil {
		return StoryCell{}, err
	}
	pred, lines, _, _, err := labels(ctx, r, s, sw.items)
	if err != nil {
		return StoryCell{}, err
	}
	gold := sw.gold.EventLabels()
	pc := Pairs(pred, gold, nil)
	return StoryCell{Articles: len(common(pred, gold)), Storylines: BCubedOf(lines, sw.gold.StorylineLabels(), nil),
		Events: pc, BCubed: BCubedOf(pred, gold, nil)}, nil
}
