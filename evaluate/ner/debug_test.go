package ner

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"crosscheck/entity"
	"crosscheck/internal/testenv"
)

func TestDebugErrors(t *testing.T) {
	if os.Getenv("NER_DEBUG") == "" {
		t.Skip("set NER_DEBUG=1")
	}
	path := testenv.SharedFile(t, "eval/germeval2014/NER-de-dev.tsv")
	ss, _ := ReadFile(path)
	var train []Sentence
	var test []Sentence
	for i, s := range ss {
		if i%5 == 0 {
			test = append(test, s)
		} else {
			train = append(train, s)
		}
	}
	m := entity.Train(TrainingData(train), entity.TrainOptions{Seed: 1})
	ex := entity.New(m, entity.Options{KeepUnresolvedDerived: true})
	n := 0
	for _, s := range test {
		p := Tag(ex, s.Tokens)
		g := map[chunk]bool{}
		for _, c := range chunks(0, s.Outer) {
			g[c] = true
		}
		pc := map[chunk]bool{}
		for _, c := range chunks(0, p) {
			pc[c] = true
		}
		var msgs []string
		for c := range pc {
			if !g[c] {
				msgs = append(msgs, fmt.Sprintf("FP %s %q", c.typ, strings.Join(s.Tokens[c.start:c.end], " ")))
			}
		}
		for c := range g {
			if !pc[c] {
				msgs = append(msgs, fmt.Sprintf("FN %s %q", c.typ, strings.Join(s.Tokens[c.start:c.end], " ")))
			}
		}
		for _, m := range msgs {
			fmt.Println(m)
			n++
		}
	}
}
