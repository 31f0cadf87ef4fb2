package app

import (
	"fmt"
	"sort"

	"crosscheck/article"
	"crosscheck/place"
	"crosscheck/store"
	"crosscheck/view"
)

// summaryLen is how many sentences a story summary has at most.
const summaryLen = 4

// summarize picks the sentences that say most of what the story's articles say together:
// sentences that several articles support (by shared content stems) and that use the
// story's common terms, leaving out what only a rewrite adds. Each chosen sentence cites
// every article that supports it.
func summarize(recs []*store.Record, unsupported map[string]bool) []view.Cited {
	reg := Registry()
	type sent struct {
		art     int
		idx     int
		stems   map[string]bool
		text    string
		start   int
		end     int
		support []string
		score   float64
	}
	var sents []*sent
	df := map[string]int{} // articles holding each stem
	for ai, r := range recs {
		d := place.Doc(r, reg)
		rs := article.NewRunes(r.Article.Text)
		seen := map[string]bool{}
		for si, s := range d.Analysis.Sentences {
			if s.Block < len(r.Article.Blocks) && r.Article.Blocks[s.Block].Kind != article.BlockParagraph {
				continue
			}
			if unsupported[fmt.Sprintf("%s:%d", r.Article.ID, s.Start)] {
				continue
			}
			st := map[string]bool{}
			for _, t := range d.Analysis.SentenceTokens(si) {
				if t.Kind != article.TokPunct && !t.Stop && len([]rune(t.Norm)) > 2 {
					st[t.Stem] = true
				}
			}
			if len(st) < 4 {
				continue
			}
			for k := range st {
				if !seen[k] {
					seen[k] = true
					df[k]++
				}
			}
			sents = append(sents, &sent{art: ai, idx: si, stems: st, text: rs.Slice(s.Start, s.End), start: s.Start, end: s.End})
		}
	}
	contains := func(a, b map[string]bool) float64 { // share of a's stems in b
		n := 0
		for k := range a {
			if b[k] {
				n++
			}
		}
		return float64(n) / float64(len(a))
	}
	for _, s := range sents {
		sup := map[string]bool{recs[s.art].Article.ID: true}
		for _, o := range sents {
			if o.art != s.art && !sup[recs[o.art].Article.ID] && contains(s.stems, o.stems) >= 0.5 {
				sup[recs[o.art].Article.ID] = true
			}
		}
		for id := range sup {
			s.support = append(s.support, id)
		}
		sort.Strings(s.support)
		common := 0.0
		for k := range s.stems {
			common += float64(df[k]) / float64(len(recs))
		}
		// Support counts most; common terms next; an early position breaks ties, as
		// news puts the essentials first.
		s.score = float64(len(s.support)) + common/float64(len(s.stems)) - 0.02*float64(s.idx)
	}
	order := append([]*sent(nil), sents...)
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].score != order[j].score {
			return order[i].score > order[j].score
		}
		if order[i].art != order[j].art {
			return order[i].art < order[j].art
		}
		return order[i].idx < order[j].idx
	})
	var chosen []*sent
	for _, s := range order {
		if len(chosen) == summaryLen {
			break
		}
		dup := false
		for _, c := range chosen {
			if contains(s.stems, c.stems) >= 0.5 || contains(c.stems, s.stems) >= 0.5 {
				dup = true
				break
			}
		}
		if !dup {
			chosen = append(chosen, s)
		}
	}
	// Read in the order the story happened: articles in arrival order, sentences in place.
	sort.SliceStable(chosen, func(i, j int) bool {
		if chosen[i].art != chosen[j].art {
			return chosen[i].art < chosen[j].art
		}
		return chosen[i].idx < chosen[j].idx
	})
	out := []view.Cited{}
	for _, s := range chosen {
		out = append(out, view.Cited{Text: s.text, Article: recs[s.art].Article.ID, Start: s.start, End: s.end, Sources: s.support})
	}
	return out
}
