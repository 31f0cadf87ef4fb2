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
	book := bd.speakers()
	var direct, reported []quote.Reported
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
			bd.st.Quotes = append(bd.st.Quotes, Said{Speaker: g.Speaker, SpeakerType: book.typ[g.Speaker], SpeakerAs: nonNil(book.as[g.Speaker]),
				Text: g.Text, Direct: set.direct, Reworded: g.Reworded, Articles: nonNil(g.Articles)})
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
