// Command gencue trains the cue tagger that adds speech events the rules miss (quote/cuetag.go)
// and writes its weights, the stems it considers and its threshold to the German pack's word
// list lang/de/words/quote_cuetagger.txt. It reads the development part of SpkAtt-2023 (German
// Wikinews, ../shared/eval/spkatt2023-news/train; the held-out 20% by file-name hash are never
// read), runs the rules, and takes every word of a sentence where they found no quotation as
// an example, a cue when it lies in the cue of a gold speech event. The tagger considers only
// the stems that were a cue in its training data. An averaged perceptron learns the scores;
// the threshold is chosen by cross-validation within the development part, by file (each fold
// tagged by a tagger trained on the other folds, scored with SpkAtt's source F1), and the
// weights written are trained on all of it. The order of examples is fixed, so the output is
// reproducible. Run it through `go generate ./quote`.
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"sort"
	"strings"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/evaluate/quotes"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/lang/textseg"
	"crosscheck/quote"
)

const (
	defaultEpochs = 10
	defaultFolds  = 5
)

// thresholds are the scores the cross-validation tries; +Inf is the rules alone.
var thresholds = []float64{math.Inf(1), 8, 6, 4, 3, 2, 1, 0}

func main() {
	dir := flag.String("spkatt", "../../shared/eval/spkatt2023-news/train", "SpkAtt-2023 task 2 directory")
	out := flag.String("out", "../lang/de/words/quote_cuetagger.txt", "file to write")
	epochs := flag.Int("epochs", defaultEpochs, "passes over the examples")
	folds := flag.Int("folds", defaultFolds, "folds of the cross-validation within the development part")
	flag.Parse()
	if err := run(*dir, *out, *epochs, *folds, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gencue:", err)
		os.Exit(1)
	}
}

// example is one word: its stem, features and whether it is a cue.
type example struct {
	stem  string
	feats []string
	cue   bool
}

// doc is one development article's examples.
type doc struct {
	name string
	fold int
	exs  []example
}

