package quotes

import (
	"bufio"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/evaluate/internal/judged"
	"crosscheck/ingest"
)

// auditFiles are our annotations of real news: offsets, speaker and form of every quotation
// in a few articles of ../shared/eval, never the texts.
//
//go:embed testdata/audit-*.json
var auditFiles embed.FS

// AuditSet is one file of annotations: the quotations of some articles of one JSONL file
// below ../shared/eval, annotated by careful reading.
type AuditSet struct {
	Name     string         `json:"name"`     // "de dev", "en held-out", ...
	Language string         `json:"language"` // ISO 639-1
	HeldOut  bool           `json:"held_out"` // never looked at while developing
	Data     string         `json:"data"`     // the JSONL file, relative to ../shared/eval
	Notes    []string       `json:"notes"`    // the annotation conventions
	Articles []AuditArticle `json:"articles"`
}

// AuditArticle is one annotated article. TextSHA256 is the hash of the record's text field, so
// that a changed data file is reported instead of scored against stale offsets.
type AuditArticle struct {
	ID         string       `json:"id"`
	TextSHA256 string       `json:"text_sha256"`
	Quotes     []AuditQuote `json:"quotes"`
}

// AuditQuote is one annotated quotation: code point offsets of its message in the record's
// text field (as the JSONL file has it, before crosscheck's cleaning), whether it is direct,
// and who said it (nil when the text does not name the speaker). Also lists other names that
// are right too (the outlet behind "the newspaper said", both authors of a joint letter).
// Optional marks a borderline case (a speech act with a noun-phrase object, a quoted word
// without a speech verb, a headline): a prediction there is not a false quotation and its
// speaker is judged, but missing it costs no coverage.
type AuditQuote struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Direct   bool     `json:"direct"`
	Speaker  *string  `json:"speaker"`
	Also     []string `json:"also,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// AuditPart is the score of one audit set.
type AuditPart struct {
	Name     string `json:"name"`
	HeldOut  bool   `json:"held_out"`
	Articles int    `json:"articles"`
	// Annotated counts required quotations found in crosscheck's text; Named those of them
	// whose speaker the text names; Optional the borderline ones; Unmapped annotations whose
	// words ingest left out of the text (furniture, noise).
	Annotated, Named, Optional, Unmapped int
	Predicted                            int `json:"predicted"`
	// Matched predictions pair one to one with annotated quotations (required or optional).
	Matched int `json:"matched"`
	// FalseQuotes are predictions overlapping no annotated quotation.
	FalseQuotes int `json:"false_quotes"`
	// SpeakerNamed counts predictions with a speaker, SpeakerRight those whose speaker is the
	// annotated one (a prediction that is no quotation has a wrong speaker by definition).
	SpeakerNamed, SpeakerRight int
	// Covered counts required quotations matched with the right speaker (or rightly none);
	// CoveredNamed those of them the text names a speaker for.
	Covered, CoveredNamed int
	// DirectWrong counts matched predictions whose direct flag is wrong; ReportedAsDirect
	// those shown in quotation marks although the text reports them.
	DirectWrong, ReportedAsDirect int

	SpeakerPrecision  float64      `json:"speaker_precision"`
	Coverage          float64      `json:"coverage"`
	CoverageNamed     float64      `json:"coverage_named"`
	QuotePrecision    float64      `json:"quote_precision"`
	QuoteRecall       float64      `json:"quote_recall"`
	DirectAccuracy    float64      `json:"direct_accuracy"`
	WrongSpeakers     []AuditError `json:"wrong_speakers,omitempty"`
	MissedQuotes      []AuditError `json:"missed,omitempty"`
	Unnamed           []AuditError `json:"unnamed,omitempty"` // found without the speaker the text names
	FalseQuoteSamples []AuditError `json:"false_quotes_list,omitempty"`
	// Kinds counts the mistakes by kind without their text, so that held-out sets can say
	// where they lose without being read: "wrong speaker, subject, direct", "no speaker,
	// reported, with cue", "missed, direct", "no quotation, reported".
	Kinds map[string]int `json:"error_kinds,omitempty"`
}

// kind counts one mistake of the given kind.
func (p *AuditPart) kind(parts ...string) {
	if p.Kinds == nil {
		p.Kinds = map[string]int{}
	}
	p.Kinds[strings.Join(parts, ", ")]++
}

// form names a quotation's form for the mistake kinds.
func form(direct bool) string {
	if direct {
		return "direct"
	}
	return "reported"
}

// cueKind says whether a prediction without a speaker had a cue and source words.
func cueKind(q article.Quote) string {
	switch {
	case q.Cue == nil:
		return "no cue"
	case q.Source == nil:
		return "cue, no source words"
	}
	return "cue and source words"
}

// AuditError names one mistake: where, what the text says there and what was expected.
type AuditError struct {
	Article string `json:"article"`
	Start   int    `json:"start"` // offsets into crosscheck's text of the article
	End     int    `json:"end"`
	Text    string `json:"text"`
	Got     string `json:"got"`
	Want    string `json:"want"`
	// Source holds the words the prediction gives as its source, and Cue its cue.
	Source string `json:"source,omitempty"`
	Cue    string `json:"cue,omitempty"`
}

// AuditReport is the outcome of Audit.
type AuditReport struct {
	Dir    string      `json:"dir"`
	Metric string      `json:"metric"`
	Parts  []AuditPart `json:"parts"`
	// Details keeps the error lists of development parts in Text.
	Details bool `json:"-"`
}

// AuditMetric describes what Audit computes.
const AuditMetric = "hand-annotated quotations in real news (offsets, direct or reported, speaker or none); " +
	"predictions are paired one to one with annotations by span overlap (at least a third of the shorter span, " +
	"best overlap first). Speaker precision: named speakers that are the annotated person / named speakers " +
	"(a named speaker on something that is no quotation counts as wrong). Coverage: required quotations found " +
	"with the right speaker, or rightly none / required quotations; coverage of named: the same over quotations " +
	"whose speaker the text names. Quotation precision: predictions overlapping an annotated quotation / " +
	"predictions; recall: required quotations matched / required. Direct accuracy: matched predictions with the " +
	"right direct flag."

// LoadAuditSets returns the embedded annotation sets.
func LoadAuditSets() ([]AuditSet, error) {
	return judged.Load[AuditSet](auditFiles, "testdata/audit-*.json")
}

// Audit scores quotation extraction, as `crosscheck analyze` runs it on the JSONL files
// (ingest, language detection, every extractor), against the embedded annotations. evalDir
// is ../shared/eval.
func Audit(ctx context.Context, evalDir string) (*AuditReport, error) {
	sets, err := LoadAuditSets()
	if err != nil {
		return nil, err
	}
	rep := &AuditReport{Dir: evalDir, Metric: AuditMetric}
	z := app.Analyzer(app.Registry())
	for _, s := range sets {
		part, err := auditSet(ctx, evalDir, s, z)
		if err != nil {
			return nil, err
		}
		if part.HeldOut {
			// Held-out mistakes stay unseen, so that they cannot guide tuning.
			part.WrongSpeakers, part.MissedQuotes, part.FalseQuoteSamples, part.Unnamed = nil, nil, nil, nil
		}
		rep.Parts = append(rep.Parts, part)
	}
	return rep, nil
}

type analyzer interface {
	Analyze(a *article.Article) *article.Analysis
}

func auditSet(ctx context.Context, evalDir string, s AuditSet, z analyzer) (AuditPart, error) {
	path := filepath.Join(evalDir, filepath.FromSlash(s.Data))
	raw, err := rawTexts(path)
	if err != nil {
		return AuditPart{}, err
	}
	want := map[string]bool{}
	for _, a := range s.Articles {
		want[a.ID] = true
	}
	got := map[string]*article.Article{}
	err = ingest.Read(ctx, path, app.IngestOptions(), func(it ingest.Item) error {
		if it.Err == nil && want[it.Article.ID] && got[it.Article.ID] == nil {
			got[it.Article.ID] = it.Article
		}
		return nil
	})
	if err != nil {
		return AuditPart{}, fmt.Errorf("quotes: audit %s: %w", s.Name, err)
	}
	part := AuditPart{Name: s.Name, HeldOut: s.HeldOut}
	for _, aa := range s.Articles {
		text, ok := raw[aa.ID]
		if !ok || got[aa.ID] == nil {
			return part, fmt.Errorf("quotes: audit %s: article %s is not in %s (has the data changed?)", s.Name, aa.ID, path)
		}
		sum := sha256.Sum256([]byte(text))
		if hex.EncodeToString(sum[:]) != aa.TextSHA256 {
			return part, fmt.Errorf("quotes: audit %s: the text of %s in %s differs from the annotated one", s.Name, aa.ID, path)
		}
		a := got[aa.ID]
		an := z.Analyze(a)
		part.Articles++
		scoreAudit(&part, aa, []rune(text), a, an)
	}
	part.finish()
	return part, nil
}

// rawTexts reads the id and text field of every record of a JSONL file.
func rawTexts(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			continue // ingest reports bad lines; the audit only needs the annotated ones
		}
		if _, dup := out[r.ID]; !dup {
			out[r.ID] = r.Text
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("quotes: %s: %w", path, err)
	}
	return out, nil
}

// goldSpan is an annotation mapped into crosscheck's text of the article.
type goldSpan struct {
	AuditQuote
	s, e int
}

// mapSpans finds each annotated span of the raw text in the cleaned text: the same words, the
// same occurrence when cleaning kept every occurrence, else the one at the nearest relative
// position. Spans whose words are gone are returned as unmapped.
func mapSpans(raw, clean []rune, qs []AuditQuote) (mapped []goldSpan, unmapped int) {
	cs := string(clean)
	for _, q := range qs {
		if q.Start < 0 || q.End > len(raw) || q.End <= q.Start {
			unmapped++
			continue
		}
		w := string(raw[q.Start:q.End])
		rawOcc := occurrences(string(raw), w)
		cleanOcc := occurrences(cs, w)
		if len(cleanOcc) == 0 {
			unmapped++
			continue
		}
		k := sort.SearchInts(rawOcc, q.Start)
		var at int
		if len(rawOcc) == len(cleanOcc) && k < len(cleanOcc) {
			at = cleanOcc[k]
		} else {
			rel := float64(q.Start) / float64(max(1, len(raw)))
			best := -1.0
			for _, o := range cleanOcc {
				d := abs(float64(o)/float64(max(1, len(clean))) - rel)
				if best < 0 || d < best {
					best, at = d, o
				}
			}
		}
		n := len([]rune(w))
		mapped = append(mapped, goldSpan{AuditQuote: q, s: at, e: at + n})
	}
	return mapped, unmapped
}

// occurrences returns the code point offsets of every occurrence of w in s.
func occurrences(s, w string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return out
		}
		out = append(out, len([]rune(s[:i+j])))
		i += j + 1
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func overlap(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }

// paired reports whether a predicted and a gold span overlap enough to be the same quotation.
func paired(p article.Quote, g goldSpan) int {
	o := overlap(p.Start, p.End, g.s, g.e)
	if o == 0 || 3*o < min(p.End-p.Start, g.e-g.s) {
		return 0
	}
	return o
}

func scoreAudit(pt *AuditPart, aa AuditArticle, raw []rune, a *article.Article, an *article.Analysis) {
	clean := []rune(a.Text)
	gold, unmapped := mapSpans(raw, clean, aa.Quotes)
	pt.Unmapped += unmapped
	for _, g := range gold {
		if g.Optional {
			pt.Optional++
			continue
		}
		pt.Annotated++
		if g.Speaker != nil {
			pt.Named++
		}
	}
	qs := an.Quotes
	pt.Predicted += len(qs)
	type cand struct{ g, p, o int }
	var cs []cand
	for gi, g := range gold {
		for pi, p := range qs {
			if o := paired(p, g); o > 0 {
				cs = append(cs, cand{gi, pi, o})
			}
		}
	}
	// Best pairs first: the largest share of the union, so that a prediction goes to the
	// annotation of its own size when a short quotation lies inside a longer report.
	iou := func(c cand) float64 {
		g, p := gold[c.g], qs[c.p]
		return float64(c.o) / float64(max(p.End, g.e)-min(p.Start, g.s))
	}
	sort.SliceStable(cs, func(i, j int) bool { return iou(cs[i]) > iou(cs[j]) })
	gOf := make([]int, len(qs))
	for i := range gOf {
		gOf[i] = -1
	}
	usedG := map[int]bool{}
	for _, c := range cs {
		if usedG[c.g] || gOf[c.p] >= 0 {
			continue
		}
		usedG[c.g], gOf[c.p] = true, c.g
	}
	rs := article.NewRunes(a.Text)
	errAt := func(s, e int, got, want string) AuditError {
		return AuditError{Article: aa.ID, Start: s, End: e, Text: rs.Slice(s, e), Got: got, Want: want}
	}
	for pi, p := range qs {
		gi := gOf[pi]
		matched := gi >= 0
		if gi < 0 {
			// A second piece of an annotated quotation is no false quotation; its speaker
			// is judged against that annotation.
			for k, g := range gold {
				if paired(p, g) > 0 {
					gi = k
					break
				}
			}
		}
		if gi < 0 {
			pt.FalseQuotes++
			pt.FalseQuoteSamples = append(pt.FalseQuoteSamples, errAt(p.Start, p.End, orNone(p.Speaker), "no quotation"))
			pt.kind("no quotation", form(p.Direct), p.SpeakerHow)
			if p.Speaker != "" {
				pt.SpeakerNamed++
				pt.WrongSpeakers = append(pt.WrongSpeakers, errAt(p.Start, p.End, p.Speaker, "no quotation"))
			}
			continue
		}
		g := gold[gi]
		if matched {
			pt.Matched++
			if p.Direct != g.Direct {
				pt.DirectWrong++
				if p.Direct {
					pt.ReportedAsDirect++
				}
			}
		}
		right := speakerRight(p.Speaker, g.AuditQuote)
		if p.Speaker != "" {
			pt.SpeakerNamed++
			if right {
				pt.SpeakerRight++
			} else {
				pt.WrongSpeakers = append(pt.WrongSpeakers, errAt(p.Start, p.End, p.Speaker, wantName(g.AuditQuote)))
				want := "want another"
				if g.Speaker == nil {
					want = "want none"
				}
				pt.kind("wrong speaker", p.SpeakerHow, form(p.Direct), want)
			}
		}
		if matched && !g.Optional && right {
			pt.Covered++
			if g.Speaker != nil {
				pt.CoveredNamed++
			}
		}
		if matched && !g.Optional && p.Speaker == "" && g.Speaker != nil {
			e := errAt(p.Start, p.End, "(none)", wantName(g.AuditQuote))
			if p.Source != nil {
				e.Source = p.Source.Text
			}
			if p.Cue != nil {
				e.Cue = p.Cue.Text
			}
			pt.Unnamed = append(pt.Unnamed, e)
			pt.kind("no speaker", form(p.Direct), cueKind(p))
		}
	}
	for gi, g := range gold {
		if !usedG[gi] && !g.Optional {
			pt.MissedQuotes = append(pt.MissedQuotes, errAt(g.s, g.e, "", wantName(g.AuditQuote)))
			named := "speaker named"
			if g.Speaker == nil {
				named = "no speaker named"
			}
			pt.kind("missed", form(g.Direct), named)
		}
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func wantName(q AuditQuote) string {
	w := "(none)"
	if q.Speaker != nil {
		w = *q.Speaker
	}
	for _, a := range q.Also {
		w += " | " + a
	}
	return w
}

// speakerRight reports whether a predicted speaker agrees with the annotation: none where the
// text names none (or an accepted alternative), else the same person or body, one name's words
// holding the other's ("Heil" for "Hubertus Heil", "Polizei München" for "Polizei").
func speakerRight(got string, q AuditQuote) bool {
	if got == "" {
		return q.Speaker == nil
	}
	names := q.Also
	if q.Speaker != nil {
		names = append([]string{*q.Speaker}, names...)
	}
	for _, n := range names {
		if sameName(got, n) {
			return true
		}
	}
	return false
}

func nameWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	out := f[:0]
	for _, w := range f {
		switch w {
		case "der", "die", "das", "des", "dem", "den", "the", "s":
			continue
		}
		out = append(out, w)
	}
	return out
}

func sameName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, x := range wa {
		found := false
		for _, y := range wb {
			// A genitive or plural ending is the same name ("Heils", "Trump's").
			if x == y || x == y+"s" || y == x+"s" {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func (p *AuditPart) finish() {
	p.SpeakerPrecision = ratio(p.SpeakerRight, p.SpeakerNamed)
	p.Coverage = ratio(p.Covered, p.Annotated)
	p.CoverageNamed = ratio(p.CoveredNamed, p.Named)
	p.QuotePrecision = ratio(p.Predicted-p.FalseQuotes, p.Predicted)
	matchedReq := p.Annotated - len(p.MissedQuotes)
	p.QuoteRecall = ratio(matchedReq, p.Annotated)
	p.DirectAccuracy = ratio(p.Matched-p.DirectWrong, p.Matched)
}

// Text renders the report: one block per annotation set, and for development sets, when
// Details is on, every wrong speaker, missed quotation and false quotation.
func (r *AuditReport) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Quotation audit on real news (%s)\n", r.Dir)
	for _, p := range r.Parts {
		fmt.Fprintf(&b, "%-12s articles %2d  quotations %3d (%d name a speaker, %d optional, %d not in the text)  predicted %3d\n",
			p.Name, p.Articles, p.Annotated, p.Named, p.Optional, p.Unmapped, p.Predicted)
		fmt.Fprintf(&b, "  speaker precision %5.3f (%d/%d named)   coverage %5.3f (%d/%d)   coverage of named %5.3f (%d/%d)\n",
			p.SpeakerPrecision, p.SpeakerRight, p.SpeakerNamed, p.Coverage, p.Covered, p.Annotated, p.CoverageNamed, p.CoveredNamed, p.Named)
		fmt.Fprintf(&b, "  quotation precision %5.3f   recall %5.3f   direct flag right %5.3f (%d reported shown as direct)\n",
			p.QuotePrecision, p.QuoteRecall, p.DirectAccuracy, p.ReportedAsDirect)
		if !r.Details {
			continue
		}
		kinds := make([]string, 0, len(p.Kinds))
		for k := range p.Kinds {
			kinds = append(kinds, k)
		}
		sort.Slice(kinds, func(i, j int) bool {
			if p.Kinds[kinds[i]] != p.Kinds[kinds[j]] {
				return p.Kinds[kinds[i]] > p.Kinds[kinds[j]]
			}
			return kinds[i] < kinds[j]
		})
		for _, k := range kinds {
			fmt.Fprintf(&b, "    %3d  %s\n", p.Kinds[k], k)
		}
		if p.HeldOut {
			continue // counts only: a held-out set's mistakes are never read
		}
		for _, e := range p.WrongSpeakers {
			fmt.Fprintf(&b, "    wrong speaker  %s %d: got %q, want %q: %s\n", e.Article, e.Start, e.Got, e.Want, clip(e.Text))
		}
		for _, e := range p.Unnamed {
			fmt.Fprintf(&b, "    no speaker     %s %d: want %q (cue %q, source %q): %s\n", e.Article, e.Start, e.Want, e.Cue, e.Source, clip(e.Text))
		}
		for _, e := range p.MissedQuotes {
			fmt.Fprintf(&b, "    missed         %s %d: want %q: %s\n", e.Article, e.Start, e.Want, clip(e.Text))
		}
		for _, e := range p.FalseQuoteSamples {
			fmt.Fprintf(&b, "    no quotation   %s %d: speaker %q: %s\n", e.Article, e.Start, e.Got, clip(e.Text))
		}
	}
	b.WriteString("metric: " + r.Metric + "\n")
	return b.String()
}

func clip(s string) string {
	r := []rune(s)
	if len(r) > 110 {
		return string(r[:110]) + "…"
	}
	return s
}
