// Command wordvecstudy measures whether distributional word vectors separate the pairs the
// event pair model gets wrong (docs/quality.md stop 44): vectors trained on text that is not
// the scored window's, the cosine of two articles' idf-weighted mean vectors of headline and
// lead, compared on the weights generator's collected pairs left out by window.
package main

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/evaluate/stream"
	"crosscheck/internal/unlabelled"
	"crosscheck/lang/de"
	"crosscheck/place"
	"crosscheck/place/internal/wordvec"
)

type doc struct {
	id, published string
	lead          []string // content stems of headline and first paragraph
	all           []string // content stems of the whole text
}

var pack = de.New()

func stems(text string, weak map[string]string) []string {
	var out []string
	for _, t := range pack.Tokens(text) {
		if t.Kind != article.TokWord || t.Stop || t.Stem == "" || utf8.RuneCountInString(t.Norm) < 3 {
			continue
		}
		letter := false
		for _, r := range t.Norm {
			if unicode.IsLetter(r) {
				letter = true
				break
			}
		}
		if !letter {
			continue
		}
		if _, ok := weak[strings.ToLower(t.Text)]; ok {
			continue
		}
		out = append(out, t.Stem)
	}
	return out
}

func readJSONL(path string, weak map[string]string) []doc {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []doc
	for sc.Scan() {
		var r struct{ ID, Title, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			log.Fatal(err)
		}
		first := ""
		for _, p := range strings.Split(r.Text, "\n\n") {
			if strings.TrimSpace(p) != "" {
				first = p
				break
			}
		}
		out = append(out, doc{id: r.ID, published: r.Published, lead: stems(r.Title+"\n\n"+first, weak), all: stems(r.Title+"\n\n"+r.Text, weak)})
	}
	return out
}

// others reads the other German corpora of ../shared/eval as plain documents: the unlabelled
// texts the entity stage learns from (10kGNAD, SpkAtt, WikiWarsDE) and GermEval's
// development sentences, one document per sentence.
func others(eval string, weak map[string]string) [][]string {
	var out [][]string
	texts, err := unlabelled.Texts(eval)
	if err != nil {
		log.Printf("other corpora: %v", err)
	}
	for _, t := range texts {
		out = append(out, stems(t, weak))
	}
	if b, err := os.ReadFile(filepath.Join(eval, "germeval2014", "NER-de-dev.tsv")); err == nil {
		var words []string
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
				if len(words) > 0 {
					out = append(out, stems(strings.Join(words, " "), weak))
					words = nil
				}
				continue
			}
			if f := strings.Split(line, "\t"); len(f) > 1 {
				words = append(words, f[1])
			}
		}
	}
	return out
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s[:min(10, len(s))])
	if err != nil {
		return time.Time{}
	}
	return t
}

var winRE = regexp.MustCompile(`window-(\d{4})-(\d\d)-(\d\d)\.\.(\d\d)`)

func span(gold string) (time.Time, time.Time) {
	m := winRE.FindStringSubmatch(filepath.Base(gold))
	if m == nil {
		log.Fatalf("no dates in %s", gold)
	}
	a := day(m[1] + "-" + m[2] + "-" + m[3])
	b := day(m[1] + "-" + m[2] + "-" + m[4])
	return a, b
}

func auc(pos, neg []float64) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return math.NaN()
	}
	type sv struct {
		s float64
		p bool
	}
	var all []sv
	for _, s := range pos {
		all = append(all, sv{s, true})
	}
	for _, s := range neg {
		all = append(all, sv{s, false})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s < all[j].s })
	var rankSum float64
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j].s == all[i].s {
			j++
		}
		r := float64(i+j+1) / 2
		for k := i; k < j; k++ {
			if all[k].p {
				rankSum += r
			}
		}
		i = j
	}
	np, nn := float64(len(pos)), float64(len(neg))
	return (rankSum - np*(np+1)/2) / (np * nn)
}

func mean(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v
	}
	return s / float64(len(x))
}