func run(dir, out string, epochs, folds int, log *os.File) error {
	p := de.New()
	az := analyze.New(lang.NewRegistry(p), entity.New(nil, entity.Options{}))
	x := quote.New()
	x.SetCueTagger(nil)
	var docs []doc
	err := quotes.DevArticles(dir, func(a *article.Article, gold []quotes.GoldEvent) error {
		an := az.Analyze(a)
		d := doc{name: a.ID, fold: fold(a.ID, folds)}
		heads := cueHeads(an, gold)
		for _, cc := range x.CueCases(a, an, p) {
			d.exs = append(d.exs, example{stem: cc.Stem, feats: keep(cc.Feats), cue: heads[cc.Start]})
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return err
	}
	// Cross-validation: the tagger of each fold is trained on the others.
	taggers := make([]*tagger, folds)
	for f := range folds {
		taggers[f] = train(docs, func(d *doc) bool { return d.fold != f }, epochs)
	}
	if os.Getenv("GENCUE_DIAG") != "" {
		diag(docs, taggers, log)
	}
	ev := quote.New()
	eaz := quotes.NewAnalyzer(ev)
	foldOf := map[string]int{}
	for _, d := range docs {
		foldOf[d.name] = d.fold
	}
	best, bestF := math.Inf(1), -1.0
	for _, th := range thresholds {
		pt, err := quotes.EvaluateDev(dir, func(name string) *analyze.Analyzer {
			t := taggers[foldOf[name]]
			if math.IsInf(th, 1) {
				ev.SetCueTagger(nil)
			} else {
				ev.SetCueTagger(quote.NewCueTagger(t.w, t.stems, th))
			}
			return eaz
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(log, "gencue: %d-fold within dev, threshold %v: events predicted %d matched %d; cue F1 %.1f source F1 %.1f (P %.1f R %.1f) message F1 %.1f joint F1 %.1f\n",
			folds, th, pt.Predicted, pt.Matched, 100*pt.Cue.F1, 100*pt.Source.F1, 100*pt.Source.Precision, 100*pt.Source.Recall, 100*pt.Message.F1, 100*pt.Joint.F1)
		if pt.Source.F1 > bestF+1e-9 {
			best, bestF = th, pt.Source.F1
		}
	}
	fmt.Fprintf(log, "gencue: threshold %v chosen by cross-validation (source F1 %.1f)\n", best, 100*bestF)
	all := train(docs, func(*doc) bool { return true }, epochs)
	n := 0
	for _, d := range docs {
		n += len(d.exs)
	}
	return write(out, all, best, len(docs), n)
}

// keep drops features the word list would not read back as written (wordlist.Load normalises
// its keys): the weights written are the weights used.
func keep(fs []string) []string {
	out := fs[:0]
	drop := strings.Fields(os.Getenv("GENCUE_DROP"))
outer:
	for _, f := range fs {
		for _, d := range drop {
			if strings.HasPrefix(f, d+"=") {
				continue outer
			}
		}
		if textseg.Normalize(f) == f && !strings.ContainsAny(f, "\t\n") && !strings.HasPrefix(f, "#") {
			out = append(out, f)
		}
	}
	return out
}

func fold(name string, k int) int {
	h := fnv.New32a()
	h.Write([]byte(name))
	return int((h.Sum32() / 100) % uint32(k)) // not the held-out split's residue
}

// cueHeads returns where the head of each gold cue starts: its first word that is no stop
// word ("bekannt" of "hatte bekannt gegeben", "mit" of "teilte mit" is one, "teilte" is not),
// or its first word when all are ("nach", "laut").
func cueHeads(an *article.Analysis, gold []quotes.GoldEvent) map[int]bool {
	stop := map[int]bool{}
	for _, t := range an.Tokens {
		if t.Stop {
			stop[t.Start] = true
		}
	}
	heads := map[int]bool{}
	for _, g := range gold {
		if len(g.Cue) == 0 {
			continue
		}
		h := g.Cue[0].Start
		for _, s := range g.Cue {
			if !stop[s.Start] {
				h = s.Start
				break
			}
		}
		heads[h] = true
	}
	return heads
}

// tagger is a trained tagger: weights and the stems it considers.
type tagger struct {
	w     map[string]float64
	stems []string
}

func score(w map[string]float64, feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += w[f]
	}
	return s
}

// train runs an averaged perceptron over the examples of the documents use selects whose stem
// was a cue in them, in their fixed order.
func train(docs []doc, use func(*doc) bool, epochs int) *tagger {
	stems := map[string]bool{}
	for i := range docs {
		if use(&docs[i]) {
			for _, ex := range docs[i].exs {
				if ex.cue {
					stems[ex.stem] = true
				}
			}
		}
	}
	w := map[string]float64{}
	sum := map[string]float64{}
	last := map[string]int{}
	step := 0
	touch := func(f string) {
		sum[f] += w[f] * float64(step-last[f])
		last[f] = step
	}
	for range epochs {
		for i := range docs {
			if !use(&docs[i]) {
				continue
			}
			for _, ex := range docs[i].exs {
				if !stems[ex.stem] {
					continue
				}
				step++
				y := -1.0
				if ex.cue {
					y = 1
				}
				if y*score(w, ex.feats) > 0 {
					continue
				}
				for _, f := range ex.feats {
					touch(f)
					w[f] += y
				}
			}
		}
	}
	avg := map[string]float64{}
	for f := range w {
		touch(f)
		if v := sum[f] / float64(max(1, step)); math.Abs(v) >= 1e-4 {
			avg[f] = math.Round(v*1e4) / 1e4 // as written
		}
	}
	t := &tagger{w: avg}
	for s := range stems {
		t.stems = append(t.stems, s)
	}
	sort.Strings(t.stems)
	return t
}

func write(out string, t *tagger, th float64, articles, examples int) error {
	keys := make([]string, 0, len(t.w))
	for k := range t.w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "# The quote extractor's learned cue tagger (quote/cuetag.go): \"threshold\", the score a cue must\n")
	fmt.Fprintf(&b, "# exceed (chosen by cross-validation within the development part; +Inf: never), \"cand=\" the stems\n")
	fmt.Fprintf(&b, "# it considers, then feature and weight. An averaged perceptron generated by quote/internal/gencue\n")
	fmt.Fprintf(&b, "# from the development part of SpkAtt-2023 (%d articles, %d words). Do not edit; run go generate ./quote.\n", articles, examples)
	fmt.Fprintf(&b, "# Source: learned for crosscheck from SpkAtt-2023 (Rehbein et al., KONVENS 2023). Licence: the data is\n")
	fmt.Fprintf(&b, "# CC BY-NC-SA 4.0, and these weights are derived from it: attribution owed, non-commercial, share-alike.\n")
	fmt.Fprintf(&b, "threshold\t%v\n", th)
	for _, s := range t.stems {
		fmt.Fprintf(&b, "cand=%s\t1\n", s)
	}
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%.4f\n", k, t.w[k])
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

func diag(docs []doc, taggers []*tagger, log *os.File) {
	ths := []float64{-2, -1, 0, 1, 2, 4}
	tp := make([]int, len(ths))
	fp := make([]int, len(ths))
	pos, posCand, exs := 0, 0, 0
	for _, d := range docs {
		t := taggers[d.fold]
		st := map[string]bool{}
		for _, s := range t.stems {
			st[s] = true
		}
		for _, ex := range d.exs {
			exs++
			if ex.cue {
				pos++
			}
			if !st[ex.stem] {
				continue
			}
			if ex.cue {
				posCand++
			}
			sc := score(t.w, ex.feats)
			if os.Getenv("GENCUE_DIAG") == "2" && (ex.cue || sc > 0) {
				fmt.Fprintf(log, "ex %v %.2f %s\n", ex.cue, sc, ex.feats[1])
			}
			for i, th := range ths {
				if sc > th {
					if ex.cue {
						tp[i]++
					} else {
						fp[i]++
					}
				}
			}
		}
	}
	fmt.Fprintf(log, "diag: words %d, cue words %d, of them with a known stem %d\n", exs, pos, posCand)
	for i, th := range ths {
		fmt.Fprintf(log, "diag: threshold %v: tp %d fp %d\n", th, tp[i], fp[i])
	}
}
