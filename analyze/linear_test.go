package analyze_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/app"
	"crosscheck/ingest"
)

// unpunctuatedWords is a vocabulary written for the linearity benchmark: function words,
// nouns, names, roles, speech verbs, numbers, number words, units and currencies, so that
// every extractor finds something to look at in a text that never ends a sentence.
var unpunctuatedWords = strings.Fields(`der die das und in von mit auf für den dem nicht sich ist im zu
eine ein als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über
einen so zum war haben nur oder aber vor zur bis mehr durch man
Regierung Stadt Menschen Jahr Polizei Unternehmen Woche Montag Dienstag Haushalt Gericht Schule
Präsident Ministerin Bürgermeister Sprecherin Kanzler Außenminister
Berlin Hamburg München Wien Deutschland Österreich Kiew Angela Merkel Olaf Scholz Anna Schmidt
Siemens AG Europäische Union Bundestag NATO OSZE
sagte erklärte berichtete betonte kündigte warnte forderte
12 300 4.500 1,5 2024 17 zwei drei zehn elf hundert tausend Millionen Milliarden
Euro Dollar Prozent Kilometer Tonnen rund etwa mehr als bis zu zwischen`)

// unpunctuated returns a single line of about size bytes without sentence punctuation. shape
// "words" draws from unpunctuatedWords with a fixed seed, "oneword" repeats one name, and
// "capitals" draws only the vocabulary's capitalised words (one endless name candidate).
func unpunctuated(shape string, size int) string {
	rng := rand.New(rand.NewPCG(16, uint64(size)))
	words := unpunctuatedWords
	switch shape {
	case "oneword":
		words = []string{"Merkel"}
	case "capitals":
		var caps []string
		for _, w := range unpunctuatedWords {
			if w[0] >= 'A' && w[0] <= 'Z' || strings.HasPrefix(w, "Ö") || strings.HasPrefix(w, "Ä") {
				caps = append(caps, w)
			}
		}
		words = caps
	}
	var b strings.Builder
	b.Grow(size + 16)
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[rng.IntN(len(words))])
	}
	return b.String()
}

// BenchmarkUnpunctuated analyses single-line texts of 0.25, 1 and 5 MB that never end a
// sentence, with every extractor, as ingest does: the time per byte must not grow with the
// size (issue 16: 0.25 MB took 3.6 s, 1 MB 45.6 s and 5 MB 1,102 s before the limits).
// "nocap" lifts the token limit per article (analyze.Limits.Tokens), so that the whole 5 MB
// is analysed and the growth shows the work, not the limit. Run with -benchtime=1x; the 5 MB
// texts take seconds each.
func BenchmarkUnpunctuated(b *testing.B) {
	capped := app.Analyzer(app.Registry())
	for _, shape := range []string{"words", "capitals", "oneword", "words-nocap"} {
		z := capped
		if shape == "words-nocap" {
			z = capped.WithLimits(analyze.Limits{Tokens: 1 << 30})
		}
		for _, mb := range []float64{0.25, 1, 5} {
			text := unpunctuated(strings.TrimSuffix(shape, "-nocap"), int(mb*1e6))
			b.Run(fmt.Sprintf("%s/%gMB", shape, mb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for range b.N {
					a, err := ingest.FromText("long.txt", text)
					if err != nil {
						b.Fatal(err)
					}
					a.Language = "de"
					an := z.Analyze(a)
					if len(an.Sentences) == 0 {
						b.Fatal("no sentences")
					}
				}
				b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/text")
			})
		}
	}
}
