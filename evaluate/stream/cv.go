package stream

import (
	"context"
	"fmt"
	"hash/fnv"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"crosscheck/place"
)

// Window is a labelled window: a JSON Lines file that holds its articles (the window itself,
// or the longer stream it was cut from) and its gold file.
type Window struct {
	File, Gold string
}

// Pair is a pair the placer compared, with its label.
type Pair struct {
	Window   string
	Article  string // the later article
	Other    string
	Event    string // the later article's gold event
	OtherEv  string
	Features place.Example
}

// never is a model that joins nothing, so that collecting pairs sees every article compare
// itself with the candidates the index finds, as the product would before it decides.
func never() *place.Model {
	m := place.Fit(nil, 1)
	m.Threshold = 2
	return m
}

// Collect runs the window through the pipeline and returns every pair the placer scored,
// labelled by the gold: the examples the model learns from, drawn from the candidates
// the product itself retrieves.
func Collect(ctx context.Context, w Window) ([]Pair, error) {
	g, err := ReadGold(w.Gold)
	if err != nil {
		return nil, err
	}
	gold := g.EventLabels()
	var mu sync.Mutex
	var out []Pair
	opt := place.Options{Model: never(), Observe: func(a, b string, p place.Pair) {
		mu.Lock()
		defer mu.Unlock()
		ea, oka := gold[a]
		eb, okb := gold[b]
		if !oka || !okb {
			return
		}
		// A site's rubric on another day is kept apart by the placer but stays a training
		// pair: the model still learns what such pages' words say, and the threshold is
		// chosen as if the rule were not there, so the rule only ever withholds joins.
		out = append(out, Pair{Window: w.Gold, Article: a, Other: b, Event: ea, OtherEv: eb,
			Features: place.Example{X: p.X, Same: ea == eb, Apart: p.Apart != "" && p.Apart != place.ApartSite}})
	}}
	if _, err := Evaluate(ctx, w.File, w.Gold, Options{Place: opt, NoBaselines: true}); err != nil {
		return nil, err
	}
	return out, nil
}

// fold assigns an event to one of k folds, by a hash of its window's file name and the
// event's name, so the same event is always held out together and the assignment depends
// neither on order nor on how the path to the gold file is spelled (the folds, and so the
// scores, once changed with the directory the generator ran in).
func fold(window, event string, k int) int {
	h := fnv.New64a()
	h.Write([]byte(filepath.Base(window) + "\x00" + event))
	return int(h.Sum64() % uint64(k))
}

// CV is a cross-validated evaluation: per window, the pairwise counts and BCubed scores
// over held-out articles, each window clustered with a model fitted without its held-out
// events.
type CV struct {
	Folds   int        `json:"folds"`
	L2      float64    `json:"l2"`
	Windows []CVWindow `json:"windows"`
	Pooled  CVWindow   `json:"pooled"`
	Train   []string   `json:"train"` // gold files whose pairs each fold's model learns from
}

// CVWindow is one window's cross-validated scores.
type CVWindow struct {
	Gold       string     `json:"gold"`
	Articles   int        `json:"articles"`
	PairCounts PairCounts `json:"pair_counts"`
	Pairwise   Scores     `json:"pairwise"`
	BCubed     Scores     `json:"bcubed"`
	Storylines Scores     `json:"storylines_bcubed"`
	Largest    int        `json:"largest_event"`
	// Threshold is the threshold the held-out window was placed with (leave one window out
	// only: each fold chooses its own).
	Threshold float64 `json:"threshold,omitempty"`
}