func main() {
	shared := flag.String("shared", "../shared", "the shared folder")
	pairsFile := flag.String("pairs", "", "the weights generator's pairs file (-pairs, collected with -repo .)")
	mode := flag.String("mode", "b", "a: the other corpora of ../shared/eval only; b: the stream minus each window's dates ±7 days, and the other corpora (one training per window); leak: everything, the scored windows too (an upper bound, not a measurement)")
	dim := flag.Int("dim", 100, "")
	minCount := flag.Int("min", 5, "")
	thr := flag.Float64("threshold", 0.75, "the pair threshold that defines a miss")
	cacheDir := flag.String("cache", "", "a folder to keep each fold's vectors in")
	variant := flag.String("variant", "mean", "mean: cosine of idf-weighted mean vectors; centred: the same after taking out the vocabulary's mean vector; soft: idf-weighted mean over each word's best match in the other; softnew: the same over the words the other does not share")
	flag.Parse()
	log.SetFlags(0)
	weak := pack.Words("place_weak")
	trends := filepath.Join(*shared, "eval", "trends-de")
	streamDocs := readJSONL(filepath.Join(trends, "stream-2024-04..10.jsonl"), weak)
	given := readJSONL(filepath.Join(trends, "window-2024-09-01..10.jsonl"), weak)
	other := others(filepath.Join(*shared, "eval"), weak)
	ntok := 0
	for _, d := range other {
		ntok += len(d)
	}
	log.Printf("stream %d, given %d, other corpora %d docs %d content words", len(streamDocs), len(given), len(other), ntok)
	byID := map[string]*doc{}
	for i := range streamDocs {
		byID[streamDocs[i].id] = &streamDocs[i]
	}
	for i := range given {
		byID[given[i].id] = &given[i]
	}
	// idf over the stream's whole texts (the placer's idf grows the same way).
	df := map[string]int{}
	for _, d := range append(append([]doc{}, streamDocs...), given...) {
		seen := map[string]bool{}
		for _, w := range d.all {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	ndocs := float64(len(streamDocs) + len(given))
	idf := func(w string) float64 { return math.Log(ndocs / float64(1+df[w])) }

	b, err := os.ReadFile(*pairsFile)
	if err != nil {
		log.Fatal(err)
	}
	var pairs []stream.Pair
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&pairs); err != nil {
		log.Fatal(err)
	}
	var wins []string
	seen := map[string]bool{}
	for _, p := range pairs {
		if !seen[p.Window] {
			seen[p.Window] = true
			wins = append(wins, p.Window)
		}
	}
	var vecA *wordvec.Vectors
	switch *mode {
	case "a":
		vecA = wordvec.Train(other, wordvec.Options{Dim: *dim, MinCount: *minCount, Seed: 1})
		log.Printf("vectors (a): %d words", len(vecA.Words))
	case "leak":
		// An upper bound, not a measurement: the scored windows' own text is in the training.
		train := append([][]string{}, other...)
		for _, d := range streamDocs {
			train = append(train, d.all)
		}
		for _, d := range given {
			train = append(train, d.all)
		}
		vecA = wordvec.Train(train, wordvec.Options{Dim: *dim, MinCount: *minCount, Seed: 1})
		log.Printf("vectors (leak): %d words", len(vecA.Words))
	}
	cosOf := map[int]float64{}
	covered := 0
	for _, w := range wins {
		vec := vecA
		if vec == nil {
			a, z := span(w)
			a, z = a.AddDate(0, 0, -7), z.AddDate(0, 0, 7)
			train := append([][]string{}, other...)
			for _, d := range streamDocs {
				t := day(d.published)
				if !t.IsZero() && !t.Before(a) && !t.After(z) {
					continue
				}
				train = append(train, d.all)
			}
			t0 := time.Now()
			cf := filepath.Join(*cacheDir, fmt.Sprintf("wv-%s-%d-%d.gob", filepath.Base(w), *dim, *minCount))
			if b, err := os.ReadFile(cf); err == nil && *cacheDir != "" {
				vec = new(wordvec.Vectors)
				if err := gob.NewDecoder(bytes.NewReader(b)).Decode(vec); err != nil {
					log.Fatal(err)
				}
			} else {
				vec = wordvec.Train(train, wordvec.Options{Dim: *dim, MinCount: *minCount, Seed: 1})
				if *cacheDir != "" {
					var bb bytes.Buffer
					if err := gob.NewEncoder(&bb).Encode(vec); err != nil {
						log.Fatal(err)
					}
					if err := os.WriteFile(cf, bb.Bytes(), 0o644); err != nil {
						log.Fatal(err)
					}
				}
			}
			log.Printf("%s: vectors on %d docs, %d words, %s", filepath.Base(w), len(train), len(vec.Words), time.Since(t0).Round(time.Second))
			if strings.Contains(w, "09-01") {
				for _, q := range []string{"hochrechn", "wahlabend", "landtagswahl", "stimm", "tor", "iphon"} {
					fmt.Printf("  near %s: %s\n", q, strings.Join(nearest(vec, q, 8), " "))
				}
			}
		}
		centre := make([]float64, vec.Dim)
		if *variant == "centred" {
			for i := range vec.Words {
				for k := range centre {
					centre[k] += float64(vec.Data[i*vec.Dim+k]) / float64(len(vec.Words))
				}
			}
		}
		cache := map[string][]float64{}
		mv := func(id string) []float64 {
			if v, ok := cache[id]; ok {
				return v
			}
			d := byID[id]
			var out []float64
			if d != nil {
				out = make([]float64, vec.Dim)
				var any bool
				for _, s := range d.lead {
					x := vec.Vec(s)
					if x == nil {
						continue
					}
					any = true
					wt := idf(s)
					for i := range out {
						out[i] += wt * (float64(x[i]) - centre[i])
					}
				}
				if !any {
					out = nil
				}
			}
			cache[id] = out
			return out
		}
		// soft: for each distinct word of one side, its best cosine with a word of the other,
		// weighted by idf, averaged over both directions; newOnly leaves out words both hold.
		soft := func(a, b *doc, newOnly bool) (float64, bool) {
			if a == nil || b == nil {
				return 0, false
			}
			set := func(d *doc) map[string]bool {
				m := map[string]bool{}
				for _, s := range d.lead {
					m[s] = true
				}
				return m
			}
			sa, sb := set(a), set(b)
			dir := func(from, to map[string]bool) (float64, float64) {
				var num, den float64
				for w := range from {
					if newOnly && to[w] {
						continue
					}
					x := vec.Vec(w)
					if x == nil {
						continue
					}
					best := 0.0
					for u := range to {
						if u == w {
							best = 1
							break
						}
						y := vec.Vec(u)
						if y == nil {
							continue
						}
						var c float64
						for k := range x {
							c += float64(x[k]) * float64(y[k])
						}
						best = math.Max(best, c)
					}
					num += idf(w) * best
					den += idf(w)
				}
				return num, den
			}
			n1, d1 := dir(sa, sb)
			n2, d2 := dir(sb, sa)
			if d1+d2 == 0 {
				return 0, false
			}
			return (n1 + n2) / (d1 + d2), true
		}
		for i, p := range pairs {
			if p.Window != w {
				continue
			}
			if *variant == "soft" || *variant == "softnew" {
				c, ok := soft(byID[p.Article], byID[p.Other], *variant == "softnew")
				cosOf[i] = c
				if ok {
					covered++
				}
				continue
			}
			x, y := mv(p.Article), mv(p.Other)
			if x == nil || y == nil {
				cosOf[i] = 0
				continue
			}
			covered++
			var s, nx, ny float64
			for k := range x {
				s += x[k] * y[k]
				nx += x[k] * x[k]
				ny += y[k] * y[k]
			}
			cosOf[i] = s / math.Sqrt(nx*ny)
		}
	}
	log.Printf("%d of %d pairs with vectors on both sides", covered, len(pairs))
	report(pairs, cosOf, wins, *thr)
}

func nearest(v *wordvec.Vectors, w string, n int) []string {
	x := v.Vec(w)
	if x == nil {
		return []string{"(none)"}
	}
	type ws struct {
		w string
		s float64
	}
	var all []ws
	for i, o := range v.Words {
		var s float64
		y := v.Data[i*v.Dim : (i+1)*v.Dim]
		for k := range x {
			s += float64(x[k]) * float64(y[k])
		}
		all = append(all, ws{o, s})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s > all[j].s })
	var out []string
	for _, a := range all[1:min(n+1, len(all))] {
		out = append(out, fmt.Sprintf("%s(%.2f)", a.w, a.s))
	}
	return out
}

