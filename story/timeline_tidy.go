package story

import (
	"regexp"

	"crosscheck/article"
	"sort"
	"strconv"
	"strings"
)

// MaxTimelineShown is how many timeline entries a page shows; the others are marked Minor and
// stay in the JSON (the page says how many more there are). A reader needs the steps of the
// story, not every date its articles write.
const MaxTimelineShown = 12

// sameFact is the share of content words two sentences of agreeing dates must have in
// common to tell one thing: one entry, with both sentences' articles.
const sameFact = 0.5

// bareClockRE: a clock time written with nothing around it ("12:28" in a hockey scoring
// line), which is a game clock or a duration as often as a time of day.
var bareClockRE = regexp.MustCompile(`^\d{1,2}[:.]\d{2}$`)

// tidyTimeline leaves out the entries a reader would object to and merges those that tell
// one thing: a year well after the story that no digit of the text writes ("could rise to its
// highest level in 22 years" is no 2045), a bare clock time, a period one word names, and the second of two entries
// whose dates agree (one day, or a day and its month or year) and whose sentences share most
// of their words, or a first report whose title a dated sentence of that day repeats.
func (bd *build) tidyTimeline(out []*tlGroup) []*tlGroup {
	endYear := 0
	if len(bd.st.To) >= 4 {
		endYear, _ = strconv.Atoi(bd.st.To[:4])
	}
	kept := out[:0]
	for _, g := range out {
		if g.e.Kind == "mention" && (bd.unwrittenFuture(g, endYear) || bareClock(g) || loneWordPeriod(g)) {
			continue
		}
		kept = append(kept, g)
	}
	out = kept
	stems := func(g *tlGroup) map[string]bool {
		if g.e.Kind == "mention" {
			return bd.docs[g.best[0]].sents[g.best[1]].stems
		}
		return bd.titleStems(g.e.Text)
	}
	// Entries with more articles first take in the others.
	order := make([]*tlGroup, len(out))
	copy(order, out)
	sort.SliceStable(order, func(a, b int) bool {
		if (order[a].e.Kind == "mention") != (order[b].e.Kind == "mention") {
			return order[a].e.Kind == "mention" // a date the text states, with its sentence
		}
		return len(order[a].arts) > len(order[b].arts)
	})
	gone := map[*tlGroup]bool{}
	for i, g := range order {
		if gone[g] {
			continue
		}
		for _, h := range order[i+1:] {
			if gone[h] || !datesAgree(g.e.Value, h.e.Value) {
				continue
			}
			if g.e.Kind == "first_report" && h.e.Kind == "first_report" {
				continue // two events of one day are two steps
			}
			if overlap(stems(g), stems(h)) < sameFact {
				continue
			}
			for a := range h.arts {
				g.arts[a] = true
			}
			g.e.Mentions = append(g.e.Mentions, h.e.Mentions...)
			g.e.Articles = keys(g.arts)
			if g.e.Kind == "mention" && len(h.e.StatedBy) > 0 {
				// The same fact in other words: its articles state it too.
				g.e.StatedBy = union(g.e.StatedBy, h.e.StatedBy)
			}
			if g.e.Event == "" {
				g.e.Event = h.e.Event // the event whose first report the sentence tells
			}
			gone[h] = true
		}
	}
	kept = out[:0]
	for _, g := range out {
		if !gone[g] {
			kept = append(kept, g)
		}
	}
	return kept
}

// unwrittenFuture: an entry dated in a year after endYear+1 whose every mention writes no
// digit of that year: a duration or an offset read as a date.
func (bd *build) unwrittenFuture(g *tlGroup, endYear int) bool {
	if endYear == 0 || len(g.e.Value) < 4 {
		return false
	}
	y, err := strconv.Atoi(g.e.Value[:4])
	if err != nil || y <= endYear+1 {
		return false
	}
	for _, m := range g.e.Mentions {
		if strings.Contains(m.Text, g.e.Value[:4]) || strings.Contains(m.Text, g.e.Value[2:4]) {
			return false
		}
	}
	return true
}

// bareClock: every mention of a clock-time entry is digits alone.
func bareClock(g *tlGroup) bool {
	if !strings.Contains(g.e.Value, "T") || len(g.e.Mentions) == 0 {
		return false
	}
	for _, m := range g.e.Mentions {
		if !bareClockRE.MatchString(strings.TrimSpace(m.Text)) {
			return false
		}
	}
	return true
}

// loneWordPeriod: an entry for a period longer than a day (a season, a half, a year) whose
// every mention is one lower-case word without a digit ("fall within an area" read as
// autumn): a word that names a period as often means something else.
func loneWordPeriod(g *tlGroup) bool {
	v := g.e.Value
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' || len(g.e.Mentions) == 0 {
		return false
	}
	for _, m := range g.e.Mentions {
		t := strings.TrimSpace(m.Text)
		if strings.ContainsAny(t, " 0123456789") || !startsLower(t) {
			return false // "Frühjahr" is a noun; "fall" may be a verb
		}
	}
	return true
}

// datesAgree: the same value, or one a prefix of the other ("2024-09" and "2024-09-01"),
// compared without the time of day.
func datesAgree(a, b string) bool {
	day := func(v string) string {
		if i := strings.IndexByte(v, 'T'); i >= 0 {
			return v[:i]
		}
		return v
	}
	a, b = day(a), day(b)
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// overlap is the share of the smaller set's words the other has.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// titleStems gives the content stems of a title as the sentences' stems are made.
func (bd *build) titleStems(title string) map[string]bool {
	out := map[string]bool{}
	if len(bd.docs) == 0 {
		return out
	}
	p := bd.docs[0].pack
	for _, t := range p.Tokens(title) {
		if t.Kind == article.TokWord && !t.Stop {
			out[t.Stem] = true
		}
	}
	return out
}

// markMinor marks all but MaxTimelineShown entries Minor: first the entries more articles
// give, then dates the text states (with their sentence) over first reports, then days over
// months and years. The page shows the others in date order and says how many it left out.
func (bd *build) markMinor() {
	tl := bd.st.Timeline
	if len(tl) <= MaxTimelineShown {
		return
	}
	idx := make([]int, len(tl))
	for i := range idx {
		idx[i] = i
	}
	score := func(e Entry) int {
		n := 10 * len(e.Articles)
		if e.Kind == "first_report" {
			n += 15
		}
		if len(e.Value) >= 10 && e.Value[4] == '-' && e.Value[7] == '-' {
			n += 5 // a day
		}
		return n
	}
	sort.SliceStable(idx, func(a, b int) bool { return score(tl[idx[a]]) > score(tl[idx[b]]) })
	for _, i := range idx[MaxTimelineShown:] {
		tl[i].Minor = true
	}
}

// ShownTimeline is the timeline a page shows: the entries not marked Minor, in date order.
func (s *Story) ShownTimeline() []Entry {
	out := make([]Entry, 0, len(s.Timeline))
	for _, e := range s.Timeline {
		if !e.Minor {
			out = append(out, e)
		}
	}
	return out
}

// MoreDated counts the articles that give a mention's date without stating its sentence.
func (e Entry) MoreDated() int {
	if e.Kind != "mention" || len(e.StatedBy) == 0 {
		return 0
	}
	return len(e.Articles) - len(e.StatedBy)
}

// TimelineMore counts the entries a page leaves out (Minor).
func (s *Story) TimelineMore() int {
	return len(s.Timeline) - len(s.ShownTimeline())
}

// union merges two sorted lists of ids.
func union(a, b []string) []string {
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		m[x] = true
	}
	return keys(m)
}
