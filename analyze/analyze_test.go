package analyze_test

import (
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"

	"crosscheck/analyze"
	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/entity"
	"crosscheck/figure"
	"crosscheck/ingest"
	"crosscheck/internal/gnad"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/quote"
)

func TestSegmentOffsetsWithinBlocks(t *testing.T) {
	a, err := ingest.FromText("x.txt", "Überschrift ohne Punkt\n\nDer Präsident sagte am 3. November: „Wir sind bereit.“ Dann ging er.\n\nZwischentitel\n\nZweiter Absatz mit 11.000 Soldaten. Ende.")
	if err != nil {
		t.Fatal(err)
	}
	an := &article.Analysis{}
	analyze.Segment(a, an, de.New())
	r := article.NewRunes(a.Text)
	var got []string
	for _, s := range an.Sentences {
		got = append(got, r.Slice(s.Start, s.End))
		b := a.Blocks[s.Block]
		if s.Start < b.Start || s.End > b.End {
			t.Errorf("sentence %q outside its block %+v", r.Slice(s.Start, s.End), b)
		}
		for _, tok := range an.Tokens[s.TokStart:s.TokEnd] {
			if r.Slice(tok.Start, tok.End) != tok.Text {
				t.Errorf("token %q at %d:%d reads %q", tok.Text, tok.Start, tok.End, r.Slice(tok.Start, tok.End))
			}
		}
	}
	want := []string{"Überschrift ohne Punkt", "Der Präsident sagte am 3. November: „Wir sind bereit.“", "Dann ging er.", "Zwischentitel", "Zweiter Absatz mit 11.000 Soldaten.", "Ende."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

func TestAnalyzeEmptyAndOdd(t *testing.T) {
	z := app.Analyzer(app.Registry())
	for _, text := range []string{"", " ", "„", "\x00\x01", strings.Repeat("a. ", 1000), "11.000.000,5 € ¼"} {
		an := z.Analyze(&article.Article{ID: "x", Language: "de", Text: text})
		if an == nil {
			t.Fatalf("nil analysis for %q", text)
		}
	}
}

func benchTexts(b *testing.B) ([]string, int) {
	recs := gnad.Load(b, 0)
	texts := make([]string, len(recs))
	size := 0
	for i, r := range recs {
		texts[i] = r.Text
		size += len(r.Text)
	}
	return texts, size
}

// run analyses every text once per iteration on all cores, as ingest does, and reports
// articles/s and MB/s in total and per core.
func run(b *testing.B, texts []string, size int, z *analyze.Analyzer, full bool) {
	b.ReportAllocs()
	b.SetBytes(int64(size))
	workers := runtime.GOMAXPROCS(0)
	reg := app.Registry()
	b.ResetTimer()
	for range b.N {
		var wg sync.WaitGroup
		next := make(chan string)
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for t := range next {
					a, err := ingest.FromText("bench.txt", t)
					if err != nil {
						continue
					}
					a.Language = "de"
					if full {
						z.Analyze(a)
					} else {
						p, _ := reg.Get("de")
						analyze.Segment(a, &article.Analysis{}, p)
					}
				}
			}()
		}
		for _, t := range texts {
			next <- t
		}
		close(next)
		wg.Wait()
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(len(texts))/sec, "articles/s")
	b.ReportMetric(float64(len(texts))/sec/float64(workers), "articles/s/core")
	b.ReportMetric(float64(size)/sec/1e6/float64(workers), "MB/s/core")
}

// BenchmarkParseAnalyze is the foundation's measure: scraped-text parsing plus sentences and
// tokens (with stems and stop words), on 10kGNAD.
func BenchmarkParseAnalyze(b *testing.B) {
	texts, size := benchTexts(b)
	run(b, texts, size, nil, false)
}

// BenchmarkParseAnalyzeFull adds every extractor: entities, quotes, figures, time expressions.
func BenchmarkParseAnalyzeFull(b *testing.B) {
	texts, size := benchTexts(b)
	run(b, texts, size, app.Analyzer(lang.NewRegistry(de.New())), true)
}

// BenchmarkParseAnalyzeEntitiesFigures is the measure of the entities-and-figures issue:
// parsing, sentences, tokens, entities and figures. The analyzer (and the entity tagger's word
// cache) lives across iterations; -benchtime=1x measures one pass from an empty cache.
func BenchmarkParseAnalyzeEntitiesFigures(b *testing.B) {
	texts, size := benchTexts(b)
	run(b, texts, size, analyze.New(lang.NewRegistry(de.New()), entity.New(nil, entity.Options{}), figure.New()), true)
}

// plainExtractor hides an extractor's ExtractRunes, so the Analyzer calls Extract.
type plainExtractor struct{ x analyze.Extractor }

func (p plainExtractor) Extract(a *article.Article, an *article.Analysis, pk lang.Pack) {
	p.x.Extract(a, an, pk)
}

// TestSharedRunesSameAnalysis checks that an extractor handed the Analyzer's code point
// index finds what it finds with an index of its own.
func TestSharedRunesSameAnalysis(t *testing.T) {
	reg := lang.NewRegistry(de.New())
	x := entity.New(nil, entity.Options{})
	if _, ok := analyze.Extractor(x).(analyze.RunesExtractor); !ok {
		t.Fatal("the entity extractor takes no shared index")
	}
	q := quote.New()
	if _, ok := analyze.Extractor(q).(analyze.RunesExtractor); !ok {
		t.Fatal("the quote extractor takes no shared index")
	}
	shared := analyze.New(reg, x, q, figure.New())
	own := analyze.New(reg, plainExtractor{x}, plainExtractor{q}, figure.New())
	for _, text := range []string{
		"Überschrift über Köln\n\nDie Bürgermeisterin Henriette Reker sprach am Montag in Köln über 3.000 Wohnungen.\n\nAngela Merkel traf Olaf Scholz in Düsseldorf.",
		"„Wir bauen weiter“, sagte Henriette Reker am Montag in Köln. Olaf Scholz erklärte, die Mittel seien gesichert.",
		"Kurzer Text ohne Namen.",
	} {
		a, err := ingest.FromText("x.txt", text)
		if err != nil {
			t.Fatal(err)
		}
		got, want := shared.Analyze(a), own.Analyze(a)
		if len(want.Quotes) == 0 && strings.Contains(text, "sagte") {
			t.Fatalf("no quotes in %q", text)
		}
		if len(want.Entities) == 0 && strings.Contains(text, "Köln") {
			t.Fatalf("no entities in %q", text)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: analysis with the shared index differs:\n got %+v\nwant %+v", text, got.Entities, want.Entities)
		}
	}
}
