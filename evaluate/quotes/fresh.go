package quotes

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/evaluate/internal/judged"
	"crosscheck/ingest"
	"crosscheck/internal/gnad"
)

// freshFiles are fixed-seed samples of named speakers judged on the stream (stop 31a): which
// quotation, whom crosscheck named, and whether that was the right person. Offsets and labels
// only, never the texts.
//
//go:embed testdata/fresh-*.json
var freshFiles embed.FS

// FreshSample is one judged sample of quotations with a named speaker.
type FreshSample struct {
	Name     string      `json:"name"`
	Language string      `json:"language"`
	Data     string      `json:"data"` // the JSONL file (or the 10kGNAD CSV), relative to ../shared/eval
	Seed     int         `json:"seed"`
	Commit   string      `json:"commit"` // the commit whose speakers were judged
	Notes    []string    `json:"notes"`
	Items    []FreshItem `json:"items"`
}

// FreshItem is one judged quotation. Start and End are code points into crosscheck's cleaned
// text, whose hash is TextSHA256.
type FreshItem struct {
	ID           string  `json:"id"`
	Outlet       string  `json:"outlet"`
	TextSHA256   string  `json:"text_sha256"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Direct       bool    `json:"direct"`
	Speaker      string  `json:"speaker"` // whom crosscheck named then
	How          string  `json:"how"`
	Verdict      string  `json:"verdict"` // right, wrong, not_quotation
	Class        string  `json:"class,omitempty"`
	RightSpeaker *string `json:"right_speaker,omitempty"` // who said it, for wrong ones (and right ones judged with a poor name form); null: nobody named
}

// FreshReport counts what became of each judged quotation: "right kept", "right now none",
// "right now other", "wrong kept", "wrong now none", "wrong now right", "wrong now other",
// "not_quotation named", "not_quotation now none", and "… gone" when no quotation overlaps it.
type FreshReport struct {
	Name   string
	Counts map[string]int
	// Named and RightNamed: items still given a named speaker now, and of them those where it
	// is the right person (a not_quotation item named counts as wrong).
	Named, RightNamed int
}

// LoadFreshSamples reads the embedded judged samples.
func LoadFreshSamples() ([]FreshSample, error) {
	return judged.Load[FreshSample](freshFiles, "testdata/fresh-*.json")
}

// freshOutcome says what became of judged item it among the quotations now found.
func freshOutcome(it FreshItem, qs []article.Quote) (string, string) {
	best, bestOv := -1, 0
	for k, q := range qs {
		ov := overlap(it.Start, it.End, q.Start, q.End)
		short := min(it.End-it.Start, q.End-q.Start)
		if q.Start == it.Start && q.End == it.End {
			best = k // the very span judged, before any that contains it
			break
		}
		if ov > bestOv && 3*ov >= short {
			best, bestOv = k, ov
		}
	}
	if best < 0 {
		return it.Verdict + " gone", ""
	}
	got := qs[best].Speaker
	switch {
	case got == "":
		return it.Verdict + " now none", ""
	case it.Verdict == "not_quotation":
		return "not_quotation named", got
	case sameName(got, it.Speaker):
		return it.Verdict + " kept", got
	case it.Verdict == "right" && it.RightSpeaker != nil && sameName(got, *it.RightSpeaker):
		// A right item judged with a poor name form ("Straßenplaner" for Sven König) that
		// now gives the name the judge wrote down.
		return "right kept", got
	case it.Verdict == "wrong" && it.RightSpeaker != nil && sameName(got, *it.RightSpeaker):
		return "wrong now right", got
	}
	return it.Verdict + " now other", got
}

// freshArticles reads the articles of path whose ids are wanted: from the 10kGNAD CSV (a
// ".csv" file), each row named by gnad.ID of its line and its text cleaned as ingest cleans a
// JSONL record's text field; from anything else, as ingest reads it.
func freshArticles(ctx context.Context, path string, want map[string]bool) (map[string]*article.Article, error) {
	opt := app.IngestOptions()
	got := map[string]*article.Article{}
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		recs, err := gnad.ReadFile(path)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			id := gnad.ID(r.Line)
			if !want[id] || got[id] != nil {
				continue
			}
			a, err := ingest.FromText(id, r.Text)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", id, err)
			}
			if opt.Detect != nil {
				a.Language = opt.Detect(a.Text)
			}
			got[id] = a
		}
		return got, ctx.Err()
	}
	err := ingest.Read(ctx, path, opt, func(it ingest.Item) error {
		if it.Err == nil && want[it.Article.ID] && got[it.Article.ID] == nil {
			got[it.Article.ID] = it.Article
		}
		return nil
	})
	return got, err
}

// FreshScore re-scores sample s on the data below evalDir with the analyzer crosscheck uses.
func FreshScore(ctx context.Context, evalDir string, s FreshSample) (FreshReport, error) {
	path := filepath.Join(evalDir, filepath.FromSlash(s.Data))
	want := map[string]bool{}
	for _, it := range s.Items {
		want[it.ID] = true
	}
	got, err := freshArticles(ctx, path, want)
	rep := FreshReport{Name: s.Name, Counts: map[string]int{}}
	if err != nil {
		return rep, fmt.Errorf("quotes: fresh %s: %w", s.Name, err)
	}
	z := app.Analyzer(app.Registry())
	analysed := map[string]*article.Analysis{}
	for _, it := range s.Items {
		a := got[it.ID]
		if a == nil {
			return rep, fmt.Errorf("quotes: fresh %s: article %s is not in %s", s.Name, it.ID, path)
		}
		sum := sha256.Sum256([]byte(a.Text))
		if hex.EncodeToString(sum[:]) != it.TextSHA256 {
			return rep, fmt.Errorf("quotes: fresh %s: the text of %s differs from the judged one", s.Name, it.ID)
		}
		an := analysed[it.ID]
		if an == nil {
			an = z.Analyze(a)
			analysed[it.ID] = an
		}
		out, spk := freshOutcome(it, an.Quotes)
		rep.Counts[out]++
		if spk != "" {
			rep.Named++
			if strings.HasSuffix(out, " kept") && it.Verdict == "right" || out == "wrong now right" {
				rep.RightNamed++
			}
		}
	}
	return rep, nil
}

// Text renders the report.
func (r FreshReport) Text() string {
	var b strings.Builder
	keys := make([]string, 0, len(r.Counts))
	for k := range r.Counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(&b, "%s: named now %d, right person %d (precision %.3f)\n", r.Name, r.Named, r.RightNamed, ratio(r.RightNamed, r.Named))
	for _, k := range keys {
		fmt.Fprintf(&b, "  %-24s %3d\n", k, r.Counts[k])
	}
	return b.String()
}
