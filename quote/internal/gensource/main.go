// Command gensource trains the ranker that chooses the source words of a quotation whose
// speaker the rules leave unnamed (quote/learn.go) and writes its weights to
// the German pack's word list lang/de/words/quote_ranker.txt. It reads the development part of SpkAtt-2023 (German
// Wikinews, ../shared/eval/spkatt2023-news/train; the held-out 20% by file-name hash are never
// read), runs the extractor without the ranker, and for every quotation it would decide takes
// as the right candidate the one sharing most tokens with the gold source of the speech event
// the quotation matches (none when that event has no source). An averaged perceptron learns
// to rank the candidates; the order of examples is fixed, so the weights are reproducible.
// Run it through `go generate ./quote`.
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strings"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/evaluate/quotes"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/quote"
)

// defaultEpochs is the number of passes that go generate ./quote uses.
const defaultEpochs = 10

func main() {
	dir := flag.String("spkatt", "../../shared/eval/spkatt2023-news/train", "SpkAtt-2023 task 2 directory")
	out := flag.String("out", "../lang/de/words/quote_ranker.txt", "file to write")
	epochs := flag.Int("epochs", defaultEpochs, "passes over the examples")
	cv := flag.Int("cv", 0, "only cross-validate within the development part with this many folds, by file, and write nothing")
	orders := flag.Int("orders", 1, "with -cv: train this many times, on the examples in their order and in shuffled ones, and print each fold's mean")
	flag.Parse()
	if *cv > 0 {
		if err := crossValidate(*dir, *epochs, *cv, *orders); err != nil {
			fmt.Fprintln(os.Stderr, "gensource:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*dir, *out, *epochs); err != nil {
		fmt.Fprintln(os.Stderr, "gensource:", err)
		os.Exit(1)
	}
}

// example is one quotation's candidates and the index of the right one.
type example struct {
	cands [][]string
	gold  int
}

// examples returns the ranker's examples of every development article, by file name, and
// the file names in order.
func examples(dir string) (map[string][]example, []string, error) {
	p := de.New()
	az := analyze.New(lang.NewRegistry(p), entity.New(nil, entity.Options{}))
	x := quote.New()
	by := map[string][]example{}
	var names []string
	err := quotes.DevArticles(dir, func(a *article.Article, gold []quotes.GoldEvent) error {
		names = append(names, a.ID)
		an := az.Analyze(a)
		for _, sc := range x.SourceCases(a, an, p) {
			if ex, ok := label(a.Text, sc, gold); ok {
				by[a.ID] = append(by[a.ID], ex)
			}
		}
		return nil
	})
	return by, names, err
}

// crossValidate prints the SpkAtt development source F1 the ranker gives when each of k
// folds of the files is ranked by weights trained on the others, for each fold and pooled.
// With orders > 1 it trains that many times, the examples in their order and then in orders
// shuffled with fixed seeds, and prints each fold's mean and range over the orders: the
// perceptron's weights depend on the order of its examples (eight orders of the same examples
// gave one fold 56.6 to 58.1), so a rule that changes a few examples moves the folds of one
// training by as much, and a change is better judged by the means over several orders.
func crossValidate(dir string, epochs, k, orders int) error {
	by, names, err := examples(dir)
	if err != nil {
		return err
	}
	x := quote.New()
	az := quotes.NewAnalyzer(x)
	orders = max(1, orders)
	src := make([][]float64, k) // source F1 by fold and order
	var pooled []float64
	for o := range orders {
		ws := make([]map[string]float64, k)
		for f := range k {
			var exs []example
			for _, n := range names {
				if fold(n, k) != f {
					exs = append(exs, by[n]...)
				}
			}
			if o > 0 {
				r := rand.New(rand.NewPCG(uint64(o), uint64(k)))
				r.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
			}
			ws[f] = train(exs, epochs)
		}
		if o == 0 {
			right, all := 0, 0
			for _, n := range names {
				for _, ex := range by[n] {
					all++
					if best(ws[fold(n, k)], ex.cands) == ex.gold {
						right++
					}
				}
			}
			fmt.Printf("gensource: %d-fold cross-validation within dev: %d of %d examples ranked right (%.1f%%)\n", k, right, all, 100*float64(right)/float64(max(1, all)))
		}
		for f := range k {
			pt, err := quotes.EvaluateDev(dir, func(name string) *analyze.Analyzer {
				if fold(name, k) != f {
					return nil
				}
				x.SetRanker(ws[f])
				return az
			})
			if err != nil {
				return err
			}
			src[f] = append(src[f], 100*pt.Source.F1)
			if orders == 1 {
				fmt.Printf("gensource: fold %d/%d (%d articles, %d gold events): cue F1 %.1f, source F1 %.1f (P %.1f R %.1f), joint F1 %.1f\n",
					f, k, pt.Articles, pt.Gold, 100*pt.Cue.F1, 100*pt.Source.F1, 100*pt.Source.Precision, 100*pt.Source.Recall, 100*pt.Joint.F1)
			}
		}
		pt, err := quotes.EvaluateDev(dir, func(name string) *analyze.Analyzer {
			x.SetRanker(ws[fold(name, k)])
			return az
		})
		if err != nil {
			return err
		}
		pooled = append(pooled, 100*pt.Source.F1)
		if orders == 1 {
			fmt.Printf("gensource: %d-fold cross-validation within dev, %d epochs: source F1 %.1f (P %.1f R %.1f), joint F1 %.1f\n",
				k, epochs, 100*pt.Source.F1, 100*pt.Source.Precision, 100*pt.Source.Recall, 100*pt.Joint.F1)
		}
	}
	mean := 0.0
	for f := range k {
		m, lo, hi := spread(src[f])
		mean += m / float64(k)
		if orders > 1 {
			fmt.Printf("gensource: fold %d/%d: source F1 %.2f over %d orders (%.1f..%.1f)\n", f, k, m, orders, lo, hi)
		}
	}
	m, lo, hi := spread(pooled)
	fmt.Printf("gensource: %d-fold cross-validation, %d epochs, %d orders: mean of the folds' source F1 %.2f; pooled %.2f (%.1f..%.1f)\n", k, epochs, orders, mean, m, lo, hi)
	return nil
}

// spread is the mean, least and greatest of xs.
func spread(xs []float64) (float64, float64, float64) {
	if len(xs) == 0 {
		return 0, 0, 0
	}
	m, lo, hi := 0.0, xs[0], xs[0]
	for _, v := range xs {
		m += v / float64(len(xs))
		lo, hi = min(lo, v), max(hi, v)
	}
	return m, lo, hi
}

// fold is the cross-validation fold of a development file, the split QUOTES_FOLD=i/k scores.
func fold(name string, k int) int { return quotes.Fold(name, k) }

func run(dir, out string, epochs int) error {
	by, names, err := examples(dir)
	if err != nil {
		return err
	}
	var exs []example
	for _, n := range names {
		exs = append(exs, by[n]...)
	}
	n := len(names)
	w := train(exs, epochs)
	right := 0
	for _, ex := range exs {
		if best(w, ex.cands) == ex.gold {
			right++
		}
	}
	fmt.Fprintf(os.Stderr, "gensource: %d articles, %d examples, %.1f%% ranked right on the training data\n", n, len(exs), 100*float64(right)/float64(max(1, len(exs))))
	return write(out, w, n, len(exs))
}

// label pairs a quotation with the gold event whose message it overlaps most and returns the
// candidate that matches that event's source best; ok is false when no event overlaps or no
// candidate shares a token with a non-empty gold source.
func label(text string, sc quote.SourceCase, gold []quotes.GoldEvent) (example, bool) {
	bestG, bestO := -1, 0
	for gi, g := range gold {
		o := 0
		for _, s := range g.Message {
			if s.Start < sc.End && s.End > sc.Start {
				o++
			}
		}
		if o > bestO {
			bestG, bestO = gi, o
		}
	}
	if bestG < 0 {
		return example{}, false
	}
	src := gold[bestG].Source
	ex := example{gold: -1}
	bestF := 0.0
	for i, c := range sc.Cands {
		ex.cands = append(ex.cands, c.Feats)
		if c.Start < 0 {
			if len(src) == 0 {
				ex.gold, bestF = i, 2 // no source is exactly right
			}
			continue
		}
		shared := 0
		for _, s := range src {
			if s.Start >= c.Start && s.End <= c.End {
				shared++
			}
		}
		pred := countTokens(text, c.Start, c.End)
		if shared == 0 || len(src) == 0 {
			continue
		}
		p, r := float64(shared)/float64(pred), float64(shared)/float64(len(src))
		if f := 2 * p * r / (p + r); f > bestF {
			ex.gold, bestF = i, f
		}
	}
	return ex, ex.gold >= 0
}

// countTokens counts the tokens of the code point span [s, e) of text: SpkAtt's tokens are
// joined by single spaces, so the spaces inside the span count them.
func countTokens(text string, s, e int) int {
	r := []rune(text)
	if s < 0 || e > len(r) || e <= s {
		return 1
	}
	return strings.Count(string(r[s:e]), " ") + 1
}

func score(w map[string]float64, feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += w[f]
	}
	return s
}

func best(w map[string]float64, cands [][]string) int {
	b, bs := -1, 0.0
	for i, c := range cands {
		if s := score(w, c); b < 0 || s > bs {
			b, bs = i, s
		}
	}
	return b
}

// train runs an averaged perceptron over the examples in their order.
func train(exs []example, epochs int) map[string]float64 {
	w := map[string]float64{}
	sum := map[string]float64{} // running sum of each weight over all steps, for averaging
	last := map[string]int{}    // step at which sum[f] was brought up to date
	step := 0
	touch := func(f string) {
		sum[f] += w[f] * float64(step-last[f])
		last[f] = step
	}
	for ep := 0; ep < epochs; ep++ {
		for _, ex := range exs {
			step++
			b := best(w, ex.cands)
			if b == ex.gold {
				continue
			}
			for _, f := range ex.cands[ex.gold] {
				touch(f)
				w[f]++
			}
			for _, f := range ex.cands[b] {
				touch(f)
				w[f]--
			}
		}
	}
	avg := map[string]float64{}
	for f := range w {
		touch(f)
		if v := sum[f] / float64(max(1, step)); math.Abs(v) >= 1e-4 {
			avg[f] = v
		}
	}
	return avg
}

func write(out string, w map[string]float64, articles, examples int) error {
	keys := make([]string, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "# Weights of the quote extractor's source-word ranker (quote/learn.go): feature, weight. An averaged\n")
	fmt.Fprintf(&b, "# perceptron generated by quote/internal/gensource from the development part of SpkAtt-2023\n")
	fmt.Fprintf(&b, "# (%d articles, %d quotations). Do not edit; run go generate ./quote.\n", articles, examples)
	fmt.Fprintf(&b, "# Source: learned for crosscheck from SpkAtt-2023 (Rehbein et al., KONVENS 2023). Licence: the data is\n")
	fmt.Fprintf(&b, "# CC BY-NC-SA 4.0, and these weights are derived from it: attribution owed, non-commercial, share-alike.\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%.4f\n", k, w[k])
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}
