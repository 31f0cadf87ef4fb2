package ner

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"crosscheck/entity"
)

func TestZZDebug(t *testing.T) {
	ss, _ := ReadFile("/work/shared/eval/germeval2014/NER-de-dev.tsv")
	var train []Sentence
	var test []int
	for i := range ss {
		if i%5 == 0 {
			test = append(test, i)
		} else {
			train = append(train, ss[i])
		}
	}
	m := entity.Train(TrainingData(train), entity.TrainOptions{Seed: 1})
	ex := entity.New(m, entity.Options{KeepUnresolvedDerived: true, NoRules: os.Getenv("NR") != ""})
	var b strings.Builder
	for _, i := range test {
		p := Tag(ex, ss[i].Tokens)
		g := map[chunk]bool{}
		for _, c := range chunks(0, ss[i].Outer) {
			g[c] = true
		}
		pc := map[chunk]bool{}
		for _, c := range chunks(0, p) {
			pc[c] = true
			if !g[c] {
				fmt.Fprintf(&b, "FP %s %q\n", c.typ, strings.Join(ss[i].Tokens[c.start:c.end], " "))
			}
		}
		for _, c := range chunks(0, ss[i].Outer) {
			if !pc[c] {
				fmt.Fprintf(&b, "FN %s %q\n", c.typ, strings.Join(ss[i].Tokens[c.start:c.end], " "))
			}
		}
	}
	os.WriteFile("/tmp/nerdebug.txt", []byte(b.String()), 0o644)
}
