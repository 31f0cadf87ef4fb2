package ner

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/ingest"
	"crosscheck/internal/testenv"
)

// An entity audit is our own annotation of every entity mention in some articles of a
// public news set that we may not copy (../shared/eval/news-en, trends-de). The file holds
// ids, offsets, types and a hash of each mention's text, never the text itself:
//
//	# any comment
//	source<TAB>eval/news-en/news-2023-03.jsonl      (relative to ../shared)
//	article<TAB>en042                               (an article annotated whole)
//	en042<TAB>start<TAB>end<TAB>type[/subtype]<TAB>hash
//
// Offsets are code points into the article's text as crosscheck ingests it; hash is the
// first 8 hex digits of FNV-1a (64 bit) of the mention's text, so a mention whose offsets
// moved (a change in ingest's cleaning) is found again nearby, and one that is gone is
// reported instead of silently scored. Types are crosscheck's (person, organisation,
// place, other); the subtype is deriv (an adjective of a name: "German") or part (a name
// inside a compound: "NATO" of "NATO-led").

// AuditMention is one annotated or extracted mention.
type AuditMention struct {
	ID         string `json:"id"`
	Start, End int
	Type       string `json:"type"`
	Hash       string `json:"hash,omitempty"`
}

// Audit is a parsed audit file.
type Audit struct {
	Source   string   // the news set, relative to ../shared
	Articles []string // ids annotated whole, in file order
	Gold     []AuditMention
}

// ReadAudit parses an audit file.
func ReadAudit(path string) (*Audit, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: audit: %w", err)
	}
	defer f.Close()
	a := &Audit{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "\t")
		switch {
		case fs[0] == "source" && len(fs) == 2:
			a.Source = fs[1]
		case fs[0] == "article" && len(fs) == 2:
			a.Articles = append(a.Articles, fs[1])
		case len(fs) == 5:
			s, err1 := strconv.Atoi(fs[1])
			e, err2 := strconv.Atoi(fs[2])
			if err1 != nil || err2 != nil || s < 0 || e <= s {
				return nil, fmt.Errorf("ner: audit %s:%d: bad offsets %q %q", filepath.Base(path), n, fs[1], fs[2])
			}
			a.Gold = append(a.Gold, AuditMention{ID: fs[0], Start: s, End: e, Type: fs[3], Hash: fs[4]})
		default:
			return nil, fmt.Errorf("ner: audit %s:%d: want source, article or a 5-column mention line", filepath.Base(path), n)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: audit: %w", err)
	}
	if a.Source == "" || len(a.Articles) == 0 {
		return nil, fmt.Errorf("ner: audit %s: names no source or no article", filepath.Base(path))
	}
	return a, nil
}

// MentionHash is the hash an audit file stores for a mention's text.
func MentionHash(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return fmt.Sprintf("%016x", h.Sum64())[:8]
}

// AuditReport is the result of scoring the extractor against an audit.
type AuditReport struct {
	Audit     string  `json:"audit"`
	Articles  int     `json:"articles"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`    // same span and type
	Precision float64 `json:"precision"`  // correct / predicted
	Coverage  float64 `json:"coverage"`   // correct / gold (recall)
	SpanOnly  int     `json:"span_right"` // same span, other type
	// The other wrong predictions, by class: SpanWrong overlaps an annotated mention but
	// not its span; Spurious overlaps none. Untouched counts missed mentions no prediction
	// overlaps (the rest were found with another span or type).
	SpanWrong int `json:"span_wrong"`
	Spurious  int `json:"spurious"`
	Untouched int `json:"missed_untouched"`
	Stale     int `json:"stale"` // gold mentions no longer found in the text
	// InDateline counts gold mentions of a place dateline ("WASHINGTON — "), which the
	// ingester now keeps as the article's metadata: not in the text, so neither scored nor
	// stale.
	InDateline int            `json:"in_dateline"`
	Wrong      []AuditMention `json:"wrong,omitempty"`
	Missed     []AuditMention `json:"missed,omitempty"`
	texts      map[string][]rune
	datelines  map[string]string
}

// Text renders the report with every wrong and missed mention (texts come from ../shared,
// on the reader's screen, not into the repository).
func (r *AuditReport) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "entity audit %s: %d articles, %d annotated mentions\n", r.Audit, r.Articles, r.Gold)
	fmt.Fprintf(&b, "predicted %d, right %d (span and type), right span wrong type %d, stale annotations %d, in a dateline %d\n",
		r.Predicted, r.Correct, r.SpanOnly, r.Stale, r.InDateline)
	fmt.Fprintf(&b, "precision %.3f, coverage %.3f\n", r.Precision, r.Coverage)
	fmt.Fprintf(&b, "wrong by class: type %d, span %d, spurious %d; missed %d, of them %d untouched by any prediction\n",
		r.SpanOnly, r.SpanWrong, r.Spurious, len(r.Missed), r.Untouched)
	show := func(title string, ms []AuditMention) {
		if len(ms) == 0 {
			return
		}
		fmt.Fprintf(&b, "%s:\n", title)
		for _, m := range ms {
			fmt.Fprintf(&b, "  %s %d-%d %-14s %q\n", m.ID, m.Start, m.End, m.Type, string(r.texts[m.ID][m.Start:m.End]))
		}
	}
	show("wrong", r.Wrong)
	show("missed", r.Missed)
	return b.String()
}

