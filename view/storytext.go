package view

import (
	"fmt"
	"io"
	"strings"
)

// WriteStory prints a synthesised story as plain text (markdown=false) or Markdown.
func WriteStory(w io.Writer, s *Story, markdown bool) {
	h := func(level int, title string) {
		if markdown {
			fmt.Fprintf(w, "\n%s %s\n\n", strings.Repeat("#", level), title)
		} else if level == 1 {
			fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
		} else {
			fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat("-", len([]rune(title))))
		}
	}
	item := func(format string, args ...any) {
		prefix := "  "
		if markdown {
			prefix = "- "
		}
		fmt.Fprintf(w, prefix+format+"\n", args...)
	}
	h(1, fmt.Sprintf("%s %s: %s", s.Kind, s.ID, s.Title))
	dates := s.From
	if s.To != s.From {
		dates += " .. " + s.To
	}
	if dates == "" {
		dates = "undated"
	}
	fmt.Fprintf(w, "%s · %d articles · %d events\n", dates, len(s.Articles), len(s.Events))

	h(2, "Summary")
	for _, c := range s.Summary {
		item("%s [%s]", c.Text, strings.Join(c.Sources, ", "))
	}
	if len(s.Timeline) > 0 {
		h(2, "Timeline")
		for _, d := range s.Timeline {
			if d.Published {
				item("%-10s published: %s", d.Value, d.Article)
				continue
			}
			item("%-10s %s — %s (%s)", d.Value, d.Text, d.Sentence, d.Article)
		}
	}
	if len(s.Figures) > 0 {
		h(2, "Figures")
		for _, q := range s.Figures {
			mark := ""
			if q.Conflict != nil {
				mark = "  ⚠ CONFLICT"
			}
			label := q.Label
			if label == "" {
				label = "(what is counted is unclear)"
			}
			if q.Unit != "" {
				label += " (" + q.Unit + ")"
			}
			item("%s%s", label, mark)
			for _, c := range q.Claims {
				approx := ""
				if c.Approximate {
					approx = "~"
				}
				var named []string
				for _, src := range c.Sources {
					if src != "" {
						named = append(named, src)
					}
				}
				who := strings.Join(named, ", ")
				if who == "" {
					who = "unattributed"
				}
				item("    %s%g  given by %s  in %s", approx, c.Value, who, strings.Join(c.Articles, ", "))
			}
		}
	}
	if len(s.Quotes) > 0 {
		h(2, "Who said what")
		for _, q := range s.Quotes {
			form := "„%s“"
			if !q.Direct {
				form = "(reported) %s"
			}
			reworded := ""
			if q.Reworded {
				reworded = ", wording differs"
			}
			item("%s: "+form+"  [%s%s]", q.Speaker, q.Text, strings.Join(q.Articles, ", "), reworded)
		}
	}
	if len(s.DerivedFrom) > 0 || len(s.Unsupported) > 0 {
		h(2, "Provenance")
		for _, d := range s.DerivedFrom {
			via := ""
			if len(d.Via) > 0 {
				via = ", via " + strings.Join(d.Via, ", ")
			}
			est := ""
			if d.EstimatedPublished != "" {
				est = ", dated " + d.EstimatedPublished + " (estimated from its source)"
			}
			item("%s is a %s of %s (coverage %.2f%s%s)", d.Article, d.Kind, d.Source, d.Coverage, via, est)
		}
		if len(s.Unsupported) > 0 {
			h(3, "Statements only one source makes")
			for _, u := range s.Unsupported {
				item("%s (%s, not in %s)", u.Text, u.Article, u.Source)
			}
		}
	}
	h(2, "Articles")
	for _, a := range s.Articles {
		date := a.Published
		if date == "" && a.Estimated != "" {
			date = a.Estimated + " (est.)"
		}
		if date == "" {
			date = "undated"
		}
		item("%s  %s  %s  [event %s]", a.ID, date, a.Title, a.Event)
		if a.Why != "" {
			item("    why: %s", a.Why)
		}
	}
}
