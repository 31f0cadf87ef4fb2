package ner

import (
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/testenv"
)

func TestExtraStats(t *testing.T) {
	for _, src := range ExtraSources {
		ss, err := ReadExtra(filepath.Join(testenv.Shared(t), "eval", "ner-extra"), src)
		if err != nil {
			t.Fatal(err)
		}
		c := map[string]int{}
		toks := 0
		for _, s := range ss {
			toks += len(s.Words)
			for _, tg := range s.Tags {
				if strings.HasPrefix(tg, "B-") {
					c[tg[2:]]++
				}
			}
		}
		t.Logf("%s: %d sentences %d tokens %v", src, len(ss), toks, c)
		for _, s := range ss[100:103] {
			var b strings.Builder
			for i, w := range s.Words {
				b.WriteString(w + "/" + s.Tags[i] + " ")
			}
			t.Log(b.String())
		}
	}
}
