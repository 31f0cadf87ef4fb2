package view

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"

	"crosscheck/story"
)

// WriteStory prints a story model as plain text (markdown=false) or as CommonMark.
func WriteStory(w io.Writer, s *story.Story, markdown bool) {
	p := &printer{w: w, md: markdown}
	p.story(s)
}

type printer struct {
	w  io.Writer
	md bool
}

// text escapes what CommonMark would read as markup; plain text is printed as is.
func (p *printer) text(s string) string {
	if !p.md {
		return s
	}
	return MarkdownEscape(s)
}

// MarkdownEscape backslash-escapes the characters CommonMark reads as inline markup, and a
// line start that would open a block (list marker, heading, quote), so text reads as text.
func MarkdownEscape(s string) string {
	var b strings.Builder
	s = strings.Join(strings.Fields(s), " ")
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '!', '&':
			b.WriteByte('\\')
		case '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if allDigits(s[:i]) && i > 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func allDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func (p *printer) heading(level int, title string) {
	if p.md {
		fmt.Fprintf(p.w, "\n%s %s\n\n", strings.Repeat("#", level), p.text(title))
		return
	}
	under := "-"
	if level == 1 {
		under = "="
	}
	if level == 1 {
		fmt.Fprintf(p.w, "%s\n%s\n", title, strings.Repeat(under, len([]rune(title))))
		return
	}
	fmt.Fprintf(p.w, "\n%s\n%s\n", title, strings.Repeat(under, len([]rune(title))))
}

// item prints one list item; depth 1 nests it under the previous one.
func (p *printer) item(depth int, s string) {
	if p.md {
		fmt.Fprintf(p.w, "%s- %s\n", strings.Repeat("  ", depth), s)
		return
	}
	fmt.Fprintf(p.w, "%s%s\n", strings.Repeat("    ", depth)+"  ", s)
}

func (p *printer) para(s string) {
	if p.md {
		fmt.Fprintf(p.w, "%s\n", s)
		return
	}
	fmt.Fprintf(p.w, "%s\n", s)
}

func (p *printer) ids(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = p.text(id)
	}
	return "[" + strings.Join(out, ", ") + "]"
}

// Quoted writes a direct quotation in the story's quotation marks (marks, as
// story.Story.QuoteMarks; „“ when unset), without the comma an English quotation closes on;
// reported speech is never quoted.
func Quoted(q story.Said, marks []string) string {
	if !q.Direct {
		return q.Text
	}
	return inMarks(q.Text, marks)
}

// inMarks writes quoted words in the story's quotation marks (Quoted).
func inMarks(text string, marks []string) string {
	if len(marks) != 2 || marks[0] == "" || marks[1] == "" {
		marks = []string{"„", "“"}
	}
	text = strings.TrimSpace(strings.Trim(text, "„“\"»«”"))
	text = strings.TrimSuffix(text, ",") // "“He has to face the consequences,” he said"
	return marks[0] + text + marks[1]
}

// SpeakerGroup is one speaker of a story with the statements the story gives them.
type SpeakerGroup struct {
	Speaker string
	Type    string
	As      []string // other names the articles give the speaker
	Quotes  []story.Said
	// Lines are the statements as shown: quoted fragments of one sentence of the
	// reporter's on one line, in that sentence.
	Lines []Line
}

// Line is a statement as shown. Pieces, when set, are the reporter's sentence around quoted
// fragments (a fragment alone, "„einzufrieren“", says nothing); Said.Text otherwise.
type Line struct {
	story.Said
	Pieces []Piece
}

// Piece is a part of a reporter's sentence: the speaker's quoted words, or the reporter's.
type Piece struct {
	Text   string
	Quoted bool
}

// SpeakerGroups gathers a story's statements by speaker, in the order the model gives them
// (the model lists each speaker's statements together).
func SpeakerGroups(qs []story.Said) []SpeakerGroup {
	var out []SpeakerGroup
	at := map[string]int{}
	for _, q := range qs {
		k, ok := at[q.Speaker]
		if !ok {
			k = len(out)
			at[q.Speaker] = k
			out = append(out, SpeakerGroup{Speaker: q.Speaker, Type: q.SpeakerType, As: q.SpeakerAs})
		}
		out[k].Quotes = append(out[k].Quotes, q)
	}
	for i := range out {
		out[i].Lines = lines(out[i].Quotes)
	}
	return out
}

