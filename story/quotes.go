package story

import (
	"sort"
	"strings"

	"crosscheck/quote"
)

// maxContext is the longest sentence, in code points, shown around a quoted fragment.
const maxContext = 400

// quotes lists who said what: direct quotations and reported speech grouped apart (so a
// reported paraphrase never reads as quoted words), attributed statements only, those
// most articles carry first.
func (bd *build) quotes() {
	book := bd.speakers()
	var direct, reported []quote.Reported
	// around holds the sentence of each quoted fragment, by article and start.
	around := map[Span]Statement{}
	for _, d := range bd.docs {
		for _, q := range d.an.Quotes {
			if q.Speaker == "" {
				continue
			}
			// One speaker under one name, the fullest the story gives; a place or a thing
			// given as a speaker is left out.
			q.Speaker = book.shown[q.Speaker]
			if q.Speaker == "" || !shownSpeaker(book.typ[q.Speaker]) {
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
				if si := d.an.SentenceAt(q.Start); q.Partial && si >= 0 && si < len(d.sents) {
					// A sentence the splitter ran long (a list, a paragraph without stops)
					// would bury the fragment: it stands alone then.
					if st := d.sents[si]; st.start <= q.Start && q.End <= st.end && st.end-st.start <= maxContext {
						around[Span{d.a.ID, q.Start, q.End}] = Statement{Article: d.a.ID, Start: st.start, End: st.end, Text: st.text}
					}
				}
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
			said := Said{Speaker: g.Speaker, SpeakerType: book.typ[g.Speaker], SpeakerAs: nonNil(book.as[g.Speaker]),
				Text: g.Text, Direct: set.direct, Reworded: g.Reworded, Articles: nonNil(g.Articles), Spans: []Span{}}
			for _, m := range g.Members {
				r := set.qs[m]
				said.Spans = append(said.Spans, Span{r.Article, r.Quote.Start, r.Quote.End})
				if said.Context == nil && r.Quote.Text == g.Text {
					// The fragment shown is the group's wording: its sentence, when it is one.
					if c, ok := around[Span{r.Article, r.Quote.Start, r.Quote.End}]; ok {
						said.Context = &c
					}
				}
			}
			sort.Slice(said.Spans, func(i, j int) bool {
				a, b := said.Spans[i], said.Spans[j]
				if a.Article != b.Article {
					return a.Article < b.Article
				}
				return a.Start < b.Start
			})
			bd.st.Quotes = append(bd.st.Quotes, said)
		}
	}
	// Grouped by speaker: the speakers whose words most articles carry first, and each
	// speaker's statements together, those most articles carry first, quoted words before
	// reported speech.
	reach := map[string][2]int{} // speaker -> most articles of a statement, statements
	for _, q := range bd.st.Quotes {
		r := reach[q.Speaker]
		reach[q.Speaker] = [2]int{max(r[0], len(q.Articles)), r[1] + 1}
	}
	sort.SliceStable(bd.st.Quotes, func(i, j int) bool {
		a, b := bd.st.Quotes[i], bd.st.Quotes[j]
		if a.Speaker != b.Speaker {
			ra, rb := reach[a.Speaker], reach[b.Speaker]
			if ra != rb {
				return ra[0] > rb[0] || ra[0] == rb[0] && ra[1] > rb[1]
			}
			return a.Speaker < b.Speaker
		}
		if len(a.Articles) != len(b.Articles) {
			return len(a.Articles) > len(b.Articles)
		}
		return a.Direct && !b.Direct
	})
}
