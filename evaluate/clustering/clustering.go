// Package clustering scores event placement on a generated, labelled stream: articles of
// 10kGNAD and SpkAtt Wikinews as distinct events, each reported several times through
// rewrites and partial reports (package cluster/streamgen). It reports BCubed and pairwise
// precision, recall and F1, the measures the news-clustering literature uses.
package clustering

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"crosscheck/analyze"
	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/evaluate/streamgen"
	"crosscheck/lang/de"
	"crosscheck/place"
	"crosscheck/store/sqlite"
)

// Scores are precision, recall and F1 of one measure.
type Scores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Report is the result of one evaluation run.
type Report struct {
	Data         string             `json:"data"` // says the stream is generated, and from what
	Articles     int                `json:"articles"`
	GoldEvents   int                `json:"gold_events"`
	Events       int                `json:"events"`
	BCubed       Scores             `json:"bcubed"`
	Pairwise     Scores             `json:"pairwise"`
	ByKind       map[string]float64 `json:"recall_by_kind"` // share of each report kind placed with its original
	Published    string             `json:"published"`
	Seconds      float64            `json:"placement_seconds"`
	ArticlesPerS float64            `json:"articles_per_second"`
}

// Config chooses how much of the data to use (0: all) and the stream's seed.
type Config struct {
	MaxGNAD, MaxSpkAtt int
	Seed               uint64
}

// Input is one analysed article of the stream.
type Input struct {
	ID       string
	Article  *article.Article
	Analysis *article.Analysis
}

// Evaluate generates the stream from sharedEvalDir (../shared/eval), analyses every article
// with the product's analysis stage (app.Analyzer: entities, quotes, figures, time
// expressions), stores and places it in arrival order with the product's placement stage
// and scores the events found.
func Evaluate(sharedEvalDir string, opt place.Options) (*Report, error) {
	return EvaluateConfig(sharedEvalDir, opt, Config{})
}

// EvaluateConfig is Evaluate with a data budget, for quick tests and tuning.
func EvaluateConfig(sharedEvalDir string, opt place.Options, cfg Config) (*Report, error) {
	items, err := Stream(sharedEvalDir, cfg)
	if err != nil {
		return nil, err
	}
	ins := Analyse(items, app.Analyzer(app.Registry()))
	return Score(context.Background(), items, ins, opt)
}

// Stream loads the source documents and generates the labelled stream.
func Stream(sharedEvalDir string, cfg Config) ([]streamgen.Item, error) {
	gnad, err := streamgen.LoadGNAD(filepath.Join(sharedEvalDir, "10kgnad", "test.csv"), cfg.MaxGNAD)
	if err != nil {
		return nil, fmt.Errorf("clustering: %w", err)
	}
	spk, err := streamgen.LoadSpkAtt(filepath.Join(sharedEvalDir, "spkatt2023-news", "train"), cfg.MaxSpkAtt)
	if err != nil {
		return nil, fmt.Errorf("clustering: %w", err)
	}
	docs := append(gnad, spk...)
	if len(docs) == 0 {
		return nil, fmt.Errorf("clustering: no articles under %s", sharedEvalDir)
	}
	return streamgen.Generate(docs, de.New(), streamgen.Options{Seed: cfg.Seed}), nil
}

// Analyse turns the stream into analysed articles with analyser z, dated by the stream.
func Analyse(items []streamgen.Item, z *analyze.Analyzer) []Input {
	ins := make([]Input, len(items))
	for i, it := range items {
		a := it.Article()
		if a.Published == "" && !it.Time.IsZero() {
			a.Published = it.Time.Format("2006-01-02")
		}
		ins[i] = Input{ID: it.ID, Article: a, Analysis: z.Analyze(a)}
	}
	return ins
}

