package cli

import (
	"fmt"
	"io"
	"strings"
	"time"

	"crosscheck/ingest"
	"crosscheck/pipeline"
)

// progressBar draws one self-overwriting status line on a terminal, at most ten times a
// second, so that long ingests show they are alive without slowing down.
type progressBar struct {
	w     io.Writer
	start time.Time
	last  time.Time
	total int // expected items, 0 when unknown
	width int
}

func newProgressBar(w io.Writer, total int) *progressBar {
	return &progressBar{w: w, start: time.Now(), total: total}
}

func (p *progressBar) update(s pipeline.Stats, it ingest.Item) {
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	rate := float64(s.Read) / now.Sub(p.start).Seconds()
	name := it.Name
	if len(name) > 40 {
		name = "…" + name[len(name)-39:]
	}
	var line string
	if p.total > 0 {
		const n = 24
		done := min(n, s.Read*n/p.total)
		line = fmt.Sprintf("[%s%s] %d/%d items, %.0f/s, %d failed  %s", strings.Repeat("#", done), strings.Repeat(".", n-done), s.Read, p.total, rate, s.Failed, name)
	} else {
		line = fmt.Sprintf("%d items, %.0f/s, %d failed  %s", s.Read, rate, s.Failed, name)
	}
	pad := max(0, p.width-len([]rune(line)))
	p.width = len([]rune(line))
	fmt.Fprintf(p.w, "\r%s%s", line, strings.Repeat(" ", pad))
}

func (p *progressBar) done() {
	if p.width > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
		p.width = 0
	}
}