// CrossValidate fits the pair model k times, each time without one fold of events (of every
// window), with its threshold chosen on the training pairs' simulated grouping; clusters
// every window with each fold's model, and scores the held-out articles. pairs are what
// Collect returned for the windows.
func CrossValidate(ctx context.Context, windows []Window, pairs []Pair, k int, l2 float64) (*CV, error) {
	cv := &CV{Folds: k, L2: l2}
	golds := map[string]map[string]string{}
	for _, w := range windows {
		g, err := ReadGold(w.Gold)
		if err != nil {
			return nil, err
		}
		golds[w.Gold] = g.EventLabels()
		cv.Train = append(cv.Train, w.Gold)
	}
	type acc struct {
		pc        PairCounts
		bp, br, n float64
		sp, sr    float64
		largest   int
		articles  int
	}
	accs := make([]acc, len(windows))
	for f := range k {
		var train []place.Example
		var trainPairs []Pair
		for _, p := range pairs {
			if fold(p.Window, p.Event, k) != f && fold(p.Window, p.OtherEv, k) != f {
				train = append(train, p.Features)
				trainPairs = append(trainPairs, p)
			}
		}
		m := place.Fit(train, l2)
		m.Threshold = ChooseThresholdLeftOut(trainPairs, m, l2)
		for wi, w := range windows {
			only := map[string]bool{}
			for id, ev := range golds[w.Gold] {
				if fold(w.Gold, ev, k) == f {
					only[id] = true
				}
			}
			if len(only) == 0 {
				continue
			}
			rep, err := Evaluate(ctx, w.File, w.Gold, Options{Place: place.Options{Model: m}, Only: only, NoBaselines: true})
			if err != nil {
				return nil, fmt.Errorf("fold %d, %s: %w", f, w.Gold, err)
			}
			a := &accs[wi]
			a.pc.Predicted += rep.PairCounts.Predicted
			a.pc.Gold += rep.PairCounts.Gold
			a.pc.Both += rep.PairCounts.Both
			n := float64(len(only))
			a.bp += rep.BCubed.Precision * n
			a.br += rep.BCubed.Recall * n
			a.sp += rep.Storylines.Precision * n
			a.sr += rep.Storylines.Recall * n
			a.n += n
			a.largest = max(a.largest, rep.LargestEvent.Articles)
			a.articles = rep.Scored
		}
	}
	var pooled acc
	for wi, w := range windows {
		a := accs[wi]
		cw := CVWindow{Gold: w.Gold, Articles: a.articles, PairCounts: a.pc, Pairwise: a.pc.Scores(), Largest: a.largest}
		if a.n > 0 {
			cw.BCubed = scores(a.bp/a.n, a.br/a.n)
			cw.Storylines = scores(a.sp/a.n, a.sr/a.n)
		}
		cv.Windows = append(cv.Windows, cw)
		pooled.pc.Predicted += a.pc.Predicted
		pooled.pc.Gold += a.pc.Gold
		pooled.pc.Both += a.pc.Both
		pooled.bp, pooled.br, pooled.sp, pooled.sr, pooled.n = pooled.bp+a.bp, pooled.br+a.br, pooled.sp+a.sp, pooled.sr+a.sr, pooled.n+a.n
		pooled.articles += a.articles
		pooled.largest = max(pooled.largest, a.largest)
	}
	cv.Pooled = CVWindow{Gold: "pooled", Articles: pooled.articles, PairCounts: pooled.pc, Pairwise: pooled.pc.Scores(), Largest: pooled.largest}
	if pooled.n > 0 {
		cv.Pooled.BCubed = scores(pooled.bp/pooled.n, pooled.br/pooled.n)
		cv.Pooled.Storylines = scores(pooled.sp/pooled.n, pooled.sr/pooled.n)
	}
	return cv, nil
}

