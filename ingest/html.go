package ingest

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"strings"
	"time"
	"unicode"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"crosscheck/article"
)

// decodeHTML converts an HTML document to UTF-8, honouring a BOM, the Content-Type charset
// and <meta charset>, in that order (the HTML5 rules).
func decodeHTML(data []byte, contentType string) (string, error) {
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" {
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("decoding %s: %w", name, err)
	}
	return string(out), nil
}

// fromHTML extracts the main text and metadata of a web page with trafilatura, then runs the
// same credit and tag cleanup as for plain text.
func fromHTML(id string, data []byte, contentType, pageURL string) (*article.Article, error) {
	src, err := decodeHTML(data, contentType)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(closeTitle(src)))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements exceeds") {
			return nil, errors.New("HTML nested more than 512 elements deep")
		}
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	// Fast date mode: go-htmldate reads the date from metadata, JSON-LD, <time>, the URL and its
	// own patterns, and never calls go-dateparser, which this build replaces by a stand-in that
	// parses nothing (internal/nodateparser: its locale data cost every command 240 ms at start).
	opts := trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Fast}
	if u, err := nurl.Parse(pageURL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	res, err := extractSafely(doc, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		why := "trafilatura found no main text"
		if err != nil {
			why = err.Error()
		}
		return nil, fmt.Errorf("%w in HTML page (%s)", ErrNoText, why)
	}
	units := htmlUnits(res.ContentNode)
	md := res.Metadata
	m := meta{title: strings.TrimSpace(md.Title), markup: true}
	if !md.Date.IsZero() {
		m.published = timeValue(md.Date)
	}
	if md.Author != "" {
		for _, p := range strings.Split(md.Author, ";") {
			if p = strings.TrimSpace(p); p != "" {
				m.authors = append(m.authors, p)
			}
		}
	}
	if len(md.Categories) > 0 {
		m.section = strings.TrimSpace(md.Categories[0])
	}
	for _, t := range md.Tags {
		if t = strings.TrimSpace(strings.TrimLeft(t, "#")); t != "" {
			m.tags = append(m.tags, t)
		}
	}
	a, err := clean(id, units, m)
	if err != nil || bodyLetters(a) < minPageLetters {
		return nil, fmt.Errorf("%w in HTML page (no paragraph of text found)", ErrNoText)
	}
	a.Source = strings.TrimSpace(md.Sitename)
	a.URL = pageURL
	if a.URL == "" {
		a.URL = md.URL
	}
	return a, nil
}

// closeTitle ends an unclosed <title> at the next tag. An HTML parser reads everything after
// <title> up to </title> as the title's text, so without one the whole page, markup and
// body, becomes a title and the body is lost.
func closeTitle(src string) string {
	lower := strings.ToLower(src[:min(len(src), 64<<10)]) // a title lives in the head
	i := strings.Index(lower, "<title")
	if i < 0 || i+6 < len(lower) && lower[i+6] != '>' && lower[i+6] != ' ' && lower[i+6] != '\t' && lower[i+6] != '\n' {
		return src
	}
	open := strings.IndexByte(src[i:], '>')
	if open < 0 {
		return src
	}
	open += i + 1
	if strings.Contains(strings.ToLower(src[open:]), "</title") {
		return src
	}
	end := strings.IndexByte(src[open:], '<')
	if end < 0 {
		return src + "</title>"
	}
	end += open
	return src[:end] + "</title>" + src[end:]
}

// minPageLetters is the least body text (letters, without the title) a web page must yield;
// below it, what the extractor found is menu or link debris, not an article.
const minPageLetters = 20

func bodyLetters(a *article.Article) int {
	n := 0
	rs := article.NewRunes(a.Text)
	for _, b := range a.Blocks {
		if b.Kind == article.BlockTitle {
			continue
		}
		for _, r := range rs.Slice(b.Start, b.End) {
			if unicode.IsLetter(r) {
				n++
			}
		}
	}
	return n
}

// extractSafely runs trafilatura and turns a panic inside it into an error: broken markup must
// never bring down a batch.
func extractSafely(doc *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("extractor failed: %v", p)
		}
	}()
	return trafilatura.ExtractDocument(doc, opts)
}

// timeValue writes a page or feed timestamp: a day when it has no clock time, else RFC 3339.
func timeValue(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return article.FormatPublished(t, article.PrecisionDay)
	}
	return t.Format(time.RFC3339)
}

// htmlUnits walks extracted (or feed) HTML and returns its paragraphs and headings as units;
// text outside block elements forms paragraphs of its own.
func htmlUnits(root *html.Node) []unit {
	w := &htmlWalker{}
	w.walk(root)
	w.flush(article.BlockParagraph)
	return w.out
}

type htmlWalker struct {
	out []unit
	buf strings.Builder
}

func (w *htmlWalker) flush(kind article.BlockKind) {
	t := cleanLine(w.buf.String())
	w.buf.Reset()
	if t != "" {
		w.out = append(w.out, unit{lines: []string{t}, kind: kind})
	}
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg, atom.Head:
			return
		case atom.Br:
			w.buf.WriteByte(' ')
			return
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			w.flush(article.BlockParagraph)
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c)
			}
			w.flush(article.BlockHeading)
			return
		}
		if blockElement(n.DataAtom, n.Data) {
			w.flush(article.BlockParagraph)
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c)
			}
			w.flush(article.BlockParagraph)
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func blockElement(a atom.Atom, name string) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Blockquote, atom.Pre, atom.Td, atom.Th, atom.Tr, atom.Dd, atom.Dt,
		atom.Section, atom.Article, atom.Header, atom.Footer, atom.Figcaption, atom.Ul, atom.Ol, atom.Table,
		atom.Aside, atom.Main, atom.Nav, atom.Hr, atom.Summary, atom.Details:
		return true
	}
	// trafilatura's own element names for headings, lists and quotes
	switch name {
	case "head", "list", "item", "quote", "lb":
		return true
	}
	return false
}
