package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"crosscheck/article"
)

// feed reads an RSS or Atom document: one item per entry; an unparsable feed is one failed item.
func (r *reader) feed(name string, data []byte) error {
	f, err := parseFeedSafely(data)
	if err != nil {
		return r.fail(name, fmt.Errorf("invalid feed: %w", err))
	}
	source := strings.TrimSpace(f.Title)
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		itemName := strings.TrimSpace(it.Link)
		if itemName == "" {
			itemName = strings.TrimSpace(it.GUID)
		}
		if itemName == "" || len(itemName) > maxNameBytes {
			itemName = name + "#" + strconv.Itoa(i+1)
		}
		a, err := fromFeedItem(it, itemName)
		if a != nil {
			a.Source = source
			a.Origin = name
		}
		if err := r.done(itemName, a, err); err != nil {
			return err
		}
	}
	return nil
}

// parseFeedSafely parses a feed and turns a panic in the parser into an error.
func parseFeedSafely(data []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, fmt.Errorf("parser failed: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

// fromFeedItem builds an article from one entry: full content when the feed carries it, else
// the description.
func fromFeedItem(it *gofeed.Item, itemName string) (*article.Article, error) {
	id := strings.TrimSpace(it.GUID)
	if id == "" {
		id = strings.TrimSpace(it.Link)
	}
	if id == "" {
		id = itemName
	}
	m := meta{title: plainTitle(html.UnescapeString(it.Title)), markup: true}
	// The raw string keeps the feed's own zone offset, which the parsed value drops.
	if v, ok := ParseDate(it.Published); ok {
		m.published = v
	} else if v, ok := ParseDate(it.Updated); ok {
		m.published = v
	}
	switch {
	case m.published != "":
	case it.PublishedParsed != nil:
		m.published = timeValue(*it.PublishedParsed)
	case it.UpdatedParsed != nil:
		m.published = timeValue(*it.UpdatedParsed)
	}
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			m.authors = append(m.authors, strings.TrimSpace(p.Name))
		}
	}
	for _, c := range it.Categories {
		if c = strings.TrimSpace(c); c != "" {
			m.tags = append(m.tags, c)
		}
	}
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	if strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf("%w: feed entry has no content or description", ErrNoText)
	}
	units, err := fragmentUnits(body)
	if err != nil {
		return nil, err
	}
	a, err := clean(id, units, m)
	if err != nil {
		if errors.Is(err, ErrEmpty) {
			return nil, fmt.Errorf("%w: feed entry has no body text", ErrNoText)
		}
		return nil, err
	}
	a.URL = strings.TrimSpace(it.Link)
	return a, nil
}

// fragmentUnits turns an HTML fragment (or plain text) from a feed into units.
func fragmentUnits(s string) ([]unit, error) {
	if !strings.Contains(s, "<") {
		return splitUnits(html.UnescapeString(s)), nil
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return nil, fmt.Errorf("parsing entry HTML: %w", err)
	}
	w := &htmlWalker{}
	for _, n := range nodes {
		w.walk(n)
	}
	w.flush(article.BlockParagraph)
	return w.out, nil
}
