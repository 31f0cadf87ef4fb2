// Package similarity scores crosscheck's article similarities on the SemEval-2022 task 8
// German pairs: Pearson r against the human Overall score, and precision and recall of "same
// story" links. First the similarity placement uses (the pair model of package place, at
// its own threshold, never tuned on these pairs), then link.StorySimilarity (with a
// threshold tuned on one half of the pairs and scored on the other).
package similarity

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"crosscheck/analyze"
	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/link"
	"crosscheck/place"
)

// WinnerPearson is the best Pearson r on German pairs in SemEval-2022 task 8.
const WinnerPearson = 0.85

// SameStoryMax is the Overall score at or below which a pair reports the same story.
const SameStoryMax = 1.5

// Pair is one judged article pair.
type Pair struct {
	ID             string
	Title1, Title2 string
	Text1, Text2   string
	Overall        float64
}

// ReadPairs reads the SemEval CSV (header with at least pair, title_1, title_2, text_1,
// text_2, Overall; quoted fields may hold newlines). A row whose Overall is not a number is
// an error naming the row.
func ReadPairs(r io.Reader) ([]Pair, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("similarity: header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	need := []string{"pair", "title_1", "title_2", "text_1", "text_2", "Overall"}
	for _, n := range need {
		if _, ok := col[n]; !ok {
			return nil, fmt.Errorf("similarity: header lacks column %q", n)
		}
	}
	var out []Pair
	for row := 2; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("similarity: row %d: %w", row, err)
		}
		get := func(n string) string {
			if i := col[n]; i < len(rec) {
				return rec[i]
			}
			return ""
		}
		ov, err := strconv.ParseFloat(strings.TrimSpace(get("Overall")), 64)
		if err != nil || math.IsNaN(ov) || math.IsInf(ov, 0) {
			return nil, fmt.Errorf("similarity: row %d: Overall %q is not a number", row, get("Overall"))
		}
		out = append(out, Pair{ID: get("pair"), Title1: get("title_1"), Title2: get("title_2"),
			Text1: get("text_1"), Text2: get("text_2"), Overall: ov})
	}
	return out, nil
}

// Split is precision and recall of "same story" on one half at a threshold from the other.
type Split struct {
	TunedOn   string  `json:"tuned_on"`
	Threshold float64 `json:"threshold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Pairs     int     `json:"pairs"`
}

// Report is the result of Evaluate.
type Report struct {
	Pairs   int     `json:"pairs"`
	Pearson float64 `json:"pearson"`
	// PearsonIDF uses a link.StoryModel whose term weights are document frequencies counted
	// over the file's own texts (no labels): what a deployment with a corpus would get.
	PearsonIDF    float64 `json:"pearson_idf"`
	WinnerPearson float64 `json:"winner_pearson"`
	SameStory     int     `json:"same_story_pairs"`
	Splits        []Split `json:"splits"`
	// Placement is the pair model placement uses: Pearson r of its probability, and same-story
	// precision and recall at its own threshold.
	Placement PlacementScore `json:"placement"`
}

// PlacementScore scores the placement stage's pair model on the pairs.
type PlacementScore struct {
	Pearson   float64 `json:"pearson"`
	Threshold float64 `json:"threshold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Text renders the report for people.
func (r *Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "SemEval-2022 task 8 (German pairs): %d pairs, %d same story (Overall <= %.1f)\n", r.Pairs, r.SameStory, SameStoryMax)
	pl := r.Placement
	fmt.Fprintf(&b, "placement's pair model: Pearson r %.3f (2022 winner: %.2f); same story at its own threshold %.2f: P %.3f R %.3f F1 %.3f\n",
		pl.Pearson, r.WinnerPearson, pl.Threshold, pl.Precision, pl.Recall, pl.F1)
	fmt.Fprintf(&b, "link.StorySimilarity: Pearson r (similarity vs -Overall): %.3f   (2022 winner: %.2f)\n", r.Pearson, r.WinnerPearson)
	fmt.Fprintf(&b, "Pearson r with corpus idf (link.StoryModel over these texts): %.3f\n", r.PearsonIDF)
	for _, s := range r.Splits {
		fmt.Fprintf(&b, "same story, threshold %.3f tuned on %s half, on the other %d pairs: P %.3f R %.3f F1 %.3f\n",
			s.Threshold, s.TunedOn, s.Pairs, s.Precision, s.Recall, s.F1)
	}
	return b.String()
}

// JSON renders the report as indented JSON.
func (r *Report) JSON() ([]byte, error) { return json.MarshalIndent(r, "", "  ") }

