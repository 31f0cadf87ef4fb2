// Command gensource trains the ranker that chooses the source words of a quotation whose
// speaker the rules leave unnamed (quote/learn.go) and writes its weights to
// the German pack's word list lang/de/words/quote_ranker.txt. It reads the development part of SpkAtt-2023 (German
// Wikinews, ../shared/eval/spkatt2023-news/train; the held-out 20% by file-name hash are never
// read), runs the extractor without the ranker, and for every quotation it would decide takes
// as the right candidate the one sharing most tokens with the gold source of the speech event
// the quotation matches (none when that event has no source). An averaged perceptron learns
// to rank the candidates; the order of examples is fixed, so the weights are reproducible.
// Run it through `go generate ./quote`. Its weights depend on the order of its examples: with
// -bags N it trains on N fixed-seed shuffles of the examples in a canonical order and takes
// the mean (or median) weights, which do not depend on the order and move far less when a
// change alters a few examples. That is for cross-validating rules (-cv): the mean of 256
// orders cross-validates as well as one order but widens named sources over an adverbial
// ("hatte Anna Kramer schon vor Wochen gesagt"), so the committed file is one order's.
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

// defaultBags is the number of shuffled orders whose weights go generate ./quote averages
// (1: one perceptron on the examples in their order).
const defaultBags = 1

