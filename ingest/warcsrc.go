package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"crosscheck/ingest/warc"
)

// warcFile reads the HTML responses of a WARC file. A broken record ends the file with one
// failed item naming it; the records before it have been produced already.
func (r *reader) warcFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return r.fail(path, pathError(err))
	}
	defer f.Close()
	wr, err := warc.NewReader(f)
	if err != nil {
		return r.fail(path, err)
	}
	limit := r.opt.maxBytes()
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return r.fail(path, err)
		}
		if !strings.EqualFold(rec.Type(), "response") {
			continue
		}
		uri := rec.TargetURI()
		name := uri
		if name == "" || len(name) > maxNameBytes {
			name = path + " record " + strconv.Itoa(rec.Number)
		}
		if rec.ContentLength > limit {
			if err := r.fail(name, tooLarge(rec.ContentLength, limit)); err != nil {
				return err
			}
			continue
		}
		block, err := io.ReadAll(rec.Body)
		if err != nil {
			// Truncation: report the record where the file broke and stop.
			return r.fail(name, fmt.Errorf("the archive %s breaks off in this record: %w", filepath.Base(path), err))
		}
		if ct := strings.ToLower(rec.Header.Get("Content-Type")); ct != "" && !strings.HasPrefix(ct, "application/http") {
			continue
		}
		page, ctype, err := httpPayload(block, limit)
		if err != nil {
			if err := r.fail(name, err); err != nil {
				return err
			}
			continue
		}
		if !isHTMLType(ctype) {
			continue
		}
		a, err := fromHTML(uri, page, ctype, uri)
		if a != nil {
			a.Origin = path
		}
		if err := r.done(name, a, err); err != nil {
			return err
		}
	}
}

// httpPayload parses a stored HTTP response and returns its decoded body and content type.
// Transfer-Encoding chunked is undone by net/http; gzip and deflate content encodings here.
func httpPayload(block []byte, limit int64) ([]byte, string, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return nil, "", fmt.Errorf("bad HTTP response: %w", err)
	}
	defer resp.Body.Close()
	ctype := resp.Header.Get("Content-Type")
	if !isHTMLType(ctype) {
		return nil, ctype, nil
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, "", fmt.Errorf("reading HTTP body: %w", err)
	}
	body, err = decodeContent(body, resp.Header.Get("Content-Encoding"), limit)
	if err != nil {
		return nil, "", err
	}
	if int64(len(body)) > limit {
		return nil, "", overLimit(limit)
	}
	return body, ctype, nil
}

// decodeContent undoes a Content-Encoding. Crawlers often store bodies already decoded but
// keep the header, so the gzip magic number decides, not the header alone.
func decodeContent(body []byte, enc string, limit int64) ([]byte, error) {
	var rd io.Reader
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
			return body, nil
		}
		gz, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		rd = gz
	case "deflate":
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			rd = zr
		} else {
			rd = flate.NewReader(bytes.NewReader(body))
		}
	default:
		if bytes.Contains(body[:min(len(body), 512)], []byte("<")) {
			return body, nil // stored decoded
		}
		return nil, fmt.Errorf("unsupported Content-Encoding %s", Short(enc))
	}
	out, err := io.ReadAll(io.LimitReader(rd, limit+1))
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("decoding %s body: %w", enc, err)
	}
	return out, nil
}

func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
