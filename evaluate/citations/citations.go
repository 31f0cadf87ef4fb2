// Package citations measures the story stage's citations: for every summary sentence and
// every article it cites, it checks from the articles' text alone (not from the alignment
// that made the citation) that the cited article has a sentence stating it: the same
// numbers, the same names, the same negation, at least 60 % of its content words and two
// thirds of those outside names. It also counts
// summary sentences that cannot stand alone or are site furniture.
package citations

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/store"
	"crosscheck/story"
)

// Failure is one citation the check rejects.
type Failure struct {
	Story    string `json:"story"`
	Sentence string `json:"sentence"`
	Article  string `json:"article"` // the cited article
	Cited    string `json:"cited"`   // its sentence the story says states it
	Reason   string `json:"reason"`
}

// Report counts what was checked.
type Report struct {
	Path      string    `json:"path"`
	Stories   int       `json:"stories"`
	Summary   int       `json:"summary_sentences"`
	Citations int       `json:"citations"` // cited articles other than the sentence's own
	OK        int       `json:"ok"`
	Precision float64   `json:"precision"`
	Dangling  []string  `json:"dangling"`  // summary sentences that cannot stand alone
	Furniture []string  `json:"furniture"` // summary sentences that are site furniture
	Failures  []Failure `json:"failures"`
	// Distinct counts each citation once: an event's summary sentence is often in its
	// storyline's summary too.
	Distinct   int       `json:"distinct_citations"`
	DistinctOK int       `json:"distinct_ok"`
	Checked    []Checked `json:"checked"` // every citation, for reading by eye
	seen       map[string]bool
}

// Checked is one citation and the check's verdict ("" when it holds).
type Checked struct {
	Story    string `json:"story"`
	Sentence string `json:"sentence"`
	Source   string `json:"source"` // the sentence's own article
	Article  string `json:"article"`
	Cited    string `json:"cited"`
	Reason   string `json:"reason"`
}

// Text implements the CLI's report.
func (r *Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "citations: %s\n", r.Path)
	fmt.Fprintf(&b, "  stories                 %d\n", r.Stories)
	fmt.Fprintf(&b, "  summary sentences       %d\n", r.Summary)
	fmt.Fprintf(&b, "  citations checked       %d\n", r.Citations)
	fmt.Fprintf(&b, "  precision               %.3f  (%d of %d hold; target >= 0.98)\n", r.Precision, r.OK, r.Citations)
	fmt.Fprintf(&b, "  distinct citations      %d of %d hold\n", r.DistinctOK, r.Distinct)
	fmt.Fprintf(&b, "  dangling sentences      %d\n", len(r.Dangling))
	fmt.Fprintf(&b, "  furniture sentences     %d\n", len(r.Furniture))
	for _, f := range r.Failures {
		fmt.Fprintf(&b, "  FAIL %s: %q cited to %s (%q): %s\n", f.Story, f.Sentence, f.Article, f.Cited, f.Reason)
	}
	for _, s := range r.Dangling {
		fmt.Fprintf(&b, "  DANGLING %s\n", s)
	}
	for _, s := range r.Furniture {
		fmt.Fprintf(&b, "  FURNITURE %s\n", s)
	}
	return b.String()
}

// Checker checks stories against the stored articles.
type Checker struct {
	Get   func(ctx context.Context, id string) (*store.Record, error)
	Packs *lang.Registry
}

// Check adds one story's citations and summary sentences to r.
func (c *Checker) Check(ctx context.Context, st *story.Story, r *Report) error {
	r.Stories++
	for _, s := range st.Summary {
		r.Summary++
		rec, err := c.Get(ctx, s.Article)
		if err != nil {
			return err
		}
		p, _ := c.Packs.Get(rec.Article.Language)
		if rs := article.NewRunes(rec.Article.Text); rs.Slice(s.Start, s.End) != s.Text {
			r.Failures = append(r.Failures, Failure{Story: st.ID, Sentence: s.Text, Article: s.Article, Reason: "the sentence is not at its offsets"})
		}
		if dangling(p, s.Text) {
			r.Dangling = append(r.Dangling, st.ID+": "+s.Text)
		}
		if furniture(p, s.Text) {
			r.Furniture = append(r.Furniture, st.ID+": "+s.Text)
		}
		x := c.facts(p, rec, s.Start, s.End, s.Text)
		byArticle := map[string]story.Statement{}
		for _, y := range s.Support {
			byArticle[y.Article] = y
		}
		for _, id := range s.Sources {
			if id == s.Article {
				continue
			}
			r.Citations++
			y, ok := byArticle[id]
			if !ok {
				r.Failures = append(r.Failures, Failure{Story: st.ID, Sentence: s.Text, Article: id, Reason: "no supporting sentence given"})
				continue
			}
			yr, err := c.Get(ctx, id)
			if err != nil {
				return err
			}
			if article.NewRunes(yr.Article.Text).Slice(y.Start, y.End) != y.Text {
				r.Failures = append(r.Failures, Failure{Story: st.ID, Sentence: s.Text, Article: id, Cited: y.Text, Reason: "the cited sentence is not at its offsets"})
				continue
			}
			yp, _ := c.Packs.Get(yr.Article.Language)
			why := x.statedBy(c.facts(yp, yr, y.Start, y.End, y.Text))
			if key := fmt.Sprint(s.Article, s.Start, id, y.Start); !r.seen[key] {
				if r.seen == nil {
					r.seen = map[string]bool{}
				}
				r.seen[key] = true
				r.Distinct++
				if why == "" {
					r.DistinctOK++
				}
				r.Checked = append(r.Checked, Checked{Story: st.ID, Sentence: s.Text, Source: s.Article, Article: id, Cited: y.Text, Reason: why})
			}
			if why != "" {
				r.Failures = append(r.Failures, Failure{Story: st.ID, Sentence: s.Text, Article: id, Cited: y.Text, Reason: why})
				continue
			}
			r.OK++
		}
	}
	if r.Citations > 0 {
		r.Precision = float64(r.OK) / float64(r.Citations)
	} else {
		r.Precision = 1
	}
	return nil
}

