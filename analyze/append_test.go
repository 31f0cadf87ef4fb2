package analyze_test

import (
	"reflect"
	"strings"
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/de"
)

// tokensOnly hides a pack's AppendTokens, so that segmenting takes the plain Tokens path.
type tokensOnly struct{ lang.Pack }

// Tokens appended straight into the article's (the textseg packs) are the tokens and
// sentences the plain path gives, for paragraphs, titles, furniture, a sentence split at the
// token bound and the token limit.
func TestAppendedTokensAreTokens(t *testing.T) {
	long := strings.Repeat("Die Regierung, so hieß es am Montag in Berlin, will das Gesetz ändern ", 40)
	text := "Rente beschlossen\nDie Regierung beschloss am Montag ein Gesetz. Es gilt ab 1. Juli, sagte Dr. Müller.\nMehr zum Thema\n" + long + "."
	r := []rune(text)
	t1 := len([]rune("Rente beschlossen"))
	p0 := t1 + 1
	p1 := p0 + len([]rune("Die Regierung beschloss am Montag ein Gesetz. Es gilt ab 1. Juli, sagte Dr. Müller."))
	f1 := p1 + 1 + len([]rune("Mehr zum Thema"))
	a := &article.Article{ID: "x", Language: "de", Text: text, Blocks: []article.Block{
		{Kind: article.BlockTitle, Start: 0, End: t1},
		{Kind: article.BlockParagraph, Start: p0, End: p1},
		{Kind: article.BlockFurniture, Start: p1 + 1, End: f1},
		{Kind: article.BlockParagraph, Start: f1 + 1, End: len(r)},
	}}
	pack := de.New()
	for _, l := range []analyze.Limits{{}, {SentenceTokens: 50}, {Tokens: 300}} {
		seg := func(p lang.Pack) *article.Analysis {
			z := analyze.New(lang.NewRegistry(p)).WithLimits(l)
			return z.Analyze(a)
		}
		got, want := seg(pack), seg(tokensOnly{pack})
		if len(want.Tokens) == 0 || (l.SentenceTokens > 0 || l.Tokens > 0) && len(want.Limits) == 0 {
			t.Fatalf("limits %+v: no tokens or no limit reached (%v): the test shows nothing", l, want.Limits)
		}
		if !reflect.DeepEqual(got.Tokens, want.Tokens) || !reflect.DeepEqual(got.Sentences, want.Sentences) || !reflect.DeepEqual(got.Limits, want.Limits) {
			t.Errorf("limits %+v: appended tokens differ from Tokens' (%d and %d tokens, %d and %d sentences)",
				l, len(got.Tokens), len(want.Tokens), len(got.Sentences), len(want.Sentences))
		}
	}
}
