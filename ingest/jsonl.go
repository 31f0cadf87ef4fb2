package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/internal/par"
)

// jsonRecord is one line of a JSON Lines source; docs/formats.md documents it.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
	Title     string          `json:"title"`
	Published string          `json:"published"`
	Language  string          `json:"language"`
	Section   string          `json:"section"`
	Tags      stringList      `json:"tags"`
	Authors   stringList      `json:"authors"`
	Text      string          `json:"text"`
	HTML      string          `json:"html"`
}

// stringList accepts a JSON array of strings, a single string ("a, b") or null.
type stringList []string

func (l *stringList) UnmarshalJSON(b []byte) error {
	var arr []string
	if err := json.Unmarshal(b, &arr); err == nil {
		*l = arr
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return errors.New("must be a string or an array of strings")
	}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// jsonlFile reads a JSON Lines file line by line; a bad line is one failed item.
func (r *reader) jsonlFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return r.fail(path, pathError(err))
	}
	defer f.Close()
	return r.jsonl(path, f)
}

func (r *reader) jsonl(path string, in io.Reader) error {
	br := bufio.NewReaderSize(in, 64<<10)
	limit := r.opt.maxBytes()
	base := filepath.Base(path)
	var (
		batch []jsonlLine
		held  int
	)
	flush := func() error {
		r.parseLines(batch)
		for _, l := range batch {
			var e error
			if l.tooBig > 0 {
				e = r.fail(l.name, tooLarge(l.tooBig, limit))
			} else {
				e = r.doneChecked(l.name, l.a, l.err)
			}
			if e != nil {
				return e
			}
		}
		batch, held = batch[:0], 0
		return nil
	}
	for lineNo := 1; ; lineNo++ {
		line, tooBig, err := readLine(br, limit)
		name := path + ":" + strconv.Itoa(lineNo)
		if len(line) == 0 && err != nil {
			if e := flush(); e != nil {
				return e
			}
			if errors.Is(err, io.EOF) {
				return nil
			}
			return r.fail(name, err)
		}
		if tooBig > 0 {
			batch = append(batch, jsonlLine{name: name, tooBig: tooBig})
		} else if len(bytes.TrimSpace(line)) > 0 {
			batch = append(batch, jsonlLine{name: name, id: base + ":" + strconv.Itoa(lineNo), line: line})
			held += len(line)
		}
		if err != nil {
			if e := flush(); e != nil {
				return e
			}
			if errors.Is(err, io.EOF) {
				return nil
			}
			return r.fail(name, err)
		}
		if len(batch) >= jsonlBatch || held >= jsonlBatchBytes {
			if e := flush(); e != nil {
				return e
			}
		}
	}
}

// A JSON Lines file is read in batches of lines whose parsing, cleaning, checking and
// language detection run on every core (on a re-ingest of unchanged articles they are most
// of the work, and one goroutine set the pace); the items are handed on in line order.
const (
	jsonlBatch      = 64
	jsonlBatchBytes = 16 << 20 // a batch holds at most this many bytes of lines (and one more line)
)

// jsonlLine is one line of a batch, and what became of it.
type jsonlLine struct {
	name, id string // the item's name ("path:17") and fallback id ("file.jsonl:17")
	line     []byte
	tooBig   int64 // the line's size when it was over the limit (and not kept)
	a        *article.Article
	err      error
}

// parseLines parses, checks and detects the language of a batch's lines, in parallel.
func (r *reader) parseLines(batch []jsonlLine) {
	par.Each(len(batch), runtime.GOMAXPROCS(0), func(i int) {
		l := &batch[i]
		if l.tooBig > 0 {
			return
		}
		l.a, l.err = parseLine(l.id, l.line, r.opt.Detect)
		l.line = nil
	})
}

// parseLine is fromJSONLine, the article's checks and its language, for one line; a panic
// on a line is that line's error, not the end of the program.
func parseLine(id string, line []byte, detect func(string) string) (a *article.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("could not be read (internal error: %v)", p)
		}
	}()
	if a, err = fromJSONLine(id, line); err != nil {
		return nil, err
	}
	if err = checkArticle(a); err != nil {
		return nil, err
	}
	if a.Language == "" && detect != nil {
		a.Language = detect(a.Text)
	}
	return a, nil
}

