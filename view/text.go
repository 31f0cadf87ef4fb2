package view

import (
	"fmt"
	"io"
	"strings"
)

func orDash(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

// WriteArticleText prints an analysed article for people.
func WriteArticleText(w io.Writer, v *Article) {
	fmt.Fprintf(w, "%s  [%s]  published %s\n", v.ID, v.Language, orDash(v.Published))
	if v.Title != nil {
		fmt.Fprintf(w, "  title:    %s\n", *v.Title)
	}
	if v.Section != nil {
		fmt.Fprintf(w, "  section:  %s\n", *v.Section)
	}
	if len(v.Credits) > 0 {
		fmt.Fprintf(w, "  credits:  %s\n", strings.Join(v.Credits, ", "))
	}
	if len(v.Tags) > 0 {
		fmt.Fprintf(w, "  tags:     %s\n", strings.Join(v.Tags, ", "))
	}
	for _, h := range v.Headings {
		fmt.Fprintf(w, "  heading:  %s\n", h)
	}
	fmt.Fprintf(w, "  %d sentences, %d entities, %d quotes, %d figures, %d time expressions\n",
		len(v.Sentences), len(v.Entities), len(v.Quotes), len(v.Figures), len(v.Times))
	seen := map[string]bool{}
	var names []string
	for _, e := range v.Entities {
		k := e.Type + ":" + e.Canonical
		if !seen[k] {
			seen[k] = true
			names = append(names, fmt.Sprintf("%s (%s)", e.Canonical, e.Type))
		}
	}
	if len(names) > 0 {
		fmt.Fprintf(w, "  who/where: %s\n", strings.Join(names, "; "))
	}
	for _, q := range v.Quotes {
		if q.Direct {
			fmt.Fprintf(w, "  quote:    %s: „%s“\n", orDash(q.Speaker), q.Text)
		} else {
			// Reported speech is not the speaker's wording: never in quotation marks.
			fmt.Fprintf(w, "  reported: %s: %s\n", orDash(q.Speaker), q.Text)
		}
	}
	for _, f := range v.Figures {
		approx := ""
		if f.Approximate {
			approx = "~"
		}
		fmt.Fprintf(w, "  figure:   %s%g %s  %s  (%s)\n", approx, f.Value, orDash(f.Unit), f.What, orDash(f.AttributedTo))
	}
	for _, t := range v.Times {
		fmt.Fprintf(w, "  time:     %q = %s\n", t.Text, orDash(t.Value))
	}
	fmt.Fprintln(w)
}

// Count writes n with the noun in the number n asks for: "1 article", "6 articles", "0 events".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