func main() {
	dir := flag.String("spkatt", "../../shared/eval/spkatt2023-news/train", "SpkAtt-2023 task 2 directory")
	out := flag.String("out", "../lang/de/words/quote_ranker.txt", "file to write")
	epochs := flag.Int("epochs", defaultEpochs, "passes over the examples")
	cv := flag.Int("cv", 0, "only cross-validate within the development part with this many folds, by file, and write nothing")
	bags := flag.Int("bags", defaultBags, "average the weights of this many shuffled orders of the examples; 1: one perceptron on the examples in their order")
	median := flag.Bool("median", false, "with -bags: take each weight's median over the orders, not its mean")
	orders := flag.Int("orders", 1, "with -cv: train this many times (with -bags 1 on the examples in their order and in shuffled ones; else with other seeds) and print each fold's mean and range")
	flag.Parse()
	tr := trainer{epochs: *epochs, bags: *bags, median: *median}
	if *cv > 0 {
		if err := crossValidate(*dir, tr, *cv, *orders); err != nil {
			fmt.Fprintln(os.Stderr, "gensource:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*dir, *out, tr); err != nil {
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
// With orders > 1 it trains that many times and prints each fold's mean and range: with one
// bag on the examples in their order and then in orders shuffled with fixed seeds (one
// perceptron's weights depend on the order of its examples: eight orders gave one fold 56.6
// to 58.1), with more bags on other seeds for the shuffles each time (how much the average
// still depends on which orders it averages).
func crossValidate(dir string, tr trainer, k, orders int) error {
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
			if tr.bags <= 1 {
				if o > 0 {
					r := rand.New(rand.NewPCG(uint64(o), uint64(k)))
					r.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
				}
				ws[f] = train(exs, tr.epochs)
				continue
			}
			ws[f] = tr.seeded(uint64(o)).train(exs)
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
				k, tr.epochs, 100*pt.Source.F1, 100*pt.Source.Precision, 100*pt.Source.Recall, 100*pt.Joint.F1)
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
	fmt.Printf("gensource: %d-fold cross-validation, %d epochs, %d bags (median %v), %d orders: mean of the folds' source F1 %.2f; pooled %.2f (%.1f..%.1f)\n", k, tr.epochs, tr.bags, tr.median, orders, mean, m, lo, hi)
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

func run(dir, out string, tr trainer) error {
	by, names, err := examples(dir)
	if err != nil {
		return err
	}
	var exs []example
	for _, n := range names {
		exs = append(exs, by[n]...)
	}
	n := len(names)
	w := tr.train(exs)
	right := 0
	for _, ex := range exs {
		if best(w, ex.cands) == ex.gold {
			right++
		}
	}
	fmt.Fprintf(os.Stderr, "gensource: %d articles, %d examples, %.1f%% ranked right on the training data\n", n, len(exs), 100*float64(right)/float64(max(1, len(exs))))
	return write(out, w, n, len(exs), tr)
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

// trainer says how the ranker's weights are learnt.
type trainer struct {
	epochs int
	bags   int    // orders whose weights are averaged; 1: the examples in their order
	median bool   // each weight's median over the orders, not its mean
	seed   uint64 // picks the shuffles
}

// seeded is tr with the shuffles of another seed.
func (tr trainer) seeded(seed uint64) trainer {
	tr.seed = seed
	return tr
}

// train learns the weights from exs. With more than one bag it puts the examples in a canonical
// order (so the result does not depend on the order they come in), trains a perceptron on
// each of tr.bags fixed-seed shuffles of them and averages the weights; weights whose average
// rounds to nothing in the file are left out.
func (tr trainer) train(exs []example) map[string]float64 {
	if tr.bags <= 1 {
		return train(exs, tr.epochs)
	}
	canon := make([]example, len(exs))
	copy(canon, exs)
	keys := make([]string, len(canon))
	for i, ex := range canon {
		keys[i] = ex.key()
	}
	idx := make([]int, len(canon))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	for i, j := range idx {
		canon[i] = exs[j]
	}
	ws := make([]map[string]float64, tr.bags)
	for b := range tr.bags {
		order := make([]example, len(canon))
		copy(order, canon)
		r := rand.New(rand.NewPCG(tr.seed, uint64(b)))
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		ws[b] = train(order, tr.epochs)
	}
	return combine(ws, tr.median)
}

// combine is each feature's mean (or median) weight over ws, a feature missing from one
// counting as 0 there, without the features whose weight rounds to 0 at the file's four decimals.
func combine(ws []map[string]float64, median bool) map[string]float64 {
	feats := map[string]bool{}
	for _, w := range ws {
		for f := range w {
			feats[f] = true
		}
	}
	out := map[string]float64{}
	vs := make([]float64, len(ws))
	for f := range feats {
		for i, w := range ws {
			vs[i] = w[f]
		}
		v := 0.0
		if median {
			sort.Float64s(vs)
			if n := len(vs); n%2 == 1 {
				v = vs[n/2]
			} else {
				v = (vs[n/2-1] + vs[n/2]) / 2
			}
		} else {
			for _, x := range vs {
				v += x
			}
			v /= float64(len(vs))
		}
		if math.Abs(v) >= 0.00005 {
			out[f] = v
		}
	}
	return out
}

// key is a text that tells the example from every other one: its candidates' features and
// its gold candidate.
func (ex example) key() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d", ex.gold)
	for _, c := range ex.cands {
		b.WriteString("\x01")
		b.WriteString(strings.Join(c, "\x02"))
	}
	return b.String()
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

func write(out string, w map[string]float64, articles, examples int, tr trainer) error {
	keys := make([]string, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "# Weights of the quote extractor's source-word ranker (quote/learn.go): feature, weight. An averaged\n")
	fmt.Fprintf(&b, "# perceptron generated by quote/internal/gensource from the development part of SpkAtt-2023\n")
	if tr.bags > 1 {
		what := "mean"
		if tr.median {
			what = "median"
		}
		fmt.Fprintf(&b, "# (%d articles, %d quotations; the %s of %d shuffled orders' weights, %d epochs each).\n", articles, examples, what, tr.bags, tr.epochs)
		fmt.Fprintf(&b, "# Do not edit; run go generate ./quote.\n")
	} else {
		fmt.Fprintf(&b, "# (%d articles, %d quotations). Do not edit; run go generate ./quote.\n", articles, examples)
	}
	fmt.Fprintf(&b, "# Source: learned for crosscheck from SpkAtt-2023 (Rehbein et al., KONVENS 2023). Licence: the data is\n")
	fmt.Fprintf(&b, "# CC BY-NC-SA 4.0, and these weights are derived from it: attribution owed, non-commercial, share-alike.\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%.4f\n", k, w[k])
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}
