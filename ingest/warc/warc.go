// Package warc reads WARC 1.0/1.1 files (ISO 28500), plain or gzip-compressed with one gzip
// member per record as Common Crawl writes them. It parses record headers and hands out each
// record's block as a bounded reader; it knows nothing about HTTP or HTML.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Record is one WARC record. Body reads the record block and is valid until the next call
// to Reader.Next.
type Record struct {
	Version       string // "WARC/1.0"
	Header        Header
	ContentLength int64
	Offset        int64 // byte offset of the record in the (uncompressed) stream
	Number        int   // 1-based position of the record in the file
	Body          io.Reader
}

// Header holds WARC named fields; names are matched case-insensitively and kept in order.
type Header []Field

// Field is one named field of a record header.
type Field struct{ Name, Value string }

// Get returns the first value of the named field, or "".
func (h Header) Get(name string) string {
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Type is the record's WARC-Type ("response", "request", "warcinfo", ...).
func (r *Record) Type() string { return r.Header.Get("WARC-Type") }

// TargetURI is the record's WARC-Target-URI, without the angle brackets WARC 1.0 allowed.
func (r *Record) TargetURI() string {
	return strings.Trim(strings.TrimSpace(r.Header.Get("WARC-Target-URI")), "<>")
}

// ErrFormat is wrapped by every error about malformed or truncated WARC data.
var ErrFormat = errors.New("warc: malformed")

// maxHeaderLine and maxHeaderFields bound what one record header may hold.
const (
	maxHeaderLine   = 64 << 10
	maxHeaderFields = 1000
)

// Reader reads records one after another.
type Reader struct {
	br     *bufio.Reader
	gz     *gzip.Reader
	offset int64 // bytes consumed from the uncompressed stream
	body   *io.LimitedReader
	number int
	err    error
}

// NewReader returns a reader for a WARC stream; gzip compression (single or multi-member) is
// detected from the first bytes.
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, _ := br.Peek(2)
	w := &Reader{}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %w", ErrFormat, err)
		}
		gz.Multistream(true) // every record is its own gzip member
		w.gz = gz
		w.br = bufio.NewReaderSize(gz, 64<<10)
	} else {
		w.br = br
	}
	return w, nil
}

// Next returns the next record, io.EOF after the last one, or an error wrapping ErrFormat
// (or the underlying read error) naming the record where the stream broke. After an error
// the reader is done.
func (w *Reader) Next() (*Record, error) {
	if w.err != nil {
		return nil, w.err
	}
	rec, err := w.next()
	if err != nil {
		w.err = err
		if w.gz != nil && err != io.EOF {
			w.gz.Close()
		}
	}
	return rec, err
}

func (w *Reader) next() (*Record, error) {
	// Finish the previous record's block and its two CRLFs.
	if w.body != nil {
		n, err := io.Copy(io.Discard, w.body)
		w.offset += n
		if err != nil {
			return nil, w.broken(err)
		}
		if w.body.N > 0 {
			return nil, w.broken(io.ErrUnexpectedEOF)
		}
		w.body = nil
	}
	// Skip the blank lines between records (CRLF CRLF after each block, sometimes more).
	var line []byte
	for {
		l, err := w.line()
		if err != nil {
			if err == io.EOF && len(bytes.TrimSpace(l)) == 0 {
				return nil, io.EOF
			}
			if len(bytes.TrimSpace(l)) > 0 {
				w.number++ // the break is inside the next record's header
			}
			// Otherwise the stream broke at the end of the previous record (a gzip member's
			// trailer): that record is named.
			return nil, w.broken(err)
		}
		if len(bytes.TrimSpace(l)) > 0 {
			line = l
			break
		}
	}
	w.number++
	start := w.offset - int64(len(line))
	version := strings.TrimSpace(string(line))
	if !strings.HasPrefix(version, "WARC/") {
		return nil, fmt.Errorf("%w: record %d at offset %d: expected WARC/version line, got %q", ErrFormat, w.number, start, clip(version))
	}
	rec := &Record{Version: version, Offset: start, Number: w.number, ContentLength: -1}
	for {
		l, err := w.line()
		if err != nil {
			return nil, w.broken(err)
		}
		s := strings.TrimRight(string(l), "\r\n")
		if s == "" {
			break
		}
		if (s[0] == ' ' || s[0] == '\t') && len(rec.Header) > 0 {
			// A folded continuation line.
			rec.Header[len(rec.Header)-1].Value += " " + strings.TrimSpace(s)
			continue
		}
		name, value, ok := strings.Cut(s, ":")
		if !ok {
			return nil, fmt.Errorf("%w: record %d at offset %d: bad header line %q", ErrFormat, w.number, start, clip(s))
		}
		if len(rec.Header) >= maxHeaderFields {
			return nil, fmt.Errorf("%w: record %d at offset %d: too many header fields", ErrFormat, w.number, start)
		}
		rec.Header = append(rec.Header, Field{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value)})
	}
	cl := rec.Header.Get("Content-Length")
	n, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("%w: record %d at offset %d: bad Content-Length %q", ErrFormat, w.number, start, clip(cl))
	}
	rec.ContentLength = n
	w.body = &io.LimitedReader{R: w.br, N: n}
	rec.Body = &bodyReader{w: w, rec: rec}
	return rec, nil
}

// bodyReader counts what the caller reads and reports truncation against the record.
type bodyReader struct {
	w   *Reader
	rec *Record
}

func (b *bodyReader) Read(p []byte) (int, error) {
	if b.w.body == nil {
		return 0, io.EOF
	}
	n, err := b.w.body.Read(p)
	b.w.offset += int64(n)
	if err == io.EOF && b.w.body.N > 0 {
		err = b.w.broken(io.ErrUnexpectedEOF)
	} else if err != nil && err != io.EOF {
		err = b.w.broken(err)
	}
	return n, err
}

// broken wraps a read error that cut a record short.
func (w *Reader) broken(err error) error {
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: record %d: truncated (file ends inside the record)", ErrFormat, max(w.number, 1))
	}
	if errors.Is(err, ErrFormat) {
		return err
	}
	return fmt.Errorf("%w: record %d: %w", ErrFormat, max(w.number, 1), err)
}

// line reads one header line, bounded in length.
func (w *Reader) line() ([]byte, error) {
	var out []byte
	for {
		chunk, err := w.br.ReadSlice('\n')
		w.offset += int64(len(chunk))
		out = append(out, chunk...)
		if len(out) > maxHeaderLine {
			return nil, fmt.Errorf("%w: record %d: header line longer than %d bytes", ErrFormat, w.number+1, maxHeaderLine)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return out, err
	}
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
