// Package gnad reads the 10kGNAD test set (../shared/eval/10kgnad/test.csv), the real news
// text that crosscheck's benchmarks and robustness tests run on: `category;'text'` lines,
// ';' separated, the text quoted with ' and a quote inside it written twice.
package gnad

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"crosscheck/internal/testenv"
)

// Record is one article.
type Record struct {
	Category string
	Text     string
	// Line is the line the record stands on, from 1: the file has one article a line and no
	// other key, so ID(Line) names the article stably (judged samples refer to it by that).
	Line int
}

// ID names the record on line n as the generated streams and judged samples do ("gnad0017").
func ID(n int) string { return fmt.Sprintf("gnad%04d", n) }

// Read reads every record (the text is quoted with ' unless it needs no quoting, as in CSV;
// blank lines are skipped); a malformed line is an error naming it.
func Read(r io.Reader) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	var out []Record
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		rec, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("gnad: line %d: %w", n, err)
		}
		rec.Line = n
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gnad: %w", err)
	}
	return out, nil
}

func parseLine(line string) (Record, error) {
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

// Load reads the shared test set for a test or benchmark (skipping when ../shared is
// absent), at most limit records (0: all).
func Load(tb testing.TB, limit int) []Record {
	tb.Helper()
	f, err := os.Open(testenv.SharedFile(tb, "eval/10kgnad/test.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	recs, err := Read(f)
	if err != nil {
		tb.Fatal(err)
	}
	if limit > 0 && len(recs) > limit {
		recs = recs[:limit]
	}
	return recs
}

// Texts returns the article texts of the shared test set, at most limit (0: all), for a
// test or benchmark (skipping when ../shared is absent).
func Texts(tb testing.TB, limit int) []string {
	tb.Helper()
	recs := Load(tb, limit)
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.Text
	}
	return out
}

// ReadFile reads the records of the file at path.
func ReadFile(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gnad: %w", err)
	}
	defer f.Close()
	return Read(f)
}
