// Package quotes scores crosscheck's quote extraction on the SpkAtt-2023 speaker attribution
// data (German Wikinews, task 2): per speech event, token-overlap precision, recall and F1 of
// the cue, the source (speaker) and the message, pooled into role and joint scores, for a
// development part and a held-out part of the articles.
package quotes

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/quote"
)

// Published anchors: the SpkAtt-2023 task 2 rule-based baseline.
const (
	BaselineMessage = 48.8
	BaselineRoles   = 34.9
	BaselineJoint   = 38.9
)

// Options tune Evaluate.
type Options struct {
	// HeldOutPercent is the share of articles (by file name hash) kept out of tuning; 20 when 0.
	HeldOutPercent int
	// Limit stops after this many files (0: all), for quick runs.
	Limit int
	// Fold, "i/k", keeps only fold i of k of the development files (Fold) in the dev part, so
	// a change can be judged on the folds it was not developed on; empty: the environment's
	// QUOTES_FOLD, else every development file.
	Fold string
}

// Score is precision, recall and F1 over token counts.
type Score struct {
	TP        int     `json:"tp"`
	Predicted int     `json:"predicted"`
	Gold      int     `json:"gold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (s *Score) add(o Score) { s.TP += o.TP; s.Predicted += o.Predicted; s.Gold += o.Gold }

func (s *Score) finish() {
	if s.Predicted > 0 {
		s.Precision = float64(s.TP) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.TP) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// Part is the score of one part of the data.
type Part struct {
	Articles  int   `json:"articles"`
	Gold      int   `json:"gold_events"`
	Predicted int   `json:"predicted_events"`
	Matched   int   `json:"matched_events"`
	Cue       Score `json:"cue"`
	Source    Score `json:"source"`
	Message   Score `json:"message"`
	Addr      Score `json:"addressee"`
	Roles     Score `json:"roles"` // source, message and addressee pooled
	Joint     Score `json:"joint"` // cue and all roles pooled
}

// Report is the outcome of Evaluate.
type Report struct {
	Dir      string             `json:"dir"`
	Metric   string             `json:"metric"`
	Dev      Part               `json:"dev"`
	HeldOut  Part               `json:"held_out"`
	All      Part               `json:"all"`
	Baseline map[string]float64 `json:"baseline"`
}

// Metric describes what Evaluate computes.
const Metric = "SpkAtt-2023 style token-overlap scoring: predicted speech events are matched one-to-one " +
	"to gold events (greedily, by cue-token overlap first, then message-token overlap); for each role " +
	"(cue, source, message, addressee) TP is the number of gold tokens a matched prediction shares, " +
	"precision divides by all predicted role tokens, recall by all gold role tokens (unmatched events " +
	"count fully against precision or recall); roles pools source+message+addressee, joint pools cue " +
	"and all roles. Micro-averaged over the part's articles."

type doc struct {
	Sentences []struct {
		SentenceID int      `json:"SentenceId"`
		Tokens     []string `json:"Tokens"`
	} `json:"Sentences"`
	Annotations []struct {
		Cue     []string `json:"Cue"`
		Source  []string `json:"Source"`
		Message []string `json:"Message"`
		Addr    []string `json:"Addr"`
		Form    string   `json:"Form"`
	} `json:"Annotations"`
}

// article builds the document's text (see Article) and returns it with each token's span and
// a function that maps a "sentence:token" id to the global token index.
func (d *doc) article(id string) (*article.Article, []article.Span, func(string) (int, bool)) {
	sents := make([][]string, len(d.Sentences))
	for i, s := range d.Sentences {
		sents[i] = s.Tokens
	}
	a, spans, first := Article(id, sents)
	return a, spans, func(x string) (int, bool) {
		s, t, ok := strings.Cut(x, ":")
		if !ok {
			return 0, false
		}
		si, err1 := strconv.Atoi(s)
		ti, err2 := strconv.Atoi(t)
		if err1 != nil || err2 != nil || si < 0 || si >= len(first) || ti < 0 || ti >= len(sents[si]) {
			return 0, false
		}
		return first[si] + ti, true
	}
}

// event is one speech event as sets of global token indexes.
type event struct {
	cue, source, message, addr map[int]bool
}

// firstCueOnly keeps the first of several cue tokens as the cue and makes the rest source:
// SpkAtt marks only "nach" as the cue of "nach Angaben X".
func (e event) firstCueOnly() {
	if len(e.cue) < 2 {
		return
	}
	lo := -1
	for k := range e.cue {
		if lo < 0 || k < lo {
			lo = k
		}
	}
	for k := range e.cue {
		if k != lo {
			delete(e.cue, k)
			e.source[k] = true
		}
	}
}

// disjoin takes the cue's and the source's tokens out of the message: SpkAtt's roles never
// share a token.
func (e event) disjoin() {
	for k := range e.cue {
		delete(e.message, k)
	}
	for k := range e.source {
		delete(e.message, k)
	}
}

// Evaluate reads every *.json file of dir (SpkAtt-2023 format), runs entity and quote
// extraction on each article and scores the result.
func Evaluate(dir string, opt Options) (*Report, error) {
	if opt.HeldOutPercent <= 0 {
		opt.HeldOutPercent = 20
	}
	if opt.Fold == "" {
		opt.Fold = os.Getenv("QUOTES_FOLD")
	}
	inFold, err := FoldFilter(opt.Fold)
	if err != nil {
		return nil, err
	}
	az := newAnalyzer()
	rep := &Report{Dir: dir, Metric: Metric, Baseline: map[string]float64{
		"message": BaselineMessage, "roles": BaselineRoles, "joint": BaselineJoint}}
	err = readDocs(dir, opt.Limit, func(name string, d *doc) error {
		held := heldOut(name, opt.HeldOutPercent)
		if !held && !inFold(name) {
			return nil
		}
		part := scoreDoc(d, name, az)
		if held {
			rep.HeldOut.merge(part)
		} else {
			rep.Dev.merge(part)
		}
		rep.All.merge(part)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, pt := range []*Part{&rep.Dev, &rep.HeldOut, &rep.All} {
		pt.finish()
	}
	return rep, nil
}

func heldOut(name string, pct int) bool {
	h := fnv.New32a()
	h.Write([]byte(name))
	return int(h.Sum32()%100) < pct
}

// Fold is the fold, of k, of a development file: its file-name hash divided by 100 (so not the
// held-out split's residue) modulo k. Rules and the source ranker (quote/internal/gensource
// -cv) are judged on the folds they were not developed or trained on: SpkAtt dev rose with
// changes that the held-out files did not follow.
func Fold(name string, k int) int {
	h := fnv.New32a()
	h.Write([]byte(name))
	return int((h.Sum32() / 100) % uint32(k))
}

// FoldFilter parses "i/k" (0 <= i < k) into a test of whether a development file is in fold i
// of k; an empty string keeps every file.
func FoldFilter(s string) (func(name string) bool, error) {
	if s == "" {
		return func(string) bool { return true }, nil
	}
	var i, k int
	if n, err := fmt.Sscanf(s, "%d/%d", &i, &k); err != nil || n != 2 || k < 1 || i < 0 || i >= k {
		return nil, fmt.Errorf("quotes: fold %q is not i/k with 0 <= i < k", s)
	}
	return func(name string) bool { return Fold(name, k) == i }, nil
}

func (p *Part) merge(o Part) {
	p.Articles += o.Articles
	p.Gold += o.Gold
	p.Predicted += o.Predicted
	p.Matched += o.Matched
	p.Cue.add(o.Cue)
	p.Source.add(o.Source)
	p.Message.add(o.Message)
	p.Addr.add(o.Addr)
}

func (p *Part) finish() {
	p.Roles, p.Joint = Score{}, Score{}
	for _, s := range []Score{p.Source, p.Message, p.Addr} {
		p.Roles.add(s)
	}
	p.Joint.add(p.Roles)
	p.Joint.add(p.Cue)
	for _, s := range []*Score{&p.Cue, &p.Source, &p.Message, &p.Addr, &p.Roles, &p.Joint} {
		s.finish()
	}
}

// Article builds the text SpkAtt's tokens stand for: each sentence's tokens joined by single
// spaces, sentences joined by a single space in one paragraph (so quotations may run over
// sentences). It returns the article and each token's code point span, indexed by global
// token number, with first[i] the global number of sentence i's first token.
func Article(id string, sentences [][]string) (*article.Article, []article.Span, []int) {
	var b strings.Builder
	var spans []article.Span
	var first []int
	off := 0
	for si, toks := range sentences {
		first = append(first, len(spans))
		for ti, t := range toks {
			if si > 0 || ti > 0 {
				b.WriteByte(' ')
				off++
			}
			n := utf8.RuneCountInString(t)
			spans = append(spans, article.Span{Start: off, End: off + n})
			b.WriteString(t)
			off += n
		}
	}
	a := &article.Article{ID: id, Language: "de", Text: b.String()}
	if off > 0 {
		a.Blocks = []article.Block{{Kind: article.BlockParagraph, Start: 0, End: off}}
	}
	return a, spans, first
}

func scoreDoc(d *doc, id string, az *analyze.Analyzer) Part {
	gold, pred, _ := events(d, id, az)
	return match(gold, pred)
}

// scored is what events found in one article, for analysis beyond the scores.
type scored struct {
	text   string
	spans  []article.Span
	quotes []article.Quote // quotes[i] produced pred[i]
}

// events returns the article's gold and predicted speech events.
func events(d *doc, id string, az *analyze.Analyzer) ([]event, []event, scored) {
	a, spans, tok := d.article(id)
	ids := func(list []string) map[int]bool {
		m := map[int]bool{}
		for _, x := range list {
			if k, ok := tok(x); ok {
				m[k] = true
			}
		}
		return m
	}
	var gold []event
	for _, an := range d.Annotations {
		gold = append(gold, event{cue: ids(an.Cue), source: ids(an.Source), message: ids(an.Message), addr: ids(an.Addr)})
	}
	an := az.Analyze(a)
	var pred []event
	for _, q := range an.Quotes {
		pred = append(pred, predEvent(a.Text, spans, q))
		if q.Relay != nil {
			pred = append(pred, relayEvent(spans, q))
		}
	}
	return gold, pred, scored{text: a.Text, spans: spans, quotes: an.Quotes}
}

// relayEvent is the second speech event SpkAtt marks where a quotation's clause gives its
// words a cue phrase beside the speech verb (article.Quote.Relay: "bestätigte X laut Reuters,
// dass …"): the phrase's cue and source words and the same message, none of its tokens in two
// roles.
func relayEvent(spans []article.Span, q article.Quote) event {
	e := event{cue: covered(spans, q.Relay.Cue.Start, q.Relay.Cue.End), source: covered(spans, q.Relay.Source.Start, q.Relay.Source.End), message: covered(spans, q.Start, q.End), addr: map[int]bool{}}
	e.firstCueOnly()
	e.disjoin()
	return e
}

// predEvent is the speech event a predicted quotation stands for, in SpkAtt's conventions:
// quotation marks inside a direct message, a cue-less reported message running to its
// sentence's final mark, the pieces of a cue in the cue, no token in two roles.
func predEvent(text string, spans []article.Span, q article.Quote) event {
	e := event{cue: map[int]bool{}, source: map[int]bool{}, message: covered(spans, q.Start, q.End), addr: map[int]bool{}}
	if q.Direct {
		// SpkAtt's messages include the quotation marks.
		var marks []int
		for k := range e.message {
			for _, n := range []int{k - 1, k + 1} {
				if n >= 0 && n < len(spans) && !e.message[n] && isMark(text, spans[n]) {
					marks = append(marks, n)
				}
			}
		}
		for _, n := range marks {
			e.message[n] = true
		}
	}
	if q.Cue == nil && !q.Direct && len(e.message) > 0 {
		// SpkAtt's cue-less (free indirect) messages run to the sentence's final mark; a direct
		// message ends at its closing quotation mark (dev: 93 gold direct messages end at the
		// closing mark before a final one, none takes the final mark after it).
		last := -1
		for k := range e.message {
			last = max(last, k)
		}
		if n := last + 1; n < len(spans) && isFinal(text, spans[n]) {
			e.message[n] = true
		}
	}
	if q.Cue != nil {
		e.cue = covered(spans, q.Cue.Start, q.Cue.End)
		if strings.HasPrefix(strings.ToLower(q.Cue.Text), "nach ") {
			e.firstCueOnly()
		}
	}
	if q.Cue != nil {
		// The words of the cue written apart from it ("teilte … mit", "hat … gesagt").
		for _, m := range q.CueParts {
			for k := range covered(spans, m.Start, m.End) {
				e.cue[k] = true
			}
		}
	}
	if q.Source != nil && !ownCue(q.Cue) {
		// Added to, not replacing, what the cue gave the source ("Angaben").
		for k := range covered(spans, q.Source.Start, q.Source.End) {
			e.source[k] = true
		}
	}
	// A message that is a whole clause holds its cue and source ("Der Umzug kostet laut
	// der Stadt rund 40.000 Euro"); SpkAtt's roles never share a token.
	e.disjoin()
	return e
}

// ownWords are the German possessives of one's own ("eigenen", quote_grammar class own).
var ownWords = func() map[string]bool {
	m := map[string]bool{}
	for w, cls := range de.New().Words("quote_grammar") {
		if cls == "own" {
			m[w] = true
		}
	}
	return m
}()

// ownCue reports whether a cue phrase names the subject's own account ("nach eigenen
// Angaben", "nach eigenem Bekunden"): SpkAtt's source is then the phrase's words alone, not the
// subject the quotation's Source gives (so every such phrase of the dev part: "eigenen
// Angaben" x7, "eigenem Bekunden", "eigenen Worten").
func ownCue(cue *article.Mark) bool {
	if cue == nil {
		return false
	}
	ws := strings.Fields(strings.ToLower(cue.Text))
	for _, w := range ws[min(1, len(ws)):] {
		if ownWords[w] {
			return true
		}
	}
	return false
}

func isMark(text string, s article.Span) bool {
	if s.End-s.Start != 1 {
		return false
	}
	r := []rune(text[byteOff(text, s.Start):byteOff(text, s.End)])
	switch r[0] {
	case '„', '“', '”', '»', '«', '"', '‚', '‘', '’':
		return true
	}
	return false
}

func isFinal(text string, s article.Span) bool {
	if s.End-s.Start != 1 {
		return false
	}
	switch text[byteOff(text, s.Start)] {
	case '.', '!', '?':
		return true
	}
	return false
}

func byteOff(s string, c int) int {
	for i := range s {
		if c == 0 {
			return i
		}
		c--
	}
	return len(s)
}

// covered returns the tokens overlapping [start, end).
func covered(spans []article.Span, start, end int) map[int]bool {
	m := map[int]bool{}
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > start })
	for ; i < len(spans) && spans[i].Start < end; i++ {
		m[i] = true
	}
	return m
}

func inter(a, b map[int]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// pairs matches predicted and gold events one to one (greedily, by cue-token overlap first,
// then message-token overlap) and returns for each gold event its predicted one, or -1.
func pairs(gold, pred []event) []int {
	type cand struct {
		g, p  int
		score float64
	}
	var cs []cand
	for gi, g := range gold {
		for pi, p := range pred {
			c, m := inter(g.cue, p.cue), inter(g.message, p.message)
			if c == 0 && m == 0 {
				continue
			}
			score := float64(c)*1000 + float64(m)
			cs = append(cs, cand{gi, pi, score})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		if cs[i].g != cs[j].g {
			return cs[i].g < cs[j].g
		}
		return cs[i].p < cs[j].p
	})
	of := make([]int, len(gold))
	for i := range of {
		of[i] = -1
	}
	usedP := map[int]bool{}
	for _, c := range cs {
		if of[c.g] >= 0 || usedP[c.p] {
			continue
		}
		of[c.g] = c.p
		usedP[c.p] = true
	}
	return of
}

// match pairs predicted and gold events one to one and counts role tokens.
func match(gold, pred []event) Part {
	pt := Part{Articles: 1, Gold: len(gold), Predicted: len(pred)}
	for gi, pi := range pairs(gold, pred) {
		if pi < 0 {
			continue
		}
		pt.Matched++
		g, p := gold[gi], pred[pi]
		pt.Cue.TP += inter(g.cue, p.cue)
		pt.Source.TP += inter(g.source, p.source)
		pt.Message.TP += inter(g.message, p.message)
		pt.Addr.TP += inter(g.addr, p.addr)
	}
	for _, g := range gold {
		pt.Cue.Gold += len(g.cue)
		pt.Source.Gold += len(g.source)
		pt.Message.Gold += len(g.message)
		pt.Addr.Gold += len(g.addr)
	}
	for _, p := range pred {
		pt.Cue.Predicted += len(p.cue)
		pt.Source.Predicted += len(p.source)
		pt.Message.Predicted += len(p.message)
		pt.Addr.Predicted += len(p.addr)
	}
	return pt
}

// Text renders the report for people, with the published baseline beside each number.
func (r *Report) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "SpkAtt-2023 speaker attribution (%s)\n", r.Dir)
	row := func(name string, p *Part) {
		fmt.Fprintf(&b, "%-9s articles %4d  gold events %5d  predicted %5d  matched %5d\n", name, p.Articles, p.Gold, p.Predicted, p.Matched)
		for _, x := range []struct {
			n    string
			s    *Score
			base float64
		}{{"cue", &p.Cue, 0}, {"source", &p.Source, 0}, {"message", &p.Message, BaselineMessage}, {"roles", &p.Roles, BaselineRoles}, {"joint", &p.Joint, BaselineJoint}} {
			base := "    -"
			if x.base > 0 {
				base = fmt.Sprintf("%5.1f", x.base)
			}
			fmt.Fprintf(&b, "  %-8s P %5.1f  R %5.1f  F1 %5.1f   (baseline F1 %s)\n", x.n, 100*x.s.Precision, 100*x.s.Recall, 100*x.s.F1, base)
		}
	}
	row("dev", &r.Dev)
	row("held-out", &r.HeldOut)
	row("all", &r.All)
	b.WriteString("metric: " + r.Metric + "\n")
	return b.String()
}

// GoldEvent is one annotated speech event of SpkAtt: the code point spans of its cue, source
// and message tokens in the text Article builds.
type GoldEvent struct {
	Cue, Source, Message []article.Span
}

// DevArticles calls fn with every development article of the SpkAtt directory dir (the files
// Evaluate scores as dev, never the held-out ones) and its gold events: the training data of
// quote/internal/gensource.
func DevArticles(dir string, fn func(a *article.Article, gold []GoldEvent) error) error {
	return readDocs(dir, 0, func(name string, d *doc) error {
		if heldOut(name, 20) {
			return nil
		}
		a, spans, tok := d.article(name)
		toSpans := func(list []string) []article.Span {
			var out []article.Span
			for _, x := range list {
				if k, ok := tok(x); ok {
					out = append(out, spans[k])
				}
			}
			return out
		}
		var gold []GoldEvent
		for _, an := range d.Annotations {
			gold = append(gold, GoldEvent{Cue: toSpans(an.Cue), Source: toSpans(an.Source), Message: toSpans(an.Message)})
		}
		return fn(a, gold)
	})
}

// readDocs calls fn with every SpkAtt *.json file of dir, parsed, in name order (the first
// limit files when limit > 0).
func readDocs(dir string, limit int, fn func(name string, d *doc) error) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	if len(files) == 0 {
		return fmt.Errorf("quotes: no SpkAtt *.json files in %s", dir)
	}
	sort.Strings(files)
	if limit > 0 && len(files) > limit {
		files = files[:limit]
	}
	for _, f := range files {
		name := filepath.Base(f)
		raw, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("quotes: %w", err)
		}
		var d doc
		if err := json.Unmarshal(raw, &d); err != nil {
			return fmt.Errorf("quotes: %s: %w", name, err)
		}
		if err := fn(name, &d); err != nil {
			return err
		}
	}
	return nil
}

// newAnalyzer is the analysis SpkAtt is scored with: the German pack, its tagger and the
// quotation extractor.
func newAnalyzer() *analyze.Analyzer {
	return analyze.New(lang.NewRegistry(de.New()), entity.New(nil, entity.Options{}), quote.New())
}

// EvaluateDev scores the development articles of the SpkAtt directory dir (never the held-out
// ones) with the analyzer az gives for each file name, skipping those it gives nil for:
// internal/gencue cross-validates its cue tagger within the development part with it.
func EvaluateDev(dir string, az func(name string) *analyze.Analyzer) (Part, error) {
	var pt Part
	err := readDocs(dir, 0, func(name string, d *doc) error {
		if heldOut(name, 20) {
			return nil
		}
		if a := az(name); a != nil {
			pt.merge(scoreDoc(d, name, a))
		}
		return nil
	})
	pt.finish()
	return pt, err
}

// NewAnalyzer is the analysis SpkAtt is scored with, with the quotation extractor x.
func NewAnalyzer(x *quote.Extractor) *analyze.Analyzer {
	return analyze.New(lang.NewRegistry(de.New()), entity.New(nil, entity.Options{}), x)
}
