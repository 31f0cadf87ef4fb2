// Command train fits the German pack's entity tagger on GermEval 2014's development set
// (../shared/eval/germeval2014/NER-de-dev.tsv, CC BY 4.0) and the extra corpora of
// ../shared/eval/ner-extra that help in cross-validation (evaluate/ner.ShippedExtra, mapped
// by evaluate/ner.ReadExtra), self-trained on the unlabelled texts of ../shared/eval (see
// evaluate/ner.SelfTrain and internal/unlabelled), and writes its weights to
// lang/de/data/entity/model.bin, which the pack embeds. Run it through `go generate
// ./entity`; the tagger's held-out quality is measured by k-fold cross-validation in
// evaluate/ner, never on this training data.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

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
	selfTrain := flag.Bool("selftrain", true, "self-train on the unlabelled texts (see -unlabelled)")
	extraDir := flag.String("extra", filepath.Join(eval, "ner-extra"), "folder of the extra labelled corpora (evaluate/ner.ReadExtra)")
	sources := flag.String("sources", strings.Join(ner.ShippedExtra, ","), "extra corpora to train on, comma-separated; empty: none")
	out := flag.String("out", "model.bin", "weights file to write")
	epochs := flag.Int("epochs", 0, "training passes (0: the trainer's default)")
	minCount := flag.Int("mincount", 0, "leave out features seen fewer times (0: the trainer's default)")
	prune := flag.Float64("prune", 0, "drop weights smaller than this (0: the trainer's default)")
	obias := flag.Float64("obias", 0, "bias against O (no name) folded into the finished model (entity.TrainOptions.OBias)")
	targetCopies := flag.Bool("targetcopies", false, "give GermEval's sentences private feature copies too, folded into the model (entity.TrainOptions.TargetCopies)")
	flag.Parse()
	ss, err := ner.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	data := ner.TrainingData(ss)
	nextra := 0
	for _, src := range strings.Split(*sources, ",") {
		if src == "" {
			continue
		}
		ex, err := ner.ReadExtra(*extraDir, src)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		data = append(data, ex...)
		nextra += len(ex)
	}
	fmt.Fprintf(os.Stderr, "train: %d GermEval sentences and %d extra; reading unlabelled text...\n", len(ss), nextra)
	var sents [][]string
	if *unl != "" && *selfTrain {
		texts, err := unlabelled.Texts(*unl)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		sents = ner.UnlabelledSentences(texts)
	}
	if len(sents) > 0 {
		fmt.Fprintf(os.Stderr, "train: self-training on %d unlabelled sentences (a CRF and a perceptron, then the final CRF; many minutes)...\n", len(sents))
	} else {
		fmt.Fprintln(os.Stderr, "train: training the CRF (several minutes)...")
	}
	m := ner.SelfTrain(data, sents, entity.TrainOptions{Epochs: *epochs, Seed: 1, Prune: float32(*prune), MinCount: *minCount,
		OBias: *obias, TargetCopies: *targetCopies, Pack: de.New()})
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Printf("train: %d sentences, %d extra (%s), %d unlabelled -> %s (%d bytes)\n", len(ss), nextra, *sources, len(sents), *out, buf.Len())
}