// readLine reads one line of at most limit bytes. A longer line is skipped to its end and
// reported by its size in tooBig, without holding it in memory.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooBig int64, err error) {
	var buf []byte
	var n int64
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if n <= limit+1 {
			buf = append(buf, chunk...)
		} else {
			buf = nil
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if n > limit+1 {
			return []byte{' '}, n, err
		}
		return buf, 0, err
	}
}

// fromJSONLine builds an article from one JSON object; fallbackID is "file.jsonl:17".
func fromJSONLine(fallbackID string, line []byte) (*article.Article, error) {
	var rec jsonRecord
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return nil, fmt.Errorf("bad JSON: %s must be a %s, not a %s", te.Field, te.Type, te.Value)
		}
		return nil, fmt.Errorf("bad JSON: %w", err)
	}
	if dec.More() {
		return nil, errors.New("bad JSON: more than one value on the line")
	}
	id, err := jsonID(rec.ID)
	if err != nil {
		return nil, err
	}
	if id == "" {
		id = rec.URL
	}
	if id == "" {
		id = fallbackID
	}
	m := meta{title: plainTitle(rec.Title), section: strings.TrimSpace(rec.Section),
		tags: []string(rec.Tags), authors: []string(rec.Authors)}
	if rec.Published != "" {
		p, err := parseDate(rec.Published)
		if err != nil {
			return nil, fmt.Errorf("published %s %w", Short(rec.Published), err)
		}
		m.published = p
	}
	var a *article.Article
	switch {
	case strings.TrimSpace(rec.Text) != "":
		if !utf8.ValidString(rec.Text) {
			return nil, errors.New("text is not valid UTF-8")
		}
		a, err = clean(id, splitUnits(stripInline(rec.Text)), m)
	case strings.TrimSpace(rec.HTML) != "":
		a, err = fromHTML(id, []byte(rec.HTML), "text/html; charset=utf-8", rec.URL)
		if err == nil {
			// The record's own fields win over what the page says about itself.
			override(a, m)
		}
	default:
		return nil, errors.New("no text and no html field")
	}
	if err != nil {
		return nil, err
	}
	a.ID = id
	a.URL = rec.URL
	if rec.Source != "" {
		a.Source = rec.Source
	}
	a.Language = strings.ToLower(strings.TrimSpace(rec.Language))
	return a, nil
}

// override puts the structured fields of a record over what extraction found.
func override(a *article.Article, m meta) {
	if m.title != "" && m.title != a.Title {
		retitle(a, m.title)
	}
	if m.published != "" {
		a.Published = m.published
	}
	if m.section != "" {
		a.Section = m.section
	}
	if len(m.tags) > 0 {
		a.Tags = dedupe(append(append([]string(nil), m.tags...), a.Tags...), strings.ToLower)
	}
	if len(m.authors) > 0 {
		a.Authors = m.authors
	}
}

// retitle replaces the article's title and its title block, shifting the other blocks.
func retitle(a *article.Article, title string) {
	var units []unit
	rs := article.NewRunes(a.Text)
	units = append(units, unit{lines: []string{title}, kind: article.BlockTitle})
	for _, b := range a.Blocks {
		if b.Kind == article.BlockTitle {
			continue
		}
		units = append(units, unit{lines: []string{rs.Slice(b.Start, b.End)}, kind: b.Kind})
	}
	a.Title, a.Blocks, a.Headings, a.Text = title, nil, nil, ""
	assemble(a, units)
}

// jsonID reads an id that may be a JSON string or number; anything else (an array, an
// object, true) is an error rather than an id spelled in JSON.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	kind := map[byte]string{'[': "an array", '{': "an object", 't': "a boolean", 'f': "a boolean"}[raw[0]]
	if kind == "" {
		kind = Short(string(raw))
	}
	return "", fmt.Errorf("id must be a string or a number, not %s", kind)
}
