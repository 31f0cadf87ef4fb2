package quote

import (
	"sort"
	"strings"
	"unicode"

	"crosscheck/article"
)

// Reported is a quote together with the article that carries it.
type Reported struct {
	Article string        `json:"article"`
	Quote   article.Quote `json:"quote"`
}

// Group is one quotation as it travels between articles.
type Group struct {
	Text     string   `json:"text"`     // the fullest wording, a direct one when any member is direct
	Speaker  string   `json:"speaker"`  // the speaker the members agree on, or ""
	Articles []string `json:"articles"` // sorted, unique
	Members  []int    `json:"members"`  // indexes into Link's input, ascending
	Reworded bool     `json:"reworded"` // the members' wordings differ
	// Direct: Text is a direct quotation's verbatim wording, to be shown in quotation marks;
	// false when every member reports the statement in other words.
	Direct bool `json:"direct"`
}

// minShared is the least number of shared words for two quotes to be linked; shorter quotes
// must match exactly.
const minShared = 4

// linkOverlap is the share of the shorter quote's words the longer one must contain.
const linkOverlap = 0.7

// Link groups quotes that repeat the same statement, exactly or reworded: two quotes are
// linked when most words of the shorter occur in the longer (containment over normalised
// words) and their speakers do not contradict. Every input quote lands in exactly one group;
// groups come in the order of their first member. Deterministic for a given input order.
func Link(qs []Reported) []Group {
	words := make([][]string, len(qs))
	sets := make([]map[string]bool, len(qs))
	index := map[string][]int{}
	for i, q := range qs {
		words[i] = normWords(q.Quote.Text)
		sets[i] = map[string]bool{}
		for _, w := range words[i] {
			if !sets[i][w] {
				sets[i][w] = true
				index[w] = append(index[w], i)
			}
		}
	}
	parent := make([]int, len(qs))
	// speaker of each group root: groups with different known speakers never merge.
	spk := make([]string, len(qs))
	for i := range parent {
		parent[i] = i
		spk[i] = qs[i].Quote.Speaker
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for i := range qs {
		shared := map[int]int{}
		for w := range sets[i] {
			for _, j := range index[w] {
				if j > i {
					shared[j]++
				}
			}
		}
		cands := make([]int, 0, len(shared))
		for j := range shared {
			cands = append(cands, j)
		}
		sort.Ints(cands)
		for _, j := range cands {
			n := shared[j]
			small := min(len(sets[i]), len(sets[j]))
			if small == 0 {
				continue
			}
			a, b := find(i), find(j)
			if a == b || (spk[a] != "" && spk[b] != "" && spk[a] != spk[b]) {
				continue
			}
			exact := strings.Join(words[i], " ") == strings.Join(words[j], " ")
			if exact || (n >= minShared && float64(n)/float64(small) >= linkOverlap) {
				root := min(a, b)
				parent[max(a, b)] = root
				if spk[root] == "" {
					spk[root] = spk[max(a, b)]
				}
			}
		}
	}
	byRoot := map[int]*Group{}
	var order []int
	for i, q := range qs {
		r := find(i)
		g, ok := byRoot[r]
		if !ok {
			g = &Group{}
			byRoot[r] = g
			order = append(order, r)
		}
		g.Members = append(g.Members, i)
		// A verbatim wording beats any paraphrase; among equals the fullest wins.
		if (q.Quote.Direct && !g.Direct) || (q.Quote.Direct == g.Direct && len([]rune(q.Quote.Text)) > len([]rune(g.Text))) {
			g.Text, g.Direct = q.Quote.Text, q.Quote.Direct
		}
	}
	out := make([]Group, 0, len(order))
	for _, r := range order {
		g := byRoot[r]
		arts := map[string]bool{}
		speakers := map[string]bool{}
		first := strings.Join(words[g.Members[0]], " ")
		for _, m := range g.Members {
			arts[qs[m].Article] = true
			if s := qs[m].Quote.Speaker; s != "" {
				speakers[s] = true
			}
			if strings.Join(words[m], " ") != first {
				g.Reworded = true
			}
		}
		for a := range arts {
			g.Articles = append(g.Articles, a)
		}
		sort.Strings(g.Articles)
		if len(speakers) == 1 {
			for s := range speakers {
				g.Speaker = s
			}
		}
		out = append(out, *g)
	}
	return out
}

// normWords lower-cases text and splits it into words of letters and digits.
func normWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
