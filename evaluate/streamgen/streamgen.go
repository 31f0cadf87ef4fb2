// Package streamgen makes labelled news streams for evaluating and benchmarking the clusterer:
// real articles (10kGNAD, SpkAtt Wikinews) taken as distinct events, each reported several
// times through rewrites and partial reports with timestamps and interleaving; and a cheap
// synthetic stream, already analysed, for throughput at 100k to 1M articles.
package streamgen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"crosscheck/article"
	"crosscheck/lang"
)

// Doc is one source article: the original report of one event.
type Doc struct {
	ID    string
	Title string // "" when the source has none
	Text  string
	Date  time.Time // zero when the source gives none
}

// LoadGNAD reads a 10kGNAD CSV file (`category;'text'` lines, `'` quoted with `”` for a
// quote inside), at most max articles (0: all).
func LoadGNAD(path string, max int) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("streamgen: %w", err)
	}
	defer f.Close()
	return readGNAD(f, max)
}

func readGNAD(r io.Reader, max int) ([]Doc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	var out []Doc
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		i := strings.IndexByte(l, ';')
		if i < 0 {
			continue
		}
		text := strings.TrimSpace(l[i+1:])
		if len(text) >= 2 && text[0] == '\'' && text[len(text)-1] == '\'' {
			text = text[1 : len(text)-1]
		}
		text = strings.ReplaceAll(text, "''", "'")
		if strings.TrimSpace(text) == "" {
			continue
		}
		out = append(out, Doc{ID: fmt.Sprintf("gnad%04d", line), Text: text})
		if max > 0 && len(out) >= max {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("streamgen: read 10kGNAD line %d: %w", line, err)
	}
	return out, nil
}

var spkattName = regexp.MustCompile(`^(\d+) - (.*) \((\d{4}-\d{2}-\d{2})\)\.json$`)

// LoadSpkAtt reads the SpkAtt Wikinews folder: each JSON file's sentences (tokens joined
// with spaces) make the text; the title and date come from the file name
// "ID - Title (YYYY-MM-DD).json". At most max articles (0: all), in file name order.
func LoadSpkAtt(dir string, max int) ([]Doc, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("streamgen: %w", err)
	}
	sort.Strings(names)
	var out []Doc
	for _, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			return out, fmt.Errorf("streamgen: %w", err)
		}
		d, err := parseSpkAtt(filepath.Base(name), raw)
		if err != nil {
			return out, err
		}
		if d.Text == "" {
			continue
		}
		out = append(out, d)
		if max > 0 && len(out) >= max {
			break
		}
	}
	return out, nil
}

