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
}

// Read reads every record; a malformed line is an error naming it.
func Read(r io.Reader) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	var out []Record
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		cat, rest, ok := strings.Cut(line, ";")
		if !ok || cat == "" {
			return nil, fmt.Errorf("gnad: line %d: no category", n)
		}
		if len(rest) >= 2 && rest[0] == '\'' && rest[len(rest)-1] == '\'' {
			rest = strings.ReplaceAll(rest[1:len(rest)-1], "''", "'")
		}
		out = append(out, Record{Category: cat, Text: rest})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gnad: %w", err)
	}
	return out, nil
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
