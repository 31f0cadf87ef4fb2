package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"sort"
	"strings"
	"time"
)

// evalReport is what every scorer returns: a table for people, JSON for programs.
type evalReport interface {
	Text() string
}

// evalKind runs one scorer on path.
type evalKind struct {
	run func(ctx context.Context, path string, opts *evalOpts) (evalReport, error)
}

type evalOpts struct {
	gold       string // stream: the gold file (default: FILE's .jsonl replaced by .gold.json)
	json       *bool
	folds      *int
	n          *int
	unlabelled *string
	pairs      *bool
}

var evalCmd = &Command{
	Name:  "eval",
	Usage: "[--json] [--pairs] KIND PATH [GOLD]",
	Short: "score the pipeline on a public data set (ner, quotes, timex, similarity, seeds, ...)",
	Long: `Kinds:
  ner PATH         GermEval 2014 TSV: outer-chunk precision, recall, F1 per type, by
                   cross-validation (--folds) with self-training (--unlabelled)
  quotes DIR       SpkAtt-2023 JSON folder: Cue, Source, Message and joint F1
  quotes-audit DIR ../shared/eval: our annotations of real news, speaker precision and coverage
  timex DIR        WikiWarsDE folder: TIMEX2 strict/lenient F1 and value accuracy
  similarity CSV   SemEval-2022 task 8 pairs: Pearson r, same-story precision/recall
  seeds DIR        seed folder beside its .gold.json: every gold item checked
  entities-audit F our annotation of real news (evaluate/ner/testdata/audit-*.tsv): entity
                   precision and coverage, with every wrong and missed mention
  rewrites CSV     generated rewrite benchmark from 10kGNAD: derived-from and added-sentence P/R
  clustering DIR   generated event stream from ../shared/eval: BCubed and pairwise F1
  stream FILE [GOLD]  a labelled window of real news (JSON Lines and its .gold.json):
                   events BCubed and pairwise P/R/F1, storylines BCubed P/R, the largest
                   event and storyline, and two baselines on the same articles;
                   --pairs adds every missed and wrong pair of articles (ids, dates,
                   sites, headlines, how each was placed, whether the candidate index
                   offered the pair, the pair model's probability and its largest
                   features), counted by cause
  citations SRC    any source ingest reads, into a fresh database (or a .db as it is): every story citation
                   checked against the cited article's text (precision), dangling and
                   furniture sentences in summaries counted
Each prints the published result beside ours.`,
	Flags: func(fs *flag.FlagSet) any {
		return &evalOpts{json: fs.Bool("json", false, "print a machine-readable object"),
			folds:      fs.Int("folds", 5, "cross-validation folds, where a trained model is scored"),
			n:          fs.Int("n", 500, "source articles, for generated benchmarks"),
			pairs:      fs.Bool("pairs", false, "stream: list every missed and wrong pair of articles, with the pair model's probability and features"),
			unlabelled: fs.String("unlabelled", "", "ner: the shared eval folder whose unlabelled texts self-train each fold's tagger, as the shipped model was trained (default: the folder above the GermEval file's, when it holds 10kgnad; \"none\" turns it off)")}
	},
	Run: runEval,
}

func runEval(ctx context.Context, env *Env, o any, args []string) error {
	opts := o.(*evalOpts)
	kinds := evalKinds()
	if len(args) == 3 && args[0] == "stream" {
		opts.gold, args = args[2], args[:2]
	}
	if len(args) != 2 {
		return usagef("name a kind (%s) and a path", strings.Join(sortedKeys(kinds), ", "))
	}
	k, ok := kinds[args[0]]
	if !ok {
		return usagef("unknown kind %q (have %s)", args[0], strings.Join(sortedKeys(kinds), ", "))
	}
	start := time.Now()
	if IsTerminal(env.Stderr) {
		// Scorers read whole data sets and some train models; say so before the wait.
		fmt.Fprintf(env.Stderr, "crosscheck eval %s: scoring %s (can take a minute)…\n", args[0], args[1])
	}
	rep, err := k.run(ctx, args[1], opts)
	env.Log.Info("eval finished", "kind", args[0], "took", time.Since(start))
	if err != nil {
		return fmt.Errorf("eval %s %s: %w", args[0], args[1], err)
	}
	if *opts.json {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	}
	fmt.Fprint(env.Stdout, rep.Text())
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