// lines shows the quoted fragments of one sentence in that sentence, once.
func lines(qs []story.Said) []Line {
	var out []Line
	type sentence struct {
		article string
		start   int
	}
	seen := map[sentence]int{}
	spans := map[int][]story.Span{} // line -> its fragments in the sentence
	for _, q := range qs {
		c := q.Context
		if c == nil || !q.Direct {
			out = append(out, Line{Said: q})
			continue
		}
		var in []story.Span
		for _, sp := range q.Spans {
			if sp.Article == c.Article && sp.Start >= c.Start && sp.End <= c.End && sp.Start < sp.End {
				in = append(in, sp)
			}
		}
		if len(in) == 0 {
			out = append(out, Line{Said: q})
			continue
		}
		key := sentence{c.Article, c.Start}
		k, ok := seen[key]
		if !ok {
			k = len(out)
			seen[key] = k
			out = append(out, Line{Said: q})
		} else {
			out[k].Articles = slices.Compact(slices.Sorted(slices.Values(slices.Concat(out[k].Articles, q.Articles))))
			out[k].Reworded = out[k].Reworded || q.Reworded
		}
		spans[k] = append(spans[k], in[0])
	}
	for k, sps := range spans {
		out[k].Pieces = pieces(*out[k].Context, sps)
	}
	return out
}

// pieces cuts the sentence c at the quoted fragments sps (offsets in its article), leaving
// the fragments' quotation marks out: they are drawn anew around each quoted piece.
func pieces(c story.Statement, sps []story.Span) []Piece {
	sort.Slice(sps, func(i, j int) bool { return sps[i].Start < sps[j].Start })
	rs := []rune(c.Text)
	var out []Piece
	at := 0
	for _, sp := range sps {
		a, b := sp.Start-c.Start, sp.End-c.Start
		if a < at || b > len(rs) {
			continue // overlaps the fragment before
		}
		before := strings.TrimRight(string(rs[at:a]), "„“\"»«‚‘")
		if at > 0 {
			before = strings.TrimLeft(before, "“”\"«»‘’")
		}
		if before != "" {
			out = append(out, Piece{Text: before})
		}
		out = append(out, Piece{Text: string(rs[a:b]), Quoted: true})
		at = b
	}
	if after := strings.TrimLeft(string(rs[at:]), "“”\"«»‘’"); after != "" {
		out = append(out, Piece{Text: after})
	}
	return out
}

