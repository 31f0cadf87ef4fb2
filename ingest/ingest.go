// Package ingest turns sources (plain-text files, folders, JSON Lines, HTML pages, RSS/Atom
// feeds, WARC archives and http(s) URLs) into article.Article values, one Item per article,
// with a per-item error for what cannot be read. It also strips the noise that scraping leaves
// in plain text (date, section, tag and credit lines, repeated titles) into metadata.
package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"crosscheck/article"
)

// Item is one article read from a source, or the reason it could not be read.
type Item struct {
	Name    string           // what the user would recognise: file path, "file.jsonl:17", feed item URL, WARC record URI
	Article *article.Article // nil when Err != nil
	Err     error
}

// Options tunes Read.
type Options struct {
	Client   *http.Client             // for http(s) feed/page URLs, used as it is; nil = Client(AllowPrivate)
	MaxBytes int64                    // per file/record; 0 = 32 MiB default. Larger items fail with a clear error
	Detect   func(text string) string // language detector (returns ISO 639-1 code or "und"); nil = leave Language ""
	// AllowPrivate lets the default client fetch from loopback, private and link-local
	// addresses (intranet feeds); without it they are refused with ErrUnsafeAddress.
	AllowPrivate bool
}

// DefaultMaxBytes is the per-item size limit when Options.MaxBytes is 0.
const DefaultMaxBytes = 32 << 20

// Errors a caller may test for with errors.Is.
var (
	ErrTooLarge = errors.New("too large")
	ErrBinary   = errors.New("binary file")
	ErrNoText   = errors.New("no extractable text")
)

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Read reads one source (file, folder recursively in sorted order, .jsonl, .html/.htm, RSS/Atom
// file or http(s) URL, .warc or .warc.gz) and calls fn for each item in a deterministic order.
// A per-item problem is reported as Item.Err and reading goes on; Read's own error is only for
// a source that cannot be opened at all, or when fn returns an error.
func Read(ctx context.Context, source string, opt Options, fn func(Item) error) error {
	r := &reader{ctx: ctx, opt: opt, fn: fn}
	if IsURL(source) {
		return r.url(source)
	}
	st, err := os.Stat(source)
	if err != nil {
		return pathError(err)
	}
	if !st.IsDir() {
		return r.file(source, st.Size())
	}
	// WalkDir visits entries in lexical order, which makes the item order deterministic.
	return filepath.WalkDir(source, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == source {
				return pathError(err)
			}
			return r.fail(path, pathError(err))
		}
		if path != source && strings.HasPrefix(d.Name(), ".") {
			// Hidden files and folders (.git, editor backups) are not articles.
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return r.fail(path, pathError(err))
		}
		return r.file(path, info.Size())
	})
}

// IsURL reports whether a source is an http(s) URL; the scheme may be in any case
// ("HTTP://", "Https://").
func IsURL(source string) bool {
	i := strings.Index(source, "://")
	if i < 0 {
		return false
	}
	scheme := strings.ToLower(source[:i])
	return scheme == "http" || scheme == "https"
}

// pathError drops the path from a file system error: the caller names the item already.
func pathError(err error) error {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return err
	}
	switch {
	case errors.Is(pe.Err, fs.ErrNotExist):
		return fmt.Errorf("no such file or folder (check the path): %w", fs.ErrNotExist)
	case errors.Is(pe.Err, fs.ErrPermission):
		return fmt.Errorf("permission denied (check the file's rights): %w", fs.ErrPermission)
	}
	return fmt.Errorf("%s: %w", pe.Op, pe.Err)
}

// reader carries one Read call's state.
type reader struct {
	ctx context.Context
	opt Options
	fn  func(Item) error
}

// errStop wraps the callback's error so that it ends the whole Read.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }
func (e errStop) Unwrap() error { return e.err }

// emit hands an item to the callback, after finishing the article (language).
func (r *reader) emit(it Item) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if it.Article != nil && it.Article.Language == "" && r.opt.Detect != nil {
		it.Article.Language = r.opt.Detect(it.Article.Text)
	}
	if it.Err != nil {
		it.Article = nil
	}
	if err := r.fn(it); err != nil {
		return errStop{err}
	}
	return nil
}

// fail emits a failed item. The error says why, not which: the item's name is in Item.Name,
// and whoever prints the error puts it in front, once.
func (r *reader) fail(name string, err error) error {
	return r.emit(Item{Name: name, Err: err})
}