// facts is what the check compares of one sentence, read from its text.
type facts struct {
	nums     map[string]bool
	dates    map[string]bool // days (and clock times) of resolved dates
	modals   map[string]bool
	all      map[string]bool // every word, stop words too
	names    []string        // lower-cased stems of the names in it (first five letters)
	stems    map[string]bool
	said     map[string]bool // content stems outside names
	negated  bool
	question bool
	lower    string
	words    map[string]bool
}

var (
	numRE   = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	clockRE = regexp.MustCompile(`T\d\d:\d\d`)
	// quotedRE: a span in quotation marks of any style (titles of shows, books, ships).
	quotedRE = regexp.MustCompile(`[„"»«“]([^„"»«“”\n]{2,60})[“"«»”]`)
)

// normNum reads "1.400", "1,400", "1400" as 1400 and "1,5" as 1.5.
func normNum(s string) string {
	switch {
	case regexp.MustCompile(`^\d{1,3}(\.\d{3})+$`).MatchString(s):
		return strings.ReplaceAll(s, ".", "")
	case regexp.MustCompile(`^\d{1,3}(,\d{3})+$`).MatchString(s):
		return strings.ReplaceAll(s, ",", "")
	}
	return strings.ReplaceAll(s, ",", ".")
}

func (c *Checker) facts(p lang.Pack, rec *store.Record, start, end int, text string) facts {
	f := facts{nums: map[string]bool{}, dates: map[string]bool{}, modals: map[string]bool{}, all: map[string]bool{}, stems: map[string]bool{}, said: map[string]bool{}, lower: strings.ToLower(text), words: map[string]bool{},
		question: strings.HasSuffix(strings.TrimRight(text, " \"“”»«'’)"), "?")}
	// A resolved date stands for its numbers ("am 13. Mai 2024" and "am heutigen Montag
	// (13. Mai)" in an article of 12 May are one day): its day is compared, not its digits.
	inDate := map[int]bool{} // rune offsets within the sentence
	for _, t := range rec.Analysis.Times {
		if t.Start < start || t.End > end || t.Type != article.TimeDate && t.Type != article.TimeTime || t.Value == "" || strings.HasSuffix(t.Value, "_REF") {
			continue
		}
		day := t.Value
		if len(day) > 10 && !clockRE.MatchString(day) {
			day = day[:10]
		}
		f.dates[day] = true
		for c := t.Start; c < t.End; c++ {
			inDate[c-start] = true
		}
	}
	for _, m := range numRE.FindAllStringIndex(text, -1) {
		if inDate[utf8.RuneCountInString(text[:m[0]])] {
			continue
		}
		f.nums[normNum(text[m[0]:m[1]])] = true
	}
	numbers := p.Words("numbers")
	negs := p.Words("story_negations")
	modals := p.Words("story_modals")
	var nameWords []string
	for _, e := range rec.Analysis.Entities {
		if e.Start >= start && e.End <= end {
			for _, w := range p.Tokens(e.Text) {
				nameWords = append(nameWords, w.Norm)
			}
		}
	}
	isName := func(norm string) bool {
		for _, w := range nameWords {
			if w == norm {
				return true
			}
		}
		return false
	}
	for _, t := range p.Tokens(text) {
		if t.Kind != article.TokWord {
			continue
		}
		f.words[t.Norm] = true
		f.all[t.Norm] = true
		if m, ok := modals[t.Norm]; ok {
			f.modals[m] = true
		}
		if v, ok := numbers[t.Norm]; ok && v != "1" && !strings.HasSuffix(v, ".") && !strings.Contains(v, ".") {
			f.nums[v] = true
		}
		if _, ok := negs[t.Norm]; ok || strings.HasSuffix(t.Norm, "n't") {
			f.negated = true
		}
		if !t.Stop && utf8.RuneCountInString(t.Norm) > 2 {
			f.stems[t.Stem] = true
			if !isName(t.Norm) {
				f.said[t.Stem] = true
			}
		}
	}
	for _, e := range rec.Analysis.Entities {
		if e.Start < start || e.End > end || e.Type == article.EntityOther {
			continue
		}
		w := strings.Fields(strings.ToLower(e.Text))
		if len(w) == 0 {
			continue
		}
		last := strings.TrimFunc(w[len(w)-1], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if utf8.RuneCountInString(last) > 5 {
			last = string([]rune(last)[:5])
		}
		if last != "" {
			f.names = append(f.names, last)
		}
	}
	return f
}

// statedBy returns why y does not state x, or "" when it does.
func (x facts) statedBy(y facts) string {
	var missing []string
	for n := range x.nums {
		if !y.nums[n] {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return "numbers missing: " + strings.Join(missing, ", ")
	}
	for _, n := range x.names {
		found := false
		for w := range y.words {
			if strings.HasPrefix(w, n) {
				found = true
				break
			}
		}
		if !found && !strings.Contains(y.lower, n) {
			return "name missing: " + n
		}
	}
	for _, m := range quotedRE.FindAllStringSubmatch(x.lower, -1) {
		if t := strings.TrimSpace(m[1]); len(strings.Fields(t)) <= 6 && !strings.Contains(y.lower, t) {
			return "title in quotation marks missing: " + t
		}
	}
	for d := range x.dates {
		if !y.dates[d] {
			return "date missing: " + d
		}
	}
	if x.negated != y.negated {
		return "negation differs"
	}
	if len(x.modals) != len(y.modals) || share(x.modals, y.modals) < 1 {
		return "modal verbs differ"
	}
	if len(x.names) == 0 && len(x.nums) == 0 && len(x.dates) == 0 && share(x.all, y.all) < 0.8 {
		return "names nothing, gives no number, and not 80 % of its words"
	}
	if len(x.said) < 2 && share(x.all, y.all) < 1 {
		return "little said beside names, and not all its words"
	}
	if x.question != y.question {
		return "a question and a statement"
	}
	if m := share(x.said, y.stems); len(x.said) >= 1 && m < 0.67 {
		return fmt.Sprintf("only %.0f %% of what it says beside names", 100*m)
	}
	n := 0
	for s := range x.stems {
		if y.stems[s] {
			n++
		}
	}
	if len(x.stems) > 0 && float64(n)/float64(len(x.stems)) < 0.6 {
		return fmt.Sprintf("only %d of %d content words", n, len(x.stems))
	}
	return ""
}

func dangling(p lang.Pack, text string) bool {
	toks := p.Tokens(text)
	for _, t := range toks {
		if t.Kind == article.TokWord {
			if _, ok := p.Words("story_dangling")[t.Norm]; ok {
				return true
			}
			break
		}
	}
	return strings.HasSuffix(strings.TrimRight(text, " \"“”»«'’"), "?")
}

func furniture(p lang.Pack, text string) bool {
	lower := strings.ToLower(text)
	for ph := range p.Words("story_furniture") {
		if strings.Contains(lower, ph) {
			return true
		}
	}
	return false
}

// Evaluate ingests path (any source ingest reads) into a fresh database and checks every
// event's and storyline's citations; a path ending in .db is a crosscheck database, checked
// as it is.
func Evaluate(ctx context.Context, path string) (*Report, error) {
	if strings.HasSuffix(path, ".db") {
		s, err := app.OpenStore(ctx, path)
		if err != nil {
			return nil, err
		}
		defer s.Close()
		return CheckAll(ctx, s, path)
	}
	dir, err := os.MkdirTemp("", "crosscheck-citations")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	s, err := app.OpenStore(ctx, filepath.Join(dir, "eval.db"))
	if err != nil {
		return nil, err
	}
	defer s.Close()
	e, err := app.Engine(ctx, s)
	if err != nil {
		return nil, err
	}
	if _, _, err := e.Run(ctx, []string{path}, nil); err != nil {
		return nil, err
	}
	return CheckAll(ctx, s, path)
}

// CheckAll checks every story of the store s.
func CheckAll(ctx context.Context, s store.Store, name string) (*Report, error) {
	rd, err := app.StoryReader(ctx, s)
	if err != nil {
		return nil, err
	}
	c := &Checker{Get: s.Get, Packs: app.Registry()}
	r := &Report{Path: name, Dangling: []string{}, Furniture: []string{}, Failures: []Failure{}, Checked: []Checked{}}
	for _, kind := range []string{"event", "storyline"} {
		for off := 0; ; off += story.MaxLimit {
			p, err := rd.List(ctx, story.Query{Kind: kind, Limit: story.MaxLimit, Offset: off})
			if err != nil {
				return nil, err
			}
			for _, row := range p.Stories {
				st, err := rd.Story(ctx, row.ID)
				if err != nil {
					return nil, err
				}
				if err := c.Check(ctx, st, r); err != nil {
					return nil, err
				}
			}
			if off+len(p.Stories) >= p.Total {
				break
			}
		}
	}
	return r, nil
}

// JSON returns the report as JSON.
func (r *Report) JSON() ([]byte, error) { return json.MarshalIndent(r, "", "  ") }

func share(a, b map[string]bool) float64 {
	if len(a) == 0 {
		return 1
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
