// Package timex scores the time-expression extractor on WikiWarsDE (German Wikipedia war
// histories with stand-off TIMEX2 annotations), with the measures HeidelTime reports: strict
// and lenient extraction precision/recall/F1, value accuracy, and lenient+value F1.
package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang/de"
	tx "crosscheck/timex"
)

// Options configure an evaluation.
type Options struct {
	// News anchors on the document date instead of the last date mentioned (the default,
	// narrative anchoring, suits the Wikipedia texts).
	News bool
	// Errors lists the expressions missed, spurious or wrongly valued in the report.
	Errors bool
}

// Scores are one set of counts and measures.
type Scores struct {
	Docs          int     `json:"docs"`
	Gold          int     `json:"gold"`
	System        int     `json:"system"`
	StrictMatch   int     `json:"strict_match"`
	LenientMatch  int     `json:"lenient_match"`
	StrictValue   int     `json:"strict_value_match"`
	LenientValue  int     `json:"lenient_value_match"`
	StrictP       float64 `json:"strict_p"`
	StrictR       float64 `json:"strict_r"`
	StrictF       float64 `json:"strict_f"`
	LenientP      float64 `json:"lenient_p"`
	LenientR      float64 `json:"lenient_r"`
	LenientF      float64 `json:"lenient_f"`
	ValueAccuracy float64 `json:"value_accuracy"`
	LenientValueF float64 `json:"lenient_value_f"`
	StrictValueF  float64 `json:"strict_value_f"`
}

// DocScore is one document's scores.
type DocScore struct {
	Doc     string `json:"doc"`
	HeldOut bool   `json:"held_out"`
	Scores
}

// Error is one disagreement with the key.
type Error struct {
	Doc    string `json:"doc"`
	Kind   string `json:"kind"` // "missed", "spurious", "span", "value"
	Gold   string `json:"gold,omitempty"`
	GoldV  string `json:"gold_value,omitempty"`
	System string `json:"system,omitempty"`
	SysV   string `json:"system_value,omitempty"`
}

// Report is the result of Evaluate.
type Report struct {
	Tune      Scores             `json:"tune"`
	HeldOut   Scores             `json:"held_out"`
	All       Scores             `json:"all"`
	Docs      []DocScore         `json:"docs"`
	Published map[string]float64 `json:"published_heideltime"`
	Errors    []Error            `json:"errors,omitempty"`
}

// heidelTime holds HeidelTime's published WikiWarsDE results (all 22 documents).
var heidelTime = map[string]float64{"lenient_f": 93.3, "strict_f": 87.7, "lenient_value_f": 82.5, "strict_value_f": 78.7}

// HeldOut reports whether document number i (0-based, in name order) belongs to the
// held-out part: every fourth from the third, 3 of the 11 documents here.
func HeldOut(i int) bool { return i%4 == 2 }

// Evaluate scores the extractor on the WikiWarsDE folder dir (in/*.sgm, key/*.apf.xml).
func Evaluate(dir string, opt Options) (*Report, error) {
	files, err := filepath.Glob(filepath.Join(dir, "in", "*.sgm"))
	if err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("timex: no in/*.sgm files in %s", dir)
	}
	sort.Strings(files)
	pack := de.New()
	ex := tx.New(tx.Options{Narrative: !opt.News})
	rep := &Report{Published: heidelTime}
	for i, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".sgm")
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("timex: %w", err)
		}
		key, err := os.ReadFile(filepath.Join(dir, "key", name+".key.apf.xml"))
		if err != nil {
			return nil, fmt.Errorf("timex: %w", err)
		}
		text, dct := StripSGML(string(raw))
		r := article.NewRunes(text)
		gold, err := ParseKey(string(key), r)
		if err != nil {
			return nil, fmt.Errorf("timex: %s: %w", name, err)
		}
		a := &article.Article{ID: name, Language: "de", Text: text, Published: dct, Blocks: paragraphs(text, r)}
		an := &article.Analysis{}
		analyze.Segment(a, an, pack)
		ex.Extract(a, an, pack)
		sys := make([]Mention, 0, len(an.Times))
		for _, t := range an.Times {
			sys = append(sys, trim(Mention{Start: t.Start, End: t.End, Text: t.Text, Value: t.Value}))
		}
		var errs []Error
		s := score(gold, sys, name, opt.Errors, &errs)
		rep.Errors = append(rep.Errors, errs...)
		ds := DocScore{Doc: name, HeldOut: HeldOut(i), Scores: s}
		rep.Docs = append(rep.Docs, ds)
		add(&rep.All, s)
		if ds.HeldOut {
			add(&rep.HeldOut, s)
		} else {
			add(&rep.Tune, s)
		}
	}
	for _, s := range []*Scores{&rep.All, &rep.Tune, &rep.HeldOut} {
		s.finish()
	}
	for i := range rep.Docs {
		rep.Docs[i].finish()
	}
	return rep, nil
}

