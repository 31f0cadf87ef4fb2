// Package rewritegen makes a rewrite benchmark for provenance detection: from real articles
// (10kGNAD) it generates rewrites with controlled edits (paraphrase substitutions, reordering,
// merging and splitting, deletion, insertion of foreign sentences) at three strengths, plus
// hard negatives, and scores the link package on them.
package rewritegen

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Record is one 10kGNAD article.
type Record struct {
	Category string
	Text     string
}

// ReadGNAD reads 10kGNAD's `category;'text'` lines (';' separated; the text is quoted with '
// unless it needs no quoting, a quote inside quoted text written twice). Blank lines are
// skipped; a malformed line is an error naming it.
func ReadGNAD(r io.Reader) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	var out []Record
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		rec, err := parseGNADLine(line)
		if err != nil {
			return nil, fmt.Errorf("rewritegen: line %d: %w", n, err)
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("rewritegen: read: %w", err)
	}
	return out, nil
}

func parseGNADLine(line string) (Record, error) {
	i := strings.IndexByte(line, ';')
	if i <= 0 {
		return Record{}, fmt.Errorf("no category")
	}
	cat, rest := line[:i], line[i+1:]
	if len(rest) < 2 || rest[0] != '\'' || rest[len(rest)-1] != '\'' {
		// unquoted text (the quotes are optional, as in CSV)
		return Record{Category: cat, Text: rest}, nil
	}
	body := rest[1 : len(rest)-1]
	var b strings.Builder
	for k := 0; k < len(body); k++ {
		if body[k] == '\'' {
			if k+1 < len(body) && body[k+1] == '\'' {
				k++
			} else {
				return Record{}, fmt.Errorf("lone quote at %d", k)
			}
		}
		b.WriteByte(body[k])
	}
	return Record{Category: cat, Text: b.String()}, nil
}
