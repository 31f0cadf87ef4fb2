package link

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"crosscheck/article"
)

// Text reuse across days: a rewrite follows its source within the day; an article of a later
// day that aligns with an earlier one is a follow-up, a background piece or the next page of
// a series, and derives from it only where it took its words: runs of five words in a row,
// which a rewrite keeps even where it changes most of them, and which reports written apart
// seldom share (names, figures and topic words they do share, and the alignment scores those
// as it scores reworded sentences). On the real stream (docs/quality.md, stop 30) 88 of 433
// derivations were a day or more after their source and shared fewer than five runs with it,
// and those read were all written apart: the referee's nomination and, next day, his penalty;
// a squad list in May and an injury in October; a trainer rumour and its confirmation three
// days later. Within a day the alignment alone decides: a close paraphrase of the same day's
// report (the seeds' 000 of 001) is a rewrite that keeps hardly any run.
const (
	runWords      = 5 // words in a run
	minSharedRuns = 5 // distinct runs both texts write
)

// runHashes returns the hashes of the doc's runs of runWords words within its sentences
// (headings too), sorted and distinct, made once.
func (f *docFeat) runHashes() []uint64 {
	f.runOnce.Do(func() {
		var out []uint64
		for _, s := range f.sents {
			ws := strings.Fields(s.words)
			for i := 0; i+runWords <= len(ws); i++ {
				out = append(out, hashString(strings.Join(ws[i:i+runWords], " ")))
			}
		}
		slices.Sort(out)
		f.runs = slices.Compact(out)
	})
	return f.runs
}

// sharedRuns counts the runs of runWords words that both docs write.
func sharedRuns(fa, fb *docFeat) int { return SharedSorted(fa.runHashes(), fb.runHashes()) }

// SharedSorted counts the values two sorted, distinct slices share.
func SharedSorted[T cmp.Ordered](a, b []T) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// daysApart reports whether both docs are dated to the day and their days differ.
func daysApart(a, b *Doc) bool {
	if a == nil || b == nil || a.Article == nil || b.Article == nil {
		return false
	}
	ta, pa := article.ParsePublished(a.Article.Published)
	tb, pb := article.ParsePublished(b.Article.Published)
	if pa < article.PrecisionDay || pb < article.PrecisionDay {
		return false
	}
	return ta.Format(time.DateOnly) != tb.Format(time.DateOnly)
}