// inDateline reports whether a mention's hash is that of words of the dateline ("ST. PAUL",
// "Minn." of "ST. PAUL, Minn.").
func inDateline(hash, dateline string) bool {
	if dateline != "" && MentionHash(dateline) == hash {
		return true
	}
	words := strings.FieldsFunc(dateline, func(r rune) bool { return r == ' ' || r == ',' })
	for i := range words {
		for j := i + 1; j <= len(words); j++ {
			if MentionHash(strings.Join(words[i:j], " ")) == hash {
				return true
			}
		}
	}
	return false
}

// auditType is a mention's type as an audit writes it.
func auditType(e article.Entity) string {
	if e.Subtype != "" {
		return e.Type + "/" + e.Subtype
	}
	return e.Type
}

// RunAudit ingests the audit's articles as crosscheck does, analyses them with az and
// scores the entities against the annotation.
func RunAudit(ctx context.Context, path string, az *analyze.Analyzer, opt ingest.Options) (*AuditReport, error) {
	a, err := ReadAudit(path)
	if err != nil {
		return nil, err
	}
	src := a.Source
	if !filepath.IsAbs(src) {
		src = filepath.Join(testenv.RepoRoot(), "..", "shared", src)
	}
	want := map[string]bool{}
	for _, id := range a.Articles {
		want[id] = true
	}
	rep := &AuditReport{Audit: filepath.Base(path), Articles: len(a.Articles), texts: map[string][]rune{}, datelines: map[string]string{}}
	pred := map[string][]article.Entity{}
	err = ingest.Read(ctx, src, opt, func(it ingest.Item) error {
		if it.Err != nil || it.Article == nil || !want[it.Article.ID] {
			return nil
		}
		an := az.Analyze(it.Article)
		rep.texts[it.Article.ID] = []rune(it.Article.Text)
		rep.datelines[it.Article.ID] = it.Article.Dateline
		pred[it.Article.ID] = an.Entities
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ner: audit %s: %w (the source is read from ../shared)", a.Source, err)
	}
	for _, id := range a.Articles {
		if _, ok := rep.texts[id]; !ok {
			return nil, fmt.Errorf("ner: audit: article %s not found in %s", id, a.Source)
		}
	}
	gold := map[AuditMention]bool{}
	goldSpan := map[[3]any]bool{}
	shift := map[string]int{} // per article, how far its last mention moved
	for _, g := range a.Gold {
		start := g.Start
		g, ok := relocate(g, shift[g.ID], rep.texts[g.ID])
		if ok {
			shift[g.ID] = g.Start - start
		}
		if !ok {
			if inDateline(g.Hash, rep.datelines[g.ID]) {
				rep.InDateline++
			} else {
				rep.Stale++
			}
			continue
		}
		g.Hash = ""
		gold[g] = true
		goldSpan[[3]any{g.ID, g.Start, g.End}] = true
	}
	rep.Gold = len(gold)
	found := map[AuditMention]bool{}
	for _, id := range a.Articles {
		for _, e := range pred[id] {
			m := AuditMention{ID: id, Start: e.Start, End: e.End, Type: auditType(e)}
			rep.Predicted++
			switch {
			case gold[m]:
				rep.Correct++
				found[m] = true
			default:
				switch {
				case goldSpan[[3]any{id, m.Start, m.End}]:
					rep.SpanOnly++
				case overlaps(a.Gold, m):
					rep.SpanWrong++
				default:
					rep.Spurious++
				}
				rep.Wrong = append(rep.Wrong, m)
			}
		}
	}
	for g := range gold {
		if !found[g] {
			rep.Missed = append(rep.Missed, g)
			if !overlaps(rep.Wrong, g) {
				rep.Untouched++
			}
		}
	}
	sort.Slice(rep.Missed, func(i, j int) bool {
		a, b := rep.Missed[i], rep.Missed[j]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Start < b.Start
	})
	if rep.Predicted > 0 {
		rep.Precision = float64(rep.Correct) / float64(rep.Predicted)
	}
	if rep.Gold > 0 {
		rep.Coverage = float64(rep.Correct) / float64(rep.Gold)
	}
	return rep, nil
}

// overlaps reports whether m overlaps a mention of ms in the same article.
func overlaps(ms []AuditMention, m AuditMention) bool {
	for _, o := range ms {
		if o.ID == m.ID && o.Start < m.End && m.Start < o.End {
			return true
		}
	}
	return false
}

// relocate checks a gold mention against the text by its hash, first where the article's
// previous mention moved to (shift: a line taken out before them moves them all alike, and
// the nearest copy of a short name may be another mention), then nearby (up to 400 code
// points either way).
func relocate(g AuditMention, shift int, text []rune) (AuditMention, bool) {
	n := g.End - g.Start
	at := func(s int) bool { return s >= 0 && s+n <= len(text) && MentionHash(string(text[s:s+n])) == g.Hash }
	if shift != 0 && at(g.Start+shift) {
		g.Start, g.End = g.Start+shift, g.End+shift
		return g, true
	}
	for d := 0; d <= 400; d++ {
		for _, s := range []int{g.Start - d, g.Start + d} {
			if at(s) {
				g.Start, g.End = s, s+n
				return g, true
			}
		}
	}
	return g, false
}
