// Package ner scores the entity extractor on GermEval 2014 named-entity data with the
// shared task's official measure: outer chunks, exact span and exact type (deriv and part
// subtypes count as types of their own), as precision, recall and F1 per type and overall.
package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/lang/de"
)

// Winner2014 is the outer-chunk F1 (in %) of the GermEval 2014 shared task's best system
// (ExB), the published anchor for our number.
const Winner2014 = 79.1

// Sentence is one GermEval sentence: tokens with their outer and inner BIO tags.
type Sentence struct {
	Source string // the "#" line before the sentence
	Tokens []string
	Outer  []string
	Inner  []string
}

// Read parses GermEval 2014 TSV: "#" comment lines, then one token a line ("index token
// outer inner", tab separated), a blank line between sentences.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(t, "#") {
			if len(cur.Tokens) > 0 {
				flush()
			}
			cur.Source = strings.TrimSpace(strings.TrimPrefix(t, "#"))
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("ner: line %d: want index, token and tags, got %q", line, t)
		}
		cur.Tokens = append(cur.Tokens, f[1])
		cur.Outer = append(cur.Outer, f[2])
		inner := "O"
		if len(f) > 3 {
			inner = f[3]
		}
		cur.Inner = append(cur.Inner, inner)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: read: %w", err)
	}
	flush()
	return out, nil
}

// ReadFile reads a GermEval TSV file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	return Read(f)
}

// TrainingData converts sentences to the entity tagger's training form (outer tags).
func TrainingData(ss []Sentence) []entity.Sentence {
	out := make([]entity.Sentence, len(ss))
	for i, s := range ss {
		out[i] = entity.Sentence{Words: s.Tokens, Tags: s.Outer}
	}
	return out
}

// Options control Evaluate.
type Options struct {
	// Folds > 1 scores by k-fold cross-validation: a tagger is trained on k-1 folds and
	// scored on the held-out fold, for each fold. 0 or 1 scores the shipped model, which was
	// trained on this very file when path is GermEval's dev set (an in-sample number).
	Folds  int
	Epochs int // training passes per fold; 0 uses the trainer's default
	// Train sets the trainer's other options for every fold (its Seed and, when Epochs is
	// set, its Epochs are overridden).
	Train entity.TrainOptions
	// TaggerOnly scores the tagger without rules and gazetteers.
	TaggerOnly bool
	Limit      int // score only the first Limit sentences (0: all)
	// TrainFraction, when in (0, 1), trains each fold on that leading share of its training
	// sentences only (test folds stay whole): points of a learning curve.
	TrainFraction float64
	// Unlabelled, when set, trains each fold's tagger by SelfTrain with these sentences
	// (see UnlabelledSentences), as the shipped model is trained.
	Unlabelled [][]string
	// Extra is labelled data from other corpora (see ReadExtra), added to every fold's
	// training sentences and never scored: the folds of the file stay the test sets.
	Extra []entity.Sentence
	// ExtraFraction, when in (0, 1), adds only that leading share of Extra.
	ExtraFraction float64
	// OnlyFold, when in [1, Folds], trains and scores that one fold only: a fifth of the
	// cost, for screening ideas (noisier than all folds).
	OnlyFold int
	// OBiasSweep scores each fold's model again with these biases against O added (see
	// entity.TrainOptions.OBias), without training again: Report.Sweep.
	OBiasSweep []float64
	// ConfSweep scores each fold's model again with these confidence gates
	// (entity.Options.MinConfidence), after the O biases in Report.Sweep.
	ConfSweep []float64
}

