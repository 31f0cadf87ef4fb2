package de

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/internal/testenv"
)

// detokenize joins tokens the way German is written: no space before closing punctuation,
// none after opening marks. ASCII quotes alternate between opening and closing.
func detokenize(toks []string, b *strings.Builder) {
	noSpaceAfter := false
	asciiOpen := false
	for i, t := range toks {
		space := i > 0 && !noSpaceAfter
		noSpaceAfter = false
		switch {
		case t == "\"":
			if asciiOpen {
				space = false
			} else {
				noSpaceAfter = true
			}
			asciiOpen = !asciiOpen
		case t != "..." && (strings.ContainsAny(t[:1], ".,;:!?)]'") || strings.HasPrefix(t, "“") || strings.HasPrefix(t, "«")):
			space = false
		case t == "„" || t == "(" || t == "[" || t == "»":
			noSpaceAfter = true
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
}

// TestSpkAttSentenceBoundaries measures sentence boundary precision and recall against the
// sentence segmentation of the SpkAtt-2023 Wikinews articles. The articles are rebuilt from
// their tokens; a gold sentence without end punctuation (a title) ends its block, as ingest
// would make it a block of its own.
func TestSpkAttSentenceBoundaries(t *testing.T) {
	dir := testenv.SharedFile(t, "eval/spkatt2023-news/train")
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no SpkAtt files: %v", err)
	}
	p := New()
	var tp, fp, fn, colon int
	var fps, fns []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Sentences []struct {
				Tokens []string
			}
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		// Blocks of gold sentences; gold ends as code point offsets into each block.
		var blocks []string
		var golds []map[int]bool
		var b strings.Builder
		gold := map[int]bool{}
		for _, s := range doc.Sentences {
			if len(s.Tokens) == 0 {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			var sb strings.Builder
			detokenize(s.Tokens, &sb)
			b.WriteString(sb.String())
			gold[utf8.RuneCountInString(b.String())] = true
			last := s.Tokens[len(s.Tokens)-1]
			if !strings.ContainsAny(last, ".!?“\"«»)…:") {
				blocks = append(blocks, b.String())
				golds = append(golds, gold)
				b.Reset()
				gold = map[int]bool{}
			}
		}
		if b.Len() > 0 {
			blocks = append(blocks, b.String())
			golds = append(golds, gold)
		}
		for i, blk := range blocks {
			pred := map[int]bool{}
			for _, s := range p.Sentences(blk) {
				pred[s.End] = true
			}
			rs := []rune(blk)
			ctx := func(e int) string {
				return string(rs[max(0, e-40):e]) + " ‖ " + string(rs[e:min(len(rs), e+30)])
			}
			for e := range pred {
				if golds[i][e] {
					tp++
				} else {
					fp++
					fps = append(fps, ctx(e))
				}
			}
			for e := range golds[i] {
				if !pred[e] && rs[e-1] == ':' {
					colon++ // the gold splits at "sagte: „…"; we keep cue and quote together
					continue
				}
				if !pred[e] {
					fn++
					fns = append(fns, ctx(e))
				}
			}
		}
	}
	prec := float64(tp) / float64(tp+fp)
	rec := float64(tp) / float64(tp+fn)
	f1 := 2 * prec * rec / (prec + rec)
	t.Logf("SpkAtt sentence ends: P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d; %d gold ends after a colon not counted)", prec, rec, f1, tp, fp, fn, colon)
	if os.Getenv("SHOW_ERRORS") != "" {
		for _, s := range fps {
			t.Logf("FP %s", s)
		}
		for _, s := range fns {
			t.Logf("FN %s", s)
		}
	}
	if f1 < 0.97 {
		t.Errorf("sentence boundary F1 %.4f below 0.97", f1)
	}
}