func report(pairs []stream.Pair, cosOf map[int]float64, wins []string, thr float64) {
	names := place.FeatureNames()
	prob := make([]float64, len(pairs))
	var llBase, llVec float64
	var nll int
	probVec := make([]float64, len(pairs))
	for _, w := range wins {
		var xs, xv [][]float64
		var ys []bool
		for i, p := range pairs {
			if p.Window == w || p.Features.Apart {
				continue
			}
			xs = append(xs, p.Features.X[:])
			xv = append(xv, append(append([]float64{}, p.Features.X[:]...), cosOf[i]))
			ys = append(ys, p.Features.Same)
		}
		m := place.FitLogistic(names, xs, ys, 1)
		mv := place.FitLogistic(append(append([]string{}, names...), "meaning"), xv, ys, 1)
		for i, p := range pairs {
			if p.Window != w {
				continue
			}
			prob[i] = m.Raw(p.Features.X[:])
			probVec[i] = mv.Raw(append(append([]float64{}, p.Features.X[:]...), cosOf[i]))
			if p.Features.Apart {
				continue
			}
			y := 0.0
			if p.Features.Same {
				y = 1
			}
			ll := func(q float64) float64 {
				q = math.Min(math.Max(q, 1e-9), 1-1e-9)
				return -(y*math.Log(q) + (1-y)*math.Log(1-q))
			}
			llBase += ll(prob[i])
			llVec += ll(probVec[i])
			nll++
		}
		fmt.Printf("%s: weight of meaning (standardised) %.3f\n", filepath.Base(w), mv.Weights[len(mv.Weights)-1])
	}
	fmt.Printf("left-out log-loss per pair (not apart, %d): base %.4f, with meaning %.4f\n", nll, llBase/float64(nll), llVec/float64(nll))
	var sameC, diffC, missC, fpC, hitC, hardC []float64
	var sameP, diffP []float64
	for i, p := range pairs {
		c := cosOf[i]
		if p.Features.Same {
			sameC = append(sameC, c)
			sameP = append(sameP, prob[i])
			if prob[i] < thr || p.Features.Apart {
				missC = append(missC, c)
			} else {
				hitC = append(hitC, c)
			}
		} else {
			diffC = append(diffC, c)
			diffP = append(diffP, prob[i])
			if prob[i] >= 0.3 && !p.Features.Apart {
				hardC = append(hardC, c)
			}
			if prob[i] >= thr && !p.Features.Apart {
				fpC = append(fpC, c)
			}
		}
	}
	fmt.Printf("all pairs: same %d (mean cos %.3f), different %d (mean %.3f); AUC cos %.3f, AUC left-out model %.3f\n",
		len(sameC), mean(sameC), len(diffC), mean(diffC), auc(sameC, diffC), auc(sameP, diffP))
	fmt.Printf("misses (same, p < %.2f or apart) %d mean cos %.3f; hits %d mean %.3f\n", thr, len(missC), mean(missC), len(hitC), mean(hitC))
	fmt.Printf("different, p >= 0.3: %d mean cos %.3f; different, p >= %.2f: %d mean %.3f\n", len(hardC), mean(hardC), thr, len(fpC), mean(fpC))
	fmt.Printf("AUC cos, misses vs different p >= 0.3: %.3f; misses vs different p >= %.2f (the model's two errors): %.3f; misses vs all different: %.3f\n", auc(missC, hardC), thr, auc(missC, fpC), auc(missC, diffC))
	// Among the pairs under 0.3, how many of one event the highest cosines would bring in.
	var low []int
	for i, p := range pairs {
		if prob[i] < 0.3 && !p.Features.Apart {
			low = append(low, i)
		}
	}
	sort.Slice(low, func(a, b int) bool { return cosOf[low[a]] > cosOf[low[b]] })
	same := 0
	for k, i := range low {
		if pairs[i].Features.Same {
			same++
		}
		if k+1 == 25 || k+1 == 50 || k+1 == 100 || k+1 == 200 || k+1 == 400 {
			fmt.Printf("  pairs under p 0.3 (%d, %d of one event), the %d of highest cosine: %d of one event\n", len(low), countSame(pairs, low), k+1, same)
		}
	}
	// Among the pairs the model puts in a band, does the cosine separate?
	for _, band := range [][2]float64{{0, 0.1}, {0.1, 0.3}, {0.3, thr}, {thr, 1.01}} {
		var s, d []float64
		for i, p := range pairs {
			if prob[i] < band[0] || prob[i] >= band[1] || p.Features.Apart {
				continue
			}
			if p.Features.Same {
				s = append(s, cosOf[i])
			} else {
				d = append(d, cosOf[i])
			}
		}
		fmt.Printf("model p in [%.2f, %.2f): same %d mean cos %.3f, different %d mean %.3f, AUC %.3f\n", band[0], band[1], len(s), mean(s), len(d), mean(d), auc(s, d))
	}
	// Pairwise at the threshold: the base model and the model with the feature.
	for _, t := range []float64{0.6, 0.7, 0.75, 0.8} {
		f := func(pp []float64) (float64, float64) {
			var tp, fp, fn float64
			for i, p := range pairs {
				pos := pp[i] >= t && !p.Features.Apart
				switch {
				case pos && p.Features.Same:
					tp++
				case pos:
					fp++
				case p.Features.Same:
					fn++
				}
			}
			return tp / (tp + fp), tp / (tp + fn)
		}
		p0, r0 := f(prob)
		p1, r1 := f(probVec)
		fmt.Printf("compared pairs at %.2f: base P %.3f R %.3f; with meaning P %.3f R %.3f\n", t, p0, r0, p1, r1)
	}
}

func countSame(pairs []stream.Pair, idx []int) int {
	n := 0
	for _, i := range idx {
		if pairs[i].Features.Same {
			n++
		}
	}
	return n
}
