// Command weights fits the placement stage's pair model on the labelled windows of real
// German news and writes it as Go data (place/weights.go). It reads ../shared/eval/trends-de
// (the published window and the stream that the project's own labelled windows, in
// evaluate/stream/testdata, are cut from), collects every pair the placer compares, fits a
// logistic regression, chooses its threshold by the F0.5 of each window grouped with a model
// fitted on the other windows, and prints the model's scores cross-validated by event, never
// on pairs it was fitted on. Deterministic: the same data gives the same file, byte for byte.
//
// Run by `go generate ./place` (about two minutes).
package main

import (
	"bytes"
	"context"
	"encoding/gob"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"crosscheck/evaluate/stream"
	"crosscheck/place"
)

func main() {
	shared := flag.String("shared", "../../shared", "the shared folder (../shared beside the repository)")
	repo := flag.String("repo", "..", "the repository's root")
	out := flag.String("out", "weights.go", "where to write the model")
	l2 := flag.Float64("l2", 1, "L2 penalty on the standardised weights")
	folds := flag.Int("folds", 5, "cross-validation folds (0: none)")
	lowo := flag.Float64("lowo-threshold", 0, "place each left-out window at this threshold instead of the one its fold chooses (0: choose)")
	cache := flag.String("pairs", "", "a file to keep the collected pairs in and read them from when it exists (for trying -l2 without collecting again; stale once the features change)")
	study := flag.Bool("event-study", false, "measure an event model (article -> candidate event, docs/quality.md stop 33) on the collected pairs, left out by window and simulated, and stop")
	replace := flag.Bool("event-replace", false, "with -event-study: the event model instead of the two best members' support (else after it)")
	profFile := flag.String("event-profiles", "", "with -event-study: also pool the events' profiles, the articles' vectors collected into (and read from, when it exists) this file")
	windowIDF := flag.Bool("event-window-idf", false, "with -event-profiles: weigh by the window's idf over all its articles (later ones too) instead of the placer's at the time")
	storyGrid := flag.String("story-grid", "", "measure the storyline join instead: the shipped setting and every combination of these values (\"names=0.30,0.35 topic=0.05,0.07 cycle-names=…\", see stream.StoryGrid), each window placed with its left-out event model, each setting chosen on the other windows; then stop")
	storyWorkers := flag.Int("story-workers", 2, "with -story-grid: windows placed at once")
	errDir := flag.String("errors", "", "with -folds 0: write each window's report as its left-out fold placed it, with every missed and wrong pair (crosscheck eval stream --pairs), to this folder, one WINDOW.txt each")
	flag.Parse()
	log.SetFlags(0)
	ctx := context.Background()
	trends := filepath.Join(*shared, "eval", "trends-de")
	windows := []stream.Window{
		{File: filepath.Join(trends, "window-2024-09-01..10.jsonl"), Gold: filepath.Join(trends, "window-2024-09-01..10.gold.json")},
	}
	own, _ := filepath.Glob(filepath.Join(*repo, "evaluate", "stream", "testdata", "window-*.gold.json"))
	for _, g := range own {
		windows = append(windows, stream.Window{File: filepath.Join(trends, "stream-2024-04..10.jsonl"), Gold: g})
	}
	var pairs []stream.Pair
	loaded := false
	if *cache != "" {
		if b, err := os.ReadFile(*cache); err == nil {
			if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&pairs); err != nil {
				log.Fatalf("weights: %s: %v", *cache, err)
			}
			log.Printf("weights: %d pairs read from %s", len(pairs), *cache)
			loaded = true
			// Pairs name their window by the gold path as given here: read with another
			// -repo or -shared spelling, no window would be left out of its own fold.
			have := map[string]bool{}
			for _, p := range pairs {
				have[p.Window] = true
			}
			for _, w := range windows {
				if !have[w.Gold] {
					log.Fatalf("weights: %s holds no pair of %s: it was collected with another -repo or -shared spelling", *cache, w.Gold)
				}
			}
		}
	}
	for _, w := range windows {
		if loaded {
			break
		}
		ps, err := stream.Collect(ctx, w)
		if err != nil {
			log.Fatalf("weights: %s: %v (needs ../shared/eval/trends-de beside the repository)", w.Gold, err)
		}
		same := 0
		for _, p := range ps {
			if p.Features.Same {
				same++
			}
		}
		log.Printf("weights: %s: %d pairs compared, %d of them the same event", filepath.Base(w.Gold), len(ps), same)
		pairs = append(pairs, ps...)
	}
	if *cache != "" && !loaded {
		{
			var b bytes.Buffer
			if err := gob.NewEncoder(&b).Encode(pairs); err != nil {
				log.Fatal(err)
			}
			if err := os.WriteFile(*cache, b.Bytes(), 0o644); err != nil {
				log.Fatal(err)
			}
		}
	}
	if *storyGrid != "" {
		settings, err := stream.StoryGrid(*storyGrid)
		if err != nil {
			log.Fatal(err)
		}
		res, err := stream.StoryStudy(ctx, windows, pairs, *l2, settings, *storyWorkers, func(done, total int) {
			log.Printf("weights: story grid: %d of %d windows and settings placed", done, total)
		})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Print(res.Text())
		return
	}
	if *study {
		var profiles map[string]map[string]stream.ArticleVectors
		if *profFile != "" {
			if b, err := os.ReadFile(*profFile); err == nil {
				if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&profiles); err != nil {
					log.Fatalf("weights: %s: %v", *profFile, err)
				}
			} else {
				profiles = map[string]map[string]stream.ArticleVectors{}
				for _, w := range windows {
					ps, err := stream.CollectProfiles(ctx, w)
					if err != nil {
						log.Fatal(err)
					}
					profiles[w.Gold] = ps
				}
				var b bytes.Buffer
				if err := gob.NewEncoder(&b).Encode(profiles); err != nil {
					log.Fatal(err)
				}
				if err := os.WriteFile(*profFile, b.Bytes(), 0o644); err != nil {
					log.Fatal(err)
				}
			}
		}
		fmt.Print(stream.EventStudy(pairs, *l2, *replace, profiles, *windowIDF))
		return
	}
	var ex []place.Example
	for _, p := range pairs {
		ex = append(ex, p.Features)
	}
	m := place.Fit(ex, *l2)
	m.Threshold = stream.ChooseThresholdLeftOut(pairs, m, *l2)
	if err := write(*out, m, len(ex), windows); err != nil {
		log.Fatal(err)
	}
	if *folds > 1 {
		cv, err := stream.CrossValidate(ctx, windows, pairs, *folds, *l2)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Print(cv.Text())
	}
	if len(windows) > 1 {
		var each func(stream.Window, *stream.Report)
		if *errDir != "" {
			if err := os.MkdirAll(*errDir, 0o755); err != nil {
				log.Fatal(err)
			}
			each = func(w stream.Window, rep *stream.Report) {
				name := filepath.Join(*errDir, strings.TrimSuffix(filepath.Base(w.Gold), ".gold.json")+".txt")
				if err := os.WriteFile(name, []byte(rep.Text()), 0o644); err != nil {
					log.Fatal(err)
				}
			}
		}
		lo, err := stream.LeaveWindowOutReports(ctx, windows, pairs, *l2, *lowo, each)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Print(lo.Text())
	}
}

