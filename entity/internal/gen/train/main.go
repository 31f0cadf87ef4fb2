// Command train fits the entity package's sequence tagger on GermEval 2014's development
// set (../shared/eval/germeval2014/NER-de-dev.tsv, CC BY 4.0) and writes its weights to
// entity/model.bin, which the package embeds. Run it through `go generate ./entity`; the
// tagger's held-out quality is measured by k-fold cross-validation in evaluate/ner, never on
// this training data.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"crosscheck/entity"
	"crosscheck/evaluate/ner"
	"crosscheck/internal/testenv"
)

func main() {
	in := flag.String("in", filepath.Join(testenv.RepoRoot(), "..", "shared", "eval", "germeval2014", "NER-de-dev.tsv"), "GermEval 2014 TSV to train on")
	out := flag.String("out", "model.bin", "weights file to write")
	epochs := flag.Int("epochs", 0, "training passes (0: the trainer's default)")
	flag.Parse()
	ss, err := ner.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	m := entity.Train(ner.TrainingData(ss), entity.TrainOptions{Epochs: *epochs, Seed: 1})
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Printf("train: %d sentences -> %s (%d bytes)\n", len(ss), *out, buf.Len())
}