func parseSpkAtt(base string, raw []byte) (Doc, error) {
	var doc struct {
		Sentences []struct {
			Tokens []string
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return Doc{}, fmt.Errorf("streamgen: %s: %w", base, err)
	}
	d := Doc{ID: "spk-" + strings.TrimSuffix(base, ".json")}
	if m := spkattName.FindStringSubmatch(base); m != nil {
		d.ID = "spk" + m[1]
		d.Title = m[2]
		d.Date, _ = time.Parse("2006-01-02", m[3])
	}
	var b strings.Builder
	for _, s := range doc.Sentences {
		if len(s.Tokens) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(detokenize(s.Tokens))
	}
	d.Text = b.String()
	return d, nil
}

// detokenize joins tokens with spaces, except before closing punctuation, so the sentence
// splitter sees ordinary text.
func detokenize(toks []string) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && !(len(t) == 1 && strings.ContainsAny(t, ".,;:!?)")) {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// Options shape a generated stream. Zero fields take the defaults noted.
type Options struct {
	Seed       uint64        // random seed (0 means 1)
	MaxReports int           // reports per event at most (default 6); the first is the original
	Singletons float64       // share of events reported once (default 0.25)
	Start      time.Time     // first event (default 2024-01-01)
	Span       time.Duration // events start uniformly within this span (default 90 days)
	Spread     time.Duration // mean delay of a report after the original (default 18 h)
	FollowUps  float64       // share of events that retell an earlier one as background (default 0.3)
}

func (o Options) withDefaults() Options {
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.MaxReports <= 0 {
		o.MaxReports = 6
	}
	if o.Singletons <= 0 {
		o.Singletons = 0.25
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if o.Span <= 0 {
		o.Span = 90 * 24 * time.Hour
	}
	if o.FollowUps <= 0 {
		o.FollowUps = 0.3
	}
	if o.Spread <= 0 {
		o.Spread = 18 * time.Hour
	}
	return o
}

// Kinds of generated reports.
const (
	KindOriginal = "original"
	KindRewrite  = "rewrite"
	KindPartial  = "partial"
)

// Item is one article of the stream, with its gold event.
type Item struct {
	ID         string
	Event      int    // gold label: index of the source Doc
	Source     string // the source Doc's id
	Kind       string
	Title      string
	Paragraphs []string
	Time       time.Time
}

// Article turns the item into an article: title block (when any) and paragraph blocks.
func (it Item) Article() *article.Article {
	a := &article.Article{ID: it.ID, Language: "de", Title: it.Title}
	var tb article.TextBuilder
	if it.Title != "" {
		tb.Add(article.BlockTitle, it.Title)
	}
	for _, p := range it.Paragraphs {
		tb.Add(article.BlockParagraph, p)
	}
	tb.Fill(a)
	a.Published = it.Time.UTC().Format(time.RFC3339)
	return a
}

// Generate makes the stream: every doc is one event, reported by an original and up to
// MaxReports-1 rewrites (sentences dropped, reordered, words substituted) or partial reports
// (a lead and a few more sentences), published after the original; all reports of all events
// are interleaved by time. p splits sentences. The same docs and options give the same stream.
func Generate(docs []Doc, p lang.Pack, opt Options) []Item {
	opt = opt.withDefaults()
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	var items []Item
	starts := make([]time.Time, len(docs))
	leads := make([][]string, len(docs))
	for ev, d := range docs {
		sents := sentences(d.Text, p)
		if len(sents) == 0 {
			continue
		}
		t0 := opt.Start.Add(time.Duration(rng.Float64() * float64(opt.Span))).Truncate(time.Minute)
		if ev > 0 && rng.Float64() < opt.FollowUps {
			// A follow-up: a later, different event whose report retells an earlier one as
			// background, as news does (the hard case for telling events apart).
			prev := max(0, ev-1-rng.IntN(min(ev, 30)))
			if len(leads[prev]) > 0 {
				t0 = starts[prev].Add(time.Duration((1 + 6*rng.Float64()) * float64(24*time.Hour))).Truncate(time.Minute)
				bg := leads[prev][:min(len(leads[prev]), 1+rng.IntN(3))]
				cut := min(len(sents), 2)
				sents = append(append(append([]string(nil), sents[:cut]...), bg...), sents[cut:]...)
			}
		}
		starts[ev], leads[ev] = t0, sents[:min(len(sents), 4)]
		n := 1
		if rng.Float64() >= opt.Singletons && opt.MaxReports > 1 {
			n = 2 + rng.IntN(opt.MaxReports-1)
		}
		for k := 0; k < n; k++ {
			it := Item{ID: fmt.Sprintf("%s-%d", d.ID, k), Event: ev, Source: d.ID, Title: d.Title, Time: t0}
			var ss []string
			switch {
			case k == 0:
				it.Kind, ss = KindOriginal, sents
			case len(sents) >= 4 && rng.Float64() < 0.35:
				it.Kind, ss = KindPartial, partial(sents, rng)
			default:
				it.Kind, ss = KindRewrite, rewrite(sents, rng)
			}
			if k > 0 {
				delay := time.Duration(rng.ExpFloat64() * float64(opt.Spread))
				it.Time = t0.Add(min(delay, 6*opt.Spread)).Truncate(time.Minute)
				if it.Title != "" {
					it.Title = substitute(it.Title, rng, 0.15)
				}
			}
			it.Paragraphs = paragraphs(ss, 3)
			items = append(items, it)
		}
	}
	sort.SliceStable(items, func(i, j int) bool {
		if !items[i].Time.Equal(items[j].Time) {
			return items[i].Time.Before(items[j].Time)
		}
		return items[i].ID < items[j].ID
	})
	return items
}

func sentences(text string, p lang.Pack) []string {
	r := []rune(text)
	var out []string
	for _, s := range p.Sentences(text) {
		if s.Start < 0 || s.End > len(r) || s.Start >= s.End {
			continue
		}
		out = append(out, strings.TrimSpace(string(r[s.Start:s.End])))
	}
	return out
}

func paragraphs(ss []string, per int) []string {
	var out []string
	for i := 0; i < len(ss); i += per {
		out = append(out, strings.Join(ss[i:min(i+per, len(ss))], " "))
	}
	return out
}

// rewrite drops about a fifth of the sentences (never the first), swaps some neighbours and
// substitutes a few words, as an editor or a language model rewording wire copy would.
func rewrite(sents []string, rng *rand.Rand) []string {
	out := []string{substitute(sents[0], rng, 0.08)}
	for _, s := range sents[1:] {
		if rng.Float64() < 0.2 {
			continue
		}
		out = append(out, substitute(s, rng, 0.08))
	}
	for i := 1; i+1 < len(out); i++ {
		if rng.Float64() < 0.15 {
			out[i], out[i+1] = out[i+1], out[i]
			i++
		}
	}
	return out
}

// partial keeps the lead (a quarter to a half of the article) and one or two later sentences.
func partial(sents []string, rng *rand.Rand) []string {
	n := max(2, int(float64(len(sents))*(0.25+0.25*rng.Float64())))
	out := append([]string(nil), sents[:n]...)
	for extra := rng.IntN(3); extra > 0 && n < len(sents); extra-- {
		out = append(out, sents[n+rng.IntN(len(sents)-n)])
	}
	for i := range out {
		out[i] = substitute(out[i], rng, 0.05)
	}
	return out
}

// substitutions are light rewordings a rewrite makes: connectives, reporting verbs and
// common words swapped for near-synonyms (written for this generator).
var substitutions = map[string][]string{
	"sagte": {"erklärte", "betonte", "sagt"}, "erklärte": {"sagte", "teilte mit"},
	"betonte": {"unterstrich", "sagte"}, "aber": {"jedoch", "allerdings"},
	"jedoch": {"aber", "allerdings"}, "allerdings": {"jedoch"}, "auch": {"ebenfalls"},
	"sehr": {"äußerst", "besonders"}, "rund": {"etwa", "ungefähr"}, "etwa": {"rund", "circa"},
	"mehr": {"mehr als"}, "bereits": {"schon"}, "schon": {"bereits"}, "nun": {"jetzt"},
	"jetzt": {"nun"}, "wurde": {"ist worden"}, "soll": {"will"}, "wichtig": {"bedeutend"},
	"groß": {"erheblich"}, "große": {"erhebliche"}, "neue": {"weitere"}, "neuen": {"weiteren"},
	"zudem": {"außerdem", "darüber hinaus"}, "außerdem": {"zudem"}, "weil": {"da"},
	"dass": {"dass"}, "zuvor": {"vorher"}, "erneut": {"wieder", "abermals"},
	"wieder": {"erneut"}, "laut": {"nach Angaben von"}, "derzeit": {"aktuell", "momentan"},
	"aktuell": {"derzeit"}, "berichtete": {"meldete", "teilte mit"}, "meldete": {"berichtete"},
	"Menschen": {"Personen", "Leute"}, "Personen": {"Menschen"}, "Jahr": {"Jahr"},
	"gestern": {"am Vortag"}, "heute": {"am heutigen Tag"}, "kürzlich": {"vor kurzem"},
	"viele": {"zahlreiche", "etliche"}, "zahlreiche": {"viele"}, "einige": {"mehrere"},
	"mehrere": {"einige"}, "deutlich": {"klar", "spürbar"}, "schnell": {"rasch", "zügig"},
	"beginnt": {"startet"}, "begann": {"startete"}, "Ende": {"Schluss"},
}

// substitute swaps words for near-synonyms with probability rate each (only words it knows)
// and occasionally drops a short lowercase word, which a rewrite does too.
func substitute(s string, rng *rand.Rand, rate float64) string {
	words := strings.Fields(s)
	out := words[:0:0]
	for i, w := range words {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if alts, ok := substitutions[core]; ok && rng.Float64() < 4*rate {
			w = strings.Replace(w, core, alts[rng.IntN(len(alts))], 1)
		} else if i > 0 && core == w && len(core) > 3 && unicode.IsLower([]rune(core)[0]) && rng.Float64() < rate/3 {
			continue
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return s
	}
	return strings.Join(out, " ")
}

// Synth makes a cheap synthetic stream, already analysed (tokens with Norm, Stem and Stop),
// for benchmarks at 100k to 1M articles. Events have their own topic words and names over a
// shared Zipf-like background vocabulary; reports of an event arrive close together,
// interleaved with other events. Item i is a pure function of the seed and i.
type Synth struct {
	seed  uint64
	words []string // background and topic vocabulary
	names []string
	stops []string
}

// NewSynth returns a generator with a vocabulary of 50,000 words and 20,000 names.
func NewSynth(seed uint64) *Synth {
	s := &Synth{seed: seed}
	for i := 0; i < 50000; i++ {
		s.words = append(s.words, synthWord(i, "lkmnrstvbdgpz", "aeiou"))
	}
	for i := 0; i < 20000; i++ {
		w := synthWord(i, "bdfgklmnprstvw", "aeiouy")
		s.names = append(s.names, strings.ToUpper(w[:1])+w[1:])
	}
	for i := 0; i < 60; i++ {
		s.stops = append(s.stops, synthWord(i, "dsw", "ie"))
	}
	return s
}

func synthWord(i int, cons, vows string) string {
	var b strings.Builder
	for n := i + len(cons)*len(vows); n > 0; n /= len(cons) * len(vows) {
		k := n % (len(cons) * len(vows))
		b.WriteByte(cons[k%len(cons)])
		b.WriteByte(vows[k/len(cons)])
	}
	return b.String()
}

// Per block of synthBlock consecutive items, synthBlock/synthReports events of synthReports
// reports each, in a shuffled order.
const (
	synthBlock   = 64
	synthReports = 4
)

// SynthItem is one synthetic article with its gold event.
type SynthItem struct {
	ID       string
	Event    int
	Article  *article.Article
	Analysis *article.Analysis
	Time     time.Time
}

// Item returns synthetic article i.
func (s *Synth) Item(i int) SynthItem {
	block := i / synthBlock
	brng := rand.New(rand.NewPCG(s.seed, uint64(block)))
	perm := brng.Perm(synthBlock)
	slot := perm[i%synthBlock]
	ev := block*(synthBlock/synthReports) + slot/synthReports
	erng := rand.New(rand.NewPCG(s.seed^0xabcdef, uint64(ev)))
	topic := make([]string, 25)
	for k := range topic {
		topic[k] = s.words[erng.IntN(len(s.words))]
	}
	names := make([]string, 4)
	for k := range names {
		names[k] = s.names[erng.IntN(len(s.names))]
	}
	rng := rand.New(rand.NewPCG(s.seed^0x5151, uint64(i)))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	it := SynthItem{ID: fmt.Sprintf("syn%07d", i), Event: ev, Time: start.Add(time.Duration(i) * 20 * time.Second)}
	a := &article.Article{ID: it.ID, Language: "de"}
	an := &article.Analysis{}
	var b strings.Builder
	pos := 0
	for sent := 0; sent < 15; sent++ {
		st := article.Sentence{Start: pos, TokStart: len(an.Tokens)}
		for w := 0; w < 18; w++ {
			var word string
			stop := false
			switch x := rng.Float64(); {
			case x < 0.35:
				word, stop = s.stops[rng.IntN(len(s.stops))], true
			case x < 0.6:
				word = topic[rng.IntN(len(topic))]
			case x < 0.66:
				word = names[rng.IntN(len(names))]
			default:
				// Zipf-like background: low ranks are common.
				word = s.words[int(math.Pow(rng.Float64(), 3)*float64(len(s.words)))]
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
				pos++
			}
			n := len(word)
			norm := strings.ToLower(word)
			an.Tokens = append(an.Tokens, article.Token{Start: pos, End: pos + n, Text: word, Norm: norm, Stem: norm, Stop: stop})
			b.WriteString(word)
			pos += n
		}
		b.WriteByte('.')
		an.Tokens = append(an.Tokens, article.Token{Start: pos, End: pos + 1, Text: ".", Norm: ".", Stem: ".", Kind: article.TokPunct})
		pos++
		st.End, st.TokEnd = pos, len(an.Tokens)
		an.Sentences = append(an.Sentences, st)
	}
	a.Text = b.String()
	a.Blocks = []article.Block{{Kind: article.BlockParagraph, Start: 0, End: pos}}
	it.Article, it.Analysis = a, an
	return it
}
