package quotes

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"crosscheck/internal/testenv"
)

// TestSourceBreakdown splits the development part's source-token losses (set
// QUOTES_BREAKDOWN=1; =N shows N examples per class): gold source tokens of events we never
// find, of found events whose source we leave empty, of wrong sources, and the tokens a
// partly right source misses or adds. A tuning aid; the held-out part is never read.
func TestSourceBreakdown(t *testing.T) {
	env := os.Getenv("QUOTES_BREAKDOWN")
	if env == "" {
		t.Skip("set QUOTES_BREAKDOWN=1 to split the source losses of the development part")
	}
	show := 0
	fmt.Sscanf(env, "%d", &show)
	dir := testenv.SharedFile(t, "eval/spkatt2023-news/train")
	az := newAnalyzer()
	lost := map[string]int{}  // gold source tokens not found, by class
	extra := map[string]int{} // predicted source tokens not gold, by class
	count := map[string]int{} // events by class
	examples := map[string][]string{}
	gold, tp, predicted := 0, 0, 0
	note := func(class, ex string) {
		count[class]++
		if len(examples[class]) < show {
			examples[class] = append(examples[class], ex)
		}
	}
	err := readDocs(dir, 0, func(name string, d *doc) error {
		if heldOut(name, 20) {
			return nil
		}
		g, p, sc := events(d, name, az)
		words := func(m map[int]bool) string { return tokenWords(sc, m) }
		of := pairs(g, p)
		usedP := map[int]bool{}
		for gi, pi := range of {
			ge := g[gi]
			gold += len(ge.source)
			if pi < 0 {
				if len(ge.source) > 0 {
					lost["event not found"] += len(ge.source)
					note("event not found", fmt.Sprintf("%s cue=%q src=%q msg=%.60q", d.Annotations[gi].Form, words(ge.cue), words(ge.source), words(ge.message)))
				}
				continue
			}
			usedP[pi] = true
			pe, q := p[pi], sc.quotes[pi]
			predicted += len(pe.source)
			in := inter(ge.source, pe.source)
			tp += in
			ex := fmt.Sprintf("%s gold src=%q cue=%q | ours src=%q cue=%q speaker=%q (%s) | %.60q", d.Annotations[gi].Form, words(ge.source), words(ge.cue), words(pe.source), words(pe.cue), q.Speaker, q.SpeakerHow, words(ge.message))
			switch {
			case len(ge.source) == 0 && len(pe.source) == 0:
				count["both empty"]++
			case len(ge.source) == 0:
				extra["source where gold has none"] += len(pe.source)
				note("source where gold has none", ex)
			case len(pe.source) == 0:
				cls := "our source empty"
				if q.Cue == nil {
					cls += ", no cue"
				}
				lost[cls] += len(ge.source)
				note(cls, ex)
			case in == 0:
				lost["wrong source"] += len(ge.source)
				extra["wrong source"] += len(pe.source)
				note("wrong source", ex)
			default:
				miss, add := len(ge.source)-in, len(pe.source)-in
				cls := "exact"
				switch {
				case miss > 0 && add > 0:
					cls = "partly: both"
				case miss > 0:
					cls = "partly: ours shorter"
				case add > 0:
					cls = "partly: ours longer"
				}
				lost[cls] += miss
				extra[cls] += add
				if cls != "exact" {
					note(cls, ex)
				} else {
					count[cls]++
				}
			}
		}
		for pi, pe := range p {
			if !usedP[pi] {
				predicted += len(pe.source)
				if len(pe.source) > 0 {
					extra["our event not in gold"] += len(pe.source)
					note("our event not in gold", fmt.Sprintf("src=%q cue=%q msg=%.60q", words(pe.source), words(pe.cue), words(pe.message)))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev source tokens: gold %d, predicted %d, shared %d", gold, predicted, tp)
	classes := map[string]bool{}
	for k := range lost {
		classes[k] = true
	}
	for k := range extra {
		classes[k] = true
	}
	for k := range count {
		classes[k] = true
	}
	var ks []string
	for k := range classes {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.Logf("%-28s events %5d  gold tokens lost %5d (%4.1f%%)  predicted tokens not gold %5d", k, count[k], lost[k], 100*float64(lost[k])/float64(max(1, gold)), extra[k])
		for _, ex := range examples[k] {
			t.Logf("    %s", ex)
		}
	}
}

// tokenWords is the text of the scored tokens m, in text order.
func tokenWords(sc scored, m map[int]bool) string {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	var w []string
	for _, k := range ks {
		w = append(w, sc.text[byteOff(sc.text, sc.spans[k].Start):byteOff(sc.text, sc.spans[k].End)])
	}
	return strings.Join(w, " ")
}
