package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// url fetches an http(s) source and reads it as a feed or a web page, by content type and,
// when the server is vague, by sniffing the body.
func (r *reader) url(src string) error {
	req, err := http.NewRequestWithContext(r.ctx, http.MethodGet, src, nil)
	if err != nil {
		return fmt.Errorf("not a URL crosscheck can fetch: %w", errors.Unwrap(err))
	}
	req.Header.Set("User-Agent", "crosscheck/1 (news verification; +https://example.invalid/crosscheck)")
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
	client := r.opt.Client
	if client == nil {
		client = Client(r.opt.AllowPrivate)
		defer client.CloseIdleConnections()
	}
	resp, err := client.Do(req)
	if err != nil {
		return fetchError(src, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("the server answered %s", Short(resp.Status))
	}
	limit := r.opt.maxBytes()
	if resp.ContentLength > limit {
		return r.fail(src, tooLarge(resp.ContentLength, limit))
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return r.fail(src, fmt.Errorf("reading response: %w", err))
	}
	if int64(len(data)) > limit {
		return r.fail(src, overLimit(limit))
	}
	ctype := resp.Header.Get("Content-Type")
	final := src
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	switch urlKind(ctype, data) {
	case kindFeed:
		return r.feed(src, data)
	case kindHTML:
		a, err := fromHTML(final, data, ctype, final)
		return r.done(src, a, err)
	}
	text, err := decodeText(data)
	if err != nil {
		return r.fail(src, err)
	}
	a, err := FromText(final, text)
	if a != nil {
		a.URL = final
	}
	return r.done(src, a, err)
}

// urlKind decides how to read a fetched body.
func urlKind(ctype string, data []byte) sourceKind {
	mt, _, _ := mime.ParseMediaType(ctype)
	switch {
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom"):
		return kindFeed
	case mt == "text/html" || mt == "application/xhtml+xml":
		head := bytes.ToLower(data[:min(len(data), 1024)])
		if bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) {
			return kindFeed // misconfigured servers send feeds as text/html
		}
		return kindHTML
	}
	switch k := sniffKind("", data); k {
	case kindXML:
		return kindFeed // let the feed parser explain what is wrong
	default:
		return k
	}
}
