package rewritegen

import (
	"fmt"
	"math/rand"
	"os"
	"slices"
	"strings"
	"time"
	"unicode"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/internal/gnad"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/link"
)

// StrengthReport scores one edit strength.
type StrengthReport struct {
	Strength string `json:"strength"`
	Rewrites int    `json:"rewrites"`
	// Derived-from pairs: a rewrite linked to its true source is a true positive; linked to
	// another article, or a hard negative linked to its partner, a false positive.
	Correct   int     `json:"correct"`
	Wrong     int     `json:"wrong"`
	Missed    int     `json:"missed"`
	HardNegFP int     `json:"hard_negative_fp"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	// DirectionAccuracy: share of correct pairs whose source is the original (the benchmark's
	// articles carry no dates or credits, so only coverage asymmetry can tell).
	DirectionAccuracy float64 `json:"direction_accuracy"`
	// Added-sentence detection: the rewrite's sentences that Compare(rewrite, source) marks
	// added, against the sentences the generator inserted.
	AddedTP        int     `json:"added_tp"`
	AddedFP        int     `json:"added_fp"`
	AddedFN        int     `json:"added_fn"`
	AddedPrecision float64 `json:"added_precision"`
	AddedRecall    float64 `json:"added_recall"`
	// Unsupported-statement detection: the sentences Compare(rewrite, source).Derived reports
	// unsupported (added ones and aligned ones without support in the whole source), against
	// the inserted sentences. Partial counts the aligned ones among the reported, PartialFP
	// those of them that were not inserted.
	UnsupTP        int            `json:"unsupported_tp"`
	UnsupFP        int            `json:"unsupported_fp"`
	UnsupFN        int            `json:"unsupported_fn"`
	UnsupPartial   int            `json:"unsupported_partial"`
	UnsupPartialFP int            `json:"unsupported_partial_fp"`
	UnsupPrecision float64        `json:"unsupported_precision"`
	UnsupRecall    float64        `json:"unsupported_recall"`
	Kinds          map[string]int `json:"kinds"`
}

// RewriteReport is the result of EvaluateRewrites.
type RewriteReport struct {
	Sources       int              `json:"sources"`
	Indexed       int              `json:"indexed"`
	HardNegatives int              `json:"hard_negatives"`
	Seed          int64            `json:"seed"`
	Strengths     []StrengthReport `json:"strengths"`
	Seconds       float64          `json:"seconds"`
}

// Text renders the report as a small table.
func (r *RewriteReport) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "rewrite benchmark: %d sources, %d articles indexed, %d hard negatives, seed %d, %.1fs\n",
		r.Sources, r.Indexed, r.HardNegatives, r.Seed, r.Seconds)
	fmt.Fprintf(&b, "%-9s %9s %7s %7s %7s %9s %9s %9s %9s %10s %9s\n", "strength", "derivedP", "R", "hardFP", "dirAcc",
		"addedP", "addedR", "unsuppP", "unsuppR", "partial/FP", "rewrites")
	for _, s := range r.Strengths {
		fmt.Fprintf(&b, "%-9s %9.3f %7.3f %7d %7.3f %9.3f %9.3f %9.3f %9.3f %6d/%-3d %9d\n", s.Strength, s.Precision, s.Recall,
			s.HardNegFP, s.DirectionAccuracy, s.AddedPrecision, s.AddedRecall, s.UnsupPrecision, s.UnsupRecall,
			s.UnsupPartial, s.UnsupPartialFP, s.Rewrites)
	}
	b.WriteString("target at moderate strength: derived-from precision >= 0.98, recall >= 0.95\n")
	return b.String()
}

// Strength returns the report of one strength, or nil.
func (r *RewriteReport) Strength(name string) *StrengthReport {
	for k := range r.Strengths {
		if r.Strengths[k].Strength == name {
			return &r.Strengths[k]
		}
	}
	return nil
}

type gdoc struct {
	doc       *link.Doc
	category  string
	sentences []string
	names     map[string]bool
}

// EvaluateRewrites reads 10kGNAD from csvPath, rewrites n of its articles (chosen with seed) at
// every strength, indexes all articles, and scores derived-from detection and added-sentence
// detection per strength.
func EvaluateRewrites(csvPath string, n int, seed int64) (*RewriteReport, error) {
	return evaluate(csvPath, n, seed, Strengths)
}

func evaluate(csvPath string, n int, seed int64, strengths []Strength) (*RewriteReport, error) {
	start := time.Now()
	f, err := os.Open(csvPath)
	if err != nil {
		return nil, fmt.Errorf("rewritegen: %w", err)
	}
	recs, err := gnad.Read(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	pack := de.New()
	gen, err := NewGenerator(pack)
	if err != nil {
		return nil, err
	}
	docs := make([]*gdoc, len(recs))
	idx := link.NewIndex()
	byID := map[string]*gdoc{}
	for i, r := range recs {
		g := analyseText(fmt.Sprintf("gnad-%04d", i), r.Text, pack)
		g.category = r.Category
		docs[i] = g
		byID[g.doc.Article.ID] = g
		idx.Add(g.doc.Article.ID, link.NewSignature(g.doc))
	}
	rng := rand.New(rand.NewSource(seed))
	var pool []int
	for i, d := range docs {
		if len(d.sentences) >= 6 {
			pool = append(pool, i)
		}
	}
	rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	if n > len(pool) {
		n = len(pool)
	}
	sources := pool[:n]
	rep := &RewriteReport{Sources: n, Indexed: len(docs), Seed: seed}

	// Hard negatives: for each source, the article of its category sharing most names.
	hardFP := 0
	for _, si := range sources {
		s := docs[si]
		best, bestN := -1, 0
		for j, o := range docs {
			if j == si || o.category != s.category {
				continue
			}
			k := 0
			for nm := range s.names {
				if o.names[nm] {
					k++
				}
			}
			if k > bestN {
				best, bestN = j, k
			}
		}
		if best < 0 {
			continue
		}
		rep.HardNegatives++
		if c := link.Compare(docs[best].doc, s.doc); c.Derived != nil {
			hardFP++
		}
	}

	for _, st := range strengths {
		sr := StrengthReport{Strength: st.String(), Kinds: map[string]int{}, HardNegFP: hardFP}
		dirOK := 0
		for k, si := range sources {
			src := docs[si]
			var foreign []string
			for len(foreign) < 8 {
				j := rng.Intn(len(docs))
				if j != si && len(docs[j].sentences) > 0 {
					foreign = append(foreign, docs[j].sentences[rng.Intn(len(docs[j].sentences))])
				}
			}
			rw := gen.Rewrite(src.sentences, foreign, st, rng)
			rid := fmt.Sprintf("rw-%s-%04d", st, k)
			rd, spans := rewriteDoc(rid, rw, pack)
			sr.Rewrites++
			// Retrieval and decision, as the linker does it, without adding the rewrite.
			var best *link.Derivation
			cands, _ := idx.Candidates(link.NewSignature(rd))
			for _, cid := range cands {
				if !link.MayDerive(rd, byID[cid].doc) {
					continue
				}
				c := link.Compare(rd, byID[cid].doc)
				if c.Derived != nil && (best == nil || c.Derived.Score > best.Score) {
					best = c.Derived
				}
			}
			switch {
			case best == nil:
				sr.Missed++
			case other(best, rid) == src.doc.Article.ID:
				sr.Correct++
				sr.Kinds[best.Kind]++
				if best.Source == src.doc.Article.ID {
					dirOK++
				}
			default:
				sr.Wrong++
				sr.Missed++
			}
			// Added sentences, aligned against the true source.
			c := link.Compare(rd, src.doc)

			pred := map[int]bool{}
			for _, p := range c.Pairs {
				if p.Status == link.StatusAdded {
					pred[p.A] = true
				}
			}
			unsup := map[int]bool{}
			if c.Derived != nil && c.Derived.Article == rid {
				for _, u := range c.Derived.Unsupported {
					if k := rd.Analysis.SentenceAt(u.Start); k >= 0 {
						unsup[k] = true
					}
					if u.Partial {
						sr.UnsupPartial++
						if k := rd.Analysis.SentenceAt(u.Start); k >= 0 && !overlapsAdded(rd.Analysis.Sentences[k], spans) {
							sr.UnsupPartialFP++

						}
					}
				}
			}
			for si, s := range rd.Analysis.Sentences {
				truth := overlapsAdded(s, spans)
				switch {
				case truth && pred[si]:
					sr.AddedTP++
				case truth:
					sr.AddedFN++
				case pred[si]:
					sr.AddedFP++
				}
				switch {
				case truth && unsup[si]:
					sr.UnsupTP++
				case truth:
					sr.UnsupFN++
				case unsup[si]:
					sr.UnsupFP++
				}
			}
		}
		sr.Precision = ratio(sr.Correct, sr.Correct+sr.Wrong+sr.HardNegFP)
		sr.Recall = ratio(sr.Correct, sr.Rewrites)
		sr.DirectionAccuracy = ratio(dirOK, sr.Correct)
		sr.AddedPrecision = ratio(sr.AddedTP, sr.AddedTP+sr.AddedFP)
		sr.AddedRecall = ratio(sr.AddedTP, sr.AddedTP+sr.AddedFN)
		sr.UnsupPrecision = ratio(sr.UnsupTP, sr.UnsupTP+sr.UnsupFP)
		sr.UnsupRecall = ratio(sr.UnsupTP, sr.UnsupTP+sr.UnsupFN)
		rep.Strengths = append(rep.Strengths, sr)
	}
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

func other(d *link.Derivation, id string) string {
	if d.Article == id {
		return d.Source
	}
	return d.Article
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// overlapsAdded reports whether sentence s lies mostly inside an inserted span.
func overlapsAdded(s article.Sentence, spans []article.Span) bool {
	for _, sp := range spans {
		lo, hi := max(s.Start, sp.Start), min(s.End, sp.End)
		if hi-lo > (s.End-s.Start)/2 {
			return true
		}
	}
	return false
}

func analyseText(id, text string, p lang.Pack) *gdoc {
	a := &article.Article{ID: id, Language: "de", Text: text}
	an := &article.Analysis{}
	analyze.Segment(a, an, p)
	r := article.NewRunes(text)
	g := &gdoc{doc: &link.Doc{Article: a, Analysis: an}, names: map[string]bool{}}
	for _, s := range an.Sentences {
		g.sentences = append(g.sentences, r.Slice(s.Start, s.End))
	}
	// Names: two capitalised words in a row, not at the sentence start.
	for _, s := range an.Sentences {
		toks := an.Tokens[s.TokStart:s.TokEnd]
		for k := 2; k < len(toks); k++ {
			if isCap(toks[k-1]) && isCap(toks[k]) {
				g.names[toks[k-1].Norm+" "+toks[k].Norm] = true
			}
		}
	}
	return g
}

func isCap(t article.Token) bool {
	if t.Kind != article.TokWord || t.Stop {
		return false
	}
	for _, r := range t.Text {
		return unicode.IsUpper(r)
	}
	return false
}

// rewriteDoc analyses a rewrite and returns the code point spans of its inserted sentences.
func rewriteDoc(id string, rw Rewrite, p lang.Pack) (*link.Doc, []article.Span) {
	var spans []article.Span
	pos := 0
	for k, s := range rw.Sentences {
		if k > 0 {
			pos++ // the joining space
		}
		n := len([]rune(s))
		if rw.Added[k] {
			spans = append(spans, article.Span{Start: pos, End: pos + n})
		}
		pos += n
	}
	slices.SortFunc(spans, func(a, b article.Span) int { return a.Start - b.Start })
	g := analyseText(id, rw.Text(), p)
	return g.doc, spans
}
