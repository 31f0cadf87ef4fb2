// Command train fits the entity package's sequence tagger on GermEval 2014's development
// set (../shared/eval/germeval2014/NER-de-dev.tsv, CC BY 4.0), self-trained on the
// unlabelled texts of ../shared/eval (see evaluate/ner.SelfTrain and internal/unlabelled),
// and writes its weights to entity/model.bin, which the package embeds. Run it through `go generate ./entity`; the
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
	"crosscheck/internal/unlabelled"
	"crosscheck/lang/de"
)

func main() {
	eval := filepath.Join(testenv.RepoRoot(), "..", "shared", "eval")
	in := flag.String("in", filepath.Join(eval, "germeval2014", "NER-de-dev.tsv"), "GermEval 2014 TSV to train on")
	unl := flag.String("unlabelled", eval, "folder of unlabelled texts to self-train on (internal/unlabelled); empty: none")
	out := flag.String("out", "model.bin", "weights file to write")
	epochs := flag.Int("epochs", 0, "training passes (0: the trainer's default)")
	minCount := flag.Int("mincount", 0, "leave out features seen fewer times (0: the trainer's default)")
	prune := flag.Float64("prune", 0, "drop weights smaller than this (0: the trainer's default)")
	flag.Parse()
	ss, err := ner.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	var sents [][]string
	if *unl != "" {
		texts, err := unlabelled.Texts(*unl)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		sents = ner.UnlabelledSentences(texts)
	}
	m := ner.SelfTrain(ner.TrainingData(ss), sents, entity.TrainOptions{Epochs: *epochs, Seed: 1, Prune: float32(*prune), MinCount: *minCount, Pack: de.New()})
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Printf("train: %d sentences, %d unlabelled -> %s (%d bytes)\n", len(ss), len(sents), *out, buf.Len())
}
