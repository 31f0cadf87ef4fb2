package story

import (
	"math"
	"sort"

	"crosscheck/link"
)

// Alignment neighbourhood: a story's articles are aligned pairwise when there are few; with
// more, each article is aligned with the neighbours that share most weighted content words
// with it (and with its source), so the cost grows linearly with the story.
const (
	allPairsUpTo = 12
	neighbours   = 8
)

// support says, for each article and sentence, which other articles state it and with
// which sentence; partial marks sentences that align with one of the other article's
// but say more than it does.
type support struct {
	by      []map[int]map[int]int // doc -> sentence -> other doc -> its sentence
	partial []map[int]map[int]bool
	aligned map[[2]int]bool // pairs of docs that were aligned
	// pairedWith lists, per doc and sentence, the sentences of other docs the alignment
	// paired it with, whether or not either states the other.
	pairedWith []map[int][][2]int
}

func (s *support) stated(i, si int) map[int]int { return s.by[i][si] }

// align compares the chosen pairs of docs with link.Compare and keeps, for each aligned
// pair of sentences, which one states the other. Docs are aligned within their event
// (group); extra are pairs that must be aligned too (derived article and its source).
// Across events a storyline's articles report different happenings, so aligning them
// would cost much and cite little.
func align(docs []*doc, group []int, extra [][2]int) *support {
	s := &support{by: make([]map[int]map[int]int, len(docs)), partial: make([]map[int]map[int]bool, len(docs)), aligned: map[[2]int]bool{},
		pairedWith: make([]map[int][][2]int, len(docs))}
	for i := range docs {
		s.by[i] = map[int]map[int]int{}
		s.pairedWith[i] = map[int][][2]int{}
		s.partial[i] = map[int]map[int]bool{}
	}
	byGroup := map[int][]int{}
	for i, g := range group {
		byGroup[g] = append(byGroup[g], i)
	}
	var pairs [][2]int
	seen := map[[2]int]bool{}
	add := func(p [2]int) {
		if p[0] > p[1] {
			p[0], p[1] = p[1], p[0]
		}
		if p[0] != p[1] && !seen[p] {
			seen[p] = true
			pairs = append(pairs, p)
		}
	}
	for _, p := range extra {
		add(p)
	}
	groups := make([]int, 0, len(byGroup))
	for g := range byGroup {
		groups = append(groups, g)
	}
	sort.Ints(groups)
	for _, g := range groups {
		members := byGroup[g]
		sub := make([]*doc, len(members))
		for k, i := range members {
			sub[k] = docs[i]
		}
		for _, p := range pairsToAlign(sub, nil) {
			add([2]int{members[p[0]], members[p[1]]})
		}
	}
	for _, p := range pairs {
		i, j := p[0], p[1]
		c := link.Compare(docs[i].ld, docs[j].ld)
		s.aligned[[2]int{i, j}], s.aligned[[2]int{j, i}] = true, true
		for _, pr := range c.Pairs {
			if pr.A < 0 || pr.B < 0 || pr.A >= len(docs[i].sents) || pr.B >= len(docs[j].sents) {
				continue
			}
			x, y := &docs[i].sents[pr.A], &docs[j].sents[pr.B]
			s.pairedWith[i][pr.A] = append(s.pairedWith[i][pr.A], [2]int{j, pr.B})
			s.pairedWith[j][pr.B] = append(s.pairedWith[j][pr.B], [2]int{i, pr.A})
			s.note(i, pr.A, j, pr.B, states(y, x))
			s.note(j, pr.B, i, pr.A, states(x, y))
		}
	}
	return s
}

func (s *support) note(i, si, j, sj int, ok bool) {
	if ok {
		if s.by[i][si] == nil {
			s.by[i][si] = map[int]int{}
		}
		if _, had := s.by[i][si][j]; !had {
			s.by[i][si][j] = sj
		}
		return
	}
	if s.partial[i][si] == nil {
		s.partial[i][si] = map[int]bool{}
	}
	s.partial[i][si][j] = true
}

// pairsToAlign picks the pairs of docs to compare, each once, i < j.
func pairsToAlign(docs []*doc, extra [][2]int) [][2]int {
	seen := map[[2]int]bool{}
	var out [][2]int
	add := func(i, j int) {
		if i == j {
			return
		}
		if i > j {
			i, j = j, i
		}
		if !seen[[2]int{i, j}] {
			seen[[2]int{i, j}] = true
			out = append(out, [2]int{i, j})
		}
	}
	for _, p := range extra {
		add(p[0], p[1])
	}
	if len(docs) <= allPairsUpTo {
		for i := range docs {
			for j := i + 1; j < len(docs); j++ {
				add(i, j)
			}
		}
		sort.Slice(out, func(a, b int) bool { return less2(out[a], out[b]) })
		return out
	}
	// Weighted content-word overlap through an inverted index.
	df := map[string]int{}
	bags := make([]map[string]bool, len(docs))
	for i, d := range docs {
		bags[i] = map[string]bool{}
		for _, st := range d.sents {
			if !st.usable {
				continue
			}
			for k := range st.stems {
				bags[i][k] = true
			}
		}
		for k := range bags[i] {
			df[k]++
		}
	}
	index := map[string][]int{}
	for i := range docs {
		for k := range bags[i] {
			if df[k] > 1 && df[k] <= len(docs)/2+1 {
				index[k] = append(index[k], i)
			}
		}
	}
	n := float64(len(docs))
	for i := range docs {
		score := map[int]float64{}
		for k := range bags[i] {
			w := math.Log(n / float64(df[k]))
			for _, j := range index[k] {
				if j != i {
					score[j] += w
				}
			}
		}
		cands := make([]int, 0, len(score))
		for j := range score {
			cands = append(cands, j)
		}
		sort.Slice(cands, func(a, b int) bool {
			if score[cands[a]] != score[cands[b]] {
				return score[cands[a]] > score[cands[b]]
			}
			return cands[a] < cands[b]
		})
		for k := 0; k < len(cands) && k < neighbours; k++ {
			add(i, cands[k])
		}
	}
	sort.Slice(out, func(a, b int) bool { return less2(out[a], out[b]) })
	return out
}

func less2(a, b [2]int) bool {
	if a[0] != b[0] {
		return a[0] < b[0]
	}
	return a[1] < b[1]
}
