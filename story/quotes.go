package story

import (
	"sort"
	"strings"

	"crosscheck/quote"
)

// quotes lists who said what: direct quotations and reported speech grouped apart (so a
// reported paraphrase never reads as quoted words), attributed statements only, those
// most articles carry first.
func (bd *build) quotes() {
	var direct, reported []quote.Reported
	for _, d := range bd.docs {
		for _, q := range d.an.Quotes {
			if q.Speaker == "" {
				continue
			}
			if si := d.an.SentenceAt(q.Start); si >= 0 && !d.sents[si].usable && d.sents[si].words >= 3 {
				continue // furniture, or a sentence outside the body
			}
			r := quote.Reported{Article: d.a.ID, Quote: q}
			if !q.Direct && strings.ContainsAny(q.Text, "„“”\"»«") {
				// Reported speech that holds quoted words is a span the quotation stage
				// drew too wide; shown as reported it would put quotation marks on
				// reported speech.
				continue
			}
			if q.Direct {
				direct = append(direct, r)
			} else {
				reported = append(reported, r)
			}
		}
	}
	for _, set := range []struct {
		qs     []quote.Reported
		direct bool
	}{{direct, true}, {reported, false}} {
		for _, g := range quote.Link(set.qs) {
			if g.Speaker == "" {
				continue
			}
			bd.st.Quotes = append(bd.st.Quotes, Said{Speaker: g.Speaker, Text: g.Text, Direct: set.direct, Reworded: g.Reworded, Articles: nonNil(g.Articles)})
		}
	}
	sort.SliceStable(bd.st.Quotes, func(i, j int) bool {
		a, b := bd.st.Quotes[i], bd.st.Quotes[j]
		if len(a.Articles) != len(b.Articles) {
			return len(a.Articles) > len(b.Articles)
		}
		if a.Direct != b.Direct {
			return a.Direct
		}
		return a.Speaker < b.Speaker
	})
}