// file reads one file, choosing the reader by extension and, failing that, by content.
func (r *reader) file(path string, size int64) error {
	lower := strings.ToLower(path)
	switch {
	case strings.HasSuffix(lower, ".warc"), strings.HasSuffix(lower, ".warc.gz"):
		return r.warcFile(path)
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".ndjson"):
		return r.jsonlFile(path)
	}
	limit := r.opt.maxBytes()
	if size > limit {
		return r.fail(path, tooLarge(size, limit))
	}
	data, err := readLimited(path, limit)
	if err != nil {
		return r.fail(path, err)
	}
	base := filepath.Base(path)
	switch kind := sniffKind(lower, data); kind {
	case kindHTML:
		a, err := fromHTML(base, data, "", "")
		return r.done(path, a, err)
	case kindFeed:
		return r.feed(path, data)
	case kindXML:
		return r.fail(path, errors.New("XML file is not an RSS or Atom feed"))
	}
	text, err := decodeText(data)
	if err != nil {
		return r.fail(path, err)
	}
	a, err := FromText(base, text)
	return r.done(path, a, err)
}

// done emits a finished article or its error.
func (r *reader) done(name string, a *article.Article, err error) error {
	if err == nil {
		err = checkArticle(a)
	}
	return r.doneChecked(name, a, err)
}

// doneChecked is done for an article checkArticle has passed (or err).
func (r *reader) doneChecked(name string, a *article.Article, err error) error {
	if err != nil {
		return r.fail(name, err)
	}
	if a.Origin == "" {
		a.Origin = name
	}
	return r.emit(Item{Name: name, Article: a})
}

// readLimited reads a file of at most limit bytes; it stops reading past the limit, so a file
// that grew after Stat cannot exhaust memory either.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, pathError(err)
	}
	if int64(len(data)) > limit {
		return nil, overLimit(limit)
	}
	return data, nil
}

type sourceKind int

const (
	kindText sourceKind = iota
	kindHTML
	kindFeed
	kindXML
)

// sniffKind decides between plain text, HTML and feeds by extension, then by the first bytes.
func sniffKind(lowerName string, data []byte) sourceKind {
	ext := filepath.Ext(lowerName)
	switch ext {
	case ".html", ".htm", ".xhtml":
		return kindHTML
	case ".txt", ".text", ".md":
		return kindText
	}
	head := data[:min(len(data), 2048)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.ToLower(bytes.TrimSpace(head))
	switch {
	case bytes.HasPrefix(head, []byte("<!doctype html")), bytes.HasPrefix(head, []byte("<html")):
		return kindHTML
	case bytes.HasPrefix(head, []byte("<")) && (bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) ||
		bytes.Contains(head, []byte("<rdf:rdf"))):
		return kindFeed
	case ext == ".rss" || ext == ".atom":
		// Let the feed parser say what is wrong with it.
		return kindFeed
	case ext == ".xml" || bytes.HasPrefix(head, []byte("<?xml")):
		return kindXML
	}
	return kindText
}

// decodeText turns file bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM or
// without (told by its zero bytes), or else Windows-1252, which covers Latin-1. Binary data
// and empty text fail.
func decodeText(data []byte) (string, error) {
	bom := bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff"))
	if order, ok := utf16Order(data); bom || ok {
		s, err := unicode.UTF16(order, unicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("bad UTF-16: %w", err)
		}
		data = s
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 {
		return "", ErrBinary
	}
	var text string
	if utf8.Valid(data) {
		text = string(data)
	} else {
		s, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("not UTF-8 and not Windows-1252: %w", err)
		}
		text = string(s)
	}
	if binaryText(text) {
		return "", ErrBinary
	}
	if strings.TrimSpace(text) == "" {
		return "", ErrEmpty
	}
	return text, nil
}

// utf16Order recognises UTF-16 without a byte order mark by where its zero bytes fall: text
// in Latin script has a zero high byte in nearly every code unit, so nearly all bytes at one
// parity are zero and almost none at the other. Binary data has zeros at both.
func utf16Order(data []byte) (unicode.Endianness, bool) {
	head := data[:min(len(data), 4096)&^1]
	if len(head) < 4 {
		return unicode.BigEndian, false
	}
	var zeros [2]int
	for i, b := range head {
		if b == 0 {
			zeros[i&1]++
		}
	}
	units := len(head) / 2
	switch {
	case zeros[0]*10 >= units*7 && zeros[1]*50 <= units:
		return unicode.BigEndian, true // 00 48 00 61: the high byte first
	case zeros[1]*10 >= units*7 && zeros[0]*50 <= units:
		return unicode.LittleEndian, true
	}
	return unicode.BigEndian, false
}

// binaryText reports whether more than 1% of the characters are control characters other
// than line breaks and tabs, or undecodable.
func binaryText(s string) bool {
	n, bad := 0, 0
	for _, r := range s {
		n++
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f':
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError:
			bad++
		}
	}
	return bad > 0 && bad*100 > n
}
