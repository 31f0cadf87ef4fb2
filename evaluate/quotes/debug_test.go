package quotes

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"crosscheck/internal/testenv"
)

// TestDebugMisses lists what the extractor misses (set QUOTES_DEBUG=1); a tuning aid.
func TestDebugMisses(t *testing.T) {
	if os.Getenv("QUOTES_DEBUG") == "" {
		t.Skip("set QUOTES_DEBUG=1 to list missed speech events")
	}
	dir := testenv.SharedFile(t, "eval/spkatt2023-news/train")
	az := newAnalyzer()
	forms := map[string][2]int{}
	cues := map[string]int{}
	shown := 0
	err := readDocs(dir, 0, func(name string, d *doc) error {
		if heldOut(name, 20) {
			return nil
		}
		sents := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Tokens
		}
		a, spans, first := Article("x", sents)
		an := az.Analyze(a)
		predMsg := map[int]bool{}
		predQ := map[int]int{}
		for qi, q := range an.Quotes {
			for k := range covered(spans, q.Start, q.End) {
				predMsg[k] = true
				predQ[k] = qi
			}
		}
		word := func(ids []string) string {
			var w []string
			for _, x := range ids {
				var si, ti int
				fmt.Sscanf(x, "%d:%d", &si, &ti)
				if si < len(first) && ti < len(sents[si]) {
					w = append(w, sents[si][ti])
				}
			}
			return strings.Join(w, " ")
		}
		for _, g := range d.Annotations {
			hit := false
			for _, x := range g.Message {
				var si, ti int
				fmt.Sscanf(x, "%d:%d", &si, &ti)
				if si < len(first) && predMsg[first[si]+ti] {
					hit = true
				}
			}
			if hit && os.Getenv("QUOTES_DEBUG") == "3" && shown < 60 {
				var si, ti int
				fmt.Sscanf(g.Message[0], "%d:%d", &si, &ti)
				qi, ok := predQ[first[si]+ti]
				if ok {
					q := an.Quotes[qi]
					ps, pc := "", ""
					if q.Source != nil {
						ps = q.Source.Text
					}
					if q.Cue != nil {
						pc = q.Cue.Text
					}
					if !strings.Contains(word(g.Source), ps) || ps == "" {
						shown++
						t.Logf("%s gold src=%q cue=%q | pred src=%q cue=%q | %q", g.Form, word(g.Source), word(g.Cue), ps, pc, q.Text)
					}
				}
			}
			c := forms[g.Form]
			c[0]++
			if hit {
				c[1]++
			} else {
				cues[strings.ToLower(word(g.Cue))]++
				if shown < 40 && os.Getenv("QUOTES_DEBUG") == "2" && g.Form != "FreeIndirect" && g.Form != "IndirectFreeIndirect" {
					shown++
					t.Logf("%s cue=%q src=%q msg=%q", g.Form, word(g.Cue), word(g.Source), word(g.Message))
				}
			}
			forms[g.Form] = c
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("form: [gold, message found] %v", forms)
	kvs := byCount(cues)
	for _, x := range kvs[:min(60, len(kvs))] {
		t.Logf("missed cue %q: %d", x.k, x.n)
	}
}
