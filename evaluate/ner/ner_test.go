package ner

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"crosscheck/entity"
	"crosscheck/internal/testenv"
	"crosscheck/internal/unlabelled"
)

func TestRead(t *testing.T) {
	in := "#\thttp://example.org\t[2010-01-01]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tbesucht\tO\tO\n4\tdeutsche\tB-LOCderiv\tO\n\n" +
		"#\tx\n1\tNATO-Gipfel\tB-ORGpart\tO\n"
	ss, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 || len(ss[0].Tokens) != 4 || ss[1].Outer[0] != "B-ORGpart" {
		t.Fatalf("got %+v", ss)
	}
	if _, err := Read(strings.NewReader("1\tonly-two\n")); err == nil {
		t.Error("want an error for a line without tags")
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		tags []string
		want []chunk
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []chunk{{0, 0, 2, "PER"}, {0, 3, 4, "LOC"}}},
		{[]string{"I-ORG", "I-ORG", "B-ORG"}, []chunk{{0, 0, 2, "ORG"}, {0, 2, 3, "ORG"}}},
		{[]string{"B-PER", "I-LOC"}, []chunk{{0, 0, 1, "PER"}, {0, 1, 2, "LOC"}}},
		{[]string{"O", "O"}, nil},
	}
	for _, tt := range tests {
		if got := chunks(0, tt.tags); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("chunks(%v) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	ss := []Sentence{{Tokens: []string{"a", "b", "c"}, Outer: []string{"B-PER", "I-PER", "B-LOC"}}}
	rep := &Report{}
	score(rep, ss, [][]string{{"B-PER", "I-PER", "B-ORG"}})
	if rep.Overall.Correct != 1 || rep.Overall.Gold != 2 || rep.Overall.Predicted != 2 || rep.Overall.F1 != 50 {
		t.Fatalf("overall = %+v", rep.Overall)
	}
}

var (
	selfTrain = flag.Bool("ner.selftrain", false, "cross-validate with self-training on ../shared/eval's unlabelled texts")
	withExtra = flag.Bool("ner.extra", false, "train every fold on the extra corpora too, as the shipped model is trained")
)

// TestEvaluateCV reports the held-out score of tagger plus rules by 5-fold cross-validation.
func TestEvaluateCV(t *testing.T) {
	path := testenv.SharedFile(t, "eval/germeval2014/NER-de-dev.tsv")
	opt := Options{Folds: 5}
	if e := os.Getenv("NER_EPOCHS"); e != "" {
		opt.Epochs, _ = strconv.Atoi(e)
	}
	// Experiments: NER_PERCEPTRON=1 trains perceptrons instead of CRFs, NER_L2 and
	// NER_RATE set the CRF's regularisation and step size.
	if os.Getenv("NER_PERCEPTRON") != "" {
		opt.Train.Perceptron = true
	}
	opt.Train.L2, _ = strconv.ParseFloat(os.Getenv("NER_L2"), 64)
	opt.Train.Rate, _ = strconv.ParseFloat(os.Getenv("NER_RATE"), 64)
	opt.Train.MinCount, _ = strconv.Atoi(os.Getenv("NER_MINCOUNT"))
	opt.Train.OBias, _ = strconv.ParseFloat(os.Getenv("NER_OBIAS"), 64)
	opt.Train.TargetCopies = os.Getenv("NER_TARGET_COPIES") != ""
	// NER_FOLD=2 trains and scores the second fold only (screening).
	opt.OnlyFold, _ = strconv.Atoi(os.Getenv("NER_FOLD"))
	// NER_OBIAS_SWEEP=0.2,0.4 scores each fold's model again with those biases against O.
	for _, f := range strings.Split(os.Getenv("NER_OBIAS_SWEEP"), ",") {
		if b, err := strconv.ParseFloat(f, 64); err == nil {
			opt.OBiasSweep = append(opt.OBiasSweep, b)
		}
	}
	// NER_CONF_SWEEP=0.5,0.9 scores each fold's model again behind those confidence gates.
	for _, f := range strings.Split(os.Getenv("NER_CONF_SWEEP"), ",") {
		if c, err := strconv.ParseFloat(f, 64); err == nil {
			opt.ConfSweep = append(opt.ConfSweep, c)
		}
	}
	// NER_TRAIN_FRACTION=0.5 trains on half of each fold's sentences: a learning curve.
	opt.TrainFraction, _ = strconv.ParseFloat(os.Getenv("NER_TRAIN_FRACTION"), 64)
	if p, err := strconv.ParseFloat(os.Getenv("NER_PRUNE"), 32); err == nil {
		opt.Train.Prune = float32(p)
	}
	// With -ner.selftrain each fold self-trains on the unlabelled texts, as the shipped
	// model does (about four minutes on two cores); without, the tagger learns from the
	// gold sentences only.
	if *selfTrain {
		texts, err := unlabelled.Texts(filepath.Join(testenv.Shared(t), "eval"))
		if err != nil {
			t.Fatal(err)
		}
		opt.Unlabelled = UnlabelledSentences(texts)
	}
	// -ner.extra adds the sources of ../shared/eval/ner-extra the shipped model is trained
	// on to every fold's training data, as the shipped model is trained (several minutes);
	// NER_EXTRA=mobie,smartdata names sources ("none": none); NER_EXTRA_FRACTION=0.5 adds
	// the first half of them.
	extra := os.Getenv("NER_EXTRA")
	if extra == "" && *withExtra {
		extra = strings.Join(ShippedExtra, ",")
	}
	if extra != "none" && extra != "" && !testing.Short() {
		for _, src := range strings.Split(extra, ",") {
			ss, err := ReadExtra(filepath.Join(testenv.Shared(t), "eval", "ner-extra"), src)
			if err != nil {
				t.Fatal(err)
			}
			if os.Getenv("NER_EXTRA_PLAIN") != "" {
				for i := range ss {
					ss[i].Source = "" // no private feature copies: plain pooled data
				}
			}
			t.Logf("extra: %s, %d sentences", src, len(ss))
			opt.Extra = append(opt.Extra, ss...)
		}
	}
	opt.ExtraFraction, _ = strconv.ParseFloat(os.Getenv("NER_EXTRA_FRACTION"), 64)
	if testing.Short() {
		opt = Options{Folds: 2, Epochs: 3, Limit: 600}
	}
	rep, err := Evaluate(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.Text())
	// NER_DUMP=file writes every sentence with gold and predicted tags, for error analysis.
	if p := os.Getenv("NER_DUMP"); p != "" {
		ss, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for i, s := range ss[:len(rep.Predicted)] {
			for j, tok := range s.Tokens {
				b.WriteString(tok + "\t" + s.Outer[j] + "\t" + rep.Predicted[i][j] + "\n")
			}
			b.WriteString("\n")
		}
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if os.Getenv("NER_TAGGER_ONLY") != "" {
		opt.TaggerOnly = true
		r2, err := Evaluate(path, opt)
		if err != nil {
			t.Fatal(err)
		}
		t.Log("tagger only\n" + r2.Text())
	}
	if !testing.Short() && rep.Overall.F1 < 55 {
		t.Errorf("held-out F1 %.2f, want at least 55", rep.Overall.F1)
	}
	if _, err := rep.JSON(); err != nil {
		t.Fatal(err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("#\tsrc\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n\n1\tx\tO\tO\n")
	f.Add("1\ta\n")
	f.Add("\n\n#\n\t\t\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		ss, err := Read(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, x := range ss {
			if len(x.Tokens) != len(x.Outer) || len(x.Tokens) != len(x.Inner) {
				t.Fatalf("ragged sentence %+v", x)
			}
			chunks(0, x.Outer)
		}
	})
}

func TestTagAlignment(t *testing.T) {
	m, err := entity.LoadModel(germanPack())
	if err != nil {
		t.Fatal(err)
	}
	ex := entity.New(m, entity.Options{KeepUnresolvedDerived: true})
	toks := []string{"NATO-Generalsekretär", "Mark", "Rutte", "besuchte", "die", "ukrainische", "Hauptstadt", "Kiew", "."}
	got := Tag(ex, toks)
	want := []string{"B-ORGpart", "B-PER", "I-PER", "O", "O", "B-LOCderiv", "O", "B-LOC", "O"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Tag = %v, want %v", got, want)
	}
}

// TestSelfTrain checks the silver data: sentences are kept only where both taggers agree
// and find a name, and self-training on them changes the model.
func TestSelfTrain(t *testing.T) {
	ss, err := ReadFile(testenv.SharedFile(t, "eval/germeval2014/NER-de-dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	texts, err := unlabelled.Texts(filepath.Join(testenv.Shared(t), "eval"))
	if err != nil {
		t.Fatal(err)
	}
	unl := UnlabelledSentences(texts[:40])
	if len(unl) < 200 {
		t.Fatalf("only %d unlabelled sentences from 40 texts", len(unl))
	}
	for _, s := range unl {
		if len(s) < 5 || len(s) > 60 {
			t.Fatalf("sentence of %d tokens kept", len(s))
		}
	}
	gold := TrainingData(ss[:400])
	opt := entity.TrainOptions{Seed: 1, Epochs: 3, Pack: germanPack()}
	crf := entity.New(entity.Train(gold, opt), entity.Options{})
	per := entity.New(entity.Train(gold, entity.TrainOptions{Seed: 1, Epochs: 3, Perceptron: true, Pack: germanPack()}), entity.Options{})
	same := Silver(crf, crf, unl)
	both := Silver(crf, per, unl)
	nSame, nBoth := 0, 0
	for i, s := range unl {
		tags := Tag(crf, s)
		hasName := false
		for _, tg := range tags {
			hasName = hasName || tg != "O"
		}
		if (same[i] != nil) != hasName {
			t.Fatalf("sentence %d: kept=%v with itself, has a name=%v", i, same[i] != nil, hasName)
		}
		if same[i] != nil {
			nSame++
		}
		if both[i] != nil {
			nBoth++
			if !reflect.DeepEqual(both[i], tags) || !reflect.DeepEqual(both[i], Tag(per, s)) {
				t.Fatalf("sentence %d kept though the taggers disagree", i)
			}
		}
	}
	if nBoth == 0 || nBoth >= nSame {
		t.Errorf("two taggers kept %d sentences, one tagger with itself %d: want 0 < two < one", nBoth, nSame)
	}
	m := SelfTrain(gold, unl, opt)
	changed := false
	for _, s := range ss[400:600] {
		if !reflect.DeepEqual(Tag(entity.New(m, entity.Options{}), s.Tokens), Tag(crf, s.Tokens)) {
			changed = true
			break
		}
	}
	if !changed {
		t.Error("self-training changed no tags on 200 held-out sentences")
	}
}