// Text renders the cross-validation for people.
func (cv *CV) Text() string {
	var b strings.Builder
	if cv.Folds == 0 {
		fmt.Fprintf(&b, "leave one window out (l2 %.2g): each whole window placed with a model fitted on the other windows only\n", cv.L2)
	} else {
		fmt.Fprintf(&b, "cross-validated by event (%d folds, l2 %.2g): each window clustered with models fitted without its held-out events\n", cv.Folds, cv.L2)
	}
	fmt.Fprintf(&b, "  %-40s %5s   %-17s   %-17s   %-11s %s\n", "window", "arts", "pairwise P R F1", "BCubed P R F1", "story P R", "largest")
	ws := slices.Clone(cv.Windows)
	ws = append(ws, cv.Pooled)
	for _, w := range ws {
		name := w.Gold
		if i := strings.LastIndex(name, "/"); i >= 0 {
			name = name[i+1:]
		}
		fmt.Fprintf(&b, "  %-40s %5d   %.3f %.3f %.3f   %.3f %.3f %.3f   %.3f %.3f %5d", name, w.Articles,
			w.Pairwise.Precision, w.Pairwise.Recall, w.Pairwise.F1, w.BCubed.Precision, w.BCubed.Recall, w.BCubed.F1,
			w.Storylines.Precision, w.Storylines.Recall, w.Largest)
		if w.Threshold > 0 {
			fmt.Fprintf(&b, "   threshold %.2f", w.Threshold)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// LeaveWindowOut fits the pair model once per window on the other windows' pairs only (its
// threshold chosen on them), and runs the whole held-out window through the product with
// it: every article of the window, confusers included. This is the score a month never
// labelled should expect, where CrossValidate holds out events of windows the model saw.
//
// threshold, when above 0, replaces each fold's chosen threshold: the same threshold for
// every fold separates what the features do from how the threshold choice swings.
func LeaveWindowOut(ctx context.Context, windows []Window, pairs []Pair, l2, threshold float64) (*CV, error) {
	return LeaveWindowOutReports(ctx, windows, pairs, l2, threshold, nil)
}

// LeaveWindowOutReports is LeaveWindowOut that, when each is set, hands it every window's
// report with its missed and wrong pairs (Options.Pairs), as the window's fold placed it: the
// errors a month nobody labelled would show, to be read and classed by cause.
func LeaveWindowOutReports(ctx context.Context, windows []Window, pairs []Pair, l2, threshold float64, each func(Window, *Report)) (*CV, error) {
	cv := &CV{L2: l2}
	var pooled CVWindow
	var bp, br, sp, sr, n float64
	for _, w := range windows {
		cv.Train = append(cv.Train, w.Gold)
		m := leftOutModel(pairs, w.Gold, l2)
		if m == nil {
			continue
		}
		if threshold > 0 {
			m.Threshold = threshold
		}
		rep, err := Evaluate(ctx, w.File, w.Gold, Options{Place: place.Options{Model: m}, NoBaselines: true, Pairs: each != nil})
		if err != nil {
			return nil, fmt.Errorf("%s held out: %w", w.Gold, err)
		}
		if each != nil {
			each(w, rep)
		}
		cw := CVWindow{Gold: w.Gold, Articles: rep.Scored, PairCounts: rep.PairCounts, Pairwise: rep.PairCounts.Scores(),
			BCubed: rep.BCubed, Storylines: rep.Storylines, Largest: rep.LargestEvent.Articles, Threshold: m.Threshold}
		cv.Windows = append(cv.Windows, cw)
		pooled.PairCounts.Predicted += cw.PairCounts.Predicted
		pooled.PairCounts.Gold += cw.PairCounts.Gold
		pooled.PairCounts.Both += cw.PairCounts.Both
		k := float64(cw.Articles)
		bp, br, sp, sr, n = bp+cw.BCubed.Precision*k, br+cw.BCubed.Recall*k, sp+cw.Storylines.Precision*k, sr+cw.Storylines.Recall*k, n+k
		pooled.Articles += cw.Articles
		pooled.Largest = max(pooled.Largest, cw.Largest)
	}
	pooled.Gold = "pooled"
	pooled.Pairwise = pooled.PairCounts.Scores()
	if n > 0 {
		pooled.BCubed = scores(bp/n, br/n)
		pooled.Storylines = scores(sp/n, sr/n)
	}
	cv.Pooled = pooled
	return cv, nil
}

// otherWindows returns the pairs of every window but gold, and their features: what a fold
// that leaves gold out is fitted on.
func otherWindows(pairs []Pair, gold string) ([]Pair, []place.Example) {
	var train []Pair
	var feats []place.Example
	for _, p := range pairs {
		if p.Window != gold {
			train = append(train, p)
			feats = append(feats, p.Features)
		}
	}
	return train, feats
}

// leftOutModel fits the pair model on every window but gold and chooses its threshold on them
// as the generator does: the model the fold places gold with. nil when no other window has
// pairs.
func leftOutModel(pairs []Pair, gold string, l2 float64) *place.Model {
	train, feats := otherWindows(pairs, gold)
	if len(feats) == 0 {
		return nil
	}
	m := place.Fit(feats, l2)
	m.Threshold = ChooseThresholdLeftOut(train, m, l2)
	return m
}
