package quote

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func realText(t *testing.T, id string) string {
	f, _ := os.Open("/work/shared/eval/trends-de/stream-2024-04..10.jsonl")
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Text string }
		json.Unmarshal(sc.Bytes(), &r)
		if r.ID == id {
			return r.Text
		}
	}
	t.Fatal("no", id)
	return ""
}

func TestZZDebug(t *testing.T) {
	id := os.Getenv("ZZ_ID")
	from, _ := strconvAtoi(os.Getenv("ZZ_FROM"))
	to, _ := strconvAtoi(os.Getenv("ZZ_TO"))
	txt := []rune(realText(t, id))
	if to == 0 || to > len(txt) {
		to = len(txt)
	}
	a := paragraphs("t", strings.ReplaceAll(string(txt[from:to]), "\n", "\n\n"))
	an := runFull(a, dePack)
	if os.Getenv("ZZ_ENTS") != "" {
		for _, e := range an.Entities {
			t.Logf("ent %s %q %q", e.Type, e.Text, e.Canonical)
		}
	}
	for _, q := range an.Quotes {
		t.Logf("%q [%s/%s] cue=%v src=%v", q.Text, q.Speaker, q.SpeakerHow, q.Cue, q.Source)
	}
}

func strconvAtoi(s string) (int, error) {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n, nil
}
