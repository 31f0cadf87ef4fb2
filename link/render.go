package link

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"crosscheck/article"
)

// ANSI colours of the side-by-side view.
const (
	ansiReset  = "\x1b[0m"
	ansiGreen  = "\x1b[32m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiDim    = "\x1b[2m"
)

// renderWidth is the width of one column of the side-by-side view.
const renderWidth = 58

// RenderText writes the comparison side by side: a's sentences left, b's right, one row per
// pair; added sentences green, dropped red, reworded yellow (with color), or marked "+", "-"
// and "~" in the gutter (without).
func RenderText(w io.Writer, c *Comparison, a, b *Doc, color bool) {
	if c == nil {
		return
	}
	fmt.Fprintf(w, "%-*s | %s\n", renderWidth+2, clip(c.A, renderWidth+2), c.B)
	fmt.Fprintf(w, "similarity %.2f", c.Similarity)
	if d := c.Derived; d != nil {
		fmt.Fprintf(w, "; %s derives from %s (%s, coverage %.2f)", d.Article, d.Source, d.Kind, d.Coverage)
		if len(d.Via) > 0 {
			fmt.Fprintf(w, " via %s", strings.Join(d.Via, ", "))
		}
		if d.EstimatedPublished != "" {
			fmt.Fprintf(w, "; estimated date %s", d.EstimatedPublished)
		}
	} else {
		fmt.Fprint(w, "; neither derives from the other")
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, strings.Repeat("-", 2*renderWidth+5))
	ta, tb := docRunes(a), docRunes(b)
	for _, p := range c.Pairs {
		var left, right []string
		if p.A >= 0 && ta != nil {
			left = wrap(ta.Slice(p.AStart, p.AEnd), renderWidth)
		}
		if p.B >= 0 && tb != nil {
			right = wrap(tb.Slice(p.BStart, p.BEnd), renderWidth)
		}
		mark, col := " ", ""
		switch p.Status {
		case StatusAdded:
			mark, col = "+", ansiGreen
		case StatusDropped:
			mark, col = "-", ansiRed
		case StatusReworded:
			mark, col = "~", ansiYellow
		}
		for k := range max(len(left), len(right), 1) {
			l, r := "", ""
			if k < len(left) {
				l = left[k]
			}
			if k < len(right) {
				r = right[k]
			}
			pad := strings.Repeat(" ", renderWidth-utf8.RuneCountInString(l))
			g := mark
			if k > 0 {
				g = " "
			}
			if color && col != "" {
				fmt.Fprintf(w, "%s %s%s%s%s | %s%s%s\n", g, col, l, ansiReset, pad, col, r, ansiReset)
			} else {
				fmt.Fprintf(w, "%s %s%s | %s\n", g, l, pad, r)
			}
		}
		if p.A >= 0 && p.B >= 0 {
			if color {
				fmt.Fprintf(w, "%s  %s%.2f%s\n", strings.Repeat(" ", renderWidth), ansiDim, p.Score, ansiReset)
			}
		}
	}
}

func docRunes(d *Doc) *article.Runes {
	if d == nil || d.Article == nil {
		return nil
	}
	return article.NewRunes(d.Article.Text)
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// wrap breaks s into lines of at most width code points, at spaces where it can.
func wrap(s string, width int) []string {
	var out []string
	var line []rune
	for _, word := range strings.Fields(s) {
		wr := []rune(word)
		for len(wr) > width {
			if len(line) > 0 {
				out = append(out, string(line))
				line = line[:0]
			}
			out = append(out, string(wr[:width]))
			wr = wr[width:]
		}
		switch {
		case len(line) == 0:
			line = append(line, wr...)
		case len(line)+1+len(wr) <= width:
			line = append(append(line, ' '), wr...)
		default:
			out = append(out, string(line))
			line = append(line[:0:0], wr...)
		}
	}
	if len(line) > 0 {
		out = append(out, string(line))
	}
	return out
}