func write(path string, m *place.Model, n int, windows []stream.Window) error {
	var b bytes.Buffer
	b.WriteString("// Code generated by place/internal/gen/weights; DO NOT EDIT.\n\npackage place\n\n")
	fmt.Fprintf(&b, "// DefaultModel returns the pair model fitted on %d labelled pairs of %d windows of real German news\n", n, len(windows))
	b.WriteString("// (see place/internal/gen/weights for how, and docs/quality.md for its cross-validated scores).\n")
	b.WriteString("func DefaultModel() *Model {\n\treturn &Model{\n\t\tNames: featureNames,\n")
	list := func(name string, xs []float64) {
		fmt.Fprintf(&b, "\t\t%s: []float64{", name)
		for i, x := range xs {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(num(x))
		}
		b.WriteString("},\n")
	}
	list("Mean", m.Mean)
	list("Scale", m.Scale)
	list("Weights", m.Weights)
	fmt.Fprintf(&b, "\t\tBias: %s,\n\t\tThreshold: %s,\n\t}\n}\n", num(m.Bias), num(m.Threshold))
	src, err := format.Source(b.Bytes())
	if err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}

// num prints a float with six significant digits, so the file does not change with noise in
// the last bits.
func num(x float64) string { return strconv.FormatFloat(x, 'g', 6, 64) }