// Evaluate scores link.StorySimilarity on the pairs in pairsCSV.
func Evaluate(pairsCSV string) (*Report, error) {
	f, err := os.Open(pairsCSV)
	if err != nil {
		return nil, fmt.Errorf("similarity: %w", err)
	}
	defer f.Close()
	pairs, err := ReadPairs(f)
	if err != nil {
		return nil, err
	}
	if len(pairs) < 2 {
		return nil, fmt.Errorf("similarity: %s: fewer than two pairs", pairsCSV)
	}
	p := de.New()
	sims := make([]float64, len(pairs))
	gold := make([]float64, len(pairs))
	same := make([]bool, len(pairs))
	rep := &Report{Pairs: len(pairs), WinnerPearson: WinnerPearson}
	as, bs := make([]*link.Doc, len(pairs)), make([]*link.Doc, len(pairs))
	for i, pr := range pairs {
		as[i] = doc(pr.ID+"/1", pr.Title1, pr.Text1, p)
		bs[i] = doc(pr.ID+"/2", pr.Title2, pr.Text2, p)
	}
	model := link.NewStoryModel(append(slices.Clone(as), bs...))
	idfSims := make([]float64, len(pairs))
	for i, pr := range pairs {
		a, b := as[i], bs[i]
		sims[i] = link.StorySimilarity(a, b)
		idfSims[i] = model.Similarity(a, b)
		gold[i] = -pr.Overall
		same[i] = pr.Overall <= SameStoryMax
		if same[i] {
			rep.SameStory++
		}
	}
	if rep.Placement, err = placementScore(pairs, gold, same); err != nil {
		return nil, err
	}
	rep.Pearson = pearson(sims, gold)
	rep.PearsonIDF = pearson(idfSims, gold)
	// Halves: even and odd rows, so both see the whole file's mix.
	var even, odd []int
	for i := range pairs {
		if i%2 == 0 {
			even = append(even, i)
		} else {
			odd = append(odd, i)
		}
	}
	for _, h := range []struct {
		name       string
		tune, test []int
	}{{"even", even, odd}, {"odd", odd, even}} {
		th := bestThreshold(h.tune, sims, same)
		pr, rc, f1 := score(h.test, sims, same, th)
		rep.Splits = append(rep.Splits, Split{TunedOn: h.name, Threshold: th, Precision: pr, Recall: rc, F1: f1, Pairs: len(h.test)})
	}
	return rep, nil
}

// placementScore scores the placement stage's pair model: every text analysed by the
// product's analyzer and profiled against one vocabulary that has seen them all (as a
// database that holds them would), each pair compared as placement compares two articles.
func placementScore(pairs []Pair, gold []float64, same []bool) (PlacementScore, error) {
	reg := app.Registry()
	z := app.Analyzer(reg)
	v := place.NewMemVocab()
	m := place.DefaultModel()
	profile := func(id, title, text string) (*place.Profile, error) {
		d := doc(id, title, text, nil)
		a := d.Article
		pk, _ := reg.Get(a.Language)
		return place.BuildProfile(a, z.Analyze(a), pk, nil, v)
	}
	as, bs := make([]*place.Profile, len(pairs)), make([]*place.Profile, len(pairs))
	var err error
	for i, pr := range pairs {
		if as[i], err = profile(pr.ID+"/1", pr.Title1, pr.Text1); err != nil {
			return PlacementScore{}, err
		}
		if bs[i], err = profile(pr.ID+"/2", pr.Title2, pr.Text2); err != nil {
			return PlacementScore{}, err
		}
	}
	probs := make([]float64, len(pairs))
	idx := make([]int, len(pairs))
	for i := range pairs {
		if probs[i], err = m.Compare(as[i], bs[i], v); err != nil {
			return PlacementScore{}, err
		}
		idx[i] = i
	}
	ps := PlacementScore{Pearson: pearson(probs, gold), Threshold: m.Threshold}
	ps.Precision, ps.Recall, ps.F1 = score(idx, probs, same, m.Threshold)
	return ps, nil
}

func doc(id, title, text string, p lang.Pack) *link.Doc {
	a := &article.Article{ID: id, Language: "de", Title: title}
	var tb article.TextBuilder
	add := func(kind article.BlockKind, s string) {
		if s = strings.TrimSpace(s); s != "" {
			tb.Add(kind, s)
		}
	}
	add(article.BlockTitle, title)
	for _, para := range strings.Split(text, "\n") {
		add(article.BlockParagraph, para)
	}
	tb.Fill(a)
	an := &article.Analysis{}
	if p != nil {
		analyze.Segment(a, an, p)
	}
	return &link.Doc{Article: a, Analysis: an}
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0
	}
	return sxy / math.Sqrt(sxx*syy)
}

// bestThreshold picks the similarity threshold with the best F1 on the rows idx.
func bestThreshold(idx []int, sims []float64, same []bool) float64 {
	var cands []float64
	for _, i := range idx {
		cands = append(cands, sims[i])
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	best, bestF := 0.5, -1.0
	for _, th := range cands {
		if _, _, f := score(idx, sims, same, th); f > bestF {
			best, bestF = th, f
		}
	}
	return best
}

func score(idx []int, sims []float64, same []bool, th float64) (p, r, f1 float64) {
	tp, fp, fn := 0, 0, 0
	for _, i := range idx {
		pred := sims[i] >= th
		switch {
		case pred && same[i]:
			tp++
		case pred:
			fp++
		case same[i]:
			fn++
		}
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}