// Score is precision, recall and F1 (in %) with the counts behind them.
type Score struct {
	Type      string  `json:"type"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Report is the result of an evaluation.
type Report struct {
	Data       string  `json:"data"`
	Sentences  int     `json:"sentences"`
	Mode       string  `json:"mode"` // "shipped model (in-sample)" or "5-fold cross-validation"
	Overall    Score   `json:"overall"`
	Types      []Score `json:"types"`
	Published  float64 `json:"published_f1"` // GermEval 2014 winner, outer chunks
	Seconds    float64 `json:"seconds"`
	SentPerSec float64 `json:"sentences_per_second"` // extraction speed, training excluded
	// Sweep is the overall score at each bias of Options.OBiasSweep, in its order.
	Sweep []Score `json:"sweep,omitempty"`
	// Predicted holds the outer BIO tags given to each sentence, for error analysis.
	Predicted [][]string `json:"-"`
}

// Text renders the report as a table.
func (r *Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "GermEval 2014 NER, outer chunks, strict span and type: %s (%d sentences), %s\n", r.Data, r.Sentences, r.Mode)
	fmt.Fprintf(&b, "%-10s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "pred", "ok", "P", "R", "F1")
	for _, s := range append(append([]Score(nil), r.Types...), r.Overall) {
		fmt.Fprintf(&b, "%-10s %6d %6d %6d %7.2f %7.2f %7.2f\n", s.Type, s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1)
	}
	for _, s := range r.Sweep {
		fmt.Fprintf(&b, "%-10s %6d %6d %6d %7.2f %7.2f %7.2f\n", s.Type, s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1)
	}
	fmt.Fprintf(&b, "overall F1 %.2f; GermEval 2014 winner (ExB) %.1f\n", r.Overall.F1, r.Published)
	fmt.Fprintf(&b, "extraction %.0f sentences/s\n", r.SentPerSec)
	return b.String()
}

// JSON renders the report as JSON.
func (r *Report) JSON() ([]byte, error) { return json.MarshalIndent(r, "", "  ") }

type chunk struct {
	sent, start, end int // token indexes, end exclusive
	typ              string
}

// chunks reads BIO tags into chunks, as the official conlleval-style scorer does: an I-
// tag without a matching chunk before it starts a new chunk.
func chunks(sent int, tags []string) []chunk {
	var out []chunk
	for i := 0; i < len(tags); i++ {
		bi, typ, ok := strings.Cut(tags[i], "-")
		if !ok || (bi != "B" && bi != "I") {
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, chunk{sent, i, j, typ})
		i = j - 1
	}
	return out
}

// Evaluate scores the entity extractor on the GermEval file at path.
func Evaluate(path string, opt Options) (*Report, error) {
	ss, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	if opt.Limit > 0 && opt.Limit < len(ss) {
		ss = ss[:opt.Limit]
	}
	if len(ss) == 0 {
		return nil, fmt.Errorf("ner: %s: no sentences", path)
	}
	rep := &Report{Data: path, Sentences: len(ss), Published: Winner2014}
	pred := make([][]string, len(ss))
	sweep := make([][][]string, len(opt.OBiasSweep)+len(opt.ConfSweep))
	for k := range sweep {
		sweep[k] = make([][]string, len(ss))
	}
	var extractSecs float64
	if opt.Folds > 1 {
		rep.Mode = fmt.Sprintf("%d-fold cross-validation (held-out)", opt.Folds)
		// Folds train in parallel, as many at once as there are processors: each trains
		// with its own seed on its own data, so the result does not depend on the order.
		var mu sync.Mutex
		var wg sync.WaitGroup
		sem := make(chan struct{}, max(1, min(runtime.GOMAXPROCS(0), opt.Folds)))
		for f := 0; f < opt.Folds; f++ {
			if opt.OnlyFold > 0 && f != opt.OnlyFold-1 {
				continue
			}
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				var train []Sentence
				var test []int
				for i := range ss {
					if i%opt.Folds == f {
						test = append(test, i)
					} else {
						train = append(train, ss[i])
					}
				}
				if opt.TrainFraction > 0 && opt.TrainFraction < 1 {
					train = train[:int(float64(len(train))*opt.TrainFraction)]
				}
				to := opt.Train
				to.Seed = uint64(f + 1)
				to.Pack = germanPack()
				if opt.Epochs != 0 {
					to.Epochs = opt.Epochs
				}
				data := append(TrainingData(train), opt.Extra...)
				if opt.ExtraFraction > 0 && opt.ExtraFraction < 1 {
					data = data[:len(train)+int(float64(len(opt.Extra))*opt.ExtraFraction)]
				}
				var m *entity.Model
				if opt.Unlabelled != nil {
					m = SelfTrain(data, opt.Unlabelled, to)
				} else {
					m = entity.Train(data, to)
				}
				ex := entity.New(m, entity.Options{KeepUnresolvedDerived: true, NoRules: opt.TaggerOnly})
				t0 := time.Now()
				for _, i := range test {
					pred[i] = Tag(ex, ss[i].Tokens) // folds write disjoint sentences
				}
				mu.Lock()
				extractSecs += time.Since(t0).Seconds()
				mu.Unlock()
				for k, b := range opt.OBiasSweep {
					exb := entity.New(m.WithOBias(b), entity.Options{KeepUnresolvedDerived: true, NoRules: opt.TaggerOnly})
					for _, i := range test {
						sweep[k][i] = Tag(exb, ss[i].Tokens)
					}
				}
				for k, c := range opt.ConfSweep {
					exc := entity.New(m, entity.Options{KeepUnresolvedDerived: true, NoRules: opt.TaggerOnly, MinConfidence: c})
					for _, i := range test {
						sweep[len(opt.OBiasSweep)+k][i] = Tag(exc, ss[i].Tokens)
					}
				}
			}()
		}
		wg.Wait()
	} else {
		rep.Mode = "shipped model (in-sample when scored on the dev set it was trained on)"
		m, err := entity.LoadModel(germanPack())
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		ex := entity.New(m, entity.Options{KeepUnresolvedDerived: true, NoRules: opt.TaggerOnly})
		t0 := time.Now()
		for i := range ss {
			pred[i] = Tag(ex, ss[i].Tokens)
		}
		extractSecs = time.Since(t0).Seconds()
	}
	rep.Seconds = extractSecs
	if extractSecs > 0 {
		rep.SentPerSec = float64(len(ss)) / extractSecs
	}
	if opt.OnlyFold > 0 {
		var ss2 []Sentence
		var p2 [][]string
		for k := range sweep {
			var s2 [][]string
			for i := range ss {
				if pred[i] != nil {
					s2 = append(s2, sweep[k][i])
				}
			}
			sweep[k] = s2
		}
		for i := range ss {
			if pred[i] != nil {
				ss2, p2 = append(ss2, ss[i]), append(p2, pred[i])
			}
		}
		ss, pred = ss2, p2
		rep.Mode += fmt.Sprintf(", fold %d only", opt.OnlyFold)
		rep.Sentences = len(ss)
	}
	score(rep, ss, pred)
	rep.Predicted = pred
	for k, b := range opt.OBiasSweep {
		r := &Report{}
		score(r, ss, sweep[k])
		r.Overall.Type = fmt.Sprintf("O bias %g", b)
		rep.Sweep = append(rep.Sweep, r.Overall)
	}
	for k, c := range opt.ConfSweep {
		r := &Report{}
		score(r, ss, sweep[len(opt.OBiasSweep)+k])
		r.Overall.Type = fmt.Sprintf("confidence gate %g", c)
		rep.Sweep = append(rep.Sweep, r.Overall)
	}
	return rep, nil
}

// germanPack is the German pack, built on first use (GermEval and the extra corpora are
// German): commands that never score entities do not pay for it at start-up.
var germanPack = sync.OnceValue(func() *de.Pack { return de.New() })

// Tag runs the extractor on one sentence of tokens (joined by single spaces into an
// article) and maps its entities back onto the tokens as outer BIO tags. A mention that
// does not start and end on token boundaries is kept as a chunk over the tokens it touches,
// so it counts as a wrong span, not as nothing.
func Tag(ex *entity.Extractor, tokens []string) []string {
	tags := make([]string, len(tokens))
	for i := range tags {
		tags[i] = "O"
	}
	starts := make([]int, len(tokens))
	ends := make([]int, len(tokens))
	var b strings.Builder
	c := 0
	for i, t := range tokens {
		if i > 0 {
			b.WriteByte(' ')
			c++
		}
		starts[i] = c
		b.WriteString(t)
		c += len([]rune(t))
		ends[i] = c
	}
	text := b.String()
	a := &article.Article{ID: "s", Language: "de", Text: text,
		Blocks: []article.Block{{Kind: article.BlockParagraph, Start: 0, End: c}}}
	// One GermEval line is one sentence: analyse it as such, whatever a splitter thinks.
	an := &article.Analysis{Sentences: []article.Sentence{{Start: 0, End: c}}}
	ex.Extract(a, an, germanPack())
	for _, e := range an.Entities {
		i := sort.Search(len(ends), func(k int) bool { return ends[k] > e.Start })
		j := sort.Search(len(ends), func(k int) bool { return ends[k] >= e.End })
		if i >= len(tokens) || j >= len(tokens) || j < i {
			continue
		}
		typ := germevalType(e)
		if e.Subtype == entity.SubtypePart {
			j = i // a part names the whole token
		}
		if tags[i] != "O" {
			continue
		}
		tags[i] = "B-" + typ
		for k := i + 1; k <= j; k++ {
			tags[k] = "I-" + typ
		}
	}
	return tags
}

func germevalType(e article.Entity) string {
	t := "OTH"
	switch e.Type {
	case article.EntityPerson:
		t = "PER"
	case article.EntityOrganisation:
		t = "ORG"
	case article.EntityPlace:
		t = "LOC"
	}
	switch e.Subtype {
	case entity.SubtypeDerived:
		t += "deriv"
	case entity.SubtypePart:
		t += "part"
	}
	return t
}

func score(rep *Report, ss []Sentence, pred [][]string) {
	gold := map[chunk]bool{}
	got := map[chunk]bool{}
	types := map[string]*Score{}
	st := func(t string) *Score {
		if types[t] == nil {
			types[t] = &Score{Type: t}
		}
		return types[t]
	}
	for i, s := range ss {
		for _, c := range chunks(i, s.Outer) {
			gold[c] = true
			st(c.typ).Gold++
		}
		for _, c := range chunks(i, pred[i]) {
			got[c] = true
			st(c.typ).Predicted++
			if gold[c] {
				st(c.typ).Correct++
			}
		}
	}
	all := Score{Type: "overall", Gold: len(gold), Predicted: len(got)}
	for c := range got {
		if gold[c] {
			all.Correct++
		}
	}
	fill(&all)
	rep.Overall = all
	names := make([]string, 0, len(types))
	for t := range types {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		s := types[t]
		fill(s)
		rep.Types = append(rep.Types, *s)
	}
}

func fill(s *Score) {
	if s.Predicted > 0 {
		s.Precision = 100 * float64(s.Correct) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = 100 * float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}