func (p *printer) story(s *story.Story) {
	if p.md {
		fmt.Fprintf(p.w, "# %s\n\n", p.text(fmt.Sprintf("%s %s: %s", s.Kind, s.ID, s.Title)))
	} else {
		p.heading(1, fmt.Sprintf("%s %s: %s", s.Kind, s.ID, s.Title))
	}
	dates := s.Dates
	if dates == "" {
		dates = "undated"
	}
	line := fmt.Sprintf("%s · %s · %s", dates, Count(len(s.Articles), "article", "articles"), Count(len(s.Events), "event", "events"))
	if len(s.Sources) > 0 {
		line += " · sources: " + strings.Join(s.Sources, ", ")
	}
	p.para(p.text(line))

	p.heading(2, "Summary")
	if len(s.Summary) == 0 {
		p.para("No sentence of these articles stands alone as a summary.")
	}
	for _, c := range s.Summary {
		p.item(0, p.text(c.Text)+" "+p.ids(c.Sources))
	}
	if len(s.Events) > 1 {
		p.heading(2, "Events")
		for _, e := range s.Events {
			d := e.Dates
			if d == "" {
				d = "undated"
			}
			p.item(0, p.text(fmt.Sprintf("%s %s: %s (%s)", e.ID, d, e.Title, Count(len(e.Articles), "article", "articles"))))
		}
	}
	if len(s.Timeline) > 0 {
		p.heading(2, "Timeline")
		for _, t := range s.ShownTimeline() {
			what := t.Text
			if t.Kind == "first_report" {
				what = "first report: " + t.Text
			}
			cite := p.ids(t.Articles)
			if t.Kind == "mention" && len(t.StatedBy) > 0 {
				// The sentence is cited to the articles that state it; the others only give
				// the date.
				cite = p.ids(t.StatedBy)
				if n := t.MoreDated(); n > 0 {
					cite += " " + p.text(fmt.Sprintf("(dated by %d more)", n))
				}
			}
			p.item(0, p.text(t.Date+" — "+what)+" "+cite)
		}
		if n := s.TimelineMore(); n > 0 {
			p.item(0, p.text(fmt.Sprintf("… %d more dates, fewer articles give them (all in the JSON's timeline)", n)))
		}
	}
	if len(s.Figures) > 0 {
		p.heading(2, "Figures")
		for _, q := range s.Figures {
			label := q.Label
			if label == "" {
				label = "(what is counted is unclear)"
			}
			var vals []string
			for _, v := range q.Values {
				x := v.Text
				if v.DateText != "" && (q.Update || q.Conflict) {
					x += " (" + v.DateText + ")"
				}
				vals = append(vals, x)
			}
			mark := ""
			switch {
			case q.Conflict:
				mark = " — conflict: sources disagree"
			case q.Update:
				mark = " — updated over time"
			}
			sep := ", "
			if q.Update {
				sep = " → "
			}
			p.item(0, p.text(label+": "+strings.Join(vals, sep)+mark))
			for _, v := range q.Values {
				who := strings.Join(v.GivenBy, ", ")
				if who == "" {
					who = "unattributed"
				}
				p.item(1, p.text(v.Text+", given by "+who+", in ")+p.ids(v.Articles))
			}
		}
	}
	if len(s.Quotes) > 0 {
		p.heading(2, "Who said what")
		for _, g := range SpeakerGroups(s.Quotes) {
			head := g.Speaker
			if len(g.As) > 0 {
				head += " (also " + strings.Join(g.As, ", ") + ")"
			}
			p.item(0, p.text(head+":"))
			for _, q := range g.Lines {
				how := ""
				if !q.Direct {
					how = "(reported) "
				}
				rew := ""
				if q.Reworded {
					rew = ", wording differs"
				}
				said := Quoted(q.Said, s.QuoteMarks)
				if q.Pieces != nil {
					said = ""
					for _, pc := range q.Pieces {
						if pc.Quoted {
							said += inMarks(pc.Text, s.QuoteMarks)
						} else {
							said += pc.Text
						}
					}
				}
				p.item(1, p.text(how+said)+" "+p.ids(q.Articles)+p.text(rew))
			}
		}
	}
	if len(s.DerivedFrom) > 0 {
		p.heading(2, "Provenance")
		for _, d := range s.DerivedFrom {
			via := ""
			if len(d.Via) > 0 {
				via = ", via " + strings.Join(d.Via, ", ")
			}
			est := ""
			if d.EstimatedPublished != "" {
				est = ", dated " + d.EstimatedPublished + " (estimated from its source)"
			}
			p.item(0, p.text(fmt.Sprintf("%s is a %s of %s (coverage %.2f%s%s)", d.Article, d.Kind, d.Source, d.Coverage, via, est)))
		}
	}
	if single := s.SingleSource(); len(single) > 0 {
		p.heading(2, "Statements only one source makes")
		if s.SingleSourceTotal > len(single) {
			p.para(p.text(fmt.Sprintf("%d of %d, those with figures, names and dates first.", len(single), s.SingleSourceTotal)))
			if p.md {
				fmt.Fprintln(p.w)
			}
		}
		for _, u := range single {
			part := ""
			if u.Partial {
				part = "partly "
			}
			p.item(0, p.text(fmt.Sprintf("%s (%s, %snot in %s)", u.Text, u.Article, part, u.Source)))
		}
	}
	p.heading(2, "Articles")
	for _, a := range s.Articles {
		date := a.Published
		if date == "" && a.Estimated != "" {
			date = a.Estimated + " (est.)"
		}
		if date == "" {
			date = "undated"
		}
		src := ""
		if a.Source != "" {
			src = " · " + a.Source
		}
		p.item(0, p.text(fmt.Sprintf("%s · %s%s · %s [event %s]", a.ID, date, src, a.Title, a.Event)))
		if a.Why != "" {
			p.item(1, p.text("why: "+a.Why))
		}
	}
}
