// Package figures re-scores who crosscheck says gave a figure ("laut Polizei 800 Menschen")
// against fixed-seed samples of the German stream judged by reading: which figure, whom
// crosscheck named then, and whether that was right. Offsets and labels only; the texts stay
// in ../shared.
package figures

import (
	"context"
	"embed"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/evaluate/internal/judged"
	"crosscheck/ingest"
)

// giverFiles hold the judged samples, one file per language (givers-de.json, givers-en.json).
//
//go:embed testdata/givers-*.json
var giverFiles embed.FS

// GiverSamples is one judged file: the stream it was drawn from and its samples.
type GiverSamples struct {
	Stream  string        `json:"stream"` // the JSONL file, relative to ../shared/eval
	How     string        `json:"how"`
	Samples []GiverSample `json:"samples"`
}

// GiverSample is one seed's judged figures.
type GiverSample struct {
	Seed     int         `json:"seed"`
	Code     string      `json:"code"` // the commit whose givers were judged
	JudgedBy string      `json:"judged_by"`
	Note     string      `json:"note,omitempty"`
	Right    int         `json:"right"`
	Items    []GiverItem `json:"items"`
}

// GiverItem is one judged figure: code points into crosscheck's cleaned text.
type GiverItem struct {
	ID      string `json:"id"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Giver   string `json:"giver,omitempty"` // whom crosscheck named then (recorded from seed 42 on)
	Verdict string `json:"verdict"`         // right or wrong
	Class   string `json:"class,omitempty"`
}

// LoadGivers reads the embedded judged files, in name order.
func LoadGivers() ([]GiverSamples, error) {
	return judged.Load[GiverSamples](giverFiles, "testdata/givers-*.json")
}

// GiverReport counts what became of each judged figure in one sample: "right kept", "right
// now other", "right now none", "wrong kept", "wrong now other", "wrong now none", and
// "… gone" when no figure has the judged span. For items judged without the giver's name,
// "kept" means some giver is still named.
type GiverReport struct {
	Stream string
	Seed   int
	Counts map[string]int
	// Named and RightNamed: items still given a giver now, and of them those judged right
	// with the same giver.
	Named, RightNamed int
}

// ScoreGivers re-scores every sample on the stream below evalDir with the analyzer crosscheck
// uses.
func ScoreGivers(ctx context.Context, evalDir string, g GiverSamples) ([]GiverReport, error) {
	want := map[string]bool{}
	for _, s := range g.Samples {
		for _, it := range s.Items {
			want[it.ID] = true
		}
	}
	path := filepath.Join(evalDir, filepath.FromSlash(g.Stream))
	got := map[string]*article.Article{}
	err := ingest.Read(ctx, path, app.IngestOptions(), func(it ingest.Item) error {
		if it.Err == nil && want[it.Article.ID] && got[it.Article.ID] == nil {
			got[it.Article.ID] = it.Article
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("figures: givers: %w", err)
	}
	z := app.Analyzer(app.Registry())
	figs := map[string][]article.Figure{}
	var out []GiverReport
	for _, s := range g.Samples {
		rep := GiverReport{Stream: g.Stream, Seed: s.Seed, Counts: map[string]int{}}
		for _, it := range s.Items {
			fs, ok := figs[it.ID]
			if !ok {
				a := got[it.ID]
				if a == nil {
					return nil, fmt.Errorf("figures: givers: article %s is not in %s", it.ID, path)
				}
				fs = z.Analyze(a).Figures
				figs[it.ID] = fs
			}
			o, named := giverOutcome(it, fs)
			rep.Counts[o]++
			if named {
				rep.Named++
				if o == "right kept" {
					rep.RightNamed++
				}
			}
		}
		out = append(out, rep)
	}
	return out, nil
}

// giverOutcome says what became of judged item it among the figures now found, and whether a
// giver is named now.
func giverOutcome(it GiverItem, fs []article.Figure) (string, bool) {
	for _, f := range fs {
		if f.Start != it.Start || f.End != it.End {
			continue
		}
		switch {
		case f.AttributedTo == "":
			return it.Verdict + " now none", false
		case it.Giver == "" || strings.EqualFold(f.AttributedTo, it.Giver):
			return it.Verdict + " kept", true
		}
		return it.Verdict + " now other", true
	}
	return it.Verdict + " gone", false
}

// Text renders the report.
func (r GiverReport) Text() string {
	var b strings.Builder
	keys := make([]string, 0, len(r.Counts))
	for k := range r.Counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	prec := 0.0
	if r.Named > 0 {
		prec = float64(r.RightNamed) / float64(r.Named)
	}
	fmt.Fprintf(&b, "%s seed %d: giver named now %d, judged right %d (precision %.3f)\n", r.Stream, r.Seed, r.Named, r.RightNamed, prec)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %-18s %3d\n", k, r.Counts[k])
	}
	return b.String()
}
