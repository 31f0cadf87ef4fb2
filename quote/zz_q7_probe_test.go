package quote

import (
	"os"
	"strings"
	"testing"
)

func TestZZQ7Probe(t *testing.T) {
	src := os.Getenv("Q7TEXT")
	if src == "" {
		t.Skip()
	}
	for _, line := range strings.Split(src, "|") {
		an := runFull(paragraphs("t", line), dePack)
		t.Logf("TEXT %s", line)
		for _, e := range an.Entities {
			t.Logf("   E %q %s [%d,%d)", e.Text, e.Type, e.Start, e.End)
		}
		for _, q := range an.Quotes {
			c, s := "", ""
			if q.Cue != nil {
				c = q.Cue.Text
			}
			if q.Source != nil {
				s = q.Source.Text
			}
			t.Logf("   Q %q cue=%q src=%q spk=%q (%s)", q.Text, c, s, q.Speaker, q.SpeakerHow)
		}
	}
}
