package serve

import (
	"encoding/xml"
	"fmt"
	"sort"
	"strings"
	"time"

	"crosscheck/story"
	"crosscheck/view"
)

// svg is a drawing made on the server; the "svg" template writes it, so every text and
// attribute goes through html/template's escaping.
type svg struct {
	W, H  int
	Label string
	Lines []svgLine
	Dots  []svgDot
	Texts []svgText
	Boxes []svgBox
}

type svgLine struct {
	X1, Y1, X2, Y2 int
	Class          string
}

type svgDot struct {
	X, Y, R int
	Class   string
	Title   string
}

type svgText struct {
	X, Y   int
	Text   string
	Class  string
	Anchor string
	Href   string
}

type svgBox struct {
	X, Y, W, H int
	Class      string
	Title      string
	Href       string
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// timelineSVG draws the timeline top to bottom: one dot per entry on a line, the date
// left of it and what happened right of it; first reports of events are filled.
func timelineSVG(st *story.Story) *svg {
	shown := st.ShownTimeline()
	if len(shown) == 0 {
		return nil
	}
	const row, lineX = 26, 240
	g := &svg{W: 900, H: 20 + row*len(shown), Label: "Timeline of " + st.Title}
	g.Lines = append(g.Lines, svgLine{X1: lineX, Y1: 10, X2: lineX, Y2: g.H - 10, Class: "axis"})
	for i, e := range shown {
		y := 20 + i*row
		class := "mention"
		if e.Kind == "first_report" {
			class = "first"
		}
		g.Dots = append(g.Dots, svgDot{X: lineX, Y: y, R: 6, Class: class, Title: e.Date})
		g.Texts = append(g.Texts, svgText{X: lineX - 14, Y: y + 4, Text: clip(e.Date, 36), Anchor: "end", Class: "date"})
		what := e.Text
		if e.Kind == "first_report" {
			what = "first report: " + what
		}
		g.Texts = append(g.Texts, svgText{X: lineX + 14, Y: y + 4, Text: clip(what, 90), Anchor: "start"})
	}
	return g
}

// provenanceSVG draws which article derives from which: sources on top, each derived
// article a row below its source, an arrow from the derived article to its source.
func provenanceSVG(st *story.Story, titles map[string]string) *svg {
	if len(st.DerivedFrom) == 0 {
		return nil
	}
	source := map[string]string{}
	nodes := map[string]bool{}
	for _, d := range st.DerivedFrom {
		source[d.Article] = d.Source
		nodes[d.Article], nodes[d.Source] = true, true
	}
	depth := func(id string) int {
		n := 0
		for seen := map[string]bool{}; source[id] != "" && !seen[id] && n < 5; n++ {
			seen[id] = true
			id = source[id]
		}
		return n
	}
	rows := map[int][]string{}
	maxDepth := 0
	for id := range nodes {
		d := depth(id)
		rows[d] = append(rows[d], id)
		maxDepth = max(maxDepth, d)
	}
	const boxW, boxH, gapX, rowH = 200, 44, 24, 110
	widest := 0
	for d := range rows {
		sort.Strings(rows[d])
		widest = max(widest, len(rows[d]))
	}
	g := &svg{W: max(400, widest*(boxW+gapX)+gapX), H: (maxDepth+1)*rowH + 20, Label: "Which article derives from which"}
	pos := map[string][2]int{}
	for d := 0; d <= maxDepth; d++ {
		n := len(rows[d])
		start := (g.W - (n*boxW + (n-1)*gapX)) / 2
		for i, id := range rows[d] {
			x, y := start+i*(boxW+gapX), 10+d*rowH
			pos[id] = [2]int{x, y}
			href := funcs["articleURL"].(func(string) string)(id)
			g.Boxes = append(g.Boxes, svgBox{X: x, Y: y, W: boxW, H: boxH, Class: "node", Title: id, Href: href})
			title := titles[id]
			if title == "" {
				title = id
			}
			g.Texts = append(g.Texts, svgText{X: x + 8, Y: y + 18, Text: clip(title, 30), Href: href, Anchor: "start"},
				svgText{X: x + 8, Y: y + 35, Text: clip(id, 32), Class: "small", Anchor: "start"})
		}
	}
	for _, d := range st.DerivedFrom {
		a, b := pos[d.Article], pos[d.Source]
		x1, y1 := a[0]+boxW/2, a[1]
		x2, y2 := b[0]+boxW/2, b[1]+boxH
		g.Lines = append(g.Lines, svgLine{X1: x1, Y1: y1, X2: x2, Y2: y2 + 4, Class: "edge"})
		g.Dots = append(g.Dots, svgDot{X: x2, Y: y2 + 4, R: 4, Class: "arrow", Title: d.Kind})
		g.Texts = append(g.Texts, svgText{X: (x1+x2)/2 + 6, Y: (y1 + y2) / 2, Text: fmt.Sprintf("%s, %.0f %%", d.Kind, d.Coverage*100), Class: "small", Anchor: "start"})
	}
	return g
}

// Atom feed of the newest storylines.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Link    []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomEntry struct {
	ID      string     `xml:"id"`
	Title   string     `xml:"title"`
	Updated string     `xml:"updated"`
	Link    []atomLink `xml:"link"`
	Summary string     `xml:"summary"`
}

func atomTime(day string) string {
	if t, err := time.Parse("2006-01-02", day); err == nil {
		return t.Format(time.RFC3339)
	}
	return "1970-01-01T00:00:00Z"
}

// atom writes the feed; links are relative to the feed's own address.
func atom(rows []story.Row) ([]byte, error) {
	f := atomFeed{ID: "urn:crosscheck:stories", Title: "crosscheck: stories", Updated: "1970-01-01T00:00:00Z",
		Link: []atomLink{{Href: "/feed.atom", Rel: "self", Type: "application/atom+xml"}, {Href: "/"}}}
	for _, r := range rows {
		u := atomTime(r.To)
		if u > f.Updated {
			f.Updated = u
		}
		sum := view.Count(r.Articles, "article", "articles") + ", " + view.Count(len(r.Events), "event", "events")
		if len(r.Sources) > 0 {
			sum += "; sources: " + strings.Join(r.Sources, ", ")
		}
		if r.Dates != "" {
			sum = r.Dates + ": " + sum
		}
		f.Entries = append(f.Entries, atomEntry{ID: "urn:crosscheck:story:" + r.ID, Title: r.Title, Updated: u,
			Link: []atomLink{{Href: storyURL(r.Kind, r.ID)}}, Summary: sum})
	}
	b, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("serve: feed: %w", err)
	}
	return append([]byte(xml.Header), b...), nil
}