// Score stores and places the inputs in a fresh database with options opt and compares the
// events with the items' gold labels.
func Score(ctx context.Context, items []streamgen.Item, ins []Input, opt place.Options) (*Report, error) {
	dir, err := os.MkdirTemp("", "crosscheck-clustering-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	s, err := sqlite.Open(ctx, filepath.Join(dir, "gen.db"))
	if err != nil {
		return nil, err
	}
	defer s.Close()
	p, err := app.NewPlacerWith(ctx, s, opt)
	if err != nil {
		return nil, err
	}
	var placing time.Duration
	for _, in := range ins {
		_, rec, err := s.Put(ctx, in.Article, in.Analysis)
		if err != nil {
			return nil, err
		}
		if rec == nil {
			continue
		}
		start := time.Now()
		if err := p.Place(ctx, rec); err != nil {
			return nil, err
		}
		placing += time.Since(start)
	}
	events, err := p.Reader().Events(ctx)
	if err != nil {
		return nil, err
	}
	pred := map[string]string{}
	for _, e := range events {
		for _, a := range e.Articles {
			pred[a] = e.ID
		}
	}
	gold := map[string]string{}
	goldEvents := map[int]bool{}
	for _, it := range items {
		gold[it.ID] = fmt.Sprint(it.Event)
		goldEvents[it.Event] = true
	}
	secs := placing.Seconds()
	r := &Report{
		Data: "GENERATED stream (evaluate/streamgen): 10kGNAD test and SpkAtt-2023 train articles as distinct events, " +
			"each reported by rewrites and partial reports, interleaved by time; not a published benchmark",
		Articles: len(items), GoldEvents: len(goldEvents), Events: len(events),
		BCubed: BCubed(gold, pred), Pairwise: Pairwise(gold, pred),
		Published: "Miranda et al. 2018 (multilingual stream clustering), German: F1 97.1 on their news stream",
		Seconds:   secs,
	}
	if secs > 0 {
		r.ArticlesPerS = float64(len(items)) / secs
	}
	r.ByKind = kindRecall(items, pred)
	return r, nil
}

// kindRecall is, per report kind, the share of reports placed in the event of their original.
func kindRecall(items []streamgen.Item, pred map[string]string) map[string]float64 {
	orig := map[int]string{}
	for _, it := range items {
		if it.Kind == streamgen.KindOriginal {
			orig[it.Event] = pred[it.ID]
		}
	}
	hit, all := map[string]int{}, map[string]int{}
	for _, it := range items {
		if it.Kind == streamgen.KindOriginal {
			continue
		}
		all[it.Kind]++
		if pred[it.ID] == orig[it.Event] {
			hit[it.Kind]++
		}
	}
	out := map[string]float64{}
	for k, n := range all {
		out[k] = float64(hit[k]) / float64(n)
	}
	return out
}

// BCubed computes BCubed precision and recall (Bagga and Baldwin 1998; Amigó et al. 2009):
// per item, the share of its predicted cluster that shares its gold class, and the share of
// its gold class in its predicted cluster, averaged over items. Items missing from pred
// count as singletons.
func BCubed(gold, pred map[string]string) Scores {
	ids := keys(gold)
	if len(ids) == 0 {
		return Scores{}
	}
	pred = completed(ids, pred)
	pc, gc := map[string]int{}, map[string]int{}
	both := map[[2]string]int{}
	for _, id := range ids {
		pc[pred[id]]++
		gc[gold[id]]++
		both[[2]string{pred[id], gold[id]}]++
	}
	var p, r float64
	for _, id := range ids {
		n := float64(both[[2]string{pred[id], gold[id]}])
		p += n / float64(pc[pred[id]])
		r += n / float64(gc[gold[id]])
	}
	p /= float64(len(ids))
	r /= float64(len(ids))
	return scores(p, r)
}

// Pairwise computes precision and recall over pairs of items put in one cluster.
func Pairwise(gold, pred map[string]string) Scores {
	ids := keys(gold)
	pred = completed(ids, pred)
	pc, gc := map[string]int{}, map[string]int{}
	both := map[[2]string]int{}
	for _, id := range ids {
		pc[pred[id]]++
		gc[gold[id]]++
		both[[2]string{pred[id], gold[id]}]++
	}
	pairs := func(m map[string]int) float64 {
		var s float64
		for _, n := range m {
			s += float64(n) * float64(n-1) / 2
		}
		return s
	}
	var tp float64
	for _, n := range both {
		tp += float64(n) * float64(n-1) / 2
	}
	pp, gp := pairs(pc), pairs(gc)
	var p, r float64 = 1, 1
	if pp > 0 {
		p = tp / pp
	}
	if gp > 0 {
		r = tp / gp
	}
	return scores(p, r)
}

func scores(p, r float64) Scores {
	s := Scores{Precision: p, Recall: r}
	if p+r > 0 {
		s.F1 = 2 * p * r / (p + r)
	}
	return s
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func completed(ids []string, pred map[string]string) map[string]string {
	out := make(map[string]string, len(ids))
	for _, id := range ids {
		if p, ok := pred[id]; ok {
			out[id] = p
		} else {
			out[id] = "\x00" + id
		}
	}
	return out
}

// Text renders the report for people.
func (r *Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Event clustering on a %s\n", r.Data)
	fmt.Fprintf(&b, "articles %d, gold events %d, events found %d\n", r.Articles, r.GoldEvents, r.Events)
	fmt.Fprintf(&b, "BCubed   P %.3f  R %.3f  F1 %.3f\n", r.BCubed.Precision, r.BCubed.Recall, r.BCubed.F1)
	fmt.Fprintf(&b, "pairwise P %.3f  R %.3f  F1 %.3f   (published: %s)\n", r.Pairwise.Precision, r.Pairwise.Recall, r.Pairwise.F1, r.Published)
	ks := make([]string, 0, len(r.ByKind))
	for k := range r.ByKind {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Fprintf(&b, "%s reports placed with their original: %.3f\n", k, r.ByKind[k])
	}
	fmt.Fprintf(&b, "placement: %.2f s, %.0f articles/s\n", r.Seconds, r.ArticlesPerS)
	return b.String()
}

// JSON renders the report as indented JSON.
func (r *Report) JSON() ([]byte, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("clustering: %w", err)
	}
	return b, nil
}