// Mention is one time expression of the key or the system, in code points.
type Mention struct {
	Start, End int
	Text       string
	Value      string
}

var tagRE = regexp.MustCompile(`<[^>]*>`)
var dctRE = regexp.MustCompile(`(?s)<DATE_?TIME>\s*(.*?)\s*</DATE_?TIME>`)

// StripSGML removes the tags of an .sgm file, as the key's offsets expect, and returns the
// document creation time as an ISO date ("" when the file has none).
func StripSGML(raw string) (text, dct string) {
	if m := dctRE.FindStringSubmatch(raw); m != nil {
		if t, p := article.ParsePublished(strings.TrimSpace(m[1])); p != article.PrecisionNone {
			dct = article.FormatPublished(t, min(p, article.PrecisionDay))
		}
	}
	return tagRE.ReplaceAllString(raw, ""), dct
}

var (
	timexRE   = regexp.MustCompile(`(?s)<timex2\b([^>]*)>(.*?)</timex2>`)
	valRE     = regexp.MustCompile(`\bVAL="([^"]*)"`)
	charseqRE = regexp.MustCompile(`<charseq\s+START="(\d+)"\s+END="(\d+)"\s*>`)
)

// ParseKey reads the TIMEX2 mentions of an APF key. It uses regular expressions rather than
// encoding/xml because some keys repeat an attribute (VAL="1914" VAL="PXY"); the first
// value wins. Byte offsets (END inclusive) become code point offsets through r.
func ParseKey(key string, r *article.Runes) ([]Mention, error) {
	var out []Mention
	for _, m := range timexRE.FindAllStringSubmatch(key, -1) {
		val := ""
		if v := valRE.FindStringSubmatch(m[1]); v != nil {
			val = v[1]
		}
		for _, c := range charseqRE.FindAllStringSubmatch(m[2], -1) {
			s, err1 := strconv.Atoi(c[1])
			e, err2 := strconv.Atoi(c[2])
			if err1 != nil || err2 != nil || s > e {
				return nil, fmt.Errorf("bad charseq %q", c[0])
			}
			rs, re := r.Rune(s), r.Rune(e+1)
			out = append(out, Mention{Start: rs, End: re, Text: r.Slice(rs, re), Value: val})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out, nil
}

// paragraphs splits text into blocks at blank lines.
func paragraphs(text string, r *article.Runes) []article.Block {
	var out []article.Block
	pos := 0
	for _, p := range strings.Split(text, "\n\n") {
		start := pos
		pos += len(p) + 2
		t := strings.TrimSpace(p)
		if t == "" {
			continue
		}
		b0 := start + strings.Index(p, t)
		out = append(out, article.Block{Kind: article.BlockParagraph, Start: r.Rune(b0), End: r.Rune(b0 + len(t))})
	}
	return out
}

// timex2Excluded are the prepositions our spans keep ("am 3. November", as the project's
// gold asks) but TIMEX2 extents leave out.
var timex2Excluded = []string{"am ", "im ", "um ", "seit ", "Am ", "Im ", "Um ", "Seit "}

func trim(m Mention) Mention {
	for _, p := range timex2Excluded {
		if strings.HasPrefix(m.Text, p) {
			n := len([]rune(p))
			m.Text = m.Text[len(p):]
			m.Start += n
			break
		}
	}
	return m
}

// score matches system mentions to gold ones one to one, in text order: exactly for
// strict, by overlap for lenient.
func score(gold, sys []Mention, doc string, keepErrs bool, errs *[]Error) Scores {
	s := Scores{Docs: 1, Gold: len(gold), System: len(sys)}
	usedS := make([]bool, len(sys))
	usedG := make([]bool, len(gold))
	for gi, g := range gold {
		for si, m := range sys {
			if !usedS[si] && m.Start == g.Start && m.End == g.End {
				usedS[si], usedG[gi] = true, true
				s.StrictMatch++
				if m.Value == g.Value {
					s.StrictValue++
				}
				break
			}
		}
	}
	usedS2 := make([]bool, len(sys))
	for gi, g := range gold {
		matched := false
		for si, m := range sys {
			if !usedS2[si] && m.Start < g.End && g.Start < m.End {
				usedS2[si] = true
				matched = true
				s.LenientMatch++
				if m.Value == g.Value {
					s.LenientValue++
				}
				if keepErrs && m.Value != g.Value {
					*errs = append(*errs, Error{Doc: doc, Kind: "value", Gold: g.Text, GoldV: g.Value, System: m.Text, SysV: m.Value})
				} else if keepErrs && !usedG[gi] {
					*errs = append(*errs, Error{Doc: doc, Kind: "span", Gold: g.Text, GoldV: g.Value, System: m.Text, SysV: m.Value})
				}
				break
			}
		}
		if !matched && keepErrs {
			*errs = append(*errs, Error{Doc: doc, Kind: "missed", Gold: g.Text, GoldV: g.Value})
		}
	}
	if keepErrs {
		for si, m := range sys {
			if !usedS2[si] {
				*errs = append(*errs, Error{Doc: doc, Kind: "spurious", System: m.Text, SysV: m.Value})
			}
		}
	}
	return s
}

func add(to *Scores, s Scores) {
	to.Docs += s.Docs
	to.Gold += s.Gold
	to.System += s.System
	to.StrictMatch += s.StrictMatch
	to.LenientMatch += s.LenientMatch
	to.StrictValue += s.StrictValue
	to.LenientValue += s.LenientValue
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *Scores) finish() {
	s.StrictP, s.StrictR = ratio(s.StrictMatch, s.System), ratio(s.StrictMatch, s.Gold)
	s.StrictF = f1(s.StrictP, s.StrictR)
	s.LenientP, s.LenientR = ratio(s.LenientMatch, s.System), ratio(s.LenientMatch, s.Gold)
	s.LenientF = f1(s.LenientP, s.LenientR)
	s.ValueAccuracy = ratio(s.LenientValue, s.LenientMatch)
	s.LenientValueF = f1(ratio(s.LenientValue, s.System), ratio(s.LenientValue, s.Gold))
	s.StrictValueF = f1(ratio(s.StrictValue, s.System), ratio(s.StrictValue, s.Gold))
}

// Text renders the report as a table beside HeidelTime's published numbers.
func (r *Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "WikiWarsDE time expressions (TIMEX2), %d documents\n", r.All.Docs)
	fmt.Fprintf(&b, "%-22s %6s %6s %6s %6s %6s %6s %6s %6s\n", "part", "gold", "sys", "strP", "strR", "strF", "lenF", "valAcc", "len+val")
	row := func(name string, s Scores) {
		fmt.Fprintf(&b, "%-22s %6d %6d %6.1f %6.1f %6.1f %6.1f %6.1f %6.1f   strict+value %.1f\n", name, s.Gold, s.System,
			100*s.StrictP, 100*s.StrictR, 100*s.StrictF, 100*s.LenientF, 100*s.ValueAccuracy, 100*s.LenientValueF, 100*s.StrictValueF)
	}
	row("tune", r.Tune)
	row("held-out", r.HeldOut)
	row("all", r.All)
	for _, d := range r.Docs {
		name := "  " + d.Doc
		if d.HeldOut {
			name += "*"
		}
		row(name, d.Scores)
	}
	fmt.Fprintf(&b, "HeidelTime (published, 22 docs): lenient F %.1f, strict F %.1f, lenient+value %.1f, strict+value %.1f\n",
		r.Published["lenient_f"], r.Published["strict_f"], r.Published["lenient_value_f"], r.Published["strict_value_f"])
	fmt.Fprintf(&b, "(* held-out documents)\n")
	return b.String()
}
