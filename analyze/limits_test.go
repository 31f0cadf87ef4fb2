package analyze_test

import (
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/app"
	"crosscheck/article"
	"crosscheck/ingest"
)

// A text without sentence ends is split into pieces within the token bound, each ending
// after a comma where one lies in the second half; the pieces tile the text's tokens, and
// the analysis says what happened.
func TestLimitsSplitLongSentences(t *testing.T) {
	words := strings.Fields("der Stadtrat von Musterstadt hat am Montag beraten und die Bürgermeisterin Anna Schmidt sagte dass 12 Millionen Euro fehlen,")
	var b strings.Builder
	for i := range 2000 {
		b.WriteString(words[i%len(words)] + " ")
	}
	a, err := ingest.FromText("lang.txt", b.String())
	if err != nil {
		t.Fatal(err)
	}
	a.Language = "de"
	z := app.Analyzer(app.Registry()).WithLimits(analyze.Limits{SentenceTokens: 50})
	an := z.Analyze(a)
	r := article.NewRunes(a.Text)
	prevEnd := -1
	for i, s := range an.Sentences {
		n := s.TokEnd - s.TokStart
		if n > 50 || n == 0 {
			t.Fatalf("sentence %d has %d tokens", i, n)
		}
		toks := an.Tokens[s.TokStart:s.TokEnd]
		if toks[0].Start != s.Start || toks[n-1].End != s.End || s.Start <= prevEnd {
			t.Fatalf("sentence %d [%d,%d) does not match its tokens [%d,%d) or overlaps the one before", i, s.Start, s.End, toks[0].Start, toks[n-1].End)
		}
		if i < len(an.Sentences)-1 && r.Slice(s.End-1, s.End) != "," {
			t.Errorf("piece %d ends in %q, not after a comma", i, r.Slice(s.End-5, s.End))
		}
		prevEnd = s.End
	}
	if len(an.Tokens) != an.Sentences[len(an.Sentences)-1].TokEnd {
		t.Errorf("tokens outside sentences")
	}
	if len(an.Limits) != 1 || !strings.HasPrefix(an.Limits[0], "split 1 sentences longer than 50 tokens") {
		t.Errorf("limits: %q", an.Limits)
	}
	if len(an.Entities) == 0 || len(an.Figures) == 0 {
		t.Errorf("no entities (%d) or figures (%d) in the pieces", len(an.Entities), len(an.Figures))
	}
}

func TestLimitsTokensAndMentions(t *testing.T) {
	text := strings.Repeat("Anna Schmidt sagte in Berlin, 12 Millionen Euro fehlen. ", 400)
	a, err := ingest.FromText("viel.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	a.Language = "de"
	z := app.Analyzer(app.Registry())
	full := z.Analyze(a)
	if len(full.Limits) != 0 {
		t.Fatalf("limits reached with the defaults: %q", full.Limits)
	}
	an := z.WithLimits(analyze.Limits{Tokens: 1000, Mentions: 30}).Analyze(a)
	if len(an.Tokens) != 1000 {
		t.Errorf("%d tokens, want 1000", len(an.Tokens))
	}
	for _, e := range an.Entities {
		if e.End > an.Tokens[len(an.Tokens)-1].End {
			t.Fatalf("entity %+v after the last analysed token", e)
		}
	}
	if len(an.Entities) > 30 || len(an.Figures) > 30 || len(an.Quotes) > 30 {
		t.Errorf("%d entities, %d figures, %d quotes; want at most 30 each", len(an.Entities), len(an.Figures), len(an.Quotes))
	}
	joined := strings.Join(an.Limits, "\n")
	for _, want := range []string{"analysed the first 1000 tokens (limit per article): the text from character", "kept the first 30 of"} {
		if !strings.Contains(joined, want) {
			t.Errorf("limits %q lack %q", an.Limits, want)
		}
	}
	// What the limited analysis keeps is what the full one found there.
	for i := range an.Sentences {
		if i < len(an.Sentences)-1 && an.Sentences[i] != full.Sentences[i] {
			t.Fatalf("sentence %d differs: %+v / %+v", i, an.Sentences[i], full.Sentences[i])
		}
	}
}
