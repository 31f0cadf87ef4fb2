package story

import (
	"sort"
	"strings"
	"unicode"

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
	// second holds the other half of a quotation the reporter's attribution splits, by the
	// first half's span.
	second := map[Span]Span{}
	for _, d := range bd.docs {
		halves := splitHalves(d)
		secondHalf := map[int]bool{}
		for _, j := range halves {
			secondHalf[j] = true
		}
		for i, q := range d.an.Quotes {
			if q.Speaker == "" || secondHalf[i] {
				continue // a second half is shown with its first
			}
			if j, ok := halves[i]; ok {
				// „Ich finde“, rief sie, „wir haben Grund zu feiern.“ is one statement; its
				// halves alone would show „Ich finde“ as if it were all she said.
				b := d.an.Quotes[j]
				second[Span{d.a.ID, q.Start, q.End}] = Span{d.a.ID, b.Start, b.End}
				q.Text = strings.TrimRight(q.Text, ",;: ") + " … " + b.Text
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
				if b, ok := second[Span{r.Article, r.Quote.Start, r.Quote.End}]; ok {
					said.Spans = append(said.Spans, b)
				}
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

// splitHalves finds the quotations an attribution splits in two: a direct quotation, then
// only the attribution clause (its speech verb and speaker, no comma, no sentence end), then
// the second half with the same speaker and source words („A“, sagte X, „B“; "A," X said,
// "B"). The result maps the first half's index to the second's.
// Anything more between the halves (", der …", ", auch um zu …", ", and") and a fragment
// woven into the reporter's sentence are left as they are.
func splitHalves(d *doc) map[int]int {
	qs := d.an.Quotes
	var out map[int]int
	for i := range qs {
		a := &qs[i]
		if !a.Direct || a.Partial || a.Speaker == "" || a.Source == nil || a.Source.Start < a.End {
			continue
		}
		j := -1
		for k := range qs {
			if k != i && qs[k].Start > a.End && (j < 0 || qs[k].Start < qs[j].Start) {
				j = k
			}
		}
		if j < 0 {
			continue
		}
		b := &qs[j]
		if !b.Direct || b.Partial || b.Speaker != a.Speaker || b.Source == nil || b.Source.Start != a.Source.Start || b.Start < a.Source.End {
			continue
		}
		if !attributionOnly(d.runes.Slice(a.End, b.Start)) {
			continue
		}
		if out == nil {
			out = map[int]int{}
		}
		out[i] = j
	}
	return out
}

// attributionOnly reports whether mid, the text between two quoted halves, is a closing mark,
// one clause without commas, stops or quotation marks, and the opening mark: „A“, sagte er, „B“.
func attributionOnly(mid string) bool {
	rs := []rune(strings.TrimSpace(mid))
	if len(rs) < 4 || !isQuoteMark(rs[0]) || !isQuoteMark(rs[len(rs)-1]) {
		return false
	}
	rs = rs[1 : len(rs)-1]
	if len(rs) > 0 && rs[0] == ',' {
		rs = rs[1:]
	}
	body := strings.TrimSpace(string(rs))
	if !strings.HasSuffix(body, ",") && !strings.HasSuffix(body, ":") {
		return false
	}
	body = strings.TrimSpace(body[:len(body)-1])
	if body == "" || strings.ContainsAny(body, ",;:.!?()[]") {
		return false
	}
	for _, r := range body {
		if isQuoteMark(r) || r == '\n' {
			return false
		}
	}
	return strings.IndexFunc(body, unicode.IsLetter) >= 0
}

func isQuoteMark(r rune) bool {
	switch r {
	case '"', '„', '“', '”', '»', '«', '‚', '‘', '’', '›', '‹':
		return true
	}
	return false
}
