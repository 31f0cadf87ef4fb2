package quotes

import (
	"encoding/json"
	"os"
	"sort"
	"testing"

	"crosscheck/internal/testenv"
)

// TestDumpPredictions writes gold and predicted events per article as JSON lines to the file
// named by QUOTES_DUMP, for offline error analysis; a tuning aid.
func TestDumpPredictions(t *testing.T) {
	out := os.Getenv("QUOTES_DUMP")
	if out == "" {
		t.Skip("set QUOTES_DUMP=file to dump predictions")
	}
	dir := testenv.SharedFile(t, "eval/spkatt2023-news/train")
	az := newAnalyzer()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	type pq struct {
		Msg, Cue, Src []int
		Speaker       string
		Direct        bool
	}
	err = readDocs(dir, 0, func(name string, d *doc) error {
		sents := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Tokens
		}
		a, spans, _ := Article(name, sents)
		an := az.Analyze(a)
		keys := func(m map[int]bool) []int {
			var k []int
			for x := range m {
				k = append(k, x)
			}
			sort.Ints(k)
			return k
		}
		var preds []pq
		for _, q := range an.Quotes {
			x := pq{Msg: keys(covered(spans, q.Start, q.End)), Speaker: q.Speaker, Direct: q.Direct}
			if q.Cue != nil {
				x.Cue = keys(covered(spans, q.Cue.Start, q.Cue.End))
			}
			if q.Source != nil {
				x.Src = keys(covered(spans, q.Source.Start, q.Source.End))
			}
			preds = append(preds, x)
		}
		enc.Encode(map[string]any{"file": name, "heldout": heldOut(name, 20), "pred": preds})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
