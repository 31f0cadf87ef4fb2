package quotes

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"crosscheck/internal/testenv"
)

// TestSourceLoss splits where the source F1 of a part of SpkAtt is lost (set QUOTES_LOSS=dev,
// or =heldout once at the end; QUOTES_LOSS_SHOW=N shows N examples per class) into the classes
// of docs/quality.md stop 33: gold events whose cue we miss entirely (no event of ours, with or
// without a gold cue), found events with no source given, sources with a wrong boundary (by
// side), sources naming the wrong entity, and sources where gold has none (a gold event
// without source, or an event gold does not have). For each class it gives the events, the
// gold tokens lost (recall), the predicted tokens that are not gold (precision) and the source
// F1 the part would have if that class alone were right: the size of the loss. A tuning aid.
func TestSourceLoss(t *testing.T) {
	which := os.Getenv("QUOTES_LOSS")
	if which != "dev" && which != "heldout" {
		t.Skip("set QUOTES_LOSS=dev (or =heldout, once, at the end) to split the source F1 loss")
	}
	show := 0
	fmt.Sscanf(os.Getenv("QUOTES_LOSS_SHOW"), "%d", &show)
	dir := testenv.SharedFile(t, "eval/spkatt2023-news/train")
	inFold, err := FoldFilter(os.Getenv("QUOTES_FOLD")) // QUOTES_FOLD=i/k: fold i of the dev files only
	if err != nil {
		t.Fatal(err)
	}
	az := newAnalyzer()
	type loss struct{ events, lost, extra int }
	by := map[string]*loss{}
	examples := map[string][]string{}
	cueWords := map[string]int{} // cued gold events we miss, by cue words
	gold, pred, tp := 0, 0, 0
	note := func(class string, lost, extra int, ex string) {
		l := by[class]
		if l == nil {
			l = &loss{}
			by[class] = l
		}
		l.events++
		l.lost += lost
		l.extra += extra
		if len(examples[class]) < show {
			examples[class] = append(examples[class], ex)
		}
	}
	err = readDocs(dir, 0, func(name string, d *doc) error {
		if heldOut(name, 20) != (which == "heldout") || which == "dev" && !inFold(name) {
			return nil
		}
		g, p, sc := events(d, name, az)
		words := func(m map[int]bool) string { return tokenWords(sc, m) }
		of := pairs(g, p)
		usedP := map[int]bool{}
		for gi, pi := range of {
			ge := g[gi]
			gold += len(ge.source)
			ex := func(pe *event) string {
				s := fmt.Sprintf("%s gold cue=%q src=%q", d.Annotations[gi].Form, words(ge.cue), words(ge.source))
				if pe != nil {
					s += fmt.Sprintf(" | ours cue=%q src=%q", words(pe.cue), words(pe.source))
				}
				return s + fmt.Sprintf(" | %.70q", words(ge.message))
			}
			if pi < 0 {
				if len(ge.source) == 0 {
					continue
				}
				if len(ge.cue) > 0 {
					cueWords[strings.ToLower(words(ge.cue))]++
					note("1a cue missed (gold cue)", len(ge.source), 0, ex(nil))
				} else {
					note("1b cue missed (no gold cue)", len(ge.source), 0, ex(nil))
				}
				continue
			}
			usedP[pi] = true
			pe := p[pi]
			pred += len(pe.source)
			in := inter(ge.source, pe.source)
			tp += in
			switch {
			case len(ge.source) == 0 && len(pe.source) == 0:
			case len(ge.source) == 0:
				note("5a source, gold event has none", 0, len(pe.source), ex(&pe))
			case len(pe.source) == 0:
				if len(pe.cue) == 0 {
					note("2b no source (cue-less event)", len(ge.source), 0, ex(&pe))
				} else {
					note("2a no source (cue found)", len(ge.source), 0, ex(&pe))
				}
			case in == 0:
				note("4 wrong entity", len(ge.source), len(pe.source), ex(&pe))
			case in < len(ge.source) || in < len(pe.source):
				gl, gr := span(ge.source)
				pl, pr := span(pe.source)
				side := func(gx, px int, early, late string) string {
					switch {
					case px < gx:
						return early
					case px > gx:
						return late
					}
					return "="
				}
				cls := fmt.Sprintf("3 boundary: left %s, right %s", side(gl, pl, "wider", "narrower"), side(gr, pr, "narrower", "wider"))
				note(cls, len(ge.source)-in, len(pe.source)-in, ex(&pe))
			}
		}
		for pi, pe := range p {
			if usedP[pi] {
				continue
			}
			pred += len(pe.source)
			if len(pe.source) > 0 {
				note("5b source, event not in gold", 0, len(pe.source), fmt.Sprintf("ours cue=%q src=%q | %.70q", words(pe.cue), words(pe.source), words(pe.message)))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	f1 := func(tp, pred, gold int) float64 {
		if tp == 0 {
			return 0
		}
		p, r := float64(tp)/float64(pred), float64(tp)/float64(gold)
		return 100 * 2 * p * r / (p + r)
	}
	t.Logf("%s source tokens: gold %d, predicted %d, shared %d: F1 %.1f", which, gold, pred, tp, f1(tp, pred, gold))
	var ks []string
	for k := range by {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	t.Logf("| class | events | gold tokens lost | predicted tokens not gold | source F1 with the class right |")
	for _, k := range ks {
		l := by[k]
		// Right: the lost gold tokens found, the tokens that are not gold not given.
		t.Logf("| %s | %d | %d | %d | %.1f (+%.1f) |", k, l.events, l.lost, l.extra, f1(tp+l.lost, pred-l.extra+l.lost, gold), f1(tp+l.lost, pred-l.extra+l.lost, gold)-f1(tp, pred, gold))
		for _, e := range examples[k] {
			t.Logf("    %s", e)
		}
	}
	cw := byCount(cueWords)
	var top []string
	for i := 0; i < len(cw) && i < 25; i++ {
		top = append(top, fmt.Sprintf("%s %d", cw[i].k, cw[i].n))
	}
	t.Logf("missed gold cues: %d kinds; %s", len(cw), strings.Join(top, ", "))
}

// span is the first and last token of a set.
func span(m map[int]bool) (int, int) {
	lo, hi := -1, -1
	for k := range m {
		if lo < 0 || k < lo {
			lo = k
		}
		hi = max(hi, k)
	}
	return lo, hi
}

// counted is a key with its count.
type counted struct {
	k string
	n int
}

// byCount lists the counts most first, keys in order among equals.
func byCount(m map[string]int) []counted {
	var out []counted
	for k, n := range m {
		out = append(out, counted{k, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].n > out[j].n || out[i].n == out[j].n && out[i].k < out[j].k })
	return out
}
